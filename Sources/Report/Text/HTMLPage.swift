/// A self-contained HTML page around a report's text layout, for the reports that have no
/// layout of their own in HTML: the aligned table stays aligned in a monospaced block.
public enum HTMLPage {
    public static func preformatted(title: String, _ text: String) -> String {
        opening(title: title) + SVGChart.escape(text) + closing
    }

    /// The page up to its text, for a text written in pieces, each escaped with
    /// `SVGChart.escape`, then ``closing``.
    public static func opening(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh"><head><meta charset="utf-8"><title>\(SVGChart.escape(title))</title><style>\(DefaultTemplates.style)</style></head>
        <body><pre>
        """
    }

    public static let closing = "</pre></body></html>\n"
}
