/// Turns a file's bytes into text.
///
/// Without an `encoding`: UTF-32 and UTF-16 with a byte-order mark; UTF-8 (a byte-order mark tolerated);
/// and text that is not valid UTF-8 but is valid GB18030 (which covers GBK and GB2312) — the
/// encodings Chinese newspapers' files come in. Anything else, and NUL bytes, are errors that
/// name the line and byte. With an `encoding` (any name iconv knows), exactly that.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], path: String, encoding: String? = nil) throws -> String {
        if let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            return try decodeLegacy(bytes, path: path, encoding: encoding)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            return try decodeLegacy(bytes, path: path, encoding: "UTF-32")
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, path: path, littleEndian: bytes[0] == 0xFF)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[start...]
        if let nul = body.firstIndex(of: 0) {
            throw InputError.nulByte(path: path, line: lineNumber(of: nul, in: bytes), byte: nul)
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidUTF8(bytes, from: start)
        if encoding == nil, let text = try? Iconv.decode(bytes, from: "GB18030"), looksChinese(text) {
            return text
        }
        throw InputError.invalidUTF8(path: path, line: lineNumber(of: bad, in: bytes), byte: bad)
    }

    /// Bytes of another encoding can decode as GB18030 by accident; real Chinese text has
    /// mostly Han characters and CJK punctuation among its non-ASCII characters, and no NUL.
    static func looksChinese(_ text: String) -> Bool {
        var nonASCII = 0, chinese = 0
        for scalar in text.unicodeScalars {
            if scalar.value == 0 { return false }
            guard scalar.value >= 0x80 else { continue }
            nonASCII += 1
            if CharacterClass.isHan(scalar.value) || CharacterClass.isCJKPunctuation(scalar.value) { chinese += 1 }
        }
        return nonASCII > 0 && chinese * 10 >= nonASCII * 8
    }

    private static func decodeLegacy(_ bytes: [UInt8], path: String, encoding: String) throws -> String {
        do {
            let text = try Iconv.decode(bytes, from: encoding)
            if let nul = text.unicodeScalars.firstIndex(where: { $0.value == 0 }) {
                let before = text.unicodeScalars[..<nul]
                let line = 1 + before.filter { $0 == "\n" }.count
                throw InputError.corruptText(path: path, line: line, byte: Array(String(before).utf8).count,
                                             reason: "NUL character; this looks like a binary file, not text (byte counted in UTF-8)")
            }
            return text
        } catch Iconv.Failure.unknownEncoding(let name) {
            throw InputError.unknownEncoding(path: path, encoding: name)
        } catch Iconv.Failure.invalid(let byte) {
            throw InputError.corruptText(path: path, line: keepsASCII(encoding) ? lineNumber(of: byte, in: bytes) : nil, byte: byte,
                                         reason: "not valid \(encoding)")
        }
    }

    /// Encodings known to keep ASCII's bytes as they are, one byte each — so a line feed is byte
    /// 0x0A and an ASCII line reads the same in them: UTF-8 and the Chinese multi-byte
    /// encodings. (An allow-list: UTF-16 under any alias, or a stateful encoding such as
    /// ISO-2022-CN, must not be cut at 0x0A bytes.)
    static func keepsASCII(_ encoding: String) -> Bool {
        ["UTF-8", "UTF8", "GB18030", "GBK", "GB2312", "CP936", "EUC-CN", "EUCCN", "BIG5", "BIG5-HKSCS", "CP950", "EUC-TW"]
            .contains(encoding.uppercased())
    }

    /// Whether `bytes` open with a UTF-16 or UTF-32 byte-order mark.
    static func hasWideByteOrderMark<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0, 0, 0xFE, 0xFF])
    }

    /// 1-based line of byte offset `offset`.
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            if bytes[i + 1] < low || bytes[i + 1] > high { return i }
            for k in 2..<length where bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return i }
            i += length
        }
        return bytes.count
    }

    private static func decodeUTF16(_ bytes: [UInt8], path: String, littleEndian: Bool) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        if bytes.count % 2 == 1 {
            throw InputError.corruptText(path: path, byte: bytes.count - 1, reason: "UTF-16 text with an odd number of bytes")
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var offset = 2
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw InputError.corruptText(path: path, byte: offset, reason: "NUL character in UTF-16 text") }
                text.append(scalar)
                offset += scalar.value > 0xFFFF ? 4 : 2
            case .emptyInput:
                return String(text)
            case .error:
                throw InputError.corruptText(path: path, byte: offset, reason: "unpaired UTF-16 surrogate")
            }
        }
    }
}
