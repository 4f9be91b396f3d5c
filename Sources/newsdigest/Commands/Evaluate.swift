import Analytics
import ArgumentParser
import Foundation
import Report

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure summaries against reference summaries (character ROUGE).",
        discussion: """
        Reads records that carry a `summary` and scores newsdigest's summary of each body, \
        beside LEAD-1 and LEAD (leading sentences to the same length), with character-level \
        ROUGE-1, ROUGE-2 and ROUGE-L F1 computed as rouge-chinese computes them on \
        space-separated letters and digits. As in ../shared/peers/summarize.py, sentences are \
        taken in rank order until their letters and digits reach the reference's.

        Examples:
          newsdigest evaluate ../shared/data/lcsts-part3-dev.jsonl.gz --min-human-label 3
          newsdigest evaluate ../shared/data/clts-samples-12.jsonl.gz --format json
        """)

    @Argument(help: "JSON Lines records with `body` and `summary`.")
    var inputs: [String]

    @Option(name: .customLong("min-human-label"), help: "Keep only records whose human_label is at least this (LCSTS uses 3).")
    var minHumanLabel: Int?

    @Option(help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    func run() throws {
        try Failure.guarding {
            let documents = try CorpusReader(format: .jsonl).read(inputs).documents
                .filter { document in
                    document.summary?.isEmpty == false && (minHumanLabel.map { (document.humanLabel ?? 0) >= $0 } ?? true)
                }
            guard !documents.isEmpty else { throw UsageError(description: "no record has a `summary`\(minHumanLabel.map { " and human_label ≥ \($0)" } ?? "")") }
            // Bodies only: the references summarise the body, and peers read the body alone.
            let articles = Corpus.assemble(documents.map { var d = $0; d.title = nil; return d }).articles
            let summarizer = Summarizer()
            var methods: [(String, [Rouge])] = [("newsdigest", []), ("LEAD-1", []), ("LEAD", [])]
            var newsdigestSeconds = 0.0
            for (article, document) in zip(articles, documents) {
                let reference = document.summary!
                let budget = Summarizer.contentCharacters(Normalizer.foldWidth(reference)).unicodeScalars.count
                let t = Date()
                let ours = try summarizer.summarize(article, budget: .reachCharacters(budget)).text
                newsdigestSeconds += Date().timeIntervalSince(t)
                let sentences = article.sentences
                var lead = ""
                for s in sentences where Summarizer.contentCharacters(lead).unicodeScalars.count < budget { lead += s }
                methods[0].1.append(Rouge(hypothesis: ours, reference: reference))
                methods[1].1.append(Rouge(hypothesis: sentences.first ?? "", reference: reference))
                methods[2].1.append(Rouge(hypothesis: lead, reference: reference))
            }
            let means = methods.map { ($0.0, Rouge.mean($0.1)) }
            switch format {
            case .json:
                struct Row: Encodable { let method: String; let rouge1: Double; let rouge2: Double; let rougeL: Double }
                struct Body: Encodable { let records: Int; let summarizeSeconds: Double; let methods: [Row] }
                Terminal.write(JSONOutput.encode(Body(records: documents.count, summarizeSeconds: JSONOutput.rounded(newsdigestSeconds),
                                                      methods: means.map { Row(method: $0.0, rouge1: JSONOutput.rounded($0.1.rouge1),
                                                                                rouge2: JSONOutput.rounded($0.1.rouge2), rougeL: JSONOutput.rounded($0.1.rougeL)) })))
            case .text, .markdown:
                let rows = means.map { [$0.0, String(format: "%.2f", $0.1.rouge1 * 100), String(format: "%.2f", $0.1.rouge2 * 100), String(format: "%.2f", $0.1.rougeL * 100)] }
                if format == .markdown {
                    var table = MarkdownTable(header: ["method", "ROUGE-1", "ROUGE-2", "ROUGE-L"], alignments: [.left, .right, .right, .right])
                    table.rows = rows
                    Terminal.write(table.render())
                } else {
                    var table = TextTable(columns: [.init("method"), .init("ROUGE-1", .right), .init("ROUGE-2", .right), .init("ROUGE-L", .right)])
                    for row in rows { table.append(row) }
                    Terminal.write("\(documents.count) records; F1 × 100\n" + table.render())
                }
            }
        }
    }
}
