import Foundation

/// A GitHub-flavoured Markdown table; cells are escaped (``MarkdownText``).
public struct MarkdownTable: Sendable {
    public var header: [String]
    public var alignments: [TextTable.Alignment]
    public var rows: [[String]] = []

    public init(header: [String], alignments: [TextTable.Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    public func render() -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map(MarkdownText.escaped).joined(separator: " | ") + " |\n" }
        let rule = "|" + alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined() + "\n"
        return line(header) + rule + rows.map(line).joined()
    }
}
