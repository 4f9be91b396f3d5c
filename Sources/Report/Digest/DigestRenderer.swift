import Analytics

/// Writes a ``Digest`` as text (fitted to `width` columns, CJK two wide), Markdown, HTML (one
/// self-contained file) or JSON (the ``Digest`` itself, keys sorted).
public struct DigestRenderer: Sendable {
    public var templates: TemplateSet
    public var width: Int

    public init(templates: TemplateSet = TemplateSet(), width: Int = 100) {
        self.templates = templates
        self.width = width
    }

    /// One document for all digests: JSON `{"digests": [...]}`, or the digests one after another.
    public func render(_ digests: [Digest], format: OutputFormat) throws -> String {
        if format == .json {
            struct Body: Encodable { let digests: [Digest] }
            return JSONOutput.encode(Body(digests: digests))
        }
        return try digests.map { try render($0, format: format) }.joined(separator: "\n")
    }

    public func render(_ digest: Digest, format: OutputFormat) throws -> String {
        switch format {
        case .json: return JSONOutput.encode(digest)
        default: return try templates.render("digest.\(format.rawValue)", context: context(digest, format: format))
        }
    }

    func context(_ d: Digest, format: OutputFormat) -> [String: Any] {
        let wrap = { (text: String) in TextWrap.lines(text, width: width, indent: "") }
        let chart = KeywordChart(keywords: d.keywords, order: .count, barWidth: max(10, width - 50))
        var context: [String: Any] = [
            "issue": d.header.issue, "articles": d.header.articles, "characters": d.header.characters,
            "rule": String(repeating: "═", count: max(20, width / 2)),
            "stories": d.stories.map { s -> [String: Any] in
                var story: [String: Any] = [
                    "rank": s.rank, "headline": s.headline, "summary": s.summary, "summaryLines": wrap(s.summary).map { String($0) },
                    "meta": ([s.kind, s.byline, s.page.map { "第\($0)版" }].compactMap { $0 }).joined(separator: " ｜ "),
                ]
                if let kicker = s.kicker { story["kicker"] = kicker }
                return story
            },
            "topics": d.topics.map { t -> [String: Any] in
                ["label": t.label, "size": t.headlines.count, "keyphrases": t.keyphrases.joined(separator: "、"),
                 "headlines": t.headlines, "summary": t.summary, "summaryLines": wrap(t.summary)]
            },
            "hasDuplicates": !d.duplicates.isEmpty,
            "duplicates": d.duplicates.map { $0.joined(separator: " = ") },
            "footer": "newsdigest · \(d.footer.options) · seed \(d.footer.seed) · \(d.footer.method)",
            "style": DefaultTemplates.style,
        ]
        if let paper = d.header.paper { context["paper"] = paper }
        if let date = d.header.date { context["date"] = date }
        switch format {
        case .text: context["keywordTable"] = chart.render(.text)
        case .markdown: context["keywordTable"] = chart.render(.markdown)
        default: context["keywordChart"] = SVGChart.bars(d.keywords.map { ($0.term, Double($0.count)) })
        }
        return context
    }
}
