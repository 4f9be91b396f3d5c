/// Eigenvalues and eigenvectors of a small symmetric matrix, by cyclic Jacobi rotations in
/// `Double` (Rutishauser's formulation): `A = W Λ Wᵀ` with `W` orthogonal.
///
/// Sweeps rotate every off-diagonal pair in a fixed order until the off-diagonal mass is below
/// 10⁻²⁸ of the matrix's (or 100 sweeps), so the result is the same bytes on every machine.
/// Eigenvalues come in descending order (ties keep their diagonal order); each eigenvector's
/// largest component (the first, on ties) is positive. Cost `O(l³)` a sweep: for the l×l
/// Gram matrices of LSA (l ≈ 110), a few milliseconds.
public struct SymmetricEigen: Sendable {
    /// Descending.
    public let values: [Double]
    /// `W`, row-major l×l; column `j` belongs to `values[j]`.
    public let vectors: [Double]

    /// Decomposes `a` (l×l, row-major); only its upper triangle is read.
    public init(_ a: [Double], size l: Int) throws {
        guard a.count == l * l else { throw LinearAlgebraError.mismatchedShapes("eigen of \(a.count) values as \(l)×\(l)") }
        var m = a
        for i in 0..<l { for j in 0..<i { m[i * l + j] = m[j * l + i] } }
        var w = [Double](repeating: 0, count: l * l)
        for i in 0..<l { w[i * l + i] = 1 }
        let total = m.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<l { for q in (p + 1)..<max(p + 1, l) { off += m[p * l + q] * m[p * l + q] } }
            if off <= 1e-28 * total { break }
            for p in 0..<l {
                for q in (p + 1)..<max(p + 1, l) where m[p * l + q] != 0 {
                    Self.rotate(&m, &w, p, q, size: l)
                }
            }
        }
        let order = (0..<l).sorted { m[$0 * l + $0] != m[$1 * l + $1] ? m[$0 * l + $0] > m[$1 * l + $1] : $0 < $1 }
        values = order.map { m[$0 * l + $0] }
        var vectors = [Double](repeating: 0, count: l * l)
        for (j, source) in order.enumerated() {
            let column = (0..<l).map { w[$0 * l + source] }
            let largest = column.indices.max { abs(column[$0]) != abs(column[$1]) ? abs(column[$0]) < abs(column[$1]) : $0 > $1 }
            let sign: Double = largest.map { column[$0] < 0 ? -1 : 1 } ?? 1
            for i in 0..<l { vectors[i * l + j] = sign * column[i] }
        }
        self.vectors = vectors
    }

    /// Zeroes `m[p, q]` by the rotation `J` in the (p, q) plane: `m ← Jᵀ m J`, `w ← w J`.
    private static func rotate(_ m: inout [Double], _ w: inout [Double], _ p: Int, _ q: Int, size l: Int) {
        let apq = m[p * l + q]
        let theta = (m[q * l + q] - m[p * l + p]) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot(), s = t * c, tau = s / (1 + c)
        m[p * l + p] -= t * apq
        m[q * l + q] += t * apq
        m[p * l + q] = 0
        m[q * l + p] = 0
        for r in 0..<l where r != p && r != q {
            let arp = m[r * l + p], arq = m[r * l + q]
            let newRP = arp - s * (arq + tau * arp), newRQ = arq + s * (arp - tau * arq)
            m[r * l + p] = newRP; m[p * l + r] = newRP
            m[r * l + q] = newRQ; m[q * l + r] = newRQ
        }
        for r in 0..<l {
            let wrp = w[r * l + p], wrq = w[r * l + q]
            w[r * l + p] = wrp - s * (wrq + tau * wrp)
            w[r * l + q] = wrq + s * (wrp - tau * wrq)
        }
    }
}
