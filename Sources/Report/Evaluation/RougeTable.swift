import Analytics

/// ROUGE F1 of each summarising method (`evaluate`): a table of percentages for people, or JSON
/// `{"records", "split", "methods": [{"method", "rouge1", "rouge2", "rougeL", "facts"}]}` with fractions
/// (`facts` null when no reference carries a number with its unit).
public struct RougeTable: Sendable {
    public let evaluation: SummaryEvaluation
    /// The half of the records scored, named in the output unless it is all of them.
    public let split: EvaluationSplit

    public init(evaluation: SummaryEvaluation, split: EvaluationSplit = .all) {
        self.evaluation = evaluation
        self.split = split
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Row: Encodable { let method: String; let rouge1: Double; let rouge2: Double; let rougeL: Double; let facts: Double? }
            struct Body: Encodable { let records: Int; let split: String; let methods: [Row] }
            return JSONOutput.encode(Body(records: evaluation.records, split: split.rawValue, methods: evaluation.scores.map {
                Row(method: $0.method, rouge1: JSONOutput.rounded($0.rouge.rouge1), rouge2: JSONOutput.rounded($0.rouge.rouge2),
                    rougeL: JSONOutput.rounded($0.rouge.rougeL), facts: $0.facts.map { JSONOutput.rounded($0) })
            }))
        case .markdown:
            return table().markdown()
        case .text:
            let half = split == .all ? "" : " (\(split.rawValue) split)"
            return "\(evaluation.records) records\(half); F1 × 100\n" + table().render()
        case .html:
            return HTMLPage.preformatted(title: "ROUGE", render(.text))
        }
    }

    private func table() -> TextTable {
        var table = TextTable(columns: [.init("method"), .init("ROUGE-1", .right), .init("ROUGE-2", .right), .init("ROUGE-L", .right),
                                        .init("facts", .right)])
        let percent = { (x: Double) in String(format: "%.2f", x * 100) }
        for score in evaluation.scores {
            table.append([score.method, percent(score.rouge.rouge1), percent(score.rouge.rouge2), percent(score.rouge.rougeL),
                          score.facts.map(percent) ?? "—"])
        }
        return table
    }
}
