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

    @Test func aModelIsSavedOnlyWhenThereIsOneAndADamagedOneIsRefused() throws {
        let none = try CLI.run(["cluster", "--save-model", "/tmp/newsdigest-test-unused.model"])
        #expect(none.status == 64 && none.stderr.contains("no model to save"), "\(none.stderr)")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let damaged = folder.appendingPathComponent("topics.model")
        try Data("NDMODEL1 but nothing after".utf8).write(to: damaged)
        let result = try CLI.run(["map", "assign", "--model", damaged.path], stdin: try Self.records())
        #expect(result.status == 65 && result.stderr.contains(damaged.path) && result.stderr.contains("byte"), "\(result.stderr)")
    }

    /// What the Spark job does, by hand: the sample is the articles with the smallest `key`,
    /// and `map assign` under the saved model places the others as `cluster` did.
    @Test(.needsSharedData("300 articles of People's Daily"))
    func mapAssignPlacesTheArticlesBeyondTheSampleAsClusterDoes() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unzip = Process(), pipe = Pipe()
        unzip.executableURL = URL(fileURLWithPath: "/bin/zcat")
        unzip.arguments = [CLI.sharedData("rmrb1998-01-01_20.jsonl.gz")]
        unzip.standardOutput = pipe
        try unzip.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        let corpus = folder.appendingPathComponent("corpus.jsonl"), model = folder.appendingPathComponent("topics.model")
        let input = Data((text.split(separator: "\n").prefix(300).joined(separator: "\n") + "\n").utf8)
        try input.write(to: corpus)

        let clustered = try CLI.run(["cluster", corpus.path, "--k", "8", "--sample", "150", "--save-model", model.path, "--format", "json"])
        try #require(clustered.status == 0, "\(clustered.stderr)")
        let assignments = try #require(try JSONSerialization.jsonObject(with: Data(clustered.stdout.utf8)) as? [String: Any])["assignments"] as? [String: Int]
        let counts = try Self.lines(try CLI.run(["map", "counts"], stdin: input).stdout)
        let sample = Set(counts.enumerated().sorted { ($0.element["key"] as! String, $0.offset) < ($1.element["key"] as! String, $1.offset) }
            .prefix(150).map { $0.element["id"] as! String })
        let placed = try CLI.run(["map", "assign", "--model", model.path], stdin: input)
        #expect(placed.status == 0, "\(placed.stderr)")
        let topics = try Self.lines(placed.stdout)
        try #require(topics.count == 300)
        let beyond = topics.filter { !sample.contains($0["id"] as! String) }
        #expect(beyond.count == 150)
        #expect(beyond.allSatisfy { $0["topic"] as? Int == assignments?[$0["id"] as! String] })
    }
}
