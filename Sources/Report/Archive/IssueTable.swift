/// The issues of an archive (`issues`): a table for people, or JSON
/// `{"issues": [{"id", "date", "articles"}]}` by date.
public struct IssueTable: Sendable {
    public struct Entry: Sendable, Encodable {
        public let id: String
        public let date: String?
        public let articles: Int

        public init(id: String, date: String?, articles: Int) {
            self.id = id
            self.date = date
            self.articles = articles
        }
    }

    public let issues: [Entry]

    public init(issues: [Entry]) {
        self.issues = issues
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            struct Body: Encodable { let issues: [Entry] }
            return JSONOutput.encode(Body(issues: issues))
        case .markdown:
            return table().markdown()
        case .text:
            return table().render()
        case .html:
            return HTMLPage.preformatted(title: "Issues", render(.text))
        }
    }

    private func table() -> TextTable {
        var table = TextTable(columns: [.init("issue"), .init("date"), .init("articles", .right)])
        for issue in issues { table.append([issue.id, issue.date ?? "—", String(issue.articles)]) }
        return table
    }
}
