/// The document formats reports are written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned for a terminal (CJK characters two columns wide).
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// Stable JSON for machines: keys sorted, two-space indentation.
    case json
}

/// The formats of the reports an editor reads or publishes (the digest, the trend report):
/// ``OutputFormat``'s, plus one self-contained HTML file.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, markdown, json, html
}
