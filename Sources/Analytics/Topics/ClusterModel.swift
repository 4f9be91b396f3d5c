import Foundation

/// What a topic fit learned, enough to place articles it never saw: the vectoriser fitted on
/// its articles (vocabulary and IDF), the LSA term loadings `V` (m×r) and each topic's unit
/// centroid in LSA space (row `t` is topic `t`).
///
/// An article with TF-IDF row `x` over the fitted vocabulary is placed at `p = x V` and joins
/// the topic maximising `cos(p, cₜ)` (ties to the lower topic; an article with no known term
/// joins topic 0). Each article is computed alone, in Double, in a fixed order of terms and
/// dimensions — no BLAS — so its topic depends neither on the batch it arrives in nor on the
/// machine or OpenBLAS kernel: `cluster` on one machine and `newsdigest map assign` in a Spark
/// partition give the same topic.
public struct ClusterModel: Sendable, Equatable {
    public let vocabulary: Vocabulary
    public let tfidf: TfidfModel
    public let loadings: DenseMatrix
    public let centroids: DenseMatrix

    /// Checks the shapes agree: one loading row and one IDF a term, centroids as wide as the loadings.
    public init(vocabulary: Vocabulary, tfidf: TfidfModel, loadings: DenseMatrix, centroids: DenseMatrix) throws {
        guard tfidf.idf.count == vocabulary.count, loadings.rows == vocabulary.count, centroids.columns == loadings.columns,
              centroids.rows > 0 else {
            throw LinearAlgebraError.mismatchedShapes(
                "a cluster model needs one IDF and one loading row a term and centroids as wide as the loadings: \(vocabulary.count) terms, \(tfidf.idf.count) IDF values, loadings \(loadings.rows)×\(loadings.columns), centroids \(centroids.rows)×\(centroids.columns)")
        }
        self.vocabulary = vocabulary
        self.tfidf = tfidf
        self.loadings = loadings
        self.centroids = centroids
    }

    public var topicCount: Int { centroids.rows }

    /// The vectoriser this model counts with: `TopicModel`'s (built-in stop list) over the
    /// fitted vocabulary.
    var vectorizer: FittedVectorizer {
        FittedVectorizer(configuration: TfidfVectorizer(), vocabulary: vocabulary, model: tfidf,
                         documentFrequencies: vocabulary.documentFrequencies)
    }

    /// The topic of each text (normalised article text, ``Article/analysisText``).
    public func assign(_ texts: [String]) -> [Int] {
        assign(weights: vectorizer.transform(texts))
    }

    /// The topic of each row of TF-IDF weights over the fitted vocabulary (``vectorizer``'s).
    func assign(weights rows: SparseMatrix) -> [Int] {
        let r = loadings.columns, topics = centroids.rows
        return loadings.storage.withUnsafeBufferPointer { loadingBuffer in
            centroids.storage.withUnsafeBufferPointer { centroidBuffer in
                // Read-only for the life of the map.
                nonisolated(unsafe) let loading = loadingBuffer.baseAddress!, centroid = centroidBuffer.baseAddress!
                return Parallel.map(Array(0..<rows.rows)) { i in
                    let row = rows.row(i)
                    var point = [Double](repeating: 0, count: r)
                    point.withUnsafeMutableBufferPointer { point in
                        let lanes = r / 4 * 4
                        for (column, weight) in zip(row.columns, row.values) {
                            let base = loading + Int(column) * r, w = Double(weight)
                            // Four dimensions at a time, each summed over the terms in order as
                            // the scalar loop does: the same value in every lane.
                            var j = 0
                            while j < lanes {
                                let l = UnsafeRawPointer(base + j).loadUnaligned(as: SIMD4<Float>.self)
                                let p = UnsafeRawPointer(point.baseAddress! + j).loadUnaligned(as: SIMD4<Double>.self)
                                UnsafeMutableRawPointer(point.baseAddress! + j).storeBytes(of: p + w * SIMD4<Double>(l), as: SIMD4<Double>.self)
                                j += 4
                            }
                            while j < r { point[j] += w * Double(base[j]); j += 1 }
                        }
                    }
                    let norm = point.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    guard norm > 0 else { return 0 }
                    var best = (topic: 0, similarity: -Double.infinity)
                    for t in 0..<topics {
                        var dot = 0.0
                        for j in 0..<r { dot += point[j] * Double(centroid[t * r + j]) }
                        if dot / norm > best.similarity { best = (t, dot / norm) }
                    }
                    return best.topic
                }
            }
        }
    }
}
