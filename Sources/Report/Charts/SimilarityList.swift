import Analytics
import Foundation

/// The documents most similar to a query, best first.
public struct SimilarityList: Sendable {
    public struct Match: Sendable, Equatable {
        public let id: String
        public let title: String?
        public let cosine: Float
        public init(id: String, title: String?, cosine: Float) {
            self.id = id
            self.title = title
            self.cosine = cosine
        }
    }

    public let query: String
    public let matches: [Match]

    public init(query: String, matches: [Match]) {
        self.query = query
        self.matches = matches
    }

    public func render(_ format: OutputFormat, width: Int = 100) -> String {
        let cosine = { (m: Match) in String(format: "%.4f", m.cosine) }
        switch format {
        case .text:
            var table = TextTable(columns: [.init("rank", .right), .init("cosine", .right), .init("id"), .init("title")])
            let titleWidth = max(20, width - 40)
            for (i, m) in matches.enumerated() {
                table.append([String(i + 1), cosine(m), m.id, DisplayWidth.truncate(m.title ?? "", to: titleWidth)])
            }
            return table.render()
        case .markdown:
            var table = MarkdownTable(header: ["rank", "cosine", "id", "title"], alignments: [.right, .right, .left, .left])
            table.rows = matches.enumerated().map { [String($0 + 1), cosine($1), $1.id, $1.title ?? ""] }
            return table.render()
        case .html:
            return HTMLPage.preformatted(title: "Similar to \(query)", render(.text, width: width))
        case .json:
            struct Entry: Encodable {
                let id: String; let title: String?; let cosine: Double
                func encode(to encoder: Encoder) throws {
                    var c = encoder.container(keyedBy: CodingKeys.self)
                    try c.encode(id, forKey: .id)
                    try c.encode(title, forKey: .title)
                    try c.encode(cosine, forKey: .cosine)
                }
                enum CodingKeys: String, CodingKey { case id, title, cosine }
            }
            struct Body: Encodable { let query: String; let similar: [Entry] }
            return JSONOutput.encode(Body(query: query, similar: matches.map {
                Entry(id: $0.id, title: $0.title, cosine: JSONOutput.rounded(Double($0.cosine)))
            }))
        }
    }
}
