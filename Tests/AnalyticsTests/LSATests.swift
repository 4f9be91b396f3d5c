import Foundation
import Analytics
import Testing

@Suite struct LSATests {
    /// X = U diag(s) Vᵀ with orthonormal U, V made by QR of Gaussian matrices.
    static func matrix(rows n: Int, columns m: Int, singularValues s: [Float], seed: UInt64) throws -> SparseMatrix {
        var g = SplitMix64(seed: seed)
        let r = s.count
        let u = try OrthonormalBasis.of(DenseMatrix(rows: n, columns: r, storage: (0..<n * r).map { _ in g.nextGaussian() }))
        let v = try OrthonormalBasis.of(DenseMatrix(rows: m, columns: r, storage: (0..<m * r).map { _ in g.nextGaussian() }))
        var us = u
        for i in 0..<n { for j in 0..<r { us[i, j] *= s[j] } }
        var x = try DenseMatrix(rows: n, columns: m)
        try BLAS.gemm(us, v, transposeB: true, into: &x)
        return try SparseMatrix(columns: m, rows: (0..<n).map { i in (0..<m).map { (column: Int32($0), value: x[i, $0]) } })
    }

    @Test func recoversKnownSingularValues() throws {
        let s: [Float] = [50, 30, 20, 10, 5, 2, 1, 0.5]
        let x = try Self.matrix(rows: 120, columns: 300, singularValues: s, seed: 7)
        let fit = try LSA(dimensions: 5, oversampling: 6, powerIterations: 2, seed: 1).fit(x)
        #expect(fit.singularValues.count == 5)
        for (found, expected) in zip(fit.singularValues, s) {
            #expect(abs(found - expected) <= 1e-3 * expected, "\(found) vs \(expected)")
        }
        // U Σ Vᵀ reproduces the rank-5 part: the documents' vectors are X projected on V.
        let projected = try x.multiplied(by: fit.loadings)
        for i in 0..<10 { for j in 0..<5 { #expect(abs(projected[i, j] - fit.documents[i, j]) < 1e-3) } }
    }

    /// The scatter from xᵀ adds in the order the gather from x does: the same floats, bit for bit.
    @Test func scatterFromTheTransposeEqualsTheProduct() throws {
        let x = try Self.matrix(rows: 700, columns: 300, singularValues: [9, 4, 1], seed: 5)
        var g = SplitMix64(seed: 2)
        let b = try DenseMatrix(rows: 300, columns: 7, storage: (0..<2100).map { _ in g.nextGaussian() })
        #expect(try x.transposed().transposeMultiplied(by: b) == x.multiplied(by: b))
        #expect(throws: LinearAlgebraError.self) { try x.transposeMultiplied(by: b) }
    }

    @Test func rankIsCappedByTheData() throws {
        let x = try Self.matrix(rows: 6, columns: 40, singularValues: [3, 2, 1], seed: 3)
        let fit = try LSA(dimensions: 100, seed: 1).fit(x)
        #expect(fit.singularValues.count == 3)
        #expect(fit.documents.rows == 6 && fit.documents.columns == 3 && fit.loadings.rows == 40)
    }

    @Test func emptyInputGivesEmptyVectors() throws {
        let fit = try LSA().fit(SparseMatrix(columns: 0, rows: [[], []]))
        #expect(fit.documents.rows == 2 && fit.documents.columns == 0)
    }
}

extension SplitMix64 {
    /// A standard normal sample (Box–Muller on two uniform draws), for random orthonormal test matrices.
    mutating func nextGaussian() -> Float {
        let u1 = max(Double(next() >> 11) / Double(1 << 53), 1e-300)
        let u2 = Double(next() >> 11) / Double(1 << 53)
        return Float((-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2))
    }
}
