/// Turns documents into articles (``Corpus/assemble(_:defaultIssue:)``) batch by batch, with
/// the state that spans batches kept here: the issue dated by each file's name, and each
/// record's place among the records of its issue and page so far. Assembling documents in
/// several calls gives the articles of assembling them in one.
public struct CorpusAssembler: Sendable {
    public let defaultIssue: String?
    private var fileDates: [Substring: String?] = [:]
    private var recordsOnPage: [String: Int] = [:]

    public init(defaultIssue: String? = nil) {
        self.defaultIssue = defaultIssue
    }

    /// The articles of `documents`, which follow those of every earlier call.
    public mutating func assemble(_ documents: [Document]) -> Corpus {
        var corpus = Corpus(articles: [])
        let normalizer = Normalizer()
        // Normalising records is independent work: share it out over the cores.
        let recordParagraphs = Parallel.map(documents) { $0.layout == .record ? Normalizer().paragraphs($0.body) : [] }
        for (index, document) in documents.enumerated() {
            let fileIssue = document.issue ?? document.date ?? dateInFileName(document.source) ?? defaultIssue
            switch document.layout {
            case .record:
                let pageKey = "\(fileIssue ?? "")\u{0}\(document.page.map(String.init) ?? "")"
                let position = recordsOnPage[pageKey, default: 0]
                recordsOnPage[pageKey] = position + 1
                let (lead, opening) = PageReader.Piece.splitLead(paragraphs: recordParagraphs[index])
                let reporters = lead.flatMap(PageLine.reporters(in:))
                let (closing, paragraphs) = PageReader.Piece.splitClosingByline(paragraphs: opening, leadNamesReporters: reporters != nil)
                corpus.articles.append(Article(
                    id: document.id, issue: fileIssue, date: document.date ?? IssueDate.parse(fileIssue),
                    page: document.page, title: document.title.map { normalizer.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 },
                    lead: lead, byline: reporters ?? closing,
                    paragraphs: paragraphs, position: position,
                    label: document.label, summary: document.summary, humanLabel: document.humanLabel, raw: document.body))
            case .article:
                var article = ArticleFile.read(document.body, id: document.id)
                article.issue = fileIssue
                article.date = IssueDate.parse(fileIssue)
                article.position = 0
                article.raw = document.body
                corpus.articles.append(article)
            case .page:
                var page = PageReader().read(document.body, styles: document.lineStyles, id: document.id,
                                             issue: dateInFileName(document.source))
                for i in page.articles.indices where page.articles[i].issue == nil { page.articles[i].issue = defaultIssue }
                corpus.articles.append(contentsOf: page.articles)
                corpus.pages.append(Corpus.PageText(source: document.source, issue: page.articles.first?.issue ?? defaultIssue,
                                             number: page.number, text: document.body))
                corpus.readings += page.readings.map { (document.source, $0) }
                corpus.confidence.merge(page.confidence) { first, _ in first }
                corpus.unassigned += page.unassigned.map {
                    Corpus.Unassigned(source: document.source, line: $0.line, text: $0.text, reason: $0.reason)
                }
            }
        }
        return corpus
    }

    private mutating func dateInFileName(_ source: String) -> String? {
        let file = source.split(separator: ":").first ?? Substring(source)
        if let known = fileDates[file] { return known }
        let date = IssueDate.fromFileName(String(file))
        fileDates[file] = date
        return date
    }
}
