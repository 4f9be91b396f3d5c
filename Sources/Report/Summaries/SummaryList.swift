import Analytics

/// Per-article summaries: headline and summary for people, or JSON
/// `{"summaries": [{"id", "title", "summary", "overBudget", "sentences": [{"index", "text", "score"}], "note"}]}`;
/// an article with no whole sentence to print has `"summary": null` and a `note` saying so.
/// Rendered whole, or a batch of articles at a time by a ``Writer``, with the same bytes.
public struct SummaryList: Sendable {
    public let articles: [Article]
    public let summaries: [Summarizer.Summary]

    public init(articles: [Article], summaries: [Summarizer.Summary]) {
        self.articles = articles
        self.summaries = summaries
    }

    /// Why an article has no summary.
    static let noSentence = "no whole sentence to print: the piece holds only headlines, bylines, notes or clauses"

    public func render(_ format: OutputFormat, width: Int = 100) -> String {
        var writer = Writer(format: format, width: width)
        return writer.add(articles, summaries) + writer.finish()
    }

    /// Writes the list as its articles come, a batch at a time, so a million summaries need
    /// not be held: what ``add(_:_:)`` and then ``finish()`` return, joined, is what
    /// ``SummaryList/render(_:width:)`` gives for all the articles at once.
    public struct Writer: Sendable {
        public let format: OutputFormat
        public let width: Int
        private var started = false

        public init(format: OutputFormat, width: Int = 100) {
            self.format = format
            self.width = width
        }

        /// The text of the next articles and their summaries.
        public mutating func add(_ articles: [Article], _ summaries: [Summarizer.Summary]) -> String {
            precondition(articles.count == summaries.count, "one summary an article")
            guard !articles.isEmpty else { return "" }
            let entries = zip(articles, summaries).map(entry).joined(separator: separator)
            defer { started = true }
            return (started ? separator : opening) + entries
        }

        /// What closes the list.
        public func finish() -> String {
            (started ? "" : opening) + closing
        }

        private var opening: String {
            switch format {
            case .text, .markdown: return ""
            case .html: return HTMLPage.opening(title: "Summaries")
            case .json: return "{\n  \"summaries\" : [\n"
            }
        }

        private var separator: String { format == .json ? ",\n" : "\n" }

        private var closing: String {
            switch format {
            case .text, .markdown: return ""
            case .html: return HTMLPage.closing
            case .json: return "\n  ]\n}\n"
            }
        }

        private func entry(_ article: Article, _ summary: Summarizer.Summary) -> String {
            switch format {
            case .text, .markdown:
                let markdown = format == .markdown
                var out = markdown ? "**\(MarkdownText.escaped(article.displayTitle))**\n\n" : "■ \(article.displayTitle)\n"
                let text = summary.sentences.isEmpty ? "（\(SummaryList.noSentence)）" : summary.text
                out += markdown ? MarkdownText.escaped(text) + "\n" : TextWrap.lines(text, width: width, indent: "  ").joined(separator: "\n") + "\n"
                if summary.overBudget { out += markdown ? "\n*(longer than the budget: its best sentence is given whole)*\n" : "  (longer than the budget: its best sentence is given whole)\n" }
                return out
            case .html:
                return SVGChart.escape(Writer(format: .text, width: width).entry(article, summary))
            case .json:
                // The entry as JSONOutput prints it inside `summaries`: two levels in (the
                // empty line of an empty array stays empty).
                return JSONOutput.encode(SummaryEntry(article, summary)).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            }
        }
    }
}

/// One article's summary as JSON: `{"id", "issue"?, "title", "summary", "overBudget",
/// "sentences": [{"index", "text", "score"}], "note"}`, absent values as `null` (but `issue`,
/// which only the map records carry, left out when not asked for).
struct SummaryEntry: Encodable {
    struct Sentence: Encodable { let index: Int; let text: String; let score: Double }
    let id: String
    let issue: String?
    let title: String?
    let summary: String?
    let overBudget: Bool
    let sentences: [Sentence]
    let note: String?

    init(_ article: Article, _ summary: Summarizer.Summary, withIssue: Bool = false) {
        id = article.id
        issue = withIssue ? article.issue : nil
        title = article.title
        self.summary = summary.sentences.isEmpty ? nil : summary.text
        overBudget = summary.overBudget
        sentences = summary.sentences.map { Sentence(index: $0.index, text: $0.text, score: JSONOutput.rounded($0.score)) }
        note = summary.sentences.isEmpty ? SummaryList.noSentence : nil
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(issue, forKey: .issue)
        try c.encode(title, forKey: .title)
        try c.encode(summary, forKey: .summary)
        try c.encode(overBudget, forKey: .overBudget)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(note, forKey: .note)
    }
    enum CodingKeys: String, CodingKey { case id, issue, title, summary, overBudget, sentences, note }
}
