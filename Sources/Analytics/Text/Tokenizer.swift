/// Cuts normalised text into the tokens every vector is counted over.
///
/// - Inside a run of Han characters, each pair of neighbours is a token (character bigrams:
///   `现代社区` → `现代 代社 社区`); a run of one character is that character. Runs end at
///   anything that is not Han — punctuation, spaces, Latin letters, digits — so no token
///   crosses them.
/// - A run of letters and digits from other scripts is one token, lower-cased (`PPT` → `ppt`,
///   `U18` → `u18`); a run of digits is one number token, with a decimal point between digits
///   kept (`8.27`). Combining marks inside the run belong to it: lower-casing may write one
///   (`İ` → `i̇`, i and U+0307), and a token read again must be that same one token.
/// - Everything else (punctuation, symbols, spaces) separates tokens and is never a token.
///
/// The scanner works on UTF-8 bytes and hands each token out as a byte slice (with an
/// integer key for Han tokens), so counting never builds a `String` per token.
public struct Tokenizer: Sendable {
    /// One token as the scanner hands it out; valid only during the callback.
    public struct Token {
        /// The token's UTF-8 bytes.
        public let bytes: UnsafeBufferPointer<UInt8>
        /// For a Han token, its characters packed into one integer below 2^34, unique per
        /// token: `(d(a)+1)<<17 | (d(b)+1)` for a bigram, `d(a)+1` for a single character,
        /// where `d` numbers the Han characters densely (``CharacterClass/hanIndex(_:)``);
        /// 0 for other tokens.
        public let hanKey: UInt64
    }

    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var text = text
        var scratch: [UInt8] = []
        text.withUTF8 { bytes in
            forEachToken(in: bytes, scratch: &scratch) { result.append(String(decoding: $0.bytes, as: UTF8.self)) }
        }
        return result
    }

    /// Calls `body` with each token of `bytes` (valid UTF-8), in order.
    /// `scratch` holds lower-cased words; pass the same buffer again to avoid reallocating.
    public func forEachToken(
        in bytes: UnsafeBufferPointer<UInt8>,
        scratch: inout [UInt8],
        _ body: (Token) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var position = 0
        var hanStart = -1          // byte offset of the previous scalar when it was Han
        var hanRunLength = 0
        var previousHan: UInt32 = 0
        var wordStart = -1         // byte offset where the current word or number began
        var wordHasLetter = false
        var wordIsASCII = true

        @inline(__always) func endHanRun(_ end: Int) {
            if hanRunLength == 1 {
                body(Token(bytes: UnsafeBufferPointer(start: base + hanStart, count: end - hanStart),
                           hanKey: UInt64(CharacterClass.hanIndex(previousHan) + 1)))
            }
            hanRunLength = 0
            hanStart = -1
        }
        @inline(__always) func endWord(_ end: Int) {
            let word = UnsafeBufferPointer(start: base + wordStart, count: end - wordStart)
            wordStart = -1
            guard wordHasLetter else { body(Token(bytes: word, hanKey: 0)); return }
            scratch.removeAll(keepingCapacity: true)
            if wordIsASCII {
                for byte in word { scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            } else {
                scratch.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
            }
            scratch.withUnsafeBufferPointer { body(Token(bytes: $0, hanKey: 0)) }
        }

        while position < count {
            let lead = base[position]
            var value: UInt32
            var length: Int
            if lead < 0x80 {
                value = UInt32(lead); length = 1
            } else if lead < 0xE0 {
                value = (UInt32(lead & 0x1F) << 6) | UInt32(base[position + 1] & 0x3F); length = 2
            } else if lead < 0xF0 {
                value = (UInt32(lead & 0x0F) << 12) | (UInt32(base[position + 1] & 0x3F) << 6)
                    | UInt32(base[position + 2] & 0x3F); length = 3
            } else {
                value = (UInt32(lead & 0x07) << 18) | (UInt32(base[position + 1] & 0x3F) << 12)
                    | (UInt32(base[position + 2] & 0x3F) << 6) | UInt32(base[position + 3] & 0x3F); length = 4
            }
            if CharacterClass.isHan(value) {
                if wordStart >= 0 { endWord(position) }
                if hanStart >= 0 {
                    body(Token(bytes: UnsafeBufferPointer(start: base + hanStart, count: position + length - hanStart),
                               hanKey: UInt64(CharacterClass.hanIndex(previousHan) + 1) << 17 | UInt64(CharacterClass.hanIndex(value) + 1)))
                }
                hanStart = position
                previousHan = value
                hanRunLength += 1
            } else {
                let cls = CharacterClass(value)
                if hanStart >= 0 { endHanRun(position) }
                switch cls {
                case .letter, .digit:
                    if wordStart < 0 {
                        wordStart = position; wordHasLetter = false; wordIsASCII = true
                    }
                    if cls == .letter {
                        wordHasLetter = true
                        if length > 1 { wordIsASCII = false }
                    }
                case _ where value == 0x2E && wordStart >= 0 && !wordHasLetter
                    && position + 1 < count && base[position + 1] >= 0x30 && base[position + 1] <= 0x39:
                    break // decimal point inside a number
                case _ where wordStart >= 0 && CharacterClass.isCombiningMark(value):
                    wordIsASCII = false
                default:
                    if wordStart >= 0 { endWord(position) }
                }
            }
            position += length
        }
        if hanStart >= 0 { endHanRun(count) }
        if wordStart >= 0 { endWord(count) }
    }
}
