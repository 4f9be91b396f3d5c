import Analytics

/// Matrix Market text for a sparse matrix: `coordinate real general`, 1-based indices, one
/// entry per line in row-major order — what `scipy.io.mmread` reads as it is.
/// Values print in their shortest exact `Float` form (whole numbers without a decimal point),
/// so reading them back gives the same floats.
public enum MatrixMarket {
    /// The file's bytes (UTF-8). Built as bytes: a matrix can have millions of entries.
    public static func render(_ m: SparseMatrix, comment: String? = nil) -> [UInt8] {
        header(m, comment: comment) + lines(of: m, rows: 0..<m.rows)
    }

    /// The file's bytes handed to `emit` in order, the header first, then pieces of about
    /// `piecesOf` bytes of whole rows, so a matrix of a hundred million entries is written
    /// without its text ever held whole. Pieces are formatted a batch at a time on every core.
    public static func write(_ m: SparseMatrix, comment: String? = nil, piecesOf pieceSize: Int = 1 << 20,
                             to emit: ([UInt8]) throws -> Void) throws {
        try emit(header(m, comment: comment))
        // An entry's line is about 20 bytes.
        let entriesPerPiece = pieceSize / 20
        var pieces: [Range<Int>] = []
        var start = 0, entries = 0
        for r in 0..<m.rows {
            entries += m.row(r).columns.count
            if entries > entriesPerPiece || r == m.rows - 1 {
                if entries > 0 { pieces.append(start..<(r + 1)) }
                start = r + 1
                entries = 0
            }
        }
        // The next pieces are formatted while the last ones are written: at a million
        // documents, the disk takes as long as the formatting.
        let batch = 8
        try Pipeline.run(depth: batch, produce: { send in
            for first in stride(from: 0, to: pieces.count, by: batch) {
                for text in Parallel.map(Array(pieces[first..<min(first + batch, pieces.count)]), { lines(of: m, rows: $0) }) {
                    try send(text)
                }
            }
        }, consume: emit)
    }

    /// The banner, the comment's lines and the size line.
    private static func header(_ m: SparseMatrix, comment: String?) -> [UInt8] {
        var header = "%%MatrixMarket matrix coordinate real general\n"
        if let comment { for line in comment.split(separator: "\n") { header += "% \(line)\n" } }
        header += "\(m.rows) \(m.columns) \(m.nonzeroCount)\n"
        return Array(header.utf8)
    }

    /// The entry lines of `rows`, written straight into the bytes they become: at a million
    /// documents there are hundreds of millions of lines.
    private static func lines(of m: SparseMatrix, rows: Range<Int>) -> [UInt8] {
        var entries = 0
        for r in rows { entries += m.row(r).columns.count }
        return [UInt8](unsafeUninitializedCapacity: entries * longestLine) { buffer, count in
            var end = buffer.baseAddress!
            for r in rows {
                let row = m.row(r)
                for (column, v) in zip(row.columns, row.values) {
                    end = decimal(r + 1, to: end)
                    end.pointee = 0x20
                    end += 1
                    end = decimal(Int(column) + 1, to: end)
                    end.pointee = 0x20
                    end += 1
                    if v == v.rounded(), abs(v) < 1e7 {
                        if v < 0 {
                            end.pointee = 0x2D
                            end += 1
                        }
                        end = decimal(Int(abs(v)), to: end)
                    } else {
                        var text = v.description
                        precondition(text.utf8.count <= longestFloat, "a Float printed longer than \(longestFloat) bytes")
                        end = text.withUTF8 { copy($0, to: end) }
                    }
                    end.pointee = 0x0A
                    end += 1
                }
            }
            count = end - buffer.baseAddress!
        }
    }

    /// The most bytes an entry's line can take: two 32-bit indices (10 digits each), a
    /// `Float`'s shortest form (at most 15 characters, as `-1.17549435e-38`), two spaces and
    /// the line feed.
    private static let longestLine = 10 + 1 + 10 + 1 + longestFloat + 1
    private static let longestFloat = 15

    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        end.update(from: bytes.baseAddress!, count: bytes.count)
        return end + bytes.count
    }

    /// Writes the digits of `value` (≥ 0) at `start` and returns where they end.
    private static func decimal(_ value: Int, to start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var digits = 1, rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var n = value, at = start + digits
        repeat {
            at -= 1
            at.pointee = UInt8(truncatingIfNeeded: 0x30 + n % 10)
            n /= 10
        } while n > 0
        return start + digits
    }
}

/// Tab-separated tables with a header line; tabs and line breaks inside fields become spaces.
public enum TSV {
    public static func render(header: [String], rows: [[String]]) -> String {
        func clean(_ field: String) -> String {
            String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        }
        return ([header] + rows).map { $0.map(clean).joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }
}
