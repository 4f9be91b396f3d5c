/// Splits normalised text into sentences.
///
/// A sentence ends at `。！？；…` or their ASCII forms `! ? ;`, at an ASCII `.` that is not
/// inside a number (`3.5`) and does not end a known abbreviation (`Mr.`, `U.S.`, `e.g.`), and
/// at every paragraph break (`\n`). A run of terminators (`……`, `?!`) ends one sentence, and
/// closing quotes and brackets right after it (`。”`, `！）`) stay with the sentence they close.
/// Sentences are trimmed; none is empty. Text with no terminator is one sentence per paragraph.
public struct SentenceSplitter: Sendable {
    /// Lower-cased words that take a full stop without ending a sentence.
    public var abbreviations: Set<String>

    public static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp",
        "no", "vol", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    public func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        let scalars = Array(text.unicodeScalars)
        // Sentences are cut from the text by index: copying a slice of its storage is far
        // cheaper than appending scalars one by one.
        let positions = Array(text.unicodeScalars.indices) + [text.endIndex]
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            let sentence = String(text.unicodeScalars[positions[start]..<positions[end]]).trimmingSpaces()
            if !sentence.isEmpty { sentences.append(sentence) }
            start = end
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\n" {
                emit(i)
                start = i + 1
                i += 1
                continue
            }
            if endsSentence(at: i, in: scalars) {
                var end = i + 1
                while end < scalars.count, SentenceSplitter.isTerminator(scalars[end]) || scalars[end] == "." { end += 1 }
                while end < scalars.count, SentenceSplitter.isClosing(scalars[end]) { end += 1 }
                emit(end)
                i = end
                continue
            }
            i += 1
        }
        emit(scalars.count)
        return sentences
    }

    private func endsSentence(at i: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[i]
        if SentenceSplitter.isTerminator(scalar) { return true }
        guard scalar == "." else { return false }
        let next = i + 1 < scalars.count ? scalars[i + 1] : nil
        if let next, CharacterClass(next.value) == .digit || CharacterClass(next.value) == .letter { return false }
        // The word before the stop, lower-cased, with inner stops kept (`u.s`).
        var j = i
        while j > 0, CharacterClass(scalars[j - 1].value) == .letter || scalars[j - 1] == "." { j -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[j..<i])
        return !abbreviations.contains(String(word).lowercased())
    }

    /// Sentence-final marks other than the ASCII full stop, which needs context.
    public static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, 0x21, 0x3F, 0x3B, 0xFF61: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that belong to the sentence before them.
    public static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x3011, 0x300B, 0x3009, 0x22, 0x27, 0xFF63, 0x5D, 0xFF3D:
            return true
        default: return false
        }
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { CharacterClass($0.value) != .space }),
              let last = scalars.lastIndex(where: { CharacterClass($0.value) != .space }) else { return "" }
        return String(scalars[first...last])
    }
}
