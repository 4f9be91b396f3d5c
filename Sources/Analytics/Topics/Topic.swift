/// One topic: its label, keyphrases and articles.
public struct Topic: Sendable, Equatable {
    public let id: Int
    public let label: String
    public let keyphrases: [String]
    /// Indices into the articles given, in input order.
    public let members: [Int]
    /// The articles that fit no topic (average linkage), not a topic of their own.
    public let isOther: Bool

    public init(id: Int, label: String, keyphrases: [String], members: [Int], isOther: Bool = false) {
        self.id = id
        self.label = label
        self.keyphrases = keyphrases
        self.members = members
        self.isOther = isOther
    }
}
