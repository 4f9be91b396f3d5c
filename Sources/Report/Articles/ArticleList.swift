import Analytics

/// Articles as an editor reads them, or as stable JSON for other tools.
///
/// JSON: `{"articles": [{"id", "issue", "date", "page", "section", "position", "kind", "title",
/// "kicker", "subtitle", "displayTitle", "lead", "byline", "editorsNote", "body", "sentences",
/// "confidence"}], "unassigned": [{"source", "line", "text", "reason"}], "explanation"?:
/// [{"source", "line", "text", "piece", "role", "reason"}]}` — absent values are `null`, body
/// paragraphs are separated by `\n`; `explanation` only with `explain`.
public struct ArticleList: Sendable {
    public let corpus: Corpus
    /// Adds, for pages, what each line was taken as and why (`explanation` in JSON).
    public let explain: Bool

    public init(corpus: Corpus, explain: Bool = false) {
        self.corpus = corpus
        self.explain = explain
    }

    public func render(_ format: OutputFormat, width: Int = 100) -> String {
        switch format {
        case .text: return text(width: width)
        case .markdown: return markdown()
        case .json: return JSONOutput.encode(Body(corpus, explain: explain))
        case .html: return HTMLPage.preformatted(title: "Articles", text(width: width))
        }
    }

    /// Headline, kicker, kind and byline on one line; the body wrapped below it.
    private func text(width: Int) -> String {
        var out = ""
        for article in corpus.articles {
            let headline = article.title ?? "（无标题）\(article.displayTitle)"
            let fields = [headline, article.kicker, article.kind.rawValue, article.byline].compactMap { $0 }
            out += "■ " + fields.joined(separator: " ｜ ") + "\n"
            if let subtitle = article.subtitle { out += "  ——\(subtitle)\n" }
            out += "  " + article.id + (article.issue.map { " · \($0)" } ?? "") + (article.page.map { " · 第\($0)版" } ?? "") + "\n"
            for paragraph in Self.printedParagraphs(article) {
                out += TextWrap.lines(paragraph, width: width, indent: "  ").joined(separator: "\n") + "\n"
            }
            out += "\n"
        }
        if explain && !corpus.readings.isEmpty {
            out += "How each line was read:\n"
            var table = TextTable(columns: [.init("line"), .init("read as"), .init("piece"), .init("why"), .init("text")])
            for item in corpus.readings {
                table.append(["\(item.source):\(item.reading.line)", item.reading.role.rawValue, item.reading.piece ?? "—",
                              item.reading.reason, item.reading.text])
            }
            out += table.render() + "\n"
        }
        if !corpus.unassigned.isEmpty {
            out += "Lines that belong to no article:\n"
            for line in corpus.unassigned { out += "  \(line.source):\(line.line): \(line.text) (\(line.reason))\n" }
        }
        return out
    }

    /// The piece's text in the order it prints: editor's note, lead, body.
    private static func printedParagraphs(_ article: Article) -> [String] {
        [article.editorsNote, article.lead].compactMap { $0 } + article.paragraphs
    }

    private func markdown() -> String {
        corpus.articles.map { article in
            let e = MarkdownText.escaped
            var out = "## \(e(article.title ?? article.displayTitle))\n\n"
            if let subtitle = article.subtitle { out += "——\(e(subtitle))\n\n" }
            let meta = [article.kicker.map { "*\(e($0))*" }, article.kind.rawValue, article.byline.map(e)].compactMap { $0 }
            out += meta.joined(separator: " · ") + "\n\n"
            out += Self.printedParagraphs(article).map(e).joined(separator: "\n\n") + "\n"
            return out
        }.joined(separator: "\n")
    }

    struct Body: Encodable {
        let articles: [Entry]
        let unassigned: [Line]
        let explanation: [Reading]?

        init(_ corpus: Corpus, explain: Bool) {
            articles = corpus.articles.map { Entry(article: $0, confidence: corpus.confidence[$0.id]) }
            unassigned = corpus.unassigned.map { Line(source: $0.source, line: $0.line, text: $0.text, reason: $0.reason) }
            explanation = explain ? corpus.readings.map {
                Reading(source: $0.source, line: $0.reading.line, text: $0.reading.text, piece: $0.reading.piece,
                        role: $0.reading.role.rawValue, reason: $0.reading.reason)
            } : nil
        }

        enum CodingKeys: String, CodingKey { case articles, unassigned, explanation }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(articles, forKey: .articles)
            try c.encode(unassigned, forKey: .unassigned)
            try c.encodeIfPresent(explanation, forKey: .explanation)
        }
    }

    struct Reading: Encodable { let source: String; let line: Int; let text: String; let piece: String?; let role: String; let reason: String }

    struct Line: Encodable { let source: String; let line: Int; let text: String; let reason: String }

    struct Entry: Encodable {
        let article: Article
        /// For a piece read from a page: how sure the reader is of it, 0…1.
        let confidence: Double?

        enum Key: String, CodingKey {
            case id, issue, date, page, section, position, kind, title, kicker, subtitle, displayTitle, lead, byline, editorsNote, body, sentences, confidence
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(article.id, forKey: .id)
            try c.encode(article.issue, forKey: .issue)
            try c.encode(article.date, forKey: .date)
            try c.encode(article.page, forKey: .page)
            try c.encode(article.section, forKey: .section)
            try c.encode(article.position, forKey: .position)
            try c.encode(article.kind.rawValue, forKey: .kind)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.kicker, forKey: .kicker)
            try c.encode(article.subtitle, forKey: .subtitle)
            try c.encode(article.displayTitle, forKey: .displayTitle)
            try c.encode(article.lead, forKey: .lead)
            try c.encode(article.byline, forKey: .byline)
            try c.encode(article.editorsNote, forKey: .editorsNote)
            try c.encode(article.body, forKey: .body)
            try c.encode(article.sentences, forKey: .sentences)
            try c.encode(confidence, forKey: .confidence)
        }
    }
}
