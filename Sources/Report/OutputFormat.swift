/// The document formats reports are written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned for a terminal (CJK characters two columns wide).
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// Stable JSON for machines: keys sorted, two-space indentation.
    case json
}
