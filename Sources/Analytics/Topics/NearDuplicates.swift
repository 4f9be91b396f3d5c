/// Groups of near-duplicate articles: reprints of one wire story, one notice on two pages.
///
/// Candidate pairs are those whose LSA vectors have cosine ≥ ``candidateThreshold`` (found
/// blockwise through `sgemm`: a block of rows times the rows from the block's first on, half
/// the square, in blocks of at most 64 million scores); a pair is confirmed when its
/// TF-IDF vectors have cosine ≥ ``threshold`` **and** the texts share the same wording: the
/// Jaccard similarity of their sets of five-character shingles (white space ignored) is at
/// least ``shingleThreshold``. The second test is what tells a reprint from a template: two
/// notices `X当选Y省政协主席` share their vocabulary (TF-IDF cosine over 0.8) but not their
/// names, places and lists, so their shingles overlap by 0.11–0.29 on People's Daily, against
/// 1.0 for a reprint. Groups are the connected components of the confirmed pairs, each listed
/// in row order, groups by their first row. Symmetric and deterministic.
public struct NearDuplicates: Sendable, Equatable {
    public var threshold: Float
    public var candidateThreshold: Float
    public var shingleThreshold: Double

    public init(threshold: Float = 0.8, candidateThreshold: Float = 0.9, shingleThreshold: Double = 0.5) {
        self.threshold = threshold
        self.candidateThreshold = candidateThreshold
        self.shingleThreshold = shingleThreshold
    }

    /// Groups of two or more rows; `texts` are the rows' texts.
    public func groups(vectors: DenseMatrix, tfidf: SparseMatrix, texts: [String]) throws -> [[Int]] {
        let n = vectors.rows
        guard n > 1 else { return [] }
        let unit = try CosineSimilarity.normalizingRows(vectors)
        var sets = DisjointSets(count: n)
        // A template's articles pair with one another many times: shingle each text once.
        var shingleSets: [Int: Set<[Unicode.Scalar]>] = [:]
        func shinglesOf(_ row: Int) -> Set<[Unicode.Scalar]> {
            if let known = shingleSets[row] { return known }
            let made = NearDuplicates.shingles(texts[row])
            shingleSets[row] = made
            return made
        }
        let block = max(1, min(1024, (64 << 20) / n))
        var start = 0
        while start < n {
            let end = min(n, start + block)
            var scores = try DenseMatrix(rows: end - start, columns: n - start)
            try BLAS.gramBlock(unit, rows: start..<end, others: start..<n, into: &scores)
            for i in 0..<(end - start) {
                let a = start + i
                for b in (a + 1)..<max(a + 1, n) where scores[i, b - start] >= candidateThreshold {
                    if tfidf.cosine(a, b) >= threshold && NearDuplicates.jaccard(shinglesOf(a), shinglesOf(b)) >= shingleThreshold {
                        sets.union(a, b)
                    }
                }
            }
            start = end
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
        let scalars = Array(text.unicodeScalars.filter { CharacterClass($0.value) != .space })
        guard scalars.count >= 5 else { return scalars.isEmpty ? [] : [scalars] }
        return Set((0...(scalars.count - 5)).map { Array(scalars[$0..<($0 + 5)]) })
    }
}
