import Analytics

/// A table for people: columns padded to a common display width (CJK characters count
/// two), a header, and a rule under it. Trailing spaces are trimmed from every line.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a row needs \(columns.count) cells")
        rows.append(row)
    }

    /// The rendered table, lines separated by `\n`, ending with one.
    public func render() -> String {
        let widths = columns.indices.map { c in
            ([columns[c].title] + rows.map { $0[c] }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { DisplayWidth.pad(cells[$0], to: widths[$0], alignment: columns[$0].alignment) }
            return String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        var out = line(columns.map(\.title)) + "\n"
        out += line(widths.map { String(repeating: "─", count: $0) }) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// The same columns and rows as a Markdown table.
    public func markdown() -> String {
        var table = MarkdownTable(header: columns.map(\.title), alignments: columns.map(\.alignment))
        table.rows = rows
        return table.render()
    }
}
