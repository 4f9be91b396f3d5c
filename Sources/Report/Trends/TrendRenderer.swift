import Analytics

/// Writes a ``TrendReport``: text tables with sparklines (CJK two columns wide), Markdown,
/// HTML with inline SVG line and bar charts, or JSON
/// `{"periods", "topics": [{"id", "label", "keyphrases", "counts", "share", "trend", "statistic"}],
///   "bursts": [{"term", "start", "end", "strength"}], "keywords": [{"term", "counts", "perHundred"}], "notes"}`.
public struct TrendRenderer: Sendable {
    public var templates: TemplateSet
    public var width: Int

    public init(templates: TemplateSet = TemplateSet(), width: Int = 100) {
        self.templates = templates
        self.width = width
    }

    public func render(_ report: TrendReport, period: Period, format: OutputFormat) throws -> String {
        if format == .json {
            struct Topic: Encodable {
                let id: Int; let label: String; let keyphrases: [String]; let counts: [Int]; let share: Double; let trend: String
                let statistic: Double; let burst: BurstDetector.Burst?; let headlines: [String]
                func encode(to encoder: Encoder) throws {
                    var c = encoder.container(keyedBy: CodingKeys.self)
                    try c.encode(id, forKey: .id); try c.encode(label, forKey: .label); try c.encode(keyphrases, forKey: .keyphrases)
                    try c.encode(counts, forKey: .counts); try c.encode(share, forKey: .share); try c.encode(trend, forKey: .trend)
                    try c.encode(statistic, forKey: .statistic); try c.encode(burst, forKey: .burst); try c.encode(headlines, forKey: .headlines)
                }
                enum CodingKeys: String, CodingKey { case id, label, keyphrases, counts, share, trend, statistic, burst, headlines }
            }
            struct Term: Encodable { let term: String; let counts: [Int]; let perHundred: [Double] }
            struct Body: Encodable { let period: String; let periods: [String]; let totals: [Int]; let topics: [Topic]; let bursts: [BurstDetector.Burst]; let keywords: [Term]; let notes: [String] }
            return JSONOutput.encode(Body(
                period: period.rawValue, periods: report.periods, totals: report.totals,
                topics: report.topics.map { Topic(id: $0.id, label: $0.label, keyphrases: $0.keyphrases, counts: $0.counts,
                                                  share: JSONOutput.rounded($0.share), trend: $0.trend.rawValue, statistic: $0.statistic,
                                                  burst: $0.burst, headlines: $0.headlines) },
                bursts: report.bursts, keywords: report.keywords.map { Term(term: $0.term, counts: $0.counts, perHundred: $0.perHundred) }, notes: report.notes))
        }
        var context: [String: Any] = [
            "from": report.periods.first ?? "—", "to": report.periods.last ?? "—", "period": period.rawValue,
            "periodUpper": period.rawValue.uppercased(), "articles": report.totals.reduce(0, +),
            "rule": String(repeating: "═", count: max(20, width / 2)), "notes": report.notes, "style": DefaultTemplates.style,
            "topics": report.topics.map { t -> [String: Any] in
                ["label": t.label, "share": String(format: "%.1f%%", t.share * 100), "trend": t.trend.rawValue,
                 "statistic": String(format: "%.2f", t.statistic), "burst": t.burst.map(Self.burstText) ?? "—",
                 "headlines": t.headlines.map { DisplayWidth.truncate($0, to: max(20, width - 6)) }]
            },
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
        if format == .markdown { context = MarkdownText.escapingStrings(in: context, except: ["topicTable", "burstTable", "keywordTable", "style"]) }
        return try templates.render("trend.\(format.rawValue)", context: context)
    }

    /// Topics by news value: the burst that ranks them (first period and strength), then size and direction.
    func topicTable(_ r: TrendReport, markdown: Bool) -> String {
        let header = ["topic", "burst", "articles", "share", "trend", "G²", "over time"]
        let rows = r.topics.map { t in
            [DisplayWidth.truncate(t.label, to: 24), t.burst.map(Self.burstText) ?? "—", String(t.counts.reduce(0, +)),
             String(format: "%.1f%%", t.share * 100), t.trend.rawValue, String(format: "%.1f", t.statistic), Sparkline.render(t.counts)]
        }
        return table(header, rows, markdown: markdown, right: [2, 3, 5])
    }

    /// `01-11 ×8.7`: the first period of a burst (without its year) and its strength.
    static func burstText(_ burst: BurstDetector.Burst) -> String {
        "\(burst.start.count == 10 ? String(burst.start.suffix(5)) : burst.start) ×\(String(format: "%.1f", burst.strength))"
    }

    func burstTable(_ r: TrendReport, markdown: Bool) -> String {
        guard !r.bursts.isEmpty else { return markdown ? "No bursts.\n" : "  (no bursts)\n" }
        return table(["term", "start", "end", "strength"], r.bursts.map { [$0.term, $0.start, $0.end, String(format: "%.1f", $0.strength)] },
                     markdown: markdown, right: [3])
    }

    /// Terms × periods as articles mentioning the term per 100 articles, the raw count of
    /// occurrences beside; periods beyond the width are summarised by a sparkline only.
    func keywordTable(periods: [String], keywords: [TrendReport.TermSeries], markdown: Bool) -> String {
        let shortPeriods = periods.map { String($0.contains("W") ? $0.suffix(3) : $0.suffix(5)) }
        let fits = markdown || 14 + 7 * shortPeriods.count + 18 + periods.count <= width
        let header = ["term per 100 articles"] + (fits ? shortPeriods : []) + ["count", "over time"]
        let rows = keywords.map { k in
            [k.term] + (fits ? k.perHundred.map { String(format: "%.1f", $0) } : [])
                + [String(k.counts.reduce(0, +)), Sparkline.render(k.perHundred)]
        }
        return table(header, rows, markdown: markdown, right: Array(1..<(header.count - 1)))
    }

    func table(_ header: [String], _ rows: [[String]], markdown: Bool, right: [Int]) -> String {
        var t = TextTable(columns: header.indices.map { .init(header[$0], right.contains($0) ? .right : .left) })
        for row in rows { t.append(row) }
        return markdown ? t.markdown() : t.render()
    }
}
