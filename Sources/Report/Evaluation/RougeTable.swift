import Analytics

/// ROUGE F1 of each summarising method (`evaluate`): a table of percentages for people, or JSON
/// `{"records", "methods": [{"method", "rouge1", "rouge2", "rougeL"}]}` with fractions.
public struct RougeTable: Sendable {
    public let evaluation: SummaryEvaluation

    public init(evaluation: SummaryEvaluation) {
        self.evaluation = evaluation
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Row: Encodable { let method: String; let rouge1: Double; let rouge2: Double; let rougeL: Double }
            struct Body: Encodable { let records: Int; let methods: [Row] }
            return JSONOutput.encode(Body(records: evaluation.records, methods: evaluation.scores.map {
                Row(method: $0.method, rouge1: JSONOutput.rounded($0.rouge.rouge1), rouge2: JSONOutput.rounded($0.rouge.rouge2),
                    rougeL: JSONOutput.rounded($0.rouge.rougeL))
            }))
        case .markdown:
            return table().markdown()
        case .text:
            return "\(evaluation.records) records; F1 × 100\n" + table().render()
        case .html:
            return HTMLPage.preformatted(title: "ROUGE", render(.text))
        }
    }

    private func table() -> TextTable {
        var table = TextTable(columns: [.init("method"), .init("ROUGE-1", .right), .init("ROUGE-2", .right), .init("ROUGE-L", .right)])
        let percent = { (x: Double) in String(format: "%.2f", x * 100) }
        for score in evaluation.scores {
            table.append([score.method, percent(score.rouge.rouge1), percent(score.rouge.rouge2), percent(score.rouge.rougeL)])
        }
        return table
    }
}
