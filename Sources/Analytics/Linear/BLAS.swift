import CBLAS
import Dispatch

/// The BLAS routine the toolkit uses, `sgemm`, over ``DenseMatrix``: for products whose
/// result is screened, not printed (``SphericalKMeans``' assignments), since each OpenBLAS
/// kernel sums in its own order and the last bits differ from CPU to CPU. Results that are
/// printed or decided on are summed by ``FixedOrder``.
///
/// Shapes are checked with a thrown ``LinearAlgebraError`` before OpenBLAS is called; the
/// 32-bit conversions are safe because ``DenseMatrix`` bounds its dimensions.
///
/// OpenBLAS runs each call on the calling thread only (``callingThreadOnly``); ``gemm`` shares
/// large products across cores itself, in blocks of a fixed number of rows, so every entry is
/// summed the same way whatever the number of cores: the same input gives the same bytes on a
/// machine of 1 core and of 2.
public enum BLAS {
    /// Sets OpenBLAS to one thread, once, before the first call. Its own threads split sums by
    /// their number (a month's clusters had another objective, and 10k articles other clusters,
    /// with one thread than with two), and between calls they spin on `sched_yield`, taking a
    /// core from the Swift work around them (trend on 10k articles: 37 s with them, 26 s without).
    static let callingThreadOnly: Void = openblas_set_num_threads(1)

    /// Rows of `op(A)` a block of ``gemm`` holds: fixed, so the blocks do not depend on the
    /// number of cores.
    static let gemmBlockRows = 512

    /// `C ← α·op(A)·op(B) + β·C`, where `op(X)` is `X` or `Xᵀ` (`sgemm`); past
    /// ``gemmBlockRows`` rows of `op(A)`, blocks of that many rows on every core.
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
        _ = callingThreadOnly
        if m == 0 || n == 0 { return }
        if k == 0 {
            cblas_sscal(blasInt(c.count), beta, c.baseAddress, 1)
            return
        }
        // Row i of op(A) starts at a + i·lda, or at a + i when A is stored transposed.
        nonisolated(unsafe) let a = a, b = b, c = c
        let blocks = (m + gemmBlockRows - 1) / gemmBlockRows
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            let first = block * gemmBlockRows, rows = min(gemmBlockRows, m - first)
            cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                        blasInt(rows), blasInt(n), blasInt(k), alpha, a.map { $0 + (transposeA ? first : first * lda) },
                        blasInt(max(1, lda)), b, blasInt(max(1, ldb)), beta, c.baseAddress! + first * n, blasInt(n))
        }
    }

    /// Dimensions already bounded by ``DenseMatrix``.
    @inline(__always) private static func blasInt(_ n: Int) -> Int32 { Int32(truncatingIfNeeded: n) }
}
