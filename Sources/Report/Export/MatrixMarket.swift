import Analytics

/// Matrix Market text for a sparse matrix: `coordinate real general`, 1-based indices, one
/// entry per line in row-major order — what `scipy.io.mmread` reads as it is.
/// Values print in their shortest exact `Float` form, so reading them back gives the same floats.
public enum MatrixMarket {
    public static func render(_ m: SparseMatrix, comment: String? = nil) -> String {
        var out = "%%MatrixMarket matrix coordinate real general\n"
        if let comment { for line in comment.split(separator: "\n") { out += "% \(line)\n" } }
        out += "\(m.rows) \(m.columns) \(m.nonzeroCount)\n"
        out.reserveCapacity(out.utf8.count + m.nonzeroCount * 16)
        for r in 0..<m.rows {
            for k in m.rowPointers[r]..<m.rowPointers[r + 1] {
                let v = m.values[k]
                let text = v == v.rounded() && abs(v) < 1e7 ? String(Int(v)) : v.description
                out += "\(r + 1) \(Int(m.columnIndices[k]) + 1) \(text)\n"
            }
        }
        return out
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
