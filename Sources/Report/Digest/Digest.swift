import Analytics

/// One issue's digest: what the day's paper said, for an editor with two minutes.
///
/// Built by ``Digest/build(issue:articles:options:)`` from Analytics results; rendered by
/// ``DigestRenderer``. Stories are ranked by ``Importance``; each story's summary is one or two
/// of its own sentences (``Summarizer``); topics come from ``TopicModel`` with a topic summary
/// over all their articles; the keyword chart counts keyphrases.
public struct Digest: Sendable, Encodable {
    public struct Header: Sendable, Encodable {
        public let paper: String?
        public let issue: String
        public let date: String?
        public let articles: Int
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

    public struct Footer: Sendable, Encodable {
        public let options: String
        public let seed: UInt64
        public let openBLASCore: String
        public let method: String
    }

    public let header: Header
    public let stories: [Story]
    public let topics: [TopicEntry]
    public let duplicates: [[String]]
    public let keywords: [Keyword]
    public let footer: Footer
}

public struct DigestOptions: Sendable {
    public var paper: String?
    /// How many top stories to list.
    public var top: Int
    public var summarySentences: Int
    public var keywordCount: Int
    public var topics: TopicOptions

    public init(paper: String? = nil, top: Int = 10, summarySentences: Int = 2, keywordCount: Int = 15, topics: TopicOptions = TopicOptions()) {
        self.paper = paper
        self.top = top
        self.summarySentences = summarySentences
        self.keywordCount = keywordCount
        self.topics = topics
    }
}

extension Digest {
    public static let method = "importance = 0.5·LexRank centrality + 0.2/page + 0.15/(1+position) + 0.15·length; "
        + "summaries: LexRank, lead and headline (0.35/0.45/0.20) with MMR; "
        + "topics: spherical k-means on character-bigram TF-IDF/LSA, k by silhouette, labels by G²; keywords: corpus keyphrases"

    public static func build(issue: String, articles: [Article], options: DigestOptions = DigestOptions()) throws -> Digest {
        let texts = articles.map(\.analysisText)
        let tfidf = try TfidfVectorizer().fit(texts).weights
        let importance = try Importance.scores(articles: articles, tfidf: tfidf)
        let ranked = articles.indices.sorted { importance[$0] != importance[$1] ? importance[$0] > importance[$1] : $0 < $1 }
        let summarizer = Summarizer()
        let stories = try ranked.prefix(options.top).enumerated().map { rank, i -> Story in
            let a = articles[i]
            return Story(rank: rank + 1, id: a.id, headline: a.displayTitle, hasHeadline: a.title != nil, kicker: a.kicker,
                         kind: a.kind.rawValue, byline: a.byline, page: a.page, importance: (importance[i] * 1000).rounded() / 1000,
                         summary: try summarizer.summarize(a, budget: .sentences(options.summarySentences)).text)
        }
        let topics = try TopicModel.fit(articles, options: options.topics)
        let topicEntries = try topics.clusters.map { topic in
            TopicEntry(id: topic.id, label: topic.label, keyphrases: topic.keyphrases,
                       headlines: topic.members.map { articles[$0].displayTitle },
                       summary: try summarizer.summarize(topic.members.map { articles[$0] }, budget: .sentences(2)).text)
        }
        let characters = articles.reduce(0) { $0 + $1.body.unicodeScalars.filter { CharacterClass.isHan($0.value) || CharacterClass($0.value) == .letter || CharacterClass($0.value) == .digit }.count }
        let keywords = try KeywordRanking.rankPhrases(texts, extractor: KeyphraseExtractor(sizedFor: texts),
                                                      by: .count, top: options.keywordCount)
        let dates = Set(articles.compactMap(\.effectiveDate))
        let footer = Footer(options: "top \(options.top), \(options.summarySentences) summary sentence(s), k \(options.topics.k.map(String.init) ?? "auto (\(options.topics.minK)–\(options.topics.maxK))")",
                            seed: options.topics.seed, openBLASCore: OpenBLASInfo.current().coreName, method: method)
        return Digest(header: Header(paper: options.paper, issue: issue, date: dates.count == 1 ? dates.first : nil,
                                     articles: articles.count, characters: characters),
                      stories: stories, topics: topicEntries,
                      duplicates: topics.duplicates.map { $0.map { articles[$0].displayTitle } },
                      keywords: keywords, footer: footer)
    }
}
