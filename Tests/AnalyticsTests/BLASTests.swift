import Analytics
import TestSupport
import Testing

/// The BLAS layer against plain loops in Double.
@Suite struct BLASTests {
    static func random(_ rows: Int, _ columns: Int, seed: UInt64) throws -> DenseMatrix {
        var g = SplitMix64(seed: seed)
        return try DenseMatrix(rows: rows, columns: columns, storage: (0..<rows * columns).map { _ in g.nextUnitFloat() * 2 - 1 })
    }

    static func naiveProduct(_ a: DenseMatrix, _ ta: Bool, _ b: DenseMatrix, _ tb: Bool) -> [[Double]] {
        let m = ta ? a.columns : a.rows, k = ta ? a.rows : a.columns, n = tb ? b.rows : b.columns
        return (0..<m).map { i in
            (0..<n).map { j in
                (0..<k).reduce(0.0) { s, p in s + Double(ta ? a[p, i] : a[i, p]) * Double(tb ? b[j, p] : b[p, j]) }
            }
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func gemmMatchesLoops(transposeA: Bool, transposeB: Bool) throws {
        let (m, k, n) = (7, 13, 5)
        let a = try Self.random(transposeA ? k : m, transposeA ? m : k, seed: 1)
        let b = try Self.random(transposeB ? n : k, transposeB ? k : n, seed: 2)
        var c = try Self.random(m, n, seed: 3)
        let before = c
        try BLAS.gemm(a, transposeA: transposeA, b, transposeB: transposeB, alpha: 0.5, beta: 2, into: &c)
        let expected = Self.naiveProduct(a, transposeA, b, transposeB)
        for i in 0..<m {
            for j in 0..<n {
                #expect(abs(Double(c[i, j]) - (0.5 * expected[i][j] + 2 * Double(before[i, j]))) < 1e-5)
            }
        }
    }

    @Test func shapeMismatchesAreErrorsNotCrashes() throws {
        let a = try Self.random(3, 4, seed: 5)
        var c = try DenseMatrix(rows: 3, columns: 3)
        #expect(throws: LinearAlgebraError.self) { try BLAS.gemm(a, a, into: &c) }
        #expect(throws: LinearAlgebraError.self) { try FixedOrder.dot([1, 2][...], [1][...]) }
        #expect(throws: LinearAlgebraError.self) { try FixedOrder.product(a, [1, 2], columns: 2) }
        #expect(throws: LinearAlgebraError.self) { try OrthonormalBasis.of(a) }
        #expect(throws: LinearAlgebraError.self) { try DenseMatrix(rows: 2, columns: 2, storage: [1, 2, 3]) }
        #expect(throws: LinearAlgebraError.self) { try DenseMatrix([[1, 2], [3]]) }
    }

    @Test func emptyShapesAreFine() throws {
        let a = try DenseMatrix(rows: 0, columns: 4)
        let b = try DenseMatrix(rows: 4, columns: 3)
        var c = try DenseMatrix(rows: 0, columns: 3)
        try BLAS.gemm(a, b, into: &c)
        #expect(c.storage.isEmpty)
        var d = try DenseMatrix(rows: 2, columns: 2, storage: [1, 2, 3, 4])
        try BLAS.gemm(try DenseMatrix(rows: 2, columns: 0), try DenseMatrix(rows: 0, columns: 2), beta: 0, into: &d)
        #expect(d.storage == [0, 0, 0, 0])
    }
}

@Suite struct CosineSimilarityTests {
    @Test(.needsSharedData("60 People's Daily articles"))
    func sparseAndDenseRoutesAgreeOnRealArticles() throws {
        let texts = try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 60).map(\.analysisText)
        let fit = try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2))).fit(texts)
        let a = fit.weights.selectingRows(Array(0..<12))
        let sparse = try CosineSimilarity.sparse(a, fit.weights)
        let dense = try CosineSimilarity.dense(DenseMatrix(a, rows: 0..<12), DenseMatrix(fit.weights, rows: 0..<60))
        for i in 0..<12 {
            #expect(abs(sparse[i, i] - 1) < 1e-5)
            for j in 0..<60 {
                #expect(abs(sparse[i, j] - dense[i, j]) < 1e-5)
                #expect(sparse[i, j] >= -1e-6 && sparse[i, j] <= 1 + 1e-5)
            }
        }
        // Symmetric: S(a, b) = S(b, a)ᵀ.
        let back = try CosineSimilarity.sparse(fit.weights, a)
        for i in 0..<12 { for j in 0..<60 { #expect(abs(back[j, i] - sparse[i, j]) < 1e-6) } }
    }

    @Test func zeroRowsHaveZeroSimilarity() throws {
        let m = try SparseMatrix(columns: 3, rows: [[(column: 0, value: 1)], []])
        let s = try CosineSimilarity.sparse(m, m)
        #expect(s.storage == [1, 0, 0, 0])
        let d = try CosineSimilarity.dense(DenseMatrix(m, rows: 0..<2), DenseMatrix(m, rows: 0..<2))
        #expect(d.storage == [1, 0, 0, 0])
    }
}

@Suite struct OpenBLASInfoTests {
    func info(core: String, features: Set<String>) -> OpenBLASInfo {
        OpenBLASInfo(configuration: "", coreName: core, threads: 1, cpuFeatures: features, cpuModel: nil, coreTypeVariable: nil)
    }

    @Test func fallbackKernelsOnCapableCPUsGetAdvice() {
        #expect(info(core: "Prescott", features: ["avx2", "avx512f"]).recommendedCoreType == "SkylakeX")
        #expect(info(core: "Prescott", features: ["avx2"]).recommendedCoreType == "Haswell")
        #expect(info(core: "Sandybridge", features: ["avx", "avx2"]).recommendedCoreType == "Haswell")
        #expect(info(core: "Haswell", features: ["avx2", "avx512f"]).recommendedCoreType == "SkylakeX")
        #expect(info(core: "Prescott", features: ["avx2"]).fallbackWarning?.contains("OPENBLAS_CORETYPE=Haswell") == true)
    }

    @Test func matchingKernelsGetNone() {
        #expect(info(core: "SkylakeX", features: ["avx2", "avx512f"]).recommendedCoreType == nil)
        #expect(info(core: "Cooperlake", features: ["avx2", "avx512f"]).recommendedCoreType == nil)
        #expect(info(core: "Haswell", features: ["avx2"]).recommendedCoreType == nil)
        #expect(info(core: "Prescott", features: []).recommendedCoreType == nil)
        #expect(info(core: "Zen", features: ["avx2"]).fallbackWarning == nil)
    }

    @Test func theRunningLibraryAnswers() {
        let current = OpenBLASInfo.current()
        #expect(!current.coreName.isEmpty && current.coreName != "unknown")
        #expect(current.configuration.contains("OpenBLAS"))
        #expect(current.threads >= 1)
    }
}
