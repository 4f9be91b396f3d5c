import Analytics
@testable import Archive
import Foundation
import GRDB
import TestSupport
import Testing

/// The archive's trend index against the texts it stands for, on People's Daily of 1–9 January
/// 1998 (811 articles), with a topic sample of 150 articles (and linkage up to 100) so that a
/// few hundred articles are "more than the sample".
@Suite struct TrendIndexTests {
    static let options: TopicOptions = {
        var options = TopicOptions()
        options.sampleSize = 150
        options.linkageLimit = 100
        return options
    }()

    /// The articles of 1–9 January dated `from` (exclusive) to `to` (inclusive).
    static func articles(after from: String, through to: String) throws -> [Article] {
        try TestData.articles("rmrb1998-01-01_20.jsonl.gz").filter { ($0.effectiveDate ?? "") > from && ($0.effectiveDate ?? "") <= to }
    }

    static func trend(_ articles: [Article], period: Period) throws -> String {
        String(describing: try TrendAnalysis.analyse(articles, options: TrendOptions(period: period, topics: options)))
    }

    static func trend(_ indexed: IndexedTrend, period: Period) throws -> String {
        String(describing: try TrendAnalysis.analyse(indexed.articles, entries: indexed.entries, index: indexed.index,
                                                     addedSinceFit: indexed.addedSinceFit, documents: indexed.documents,
                                                     options: TrendOptions(period: period, topics: options)))
    }

    @Test(.needsSharedData("People's Daily, 1–9 January 1998"))
    func aTrendFromTheIndexIsTheTrendOfTheTextsItWasFittedOn() throws {
        let path = ArchiveTests.temporaryArchive()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var early = try Self.articles(after: "", through: "1998-01-07")
        let late = try Self.articles(after: "1998-01-07", through: "1998-01-09")
        // Reprints (identical texts, some on either side of the topic sample's edge) and a
        // date no calendar has, which trends leave out.
        early += early.prefix(60).map { var copy = $0; copy.id += "-reprint"; return copy }
        early[5].date = "1998-02-30"
        let archive = try NewsArchive(path: path, access: .write)
        #expect(try archive.ingest(Corpus(articles: early), indexOptions: Self.options).index == .fitted(articles: early.count - 1))
        let stored = try archive.articles(withRaw: false)
        let indexed = try #require(try archive.indexedTrend())
        #expect(indexed.articles.count == stored.count && indexed.addedSinceFit == 0 && indexed.index.serves(Self.options))
        // Byte for byte the report made from the texts, by day and by week.
        for period in [Period.day, .week] {
            let fromTexts = try Self.trend(stored, period: period)
            #expect(try Self.trend(indexed, period: period) == fromTexts)
            #expect(fromTexts.contains("fitted on 150 of \(early.count - 1) articles") && fromTexts.contains("1 article(s) without a date"))
            let keywords = try TrendAnalysis.keywordSeries(stored, period: period, top: 20)
            #expect(String(describing: try TrendAnalysis.keywordSeries(indexed.articles, entries: indexed.entries, index: indexed.index,
                                                                       period: period, top: 20)) == String(describing: keywords))
        }

        // A later ingest places its articles by the same fit, and the report says so.
        #expect(try archive.ingest(Corpus(articles: late), indexOptions: Self.options).index == .extended(articles: late.count, fittedOn: early.count - 1))
        let extended = try #require(try archive.indexedTrend())
        #expect(extended.index == indexed.index && extended.addedSinceFit == late.count && extended.articles.count == early.count + late.count)
        let report = try Self.trend(extended, period: .day)
        #expect(report.contains("fitted at ingest on \(early.count - 1) articles; \(early.count - 1 + late.count) are counted here, \(late.count) of those ingested since the fit read by it"))
        #expect(report.contains("1998-01-09"))
    }

    @Test(.needsSharedData("People's Daily, 1–9 January 1998"))
    func theIndexIsFittedAgainWhenTheArchiveDoublesAndNotBelowTheSample() throws {
        let path = ArchiveTests.temporaryArchive()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let first = try Self.articles(after: "", through: "1998-01-02"), second = try Self.articles(after: "1998-01-02", through: "1998-01-05")
        let rest = try Self.articles(after: "1998-01-05", through: "1998-01-09")
        let archive = try NewsArchive(path: path, access: .write)
        // 86 articles: no index; a trend reads their texts.
        #expect(try archive.ingest(Corpus(articles: first), indexOptions: Self.options).index == .none(articles: first.count))
        #expect(try archive.indexedTrend() == nil)
        #expect(try archive.ingest(Corpus(articles: second), indexOptions: Self.options).index == .fitted(articles: first.count + second.count))
        // More than twice the 321 it was fitted on: fitted again on all.
        #expect(try archive.ingest(Corpus(articles: rest), indexOptions: Self.options).index == .fitted(articles: first.count + second.count + rest.count))
        let indexed = try #require(try archive.indexedTrend())
        #expect(indexed.addedSinceFit == 0)
        #expect(try Self.trend(indexed, period: .week) == Self.trend(try archive.articles(withRaw: false), period: .week))
        // Ingesting the same issues again leaves it as it is.
        #expect(try archive.ingest(Corpus(articles: rest), indexOptions: Self.options).index == .unchanged)
    }

    @Test(.needsSharedData("People's Daily, 1–6 January 1998"))
    func aDamagedEntryIsAnErrorAndADamagedIndexIsFittedAgain() throws {
        let path = ArchiveTests.temporaryArchive()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let archive = try NewsArchive(path: path, access: .write)
        _ = try archive.ingest(Corpus(articles: try Self.articles(after: "", through: "1998-01-05")), indexOptions: Self.options)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE trendEntry SET point = x'00' WHERE rowid = (SELECT MIN(rowid) FROM trendEntry)") }
        #expect { try archive.indexedTrend() } throws: { error in
            guard case let ArchiveError.unusable(reported, reason) = error else { return false }
            return reported == path && reason.contains("is damaged")
        }
        try queue.write { db in try db.execute(sql: "UPDATE trendIndex SET seed = 'not a number'") }
        try queue.close()
        let sixth = try Self.articles(after: "1998-01-05", through: "1998-01-06")
        #expect(try archive.ingest(Corpus(articles: sixth), indexOptions: Self.options).index == .fitted(articles: 321 + sixth.count))
        #expect(try archive.indexedTrend()?.addedSinceFit == 0)
    }

    @Test func anArchiveWrittenBeforeTheIndexIsReadWithoutIt() throws {
        let path = ArchiveTests.temporaryArchive()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try NewsArchive.migrator.migrate(queue, upTo: "v2 subtitle, lead and editor's note")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO issue (id, date, contentHash, articleCount) VALUES ('1998-01-05', '1998-01-05', 'x', 1)")
            try db.execute(sql: """
                INSERT INTO article (issueId, id, position, kind, title, body, contentHash)
                VALUES ('1998-01-05', 'a', 0, 'news', '社区图书室延长开放时间', '从本周起，图书室每天晚上开放到九点。', 'y')
                """)
        }
        try queue.close()
        let archive = try NewsArchive(path: path)
        #expect(try archive.articles().map(\.title) == ["社区图书室延长开放时间"])
        #expect(try archive.indexedTrend() == nil)
    }

    @Test func aStoredBodySplitsIntoTheParagraphsACharacterSplitGives() throws {
        // Line feeds after carriage returns (one Character), runs and ends of line feeds,
        // a combining mark after a line feed, and real bodies.
        var bodies = ["", "\n", "一\n\n二", "\n一\r\n二\n", "a\r\n\nb\r", "\n\u{301}x\n", "单段"]
        if TestData.sharedDataIsAvailable { bodies += try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 200).map(\.body) }
        for body in bodies {
            #expect(NewsArchive.paragraphs(ofBody: body) == body.split(separator: "\n").map(String.init), "\(body.debugDescription)")
        }
    }

    @Test func theArchiveOrderIsSQLitesOrder() throws {
        // A missing date first; ids that Swift's == joins (é, e + combining acute) told apart by bytes.
        let orders = [ArchiveOrder(date: "1998-01-02", issue: "b", position: 0, id: "x"), ArchiveOrder(date: nil, issue: "z", position: 5, id: "a"),
                      ArchiveOrder(date: "1998-01-02", issue: "a", position: 1, id: "\u{E9}"), ArchiveOrder(date: "1998-01-02", issue: "a", position: 1, id: "y"),
                      ArchiveOrder(date: "1998-01-02", issue: "a", position: 1, id: "e\u{301}"), ArchiveOrder(date: "1998-01-01", issue: "c", position: 9, id: "q")]
        let queue = try DatabaseQueue()
        let fromSQLite = try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER, date TEXT, issue TEXT, position INTEGER, id TEXT)")
            for (n, o) in orders.enumerated() {
                try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", arguments: [n, o.date, o.issue, o.position, o.id])
            }
            return try Int.fetchAll(db, sql: "SELECT n FROM t ORDER BY date, issue, position, id")
        }
        #expect(orders.indices.sorted { orders[$0] < orders[$1] } == fromSQLite)
    }

    @Test func entriesSurviveTheArchiveBitForBit() {
        let entry = TrendIndex.Entry(textHash: 0xFEDC_BA98_7654_3210, phrases: [0, 7, Int32.max], point: [-0.0, 1e-300, .pi])
        let phrases = LittleEndianBlob.values(LittleEndianBlob.data(entry.phrases.map { UInt32(bitPattern: $0) }), as: UInt32.self)
        let point = LittleEndianBlob.values(LittleEndianBlob.data(entry.point.map(\.bitPattern)), as: UInt64.self)
        #expect(phrases?.map { Int32(bitPattern: $0) } == entry.phrases)
        #expect(point?.map(Double.init(bitPattern:)).map(\.bitPattern) == entry.point.map(\.bitPattern))
        #expect(LittleEndianBlob.values(Data([1, 2, 3]), as: UInt32.self) == nil)
    }
}
