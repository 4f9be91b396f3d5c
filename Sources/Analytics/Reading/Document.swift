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
    /// How the body's line breaks are to be read: records and clean files hold a paragraph per
    /// line; page text extracted from PDF is wrapped at the column width.
    public var lineBreaks: Normalizer.LineBreaks
    /// Where the document came from, for messages: `file:line` or a file name.
    public var source: String

    public init(id: String, date: String? = nil, issue: String? = nil, page: Int? = nil, title: String? = nil,
                body: String, label: String? = nil, summary: String? = nil, humanLabel: Int? = nil,
                lineBreaks: Normalizer.LineBreaks = .paragraphs, source: String = "") {
        self.id = id
        self.date = date
        self.issue = issue
        self.page = page
        self.title = title
        self.body = body
        self.label = label
        self.summary = summary
        self.humanLabel = humanLabel
        self.lineBreaks = lineBreaks
        self.source = source
    }

    /// The headline (when there is one) and the body, normalised: the text every vector is
    /// counted over.
    public func analysisText() -> String {
        let body = Normalizer(lineBreaks: lineBreaks).normalize(self.body)
        guard let title, !title.isEmpty else { return body }
        return Normalizer().normalize(title) + "\n" + body
    }
}
