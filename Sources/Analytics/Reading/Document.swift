/// One article as read from the input, before any analysis.
///
/// The fields mirror the JSON Lines records of `shared/data`:
/// `{id, date?, issue?, page?, title?, body, label?, summary?, human_label?}`.
public struct Document: Equatable, Sendable {
    public var id: String
    public var date: String?
    public var issue: String?
    public var page: Int?
    public var title: String?
    public var body: String
    public var label: String?
    public var summary: String?
    public var humanLabel: Int?
    /// How the body is laid out: a record's or an article file's paragraph per line, or a
    /// printed page's text extracted from PDF.
    public var layout: Layout
    /// Where the document came from, for messages: `file:line` or a file name.
    public var source: String
    /// For a page read from PDF: how each line is set (see ``TypesetText``).
    public var lineStyles: [LineStyle?]?

    /// Control characters in `id`, `date`, `issue`, `label` and `source` become U+FFFD
    /// (``ControlCharacters``), so no report passes them to a terminal.
    public init(id: String, date: String? = nil, issue: String? = nil, page: Int? = nil, title: String? = nil,
                body: String, label: String? = nil, summary: String? = nil, humanLabel: Int? = nil,
                layout: Layout = .record, source: String = "") {
        self.id = ControlCharacters.replaced(in: id)
        self.date = date.map(ControlCharacters.replaced)
        self.issue = issue.map(ControlCharacters.replaced)
        self.page = page
        self.title = title
        self.body = body
        self.label = label.map(ControlCharacters.replaced)
        self.summary = summary
        self.humanLabel = humanLabel
        self.layout = layout
        self.source = ControlCharacters.replaced(in: source)
    }
}

/// How a document's text is laid out.
public enum Layout: String, Sendable, CaseIterable {
    /// A JSON record: one article, a paragraph per line, the headline in its own field.
    case record
    /// A text file holding one article: a paragraph per line, the first line a headline when it looks like one.
    case article
    /// A printed page as extracted from PDF: several pieces, lines broken at column width.
    case page

    /// Page text has its lines broken at a column's width: most of them short (columns are
    /// 15–20 characters wide), or, in columns up to 50 wide, most of its lines over 30 broken
    /// off mid-sentence and hardly any (under a tenth) a paragraph's length, over 100. An article
    /// file's lines are whole paragraphs, each ending a sentence or a clause, or items of a list.
    public static func guess(_ text: String) -> Layout {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
        let lengths = lines.map(\.unicodeScalars.count).sorted()
        guard lengths.count >= 8 else { return .article }
        let median = lengths[lengths.count / 2]
        if median <= 30 { return .page }
        let long = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.unicodeScalars.count > 30 }
        let brokenOff = long.filter { !endsAClause($0) }.count
        return median <= 50 && lengths.filter({ $0 > 100 }).count * 10 < lengths.count && brokenOff * 2 >= long.count ? .page : .article
    }

    private static func endsAClause(_ line: String) -> Bool {
        line.unicodeScalars.last.map { "。！？”）」』!?．…；：，;:,、".unicodeScalars.contains($0) } ?? false
    }
}
