import Dispatch
import Foundation

/// Products of a CSR matrix with dense matrices, in plain Swift: for TF-IDF rows (a few
/// hundred nonzeros among hundreds of thousands of columns) this beats densifying for `sgemm`.
/// Rows are shared out over the machine's cores; each output row is written by one worker,
/// so the result does not depend on the number of cores.
extension SparseMatrix {
    /// `self · b` (rows × b.columns); `b.rows` must equal `columns`.
    public func multiplied(by b: DenseMatrix) throws -> DenseMatrix {
        guard b.rows == columns else { throw LinearAlgebraError.mismatchedShapes("\(rows)×\(columns) sparse by \(b.rows)×\(b.columns)") }
        var out = try DenseMatrix(rows: rows, columns: b.columns)
        let width = b.columns
        b.storage.withUnsafeBufferPointer { bp in
            out.storage.withUnsafeMutableBufferPointer { op in
                nonisolated(unsafe) let source = bp.baseAddress!
                nonisolated(unsafe) let target = op.baseAddress!
                Parallel.forEachPart(of: rows, parts: Swift.min(64, rows / 256)) { part in
                    for r in part {
                        let row = target + r * width
                        for k in rowPointers[r]..<rowPointers[r + 1] {
                            let v = values[k]
                            let from = source + Int(columnIndices[k]) * width
                            for j in 0..<width { row[j] += v * from[j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// `selfᵀ · b` (columns × b.columns); `b.rows` must equal `rows`.
    ///
    /// A scatter: row `r` of `self` adds `value · b[r, :]` to each output row its entries name,
    /// so each worker reads `b` once and in order. That is the fast way to form `x · b` from `xᵀ` when `b`
    /// is too large for the cache (a term × direction matrix over a large vocabulary), where
    /// ``multiplied(by:)`` would fetch a row of `b` from memory for every nonzero. Each worker
    /// owns a range of output rows and adds into them in the order of `self`'s rows — the order
    /// of the columns of `x`'s sorted rows — so the result does not depend on the number of
    /// cores, and equals `x.multiplied(by: b)` when `x`'s rows are sorted.
    public func transposeMultiplied(by b: DenseMatrix) throws -> DenseMatrix {
        guard b.rows == rows else { throw LinearAlgebraError.mismatchedShapes("(\(rows)×\(columns))ᵀ sparse by \(b.rows)×\(b.columns)") }
        var out = try DenseMatrix(rows: columns, columns: b.columns)
        let width = b.columns, outputRows = columns
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, outputRows / 256))
        b.storage.withUnsafeBufferPointer { bp in
            out.storage.withUnsafeMutableBufferPointer { op in
                nonisolated(unsafe) let source = bp.baseAddress!
                nonisolated(unsafe) let target = op.baseAddress!
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    let low = Int32(outputRows * worker / workers), high = Int32(outputRows * (worker + 1) / workers)
                    for r in 0..<rows {
                        let from = source + r * width
                        for k in rowPointers[r]..<rowPointers[r + 1] {
                            let c = columnIndices[k]
                            guard c >= low && c < high else { continue }
                            let v = values[k]
                            let row = target + Int(c) * width
                            for j in 0..<width { row[j] += v * from[j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The transpose, in CSR form (rows become columns).
    public func transposed() -> SparseMatrix {
        var pointers = [Int](repeating: 0, count: columns + 1)
        for c in columnIndices { pointers[Int(c) + 1] += 1 }
        for c in 0..<columns { pointers[c + 1] += pointers[c] }
        var fill = pointers
        var indices = [Int32](repeating: 0, count: nonzeroCount)
        var transposedValues = [Float](repeating: 0, count: nonzeroCount)
        for r in 0..<rows {
            for k in rowPointers[r]..<rowPointers[r + 1] {
                let c = Int(columnIndices[k])
                indices[fill[c]] = Int32(r)
                transposedValues[fill[c]] = values[k]
                fill[c] += 1
            }
        }
        return SparseMatrix(rows: columns, columns: rows, uncheckedRowPointers: pointers, columnIndices: indices, values: transposedValues)
    }
}
