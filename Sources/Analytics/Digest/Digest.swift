/// One issue's digest: what the day's paper said, for an editor with two minutes.
///
/// Built by ``Digest/build(issue:articles:options:)`` (in `Digest+Build.swift`); rendered by
/// Report's `DigestRenderer`. Holds nothing about the machine that computed it: the same
/// articles and options give the same digest everywhere.
public struct Digest: Sendable, Encodable {
    public struct Header: Sendable, Encodable {
        public let paper: String?
        public let issue: String
        public let date: String?
        public let articles: Int
        /// Letters and digits in the issue's bodies (``Summarizer/contentLength(_:)``).
        public let characters: Int
    }

    public struct Story: Sendable, Encodable {
        public let rank: Int
        public let id: String
        public let headline: String
        public let hasHeadline: Bool
        public let kicker: String?
        public let kind: String
        public let byline: String?
        public let page: Int?
        public let importance: Double
        public let summary: String
    }

    public struct TopicEntry: Sendable, Encodable {
        public let id: Int
        public let label: String
        public let keyphrases: [String]
        public let headlines: [String]
        public let summary: String
    }

    /// How the digest was computed: the options and the method, for the reader's trust.
    public struct Footer: Sendable, Encodable {
        public let options: String
        public let seed: UInt64
        public let method: String
    }

    public let header: Header
    public let stories: [Story]
    public let topics: [TopicEntry]
    public let duplicates: [[String]]
    public let keywords: [Keyword]
    public let footer: Footer
}
