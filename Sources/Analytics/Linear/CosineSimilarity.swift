/// Cosine similarity between every row of one matrix and every row of another:
/// `S[i][j] = aᵢ·bⱼ / (‖aᵢ‖ ‖bⱼ‖)`, and 0 where either row is zero.
///
/// Two routes to the same numbers, within Float rounding: ``sparse(_:_:)`` multiplies CSR rows of `a` through
/// the CSR transpose of `b` (cheap when rows hold few terms, as TF-IDF rows do), and
/// ``dense(_:_:)`` takes ``FixedOrder`` dot products of the normalised rows (for dense vectors
/// such as LSA projections; the same bytes on every machine, which BLAS's kernels are not).
/// Both are symmetric in the sense `S(a, b) = S(b, a)ᵀ`.
public enum CosineSimilarity {
    /// Sparse × sparseᵀ; returns an `a.rows × b.rows` matrix.
    public static func sparse(_ a: SparseMatrix, _ b: SparseMatrix) throws -> DenseMatrix {
        guard a.columns == b.columns else {
            throw LinearAlgebraError.mismatchedShapes("cosine of rows with \(a.columns) and \(b.columns) columns")
        }
        var result = try DenseMatrix(rows: a.rows, columns: b.rows)
        let normsA = rowNorms(a), normsB = rowNorms(b)
        // Row c of bᵀ lists the rows of b holding column c: each accumulator[j] gains one term
        // per column that rows i and j share, in ascending column order.
        let bt = b.transposed()
        var accumulator = [Double](repeating: 0, count: b.rows)
        for i in 0..<a.rows where normsA[i] > 0 {
            for j in accumulator.indices { accumulator[j] = 0 }
            for k in a.rowPointers[i]..<a.rowPointers[i + 1] {
                let c = Int(a.columnIndices[k])
                let v = Double(a.values[k])
                for t in bt.rowPointers[c]..<bt.rowPointers[c + 1] {
                    accumulator[Int(bt.columnIndices[t])] += v * Double(bt.values[t])
                }
            }
            for j in 0..<b.rows where normsB[j] > 0 {
                result[i, j] = Float(accumulator[j] / (normsA[i] * normsB[j]))
            }
        }
        return result
    }

    /// Dense × denseᵀ: ``FixedOrder`` dot products of L2-normalised copies of the rows, a row
    /// of `a` a task.
    public static func dense(_ a: DenseMatrix, _ b: DenseMatrix) throws -> DenseMatrix {
        guard a.columns == b.columns else {
            throw LinearAlgebraError.mismatchedShapes("cosine of rows with \(a.columns) and \(b.columns) columns")
        }
        let unitA = normalizingRows(a), unitB = normalizingRows(b)
        let rows = Parallel.map(Array(0..<a.rows)) { i in
            unitA.row(i).withUnsafeBufferPointer { x in
                (0..<b.rows).map { j in Float(unitB.row(j).withUnsafeBufferPointer { FixedOrder.dot(x, $0) }) }
            }
        }
        return try DenseMatrix(rows: a.rows, columns: b.rows, storage: Array(rows.joined()))
    }

    /// The matrix with each nonzero row scaled to unit L2 norm (``FixedOrder/norm(_:)``).
    public static func normalizingRows(_ m: DenseMatrix) -> DenseMatrix {
        var out = m
        for i in 0..<m.rows {
            let norm = FixedOrder.norm(m.row(i))
            guard norm > 0 else { continue }
            for j in 0..<m.columns { out[i, j] = Float(Double(m[i, j]) / norm) }
        }
        return out
    }

    private static func rowNorms(_ m: SparseMatrix) -> [Double] {
        (0..<m.rows).map { m.dot(row: $0, with: m, row: $0).squareRoot() }
    }
}
