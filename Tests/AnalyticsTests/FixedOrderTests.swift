@testable import Analytics
import TestSupport
import Testing

/// The fixed-order routines against plain loops, and the properties that make LSA and k-means
/// the same bytes on every machine.
@Suite struct FixedOrderTests {
    static func random(_ rows: Int, _ columns: Int, seed: UInt64) throws -> DenseMatrix {
        try BLASTests.random(rows, columns, seed: seed)
    }

    @Test func dotGramAndProductMatchLoops() throws {
        let a = try Self.random(2500, 7, seed: 1)   // three blocks of rows
        for i in 0..<7 {
            for j in 0..<7 {
                let expected = (0..<a.rows).reduce(0.0) { $0 + Double(a[$1, i]) * Double(a[$1, j]) }
                #expect(abs(FixedOrder.gram(a)[i * 7 + j] - expected) < 1e-9)
            }
        }
        let x = a.row(3), y = a.row(4)
        #expect(abs(try FixedOrder.dot(x, y) - zip(x, y).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }) < 1e-12)
        let b = (0..<21).map { Double($0) / 7 - 1 }
        let p = try FixedOrder.product(a, b, columns: 3, scale: [1, 2, -1])
        for i in [0, 1024, 2499] {
            for j in 0..<3 {
                let expected = (0..<7).reduce(0.0) { $0 + Double(a[i, $1]) * b[$1 * 3 + j] } * [1, 2, -1][j]
                #expect(abs(Double(p[i, j]) - expected) < 1e-6)
            }
        }
    }

    /// The documented order, written out: rows in order within blocks of 1,024, blocks added in
    /// order (past 16 blocks, the partial sums are held 16 at a time; the bytes are the same).
    @Test func gramSumsInTheDocumentedOrder() throws {
        let a = try Self.random(40_000, 3, seed: 4)
        var expected = [Double](repeating: 0, count: 9)
        for first in stride(from: 0, to: a.rows, by: FixedOrder.blockRows) {
            var partial = [Double](repeating: 0, count: 9)
            for r in first..<min(a.rows, first + FixedOrder.blockRows) {
                for i in 0..<3 { for j in i..<3 { partial[i * 3 + j] += Double(a[r, i]) * Double(a[r, j]) } }
            }
            for k in 0..<9 { expected[k] += partial[k] }
        }
        for i in 0..<3 { for j in 0..<i { expected[i * 3 + j] = expected[j * 3 + i] } }
        #expect(FixedOrder.gram(a) == expected)
    }

    @Test func orthonormalBasisSpansTheColumnsAndZeroesDependentOnes() throws {
        var y = try Self.random(400, 6, seed: 2)
        // Column 3 = column 0 − 2·column 1: dependent on the ones before it.
        for i in 0..<400 { y[i, 3] = y[i, 0] - 2 * y[i, 1] }
        let q = try OrthonormalBasis.of(y)
        let gram = FixedOrder.gram(q)
        for i in 0..<6 {
            for j in 0..<6 {
                let expected: Double = i == j && i != 3 ? 1 : 0
                #expect(abs(gram[i * 6 + j] - expected) < 1e-5, "QᵀQ[\(i), \(j)] = \(gram[i * 6 + j])")
            }
        }
        // Every column of y lies in the span of q: y − Q Qᵀ y is rounding noise.
        for c in 0..<6 {
            let column = try DenseMatrix(rows: 400, columns: 1, storage: (0..<400).map { y[$0, c] })
            var residual = (0..<400).map { Double(column[$0, 0]) }
            for k in 0..<6 {
                let qk = (0..<400).map { q[$0, k] }
                let coefficient = zip(qk, residual).reduce(0.0) { $0 + Double($1.0) * $1.1 }
                for i in 0..<400 { residual[i] -= coefficient * Double(qk[i]) }
            }
            #expect(residual.reduce(0) { $0 + $1 * $1 }.squareRoot() < 1e-4)
        }
    }

    @Test func symmetricEigenReconstructsInDescendingOrder() throws {
        let a = try Self.random(30, 8, seed: 3)
        let g = FixedOrder.gram(a)
        let eigen = try SymmetricEigen(g, size: 8)
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 >= $1 })
        for i in 0..<8 {
            for j in 0..<8 {
                let rebuilt = (0..<8).reduce(0.0) { $0 + eigen.vectors[i * 8 + $1] * eigen.values[$1] * eigen.vectors[j * 8 + $1] }
                #expect(abs(rebuilt - g[i * 8 + j]) < 1e-9 * eigen.values[0])
            }
        }
        for j in 0..<8 {
            let column = (0..<8).map { eigen.vectors[$0 * 8 + j] }
            let largest = column.max { abs($0) < abs($1) }!
            #expect(largest > 0)
        }
    }

    /// Whatever the screening product gets wrong within the rounding any BLAS kernel may make,
    /// the assignments and similarities are the fixed-order ones: here a screen that shifts
    /// every score by up to that bound (a different kernel) gives the same bytes as an exact one.
    @Test(.needsSharedData("300 People's Daily articles"))
    func kMeansAssignmentsDoNotDependOnTheScreen() throws {
        let texts = try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 300).map(\.analysisText)
        let fit = try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2))).fit(texts)
        let data = CosineSimilarity.normalizingRows(try LSA(dimensions: 40, seed: 1).fit(fit.weights).documents)
        // Centroids from rows, and rows that tie: row 0 twice, so two centroids score it alike.
        let picks = [0, 0, 50, 100, 150, 200]
        let centroids = try DenseMatrix(rows: picks.count, columns: data.columns, storage: picks.flatMap { Array(data.row($0)) })
        let bound = Float(Double(data.columns) * 0x1p-24)
        func run(_ screen: @escaping (DenseMatrix, DenseMatrix, inout DenseMatrix) throws -> Void) throws -> ([Int], [Float]) {
            var assignments = [Int](repeating: 0, count: data.rows), similarities = [Float](repeating: 0, count: data.rows)
            try SphericalKMeans(k: picks.count).assign(data, centroids: centroids, assignments: &assignments,
                                                       similarities: &similarities, screen: screen)
            return (assignments, similarities)
        }
        let exact = try run { rows, centroids, scores in
            for i in 0..<rows.rows { for c in 0..<centroids.rows { scores[i, c] = Float(try FixedOrder.dot(rows.row(i), centroids.row(c))) } }
        }
        let shifted = try run { rows, centroids, scores in
            try BLAS.gemm(rows, centroids, transposeB: true, into: &scores)
            for i in 0..<rows.rows { for c in 0..<centroids.rows { scores[i, c] += (i + c) % 2 == 0 ? bound : -bound } }
        }
        #expect(exact.0 == shifted.0)
        #expect(exact.1 == shifted.1)
        #expect(exact.0[0] == 0 && exact.1[0] > 0.999)   // the tie goes to the lower index
        // Without the fixed-order check the shifted screen would decide otherwise somewhere.
        var naive = [Int](repeating: 0, count: data.rows)
        var scores = try DenseMatrix(rows: data.rows, columns: centroids.rows)
        try BLAS.gemm(data, centroids, transposeB: true, into: &scores)
        for i in 0..<data.rows {
            let shiftedScores = (0..<centroids.rows).map { scores[i, $0] + ((i + $0) % 2 == 0 ? bound : -bound) }
            naive[i] = shiftedScores.firstIndex(of: shiftedScores.max()!)!
        }
        #expect(naive != exact.0)
    }
}
