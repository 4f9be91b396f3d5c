/// Up to six Han characters packed into two words (17 bits a character, dense numbering),
/// with the length in the top bits: a cheap dictionary key.
struct NGram: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init<C: Collection>(_ characters: C) where C.Element == UInt32 {
        var high: UInt64 = UInt64(characters.count) << 60, low: UInt64 = 0
        for (i, c) in characters.enumerated() {
            let code = UInt64(CharacterClass.hanIndex(c))
            if i < 3 { high |= code << (17 * UInt64(i)) } else { low |= code << (17 * UInt64(i - 3)) }
        }
        self.high = high
        self.low = low
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// No characters.
    static let empty = NGram(high: 0, low: 0)

    /// This n-gram followed by the Han character `c`; the n-gram must be shorter than six.
    func appending(_ c: UInt32) -> NGram {
        let i = UInt64(length), code = UInt64(CharacterClass.hanIndex(c))
        let counted = (high & ~(0xF << 60)) | ((i + 1) << 60)
        return i < 3 ? NGram(high: counted | code << (17 * i), low: low) : NGram(high: counted, low: low | code << (17 * (i - 3)))
    }

    var length: Int { Int(high >> 60) }

    var characters: [UInt32] {
        (0..<length).map { i in
            let word = i < 3 ? high : low
            return CharacterClass.han(fromIndex: UInt32((word >> (17 * UInt64(i % 3))) & 0x1FFFF))
        }
    }

    var string: String { String(String.UnicodeScalarView(characters.compactMap(Unicode.Scalar.init))) }
}
