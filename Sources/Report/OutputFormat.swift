/// The formats every report is written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned for a terminal (CJK characters two columns wide).
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// Stable JSON for machines: keys sorted, two-space indentation.
    case json
    /// One self-contained HTML file: laid out with charts for the digest and the trend report,
    /// the text layout in a page for the other reports.
    case html
}
