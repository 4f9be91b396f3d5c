/// A dense row-major matrix of `Float`, the shape every BLAS call in the toolkit takes.
///
/// Element `(i, j)` is `storage[i * columns + j]`. Both dimensions fit BLAS's 32-bit
/// integers and `storage` holds exactly `rows * columns` values: the public initialisers
/// check that and throw ``LinearAlgebraError`` otherwise, and only this module can replace
/// `storage`, so the BLAS layer never has to check again.
public struct DenseMatrix: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    public internal(set) var storage: [Float]

    /// A matrix of zeros.
    public init(rows: Int, columns: Int) throws {
        // Checked before allocating: a negative count would trap in `Array(repeating:count:)`.
        guard Self.fitsBLAS(rows), Self.fitsBLAS(columns) else {
            throw LinearAlgebraError.dimensionOutOfRange(rows: rows, columns: columns, elements: 0)
        }
        try self.init(rows: rows, columns: columns, storage: Array(repeating: 0, count: rows * columns))
    }

    /// A matrix over `storage` (row-major, `rows * columns` values).
    public init(rows: Int, columns: Int, storage: [Float]) throws {
        // Both dimensions below 2³¹, so the product cannot overflow.
        guard Self.fitsBLAS(rows), Self.fitsBLAS(columns), storage.count == rows * columns else {
            throw LinearAlgebraError.dimensionOutOfRange(rows: rows, columns: columns, elements: storage.count)
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// A matrix from equal-length rows.
    public init(_ rows: [[Float]]) throws {
        let width = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == width }) else {
            throw LinearAlgebraError.ragged(rowLengths: Set(rows.map(\.count)).sorted())
        }
        try self.init(rows: rows.count, columns: width, storage: rows.flatMap { $0 })
    }

    /// Rows `range` of a sparse matrix, densified; `range` must lie within `0..<sparse.rows`.
    public init(_ sparse: SparseMatrix, rows range: Range<Int>) throws {
        guard range.lowerBound >= 0, range.upperBound <= sparse.rows else {
            throw LinearAlgebraError.indexOutOfRange("rows \(range) of a matrix with \(sparse.rows) rows")
        }
        try self.init(rows: range.count, columns: sparse.columns)
        for (i, r) in range.enumerated() {
            for k in sparse.rowPointers[r]..<sparse.rowPointers[r + 1] {
                storage[i * columns + Int(sparse.columnIndices[k])] = sparse.values[k]
            }
        }
    }

    static func fitsBLAS(_ dimension: Int) -> Bool { (0...Int(Int32.max)).contains(dimension) }

    public subscript(row: Int, column: Int) -> Float {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    public func row(_ i: Int) -> ArraySlice<Float> { storage[(i * columns)..<((i + 1) * columns)] }
}

/// Why a linear-algebra value could not be made.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    case dimensionOutOfRange(rows: Int, columns: Int, elements: Int)
    case ragged(rowLengths: [Int])
    case mismatchedShapes(String)
    /// A row or column index outside the matrix; the text names the index and the bound.
    case indexOutOfRange(String)
    /// CSR arrays that do not describe a matrix; the text names the first inconsistency.
    case invalidCSR(String)

    public var description: String {
        switch self {
        case let .dimensionOutOfRange(rows, columns, elements):
            return "a \(rows)×\(columns) matrix with \(elements) values cannot be handed to BLAS (dimensions must be 0…\(Int32.max) and match the values)"
        case let .ragged(lengths):
            return "rows of different lengths \(lengths) cannot form a matrix"
        case let .mismatchedShapes(what):
            return "shapes do not match: \(what)"
        case let .indexOutOfRange(what):
            return "index out of range: \(what)"
        case let .invalidCSR(what):
            return "inconsistent CSR arrays: \(what)"
        }
    }
}
