/// Latent semantic analysis: a rank-`d` truncated SVD `X ≈ U Σ Vᵀ` of a document × term
/// matrix by the randomised range finder of Halko, Martinsson and Tropp (2011).
///
/// With `l = d + oversampling` random test vectors `Ω` (m×l, uniform on [−1, 1)):
///
///     Y = X Ω,   then `powerIterations` times:  Y = X · Xᵀ · orth(Y)
///     Q = orth(Y)                  (n×l, ``OrthonormalBasis``: CholeskyQR2)
///     Bᵀ = Xᵀ Q                    (m×l, sparse product in Swift)
///     B Bᵀ = W Λ Wᵀ                (l×l, ``FixedOrder/gram(_:)`` then ``SymmetricEigen``)
///     U = Q W,  Σ = Λ^½,  V = Bᵀ W Σ⁻¹     (documents: U Σ)
///
/// Every dense step sums in a fixed order (``FixedOrder``), not through BLAS, whose kernels sum
/// differently from CPU to CPU: the fit is the same bytes on every machine, and so are the
/// clusters made from it (with OpenBLAS's products and LAPACK's QR and eigensolver, 10,000
/// generated articles had 1,299 other cluster assignments on Prescott kernels than on Zen ones).
///
/// Defaults: `dimensions = 100`, `oversampling = 10`, `powerIterations = 2`. The rank is capped
/// by the data (`min(n, m)`), and directions whose singular value is below 10⁻³ of the largest
/// (numerically zero in `Float`) are dropped.
/// Deterministic for a given seed and row order.
public struct LSA: Sendable {
    public var dimensions: Int
    public var oversampling: Int
    public var powerIterations: Int
    public var seed: UInt64

    public init(dimensions: Int = 100, oversampling: Int = 10, powerIterations: Int = 2, seed: UInt64 = 0) {
        self.dimensions = dimensions
        self.oversampling = oversampling
        self.powerIterations = powerIterations
        self.seed = seed
    }

    public struct Fit: Sendable {
        /// `U Σ`: one row per document (n×r).
        public let documents: DenseMatrix
        /// `V`: one row per term, the term's loading on each direction (m×r).
        public let loadings: DenseMatrix
        /// `Σ`, descending.
        public let singularValues: [Float]
    }

    public func fit(_ x: SparseMatrix) throws -> Fit {
        let n = x.rows, m = x.columns
        let l = min(dimensions + oversampling, n, m)
        guard l > 0 else {
            return Fit(documents: try DenseMatrix(rows: n, columns: 0), loadings: try DenseMatrix(rows: m, columns: 0), singularValues: [])
        }
        var generator = SplitMix64(seed: seed)
        // Uniform test vectors on [−1, 1): as good as Gaussian for the range finder, and cheap
        // to draw for hundreds of thousands of terms.
        let omega = try DenseMatrix(rows: m, columns: l, storage: (0..<(m * l)).map { _ in generator.nextUnitFloat() * 2 - 1 })
        // Products with the m×l term-side matrices are formed from xᵀ as scatters, which read
        // those matrices in order (``SparseMatrix/transposeMultiplied(by:)``).
        let xt = x.transposed()
        var y = try xt.transposeMultiplied(by: omega)
        for _ in 0..<powerIterations {
            // Re-orthonormalised on the document side only: a QR of the m×l term side costs
            // more than the rest of the fit together when the vocabulary is large.
            y = try xt.transposeMultiplied(by: xt.multiplied(by: OrthonormalBasis.of(y)))
        }
        let q = try OrthonormalBasis.of(y)
        let bt = try xt.multiplied(by: q)
        let eigen = try SymmetricEigen(FixedOrder.gram(bt), size: l)
        // Float data carries noise near 1e-7 of the largest eigenvalue of the Gram matrix: a
        // direction whose singular value is under 1e-3 of the largest is treated as absent.
        let lambda = eigen.values
        let tolerance = (lambda.first ?? 0) * 1e-6
        let r = min(dimensions, lambda.prefix { $0 > tolerance && $0 > 0 }.count)
        let sigma = lambda.prefix(r).map { $0.squareRoot() }
        var wr = [Double](repeating: 0, count: l * r)
        for i in 0..<l { for j in 0..<r { wr[i * r + j] = eigen.vectors[i * l + j] } }
        let u = try FixedOrder.product(q, wr, columns: r, scale: sigma)
        let v = try FixedOrder.product(bt, wr, columns: r, scale: sigma.map { 1 / $0 })
        return Fit(documents: u, loadings: v, singularValues: sigma.map { Float($0) })
    }
}
