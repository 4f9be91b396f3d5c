/// Reads JSON Lines records as their bytes arrive: only the line being read is held, never
/// the file, so memory follows the records kept, not the input's size.
///
/// Text is UTF-8 or an encoding that keeps ASCII's bytes (``TextDecoding/keepsASCII(_:)``, so
/// `\n` is byte 0x0A): the one given, or — for input whose opening lines are ASCII — GB18030
/// when the first line with non-ASCII bytes is not valid UTF-8 and reads as Chinese in GB18030
/// (``TextDecoding/looksChinese(_:)``). Once a line has shown UTF-8, a line that is not is an
/// error, as is a NUL byte; each names the line and the byte's offset in the input.
struct JSONLinesReader {
    enum Encoding: Equatable {
        /// No non-ASCII byte seen yet.
        case undecided
        case utf8
        /// An ASCII-compatible encoding iconv knows.
        case legacy(String)
    }

    let path: String
    let skipBadRecords: Bool
    private(set) var encoding: Encoding
    private var lines: LineSplitter
    /// Whether any line held more than white space.
    private(set) var sawContent = false

    /// `encoding` is the encoding asked for (nil: detect), one that keeps ASCII's bytes; a
    /// UTF-8 byte-order mark at the very start is passed over.
    init(path: String, encoding: String?, skipBadRecords: Bool, maxLineBytes: Int) {
        precondition(encoding.map(TextDecoding.keepsASCII) ?? true, "read line by line only in an encoding that keeps ASCII's bytes")
        self.path = path
        self.skipBadRecords = skipBadRecords
        switch encoding?.lowercased() {
        case nil: self.encoding = .undecided
        case "utf-8", "utf8": self.encoding = .utf8
        case let name?: self.encoding = .legacy(name)
        }
        lines = LineSplitter(limit: maxLineBytes, path: path)
    }

    mutating func feed(_ chunk: [UInt8], into result: inout ReadResult) throws {
        var lines = takeLines()
        defer { self.lines = lines }
        try lines.feed(chunk) { try record($0, line: $1, offset: $2, into: &result) }
    }

    mutating func finish(into result: inout ReadResult) throws {
        var lines = takeLines()
        defer { self.lines = lines }
        try lines.finish { try record($0, line: $1, offset: $2, into: &result) }
    }

    /// The splitter, left empty here while it calls back into this reader.
    private mutating func takeLines() -> LineSplitter {
        defer { lines = LineSplitter(limit: lines.limit, path: path) }
        return lines
    }

    private mutating func record(_ raw: ArraySlice<UInt8>, line: Int, offset: Int, into result: inout ReadResult) throws {
        var bytes = raw
        if offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) { throw InputError.nulByte(path: path, line: line, byte: offset + (nul - raw.startIndex)) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        let text = try decode(bytes, line: line, offset: offset + (bytes.startIndex - raw.startIndex))
        if text.unicodeScalars.allSatisfy({ CharacterClass($0.value) == .space }) { return }
        sawContent = true
        do {
            result.documents.append(try JSONRecord.document(from: text, path: path, line: line))
        } catch let error as InputError where skipBadRecords {
            result.skipped.append(error)
        }
    }

    private mutating func decode(_ bytes: ArraySlice<UInt8>, line: Int, offset: Int) throws -> String {
        if encoding != .utf8, bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        switch encoding {
        case .legacy(let name):
            do {
                return try Iconv.decode(Array(bytes), from: name)
            } catch Iconv.Failure.unknownEncoding(let name) {
                throw InputError.unknownEncoding(path: path, encoding: name)
            } catch Iconv.Failure.invalid(let byte) {
                throw InputError.corruptText(path: path, line: line, byte: offset + byte, reason: "not valid \(name)")
            }
        case .utf8, .undecided:
            if let text = String(validating: bytes, as: UTF8.self) {
                encoding = .utf8
                return text
            }
            if encoding == .undecided, let text = try? Iconv.decode(Array(bytes), from: "GB18030"), TextDecoding.looksChinese(text) {
                encoding = .legacy("GB18030")
                return text
            }
            throw InputError.invalidUTF8(path: path, line: line, byte: offset + TextDecoding.firstInvalidUTF8(Array(bytes), from: 0))
        }
    }
}
