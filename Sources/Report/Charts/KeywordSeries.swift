import Analytics
import Foundation

/// Keyphrases × periods (`keywords --by`): counts per period, total and a sparkline; JSON
/// `{"period", "periods": [...], "keywords": [{"term", "counts", "perHundred"}]}` (articles
/// mentioning the term per 100 articles of each period).
public struct KeywordSeriesTable: Sendable {
    public let series: KeywordSeries
    public let period: Period

    public init(series: KeywordSeries, period: Period) {
        self.series = series
        self.period = period
    }

    public func render(_ format: OutputFormat, width: Int = 100) -> String {
        switch format {
        case .json:
            struct Term: Encodable { let term: String; let counts: [Int]; let perHundred: [Double] }
            struct Body: Encodable { let period: String; let periods: [String]; let keywords: [Term] }
            return JSONOutput.encode(Body(period: period.rawValue, periods: series.periods,
                                          keywords: series.keywords.map { Term(term: $0.term, counts: $0.counts, perHundred: $0.perHundred) }))
        case .text, .markdown:
            return TrendRenderer(width: width).keywordTable(periods: series.periods, keywords: series.keywords, markdown: format == .markdown)
        case .html:
            return HTMLPage.preformatted(title: "Keywords by \(period.rawValue)", render(.text, width: width))
        }
    }
}

/// What rose and what fell between A and B (`keywords --compare A B`), with counts and G²;
/// JSON `{"a", "b", "rose": [{"term", "countA", "countB", "logLikelihood"}], "fell": [...]}`.
public struct KeywordComparisonTable: Sendable {
    public let a: String
    public let b: String
    public let rose: [KeywordComparison.Change]
    public let fell: [KeywordComparison.Change]

    public init(a: String, b: String, rose: [KeywordComparison.Change], fell: [KeywordComparison.Change]) {
        self.a = a
        self.b = b
        self.rose = rose
        self.fell = fell
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Row: Encodable { let term: String; let countA: Int; let countB: Int; let logLikelihood: Double }
            struct Body: Encodable { let a: String; let b: String; let rose: [Row]; let fell: [Row] }
            let rows = { (changes: [KeywordComparison.Change]) in changes.map { Row(term: $0.term, countA: $0.countA, countB: $0.countB, logLikelihood: $0.logLikelihood) } }
            return JSONOutput.encode(Body(a: a, b: b, rose: rows(rose), fell: rows(fell)))
        case .html:
            return HTMLPage.preformatted(title: "Keywords from \(a) to \(b)", render(.text))
        case .text, .markdown:
            let rows = { (changes: [KeywordComparison.Change]) in changes.map { [$0.term, String($0.countA), String($0.countB), String(format: "%.1f", $0.logLikelihood)] } }
            var out = ""
            for (title, changes) in [("Rose from \(a) to \(b)", rose), ("Fell from \(a) to \(b)", fell)] {
                out += format == .markdown ? "## \(MarkdownText.escaped(title))\n\n" : "\(title) (log-likelihood G²; \(Keyness.significantAt05) is p < 0.05, \(Keyness.significantAt001) is p < 0.001)\n"
                var t = TextTable(columns: [.init("term"), .init(a, .right), .init(b, .right), .init("G²", .right)])
                for row in rows(changes) { t.append(row) }
                out += (format == .markdown ? t.markdown() : t.render()) + "\n"
            }
            return out
        }
    }
}
