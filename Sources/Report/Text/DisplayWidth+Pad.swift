import Analytics

// Padding aligns table cells, so it lives with ``TextTable`` and its alignment.
extension DisplayWidth {
    /// `text` padded with spaces to `width` columns, on the right (`.left`) or left (`.right`).
    public static func pad(_ text: String, to width: Int, alignment: TextTable.Alignment = .left) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignment == .left ? text + padding : padding + text
    }
}
