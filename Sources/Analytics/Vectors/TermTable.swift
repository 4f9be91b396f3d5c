/// An interning table from tokens to dense term ids `0..<count`, in first-seen order.
///
/// Han tokens (nearly all tokens of Chinese text) are found by their integer key in an
/// open-addressing table of `UInt64`s — one multiply and usually one comparison. Other
/// tokens are found by their ``StableHash`` and a byte comparison. Every term's bytes live
/// once in a byte arena, and no `String` is made until a term is read back.
struct TermTable: Sendable {
    // One word a slot: the Han key (below 2^34) in the high 35 bits, the id in the low 29;
    // 0 marks an empty slot. With a large vocabulary cache misses are the cost of counting,
    // so the table is kept as small as the keys allow.
    private var hanSlots: [UInt64]
    private var hanShift: UInt64
    private var hanCount = 0
    private static let idBits: UInt64 = 29
    private static let idMask: UInt64 = (1 << idBits) - 1

    private var wordSlots: [Int32]        // -1 marks an empty slot
    private var wordMask: Int
    private var wordIds: [Int32] = []

    private var hashes: [UInt64] = []      // per id; unused (0) for Han terms
    private var offsets: [Int] = [0]       // per id, into the arena
    private var arena: [UInt8] = []

    init(capacity: Int = 1 << 12) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        hanSlots = Array(repeating: 0, count: 1 << bits)
        hanShift = 64 - bits
        wordSlots = Array(repeating: -1, count: 1 << bits)
        wordMask = (1 << bits) - 1
    }

    var count: Int { offsets.count - 1 }

    /// The id of `token`, adding it when new.
    mutating func intern(_ token: Tokenizer.Token) -> Int32 {
        if token.hanKey != 0 {
            let (slot, found) = findHan(token.hanKey)
            if let found { return found }
            let id = append(token.bytes, hash: 0)
            precondition(UInt64(id) <= TermTable.idMask, "more than 2^29 distinct terms")
            hanSlots[slot] = token.hanKey << TermTable.idBits | UInt64(id)
            hanCount += 1
            if hanCount * 10 > hanSlots.count * 7 { growHan() }
            return id
        }
        let h = StableHash.hash(token.bytes)
        let (slot, found) = findWord(token.bytes, hash: h)
        if let found { return found }
        let id = append(token.bytes, hash: h)
        wordSlots[slot] = id
        wordIds.append(id)
        if wordIds.count * 2 > wordSlots.count { growWords() }
        return id
    }

    /// Interns every term of `other` in its id order, so terms new here get ids in the order
    /// `other` first saw them; returns the id here of each id of `other`.
    mutating func intern(contentsOf other: TermTable) -> [Int32] {
        var hanKeys = [UInt64](repeating: 0, count: other.count)
        for entry in other.hanSlots where entry != 0 { hanKeys[Int(entry & TermTable.idMask)] = entry >> TermTable.idBits }
        return other.arena.withUnsafeBufferPointer { arena in
            (0..<other.count).map { id in
                let bytes = UnsafeBufferPointer(rebasing: arena[other.offsets[id]..<other.offsets[id + 1]])
                return intern(Tokenizer.Token(bytes: bytes, hanKey: hanKeys[id]))
            }
        }
    }

    /// The id of `token`, or nil when it was never interned.
    func lookup(_ token: Tokenizer.Token) -> Int32? {
        token.hanKey != 0 ? findHan(token.hanKey).id : findWord(token.bytes, hash: StableHash.hash(token.bytes)).id
    }

    /// The slot holding `key`, with its id, or the empty slot where it would go.
    @inline(__always)
    private func findHan(_ key: UInt64) -> (slot: Int, id: Int32?) {
        var slot = hanSlot(key)
        let mask = hanSlots.count - 1
        while true {
            let entry = hanSlots[slot]
            if entry >> TermTable.idBits == key { return (slot, Int32(truncatingIfNeeded: entry & TermTable.idMask)) }
            if entry == 0 { return (slot, nil) }
            slot = (slot + 1) & mask
        }
    }

    /// The slot holding `bytes`, with its id, or the empty slot where it would go.
    @inline(__always)
    private func findWord(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, id: Int32?) {
        var slot = Int(truncatingIfNeeded: h) & wordMask
        while true {
            let id = wordSlots[slot]
            if id < 0 { return (slot, nil) }
            if hashes[Int(id)] == h && matches(Int(id), bytes) { return (slot, id) }
            slot = (slot + 1) & wordMask
        }
    }

    func term(_ id: Int) -> String {
        String(decoding: arena[offsets[id]..<offsets[id + 1]], as: UTF8.self)
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let id = Int32(count)
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        return id
    }

    private func matches(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], end = offsets[id + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            var i = 0
            while i < bytes.count {
                if stored[start + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Fibonacci hashing: the top bits of the key times 2^64/φ.
    @inline(__always) private func hanSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> hanShift)
    }

    private mutating func growHan() {
        let old = hanSlots
        hanSlots = Array(repeating: 0, count: old.count * 2)
        hanShift -= 1
        let mask = hanSlots.count - 1
        for entry in old where entry != 0 {
            var slot = hanSlot(entry >> TermTable.idBits)
            while hanSlots[slot] != 0 { slot = (slot + 1) & mask }
            hanSlots[slot] = entry
        }
    }

    private mutating func growWords() {
        let size = wordSlots.count * 2
        wordSlots = Array(repeating: -1, count: size)
        wordMask = size - 1
        for id in wordIds {
            var slot = Int(truncatingIfNeeded: hashes[Int(id)]) & wordMask
            while wordSlots[slot] >= 0 { slot = (slot + 1) & wordMask }
            wordSlots[slot] = id
        }
    }
}
