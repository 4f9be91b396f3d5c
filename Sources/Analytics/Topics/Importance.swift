import Foundation

/// How much an article matters within its issue, for ranking a digest's top stories.
///
///     importance = 0.5·centrality + 0.2·page + 0.15·position + 0.15·length   (the defaults)
///
/// - **centrality**: the stationary distribution of a random walk on the article-similarity
///   graph (``LexRank``: edges where TF-IDF cosine ≥ 0.1, rows normalised, damping 0.85), scaled
///   so the most central article scores 1 — a story many others echo is the day's story;
/// - **page**: `1 / page` (front page 1; unknown pages count as page 4) — editors put what
///   matters first;
/// - **position**: `1 / (1 + position on its page)`;
/// - **length**: `ln(1 + characters) / ln(1 + longest)`.
///
/// Every term is in 0…1, so with weights summing to 1 the score is too. Deterministic.
public struct Importance: Sendable, Equatable {
    public var centralityWeight = 0.5
    public var pageWeight = 0.2
    public var positionWeight = 0.15
    public var lengthWeight = 0.15

    public init() {}

    public func scores(articles: [Article], tfidf: SparseMatrix) throws -> [Double] {
        guard !articles.isEmpty else { return [] }
        let centrality = try LexRank.centrality(similarity: CosineSimilarity.sparse(tfidf, tfidf), threshold: Float(ProcessInfo.processInfo.environment["ND_T"].flatMap(Double.init) ?? 0.1))
        let longest = articles.map { $0.body.unicodeScalars.count }.max() ?? 1
        return articles.indices.map { i in
            let a = articles[i]
            let page = 1.0 / Double(max(1, a.page ?? 4))
            let position = 1.0 / Double(1 + a.position)
            let length = Foundation.log(1 + Double(a.body.unicodeScalars.count)) / Foundation.log(1 + Double(max(1, longest)))
            return centralityWeight * centrality[i] + pageWeight * page + positionWeight * position + lengthWeight * length
        }
    }
}
