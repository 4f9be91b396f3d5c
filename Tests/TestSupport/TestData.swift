import Analytics
import Foundation
import Testing

/// The real text the tests read: the seed page and the small fixtures in this repository, and
/// the corpora in `../shared/data` beside it (never copied into the repository).
public enum TestData {
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var seedPagePath: String { repositoryRoot.appendingPathComponent("seeds/000_7ace637069ccde80.txt").path }

    public static func seedPage() throws -> String {
        try String(contentsOfFile: seedPagePath, encoding: .utf8)
    }

    /// A file of `Tests/Fixtures` (see its README for where each comes from).
    public static func fixturePath(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)").path
    }

    public static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: fixturePath(name)))
    }

    public static let sharedDataFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// True where `../shared/data` is beside the repository (CI, developers' machines); a bare
    /// clone has none, and the tests that need it are skipped there.
    public static var sharedDataIsAvailable: Bool {
        FileManager.default.fileExists(atPath: sharedDataFolder.appendingPathComponent("README.md").path)
    }

    public static func sharedDataPath(_ name: String) -> String {
        sharedDataFolder.appendingPathComponent(name).path
    }

    /// The documents of a shared corpus, the first `limit` of them when given. Each corpus is
    /// read once per test process: many tests take slices of the same one.
    public static func corpus(_ name: String, limit: Int? = nil) throws -> [Document] {
        let documents = try cache.documents(name) { try CorpusReader().read([sharedDataPath(name)]).documents }
        return limit.map { Array(documents.prefix($0)) } ?? documents
    }

    /// The articles of a shared corpus, as the tool assembles them.
    public static func articles(_ name: String, limit: Int? = nil) throws -> [Article] {
        Corpus.assemble(try corpus(name, limit: limit)).articles
    }

    private static let cache = CorpusCache()
}

/// Corpora already read, shared by the tests of one process (they run in parallel).
private final class CorpusCache: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [String: [Document]] = [:]

    func documents(_ name: String, reading: () throws -> [Document]) throws -> [Document] {
        lock.lock()
        defer { lock.unlock() }
        if let known = read[name] { return known }
        let documents = try reading()
        read[name] = documents
        return documents
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where `../shared/data` is beside the repository; a bare clone skips
    /// it and the test log says what was skipped.
    public static func needsSharedData(_ what: String) -> Self {
        .enabled(if: TestData.sharedDataIsAvailable, "needs ../shared/data beside the repository: \(what)")
    }
}

/// The sample page's eight pieces (`Tests/Fixtures/seed-pieces.jsonl`) as records spread over
/// four days, two a day: real text for the commands that count by date.
public enum DatedFixture {
    public static let days = ["2022-08-26", "2022-08-27", "2022-08-28", "2022-08-29"]

    /// The records, one JSON object a line.
    public static func jsonLines() throws -> String {
        let lines = try String(contentsOfFile: TestData.fixturePath("seed-pieces.jsonl"), encoding: .utf8).split(separator: "\n")
        try #require(lines.count == 8)
        return lines.enumerated().map { i, line in "{\"date\":\"\(days[i / 2])\"," + line.dropFirst() }.joined(separator: "\n") + "\n"
    }

    /// The records written to `dated.jsonl` in `folder`.
    public static func write(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("dated.jsonl")
        try Data(try jsonLines().utf8).write(to: url)
        return url
    }

    /// The records read as the tool reads them.
    public static func corpus() throws -> Corpus {
        var result = ReadResult()
        try CorpusReader(format: .jsonl).read(bytes: Array(try jsonLines().utf8), name: "dated.jsonl", into: &result)
        return Corpus.assemble(result.documents)
    }
}
