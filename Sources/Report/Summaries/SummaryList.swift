import Analytics

/// Per-article summaries: headline and summary for people, or JSON
/// `{"summaries": [{"id", "title", "summary", "overBudget", "sentences": [{"index", "text", "score"}], "note"}]}`;
/// an article with no whole sentence to print has `"summary": null` and a `note` saying so.
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
        switch format {
        case .text, .markdown:
            let markdown = format == .markdown
            return zip(articles, summaries).map { article, summary in
                var out = markdown ? "**\(MarkdownText.escaped(article.displayTitle))**\n\n" : "■ \(article.displayTitle)\n"
                let text = summary.sentences.isEmpty ? "（\(SummaryList.noSentence)）" : summary.text
                out += markdown ? MarkdownText.escaped(text) + "\n" : TextWrap.lines(text, width: width, indent: "  ").joined(separator: "\n") + "\n"
                if summary.overBudget { out += markdown ? "\n*(longer than the budget: its best sentence is given whole)*\n" : "  (longer than the budget: its best sentence is given whole)\n" }
                return out
            }.joined(separator: "\n")
        case .html:
            return HTMLPage.preformatted(title: "Summaries", render(.text, width: width))
        case .json:
            struct Body: Encodable { let summaries: [SummaryEntry] }
            return JSONOutput.encode(Body(summaries: zip(articles, summaries).map { SummaryEntry($0, $1) }))
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
