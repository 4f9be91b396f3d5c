/// LexRank centrality (Erkan & Radev 2004): the stationary distribution of a random walk on
/// the graph whose edges join items with cosine ≥ `threshold`, each row of the adjacency
/// normalised, with damping `d`:
///
///     p ← (1 − d)/n + d · Mᵀ p        (power iteration through `sgemv`)
///
/// An item with no edge links to every item (so the walk never stalls). Returned scaled so the
/// most central item scores 1. Symmetric input gives a deterministic answer.
public enum LexRank {
    public static func centrality(similarity: DenseMatrix, threshold: Float = 0.1, damping: Float = 0.85,
                                  iterations: Int = 100) throws -> [Double] {
        let n = similarity.rows
        guard n > 1 else { return Array(repeating: 1, count: n) }
        var transition = try DenseMatrix(rows: n, columns: n)
        for i in 0..<n {
            let neighbours = (0..<n).filter { similarity[i, $0] >= threshold }
            let targets = neighbours.isEmpty ? Array(0..<n) : neighbours
            let weight = 1 / Float(targets.count)
            for j in targets { transition[i, j] = weight }
        }
        var p = [Float](repeating: 1 / Float(n), count: n)
        for _ in 0..<iterations {
            var next = [Float](repeating: (1 - damping) / Float(n), count: n)
            try BLAS.gemv(transition, transpose: true, p, alpha: damping, beta: 1, into: &next)
            let change = zip(next, p).reduce(Float(0)) { $0 + abs($1.0 - $1.1) }
            p = next
            if change < 1e-7 { break }
        }
        let top = Double(p.max() ?? 1)
        return p.map { top > 0 ? Double($0) / top : 0 }
    }
}
