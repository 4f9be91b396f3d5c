/// An orthonormal basis of the column space of a tall matrix, by CholeskyQR2 (Fukaya,
/// Nakatsukasa, Yanagisawa and Yamamoto 2014): twice over,
///
///     G = YᵀY (in Double),   G = RᵀR (Cholesky),   Y ← Y R⁻¹
///
/// The second pass restores the orthogonality the first loses to rounding. Every sum is a
/// ``FixedOrder`` one, so the basis is the same bytes on every machine.
///
/// A column whose residual, once the columns before it are taken out, is below 10⁻⁶ of its
/// norm is dependent on them within `Float` precision: its basis column is zero, where a
/// Householder QR would return a direction made of rounding noise. LSA loses nothing by it: a
/// zero direction has a zero singular value and is dropped.
public enum OrthonormalBasis {
    /// The columns of `a` (n×l, n ≥ l) made orthonormal, in order (`Q` of `a = QR`), with zero
    /// columns where a column depends on the ones before it.
    public static func of(_ a: DenseMatrix) throws -> DenseMatrix {
        guard a.rows >= a.columns else {
            throw LinearAlgebraError.mismatchedShapes("an orthonormal basis needs rows ≥ columns, got \(a.rows)×\(a.columns)")
        }
        return try pass(pass(a))
    }

    private static func pass(_ y: DenseMatrix) throws -> DenseMatrix {
        let l = y.columns
        return try FixedOrder.product(y, inverseCholeskyFactor(FixedOrder.gram(y), size: l), columns: l)
    }

    /// `R⁻¹` for the upper-triangular `R` with `RᵀR = G` (l×l, row-major), with zero rows and
    /// columns for the dependent columns.
    static func inverseCholeskyFactor(_ g: [Double], size l: Int) -> [Double] {
        var r = [Double](repeating: 0, count: l * l)
        var kept = [Bool](repeating: false, count: l)
        for j in 0..<l {
            var residual = g[j * l + j]
            for k in 0..<j { residual -= r[k * l + j] * r[k * l + j] }
            guard g[j * l + j] > 0, residual > 1e-12 * g[j * l + j] else { continue }
            kept[j] = true
            let pivot = residual.squareRoot()
            r[j * l + j] = pivot
            for c in (j + 1)..<max(j + 1, l) {
                var value = g[j * l + c]
                for k in 0..<j { value -= r[k * l + j] * r[k * l + c] }
                r[j * l + c] = value / pivot
            }
        }
        // Back substitution, column by column: R X = I on the kept indices.
        var inverse = [Double](repeating: 0, count: l * l)
        for j in 0..<l where kept[j] {
            inverse[j * l + j] = 1 / r[j * l + j]
            for i in stride(from: j - 1, through: 0, by: -1) where kept[i] {
                var sum = 0.0
                for k in (i + 1)...j { sum += r[i * l + k] * inverse[k * l + j] }
                inverse[i * l + j] = -sum / r[i * l + i]
            }
        }
        return inverse
    }
}
