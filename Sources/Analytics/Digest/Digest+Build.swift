extension Digest {
    /// The digest of one issue's articles.
    ///
    /// Stories are ranked by ``Importance`` over the issue's character-bigram TF-IDF (ties by
    /// input order) and summarised in their own sentences (``Summarizer``); topics come from
    /// ``TopicModel``, each summarised across its articles; the keyword chart counts the
    /// issue's keyphrases (``KeywordRanking/rankPhrases(_:extractor:stopWords:vocabulary:tfidf:by:top:)``).
    /// Deterministic: the same articles and options give the same digest on any machine.
    public static func build(issue: String, articles: [Article], options: DigestOptions = DigestOptions()) throws -> Digest {
        let texts = articles.map(\.analysisText)
        let tfidf = try TfidfVectorizer().fit(texts).weights
        let importance = try options.importance.scores(articles: articles, tfidf: tfidf)
        let ranked = articles.indices.sorted { importance[$0] != importance[$1] ? importance[$0] > importance[$1] : $0 < $1 }
        let summarizer = options.summarizer
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
        // An issue too small to repeat any phrase has an empty chart, not a failed digest.
        let keywords: [Keyword]
        do {
            keywords = try KeywordRanking.rankPhrases(texts, extractor: KeyphraseExtractor(sizedFor: texts), by: .keyness, top: options.keywordCount)
        } catch VectorizerError.noTermsLeft {
            keywords = []
        }
        let dates = Set(articles.compactMap(\.effectiveDate))
        let k = options.topics.k.map(String.init) ?? "auto (\(options.topics.minK)–\(options.topics.maxK))"
        let footer = Footer(options: "top \(options.top), \(options.summarySentences) summary sentence(s), k \(k)",
                            seed: options.topics.seed, method: method(options))
        return Digest(header: Header(paper: options.paper, issue: issue, date: dates.count == 1 ? dates.first : nil,
                                     articles: articles.count,
                                     characters: articles.reduce(0) { $0 + Summarizer.contentLength($1.body) }),
                      stories: stories, topics: topicEntries,
                      duplicates: topics.duplicates.map { $0.map { articles[$0].displayTitle } },
                      keywords: keywords, footer: footer)
    }

    /// The method line of the footer, written from the weights the build uses.
    static func method(_ options: DigestOptions) -> String {
        "importance = \(options.importance); summaries: \(options.summarizer); "
            + "topics: spherical k-means on character-bigram TF-IDF/LSA, k by silhouette, labels by G²; keywords: corpus keyphrases by G² against general Chinese (jieba's word counts)"
    }
}
