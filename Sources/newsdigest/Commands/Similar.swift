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
          newsdigest similar corpus.jsonl.gz --to "安全生产工作部署会" --top 5
          newsdigest similar corpus.jsonl.gz --to-id 19980101-01-001 --format json
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Vectoriser") var vectorizer: VectorizerOptions

    @Option(help: "Text to compare every document with.")
    var to: String?

    @Option(name: .customLong("to-id"), help: "Id of a document to compare the others with.")
    var toID: String?

    @Option(help: "How many documents to list.")
    var top = 10

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if (to == nil) == (toID == nil) { throw ValidationError("give exactly one of --to TEXT or --to-id ID") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try Failure.guarding {
            let articles = try input.readCorpus().articles
            let fit = try vectorizer.vectorizer().fit(articles.map(\.analysisText))
            let query: SparseMatrix
            var exclude: Int?
            if let toID {
                guard let row = articles.firstIndex(where: { $0.id == toID }) else {
                    throw UsageError(description: "--to-id \(toID): no document has that id")
                }
                query = fit.weights.selectingRows([row])
                exclude = row
            } else {
                query = fit.fitted.transform([Normalizer().normalize(to ?? "")])
            }
            let matches = try NearestDocuments.rank(query, among: fit.weights, excluding: exclude, top: top).map {
                SimilarityList.Match(id: articles[$0.row].id, title: articles[$0.row].displayTitle, cosine: $0.cosine)
            }
            Terminal.write(SimilarityList(query: toID ?? to ?? "", matches: matches).render(output.format, width: display.columns))
        }
    }
}
