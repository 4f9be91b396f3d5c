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

    @Option(help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

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
            let cosines = try CosineSimilarity.sparse(query, fit.weights)
            let ranked = (0..<articles.count).filter { $0 != exclude }.sorted { a, b in
                cosines[0, a] != cosines[0, b] ? cosines[0, a] > cosines[0, b] : a < b
            }
            let matches = ranked.prefix(top).map {
                SimilarityList.Match(id: articles[$0].id, title: articles[$0].displayTitle, cosine: cosines[0, $0])
            }
            Terminal.write(SimilarityList(query: toID ?? to ?? "", matches: matches).render(format, width: display.columns))
        }
    }
}
