/// The articles of a set of inputs, and the lines of their pages that belong to no article.
///
/// Records become one article each (their paragraphs normalised, a dateline lead opening the
/// first kept in `lead` by the same rules as on pages); article files one article
/// whose first line is its headline when it looks like one; pages as many as
/// ``PageReader`` finds. An article's issue is, in order: the record's `issue` or `date`, a
/// date in its file name (`2022-08-29`, `20220829`), the date printed on its page, or else
/// `defaultIssue`. A record's `position` is its place among the records of the same issue and
/// page, so its ranking never depends on what else the input holds.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var unassigned: [Unassigned]
    /// The pages read, as extracted, with the issue and number they belong to.
    public var pages: [PageText] = []
    /// For pages: what each line was taken as and why, with the page's source.
    public var readings: [(source: String, reading: PageReader.LineReading)] = []
    /// For pages: how sure the reader is of each piece, 0…1, by article id.
    public var confidence: [String: Double] = [:]

    public struct PageText: Sendable, Equatable {
        public let source: String
        public let issue: String?
        public let number: Int?
        public let text: String
    }

    public struct Unassigned: Sendable, Equatable {
        public let source: String
        public let line: Int
        public let text: String
        public let reason: String
    }

    public init(articles: [Article], unassigned: [Unassigned] = []) {
        self.articles = articles
        self.unassigned = unassigned
    }

    /// Adds `other`'s articles, pages and readings after these (a later batch of one input).
    public mutating func append(_ other: Corpus) {
        articles += other.articles
        unassigned += other.unassigned
        pages += other.pages
        readings += other.readings
        confidence.merge(other.confidence) { first, _ in first }
    }

    public static func assemble(_ documents: [Document], defaultIssue: String? = nil) -> Corpus {
        var assembler = CorpusAssembler(defaultIssue: defaultIssue)
        return assembler.assemble(documents)
    }
}

/// One article in a text file of its own.
enum ArticleFile {
    static func read(_ text: String, id: String) -> Article {
        let normalizer = Normalizer()
        var lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        var title: String?
        if lines.count >= 2, PageLine.isHeadlineShaped(Normalizer.foldWidth(lines[0])) {
            title = normalizer.normalize(lines.removeFirst())
        }
        return Article(id: id, title: title, paragraphs: lines.map { normalizer.normalize($0) }.filter { !$0.isEmpty })
    }
}

/// Issue dates in file names and fields: days that exist in the Gregorian calendar, written
/// in ASCII digits, given back as `YYYY-MM-DD`; anything else (full-width digits, 2022-02-31,
/// 2022-13-01) is nil.
public enum IssueDate {
    /// Built once: a regex literal is parsed again each time it is evaluated.
    private enum DatePatterns {
        nonisolated(unsafe) static let inFileName = /(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.]?([0-9]{2})[-_.]?([0-9]{2})(?:[^0-9]|$)/
        nonisolated(unsafe) static let isoDay = /([0-9]{4})-([0-9]{2})-([0-9]{2})/
    }

    /// `2022-08-29`, `2022_08_29` or `20220829` in a path's file name, as `2022-08-29`.
    public static func fromFileName(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let m = name.firstMatch(of: DatePatterns.inFileName),
              day(year: m.1, month: m.2, day: m.3) != nil else { return nil }
        return "\(m.1)-\(m.2)-\(m.3)"
    }

    /// `value` when it is a `YYYY-MM-DD` date.
    public static func parse(_ value: String?) -> String? {
        components(value) == nil ? nil : value
    }

    /// The year, month and day of a `YYYY-MM-DD` date.
    static func components(_ value: String?) -> (year: Int, month: Int, day: Int)? {
        guard let value, let m = value.wholeMatch(of: DatePatterns.isoDay) else { return nil }
        return day(year: m.1, month: m.2, day: m.3)
    }

    /// The matched digits as a day that exists in the (proleptic) Gregorian calendar.
    private static func day(year: Substring, month: Substring, day: Substring) -> (year: Int, month: Int, day: Int)? {
        guard let y = Int(year), let m = Int(month), let d = Int(day), (1...12).contains(m) else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let length = m == 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].contains(m) ? 30 : 31
        return (1...length).contains(d) ? (y, m, d) : nil
    }
}
