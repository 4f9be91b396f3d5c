import Foundation

/// How much an article matters within its issue, for ranking a digest's top stories.
///
///     importance = (0.3·coverage + 0.25·page + 0.15·position + 0.1·headline + 0.1·lead + 0.1·length)
///                  × (½ for a picture or a brief that does not lead its page)        (the defaults)
///
/// - **coverage**: `k / (1 + k)`, where `k` is the number of other articles of the issue whose
///   character-bigram TF-IDF cosine with this one is at least ``coverageThreshold`` (0.1) —
///   degree centrality in the similarity graph: a story the paper tells in several
///   pieces (report, commentary, follow-up) is the day's story;
/// - **page**: `1 / page` (unknown pages count as page 4) — editors put what matters first;
/// - **position**: `1 / (1 + position on its page)`, counted within its issue;
/// - **headline**: 1 when the article has a headline of its own;
/// - **lead**: 1 when the body opens (in its first two paragraphs) with a dateline lead
///   (`本报讯`, `新华社北京1月10日电`): a report, not a feature or a note;
/// - **length**: `ln(1 + characters) / ln(1 + longest)`.
///
/// A brief is an untitled article under 200 characters. Every term is in 0…1, so with weights
/// summing to 1 the score is too. Deterministic; symmetric in the similarity graph.
public struct Importance: Sendable, Equatable {
    public var coverageWeight = 0.3
    public var pageWeight = 0.25
    public var positionWeight = 0.15
    public var headlineWeight = 0.1
    public var leadWeight = 0.1
    public var lengthWeight = 0.1
    public var coverageThreshold: Float = 0.1

    public init() {}

    public func scores(articles: [Article], tfidf: SparseMatrix) throws -> [Double] {
        guard !articles.isEmpty else { return [] }
        let similarity = try CosineSimilarity.sparse(tfidf, tfidf)
        let longest = articles.map { $0.body.unicodeScalars.count }.max() ?? 1
        return articles.indices.map { i in
            let a = articles[i]
            let k = Double(articles.indices.filter { $0 != i && similarity[i, $0] >= coverageThreshold }.count)
            let characters = a.body.unicodeScalars.count
            let page = 1.0 / Double(max(1, a.page ?? 4))
            let position = 1.0 / Double(1 + a.position)
            let headline: Double = a.title == nil ? 0 : 1
            let lead: Double = a.paragraphs.prefix(2).contains { PageLine.datelineLead(in: Normalizer.foldWidth($0)) != nil } ? 1 : 0
            let length = Foundation.log(1 + Double(characters)) / Foundation.log(1 + Double(max(1, longest)))
            let score = coverageWeight * k / (1 + k) + pageWeight * page + positionWeight * position
                + headlineWeight * headline + leadWeight * lead + lengthWeight * length
            let minor = a.kind == .photo || (a.title == nil && characters < 200)
            return minor && a.position > 0 ? score / 2 : score
        }
    }
}
