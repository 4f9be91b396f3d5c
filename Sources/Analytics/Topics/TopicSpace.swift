/// The space topics are found in: the vectoriser fitted on a sample of articles (vocabulary
/// and IDF) and the LSA term loadings `V` (m×r) of its TF-IDF rows.
///
/// A text with TF-IDF row `x` over the fitted vocabulary lies at `p = x V`. Each point is
/// computed alone, in Double, summing over the row's terms in order — no BLAS — so it depends
/// neither on the batch the text arrives in nor on the machine or OpenBLAS kernel.
public struct TopicSpace: Sendable, Equatable {
    public let vocabulary: Vocabulary
    public let tfidf: TfidfModel
    public let loadings: DenseMatrix

    /// Checks the shapes agree: one IDF and one loading row a term.
    public init(vocabulary: Vocabulary, tfidf: TfidfModel, loadings: DenseMatrix) throws {
        guard tfidf.idf.count == vocabulary.count, loadings.rows == vocabulary.count else {
            throw LinearAlgebraError.mismatchedShapes(
                "a topic space needs one IDF and one loading row a term: \(vocabulary.count) terms, \(tfidf.idf.count) IDF values, loadings \(loadings.rows)×\(loadings.columns)")
        }
        self.vocabulary = vocabulary
        self.tfidf = tfidf
        self.loadings = loadings
    }

    public var dimensions: Int { loadings.columns }

    /// The vectoriser this space counts with: `TopicModel`'s (built-in stop list) over the
    /// fitted vocabulary.
    var vectorizer: FittedVectorizer {
        FittedVectorizer(configuration: TfidfVectorizer(), vocabulary: vocabulary, model: tfidf,
                         documentFrequencies: vocabulary.documentFrequencies)
    }

    /// The point of each text (normalised article text, ``Article/analysisText``).
    public func points(_ texts: [String]) -> [[Double]] {
        points(weights: vectorizer.transform(texts))
    }

    /// The point of each row of TF-IDF weights over the fitted vocabulary.
    func points(weights rows: SparseMatrix) -> [[Double]] {
        let r = loadings.columns
        return loadings.storage.withUnsafeBufferPointer { loadingBuffer in
            // Read-only for the life of the map.
            nonisolated(unsafe) let loading = loadingBuffer.baseAddress!
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
                return point
            }
        }
    }
}
