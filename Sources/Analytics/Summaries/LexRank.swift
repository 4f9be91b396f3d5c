/// LexRank centrality (Erkan & Radev 2004): the stationary distribution of a random walk on
/// the graph whose edges join items with cosine ≥ `threshold`, each row of the adjacency
/// normalised, with damping `d`:
///
///     p ← (1 − d)/n + d · Mᵀ p        (power iteration in Double, rows of M in order)
///
/// An item with no edge links to every item (so the walk never stalls). Returned scaled so the
/// most central item scores 1. Deterministic: the same bytes on every machine.
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
        var p = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<iterations {
            var next = [Double](repeating: (1 - Double(damping)) / Double(n), count: n)
            for i in 0..<n {
                let share = Double(damping) * p[i]
                for j in 0..<n where transition[i, j] != 0 { next[j] += share * Double(transition[i, j]) }
            }
            let change = zip(next, p).reduce(0.0) { $0 + abs($1.0 - $1.1) }
            p = next
            if change < 1e-7 { break }
        }
        let top = p.max() ?? 1
        return p.map { top > 0 ? $0 / top : 0 }
    }
}
