/// A sparse matrix in compressed sparse row (CSR) form with `Float` values.
///
/// Row `r` holds the entries `rowPointers[r]..<rowPointers[r + 1]` of `columnIndices` and
/// `values`; column indices lie in `0..<columns` and strictly ascend within a row, and no
/// explicit zero is stored by the constructors in this module. One row is one document
/// throughout the toolkit.
///
/// The products index memory through these arrays without bounds checks, so they are
/// consistent by construction: the public initialisers check what they are given and throw
/// ``LinearAlgebraError``, and only this module can build from unchecked arrays or change them.
public struct SparseMatrix: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    var rowPointers: [Int]
    var columnIndices: [Int32]
    /// The stored values, row after row (read a row's columns with ``row(_:)``).
    public internal(set) var values: [Float]

    /// A matrix from CSR arrays: `rowPointers` has `rows + 1` entries, starts at 0, never
    /// decreases and ends at `values.count`; `columnIndices` has one entry per value, each in
    /// `0..<columns` and strictly ascending within a row. Both dimensions fit 32 bits (a
    /// transpose stores row numbers as column indices).
    /// - Throws: ``LinearAlgebraError`` naming the first array that breaks these rules.
    public init(rows: Int, columns: Int, rowPointers: [Int], columnIndices: [Int32], values: [Float]) throws {
        try Self.checkDimensions(rows: rows, columns: columns, entries: values.count)
        guard rowPointers.count == rows + 1 else {
            throw LinearAlgebraError.invalidCSR("\(rowPointers.count) row pointers for \(rows) rows (need rows + 1)")
        }
        guard rowPointers[0] == 0 else {
            throw LinearAlgebraError.invalidCSR("row pointers start at \(rowPointers[0]), not 0")
        }
        guard rowPointers[rows] == values.count else {
            throw LinearAlgebraError.invalidCSR("row pointers end at \(rowPointers[rows]) but there are \(values.count) values")
        }
        guard columnIndices.count == values.count else {
            throw LinearAlgebraError.invalidCSR("\(columnIndices.count) column indices for \(values.count) values")
        }
        // All pointers first: only then do the row ranges below stay inside the arrays.
        if let r = (0..<rows).first(where: { rowPointers[$0] > rowPointers[$0 + 1] }) {
            throw LinearAlgebraError.invalidCSR("row pointers decrease in row \(r) (start \(rowPointers[r]), end \(rowPointers[r + 1]))")
        }
        for r in 0..<rows {
            for k in rowPointers[r]..<rowPointers[r + 1] {
                let c = columnIndices[k]
                guard c >= 0, Int(c) < columns else { throw Self.columnOutOfRange(c, row: r, columns: columns) }
                guard k == rowPointers[r] || columnIndices[k - 1] < c else {
                    throw LinearAlgebraError.invalidCSR("columns in row \(r) do not strictly ascend (\(columnIndices[k - 1]) then \(c))")
                }
            }
        }
        self.init(rows: rows, columns: columns, uncheckedRowPointers: rowPointers, columnIndices: columnIndices, values: values)
    }

    /// For this module's own constructors, whose arrays are consistent by how they are built.
    init(rows: Int, columns: Int, uncheckedRowPointers rowPointers: [Int], columnIndices: [Int32], values: [Float]) {
        self.rows = rows
        self.columns = columns
        self.rowPointers = rowPointers
        self.columnIndices = columnIndices
        self.values = values
    }

    /// Builds a matrix from rows of `(column, value)` pairs in any order; pairs with the same
    /// column are summed and zeros dropped.
    /// - Throws: ``LinearAlgebraError`` when `columns` does not fit 32 bits or a column is
    ///   outside `0..<columns`.
    public init(columns: Int, rows: [[(column: Int32, value: Float)]]) throws {
        try Self.checkDimensions(rows: rows.count, columns: columns, entries: rows.reduce(0) { $0 + $1.count })
        for (r, row) in rows.enumerated() {
            if let bad = row.first(where: { $0.column < 0 || Int($0.column) >= columns }) {
                throw Self.columnOutOfRange(bad.column, row: r, columns: columns)
            }
        }
        self.init(columns: columns, uncheckedRows: rows)
    }

    /// The pairs initialiser without its checks, for columns this module numbered itself.
    init(columns: Int, uncheckedRows rows: [[(column: Int32, value: Float)]]) {
        var pointers = [0]
        var indices: [Int32] = []
        var values: [Float] = []
        for row in rows {
            let sorted = row.sorted { $0.column < $1.column }
            var i = 0
            while i < sorted.count {
                var sum = sorted[i].value
                var j = i + 1
                while j < sorted.count, sorted[j].column == sorted[i].column { sum += sorted[j].value; j += 1 }
                if sum != 0 { indices.append(sorted[i].column); values.append(sum) }
                i = j
            }
            pointers.append(indices.count)
        }
        self.init(rows: rows.count, columns: columns, uncheckedRowPointers: pointers, columnIndices: indices, values: values)
    }

    private static func checkDimensions(rows: Int, columns: Int, entries: Int) throws {
        guard DenseMatrix.fitsBLAS(rows), DenseMatrix.fitsBLAS(columns) else {
            throw LinearAlgebraError.dimensionOutOfRange(rows: rows, columns: columns, elements: entries)
        }
    }

    private static func columnOutOfRange(_ column: Int32, row: Int, columns: Int) -> LinearAlgebraError {
        .indexOutOfRange("column \(column) in row \(row) of a matrix with \(columns) columns")
    }

    public var nonzeroCount: Int { values.count }

    /// The stored entries of row `r`.
    public func row(_ r: Int) -> (columns: ArraySlice<Int32>, values: ArraySlice<Float>) {
        let range = rowPointers[r]..<rowPointers[r + 1]
        return (columnIndices[range], values[range])
    }

    /// The number of rows in which each column has a stored entry (document frequency).
    public func columnNonzeroCounts() -> [Int] {
        var counts = Array(repeating: 0, count: columns)
        for c in columnIndices { counts[Int(c)] += 1 }
        return counts
    }

    /// The sum of each column's values (total term frequency).
    public func columnSums() -> [Double] {
        var sums = Array(repeating: 0.0, count: columns)
        for (c, v) in zip(columnIndices, values) { sums[Int(c)] += Double(v) }
        return sums
    }

    /// The matrix with only the columns in `keep`, renumbered `0..<keep.count` in the order given.
    /// `keep` must not repeat a column.
    consuming func selectingColumns(_ keep: [Int]) -> SparseMatrix {
        var newIndex = [Int32](repeating: -1, count: columns)
        for (new, old) in keep.enumerated() { newIndex[old] = Int32(new) }
        return remappingColumns(newIndex, columns: keep.count)
    }

    /// The matrix with column `c` moved to `map[c]`, or dropped where `map[c] < 0`.
    /// `map` must not send two columns to one, nor any to `newColumns` or beyond.
    /// Works in this matrix's own arrays when nothing else holds them, so a matrix of hundreds
    /// of millions of entries is not held twice: each row is renumbered and sorted where it
    /// lies, rows spread over every core, then the kept entries are moved forward.
    consuming func remappingColumns(_ map: [Int32], columns newColumns: Int) -> SparseMatrix {
        var pointers = rowPointers, indices = columnIndices, kept = values
        rowPointers = []
        columnIndices = []
        values = []
        let rows = self.rows
        var keptCounts = [Int](repeating: 0, count: rows)
        indices.withUnsafeMutableBufferPointer { indices in
            kept.withUnsafeMutableBufferPointer { kept in
                keptCounts.withUnsafeMutableBufferPointer { keptCounts in
                    // Each part writes only inside its own rows.
                    nonisolated(unsafe) let indices = indices, kept = kept, keptCounts = keptCounts
                    let pointers = pointers
                    // Columns are unique within a row, so a row sorted by column is sorted.
                    let keyBits = RadixSorter<UInt64>.keyBits(below: newColumns)
                    Parallel.forEachPart(of: rows) { part in
                        // (column, value) packed in one word move together through the sort.
                        var words: [UInt64] = [], sorter = RadixSorter<UInt64>()
                        for r in part {
                            let start = pointers[r]
                            words.removeAll(keepingCapacity: true)
                            for k in start..<pointers[r + 1] {
                                let mapped = map[Int(indices[k])]
                                if mapped >= 0 { words.append(UInt64(UInt32(mapped)) << 32 | UInt64(kept[k].bitPattern)) }
                            }
                            sorter.sort(&words, keyShift: 32, keyBits: keyBits)
                            for (k, word) in zip(start..., words) {
                                indices[k] = Int32(truncatingIfNeeded: word >> 32)
                                kept[k] = Float(bitPattern: UInt32(truncatingIfNeeded: word))
                            }
                            keptCounts[r] = words.count
                        }
                    }
                }
                // Entries only move towards the front, so no row is overwritten before it moves.
                var written = 0, start = 0
                for r in 0..<rows {
                    let end = pointers[r + 1], count = keptCounts[r]
                    if written != start {
                        (indices.baseAddress! + written).update(from: indices.baseAddress! + start, count: count)
                        (kept.baseAddress! + written).update(from: kept.baseAddress! + start, count: count)
                    }
                    written += count
                    start = end
                    pointers[r + 1] = written
                }
            }
        }
        indices.removeLast(indices.count - pointers[rows])
        kept.removeLast(kept.count - pointers[rows])
        return SparseMatrix(rows: rows, columns: newColumns, uncheckedRowPointers: pointers, columnIndices: indices, values: kept)
    }

    /// The matrix made of rows `rows` of this one, in that order.
    public func selectingRows(_ rows: [Int]) -> SparseMatrix {
        var pointers = [0]
        var indices: [Int32] = []
        var kept: [Float] = []
        for r in rows {
            let range = rowPointers[r]..<rowPointers[r + 1]
            indices.append(contentsOf: columnIndices[range])
            kept.append(contentsOf: values[range])
            pointers.append(indices.count)
        }
        return SparseMatrix(rows: rows.count, columns: columns, uncheckedRowPointers: pointers, columnIndices: indices, values: kept)
    }

    /// The cosine of rows `a` and `b` (0 when either is zero).
    public func cosine(_ a: Int, _ b: Int) -> Float {
        let normA = dot(row: a, with: self, row: a), normB = dot(row: b, with: self, row: b)
        return normA > 0 && normB > 0 ? Float(dot(row: a, with: self, row: b) / (normA * normB).squareRoot()) : 0
    }

    /// The dot product of row `r` of this matrix with row `s` of `other` (same columns), by
    /// merging their sorted columns; accumulated in `Double`.
    public func dot(row r: Int, with other: SparseMatrix, row s: Int) -> Double {
        var i = rowPointers[r], j = other.rowPointers[s]
        let endI = rowPointers[r + 1], endJ = other.rowPointers[s + 1]
        var sum = 0.0
        while i < endI && j < endJ {
            if columnIndices[i] == other.columnIndices[j] {
                sum += Double(values[i]) * Double(other.values[j])
                i += 1; j += 1
            } else if columnIndices[i] < other.columnIndices[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// The matrix as dense rows (for tests and small inputs).
    public func denseRows() -> [[Float]] {
        (0..<rows).map { r in
            var dense = [Float](repeating: 0, count: columns)
            for k in rowPointers[r]..<rowPointers[r + 1] { dense[Int(columnIndices[k])] = values[k] }
            return dense
        }
    }
}
