import Foundation
import TestSupport
import Testing

/// `newsdigest render`: a keyword chart saved as JSON (by `keywords` or the Spark job) shown
/// exactly as `keywords` shows it.
@Suite struct RenderTests {
    @Test(arguments: ["text", "markdown", "html"])
    func aSavedChartLooksAsKeywordsShowsIt(format: String) throws {
        let chart = ["keywords", TestData.fixturePath("seed-pieces.jsonl"), "--terms", "bigrams", "--rank-by", "count", "--top", "12"]
        let saved = try CLI.run(chart + ["--format", "json"])
        try #require(saved.status == 0, "\(saved.stderr)")
        let direct = try CLI.run(chart + ["--format", format])
        let rendered = try CLI.run(["render", "-", "--format", format], stdin: Data(saved.stdout.utf8))
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout == direct.stdout)
        #expect(rendered.stdout.contains("项目"))
    }

    @Test func somethingElseIsRefusedNamingTheFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("topics.json")
        try Data(#"{"keywords": [{"term": "项目", "count": "many"}]}"#.utf8).write(to: file)
        let result = try CLI.run(["render", file.path])
        #expect(result.status == 65 && result.stderr.contains(file.path) && result.stderr.contains("keywords.0.count"), "\(result.stderr)")
        let missing = try CLI.run(["render", folder.appendingPathComponent("none.json").path])
        #expect(missing.status == 66)
    }
}
