import Analytics
import Foundation
import Testing

/// The real text the tests read: the seed page in this repository and the corpora in
/// `../shared/data` beside it (never copied into the repository).
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedPagePath: String { repositoryRoot.appendingPathComponent("seeds/000_7ace637069ccde80.txt").path }

    static func seedPage() throws -> String {
        try String(contentsOfFile: seedPagePath, encoding: .utf8)
    }

    static func sharedDataPath(_ name: String) -> String {
        repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/\(name)").path
    }

    /// Articles of a shared corpus, the first `limit` of them when given.
    static func corpus(_ name: String, limit: Int? = nil) throws -> [Document] {
        let path = sharedDataPath(name)
        guard FileManager.default.fileExists(atPath: path) else {
            throw MissingData(path: path)
        }
        let documents = try CorpusReader().read([path]).documents
        return limit.map { Array(documents.prefix($0)) } ?? documents
    }

    /// Articles of a shared corpus, as the tool assembles them.
    static func articles(_ name: String, limit: Int? = nil) throws -> [Article] {
        Corpus.assemble(try corpus(name, limit: limit)).articles
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/AnalyticsTests/Fixtures/\(name)"))
    }

    struct MissingData: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) is missing: the tests read ../shared/data beside the repository" }
    }
}
