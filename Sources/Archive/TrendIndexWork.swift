import Analytics
import Foundation
import GRDB

/// What an ingest does to the trend index (``TrendIndex``), decided before its issues are
/// inserted so that the work runs alongside the inserts (``Pipeline/alongside(_:while:)``).
///
/// The index is fitted afresh on every article a trend counts (``Article/trendDate``) when
/// there is none, when it was fitted with other options or cannot be read, or when the archive
/// will hold more than twice the articles it was fitted on — so the work of all refits together
/// stays within twice that of the last, and a day's ingest otherwise costs that day's articles;
/// else the articles inserted get entries from the stored fit. With no more articles than the
/// topic sample there is none.
///
/// The fit reads its texts in the archive's order (``NewsArchive/archiveOrder``), as a trend
/// over the archive does: of identical texts at the edge of the topic sample, the same one is
/// in it.
struct TrendIndexWork: Sendable {
    /// An article a trend counts, with its place in the archive's order.
    struct Counted: Sendable {
        let key: ArticleKey
        let order: ArchiveOrder
        let text: @Sendable () -> String
    }

    private enum Plan: Sendable {
        case extend(TrendIndex)
        case fit(stored: [Counted], options: TopicOptions)
    }

    private let plan: Plan
    private let inserted: [Counted]
    private let path: String

    /// Decides, inside the ingest's transaction once the issues it replaces are deleted and
    /// before the `inserted` articles (those a trend counts) are.
    init(_ db: Database, path: String, inserted: [Counted], options: TopicOptions) throws {
        self.inserted = inserted
        self.path = path
        let entries = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM trendEntry") ?? 0
        // An index that cannot be read is fitted again rather than blocking every ingest.
        if let index = try? NewsArchive.trendIndex(db, path: path), index.fit.serves(options),
           entries + inserted.count <= 2 * index.fit.articleCount {
            plan = .extend(index.fit)
        } else {
            plan = .fit(stored: try NewsArchive.countedArticles(db), options: options)
        }
    }

    /// The fit and the entries; no database is touched. A failure names the archive.
    func compute() throws -> Outcome {
        do {
            switch plan {
            case let .extend(index):
                let texts = Parallel.map(inserted) { $0.text() }
                return Outcome(update: .extended(articles: inserted.count, fittedOn: index.articleCount), fitted: nil,
                               keys: inserted.map(\.key), entries: index.entries(texts))
            case let .fit(stored, options):
                let all = (stored + inserted).sorted { $0.order < $1.order }
                guard let (index, entries) = try TrendIndex.fit(Parallel.map(all) { $0.text() }, options: options) else {
                    return Outcome(update: .none(articles: all.count), fitted: nil, keys: [], entries: [])
                }
                return Outcome(update: .fitted(articles: index.articleCount), fitted: index, keys: all.map(\.key), entries: entries)
            }
        } catch {
            throw ArchiveError.unusable(path: path, reason: "its trend index could not be worked out (\(error))")
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

/// An article's place in the archive's order (``NewsArchive/archiveOrder``): issue date (none
/// first), issue, position, id — strings compared byte by byte, as SQLite does.
struct ArchiveOrder: Sendable, Comparable {
    let date: String?
    let issue: String
    let position: Int
    let id: String

    static func < (a: ArchiveOrder, b: ArchiveOrder) -> Bool {
        // Bytes, not Swift's canonical equivalence: SQLite tells apart what String == joins.
        let same = { (x: String, y: String) in x.utf8.elementsEqual(y.utf8) }
        switch (a.date, b.date) {
        case let (x?, y?) where !same(x, y): return x.utf8.lexicographicallyPrecedes(y.utf8)
        case (nil, _?): return true
        case (_?, nil): return false
        default: break
        }
        if !same(a.issue, b.issue) { return a.issue.utf8.lexicographicallyPrecedes(b.issue.utf8) }
        if a.position != b.position { return a.position < b.position }
        return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }
}
