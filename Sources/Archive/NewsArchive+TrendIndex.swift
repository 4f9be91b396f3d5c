import Analytics
import Foundation
import GRDB

extension NewsArchive {
    /// The order articles are read in: by issue date, issue, position and id.
    static let archiveOrder = "issue.date, article.issueId, article.position, article.id"

    /// The stored articles a trend counts (``Article/trendDate``), with their analysed texts.
    static func countedArticles(_ db: Database) throws -> [TrendIndexWork.Counted] {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT \(try articleColumns(db, withRaw: false)), issue.date AS issueDate
            FROM article JOIN issue ON issue.id = article.issueId ORDER BY \(archiveOrder)
            """)
        var counted: [TrendIndexWork.Counted] = []
        while let row = try cursor.next() {
            let article = article(row)
            guard article.trendDate != nil else { continue }
            // The text is joined when the index work needs it, on both cores.
            counted.append(.init(key: ArticleKey(issue: row["issueId"], id: row["id"]),
                                 order: ArchiveOrder(date: row["issueDate"], issue: row["issueId"], position: row["position"], id: row["id"]),
                                 text: { article.analysisText }))
        }
        return counted
    }

    /// The stored trend index and how many articles were given entries by it since it was
    /// fitted; nil when there is none (or the archive predates it).
    static func trendIndex(_ db: Database, path: String) throws -> (fit: TrendIndex, addedSince: Int)? {
        guard try db.tableExists("trendIndex"), let row = try Row.fetchOne(db, sql: "SELECT * FROM trendIndex WHERE id = 1") else { return nil }
        let phrases = try Row.fetchAll(db, sql: "SELECT phrase, count FROM trendPhrase ORDER BY id")
        let damaged = ArchiveError.unusable(path: path, reason: "its trend index is damaged; the next ingest that stores an issue fits it again")
        let texts = phrases.compactMap { $0["phrase"] as String? }, counts = phrases.compactMap { $0["count"] as Int? }
        guard let seedText = row["seed"] as String?, let seed = UInt64(seedText), texts.count == phrases.count,
              let table = KeyphraseExtractor.Phrases(phrases: texts, counts: counts, maxLength: row["maxLength"] as Int? ?? 0),
              let articleCount = row["articleCount"] as Int?, let addedSince = row["addedSince"] as Int?,
              let sampleSize = row["sampleSize"] as Int?, let dimensions = row["dimensions"] as Int?,
              let space = row["space"] as Data? else { throw damaged }
        let fit = TrendIndex(phrases: table, space: try TopicSpace(serialized: [UInt8](space), path: path + " (trend index)"),
                             articleCount: articleCount, sampleSize: sampleSize, dimensions: dimensions, seed: seed)
        return (fit, addedSince)
    }

    /// Every article as a trend over the whole archive reads it, with its entry and the trend
    /// index; nil when there is no index, it does not serve `options` (when given), a counted
    /// article has no entry, or there are no more counted articles than the index's topic
    /// sample (a trend then reads the texts). A damaged entry is an error naming the archive.
    public func indexedTrend(serving options: TopicOptions? = nil) throws -> IndexedTrend? {
        try database.read { db in
            guard let (index, added) = try NewsArchive.trendIndex(db, path: path),
                  options.map(index.serves) ?? true else { return IndexedTrend?.none }
            // The body only where the headline shown must be taken from it.
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT article.issueId, article.id, article.date, issue.date AS issueDate, article.position, article.page, article.title,
                       CASE WHEN article.title IS NULL OR article.title = '' THEN article.body END AS body,
                       trendEntry.textHash, trendEntry.phrases, trendEntry.point
                FROM article JOIN issue ON issue.id = article.issueId
                LEFT JOIN trendEntry ON trendEntry.issueId = article.issueId AND trendEntry.articleId = article.id
                ORDER BY \(NewsArchive.archiveOrder)
                """)
            var articles: [TrendArticle] = [], entries: [TrendIndex.Entry] = [], keys: [ArticleKey] = []
            var counted = 0
            while let row = try cursor.next() {
                let article = NewsArchive.article(row)
                if article.trendDate == nil {
                    entries.append(TrendIndex.Entry(textHash: 0, phrases: [], point: []))
                } else if let hash = row["textHash"] as Int64? {
                    guard let phrases = (row["phrases"] as Data?).flatMap({ LittleEndianBlob.values($0, as: UInt32.self) }),
                          let point = (row["point"] as Data?).flatMap({ LittleEndianBlob.values($0, as: UInt64.self) }),
                          point.count == index.space.dimensions, phrases.allSatisfy({ $0 < index.phrases.phrases.count }) else {
                        throw ArchiveError.unusable(path: path, reason: "the trend entry of article \(article.id) of issue \(article.issue ?? "") is damaged")
                    }
                    entries.append(TrendIndex.Entry(textHash: UInt64(bitPattern: hash), phrases: phrases.map { Int32(bitPattern: $0) },
                                                    point: point.map(Double.init(bitPattern:))))
                    counted += 1
                } else {
                    return nil
                }
                articles.append(TrendArticle(article))
                keys.append(ArticleKey(issue: row["issueId"], id: row["id"]))
            }
            // No more counted articles than the topic sample (issues replaced since the fit):
            // the topics are fitted on all of them, from their texts.
            guard counted > index.sampleSize else { return nil }
            return IndexedTrend(index: index, articles: articles, entries: entries, addedSinceFit: added, keys: keys, archive: self)
        }
    }

    /// The topic documents of the articles with `keys`, in that order.
    func documents(_ keys: [ArticleKey]) throws -> [TopicDocument] {
        try database.read { db in
            let statement = try db.makeStatement(sql: """
                SELECT \(try NewsArchive.articleColumns(db, withRaw: false)), issue.date AS issueDate
                FROM article JOIN issue ON issue.id = article.issueId
                WHERE article.issueId = ? AND article.id = ?
                """)
            return try keys.map { key in
                guard let row = try Row.fetchOne(statement, arguments: [key.issue, key.id]) else {
                    throw ArchiveError.unusable(path: path, reason: "article \(key.id) of issue \(key.issue) left the archive while it was read; run the command again")
                }
                return TopicDocument(NewsArchive.article(row))
            }
        }
    }
}
