import CBLAS

/// The few BLAS level-1/2/3 routines the toolkit uses, over ``DenseMatrix`` and `[Float]`.
///
/// Shapes are checked with a thrown ``LinearAlgebraError`` before OpenBLAS is called; the
/// 32-bit conversions are safe because ``DenseMatrix`` bounds its dimensions and vectors
/// are bounded here.
public enum BLAS {
    /// `C ← α·op(A)·op(B) + β·C`, where `op(X)` is `X` or `Xᵀ` (`sgemm`).
    public static func gemm(_ a: DenseMatrix, transposeA: Bool = false, _ b: DenseMatrix, transposeB: Bool = false,
                            alpha: Float = 1, beta: Float = 0, into c: inout DenseMatrix) throws {
        let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kb, n) = transposeB ? (b.columns, b.rows) : (b.rows, b.columns)
        guard k == kb, c.rows == m, c.columns == n else {
            throw LinearAlgebraError.mismatchedShapes("gemm of \(m)×\(k) by \(kb)×\(n) into \(c.rows)×\(c.columns)")
        }
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    sgemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                          a: pa.baseAddress, lda: a.columns, b: pb.baseAddress, ldb: b.columns, beta: beta, c: pc)
                }
            }
        }
    }

    /// Row-major `sgemm` on checked shapes; `c` holds `m × n`. With `k = 0` it scales `c` by `beta`.
    private static func sgemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                              a: UnsafePointer<Float>?, lda: Int, b: UnsafePointer<Float>?, ldb: Int, beta: Float,
                              c: UnsafeMutableBufferPointer<Float>) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            cblas_sscal(blasInt(c.count), beta, c.baseAddress, 1)
            return
        }
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    blasInt(m), blasInt(n), blasInt(k), alpha, a, blasInt(max(1, lda)), b, blasInt(max(1, ldb)),
                    beta, c.baseAddress, blasInt(n))
    }

    /// `y ← α·op(A)·x + β·y` (`sgemv`).
    public static func gemv(_ a: DenseMatrix, transpose: Bool = false, _ x: [Float],
                            alpha: Float = 1, beta: Float = 0, into y: inout [Float]) throws {
        let (m, n) = transpose ? (a.columns, a.rows) : (a.rows, a.columns)
        guard x.count == n, y.count == m else {
            throw LinearAlgebraError.mismatchedShapes("gemv of \(m)×\(n) by \(x.count) into \(y.count)")
        }
        if m == 0 { return }
        if n == 0 { try scal(beta, &y); return }
        a.storage.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    cblas_sgemv(CblasRowMajor, transpose ? CblasTrans : CblasNoTrans, blasInt(a.rows), blasInt(a.columns),
                                alpha, pa.baseAddress, blasInt(max(1, a.columns)), px.baseAddress, 1, beta, py.baseAddress, 1)
                }
            }
        }
    }

    /// `x · y` (`sdot`).
    public static func dot(_ x: ArraySlice<Float>, _ y: ArraySlice<Float>) throws -> Float {
        guard x.count == y.count else { throw LinearAlgebraError.mismatchedShapes("dot of \(x.count) and \(y.count)") }
        let n = try vectorLength(x.count)
        return x.withUnsafeBufferPointer { px in y.withUnsafeBufferPointer { py in cblas_sdot(n, px.baseAddress, 1, py.baseAddress, 1) } }
    }

    /// `‖x‖₂` (`snrm2`).
    public static func nrm2(_ x: ArraySlice<Float>) throws -> Float {
        let n = try vectorLength(x.count)
        return x.withUnsafeBufferPointer { cblas_snrm2(n, $0.baseAddress, 1) }
    }

    /// `x ← α·x` (`sscal`).
    public static func scal(_ alpha: Float, _ x: inout [Float]) throws {
        let n = try vectorLength(x.count)
        x.withUnsafeMutableBufferPointer { cblas_sscal(n, alpha, $0.baseAddress, 1) }
    }

    /// `y ← α·x + y` (`saxpy`).
    public static func axpy(_ alpha: Float, _ x: [Float], _ y: inout [Float]) throws {
        guard x.count == y.count else { throw LinearAlgebraError.mismatchedShapes("axpy of \(x.count) into \(y.count)") }
        let n = try vectorLength(x.count)
        x.withUnsafeBufferPointer { px in y.withUnsafeMutableBufferPointer { cblas_saxpy(n, alpha, px.baseAddress, 1, $0.baseAddress, 1) } }
    }

    private static func vectorLength(_ n: Int) throws -> Int32 {
        guard let n32 = Int32(exactly: n) else {
            throw LinearAlgebraError.dimensionOutOfRange(rows: n, columns: 1, elements: n)
        }
        return n32
    }

    /// Dimensions already bounded by ``DenseMatrix``.
    @inline(__always) private static func blasInt(_ n: Int) -> Int32 { Int32(truncatingIfNeeded: n) }
}
