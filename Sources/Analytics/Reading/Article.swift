/// A piece of a newspaper as an editor sees it: a report, a photo caption, a signed
/// statement or commentary, with its headline and byline — the value every analysis and
/// report works on.
public struct Article: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A report that opens with a dateline lead (`本报讯（记者 …）`, `新华社…电`).
        case news
        /// A photo caption, ending with a photo credit (`… / 摄`).
        case photo
        /// A signed statement: the signature line names an office and a person.
        case statement
        /// A signed commentary: the signature line is a name alone (or a commentator).
        case commentary
        /// Anything else, including every article read from JSON records or article files.
        case other
    }

    public var id: String
    public var issue: String?
    public var date: String?
    public var page: Int?
    public var section: String?
    public var kind: Kind
    /// The printed headline, or nil when the piece has none.
    public var title: String?
    /// The line printed above the headline (引题), when there is one.
    public var kicker: String?
    /// The line printed below the headline (副题, led by `——` in print, kept without it), when there is one.
    public var subtitle: String?
    /// The dateline lead a report opens with (`本报北京1月5日电`, `新华社北京1月5日电（记者 张三）`), as printed.
    public var lead: String?
    /// Who wrote or shot the piece: the reporters of the lead, the photo credit, or the signature, as printed.
    public var byline: String?
    /// An editor's note (`编者按：…`) printed between the headline and the story, as printed.
    public var editorsNote: String?
    /// Normalised body paragraphs.
    public var paragraphs: [String]
    /// Reading order on its page, from 0; records keep their input order.
    public var position: Int
    /// The first and last line of the page the piece was read from (1-based), when it came from a page.
    public var lines: ClosedRange<Int>?
    /// Evaluation fields carried over from records.
    public var label: String?
    public var summary: String?
    public var humanLabel: Int?
    /// The text as it was read, for records and article files (a page's text is kept with the page).
    public var raw: String?

    public init(id: String, issue: String? = nil, date: String? = nil, page: Int? = nil, section: String? = nil,
                kind: Kind = .other, title: String? = nil, kicker: String? = nil, subtitle: String? = nil,
                lead: String? = nil, byline: String? = nil, editorsNote: String? = nil,
                paragraphs: [String], position: Int = 0, lines: ClosedRange<Int>? = nil,
                label: String? = nil, summary: String? = nil, humanLabel: Int? = nil, raw: String? = nil) {
        self.id = id
        self.issue = issue
        self.date = date
        self.page = page
        self.section = section
        self.kind = kind
        self.title = title
        self.kicker = kicker
        self.subtitle = subtitle
        self.lead = lead
        self.editorsNote = editorsNote
        self.byline = byline
        self.paragraphs = paragraphs
        self.position = position
        self.lines = lines
        self.label = label
        self.summary = summary
        self.humanLabel = humanLabel
        self.raw = raw
    }

    /// The body, paragraphs separated by `\n`.
    public var body: String { paragraphs.joined(separator: "\n") }

    /// A commentary or a statement: a piece that argues rather than reports.
    public var argues: Bool { kind == .commentary || kind == .statement }

    /// The body's sentences (``SentenceSplitter``).
    public var sentences: [String] { SentenceSplitter().sentences(body) }

    /// The headline, or for a piece without one its lead sentence (at most 40 characters).
    public var displayTitle: String {
        if let title, !title.isEmpty { return title }
        let lead = sentences.first ?? ""
        let scalars = Array(lead.unicodeScalars)
        guard scalars.count > 40 else { return lead }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(39))
        return String(view) + "…"
    }

    /// Headline, kicker, subtitle, editor's note and body: the text every vector is counted over.
    public var analysisText: String {
        (headMatter + paragraphs).joined(separator: "\n")
    }

    /// How many of the first lines of ``analysisText`` are headline matter (kicker, headline,
    /// subtitle, editor's note) rather than body.
    public var analysisHeadLineCount: Int {
        headMatter.reduce(0) { $0 + $1.split(separator: "\n", omittingEmptySubsequences: false).count }
    }

    private var headMatter: [String] { [kicker, title, subtitle, editorsNote].compactMap { $0 }.filter { !$0.isEmpty } }
}
