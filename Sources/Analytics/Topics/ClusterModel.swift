import Foundation

/// What a topic fit learned, enough to place articles it never saw: the space it clustered
/// in (``TopicSpace``: vocabulary, IDF and LSA term loadings `V`, m×r) and each topic's unit
/// centroid in that space (row `t` is topic `t`).
///
/// An article at `p = x V` joins the topic maximising `cos(p, cₜ)` (ties to the lower topic; an
/// article with no known term joins topic 0). Each article is computed alone, in Double, in a
/// fixed order of terms and dimensions — no BLAS — so its topic depends neither on the batch
/// it arrives in nor on the machine or OpenBLAS kernel: `cluster` on one machine and
/// `newsdigest map assign` in a Spark partition give the same topic.
public struct ClusterModel: Sendable, Equatable {
    public let space: TopicSpace
    public let centroids: DenseMatrix

    public var vocabulary: Vocabulary { space.vocabulary }
    public var tfidf: TfidfModel { space.tfidf }
    public var loadings: DenseMatrix { space.loadings }

    /// Checks the shapes agree: one loading row and one IDF a term, centroids as wide as the loadings.
    public init(vocabulary: Vocabulary, tfidf: TfidfModel, loadings: DenseMatrix, centroids: DenseMatrix) throws {
        try self.init(space: TopicSpace(vocabulary: vocabulary, tfidf: tfidf, loadings: loadings), centroids: centroids)
    }

    /// Checks the centroids are as wide as the space and that there is at least one.
    public init(space: TopicSpace, centroids: DenseMatrix) throws {
        guard centroids.columns == space.dimensions, centroids.rows > 0 else {
            throw LinearAlgebraError.mismatchedShapes(
                "a cluster model needs centroids as wide as its space: \(space.vocabulary.count) terms, loadings \(space.loadings.rows)×\(space.loadings.columns), centroids \(centroids.rows)×\(centroids.columns)")
        }
        self.space = space
        self.centroids = centroids
    }

    public var topicCount: Int { centroids.rows }

    /// The vectoriser this model counts with (its space's).
    var vectorizer: FittedVectorizer { space.vectorizer }

    /// The topic of each text (normalised article text, ``Article/analysisText``).
    public func assign(_ texts: [String]) -> [Int] {
        assign(weights: vectorizer.transform(texts))
    }

    /// The topic of each row of TF-IDF weights over the fitted vocabulary (``vectorizer``'s).
    func assign(weights rows: SparseMatrix) -> [Int] {
        Parallel.map(space.points(weights: rows)) { self.nearest($0) }
    }

    /// The topic whose centroid is nearest `point` (a point of ``space``) by cosine, ties to
    /// the lower topic; topic 0 for the zero point.
    public func nearest(_ point: [Double]) -> Int {
        let r = centroids.columns
        let norm = point.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return 0 }
        return centroids.storage.withUnsafeBufferPointer { centroid in
            var best = (topic: 0, similarity: -Double.infinity)
            for t in 0..<centroids.rows {
                var dot = 0.0
                for j in 0..<r { dot += point[j] * Double(centroid[t * r + j]) }
                if dot / norm > best.similarity { best = (t, dot / norm) }
            }
            return best.topic
        }
    }
}
