@testable import Analytics
import Foundation
import TestSupport
import Testing

/// Bad input of every kind gives a clear error that names the file and line or byte, or a
/// correct result; never a crash, never a lost record.
@Suite struct ReaderTests {
    func read(_ bytes: [UInt8], name: String = "input.jsonl", reader: CorpusReader = CorpusReader()) throws -> ReadResult {
        var result = ReadResult()
        try reader.read(bytes: bytes, name: name, into: &result)
        return result
    }

    func read(_ text: String, name: String = "input.jsonl", reader: CorpusReader = CorpusReader()) throws -> ReadResult {
        try read(Array(text.utf8), name: name, reader: reader)
    }

    func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nd-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("x")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-n", file.path]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: dir.appendingPathComponent("x.gz")))
    }

    @Test(.needsSharedData("the People's Daily month, read whole"))
    func readsTheSharedCorpusWholly() throws {
        let documents = try TestData.corpus("rmrb1998-01-01_20.jsonl.gz")
        try #require(documents.count == 2012)
        #expect(documents[0].id == "19980101-01-001" && documents[0].page == 1 && documents[0].issue == "1998-01-01")
        #expect(documents.allSatisfy { !$0.body.isEmpty })
        #expect(Set(documents.map(\.id)).count == 2012)
    }

    @Test func gzipIsRecognisedByContentAndConcatenatedMembersAreRead() throws {
        let a = try gzip(Array("{\"id\":\"a\",\"body\":\"甲\"}\n".utf8))
        let b = try gzip(Array("{\"id\":\"b\",\"body\":\"乙\"}\n".utf8))
        let result = try read(a + b, name: "no-extension")
        #expect(result.documents.map(\.id) == ["a", "b"])
    }

    @Test func truncatedGzipNamesTheFile() throws {
        let whole = try gzip(Array(String(repeating: "{\"body\":\"现代社区建设\"}\n", count: 200).utf8))
        #expect(throws: InputError.truncatedGzip(path: "cut.jsonl.gz", compressedBytes: whole.count / 2)) {
            try read(Array(whole.prefix(whole.count / 2)), name: "cut.jsonl.gz")
        }
    }

    @Test func corruptGzipIsAnError() throws {
        var bytes = try gzip(Array(String(repeating: "{\"body\":\"现代社区建设\"}\n", count: 50).utf8))
        for i in 12..<min(40, bytes.count) { bytes[i] ^= 0xA5 }
        #expect(throws: InputError.self) { try read(bytes, name: "bad.gz") }
    }

    @Test func invalidUTF8NamesLineAndByte() {
        let bytes = Array("{\"body\":\"好\"}\n{\"body\":\"".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)
        #expect(throws: InputError.invalidUTF8(path: "input.jsonl", line: 2, byte: 24)) { try read(bytes) }
    }

    @Test func nulBytesAreRejected() {
        let bytes = Array("第一行\n第二".utf8) + [0] + Array("行".utf8)
        #expect(throws: InputError.nulByte(path: "page.txt", line: 2, byte: 16)) { try read(bytes, name: "page.txt") }
    }

    @Test func malformedRecordsNameTheLineAndSaySo() throws {
        let cases: [(String, String)] = [
            ("[1, 2]", "the line is an array, not a JSON object with a \"body\""),
            ("{\"id\": \"x\", \"body\": 42}", "field \"body\" is a number, not a string"),
            ("{\"id\": \"x\"}", "the record has no \"body\""),
            ("{\"id\": \"x\", \"body\": null}", "the record has no \"body\""),
            ("{\"id\": \"x\", \"body\": \"  \"}", "field \"body\" is empty"),
            ("\"just a string\"", "the line is a string, not a JSON object with a \"body\""),
            ("{\"body\": \"好\", \"title\": [\"a\"]}", "field \"title\" is an array, not a string"),
            ("{\"body\": \"好\", \"page\": 1.5}", "field \"page\" is a number, not a whole number"),
            ("{\"body\": \"好\", \"page\": true}", "field \"page\" is a boolean, not a whole number"),
        ]
        for (line, reason) in cases {
            #expect(throws: InputError.malformedRecord(path: "input.jsonl", line: 2, reason: reason)) {
                try read("{\"id\":\"ok\",\"body\":\"好\"}\n" + line + "\n")
            }
        }
        do {
            _ = try read("{\"body\": \"好\"\n")
            Issue.record("truncated JSON was accepted")
        } catch let InputError.malformedRecord(_, line, reason) {
            #expect(line == 1 && reason.hasPrefix("not valid JSON"))
        }
    }

    @Test func skipBadRecordsKeepsTheGoodOnesAndCountsTheRest() throws {
        let text = "{\"id\":\"a\",\"body\":\"甲\"}\n[1]\n{\"id\":\"b\",\"body\":7}\n\n{\"id\":\"c\",\"body\":\"丙\"}\n"
        let result = try read(text, reader: CorpusReader(skipBadRecords: true))
        #expect(result.documents.map(\.id) == ["a", "c"])
        #expect(result.skipped.count == 2)
    }

    @Test func emptyAndBlankFilesAreErrors() {
        #expect(throws: InputError.emptyFile(path: "empty.txt")) { try read([UInt8](), name: "empty.txt") }
        #expect(throws: InputError.emptyFile(path: "blank.jsonl")) { try read(" \n\n\t\n", name: "blank.jsonl") }
    }

    @Test func bomsAndLineEndingsAreTolerated() throws {
        let utf8 = try read([0xEF, 0xBB, 0xBF] + Array("{\"id\":\"a\",\"body\":\"甲\"}\r\n{\"id\":\"b\",\"body\":\"乙\"}\r\n".utf8))
        #expect(utf8.documents.map(\.body) == ["甲", "乙"])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "现代社区。".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try read(utf16, name: "page.txt").documents.first?.body == "现代社区。")
        #expect(throws: InputError.corruptText(path: "odd.txt", byte: 4, reason: "UTF-16 text with an odd number of bytes")) {
            try read(Array(utf16.prefix(5)), name: "odd.txt")
        }
    }

    /// Inputs that never end or never break a line are refused instead of read (#14 items 5–6):
    /// a FIFO in a folder is passed over, a device is an error, and a gzip that inflates to
    /// one endless line stops at the line limit, naming the line.
    @Test func endlessInputsAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdigest-endless-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"id\":\"a\",\"body\":\"现代社区建设。\"}\n".utf8).write(to: folder.appendingPathComponent("a.jsonl"))
        #expect(mkfifo(folder.appendingPathComponent("b.jsonl").path, 0o600) == 0)
        let read = try CorpusReader().read([folder.path])
        #expect(read.documents.map(\.id) == ["a"])
        #expect(read.notFiles == [folder.appendingPathComponent("b.jsonl").path])
        #expect(throws: InputError.unreadable(path: "/dev/zero", reason: "it is a device or socket, not a file")) {
            var result = ReadResult()
            try CorpusReader().read(file: "/dev/zero", into: &result)
        }
        let zeros = try gzip([UInt8](repeating: 0x30, count: 3 << 20) + [0x0A])
        var reader = CorpusReader()
        reader.maxRecordBytes = 1 << 20
        var result = ReadResult()
        #expect(throws: InputError.recordTooLarge(path: "zeros.jsonl.gz", line: 1, limit: 1 << 20)) {
            try reader.read(bytes: zeros, name: "zeros.jsonl.gz", into: &result)
        }
    }

    /// A byte GB18030 cannot read is named with its line and offset (#14: it said "byte 0").
    @Test func badGB18030NamesItsLineAndByte() {
        let record = Array("{\"id\":\"a\",\"body\":\"".utf8) + [0xD6, 0xD0] + Array("\"}\n{\"id\":\"b\",\"body\":\"".utf8) + [0x81, 0x30] + Array("\"}\n".utf8)
        #expect(throws: InputError.corruptText(path: "gb.jsonl", line: 2, byte: 41, reason: "not valid gb18030")) {
            var result = ReadResult()
            try CorpusReader(encoding: "gb18030").read(bytes: record, name: "gb.jsonl", into: &result)
        }
    }

    @Test func numbersAsIdsAndIssuesBecomeText() throws {
        let doc = try #require(try read("{\"id\": 17, \"issue\": 20220829, \"page\": \"3\", \"body\": \"好\"}").documents.first)
        #expect(doc.id == "17" && doc.issue == "20220829" && doc.page == 3)
    }

    @Test func recordsAreStrictJSON() throws {
        // Tools disagree on which of two values for one key wins; a trailing comma is not JSON.
        #expect(throws: InputError.malformedRecord(path: "input.jsonl", line: 1, reason: "byte 11 of the line: key \"id\" appears twice in one object")) {
            try read("{\"id\":\"a\",\"id\":\"b\",\"body\":\"好\"}")
        }
        #expect(throws: InputError.malformedRecord(path: "input.jsonl", line: 2, reason: "byte 23 of the line: a comma before } (a trailing comma)")) {
            try read("{\"id\":\"a\",\"body\":\"好\"}\n{\"id\":\"b\",\"body\":\"好\",}")
        }
        #expect(throws: InputError.self) { try read("{\"body\":\"好\",\"tags\":[1,2,]}") }
        // Commas, braces and escaped quotes inside strings, and the same key in nested objects, are fine.
        let doc = try #require(try read("{\"id\":\"a\\\"x\",\"body\":\"项,}目]\",\"meta\":{\"id\":1,\"body\":[{\"id\":2}]}}").documents.first)
        #expect(doc.id == "a\"x" && doc.body == "项,}目]")
    }

    @Test func utf32WithAByteOrderMarkIsRead() throws {
        let bytes = [UInt8](Data("{\"id\":\"a\",\"body\":\"现代社区\"}\n".data(using: .utf32LittleEndian)!))
        #expect(try read([0xFF, 0xFE, 0, 0] + bytes).documents.first?.body == "现代社区")
    }

    @Test func longNumericIdsStayExactlyAsWritten() throws {
        let docs = try read("{\"id\": 12345678901234567890, \"body\": \"好\"}\n{\"id\": 12345678901234567891, \"body\": \"好\"}\n{\"id\": 2.5, \"body\": \"好\"}").documents
        #expect(docs.map(\.id) == ["12345678901234567890", "12345678901234567891", "2.5"])
    }

    @Test func duplicateIdsAreRefusedOrSkippedNamingBothLines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nd-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("in.jsonl").path
        try Data("{\"id\":\"a\",\"body\":\"现代社区\"}\n{\"id\":\"b\",\"body\":\"安全生产\"}\n{\"id\":\"a\",\"body\":\"民生实事\"}\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        #expect(throws: InputError.duplicateID(id: "a", source: "\(file):3", first: "\(file):1")) { try CorpusReader().read([file]) }
        let skipped = try CorpusReader(skipBadRecords: true).read([file])
        #expect(skipped.documents.map(\.body) == ["现代社区", "安全生产"] && skipped.skipped.count == 1)
        #expect(skipped.skipped.first?.problem == "\(file):3: id \"a\" was already given at \(file):1")
    }

    @Test func controlCharactersNeverReachTheTerminalThroughIdsOrIssues() throws {
        let doc = try #require(try read("{\"id\": \"a\\u001b[2Jb\", \"issue\": \"x\\u0007\", \"body\": \"好\"}").documents.first)
        #expect(doc.id == "a\u{FFFD}[2Jb" && doc.issue == "x\u{FFFD}")
    }

    /// A file is read record by record as its (inflated) bytes arrive, in 64 KiB chunks: line
    /// numbers and byte offsets run on across chunks, and one bad record among thousands is
    /// named by its line.
    @Test func recordsAreReadAcrossChunksAndBadOnesNamedByLine() throws {
        let lines = (1...3000).map { i in
            i == 2500 ? "{\"id\":\"r\(i)\",\"body\":" : "{\"id\":\"r\(i)\",\"body\":\"第\(i)条：现代社区建设工作推进会召开。\"}"
        }
        let text = lines.joined(separator: "\n") + "\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nd-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("many.jsonl.gz").path
        try Data(try gzip(Array(text.utf8))).write(to: URL(fileURLWithPath: file))
        #expect(text.utf8.count > 3 << 16)
        #expect(throws: InputError.self) { try CorpusReader().read([file]) }
        do { _ = try CorpusReader().read([file]) } catch let error as InputError {
            #expect(error.description.hasPrefix("\(file):2500:"), "\(error)")
        }
        let skipped = try CorpusReader(skipBadRecords: true).read([file])
        #expect(skipped.documents.count == 2999 && skipped.documents.last?.id == "r3000")
        #expect(skipped.skipped.count == 1 && skipped.skipped[0].description.hasPrefix("\(file):2500:"))
        // A byte that is not UTF-8 after UTF-8 lines: named by its line and its offset in the file.
        var bad = Array(text.replacingOccurrences(of: lines[2499], with: lines[2498].replacingOccurrences(of: "r2499", with: "r2500")).utf8)
        let offset = Array(lines[..<1999].joined(separator: "\n").utf8).count + 1 + 20
        bad[offset] = 0xFF
        #expect(offset > 2 << 16)
        let badFile = folder.appendingPathComponent("bad.jsonl").path
        try Data(bad).write(to: URL(fileURLWithPath: badFile))
        #expect(throws: InputError.invalidUTF8(path: badFile, line: 2000, byte: offset)) { try CorpusReader().read([badFile]) }
    }

    /// GB18030 is told from the first line that is not ASCII, and read line by line after it.
    @Test func gb18030RecordsAfterAsciiOnesAreDecoded() throws {
        // 现代社区建设。 in GB18030 (Python's "现代社区建设。".encode("gb18030")).
        let words: [UInt8] = [0xCF, 0xD6, 0xB4, 0xFA, 0xC9, 0xE7, 0xC7, 0xF8, 0xBD, 0xA8, 0xC9, 0xE8, 0xA1, 0xA3]
        let gb = Array("{\"id\":\"b\",\"body\":\"".utf8) + words + Array("\"}\n".utf8)
        let result = try read(Array("{\"id\":\"a\",\"body\":\"ok\"}\n".utf8) + gb)
        #expect(result.documents.map(\.body) == ["ok", "现代社区建设。"])
    }

    /// A read a signal interrupts goes on (Foundation's FileHandle trapped there, which the
    /// fuzzer's timer found through pdftotext's error output).
    @Test func readsInterruptedBySignalsGoOn() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0    // no SA_RESTART: the signal interrupts the read
        try #require(sigaction(SIGUSR1, &action, nil) == 0)
        let reader = pthread_self(), writeEnd = ends[1]
        let writer = Thread {
            for _ in 0..<20 { pthread_kill(reader, SIGUSR1); usleep(2_000) }
            _ = write(writeEnd, "done", 4)
            close(writeEnd)
        }
        writer.start()
        var bytes: [UInt8] = []
        while let chunk = try ByteStream.chunk(of: ends[0], path: "pipe") { bytes += chunk }
        #expect(bytes == Array("done".utf8))
    }

    /// A record is as long as the limit allows, whatever the chunks it arrives in.
    @Test func aFiftyMegabyteLineIsOneRecordUnderASixtyFourMegabyteLimit() throws {
        let body = String(repeating: "现代社区建设工作推进会召开。", count: 1_250_000)
        let line = "{\"id\":\"big\",\"body\":\"" + body + "\"}\n"
        var reader = CorpusReader()
        reader.maxRecordBytes = 64 << 20
        let result = try read(line, reader: reader)
        #expect(result.documents.count == 1 && result.documents.first?.body.utf8.count == body.utf8.count)
        #expect(body.utf8.count > 50_000_000)
        #expect(throws: InputError.recordTooLarge(path: "input.jsonl", line: 1, limit: 32 << 20)) { try read(line) }
    }

    @Test func missingFilesAndEmptyFoldersAreNoInput() throws {
        #expect(throws: InputError.fileNotFound(path: "/nonexistent/x.jsonl")) { try CorpusReader().read(["/nonexistent/x.jsonl"]) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nd-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: InputError.emptyDirectory(path: dir)) { try CorpusReader().read([dir]) }
        #expect(InputError.emptyDirectory(path: dir).category == .noInput)
    }

    @Test func formatIsGuessedFromNameThenContent() throws {
        #expect(try read("{\"body\":\"好\"}", name: "x.txt").documents.first?.body == "{\"body\":\"好\"}")
        #expect(try read("{\"body\":\"好\"}", name: "<stdin>").documents.first?.body == "好")
        #expect(try read("现代社区", name: "<stdin>").documents.first?.layout == .article)
        #expect(try read(TestData.seedPage(), name: "<stdin>").documents.first?.layout == .page)
        #expect(try read("{\"body\":\"好\"}", name: "x.txt", reader: CorpusReader(format: .jsonl)).documents.first?.body == "好")
    }

    /// The sample page's text as a column 38 characters wide gives, broken off mid-sentence
    /// (a page's tabloid or photo columns run that wide): most lines over 30 characters,
    /// still a page. Set side by side as `pdftotext -layout` writes them, it is a page too, and
    /// is refused with advice rather than read as one article.
    @Test func aPageInWideColumnsIsStillAPage() throws {
        let column = Self.column(try TestData.seedPage(), width: 38)
        #expect(try read(column.joined(separator: "\n"), name: "page.txt").documents.first?.layout == .page)
        let sideBySide = stride(from: 0, to: column.count - 1, by: 2).map { column[$0] + "      " + column[$0 + 1] }
        #expect(throws: InputError.sideBySideColumns(path: "page.txt", line: 1)) {
            try read(sideBySide.joined(separator: "\n"), name: "page.txt")
        }
    }

    /// Real articles, a paragraph a line (People's Daily and Sohu records whose median line is
    /// over 30 characters), are articles; the same text broken into a 38-wide column is a page.
    @Test(.needsSharedData("rmrb1998 and sohu9 records"))
    func articlesStayArticlesAndTheirColumnsArePages() throws {
        let records = try TestData.corpus("rmrb1998-01-01_20.jsonl.gz") + TestData.corpus("sohu9-dev.jsonl.gz", limit: 3000)
        let paragraphed = records.map(\.body).filter { body in
            let lengths = body.split(whereSeparator: \.isNewline).map(\.unicodeScalars.count).sorted()
            return lengths.count >= 8 && lengths[lengths.count / 2] > 30
        }
        #expect(paragraphed.count > 1000)
        #expect(paragraphed.filter { Layout.guess($0) == .page }.isEmpty)
        let columns = paragraphed.map { Self.column($0, width: 38) }.filter { $0.count >= 8 }
        #expect(columns.filter { Layout.guess($0.joined(separator: "\n")) == .article }.isEmpty)
    }

    /// `text`'s lines run together and broken every `width` characters, as a column is.
    static func column(_ text: String, width: Int) -> [String] {
        let characters = Array(text.split(whereSeparator: \.isNewline).joined())
        return stride(from: 0, to: characters.count, by: width).map { String(characters[$0..<min($0 + width, characters.count)]) }
    }
}

/// Reading batch by batch (#15: no stage holds the whole corpus's text) gives what reading
/// everything at once gives: the same documents in the same order, the same skipped records,
/// and, assembled batch after batch, the same articles with the same places on their pages.
@Suite struct BatchReadingTests {
    @Test func batchesJoinToTheWholeRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nd-batches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The seed page's pieces as records (Tests/Fixtures/README.md), all dated and on page 1,
        // so their places run across batch boundaries; then the seed page itself, and a file
        // repeating the first record's id.
        let pieces = try TestData.fixture("seed-pieces.jsonl")
        let dated = String(decoding: pieces, as: UTF8.self).split(separator: "\n")
            .map { $0.replacingOccurrences(of: "{\"id\"", with: "{\"issue\": \"2022-08-29\", \"page\": 1, \"id\"") }
            .joined(separator: "\n")
        try Data(dated.utf8).write(to: folder.appendingPathComponent("a.jsonl"))
        try Data(try TestData.seedPage().utf8).write(to: folder.appendingPathComponent("b-2022-08-29.txt"))
        try Data((dated.split(separator: "\n").first! + "\n").utf8).write(to: folder.appendingPathComponent("c.jsonl"))

        let reader = CorpusReader(skipBadRecords: true)
        let whole = try reader.read([folder.path])
        #expect(whole.documents.count == 9 && whole.skipped.count == 1)
        for size in [1, 3, 8] {
            var documents: [Document] = [], skipped: [InputError] = [], sizes: [Int] = []
            var assembler = CorpusAssembler()
            var articles: [Article] = []
            try reader.forEachBatch([folder.path], batchSize: size) { batch in
                documents += batch.documents
                skipped += batch.skipped
                sizes.append(batch.documents.count)
                articles += assembler.assemble(batch.documents).articles
            }
            #expect(documents.map(\.id) == whole.documents.map(\.id) && documents.map(\.body) == whole.documents.map(\.body))
            #expect(skipped == whole.skipped)
            #expect(sizes.dropLast().allSatisfy { $0 <= size } && sizes.count > 9 / size)
            let assembled = Corpus.assemble(whole.documents).articles
            #expect(articles.map(\.id) == assembled.map(\.id))
            #expect(articles.map(\.position) == assembled.map(\.position))
            #expect(articles.map(\.issue) == assembled.map(\.issue))
        }
        #expect(Corpus.assemble(whole.documents).articles.prefix(8).map(\.position) == Array(0..<8))
        let first = folder.appendingPathComponent("a.jsonl").path, again = folder.appendingPathComponent("c.jsonl").path
        #expect(throws: InputError.duplicateID(id: "000_7ace637069ccde80-1", source: "\(again):1", first: "\(first):1")) {
            try CorpusReader().forEachBatch([folder.path], batchSize: 2) { _ in }
        }
    }
}

/// Reading ahead on a thread of its own hands on what reading in turn would, in the same
/// order, with errors where they would come.
@Suite struct PipelineTests {
    /// The seed page's pieces as records, `copies` times over (ids made distinct), with a
    /// broken record after the first `brokenAfter`.
    private func records(copies: Int = 1, brokenAfter: Int? = nil) throws -> URL {
        let pieces = String(decoding: try TestData.fixture("seed-pieces.jsonl"), as: UTF8.self).split(separator: "\n")
        var lines = (0..<copies).flatMap { copy in
            pieces.map { copy == 0 ? String($0) : $0.replacingOccurrences(of: "{\"id\": \"", with: "{\"id\": \"\(copy)-") }
        }
        if let brokenAfter { lines.insert("{\"id\": \"broken\", \"body\": ", at: brokenAfter) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nd-read-ahead-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    @Test func batchesArriveAsReadInTurn() throws {
        let file = try records()
        defer { try? FileManager.default.removeItem(at: file) }
        let reader = CorpusReader()
        let whole = try reader.read([file.path])
        #expect(whole.documents.count == 8)
        for (size, depth) in [(1, 1), (3, 1), (1, 4)] {
            var ids: [[String]] = []
            try Pipeline.run(depth: depth, produce: { send in try reader.forEachBatch([file.path], batchSize: size, send) }) {
                ids.append($0.documents.map(\.id))
            }
            #expect(ids.joined().elementsEqual(whole.documents.map(\.id)))
            #expect(ids.count == (8 + size - 1) / size)
        }
    }

    @Test func aReadingErrorComesAfterTheBatchesBeforeIt() throws {
        // Records are handed on as each chunk of the file is read, so the file spans many chunks.
        let file = try records(copies: 400, brokenAfter: 3_000)
        defer { try? FileManager.default.removeItem(at: file) }
        var ahead: (ids: [String], error: InputError?) = ([], nil), inTurn = ahead
        do {
            try Pipeline.run(produce: { send in try CorpusReader().forEachBatch([file.path], batchSize: 7, send) }) {
                ahead.ids += $0.documents.map(\.id)
            }
        } catch let error as InputError { ahead.error = error }
        do {
            try CorpusReader().forEachBatch([file.path], batchSize: 7) { inTurn.ids += $0.documents.map(\.id) }
        } catch let error as InputError { inTurn.error = error }
        #expect(inTurn.ids.count > 1_000 && inTurn.ids.count <= 3_000)
        #expect(ahead.ids == inTurn.ids)
        #expect(inTurn.error != nil && ahead.error == inTurn.error)
        #expect(ahead.error?.description.contains(":3001") == true, "the error names the broken line")
    }

    @Test func aConsumerErrorStopsTheReader() throws {
        let file = try records()
        defer { try? FileManager.default.removeItem(at: file) }
        struct Enough: Error {}
        let sent = Counter()
        var received = 0
        #expect(throws: Enough.self) {
            try Pipeline.run(produce: { send in
                try CorpusReader().forEachBatch([file.path], batchSize: 1) { batch in
                    sent.increment()
                    try send(batch)
                }
            }) { _ in
                received += 1
                if received == 2 { throw Enough() }
            }
        }
        // At most one batch waits between the two, and one more may be on its way.
        #expect(received == 2 && sent.value <= 4)
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func increment() { lock.withLock { count += 1 } }
    }
}
