import Analytics
import Foundation
import GRDB

/// The archive of ingested issues: an SQLite file (WAL mode) through GRDB.
///
/// - An **ingest** is one transaction: it lands whole or not at all, so a process killed at any
///   moment leaves the archive as it was before that run. Two ingests at once: SQLite lets one
///   write at a time; the other waits (up to a minute) and then lands.
/// - An issue is identified by its id; its **content hash** is the stable hash of its articles
///   (id, headline, kicker, byline, body), in article order. Ingesting the same content again
///   changes nothing; different content for a stored issue is refused unless `replace` is set.
public final class NewsArchive: Sendable {
    /// What a command may do with the file.
    public enum Access: Sendable {
        /// Read an existing archive; the file is opened read-only and never changed, and a file
        /// that is not an archive is refused.
        case read
        /// Create the archive if needed and write to it (`ingest`).
        case write
    }

    let database: any DatabaseWriter
    public let path: String

    public init(path: String, access: Access = .read) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        do {
            switch access {
            case .write:
                database = try NewsArchive.openForWriting(path: path, configuration: configuration)
            case .read:
                configuration.readonly = true
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                // An archive written before the latest migration is read as it is: what a later
                // migration adds (the trend index) is then absent, and reads do without it.
                guard try queue.read({ try NewsArchive.migrator.appliedIdentifiers($0).contains("v1") }) else {
                    throw ArchiveError.notAnArchive(path: path)
                }
                database = queue
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw ArchiveError.notAnArchive(path: path) }
            throw ArchiveError.unusable(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Opens the archive for writing and brings its schema up to date.
    ///
    /// Two ingests may create the same new archive at once. Both read "no migration applied";
    /// one applies them, and the other's first migration then fails ("table already exists"),
    /// or SQLite answers "busy" without waiting while one of them switches the file to WAL.
    /// Each migration is its own transaction, so the one that lost finds a consistent schema
    /// when it tries again; a failure that persists is reported.
    private static func openForWriting(path: String, configuration: Configuration) throws -> DatabasePool {
        let attempts = 5
        var attempt = 1
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where attempt < attempts
                && [.SQLITE_ERROR, .SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
                usleep(useconds_t(10_000 * attempt))
                attempt += 1
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "issue") { t in
                t.primaryKey("id", .text)
                t.column("date", .text).indexed()
                t.column("contentHash", .text).notNull()
                t.column("articleCount", .integer).notNull()
            }
            try db.create(table: "page") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.belongsTo("issue", onDelete: .cascade).notNull()
                t.column("source", .text).notNull()
                t.column("number", .integer)
                t.column("raw", .text).notNull()
            }
            try db.create(table: "article") { t in
                t.belongsTo("issue", onDelete: .cascade).notNull()
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("page", .integer)
                t.column("date", .text)
                t.column("section", .text)
                t.column("kind", .text).notNull()
                t.column("title", .text)
                t.column("kicker", .text)
                t.column("byline", .text)
                t.column("body", .text).notNull()
                t.column("raw", .text)
                t.column("label", .text)
                t.column("summary", .text)
                t.column("humanLabel", .integer)
                t.column("contentHash", .text).notNull()
                t.primaryKey(["issueId", "id"])
            }
        }
        migrator.registerMigration("v2 subtitle, lead and editor's note") { db in
            try db.alter(table: "article") { t in
                t.add(column: "subtitle", .text)
                t.add(column: "lead", .text)
                t.add(column: "editorsNote", .text)
            }
        }
        migrator.registerMigration("v3 trend index") { db in
            try db.create(table: "trendIndex") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("articleCount", .integer).notNull()
                t.column("addedSince", .integer).notNull()
                t.column("sampleSize", .integer).notNull()
                t.column("dimensions", .integer).notNull()
                t.column("seed", .text).notNull()
                t.column("maxLength", .integer).notNull()
                t.column("space", .blob).notNull()
            }
            try db.create(table: "trendPhrase") { t in
                t.primaryKey("id", .integer)
                t.column("phrase", .text).notNull()
                t.column("count", .integer).notNull()
            }
            try db.create(table: "trendEntry") { t in
                t.column("issueId", .text).notNull()
                t.column("articleId", .text).notNull()
                t.column("textHash", .integer).notNull()
                t.column("phrases", .blob).notNull()
                t.column("point", .blob).notNull()
                t.primaryKey(["issueId", "articleId"])
                t.foreignKey(["issueId", "articleId"], references: "article", columns: ["issueId", "id"], onDelete: .cascade)
            }
        }
        return migrator
    }

    /// What an ingest did to each issue.
    public struct IngestReport: Sendable, Equatable {
        public var added: [String] = []
        public var replaced: [String] = []
        public var unchanged: [String] = []
        /// What became of the trend index.
        public var index: TrendIndexUpdate = .unchanged
    }

    /// Stores the corpus's articles and pages, one transaction. Every article needs an issue.
    ///
    /// The same transaction brings the trend index up to date (``TrendIndexWork``).
    public func ingest(_ corpus: Corpus, date: String? = nil, replace: Bool = false, indexOptions: TopicOptions = TopicOptions()) throws -> IngestReport {
        if let missing = corpus.articles.first(where: { $0.issue == nil }) {
            throw ArchiveError.noIssue(article: missing.id)
        }
        // Found here rather than by the insert, which fails only after the trend index's work
        // alongside it (minutes at a million articles) has finished. Compared as bytes, as the
        // archive's key is: ids Swift holds equal (`é` composed or not) are two articles there.
        var keys = Set<[UInt8]>()
        if let twice = corpus.articles.first(where: { !keys.insert(Array($0.issue!.utf8) + [0] + Array($0.id.utf8)).inserted }) {
            throw ArchiveError.duplicateArticle(reason: "issue \(twice.issue!), id \(twice.id)")
        }
        let issues = Dictionary(grouping: corpus.articles, by: { $0.issue! }).sorted { $0.key < $1.key }
        var report = IngestReport()
        do {
            try database.write { db in
                let insertArticle = try db.makeStatement(sql: """
                    INSERT INTO article (issueId, id, position, page, date, section, kind, title, kicker, subtitle, lead,
                                         byline, editorsNote, body, raw, label, summary, humanLabel, contentHash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                // The issues to store: new ones, and changed ones replaced.
                var storing: [(issue: String, articles: [Article], hash: String, date: String?)] = []
                for (issue, articles) in issues {
                    let hash = NewsArchive.contentHash(articles)
                    if let stored = try String.fetchOne(db, sql: "SELECT contentHash FROM issue WHERE id = ?", arguments: [issue]) {
                        if stored == hash { report.unchanged.append(issue); continue }
                        guard replace else { throw ArchiveError.changedIssue(issue: issue) }
                        try db.execute(sql: "DELETE FROM issue WHERE id = ?", arguments: [issue])
                        report.replaced.append(issue)
                    } else {
                        report.added.append(issue)
                    }
                    storing.append((issue, articles, hash, date ?? articles.compactMap(\.effectiveDate).min()))
                }
                guard !storing.isEmpty else { return }
                // The trend index is worked out on a thread of its own while the issues are inserted.
                let work = try TrendIndexWork(db, path: path, inserted: storing.flatMap { issue, articles, _, issueDate in
                    articles.compactMap { a -> TrendIndexWork.Counted? in
                        guard NewsArchive.stored(a, date: date, issueDate: issueDate, paragraphs: false).trendDate != nil else { return nil }
                        return .init(key: ArticleKey(issue: issue, id: a.id), order: ArchiveOrder(date: issueDate, issue: issue, position: a.position, id: a.id),
                                     text: { NewsArchive.stored(a, date: date, issueDate: issueDate).analysisText })
                    }
                }, options: indexOptions)
                let update = try Pipeline.alongside({ try work.compute() }, while: {
                    for (issue, articles, hash, issueDate) in storing {
                        try db.execute(sql: "INSERT INTO issue (id, date, contentHash, articleCount) VALUES (?, ?, ?, ?)",
                                       arguments: [issue, issueDate, hash, articles.count])
                        for page in corpus.pages where page.issue == issue {
                            try db.execute(sql: "INSERT INTO page (issueId, source, number, raw) VALUES (?, ?, ?, ?)",
                                           arguments: [issue, page.source, page.number, page.text])
                        }
                        for a in articles {
                            try insertArticle.execute(arguments: [issue, a.id, a.position, a.page, date ?? a.date, a.section, a.kind.rawValue, a.title,
                                                                  a.kicker, a.subtitle, a.lead, a.byline, a.editorsNote, a.body, a.raw, a.label,
                                                                  a.summary, a.humanLabel, NewsArchive.contentHash([a])])
                        }
                    }
                })
                report.index = try update.store(db)
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_CONSTRAINT {
                throw ArchiveError.duplicateArticle(reason: error.message ?? "\(error)")
            }
            throw ArchiveError.unusable(path: path, reason: error.message ?? "\(error)")
        }
        return report
    }

    public struct IssueSummary: Sendable, Equatable, Codable {
        public let id: String
        public let date: String?
        public let articles: Int
    }

    /// Stored issues, by date then id.
    public func issues() throws -> [IssueSummary] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT issue.id, issue.date, COUNT(article.id) AS n FROM issue LEFT JOIN article ON article.issueId = issue.id
                GROUP BY issue.id ORDER BY issue.date, issue.id
                """).map { IssueSummary(id: $0["id"], date: $0["date"], articles: $0["n"]) }
        }
    }

    /// Articles of one issue, or of the issues dated `from…to` (inclusive; either may be open),
    /// in issue order then page order; with `withRaw` false, without the text as it was read
    /// (``Article/raw``), which no analysis reads and which is as large as the bodies.
    public func articles(issue: String? = nil, from: String? = nil, to: String? = nil, withRaw: Bool = true) throws -> [Article] {
        try database.read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            if let issue { conditions.append("article.issueId = ?"); arguments.append(issue) }
            if let from { conditions.append("issue.date >= ?"); arguments.append(from) }
            if let to { conditions.append("issue.date <= ?"); arguments.append(to) }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(try NewsArchive.articleColumns(db, withRaw: withRaw)), issue.date AS issueDate
                FROM article JOIN issue ON issue.id = article.issueId
                \(filter) ORDER BY \(NewsArchive.archiveOrder)
                """, arguments: StatementArguments(arguments))
            return rows.map(NewsArchive.article)
        }
    }

    /// The article table's columns for a SELECT, `raw` only `withRaw`: named from the schema,
    /// not `article.*`, so SQLite never reads the pages a left-out column spans.
    static func articleColumns(_ db: Database, withRaw: Bool) throws -> String {
        try db.columns(in: "article").map(\.name).filter { withRaw || $0 != "raw" }.map { "article.\($0)" }.joined(separator: ", ")
    }

    /// The article a row of `article` (joined with its issue's date as `issueDate`) holds;
    /// columns not selected are nil.
    static func article(_ row: Row) -> Article {
        Article(id: row["id"], issue: row["issueId"], date: row["date"] ?? row["issueDate"], page: row["page"],
                section: row["section"], kind: Article.Kind(rawValue: row["kind"] ?? "") ?? .other, title: row["title"],
                kicker: row["kicker"], subtitle: row["subtitle"], lead: row["lead"], byline: row["byline"],
                editorsNote: row["editorsNote"], paragraphs: paragraphs(ofBody: row["body"] ?? ""), position: row["position"],
                label: row["label"], summary: row["summary"], humanLabel: row["humanLabel"], raw: row["raw"])
    }

    /// The paragraphs of a stored body (``Article/body``): its lines, empty ones dropped — a
    /// line feed as the `Character` `\n` delimits them, so one after a carriage return
    /// (`\r\n` is one character) does not. Split on UTF-8 bytes: Character by Character, it
    /// cost more than SQLite's reading.
    static func paragraphs(ofBody body: String) -> [String] {
        let bytes = body.utf8
        var paragraphs: [String] = []
        var start = bytes.startIndex, index = bytes.startIndex, previous: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A && previous != 0x0D {
                if start < index { paragraphs.append(String(body[start..<index])) }
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { paragraphs.append(String(body[start...])) }
        return paragraphs
    }

    /// `article` as the archive gives it back once an ingest with `date` stored it in an issue
    /// dated `issueDate`, as far as analyses read it: its date and (unless told not to, when
    /// only the date is wanted) its paragraphs.
    static func stored(_ article: Article, date: String?, issueDate: String?, paragraphs: Bool = true) -> Article {
        var stored = article
        // The date column holds `date ?? article.date`; reading falls back on the issue's.
        stored.date = date ?? article.date ?? issueDate
        if paragraphs { stored.paragraphs = NewsArchive.paragraphs(ofBody: article.body) }
        return stored
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    static func contentHash(_ articles: [Article]) -> String {
        // Fields added after the first schema count only when present, so older issues keep their hash.
        let text = articles.map { a in
            ([a.id, a.title ?? "", a.kicker ?? "", a.byline ?? "", a.body]
             + [a.subtitle, a.lead, a.editorsNote].map { $0 ?? "" }.reversed().drop { $0.isEmpty }.reversed())
                .joined(separator: "\u{1F}")
        }
            .joined(separator: "\u{1E}")
        return String(StableHash.hash(text), radix: 16)
    }
}

/// Why the archive could not do what was asked.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    case unusable(path: String, reason: String)
    case noIssue(article: String)
    case changedIssue(issue: String)
    case duplicateArticle(reason: String)
    case unknownIssue(issue: String)
    case notAnArchive(path: String)

    public var description: String {
        switch self {
        case let .unusable(path, reason): return "\(path): the archive cannot be used (\(reason))"
        case let .noIssue(article): return "article \(article) belongs to no issue; pass --issue ID (or give records an issue or date)"
        case let .changedIssue(issue): return "issue \(issue) is already archived with different content; pass --replace to replace it"
        case let .duplicateArticle(reason): return "two articles of one issue share an id (\(reason)); give them distinct ids"
        case let .unknownIssue(issue): return "issue \(issue) is not in the archive; `newsdigest issues --archive FILE` lists what is"
        case let .notAnArchive(path): return "\(path): not a newsdigest archive (it was left untouched); make one with `newsdigest ingest --archive FILE`"
        }
    }
}
