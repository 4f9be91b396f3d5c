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
    ///
    /// Rows are taken a block at a time and the block's entries in column order, so each
    /// loading row is read once a block rather than once an entry: at a million articles the
    /// loadings are hundreds of megabytes and reading them term by term was most of the time.
    /// A point still sums over its row's terms in increasing column order, exactly as a row
    /// taken alone: the block changes which point is worked on when, not any point's sums.
    func points(weights rows: SparseMatrix) -> [[Double]] {
        // Blocks of up to 1,024 rows, and at least 16 of them where there are rows enough to
        // keep every core busy; the size changes nothing in the sums.
        let r = loadings.columns, blockRows = Swift.min(1024, Swift.max(64, rows.rows / 16))
        let blocks = stride(from: 0, to: rows.rows, by: blockRows).map { $0..<Swift.min(rows.rows, $0 + blockRows) }
        let keyBits = RadixSorter<UInt64>.keyBits(below: rows.columns)
        return loadings.storage.withUnsafeBufferPointer { loadingBuffer in
            // Read-only for the life of the map.
            nonisolated(unsafe) let loading = loadingBuffer.baseAddress!
            return Parallel.map(blocks) { block in
                let first = rows.rowPointers[block.lowerBound], end = rows.rowPointers[block.upperBound]
                // An entry's column in the high half, its place among the block's entries in the low.
                var entries = (first..<end).map { UInt64(UInt32(rows.columnIndices[$0])) << 32 | UInt64($0 - first) }
                var sorter = RadixSorter<UInt64>()
                sorter.sort(&entries, keyShift: 32, keyBits: keyBits)
                var rowOfEntry = [Int](repeating: 0, count: end - first)
                for row in block {
                    for k in rows.rowPointers[row]..<rows.rowPointers[row + 1] { rowOfEntry[k - first] = row - block.lowerBound }
                }
                var sums = [Double](repeating: 0, count: block.count * r)
                sums.withUnsafeMutableBufferPointer { sums in
                    let lanes = r / 4 * 4
                    for entry in entries {
                        let k = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                        let base = loading + Int(entry >> 32) * r, w = Double(rows.values[first + k])
                        let point = sums.baseAddress! + rowOfEntry[k] * r
                        // Four dimensions at a time, each summed as the scalar loop does: the
                        // same value in every lane.
                        var j = 0
                        while j < lanes {
                            let l = UnsafeRawPointer(base + j).loadUnaligned(as: SIMD4<Float>.self)
                            let p = UnsafeRawPointer(point + j).loadUnaligned(as: SIMD4<Double>.self)
                            UnsafeMutableRawPointer(point + j).storeBytes(of: p + w * SIMD4<Double>(l), as: SIMD4<Double>.self)
                            j += 4
                        }
                        while j < r { point[j] += w * Double(base[j]); j += 1 }
                    }
                }
                return block.indices.map { Array(sums[($0 - block.lowerBound) * r..<($0 - block.lowerBound + 1) * r]) }
            }.flatMap { $0 }
        }
    }
}
