import Analytics

/// Writes a ``TrendReport``: text tables with sparklines (CJK two columns wide), Markdown,
/// HTML with inline SVG line and bar charts, or JSON
/// `{"periods", "topics": [{"id", "label", "keyphrases", "counts", "share", "trend", "statistic"}],
///   "bursts": [{"term", "start", "end", "strength"}], "keywords": [{"term", "counts"}], "notes"}`.
public struct TrendRenderer: Sendable {
    public var templates: TemplateSet
    public var width: Int

    public init(templates: TemplateSet = TemplateSet(), width: Int = 100) {
        self.templates = templates
        self.width = width
    }

    public func render(_ report: TrendReport, period: Period, format: OutputFormat) throws -> String {
        if format == .json {
            struct Topic: Encodable { let id: Int; let label: String; let keyphrases: [String]; let counts: [Int]; let share: Double; let trend: String; let statistic: Double }
            struct Term: Encodable { let term: String; let counts: [Int] }
            struct Body: Encodable { let period: String; let periods: [String]; let totals: [Int]; let topics: [Topic]; let bursts: [BurstDetector.Burst]; let keywords: [Term]; let notes: [String] }
            return JSONOutput.encode(Body(
                period: period.rawValue, periods: report.periods, totals: report.totals,
                topics: report.topics.map { Topic(id: $0.id, label: $0.label, keyphrases: $0.keyphrases, counts: $0.counts,
                                                  share: JSONOutput.rounded($0.share), trend: $0.trend.rawValue, statistic: $0.statistic) },
                bursts: report.bursts, keywords: report.keywords.map { Term(term: $0.term, counts: $0.counts) }, notes: report.notes))
        }
        var context: [String: Any] = [
            "from": report.periods.first ?? "—", "to": report.periods.last ?? "—", "period": period.rawValue,
            "periodUpper": period.rawValue.uppercased(), "articles": report.totals.reduce(0, +),
            "rule": String(repeating: "═", count: max(20, width / 2)), "notes": report.notes, "style": DefaultTemplates.style,
            "topics": report.topics.map { ["label": $0.label, "share": String(format: "%.1f%%", $0.share * 100), "trend": $0.trend.rawValue,
                                           "statistic": String(format: "%.2f", $0.statistic)] },
            "bursts": report.bursts.map { ["term": $0.term, "start": $0.start, "end": $0.end, "strength": String(format: "%.1f", $0.strength)] },
        ]
        switch format {
        case .html:
            context["topicChart"] = SVGChart.lines(report.topics.prefix(8).map { ($0.label, $0.counts) }, periods: report.periods)
            context["keywordChart"] = SVGChart.lines(report.keywords.prefix(8).map { ($0.term, $0.counts) }, periods: report.periods)
        default:
            context["topicTable"] = topicTable(report, markdown: format == .markdown)
            context["burstTable"] = burstTable(report, markdown: format == .markdown)
            context["keywordTable"] = keywordTable(periods: report.periods, keywords: report.keywords, markdown: format == .markdown)
        }
        return try templates.render("trend.\(format.rawValue)", context: context)
    }

    func topicTable(_ r: TrendReport, markdown: Bool) -> String {
        let header = ["topic", "articles", "share", "trend", "G²", "over time"]
        let rows = r.topics.map { t in
            [DisplayWidth.truncate(t.label, to: 24), String(t.counts.reduce(0, +)), String(format: "%.1f%%", t.share * 100),
             t.trend.rawValue, String(format: "%.1f", t.statistic), Sparkline.render(t.counts)]
        }
        return table(header, rows, markdown: markdown, right: [1, 2, 4])
    }

    func burstTable(_ r: TrendReport, markdown: Bool) -> String {
        guard !r.bursts.isEmpty else { return markdown ? "No bursts.\n" : "  (no bursts)\n" }
        return table(["term", "start", "end", "strength"], r.bursts.map { [$0.term, $0.start, $0.end, String(format: "%.1f", $0.strength)] },
                     markdown: markdown, right: [3])
    }

    /// Terms × periods; periods beyond the width are summarised by a sparkline only.
    func keywordTable(periods: [String], keywords: [TrendReport.TermSeries], markdown: Bool) -> String {
        let shortPeriods = periods.map { String($0.contains("W") ? $0.suffix(3) : $0.suffix(5)) }
        let fits = markdown || 14 + 7 * shortPeriods.count <= width
        let header = ["term"] + (fits ? shortPeriods : []) + ["total", "over time"]
        let rows = keywords.map { k in [k.term] + (fits ? k.counts.map(String.init) : []) + [String(k.counts.reduce(0, +)), Sparkline.render(k.counts)] }
        return table(header, rows, markdown: markdown, right: Array(1..<(header.count - 1)))
    }

    func table(_ header: [String], _ rows: [[String]], markdown: Bool, right: [Int]) -> String {
        var t = TextTable(columns: header.indices.map { .init(header[$0], right.contains($0) ? .right : .left) })
        for row in rows { t.append(row) }
        return markdown ? t.markdown() : t.render()
    }
}
