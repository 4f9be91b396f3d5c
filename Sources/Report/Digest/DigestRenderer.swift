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
        case .markdown:
            let context = MarkdownText.escapingStrings(in: context(digest, format: format), except: ["keywordTable", "style"])
            return try templates.render("digest.markdown", context: context)
        default: return try templates.render("digest.\(format.rawValue)", context: context(digest, format: format))
        }
    }

    func context(_ d: Digest, format: OutputFormat) -> [String: Any] {
        let footer = "newsdigest · \(d.footer.options) · seed \(d.footer.seed) · \(d.footer.method)"
        // An unpaged issue (a lone page, records without pages) needs no "page unknown" on every story.
        let issueHasPages = d.stories.contains { $0.page != nil }
        // A day's topic can hold a hundred articles: text lists the first few.
        let headlinesPerTopic = 8
        // Text lines are fitted to `width` here; the text template only stacks them.
        let indent = "   "
        let wrap = { (text: String) in TextWrap.lines(text, width: width, indent: indent) }
        let numbered = { (rank: Int, text: String) -> [String] in
            let number = "\(rank). ", hanging = String(repeating: " ", count: number.count)
            var lines = TextWrap.lines(text, width: width, indent: hanging)
            if !lines.isEmpty { lines[0] = number + lines[0].dropFirst(hanging.count) }
            return lines
        }
        let fit = { (text: String) in DisplayWidth.truncate(text, to: width) }
        let widest = d.keywords.map { DisplayWidth.of($0.term) }.max() ?? 4
        // The chart's columns before the bar take 31 columns and the widest term.
        let chart = KeywordChart(keywords: d.keywords, order: .keyness, barWidth: max(10, width - 31 - widest))
        var context: [String: Any] = [
            "issue": d.header.issue, "articles": d.header.articles, "characters": d.header.characters,
            "rule": String(repeating: "═", count: max(20, width / 2)),
            "stories": d.stories.map { s -> [String: Any] in
                let meta = ([s.kind, s.byline, s.page.map { "第\($0)版" } ?? (issueHasPages ? "page unknown" : nil)].compactMap { $0 }).joined(separator: " ｜ ")
                var story: [String: Any] = [
                    "rank": s.rank, "headline": s.headline, "headlineLines": numbered(s.rank, s.headline),
                    "summary": s.summary, "summaryLines": wrap(s.summary), "meta": meta, "metaLine": fit(indent + meta),
                ]
                if let kicker = s.kicker { story["kicker"] = kicker; story["kickerLines"] = wrap("(\(kicker))") }
                return story
            },
            "topics": d.topics.map { t -> [String: Any] in
                ["label": t.label, "size": t.headlines.count, "keyphrases": t.keyphrases.joined(separator: "、"),
                 "labelLine": fit("■ \(t.label) (\(t.headlines.count))   \(t.keyphrases.joined(separator: "、"))"),
                 "headlines": t.headlines,
                 "headlineLines": t.headlines.prefix(headlinesPerTopic).map { fit(indent + "· " + $0) }
                    + (t.headlines.count > headlinesPerTopic ? ["\(indent)… \(t.headlines.count - headlinesPerTopic) more"] : []),
                 "summary": t.summary, "summaryLines": wrap(t.summary)]
            },
            "hasDuplicates": !d.duplicates.isEmpty,
            "duplicates": d.duplicates.map { $0.joined(separator: " = ") },
            "duplicateLines": d.duplicates.map { fit(indent + "· " + $0.joined(separator: " = ")) },
            "footer": footer, "footerLines": TextWrap.lines(footer, width: width),
            "style": DefaultTemplates.style,
        ]
        if let paper = d.header.paper { context["paper"] = paper }
        // The date, unless the issue is already named by it.
        if let date = d.header.date, date != d.header.issue { context["date"] = date }
        let header = [d.header.paper, d.header.issue, context["date"] as? String, "\(d.header.articles) articles",
                      "\(d.header.characters) characters"].compactMap { $0 }.joined(separator: " · ")
        context["headerLines"] = TextWrap.lines(header, width: width)
        switch format {
        case .text: context["keywordTable"] = chart.render(.text)
        case .markdown: context["keywordTable"] = chart.render(.markdown)
        default: context["keywordChart"] = SVGChart.bars(d.keywords.map { ($0.term, Double($0.count)) })
        }
        return context
    }
}
