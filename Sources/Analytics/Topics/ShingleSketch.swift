/// A MinHash signature of a text's shingles (``NearDuplicates/shingles(_:)``), for finding
/// texts that share their wording without comparing every pair.
///
/// One permutation hashing: each shingle is hashed once (``SplitMix64/mix(_:)``, the same on every
/// machine and run) and falls in one of ``length`` bins by its hash; a bin keeps the least hash
/// it received. Empty bins borrow from the next non-empty bin to their right, circularly, with
/// the distance mixed in (rotation densification, Shrivastava and Li 2014), so every bin is a
/// MinHash: for two texts with shingle sets of Jaccard similarity `s`, a bin agrees with
/// probability about `s`. A text with no shingles has no signature.
///
/// ``candidatePairs(_:rows:)`` bands the signatures: two texts are candidates when all `rows`
/// bins of any one of the `length / rows` bands agree, which happens with probability
/// `1 − (1 − sʳ)ᵇ` — for the defaults (50 bands of 3) 0.9987 at `s` = 0.5, 0.05 at 0.1 and
/// 0.00005 at 0.01. Deterministic.
struct ShingleSketch: Equatable {
    static let length = 150

    /// `length` values; empty for a text without shingles.
    let bins: [UInt64]

    init(_ text: String) {
        let scalars = NearDuplicates.shingleCharacters(text)
        guard !scalars.isEmpty else { bins = []; return }
        let width = NearDuplicates.shingleWidth
        let length = ShingleSketch.length
        var minimum = [UInt64](repeating: .max, count: length)
        var filled = [Bool](repeating: false, count: length)
        let count = max(1, scalars.count - width + 1)
        for start in 0..<count {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for scalar in scalars[start..<min(scalars.count, start + width)] {
                hash = SplitMix64.mix(hash ^ UInt64(scalar.value))
            }
            let bin = Int(hash % UInt64(length))
            if hash < minimum[bin] { minimum[bin] = hash }
            filled[bin] = true
        }
        var bins = minimum
        for bin in 0..<length where !filled[bin] {
            var distance = 1
            while !filled[(bin + distance) % length] { distance += 1 }
            bins[bin] = SplitMix64.mix(minimum[(bin + distance) % length] &+ UInt64(distance))
        }
        self.bins = bins
    }

    /// The share of bins on which the two sketches agree: an estimate of the texts' shingle
    /// Jaccard similarity (0 when either text has no shingles).
    func agreement(with other: ShingleSketch) -> Double {
        guard !bins.isEmpty, !other.bins.isEmpty else { return 0 }
        var same = 0
        for i in bins.indices where bins[i] == other.bins[i] { same += 1 }
        return Double(same) / Double(bins.count)
    }

    /// The pairs `(a, b)`, `a < b`, of sketches that agree on a whole band of `rows` bins, in
    /// increasing order.
    static func candidatePairs(_ sketches: [ShingleSketch], rows: Int = 3) -> [(Int, Int)] {
        var pairs: [UInt64] = []
        for band in 0..<(length / rows) {
            var keyed: [(key: UInt64, index: Int)] = []
            keyed.reserveCapacity(sketches.count)
            for (index, sketch) in sketches.enumerated() where !sketch.bins.isEmpty {
                var key = UInt64(band)
                for bin in (band * rows)..<((band + 1) * rows) { key = SplitMix64.mix(key ^ sketch.bins[bin]) }
                keyed.append((key, index))
            }
            keyed.sort { ($0.key, $0.index) < ($1.key, $1.index) }
            var start = 0
            while start < keyed.count {
                var end = start + 1
                while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
                for i in start..<end {
                    for j in (i + 1)..<max(i + 1, end) { pairs.append(UInt64(keyed[i].index) << 32 | UInt64(keyed[j].index)) }
                }
                start = end
            }
        }
        pairs.sort()
        var result: [(Int, Int)] = []
        var previous: UInt64?
        for pair in pairs where pair != previous {
            result.append((Int(pair >> 32), Int(pair & 0xFFFF_FFFF)))
            previous = pair
        }
        return result
    }
}
