import Foundation

/// A GitHub-flavoured Markdown table; `|` and line breaks inside cells are escaped.
public struct MarkdownTable: Sendable {
    public var header: [String]
    public var alignments: [TextTable.Alignment]
    public var rows: [[String]] = []

    public init(header: [String], alignments: [TextTable.Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    public func render() -> String {
        func escape(_ cell: String) -> String {
            cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        func line(_ cells: [String]) -> String { "| " + cells.map(escape).joined(separator: " | ") + " |\n" }
        let rule = "|" + alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined() + "\n"
        return line(header) + rule + rows.map(line).joined()
    }
}
