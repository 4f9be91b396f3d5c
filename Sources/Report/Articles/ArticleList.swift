import Analytics

/// Articles as an editor reads them, or as stable JSON for other tools.
///
/// JSON: `{"articles": [{"id", "issue", "date", "page", "section", "position", "kind", "title",
/// "kicker", "displayTitle", "byline", "body", "sentences"}], "unassigned": [{"source",
/// "line", "text", "reason"}]}` — absent values are `null`, body paragraphs are separated by `\n`.
public struct ArticleList: Sendable {
    public let corpus: Corpus

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    public func render(_ format: OutputFormat, width: Int = 100) -> String {
        switch format {
        case .text: return text(width: width)
        case .markdown: return markdown()
        case .json: return JSONOutput.encode(Body(corpus))
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
            out += "  " + article.id + (article.issue.map { " · \($0)" } ?? "") + (article.page.map { " · 第\($0)版" } ?? "") + "\n"
            for paragraph in article.paragraphs {
                out += TextWrap.lines(paragraph, width: width, indent: "  ").joined(separator: "\n") + "\n"
            }
            out += "\n"
        }
        if !corpus.unassigned.isEmpty {
            out += "Lines that belong to no article:\n"
            for line in corpus.unassigned { out += "  \(line.source):\(line.line): \(line.text) (\(line.reason))\n" }
        }
        return out
    }

    private func markdown() -> String {
        corpus.articles.map { article in
            var out = "## \(article.title ?? article.displayTitle)\n\n"
            let meta = [article.kicker.map { "*\($0)*" }, article.kind.rawValue, article.byline].compactMap { $0 }
            out += meta.joined(separator: " · ") + "\n\n"
            out += article.paragraphs.joined(separator: "\n\n") + "\n"
            return out
        }.joined(separator: "\n")
    }

    struct Body: Encodable {
        let articles: [Entry]
        let unassigned: [Line]

        init(_ corpus: Corpus) {
            articles = corpus.articles.map(Entry.init)
            unassigned = corpus.unassigned.map { Line(source: $0.source, line: $0.line, text: $0.text, reason: $0.reason) }
        }
    }

    struct Line: Encodable { let source: String; let line: Int; let text: String; let reason: String }

    struct Entry: Encodable {
        let article: Article

        enum Key: String, CodingKey {
            case id, issue, date, page, section, position, kind, title, kicker, displayTitle, byline, body, sentences
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
            try c.encode(article.displayTitle, forKey: .displayTitle)
            try c.encode(article.byline, forKey: .byline)
            try c.encode(article.body, forKey: .body)
            try c.encode(article.sentences, forKey: .sentences)
        }
    }
}
