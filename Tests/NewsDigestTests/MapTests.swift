import Foundation
import TestSupport
import Testing

/// `newsdigest map …`: one JSON line an input record, in order, adding up to what the
/// whole-corpus commands compute; a bad record stops the command naming its line.
@Suite struct MapTests {
    static func records() throws -> Data { try TestData.fixture("seed-pieces.jsonl") }

    static func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    static func inputIDs() throws -> [String] {
        try lines(String(decoding: try records(), as: UTF8.self)).map { try #require($0["id"] as? String) }
    }

    /// `vocabulary.tsv` of `vectorize` with `options`: token (or 0-based column) → document frequency.
    static func vectorizeFrequencies(_ options: [String]) throws -> [String: Int] {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["vectorize", TestData.fixturePath("seed-pieces.jsonl"), "--output", out.path] + options)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOf: out.appendingPathComponent("vocabulary.tsv"), encoding: .utf8).split(separator: "\n").dropFirst()
        let hashed = options.contains("--hash-bits")
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            return (hashed ? String(Int(fields[0])! - 1) : String(fields[1]), Int(fields[2])!)
        })
    }

    @Test(arguments: [[], ["--hash-bits", "12"]])
    func countsAddUpToTheDocumentFrequenciesOfVectorize(options: [String]) throws {
        let result = try CLI.run(["map", "counts"] + options, stdin: try Self.records())
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Self.lines(result.stdout)
        #expect(try records.map { $0["id"] as? String } == Self.inputIDs())
        var frequencies: [String: Int] = [:]
        for record in records {
            let counts = try #require((record[options.isEmpty ? "terms" : "columns"] as? [String: Int]))
            #expect(counts.values.allSatisfy { $0 >= 1 })
            for key in counts.keys { frequencies[key, default: 0] += 1 }
        }
        #expect(!frequencies.isEmpty)
        #expect(frequencies == (try Self.vectorizeFrequencies(options)))
        let again = try CLI.run(["map", "counts"] + options, stdin: try Self.records())
        #expect(again.stdout == result.stdout)
    }

    @Test func summariesAreThoseOfSummarizeWithTheIssueAdded() throws {
        let mapped = try CLI.run(["map", "summarize", "--sentences", "1"], stdin: try Self.records())
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let whole = try CLI.run(["summarize", TestData.fixturePath("seed-pieces.jsonl"), "--sentences", "1", "--format", "json"])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])["summaries"] as? [[String: Any]]
        let records = try Self.lines(mapped.stdout)
        try #require(records.count == expected?.count)
        for (record, entry) in zip(records, expected ?? []) {
            #expect(record["issue"] == nil || record["issue"] is String)
            var withoutIssue = record
            withoutIssue["issue"] = nil
            let canonical = { (object: [String: Any]) in try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
            #expect(try canonical(withoutIssue) == canonical(entry), "\(record["id"] ?? "")")
        }
    }

    @Test func keyphraseCandidatesCountEveryOccurrence() throws {
        let result = try CLI.run(["map", "keyphrases"], stdin: try Self.records())
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Self.lines(result.stdout)
        #expect(try records.map { $0["id"] as? String } == Self.inputIDs())
        let total = records.reduce(0) { $0 + (($1["candidates"] as? [String: Int])?["现代社区"] ?? 0) }
        let bodies = try Self.lines(String(decoding: try Self.records(), as: UTF8.self))
            .map { (($0["title"] as? String) ?? "") + "\n" + (($0["body"] as? String) ?? "") }
        let literal = bodies.reduce(0) { $0 + $1.components(separatedBy: "现代社区").count - 1 }
        #expect(literal >= 2 && total == literal)
    }

    @Test func aBadRecordStopsTheCommandNamingItsLine() throws {
        let good = try Self.records()
        let malformed = good + Data("{\"id\":\"x\",\"body\":3}\n".utf8)
        let line = String(decoding: good, as: UTF8.self).split(separator: "\n").count + 1
        for command in ["counts", "summarize", "keyphrases"] {
            let result = try CLI.run(["map", command], stdin: malformed)
            #expect(result.status == 65)
            #expect(result.stderr.contains("<stdin>:\(line):") && !result.stderr.contains("--skip-bad-records"), "\(result.stderr)")
        }
        let repeated = try CLI.run(["map", "counts"], stdin: good + good.prefix { $0 != 0x0A } + Data("\n".utf8))
        #expect(repeated.status == 65 && repeated.stderr.contains("<stdin>:\(line): id"), "\(repeated.stderr)")
    }
}
