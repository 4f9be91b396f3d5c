/// A hash map from ``NGram``s to values: open addressing, linear probing, a multiplicative
/// (Fibonacci) hash of the n-gram's two words, at most half full.
///
/// Keyphrase statistics look n-grams up tens of millions of times; `Dictionary` seeds and
/// runs SipHash for every one, and its table keeps keys and values apart. Here a key and its
/// value share a slot, and hashing is two multiplications. Entries are never removed.
/// Iteration goes in slot order, which depends only on the keys inserted and their order,
/// so it is the same on every run (unlike `Dictionary`'s, which is seeded per process).
struct NGramMap<Value>: Sequence {
    fileprivate struct Slot {
        /// 0 for an empty slot: every stored n-gram has a length, kept in `high`'s top bits.
        var high: UInt64
        var low: UInt64
        var value: Value?
    }

    fileprivate var slots: [Slot]
    /// `slots.count - 1`, and 64 minus its bit count: the table's size is a power of two.
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < 2 * minimumCapacity { size <<= 1 }
        slots = Array(repeating: Slot(high: 0, low: 0, value: nil), count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Fibonacci hashing: the top bits of a product depend on every bit of the key.
    @inline(__always)
    private static func start(_ key: NGram, shift: UInt64) -> Int {
        let h = (key.high ^ key.low &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> shift)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func position(of key: NGram) -> Int {
        var i = Self.start(key, shift: shift)
        while true {
            let slot = slots[i]
            if slot.high == 0 || (slot.high == key.high && slot.low == key.low) { return i }
            i = (i + 1) & mask
        }
    }

    subscript(key: NGram) -> Value? {
        get { slots[position(of: key)].value }
        set {
            guard let newValue else { preconditionFailure("NGramMap never removes an entry") }
            precondition(key.length > 0, "an n-gram key has a character")
            var i = position(of: key)
            if slots[i].high == 0 {
                if 2 * (count + 1) > slots.count {
                    grow()
                    i = position(of: key)
                }
                slots[i].high = key.high
                slots[i].low = key.low
                count += 1
            }
            slots[i].value = newValue
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(high: 0, low: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        shift -= 1
        for slot in old where slot.high != 0 {
            var i = Self.start(NGram(high: slot.high, low: slot.low), shift: shift)
            while slots[i].high != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    func makeIterator() -> AnyIterator<(key: NGram, value: Value)> {
        var i = 0
        return AnyIterator {
            while i < slots.count {
                defer { i += 1 }
                let slot = slots[i]
                if slot.high != 0, let value = slot.value { return (NGram(high: slot.high, low: slot.low), value) }
            }
            return nil
        }
    }
}

extension NGramMap where Value == Int {
    /// Adds `amount` to `key`'s count, from 0 when it has none.
    @inline(__always)
    mutating func add(_ key: NGram, _ amount: Int = 1) {
        let i = position(of: key)
        if slots[i].high == 0 {
            self[key] = amount
            return
        }
        slots[i].value! += amount
    }
}

extension NGramMap: Sendable where Value: Sendable {}
extension NGramMap.Slot: Sendable where Value: Sendable {}
