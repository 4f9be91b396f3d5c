import Analytics
import ArgumentParser
import Foundation
import Report

/// Reports computed elsewhere, shown as the commands show them.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a keyword chart saved as JSON as text, Markdown or HTML.",
        discussion: """
        Reads {"keywords": [{"term", "count", "documents", "weight"}]}: what `keywords \
        --format json` writes, and the keywords.json of the Spark job (spark/), ranked by count.

        Examples:
          newsdigest render out/keywords.json
          newsdigest render out/keywords.json --format markdown > keywords.md
          newsdigest keywords corpus.jsonl.gz --format json | newsdigest render - --rank-by keyness
        """)

    @Argument(help: ArgumentHelp("The JSON report, or '-' for standard input.", valueName: "report"))
    var report: String

    @Option(name: .customLong("rank-by"), help: ArgumentHelp(
        "What the chart was ranked by, for its bars and weight column: count, weight or keyness.", valueName: "count|weight|keyness"))
    var rankBy: KeywordRanking.Order = .count

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    /// A file that is not a saved keyword chart.
    struct NotAReport: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): not a keyword chart saved as JSON (\(reason)); give the output of `keywords --format json` or the Spark job's keywords.json" }
    }

    func run() throws {
        try Failure.guarding {
            let name = report == "-" ? "<stdin>" : report
            let bytes = try Render.read(report, name: name)
            struct Saved: Decodable { let keywords: [Keyword] }
            let saved: Saved
            do {
                saved = try JSONDecoder().decode(Saved.self, from: bytes)
            } catch let DecodingError.keyNotFound(key, context) {
                throw NotAReport(path: name, reason: "no \"\(key.stringValue)\" at \(Render.place(context))")
            } catch let DecodingError.typeMismatch(_, context) {
                throw NotAReport(path: name, reason: "\(context.debugDescription) at \(Render.place(context))")
            } catch {
                throw NotAReport(path: name, reason: "not JSON")
            }
            try Terminal.write(KeywordChart(keywords: saved.keywords, order: rankBy, barWidth: display.keywordBarWidth).render(output.format))
        }
    }

    /// A saved chart is small: more than this is not one (and `/dev/zero` cannot fill memory).
    static let sizeLimit = 64 << 20

    static func read(_ path: String, name: String) throws -> Data {
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw InputError.fileNotFound(path: path) }
            if isFolder.boolValue { throw InputError.unreadable(path: path, reason: "it is a folder, not a file") }
            guard let opened = FileHandle(forReadingAtPath: path) else { throw InputError.unreadable(path: path, reason: "permission denied") }
            handle = opened
        }
        let data: Data
        do { data = try handle.read(upToCount: sizeLimit + 1) ?? Data() } catch {
            throw InputError.unreadable(path: name, reason: error.localizedDescription)
        }
        if data.count > sizeLimit { throw NotAReport(path: name, reason: "larger than \(sizeLimit >> 20) MB") }
        return data
    }

    static func place(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "the top" : context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
