/// Dense arithmetic whose every sum runs in one fixed order, in `Double`, so that its results
/// are the same bytes on every machine.
///
/// OpenBLAS picks its kernels by CPU (Zen, Haswell, SkylakeX, or generic Prescott code on CPUs
/// it does not know), and each kernel sums in its own order, with or without fused
/// multiply-adds: the last bits of a product differ from machine to machine, and a decision
/// taken on them (a k-means assignment, the k a silhouette picks, the order of two sentences)
/// can differ too. Here the product of two `Float`s is exact in `Double`; a dot product sums
/// in index order over four interleaved partial sums combined as `(s₀ + s₁) + (s₂ + s₃)`;
/// work shared over the cores is cut in blocks of ``blockRows`` rows (fixed, so independent
/// of the number of cores) whose partial sums are added in block order. The compiler does not
/// contract or reorder floating-point operations, so the same source gives the same answer
/// on every x86-64 machine.
///
/// Used wherever a result is printed or decided on: LSA's factorisations, k-means' seeds and
/// final scores, silhouettes (LexRank sums its small walk in the same way, in Double, row by
/// row). BLAS stays where its speed pays and a decision can be
/// checked: ``SphericalKMeans`` screens with `sgemm` and settles close calls here.
public enum FixedOrder {
    /// Rows a block of shared work holds.
    static let blockRows = 1024

    /// Blocks whose partial sums ``gram(_:)`` holds at once.
    static let blocksAtOnce = 16

    /// The row ranges of the blocks of `rows` rows, in order.
    static func blocks(of rows: Int) -> [Range<Int>] {
        stride(from: 0, to: rows, by: blockRows).map { $0..<min(rows, $0 + blockRows) }
    }

    /// `x · y = Σᵢ xᵢyᵢ`, in `Double`.
    public static func dot(_ x: ArraySlice<Float>, _ y: ArraySlice<Float>) throws -> Double {
        guard x.count == y.count else { throw LinearAlgebraError.mismatchedShapes("dot of \(x.count) and \(y.count)") }
        return x.withUnsafeBufferPointer { px in y.withUnsafeBufferPointer { py in dot(px, py) } }
    }

    /// `‖x‖₂`, in `Double`.
    public static func norm(_ x: ArraySlice<Float>) -> Double {
        x.withUnsafeBufferPointer { dot($0, $0) }.squareRoot()
    }

    static func dot(_ x: UnsafeBufferPointer<Float>, _ y: UnsafeBufferPointer<Float>) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        let n = x.count, whole = n - n % 4
        var i = 0
        while i < whole {
            s0 += Double(x[i]) * Double(y[i])
            s1 += Double(x[i + 1]) * Double(y[i + 1])
            s2 += Double(x[i + 2]) * Double(y[i + 2])
            s3 += Double(x[i + 3]) * Double(y[i + 3])
            i += 4
        }
        while i < n {
            s0 += Double(x[i]) * Double(y[i])
            i += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// The Gram matrix `AᵀA` (`a.columns` × `a.columns`, symmetric), row-major in `Double`:
    /// each block of ``blockRows`` rows adds its rows in order, and the blocks are added in order,
    /// ``blocksAtOnce`` at a time, so memory holds that many partial sums whatever the rows.
    public static func gram(_ a: DenseMatrix) -> [Double] {
        let l = a.columns
        let blocks = blocks(of: a.rows)
        var g = [Double](repeating: 0, count: l * l)
        for first in stride(from: 0, to: blocks.count, by: blocksAtOnce) {
            let partials = Parallel.map(Array(blocks[first..<min(blocks.count, first + blocksAtOnce)])) { rows in
                var g = [Double](repeating: 0, count: l * l)
                var row = [Double](repeating: 0, count: l)
                g.withUnsafeMutableBufferPointer { g in
                    row.withUnsafeMutableBufferPointer { row in
                        a.storage.withUnsafeBufferPointer { storage in
                            for r in rows {
                                for j in 0..<l { row[j] = Double(storage[r * l + j]) }
                                for i in 0..<l {
                                    let ri = row[i]
                                    for j in i..<l { g[i * l + j] += ri * row[j] }
                                }
                            }
                        }
                    }
                }
                return g
            }
            for partial in partials { for index in g.indices { g[index] += partial[index] } }
        }
        for i in 0..<l { for j in 0..<i { g[i * l + j] = g[j * l + i] } }
        return g
    }

    /// `A · B · diag(scale)` for `A` (n×l, `Float`) and `B` (l×r, row-major `Double`), rounded to
    /// `Float`: each output row is `Σᵢ aᵢ · B[i, :]`, over `i` in order.
    public static func product(_ a: DenseMatrix, _ b: [Double], columns r: Int, scale: [Double]? = nil) throws -> DenseMatrix {
        let l = a.columns
        guard b.count == l * r, scale.map({ $0.count == r }) ?? true else {
            throw LinearAlgebraError.mismatchedShapes("product of \(a.rows)×\(l) by \(b.count) values as \(l)×\(r)")
        }
        let pieces = Parallel.map(blocks(of: a.rows)) { rows in
            var out = [Float](repeating: 0, count: rows.count * r)
            var sum = [Double](repeating: 0, count: r)
            for (k, row) in rows.enumerated() {
                for j in 0..<r { sum[j] = 0 }
                for i in 0..<l {
                    let ai = Double(a.storage[row * l + i])
                    for j in 0..<r { sum[j] += ai * b[i * r + j] }
                }
                for j in 0..<r { out[k * r + j] = Float(sum[j] * (scale?[j] ?? 1)) }
            }
            return out
        }
        return try DenseMatrix(rows: a.rows, columns: r, storage: Array(pieces.joined()))
    }
}
