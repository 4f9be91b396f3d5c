import Analytics
@testable import Archive
import Foundation
import TestSupport
import Testing

@Suite struct ArchiveTests {
    static func temporaryArchive() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("newsdigest-\(UUID().uuidString).sqlite").path
    }

    @Test func ingestStoresWholeIssuesAndReadsThemBack() throws {
        let path = Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let corpus = try DatedFixture.corpus()
        let archive = try NewsArchive(path: path, access: .write)
        let report = try archive.ingest(corpus)
        let expected = Dictionary(grouping: corpus.articles, by: { $0.issue ?? "" }).mapValues(\.count)
        #expect(report.added == expected.keys.sorted() && report.unchanged.isEmpty)
        let issues = try archive.issues()
        #expect(issues.map(\.id) == expected.keys.sorted())
        #expect(issues.allSatisfy { $0.articles == expected[$0.id] && $0.date == $0.id })
        let back = try archive.articles(issue: "2022-08-27")
        let original = corpus.articles.filter { $0.issue == "2022-08-27" }
        #expect(back.map(\.id) == original.map(\.id))
        #expect(back.map(\.body) == original.map(\.body) && back.map(\.title) == original.map(\.title) && back.map(\.raw) == original.map(\.raw))
        // What the analyses read: the same articles, without the raw text.
        let lean = try archive.articles(issue: "2022-08-27", withRaw: false)
        #expect(original.allSatisfy { $0.raw != nil } && lean.allSatisfy { $0.raw == nil })
        #expect(lean == back.map { var article = $0; article.raw = nil; return article })
        #expect(try archive.articles(from: "2022-08-27", to: "2022-08-28").count == (expected["2022-08-27"] ?? 0) + (expected["2022-08-28"] ?? 0))
        #expect(try archive.integrityCheck() == "ok")
    }

    @Test func leadsSubtitlesAndEditorsNotesSurviveTheArchive() throws {
        let path = Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let article = Article(id: "a", issue: "2024-03-05", kind: .news, title: "社区图书室延长开放时间", subtitle: "每晚开放到九点",
                              lead: "本报讯（记者 赵明）", byline: "记者 赵明", editorsNote: "编者按：读书让生活更充实。",
                              paragraphs: ["从本周起，图书室每天晚上开放到九点。"])
        let archive = try NewsArchive(path: path, access: .write)
        _ = try archive.ingest(Corpus(articles: [article]))
        let back = try #require(try archive.articles(issue: "2024-03-05").first)
        #expect(back.subtitle == article.subtitle && back.lead == article.lead && back.editorsNote == article.editorsNote)
        #expect(back.byline == article.byline && back.body == article.body)
    }

    @Test func reingestingChangesNothingAndChangedContentNeedsReplace() throws {
        let path = Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let corpus = try DatedFixture.corpus()
        let archive = try NewsArchive(path: path, access: .write)
        _ = try archive.ingest(corpus)
        let again = try archive.ingest(corpus)
        #expect(again.added.isEmpty && again.replaced.isEmpty && again.unchanged.count == Set(corpus.articles.map { $0.issue ?? "" }).count)
        var changed = corpus
        let issue = try #require(changed.articles.first?.issue)
        let original = try #require(corpus.articles.first)
        changed.articles[0].paragraphs.append("更正：本文第二段有误。")
        #expect(throws: ArchiveError.changedIssue(issue: issue)) { try archive.ingest(changed) }
        // A refused run writes nothing: the stored issue is the original.
        #expect(try archive.articles(issue: issue).first?.body == original.body)
        let replaced = try archive.ingest(changed, replace: true)
        #expect(replaced.replaced == [issue])
        #expect(try archive.articles(issue: issue).first?.body.hasSuffix("更正：本文第二段有误。") == true)
    }

    @Test func articlesWithoutAnIssueAreRefused() throws {
        let path = Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let corpus = Corpus(articles: [Article(id: "x", paragraphs: ["正文。"])])
        #expect(throws: ArchiveError.noIssue(article: "x")) { try NewsArchive(path: path, access: .write).ingest(corpus) }
    }

    @Test func twoArticlesOfAnIssueWithOneIdAreRefusedBeforeAnythingIsWritten() throws {
        let path = Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try NewsArchive(path: path, access: .write)
        let one = Article(id: "a", issue: "2024-03-05", paragraphs: ["第一篇。"])
        var other = one
        other.paragraphs = ["第二篇。"]
        let elsewhere = Article(id: "a", issue: "2024-03-06", paragraphs: ["另一期的同名文章。"])
        #expect(throws: ArchiveError.duplicateArticle(reason: "issue 2024-03-05, id a")) {
            try archive.ingest(Corpus(articles: [one, elsewhere, other]))
        }
        #expect(try archive.issues().isEmpty)
        // One id in two issues is two articles, and so are ids Swift holds equal whose bytes
        // differ (é composed, and e with a combining accent), as they are to the archive's key.
        var composed = one, decomposed = one
        composed.id = "caf\u{E9}"
        decomposed.id = "cafe\u{301}"
        #expect(try archive.ingest(Corpus(articles: [one, elsewhere, composed, decomposed])).added == ["2024-03-05", "2024-03-06"])
        #expect(try archive.articles(issue: "2024-03-05").count == 3)
    }

    /// Every ingest creates the archive if it is missing, so the first ones race to create
    /// the schema; all of them land.
    @Test func ingestsAtOnceIntoANewArchiveAllLand() async throws {
        let path = Self.temporaryArchive()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let corpus = try DatedFixture.corpus()
        let issues = Set(corpus.articles.map { $0.issue ?? "" }).sorted()
        let parts = 4
        try #require(issues.count >= parts)
        let added = try await withThrowingTaskGroup(of: Int.self) { group in
            for part in 0..<parts {
                let mine = Set(issues.enumerated().filter { $0.offset % parts == part }.map(\.element))
                let articles = corpus.articles.filter { mine.contains($0.issue ?? "") }
                group.addTask { try NewsArchive(path: path, access: .write).ingest(Corpus(articles: articles)).added.count }
            }
            return try await group.reduce(0, +)
        }
        #expect(added == issues.count)
        #expect(try NewsArchive(path: path, access: .write).issues().map(\.id) == issues)
        #expect(try NewsArchive(path: path, access: .write).integrityCheck() == "ok")
    }
}
