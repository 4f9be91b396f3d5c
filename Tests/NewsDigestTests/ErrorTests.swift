import Foundation
import TestSupport
import Testing

/// Bad input and bad requests: one clear line on stderr and a sysexits code, never a crash.
@Suite struct ErrorTests {
    func write(_ bytes: [UInt8], name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func badInputGetsAClearErrorAndDataExitCode() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(name: String, bytes: [UInt8], message: String)] = [
            ("invalid.jsonl", Array("{\"body\":\"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8), "invalid UTF-8 at byte 9"),
            ("array.jsonl", Array("[1,2,3]\n".utf8), ":1: the line is an array"),
            ("number.jsonl", Array("{\"id\":\"x\",\"body\":12}\n".utf8), "field \"body\" is a number"),
            ("nobody.jsonl", Array("{\"id\":\"x\",\"title\":\"标题\"}\n".utf8), "the record has no \"body\""),
            ("empty.jsonl", [], "the file is empty"),
            ("nul.txt", Array("现代".utf8) + [0, 0], "NUL byte at byte 6"),
            ("broken.jsonl", Array("{\"id\":\"x\",\"body\":\"好\"\n".utf8), ":1: not valid JSON"),
            ("odd.txt", [0xFF, 0xFE, 0x41], "UTF-16 text with an odd number of bytes"),
            ("truncated.jsonl.gz", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x2B, 0x49], "gzip stream ends early"),
            ("garbage.gz", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], "corrupt gzip data"),
        ]
        for c in cases {
            let path = try write(c.bytes, name: c.name, in: folder)
            let result = try CLI.run(["keywords", path])
            #expect(result.status == 65, "\(c.name): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("newsdigest: error: \(path)"), "\(c.name): \(result.stderr)")
            #expect(result.stderr.contains(c.message), "\(c.name): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(c.name)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func missingInputIsNoInput() throws {
        let result = try CLI.run(["keywords", "/no/such/file.jsonl"])
        #expect(result.status == 66)
        #expect(result.stderr == "newsdigest: error: /no/such/file.jsonl: no such file or directory\n")
    }

    /// #14: an empty stage is not an error. One short record repeats no phrase; it used to
    /// fail (65) with advice about --min-df, an option nobody gave.
    @Test func tooLittleTextForAnyKeyphraseIsAnEmptyChart() throws {
        let result = try CLI.run(["keywords", "-", "--format", "json"], stdin: Data(#"{"id":"a","body":"项目建设稳步推进。"}"#.utf8 + [0x0A]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no keyphrase recurs in these 1 article(s)"))
        #expect(result.stdout.contains(#""keywords" : ["#) && !result.stdout.contains("term"))
        let bigrams = try CLI.run(["keywords", "-", "--terms", "bigrams"], stdin: Data(#"{"id":"a","body":"项目建设稳步推进。"}"#.utf8 + [0x0A]))
        #expect(bigrams.status == 0 && bigrams.stdout.contains("项目"))
    }

    @Test func emptyStandardInputIsAnError() throws {
        let result = try CLI.run(["keywords", "-"], stdin: Data())
        #expect(result.status == 65)
        #expect(result.stderr.contains("<stdin>: the file is empty"))
    }

    @Test func usageErrorsExitWith64() throws {
        for arguments in [["similar"], ["similar", "--like", "a", "--like-id", "b"], ["vectorize"],
                          ["vectorize", "--output", "/tmp/x", "--hash-bits", "40"],
                          ["keywords", "--top", "0"], ["keywords", "--min-df", "abc"], ["nonsense-command"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("Error") || result.stderr.contains("error"), "\(arguments)")
        }
        let unknownID = try CLI.run(["similar", "--like-id", "nope"])
        #expect(unknownID.status == 64 && unknownID.stderr.contains("--like-id nope: no document has that id"))
    }

    @Test func unwritableOutputIsCannotCreate() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try write(Array("x".utf8), name: "a-file", in: folder)
        let result = try CLI.run(["vectorize", "--output", file])
        #expect(result.status == 73)
        #expect(result.stderr.contains("exists and is not a folder"))
    }

    @Test func trendsNeedDates() throws {
        let result = try CLI.run(["trend"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("has a date") && result.stderr.contains("--issue YYYY-MM-DD"))
        let dated = try CLI.run(["trend", "--issue", "2022-08-29", "--format", "json"])
        #expect(dated.status == 0, "\(dated.stderr)")
    }

    @Test func impossibleOrForeignDigitDatesAreLeftOutNotACrash() throws {
        for date in ["2022-02-31", "2022-13-01", "１９９８-０１-０５", "yesterday", ""] {
            let record = "{\"id\":\"a\",\"date\":\"\(date)\",\"body\":\"项目建设稳步推进。\"}\n"
            let result = try CLI.run(["trend", "-"], stdin: Data(record.utf8))
            #expect(result.status == 65, "\(date): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("none of the 1 article(s) has a date"), "\(date): \(result.stderr)")
        }
    }

    @Test func standardStreamsThatFailAreErrorsNotCrashes() throws {
        func run(_ arguments: [String], stdin: FileHandle?, stdout: FileHandle) throws -> (status: Int32, stderr: String) {
            let folder = try CLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let errURL = folder.appendingPathComponent("stderr")
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.currentDirectoryURL = CLI.repositoryRoot
            if let stdin { process.standardInput = stdin }
            process.standardOutput = stdout
            process.standardError = try FileHandle(forWritingTo: errURL)
            try process.run()
            process.waitUntilExit()
            return (process.terminationStatus, try String(contentsOf: errURL, encoding: .utf8))
        }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let noSpace = try run(["keywords"], stdin: nil, stdout: full)
        #expect(noSpace.status == 74 && noSpace.stderr.contains("standard output cannot be written"), "\(noSpace)")
        let folder = try #require(FileHandle(forReadingAtPath: NSTemporaryDirectory()))
        let folderAsInput = try run(["keywords", "-"], stdin: folder, stdout: FileHandle.nullDevice)
        #expect(folderAsInput.status == 66 && folderAsInput.stderr.contains("<stdin>: cannot be read"), "\(folderAsInput)")
    }

    @Test func terminalEscapesFromTheInputNeverReachTheTerminal() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("escapes.jsonl")
        try Data(#"{"id":"a\u001b]0;owned\u0007\u001b[31m","issue":"2022-08-29\u001b[2J","title":"标题","body":"项目建设稳步推进。"}"#.utf8).write(to: input)
        for command in ["articles", "digest", "summarize", "cluster"] {
            let result = try CLI.run([command, input.path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(command)")
        }
        let missing = try CLI.run(["keywords", folder.appendingPathComponent("x\u{1B}[2J.jsonl").path])
        #expect(missing.status == 66 && !missing.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func contradictoryLimitsAreDataErrorsWithAdvice() throws {
        let result = try CLI.run(["keywords", "--min-df", "5", "--max-df", "2"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("lower --min-df or raise --max-df"))
    }
}

@Suite struct SimilarAndDoctorTests {
    @Test func similarFindsTheRightArticle() throws {
        let path = TestData.fixturePath("seed-pieces.jsonl")
        let byID = try CLI.run(["similar", path, "--like-id", "000_7ace637069ccde80-5", "--top", "3", "--format", "json"])
        #expect(byID.status == 0, "\(byID.stderr)")
        struct Body: Decodable { struct M: Decodable { let id: String; let title: String?; let cosine: Double }; let similar: [M] }
        let matches = try JSONDecoder().decode(Body.self, from: Data(byID.stdout.utf8)).similar
        #expect(matches.count == 3 && !matches.contains { $0.id == "000_7ace637069ccde80-5" })
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.cosine >= $1.cosine })
        // A query made of a piece's own headline finds that piece first.
        let byText = try CLI.run(["similar", path, "--like", "区政府召开第11次常务会议", "--top", "1", "--format", "json"])
        #expect(try JSONDecoder().decode(Body.self, from: Data(byText.stdout.utf8)).similar.first?.id == "000_7ace637069ccde80-6")
    }

    @Test func doctorNamesTheKernelAndGivesAVerdict() throws {
        let result = try CLI.run(["doctor"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OpenBLAS core:") && result.stdout.contains("sgemm self-check:  ok"))
        #expect(result.stdout.contains("verdict:           fallback kernel; run with OPENBLAS_CORETYPE=")
            || result.stdout.contains("verdict:           the kernel matches the CPU"))
    }
}
