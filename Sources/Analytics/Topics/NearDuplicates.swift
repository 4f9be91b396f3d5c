/// Groups of near-duplicate articles: reprints of one wire story, one notice on two pages.
///
/// Candidate pairs are those whose LSA vectors have cosine ≥ ``candidateThreshold`` (found
/// blockwise: a block of rows times all rows through `sgemm`); a pair is confirmed when its
/// TF-IDF vectors have cosine ≥ ``threshold``. Groups are the connected components of the
/// confirmed pairs, each listed in row order, groups by their first row. Symmetric and
/// deterministic.
public struct NearDuplicates: Sendable, Equatable {
    public var threshold: Float
    public var candidateThreshold: Float

    public init(threshold: Float = 0.8, candidateThreshold: Float = 0.9) {
        self.threshold = threshold
        self.candidateThreshold = candidateThreshold
    }

    /// Groups of two or more rows.
    public func groups(vectors: DenseMatrix, tfidf: SparseMatrix) throws -> [[Int]] {
        let n = vectors.rows
        guard n > 1 else { return [] }
        let unit = try CosineSimilarity.normalizingRows(vectors)
        var sets = DisjointSets(count: n)
        let block = 1024
        var start = 0
        while start < n {
            let end = min(n, start + block)
            let rows = try DenseMatrix(rows: end - start, columns: unit.columns,
                                       storage: Array(unit.storage[(start * unit.columns)..<(end * unit.columns)]))
            var scores = try DenseMatrix(rows: end - start, columns: n)
            try BLAS.gemm(rows, unit, transposeB: true, into: &scores)
            for i in 0..<(end - start) {
                let a = start + i
                for b in (a + 1)..<max(a + 1, n) where scores[i, b] >= candidateThreshold {
                    if tfidf.cosine(a, b) >= threshold { sets.union(a, b) }
                }
            }
            start = end
        }
        return sets.groups().filter { $0.count > 1 }
    }
}
