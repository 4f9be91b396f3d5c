/// Spherical k-means: k unit centroids maximising `Σᵢ cos(xᵢ, c(i))` over L2-normalised rows.
///
/// - Seeding: k-means++ on cosine distance `1 − cos` (the first centre drawn uniformly, each
///   next one with probability proportional to its distance from the nearest centre).
/// - Assignment: each row to its most similar centroid by the ``FixedOrder`` cosine (ties to the
///   lower index). `sgemm` screens: blocks of rows times the centroids (`S = X Cᵀ`) give every
///   score within `γ_d = d·2⁻²⁴/(1 − d·2⁻²⁴)` of the exact one (unit rows of d values), so where
///   its best beats its second by more than `2γ_d` it is the best; a closer call is settled by
///   the fixed-order scores. Each row's similarity is the fixed-order score of its centroid.
/// - Update: a centroid is the normalised sum of its rows; an emptied cluster takes the row
///   least similar to its own centroid.
/// - `restarts` runs from seeds `seed, seed+1, …`; the best objective wins (ties: the first).
///
/// Deterministic for a given seed and row order, and the same bytes whatever BLAS kernel the
/// machine runs; callers put rows in a canonical order
/// (by content) so that the input order cannot change the partition. Zero rows join cluster 0
/// with similarity 0 and never become centres.
public struct SphericalKMeans: Sendable {
    public var k: Int
    public var restarts: Int
    public var maxIterations: Int
    public var seed: UInt64

    public init(k: Int, restarts: Int = 5, maxIterations: Int = 50, seed: UInt64 = 0) {
        self.k = k
        self.restarts = restarts
        self.maxIterations = maxIterations
        self.seed = seed
    }

    public struct Result: Sendable, Equatable {
        public let assignments: [Int]
        /// Unit centroids, k × d.
        public let centroids: DenseMatrix
        /// `Σᵢ cos(xᵢ, c(i))`.
        public let objective: Double
        /// Each row's cosine with its centroid.
        public let similarities: [Float]
    }

    /// Clusters the rows of `x`; rows are L2-normalised here (zero rows stay zero).
    public func fit(_ x: DenseMatrix) throws -> Result {
        let data = CosineSimilarity.normalizingRows(x)
        let nonzero = (0..<data.rows).filter { i in data.row(i).contains { $0 != 0 } }
        let clusters = max(1, min(k, nonzero.count))
        guard !nonzero.isEmpty else {
            return Result(assignments: Array(repeating: 0, count: data.rows), centroids: try DenseMatrix(rows: 1, columns: data.columns),
                          objective: 0, similarities: Array(repeating: 0, count: data.rows))
        }
        var best: Result?
        for restart in 0..<max(1, restarts) {
            var generator = SplitMix64(seed: seed &+ UInt64(restart))
            let result = try run(data, rows: nonzero, k: clusters, generator: &generator)
            if best == nil || result.objective > best!.objective + 1e-9 { best = result }
        }
        return best!
    }

    private func run(_ data: DenseMatrix, rows: [Int], k: Int, generator: inout SplitMix64) throws -> Result {
        var centroids = try seedCentroids(data, rows: rows, k: k, generator: &generator)
        var assignments = [Int](repeating: 0, count: data.rows)
        var similarities = [Float](repeating: 0, count: data.rows)
        for iteration in 0..<maxIterations {
            let previous = assignments
            try assign(data, centroids: centroids, assignments: &assignments, similarities: &similarities)
            centroids = try update(data, rows: rows, assignments: &assignments, similarities: similarities, k: k)
            if iteration > 0 && assignments == previous { break }
        }
        try assign(data, centroids: centroids, assignments: &assignments, similarities: &similarities)
        let objective = rows.reduce(0.0) { $0 + Double(similarities[$1]) }
        return Result(assignments: assignments, centroids: centroids, objective: objective, similarities: similarities)
    }

    private func seedCentroids(_ data: DenseMatrix, rows: [Int], k: Int, generator: inout SplitMix64) throws -> DenseMatrix {
        var chosen = [rows[Int(generator.next() % UInt64(rows.count))]]
        var nearest = [Float](repeating: -1, count: data.rows)
        while chosen.count < k {
            let last = data.row(chosen.last!)
            var total = 0.0
            var distances = [Double](repeating: 0, count: rows.count)
            for (j, i) in rows.enumerated() {
                nearest[i] = max(nearest[i], Float(try FixedOrder.dot(data.row(i), last)))
                distances[j] = max(0, 1 - Double(nearest[i]))
                total += distances[j]
            }
            guard total > 0 else { break }   // every row coincides with a centre: fewer distinct rows than k
            var target = Double(generator.next() >> 11) / Double(1 << 53) * total
            var pick = rows.last!
            for (j, i) in rows.enumerated() {
                target -= distances[j]
                if target < 0 && distances[j] > 0 { pick = i; break }
            }
            chosen.append(pick)
        }
        var centroids = try DenseMatrix(rows: chosen.count, columns: data.columns)
        for (c, i) in chosen.enumerated() {
            centroids.storage.replaceSubrange((c * data.columns)..<((c + 1) * data.columns), with: data.row(i))
        }
        return centroids
    }

    /// Each row to its best centroid: `sgemm` screens in blocks of rows (`S = X Cᵀ`), the
    /// fixed-order cosine settles close calls and gives the similarity.
    func assign(_ data: DenseMatrix, centroids: DenseMatrix, assignments: inout [Int], similarities: inout [Float],
                screen: (DenseMatrix, DenseMatrix, inout DenseMatrix) throws -> Void = { try BLAS.gemm($0, $1, transposeB: true, into: &$2) }) throws {
        let d = Double(data.columns)
        let margin = 2.2 * d * 0x1p-24 / max(1e-3, 1 - d * 0x1p-24)
        let block = 2048
        var start = 0
        while start < data.rows {
            let end = min(data.rows, start + block)
            let rows = try DenseMatrix(rows: end - start, columns: data.columns,
                                       storage: Array(data.storage[(start * data.columns)..<(end * data.columns)]))
            var scores = try DenseMatrix(rows: end - start, columns: centroids.rows)
            try screen(rows, centroids, &scores)
            for i in 0..<(end - start) {
                var (best, second) = ((index: 0, score: -Float.infinity), -Float.infinity)
                for c in 0..<centroids.rows {
                    let score = scores[i, c]
                    if score > best.score { (best, second) = ((c, score), best.score) } else if score > second { second = score }
                }
                var chosen = (index: 0, score: -Double.infinity)
                if Double(best.score) - Double(second) > margin {
                    chosen = (best.index, try FixedOrder.dot(data.row(start + i), centroids.row(best.index)))
                } else {
                    for c in 0..<centroids.rows {
                        let exact = try FixedOrder.dot(data.row(start + i), centroids.row(c))
                        if exact > chosen.score { chosen = (c, exact) }
                    }
                }
                assignments[start + i] = chosen.index
                similarities[start + i] = Float(chosen.score)
            }
            start = end
        }
    }

    private func update(_ data: DenseMatrix, rows: [Int], assignments: inout [Int], similarities: [Float], k: Int) throws -> DenseMatrix {
        var sums = try DenseMatrix(rows: k, columns: data.columns)
        var sizes = [Int](repeating: 0, count: k)
        for i in rows {
            let c = assignments[i]
            sizes[c] += 1
            for j in 0..<data.columns { sums[c, j] += data[i, j] }
        }
        // An emptied cluster takes the row that fits its own cluster worst.
        var taken = Set<Int>()
        for c in 0..<k where sizes[c] == 0 {
            guard let worst = rows.filter({ !taken.contains($0) && sizes[assignments[$0]] > 1 })
                .min(by: { similarities[$0] != similarities[$1] ? similarities[$0] < similarities[$1] : $0 < $1 }) else { continue }
            taken.insert(worst)
            let old = assignments[worst]
            sizes[old] -= 1
            sizes[c] = 1
            for j in 0..<data.columns {
                sums[old, j] -= data[worst, j]
                sums[c, j] = data[worst, j]
            }
            assignments[worst] = c
        }
        return CosineSimilarity.normalizingRows(sums)
    }
}

/// How well a partition separates its rows, by cosine distance `d = 1 − cos`:
/// `s(i) = (b − a) / max(a, b)` with `a` the mean distance to the rest of its cluster and `b`
/// the least mean distance to another cluster; a singleton scores 0. Returns the mean over
/// `sample` (all rows by default). Range −1…1; higher is better.
public enum Silhouette {
    public static func score(_ x: DenseMatrix, assignments: [Int], sample: [Int]? = nil) throws -> Double {
        let rows = sample ?? Array(0..<x.rows)
        guard !rows.isEmpty, Set(assignments).count > 1 else { return 0 }
        let data = CosineSimilarity.normalizingRows(x)
        let subset = try DenseMatrix(rows: rows.count, columns: data.columns, storage: rows.flatMap { Array(data.row($0)) })
        let similarity = try CosineSimilarity.dense(subset, subset)
        let labels = rows.map { assignments[$0] }
        var total = 0.0
        for i in 0..<rows.count {
            var sums: [Int: (Double, Int)] = [:]
            for j in 0..<rows.count where j != i {
                let d = 1 - Double(similarity[i, j])
                let entry = sums[labels[j], default: (0, 0)]
                sums[labels[j]] = (entry.0 + d, entry.1 + 1)
            }
            guard let own = sums[labels[i]], own.1 > 0 else { continue }
            let a = own.0 / Double(own.1)
            let b = sums.filter { $0.key != labels[i] }.map { $0.value.0 / Double($0.value.1) }.min() ?? 0
            let m = max(a, b)
            total += m > 0 ? (b - a) / m : 0
        }
        return total / Double(rows.count)
    }
}
