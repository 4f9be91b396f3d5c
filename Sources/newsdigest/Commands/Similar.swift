import Analytics
import ArgumentParser
import Report

struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the documents most similar to a text or to one of the documents.",
        discussion: """
        Similarity is the cosine of TF-IDF vectors fitted on the input corpus (sparse products; \
        1 means the same terms in the same proportions, 0 nothing in common).

        Examples:
          newsdigest similar corpus.jsonl.gz --like "安全生产工作部署会" --top 5
          newsdigest similar corpus.jsonl.gz --like-id 19980101-01-001 --format json
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Vectoriser") var vectorizer: VectorizerOptions

    @Option(name: .customLong("like"), help: "Text to compare every document with.")
    var text: String?

    @Option(name: .customLong("like-id"), help: "Id of a document to compare the others with.")
    var id: String?

    @Option(help: "How many documents to list.")
    var top = 10

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if (text == nil) == (id == nil) { throw ValidationError("give exactly one of --like TEXT or --like-id ID") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try Failure.guarding {
            let articles = try input.readCorpus().articles
            let fit = try vectorizer.vectorizer().fit(articles.map(\.analysisText))
            let query: SparseMatrix
            var exclude: Int?
            if let id {
                guard let row = articles.firstIndex(where: { $0.id == id }) else {
                    throw UsageError(description: "--like-id \(id): no document has that id")
                }
                query = fit.weights.selectingRows([row])
                exclude = row
            } else {
                query = fit.fitted.transform([Normalizer().normalize(text ?? "")])
            }
            let matches = try NearestDocuments.rank(query, among: fit.weights, excluding: exclude, top: top).map {
                SimilarityList.Match(id: articles[$0.row].id, title: articles[$0.row].displayTitle, cosine: $0.cosine)
            }
            try Terminal.write(SimilarityList(query: id ?? text ?? "", matches: matches).render(output.format, width: display.columns))
        }
    }
}
