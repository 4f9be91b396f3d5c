/// Products of a CSR matrix with dense matrices, in plain Swift: for TF-IDF rows (a few
/// hundred nonzeros among hundreds of thousands of columns) this beats densifying for `sgemm`.
extension SparseMatrix {
    /// `self · b` (rows × b.columns); `b.rows` must equal `columns`.
    public func multiplied(by b: DenseMatrix) throws -> DenseMatrix {
        guard b.rows == columns else { throw LinearAlgebraError.mismatchedShapes("\(rows)×\(columns) sparse by \(b.rows)×\(b.columns)") }
        var out = try DenseMatrix(rows: rows, columns: b.columns)
        let width = b.columns
        b.storage.withUnsafeBufferPointer { bp in
            out.storage.withUnsafeMutableBufferPointer { op in
                for r in 0..<rows {
                    let row = op.baseAddress! + r * width
                    for k in rowPointers[r]..<rowPointers[r + 1] {
                        let v = values[k]
                        let source = bp.baseAddress! + Int(columnIndices[k]) * width
                        for j in 0..<width { row[j] += v * source[j] }
                    }
                }
            }
        }
        return out
    }

    /// `selfᵀ · b` (columns × b.columns); `b.rows` must equal `rows`.
    public func transposeMultiplied(by b: DenseMatrix) throws -> DenseMatrix {
        guard b.rows == rows else { throw LinearAlgebraError.mismatchedShapes("(\(rows)×\(columns))ᵀ sparse by \(b.rows)×\(b.columns)") }
        var out = try DenseMatrix(rows: columns, columns: b.columns)
        let width = b.columns
        b.storage.withUnsafeBufferPointer { bp in
            out.storage.withUnsafeMutableBufferPointer { op in
                for r in 0..<rows {
                    let source = bp.baseAddress! + r * width
                    for k in rowPointers[r]..<rowPointers[r + 1] {
                        let v = values[k]
                        let row = op.baseAddress! + Int(columnIndices[k]) * width
                        for j in 0..<width { row[j] += v * source[j] }
                    }
                }
            }
        }
        return out
    }
}
