import Analytics
import Foundation
import GRDB

/// What an ingest did to the archive's trend index.
public enum TrendIndexUpdate: Sendable, Equatable {
    /// Nothing to do: no issue was added or replaced.
    case unchanged
    /// No index: the archive holds no more dated articles than the topic sample (a trend reads
    /// their texts in seconds), or none with a countable term.
    case none(articles: Int)
    /// Fitted afresh on all the dated articles.
    case fitted(articles: Int)
    /// Entries for the dated articles inserted, from the stored fit.
    case extended(articles: Int, fittedOn: Int)
}

/// The archive's articles as a trend over all of them reads them
/// (``TrendAnalysis/analyse(_:entries:index:addedSinceFit:documents:options:)``).
public struct IndexedTrend: Sendable {
    public let index: TrendIndex
    public let articles: [TrendArticle]
    /// One an article; an article without a date, which no trend counts, has an empty one.
    public let entries: [TrendIndex.Entry]
    /// Articles given entries by the index's fit since it was made (ingests after it).
    public let addedSinceFit: Int
    let keys: [ArticleKey]
    let archive: NewsArchive

    /// The topic documents of `articles` at `indices`, in that order.
    public func documents(_ indices: [Int]) throws -> [TopicDocument] {
        try archive.documents(indices.map { keys[$0] })
    }
}

struct ArticleKey: Sendable {
    let issue: String
    let id: String
}

/// A dated article's key and the text analyses read (``Article/analysisText``).
struct ArticleText: Sendable {
    let key: ArticleKey
    let text: String
}

/// What an ingest does to the trend index (``TrendIndex``), decided before its issues are
/// inserted so that the work runs alongside the inserts (``Pipeline/alongside(_:while:)``).
///
/// The index is fitted afresh on every dated article when there is none, when it was fitted
/// with other options, or when the archive will hold more than twice the articles it was fitted
/// on — so the work of all refits together stays within twice that of the last, and a day's
/// ingest otherwise costs that day's articles; else the dated articles inserted get entries
/// from the stored fit. With no more dated articles than the topic sample there is none.
struct TrendIndexWork: Sendable {
    private enum Plan: Sendable {
        case extend(TrendIndex)
        case fit(stored: [ArticleText], options: TopicOptions)
    }

    private let plan: Plan
    /// The dated articles the ingest inserts.
    private let inserted: [Article]

    /// Decides, inside the ingest's transaction once the issues it replaces are deleted and
    /// before the dated articles `inserted` are.
    init(_ db: Database, path: String, inserted: [Article], options: TopicOptions) throws {
        self.inserted = inserted
        // An issue has a date exactly when its articles do: an ingest dates it by --date or by
        // the earliest of its articles' dates, and each article falls back on it.
        let stored = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(articleCount), 0) FROM issue WHERE date IS NOT NULL") ?? 0
        if let index = try NewsArchive.trendIndex(db, path: path), index.serves(options), stored + inserted.count <= 2 * index.articleCount {
            plan = .extend(index)
        } else {
            plan = .fit(stored: try NewsArchive.storedTexts(db), options: options)
        }
    }

    /// The fit and the entries; no database is touched.
    func compute() throws -> Outcome {
        let inserted = zip(self.inserted, Parallel.map(self.inserted, NewsArchive.storedAnalysisText)).map { article, text in
            ArticleText(key: ArticleKey(issue: article.issue ?? "", id: article.id), text: text)
        }
        switch plan {
        case let .extend(index):
            return Outcome(update: .extended(articles: inserted.count, fittedOn: index.articleCount), fitted: nil,
                           keys: inserted.map(\.key), entries: index.entries(inserted.map(\.text)))
        case let .fit(stored, options):
            // The fit does not depend on the order of its texts.
            let all = stored + inserted
            guard let (index, entries) = try TrendIndex.fit(all.map(\.text), options: options) else {
                return Outcome(update: .none(articles: all.count), fitted: nil, keys: [], entries: [])
            }
            return Outcome(update: .fitted(articles: index.articleCount), fitted: index, keys: all.map(\.key), entries: entries)
        }
    }

    struct Outcome: Sendable {
        let update: TrendIndexUpdate
        /// The new fit, replacing any stored; nil when the stored one is extended or none is kept.
        let fitted: TrendIndex?
        let keys: [ArticleKey]
        let entries: [TrendIndex.Entry]

        /// Writes the outcome once the ingest's articles are inserted.
        func store(_ db: Database) throws -> TrendIndexUpdate {
            if case .extended = update {
                try db.execute(sql: "UPDATE trendIndex SET addedSince = addedSince + ?", arguments: [keys.count])
            } else {
                try db.execute(sql: "DELETE FROM trendEntry; DELETE FROM trendPhrase; DELETE FROM trendIndex")
            }
            if let index = fitted {
                try db.execute(sql: """
                    INSERT INTO trendIndex (id, articleCount, addedSince, sampleSize, dimensions, seed, maxLength, space)
                    VALUES (1, ?, 0, ?, ?, ?, ?, ?)
                    """, arguments: [index.articleCount, index.sampleSize, index.dimensions, String(index.seed), index.phrases.maxLength,
                                     Data(index.space.serialized())])
                for (id, (phrase, count)) in zip(index.phrases.phrases, index.phrases.counts).enumerated() {
                    try db.execute(sql: "INSERT INTO trendPhrase (id, phrase, count) VALUES (?, ?, ?)", arguments: [id, phrase, count])
                }
            }
            let statement = try db.makeStatement(sql: "INSERT INTO trendEntry (issueId, articleId, textHash, phrases, point) VALUES (?, ?, ?, ?, ?)")
            for (key, entry) in zip(keys, entries) {
                try statement.execute(arguments: [key.issue, key.id, Int64(bitPattern: entry.textHash),
                                                  LittleEndianBlob.data(entry.phrases.map { UInt32(bitPattern: $0) }),
                                                  LittleEndianBlob.data(entry.point.map(\.bitPattern))])
            }
            return update
        }
    }
}

extension NewsArchive {
    /// The keys and analysed texts (``Article/analysisText``) of the dated articles stored.
    static func storedTexts(_ db: Database) throws -> [ArticleText] {
        let statement = try db.makeStatement(sql: """
            SELECT article.issueId, article.id, article.date, issue.date AS issueDate, article.position, article.kicker,
                   article.title, article.subtitle, article.editorsNote, article.body
            FROM article JOIN issue ON issue.id = article.issueId WHERE article.issueId = ?
            """)
        var texts: [ArticleText] = []
        for issue in try String.fetchAll(db, sql: "SELECT id FROM issue WHERE date IS NOT NULL ORDER BY id") {
            let cursor = try Row.fetchCursor(statement, arguments: [issue])
            while let row = try cursor.next() { texts.append(ArticleText(key: ArticleKey(issue: issue, id: row["id"]), text: article(row).analysisText)) }
        }
        return texts
    }

    static func trendIndex(_ db: Database, path: String) throws -> TrendIndex? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM trendIndex WHERE id = 1") else { return nil }
        let phrases = try Row.fetchAll(db, sql: "SELECT phrase, count FROM trendPhrase ORDER BY id")
        guard let seed = UInt64(row["seed"] as String),
              let table = KeyphraseExtractor.Phrases(phrases: phrases.map { $0["phrase"] }, counts: phrases.map { $0["count"] },
                                                     maxLength: row["maxLength"]) else {
            throw ArchiveError.unusable(path: path, reason: "its trend index is damaged; ingest with --replace or into a new archive")
        }
        let space = try TopicSpace(serialized: [UInt8](row["space"] as Data), path: path + " (trend index)")
        return TrendIndex(phrases: table, space: space, articleCount: row["articleCount"], sampleSize: row["sampleSize"],
                          dimensions: row["dimensions"], seed: seed)
    }

    /// Every article as a trend over the whole archive reads it, with its entry and the trend
    /// index; nil when there is no index, a dated article has no entry or there are no more
    /// dated articles than the index's topic sample (a trend then reads the texts).
    public func indexedTrend() throws -> IndexedTrend? {
        try database.read { db in
            guard try db.tableExists("trendIndex"), let index = try NewsArchive.trendIndex(db, path: path),
                  let added = try Int.fetchOne(db, sql: "SELECT addedSince FROM trendIndex") else { return IndexedTrend?.none }
            // The body only where the headline shown must be taken from it.
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT article.issueId, article.id, article.date, issue.date AS issueDate, article.position, article.page, article.title,
                       CASE WHEN article.title IS NULL OR article.title = '' THEN article.body END AS body,
                       trendEntry.textHash, trendEntry.phrases, trendEntry.point
                FROM article JOIN issue ON issue.id = article.issueId
                LEFT JOIN trendEntry ON trendEntry.issueId = article.issueId AND trendEntry.articleId = article.id
                ORDER BY issue.date, article.issueId, article.position, article.id
                """)
            var articles: [TrendArticle] = [], entries: [TrendIndex.Entry] = [], keys: [ArticleKey] = []
            while let row = try cursor.next() {
                let article = TrendArticle(NewsArchive.article(row))
                if let hash = row["textHash"] as Int64? {
                    guard let phrases = LittleEndianBlob.values(row["phrases"] as Data, as: UInt32.self),
                          let point = LittleEndianBlob.values(row["point"] as Data, as: UInt64.self) else {
                        throw ArchiveError.unusable(path: path, reason: "the trend entry of article \(row["id"] as String) is damaged")
                    }
                    entries.append(TrendIndex.Entry(textHash: UInt64(bitPattern: hash), phrases: phrases.map { Int32(bitPattern: $0) },
                                                    point: point.map(Double.init(bitPattern:))))
                } else if article.date == nil {
                    entries.append(TrendIndex.Entry(textHash: 0, phrases: [], point: []))
                } else {
                    return nil
                }
                articles.append(article)
                keys.append(ArticleKey(issue: row["issueId"], id: row["id"]))
            }
            // No more dated articles than the topic sample (issues replaced since the fit): the
            // topics are fitted on all of them, from their texts.
            guard articles.filter({ $0.date != nil }).count > index.sampleSize else { return nil }
            return IndexedTrend(index: index, articles: articles, entries: entries, addedSinceFit: added, keys: keys, archive: self)
        }
    }

    /// The topic documents of the articles with `keys`, in that order.
    func documents(_ keys: [ArticleKey]) throws -> [TopicDocument] {
        try database.read { db in
            let statement = try db.makeStatement(sql: """
                SELECT article.*, issue.date AS issueDate FROM article JOIN issue ON issue.id = article.issueId
                WHERE article.issueId = ? AND article.id = ?
                """)
            return try keys.map { key in
                guard let row = try Row.fetchOne(statement, arguments: [key.issue, key.id]) else {
                    throw ArchiveError.unusable(path: path, reason: "article \(key.id) of issue \(key.issue) left the archive while it was read")
                }
                return TopicDocument(NewsArchive.article(row))
            }
        }
    }
}

/// Numbers stored as little-endian bytes in a blob, the same on every machine.
enum LittleEndianBlob {
    static func data<T: FixedWidthInteger>(_ values: [T]) -> Data {
        values.map(\.littleEndian).withUnsafeBytes { Data($0) }
    }

    /// nil when the blob is not a whole number of values.
    static func values<T: FixedWidthInteger>(_ data: Data, as: T.Type) -> [T]? {
        guard data.count % MemoryLayout<T>.size == 0 else { return nil }
        return data.withUnsafeBytes { raw in
            (0..<(data.count / MemoryLayout<T>.size)).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
        }
    }
}
