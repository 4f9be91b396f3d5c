/// A term's standing in a corpus.
public struct Keyword: Equatable, Sendable, Codable {
    public let term: String
    /// Occurrences over all documents.
    public let count: Int
    /// Documents the term occurs in.
    public let documents: Int
    /// The sum of the term's TF-IDF weights over all documents.
    public let weight: Double

    public init(term: String, count: Int, documents: Int, weight: Double) {
        self.term = term
        self.count = count
        self.documents = documents
        self.weight = weight
    }
}

/// Ranks the fitted vocabulary's terms for a keyword chart.
///
/// `weight(t) = Σ_d w(t, d)`, the TF-IDF weight summed over documents: with L2-normalised
/// rows each document spends the same unit of weight, and a term scores by being prominent in
/// many documents rather than by being long-winded in one. ``Order/count`` ranks by raw
/// occurrences instead. Ties go to the term that sorts first, so the ranking is deterministic.
public enum KeywordRanking {
    public enum Order: String, Sendable, CaseIterable {
        case weight, count
        /// Distinctiveness against a reference (``KeywordComparison/distinctive(_:against:top:minimumDocuments:)``):
        /// the keyword's weight is its G².
        case keyness
    }

    /// The top terms of a document × term count matrix and its TF-IDF weights (same shape),
    /// columns named by `terms` in code point order.
    public static func rank(terms: [String], counts countMatrix: SparseMatrix, weights weightMatrix: SparseMatrix,
                            by order: Order = .weight, top: Int) -> [Keyword] {
        let counts = countMatrix.columnSums()
        let weights = weightMatrix.columnSums()
        let documents = countMatrix.columnNonzeroCounts()
        let key = order == .weight ? weights : counts
        let ranked = terms.indices.filter { counts[$0] > 0 }.sorted { a, b in
            key[a] != key[b] ? key[a] > key[b] : a < b
        }
        return ranked.prefix(max(0, top)).map {
            Keyword(term: terms[$0], count: Int(counts[$0]), documents: documents[$0], weight: weights[$0])
        }
    }

    /// Keyphrases (``KeyphraseExtractor``) of `texts`, limited by `vocabulary`'s document
    /// frequencies and ranked.
    public static func rankPhrases(_ texts: [String], extractor: KeyphraseExtractor, vocabulary: VocabularyOptions = VocabularyOptions(),
                                   tfidf: TfidfOptions = TfidfOptions(), by order: Order = .weight, top: Int) throws -> [Keyword] {
        let phrases = extractor.fit(texts)
        let all = phrases.counts(texts)
        let keep = try Vocabulary.selectColumns(counts: all, options: vocabulary, order: <)
        let counts = all.selectingColumns(keep)
        let weights = TfidfModel.fit(counts: counts, options: tfidf).transform(counts)
        return rank(terms: keep.map { phrases.phrases[$0] }, counts: counts, weights: weights, by: order, top: top)
    }
}
