import Analytics
import Testing

/// The public initialisers turn bad shapes and indices into errors that say what is wrong.
@Suite struct MatrixValidationTests {
    /// What `body` throws (nil when it returns).
    static func failure(_ body: () throws -> Any) -> LinearAlgebraError? {
        do { _ = try body() } catch { return error as? LinearAlgebraError }
        return nil
    }

    static func csr(rows: Int = 2, columns: Int = 3, _ pointers: [Int], _ indices: [Int32], _ values: [Float]) -> LinearAlgebraError? {
        failure { try SparseMatrix(rows: rows, columns: columns, rowPointers: pointers, columnIndices: indices, values: values) }
    }

    @Test func consistentCSRArraysMakeTheSameMatrixAsPairs() throws {
        let arrays = try SparseMatrix(rows: 2, columns: 3, rowPointers: [0, 2, 2], columnIndices: [0, 2], values: [3, 0.5])
        let pairs = try SparseMatrix(columns: 3, rows: [[(column: 2, value: 0.5), (column: 0, value: 3)], []])
        #expect(arrays == pairs)
        #expect(Array(arrays.row(0).columns) == [0, 2] && arrays.values == [3, 0.5])
    }

    @Test func csrInitialiserRejectsBadArrays() {
        #expect(Self.csr([0, 1, 2], [0, 3], [1, 1]) == .indexOutOfRange("column 3 in row 1 of a matrix with 3 columns"))
        #expect(Self.csr([0, 1, 2], [-1, 0], [1, 1]) == .indexOutOfRange("column -1 in row 0 of a matrix with 3 columns"))
        #expect(Self.csr([0, 2, 2], [2, 1], [1, 1]) == .invalidCSR("columns in row 0 do not strictly ascend (2 then 1)"))
        #expect(Self.csr([0, 2, 2], [1, 1], [1, 1]) == .invalidCSR("columns in row 0 do not strictly ascend (1 then 1)"))
        #expect(Self.csr([0, 2], [0, 1], [1, 1]) == .invalidCSR("2 row pointers for 2 rows (need rows + 1)"))
        #expect(Self.csr([1, 1, 2], [0, 1], [1, 1]) == .invalidCSR("row pointers start at 1, not 0"))
        #expect(Self.csr([0, 2, 1], [0], [1]) == .invalidCSR("row pointers decrease in row 1 (start 2, end 1)"))
        #expect(Self.csr([0, 1, 3], [0, 1], [1, 1]) == .invalidCSR("row pointers end at 3 but there are 2 values"))
        #expect(Self.csr([0, 1, 2], [0], [1, 1]) == .invalidCSR("1 column indices for 2 values"))
        #expect(Self.csr(rows: -1, [0], [], []) == .dimensionOutOfRange(rows: -1, columns: 3, elements: 0))
    }

    @Test func pairsInitialiserRejectsColumnsOutsideTheMatrix() {
        #expect(Self.failure { try SparseMatrix(columns: 3, rows: [[], [(column: 3, value: 1)]]) }
            == .indexOutOfRange("column 3 in row 1 of a matrix with 3 columns"))
        #expect(Self.failure { try SparseMatrix(columns: 3, rows: [[(column: -2, value: 1)]]) }
            == .indexOutOfRange("column -2 in row 0 of a matrix with 3 columns"))
        #expect(Self.failure { try SparseMatrix(columns: -1, rows: []) } == .dimensionOutOfRange(rows: 0, columns: -1, elements: 0))
    }

    @Test func denseInitialisersRejectBadSizesAndRows() throws {
        #expect(Self.failure { try DenseMatrix(rows: -1, columns: 2) } == .dimensionOutOfRange(rows: -1, columns: 2, elements: 0))
        #expect(Self.failure { try DenseMatrix(rows: 2, columns: 2, storage: [1, 2, 3]) }
            == .dimensionOutOfRange(rows: 2, columns: 2, elements: 3))
        let sparse = try SparseMatrix(columns: 2, rows: [[(column: 1, value: 1)], []])
        #expect(Self.failure { try DenseMatrix(sparse, rows: 1..<3) } == .indexOutOfRange("rows 1..<3 of a matrix with 2 rows"))
        #expect(try DenseMatrix(sparse, rows: 0..<2).storage == [0, 1, 0, 0])
    }
}
