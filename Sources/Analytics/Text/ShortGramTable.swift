/// What a ``WordDictionary`` says of n-grams of one to three Han characters — the lookups
/// that cutting a run into words makes at nearly every position — in a table a quarter the
/// size of the ``NGramMap`` of all its entries.
///
/// An n-gram of at most three characters is its ``NGram/high`` word alone, so a slot is that
/// word (8 bytes, 0 when empty) and the value sits in an array beside the keys, read only on a
/// hit: probing touches 8 bytes a slot instead of 24, and the keys of jieba's dictionary fit
/// in 8 MB. Open addressing, linear probing, Fibonacci hashing, at most half full; built once.
struct ShortGramTable: Sendable {
    private let keys: [UInt64]
    /// `ln f` of a listed word, NaN for a string that only begins listed words.
    private let values: [Float]
    private let shift: UInt64

    static let maxLength = 3

    /// The entries of `map` of at most ``maxLength`` characters.
    init(_ map: NGramMap<Float?>) {
        let entries = map.filter { $0.key.length <= ShortGramTable.maxLength }
        var size = 16
        while size < 2 * entries.count { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size), values = [Float](repeating: 0, count: size)
        let shift = UInt64(64 - size.trailingZeroBitCount), mask = size - 1
        for (key, value) in entries {
            var i = ShortGramTable.slot(key.high, shift: shift)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = key.high
            values[i] = value ?? .nan
        }
        (self.keys, self.values, self.shift) = (keys, values, shift)
    }

    /// Fibonacci hashing: the top bits of the key times 2^64/φ.
    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The entry of `gram` (at most ``maxLength`` characters): nil when the dictionary
    /// neither lists nor begins a word with it, `.some(nil)` when it only begins words.
    @inline(__always)
    subscript(gram: NGram) -> Float?? {
        let mask = keys.count - 1
        var i = ShortGramTable.slot(gram.high, shift: shift)
        while true {
            let key = keys[i]
            if key == gram.high {
                let value = values[i]
                return value.isNaN ? .some(nil) : .some(value)
            }
            if key == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
