import Analytics

/// Matrix Market text for a sparse matrix: `coordinate real general`, 1-based indices, one
/// entry per line in row-major order — what `scipy.io.mmread` reads as it is.
/// Values print in their shortest exact `Float` form (whole numbers without a decimal point),
/// so reading them back gives the same floats.
public enum MatrixMarket {
    /// The file's bytes (UTF-8). Built as bytes: a matrix can have millions of entries.
    public static func render(_ m: SparseMatrix, comment: String? = nil) -> [UInt8] {
        var out: [UInt8] = []
        write(m, comment: comment, piecesOf: .max) { out += $0 }
        return out
    }

    /// The file's bytes handed to `emit` in pieces of about `piecesOf` bytes, whole lines each,
    /// so a matrix of a hundred million entries is written without its text ever held whole.
    public static func write(_ m: SparseMatrix, comment: String? = nil, piecesOf pieceSize: Int = 1 << 20,
                             to emit: ([UInt8]) throws -> Void) rethrows {
        var header = "%%MatrixMarket matrix coordinate real general\n"
        if let comment { for line in comment.split(separator: "\n") { header += "% \(line)\n" } }
        header += "\(m.rows) \(m.columns) \(m.nonzeroCount)\n"
        var out = Array(header.utf8)
        out.reserveCapacity(out.count + min(pieceSize, m.nonzeroCount * 24) + 64)
        for r in 0..<m.rows {
            let row = m.row(r)
            for (column, v) in zip(row.columns, row.values) {
                appendDecimal(r + 1, to: &out)
                out.append(0x20)
                appendDecimal(Int(column) + 1, to: &out)
                out.append(0x20)
                if v == v.rounded(), abs(v) < 1e7 {
                    if v < 0 { out.append(0x2D) }
                    appendDecimal(Int(abs(v)), to: &out)
                } else {
                    out.append(contentsOf: v.description.utf8)
                }
                out.append(0x0A)
            }
            if out.count >= pieceSize {
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { try emit(out) }
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(0x30 + n % 10)
                n /= 10
                count += 1
            } while n > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
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
