import Analytics

/// The keyword frequency chart: rank, term, count, documents, weight and a bar of `█`
/// scaled to the first row's ranking value.
public struct KeywordChart: Sendable {
    public let keywords: [Keyword]
    public let order: KeywordRanking.Order
    /// The longest bar, in terminal columns.
    public var barWidth: Int

    public init(keywords: [Keyword], order: KeywordRanking.Order, barWidth: Int = 30) {
        self.keywords = keywords
        self.order = order
        self.barWidth = barWidth
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .text:
            var table = TextTable(columns: [.init("rank", .right), .init("term"), .init("count", .right),
                                            .init("docs", .right), .init(weightTitle, .right), .init("\(order.rawValue) bar")])
            for row in rows() { table.append(row) }
            return table.render()
        case .markdown:
            var table = MarkdownTable(header: ["rank", "term", "count", "docs", weightTitle, "bar"],
                                      alignments: [.right, .left, .right, .right, .right, .left])
            table.rows = rows()
            return table.render()
        case .html:
            return HTMLPage.preformatted(title: "Keywords", render(.text))
        case .json:
            struct Entry: Encodable { let term: String; let count: Int; let documents: Int; let weight: Double }
            struct Body: Encodable { let keywords: [Entry] }
            return JSONOutput.encode(Body(keywords: keywords.map {
                Entry(term: $0.term, count: $0.count, documents: $0.documents, weight: JSONOutput.rounded($0.weight))
            }))
        }
    }

    /// What the weight column holds: summed TF-IDF, or G² when ranked by keyness.
    private var weightTitle: String { order == .keyness ? "G²" : "weight" }

    private func rows() -> [[String]] {
        let value = { (k: Keyword) in order == .count ? Double(k.count) : k.weight }
        let top = keywords.map(value).max() ?? 0
        return keywords.enumerated().map { i, k in
            let length = top > 0 ? Int((value(k) / top * Double(barWidth)).rounded()) : 0
            return [String(i + 1), k.term, String(k.count), String(k.documents), formatWeight(k.weight),
                    String(repeating: "█", count: max(length, value(k) > 0 ? 1 : 0))]
        }
    }

    private func formatWeight(_ w: Double) -> String {
        let scaled = (w * 1000).rounded() / 1000
        var s = String(scaled)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < 3 { s += String(repeating: "0", count: 3 - decimals) }
        }
        return s
    }
}
