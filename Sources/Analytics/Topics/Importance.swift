import Foundation

/// How much an article matters within its issue, for ranking a digest's top stories.
///
///     importance = 0.5·centrality + 0.2·page + 0.15·position + 0.15·length
///
/// - **centrality**: the stationary distribution of a random walk on the article-similarity
///   graph (LexRank: edges where TF-IDF cosine ≥ 0.1, rows normalised, damping 0.85), by power
///   iteration with `sgemv`, scaled so the most central article scores 1 — a story many others
///   echo is the day's story;
/// - **page**: `1 / page` (front page 1; unknown pages count as page 4) — editors put what
///   matters first;
/// - **position**: `1 / (1 + position on its page)`;
/// - **length**: `ln(1 + characters) / ln(1 + longest)`.
///
/// Every term is in 0…1, so the score is too. Deterministic.
public enum Importance {
    public static func scores(articles: [Article], tfidf: SparseMatrix) throws -> [Double] {
        let n = articles.count
        guard n > 0 else { return [] }
        let centrality = try Importance.centrality(tfidf)
        let longest = articles.map { $0.body.unicodeScalars.count }.max() ?? 1
        return articles.indices.map { i in
            let a = articles[i]
            let page = 1.0 / Double(max(1, a.page ?? 4))
            let position = 1.0 / Double(1 + a.position)
            let length = Foundation.log(1 + Double(a.body.unicodeScalars.count)) / Foundation.log(1 + Double(max(1, longest)))
            return 0.5 * centrality[i] + 0.2 * page + 0.15 * position + 0.15 * length
        }
    }

    /// LexRank centrality of the articles (``LexRank``), scaled to a maximum of 1.
    public static func centrality(_ tfidf: SparseMatrix) throws -> [Double] {
        try LexRank.centrality(similarity: LexRank.similarity(tfidf))
    }
}
