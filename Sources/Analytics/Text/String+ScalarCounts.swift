extension String {
    /// The number of Unicode scalars (`unicodeScalars.count`), counted on the UTF-8 bytes:
    /// each byte that does not continue a scalar begins one. A corpus's size in characters is
    /// taken this way, so it costs a pass over bytes rather than decoding every scalar.
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0) { $0 &+ ($1 & 0xC0 == 0x80 ? 0 : 1) }
        } ?? unicodeScalars.count
    }

    /// The number of Han characters (``CharacterClass/isHan(_:)``).
    var hanCount: Int {
        var count = 0
        for scalar in unicodeScalars where CharacterClass.isHan(scalar.value) { count += 1 }
        return count
    }
}
