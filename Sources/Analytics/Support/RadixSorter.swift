/// Stable least-significant-digit radix sort of non-negative integers by a key held in their
/// bits, a byte at a time, keeping its scratch space from one sort to the next (rows are
/// sorted by the million).
///
/// For the few hundred entries of a document's row this is about four times faster than
/// `sort()` (measured on rows of 444 random columns below 2^20: 7.7 ns an entry against 30),
/// because it neither compares nor branches on the data.
struct RadixSorter<Word: FixedWidthInteger & Sendable>: Sendable {
    private var scratch: [Word] = []

    /// Sorts `words` (none negative) by `word >> keyShift`, every key below `2^keyBits`;
    /// words with equal keys keep their order.
    mutating func sort(_ words: inout [Word], keyShift: Int = 0, keyBits: Int) {
        precondition(keyBits >= 0 && keyShift + keyBits <= Word.bitWidth)
        guard words.count > 1 else { return }
        if scratch.count < words.count { scratch = Array(repeating: 0, count: words.count * 2) }
        scratch.withUnsafeMutableBufferPointer { scratch in
            words.withUnsafeMutableBufferPointer { words in
                var source = words.baseAddress!, target = scratch.baseAddress!
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { starts in
                    for pass in 0..<((keyBits + 7) / 8) {
                        let shift = keyShift + 8 * pass
                        starts.initialize(repeating: 0)
                        for i in 0..<words.count { starts[Int(truncatingIfNeeded: source[i] >> shift) & 255] += 1 }
                        var sum = 0
                        for digit in 0..<256 {
                            let count = starts[digit]
                            starts[digit] = sum
                            sum += count
                        }
                        for i in 0..<words.count {
                            let word = source[i], digit = Int(truncatingIfNeeded: word >> shift) & 255
                            target[starts[digit]] = word
                            starts[digit] += 1
                        }
                        swap(&source, &target)
                    }
                }
                if source != words.baseAddress! { words.baseAddress!.update(from: source, count: words.count) }
            }
        }
    }

    /// The bits a key below `limit` needs.
    static func keyBits(below limit: Int) -> Int {
        Int.bitWidth - Swift.max(limit - 1, 0).leadingZeroBitCount
    }
}
