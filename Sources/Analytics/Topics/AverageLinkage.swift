/// Agglomerative clustering with average linkage: start from single items and merge the two
/// groups whose mean pairwise similarity is highest, for as long as it is at least
/// `threshold`.
///
///     link(A, B) = Σ_{a∈A, b∈B} sim(a, b) / (|A|·|B|)
///
/// Unlike k-means it needs no k and forces nothing: on a day's news, pieces of one story link
/// and an article that shares nothing with the rest stays alone. Ties go to the pair of lowest
/// indices, so the result is deterministic for a given order of the items. O(n³) time, O(n²)
/// memory: meant for an issue (hundreds of articles), not a corpus.
public struct AverageLinkage: Sendable {
    public let threshold: Float

    public init(threshold: Float) {
        self.threshold = threshold
    }

    /// The groups, each sorted, ordered by their first item. `similarity` is square and
    /// symmetric.
    public func groups(similarity: DenseMatrix) -> [[Int]] {
        let n = similarity.rows
        precondition(similarity.columns == n, "a similarity matrix is square")
        var members = (0..<n).map { [$0] }
        var active = Array(0..<n)
        // Sums of pairwise similarity between groups, indexed by the groups' first slot.
        var sums = [Float](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n where i != j { sums[i * n + j] = similarity[i, j] } }
        while active.count > 1 {
            var best: (a: Int, b: Int, link: Float)?
            for (x, a) in active.enumerated() {
                for b in active[(x + 1)...] {
                    let link = sums[a * n + b] / Float(members[a].count * members[b].count)
                    if link >= threshold, link > (best?.link ?? -.infinity) { best = (a, b, link) }
                }
            }
            guard let (a, b, _) = best else { break }
            members[a] += members[b]
            members[b] = []
            active.removeAll { $0 == b }
            for c in active where c != a {
                sums[a * n + c] += sums[b * n + c]
                sums[c * n + a] = sums[a * n + c]
            }
        }
        return active.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }
}
