import CBLAS

/// The two LAPACK factorisations LSA needs, over row-major ``DenseMatrix``.
public enum LAPACK {
    /// An orthonormal basis of the column space of `a` (m×n, m ≥ n): the `Q` of `a = QR`
    /// (`sgeqrf` then `sorgqr`), m×n with orthonormal columns.
    public static func orthonormalBasis(_ a: DenseMatrix) throws -> DenseMatrix {
        _ = BLAS.callingThreadOnly
        let m = a.rows, n = a.columns
        guard m >= n else { throw LinearAlgebraError.mismatchedShapes("QR needs rows ≥ columns, got \(m)×\(n)") }
        if n == 0 { return a }
        // Row-major m×n is column-major n×m; LAPACK wants column-major m×n: transpose.
        var columnMajor = transposed(a)
        var tau = [Float](repeating: 0, count: n)
        var m32 = Int32(m), n32 = Int32(n), lda = Int32(max(1, m)), info: Int32 = 0
        var query: Float = 0, lwork: Int32 = -1
        sgeqrf_(&m32, &n32, &columnMajor.storage, &lda, &tau, &query, &lwork, &info)
        lwork = Int32(query)
        var work = [Float](repeating: 0, count: Int(max(1, lwork)))
        sgeqrf_(&m32, &n32, &columnMajor.storage, &lda, &tau, &work, &lwork, &info)
        guard info == 0 else { throw LinearAlgebraError.lapack("sgeqrf", Int(info)) }
        var k32 = n32
        lwork = -1
        sorgqr_(&m32, &n32, &k32, &columnMajor.storage, &lda, &tau, &query, &lwork, &info)
        lwork = Int32(query)
        work = [Float](repeating: 0, count: Int(max(1, lwork)))
        sorgqr_(&m32, &n32, &k32, &columnMajor.storage, &lda, &tau, &work, &lwork, &info)
        guard info == 0 else { throw LinearAlgebraError.lapack("sorgqr", Int(info)) }
        return transposed(columnMajor)
    }

    /// Eigenvalues (descending) and eigenvectors (as columns, same order) of the symmetric
    /// n×n matrix `a` (`ssyevd`).
    public static func symmetricEigen(_ a: DenseMatrix) throws -> (values: [Float], vectors: DenseMatrix) {
        _ = BLAS.callingThreadOnly
        let n = a.rows
        guard a.columns == n else { throw LinearAlgebraError.mismatchedShapes("eigen of a \(a.rows)×\(a.columns) matrix") }
        if n == 0 { return ([], a) }
        var storage = a.storage   // symmetric: row- and column-major agree
        var values = [Float](repeating: 0, count: n)
        var n32 = Int32(n), lda = Int32(n), info: Int32 = 0
        var jobz = CChar(UInt8(ascii: "V")), uplo = CChar(UInt8(ascii: "U"))
        var query: Float = 0, iquery: Int32 = 0, lwork: Int32 = -1, liwork: Int32 = -1
        // The trailing `1, 1` are gfortran's hidden lengths of `jobz` and `uplo` (see shim.h).
        ssyevd_(&jobz, &uplo, &n32, &storage, &lda, &values, &query, &lwork, &iquery, &liwork, &info, 1, 1)
        lwork = Int32(query)
        liwork = iquery
        var work = [Float](repeating: 0, count: Int(max(1, lwork)))
        var iwork = [Int32](repeating: 0, count: Int(max(1, liwork)))
        ssyevd_(&jobz, &uplo, &n32, &storage, &lda, &values, &work, &lwork, &iwork, &liwork, &info, 1, 1)
        guard info == 0 else { throw LinearAlgebraError.lapack("ssyevd", Int(info)) }
        // Column-major eigenvectors, ascending: reorder to descending, as row-major columns.
        var vectors = try DenseMatrix(rows: n, columns: n)
        for j in 0..<n {
            let source = n - 1 - j
            for i in 0..<n { vectors[i, j] = storage[source * n + i] }
        }
        return (values.reversed(), vectors)
    }

    static func transposed(_ a: DenseMatrix) -> DenseMatrix {
        var t = try! DenseMatrix(rows: a.columns, columns: a.rows)
        for i in 0..<a.rows { for j in 0..<a.columns { t.storage[j * a.rows + i] = a.storage[i * a.columns + j] } }
        return t
    }
}
