/// Groups of near-duplicate articles: reprints of one wire story, one notice on two pages.
///
/// Candidate pairs share a band of their texts' MinHash signatures (``ShingleSketch``): a pair
/// whose five-character shingles overlap by half is a candidate with probability 0.9987, one
/// overlapping by a tenth with 0.05. Chance candidates grow with the square of the articles
/// (two of a million articles quoting one sentence), so a candidate is kept only when its
/// sketches agree on ``minimumAgreement`` of their bins, which a pair overlapping by half fails
/// with probability about 5·10⁻⁷: the work grows with the articles and their reprints, never
/// with all pairs. A candidate is confirmed when its TF-IDF vectors have cosine ≥
/// ``threshold`` **and** the texts share the same wording: the Jaccard similarity of their sets
/// of five-character shingles (white space ignored), counted exactly, is at least
/// ``shingleThreshold``. The second test is what tells a reprint from a template: two notices
/// `X当选Y省政协主席` share their vocabulary (TF-IDF cosine over 0.8) but not their names,
/// places and lists, so their shingles overlap by 0.11–0.29 on People's Daily, against 1.0 for
/// a reprint. Groups are the connected components of the confirmed pairs, each listed in row
/// order, groups by their first row. Symmetric and deterministic.
public struct NearDuplicates: Sendable, Equatable {
    public var threshold: Float
    public var shingleThreshold: Double

    public init(threshold: Float = 0.8, shingleThreshold: Double = 0.5) {
        self.threshold = threshold
        self.shingleThreshold = shingleThreshold
    }

    /// Groups of two or more rows; `texts` are the rows' texts.
    public func groups(tfidf: SparseMatrix, texts: [String]) -> [[Int]] {
        groups(texts: texts) { pairs, _ in pairs.map { tfidf.cosine($0.0, $0.1) } }
    }

    /// Groups of two or more texts, where `cosines` gives the TF-IDF cosine of each candidate
    /// pair (given with the sorted rows the pairs use), so rows are weighted only for the
    /// candidates.
    func groups(texts: [String], cosines: (_ pairs: [(Int, Int)], _ rows: [Int]) -> [Float]) -> [[Int]] {
        guard texts.count > 1 else { return [] }
        let sketches = Parallel.map(texts) { ShingleSketch($0) }
        // Sharing a band is common by chance in a large corpus (two articles quoting one
        // sentence); a pair is weighed only when its sketches also agree on enough bins.
        let candidates = ShingleSketch.candidatePairs(sketches).filter {
            sketches[$0.0].agreement(with: sketches[$0.1]) >= NearDuplicates.minimumAgreement
        }
        let similarity = cosines(candidates, Array(Set(candidates.flatMap { [$0.0, $0.1] })).sorted())
        var sets = DisjointSets(count: texts.count)
        // A reprint pairs with every other copy: shingle each text once.
        var shingleSets: [Int: Set<[Unicode.Scalar]>] = [:]
        func shinglesOf(_ row: Int) -> Set<[Unicode.Scalar]> {
            if let known = shingleSets[row] { return known }
            let made = NearDuplicates.shingles(texts[row])
            shingleSets[row] = made
            return made
        }
        for ((a, b), cosine) in zip(candidates, similarity) {
            if cosine >= threshold && NearDuplicates.jaccard(shinglesOf(a), shinglesOf(b)) >= shingleThreshold {
                sets.union(a, b)
            }
        }
        return sets.groups().filter { $0.count > 1 }
    }

    /// `|A ∩ B| / |A ∪ B|` of the two texts' five-character shingles, white space ignored
    /// (1 for two texts too short to have any).
    static func shingleJaccard(_ a: String, _ b: String) -> Double {
        jaccard(shingles(a), shingles(b))
    }

    static func jaccard(_ x: Set<[Unicode.Scalar]>, _ y: Set<[Unicode.Scalar]>) -> Double {
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    static func shingles(_ text: String) -> Set<[Unicode.Scalar]> {
        let scalars = shingleCharacters(text)
        guard scalars.count >= shingleWidth else { return scalars.isEmpty ? [] : [scalars] }
        return Set((0...(scalars.count - shingleWidth)).map { Array(scalars[$0..<($0 + shingleWidth)]) })
    }

    /// The share of sketch bins a candidate pair must agree on to be weighed. Each bin agrees
    /// with probability about the pair's Jaccard similarity, so a pair at the confirmation
    /// threshold of 0.5 agrees on fewer than 30% of 150 bins with probability about 5·10⁻⁷
    /// (binomial tail); pairs sharing one quoted sentence (Jaccard near 0.05) almost never reach it.
    static let minimumAgreement = 0.3

    /// Shingles are this many characters long.
    static let shingleWidth = 5

    /// The text's characters less white space: what shingles are cut from.
    static func shingleCharacters(_ text: String) -> [Unicode.Scalar] {
        var characters: [Unicode.Scalar] = []
        characters.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars where CharacterClass(scalar.value) != .space { characters.append(scalar) }
        return characters
    }
}
