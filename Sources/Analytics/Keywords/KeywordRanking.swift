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
/// occurrences instead. ``Order/keyness`` ranks by how much more often the corpus uses a term
/// than general Chinese does: G² (``Keyness``) of its `c(t)` occurrences among the corpus's
/// words against its count among a word list's (jieba's by default), where the corpus's words
/// are its Han characters over the list's mean word length (``WordDictionary/meanWordLength``);
/// terms not significantly over-represented (G² < ``Keyness/significantAt05``) are left out.
/// That keeps 现代社区 and a district's name above 工作 and 发展, which every paper prints on
/// every page. Ties go to the term that sorts first, so the ranking is deterministic.
public enum KeywordRanking {
    public enum Order: String, Sendable, CaseIterable {
        case weight, count
        /// Distinctiveness against a reference, general Chinese here and other articles in
        /// ``KeywordComparison/distinctive(_:against:top:minimumDocuments:)``: the keyword's weight is its G².
        case keyness
    }

    /// How ``Order/keyness`` measures a corpus against general Chinese: its size in words, and
    /// the word list that stands for general Chinese.
    public struct Reference: Sendable {
        public var corpusWords: Double
        public var language: WordDictionary

        /// The words of `texts`: their Han characters over `language`'s mean word length.
        public init(texts: [String], language: WordDictionary = .jieba) {
            let characters = Parallel.map(texts, \.hanCount).reduce(0, +)
            corpusWords = Double(characters) / language.meanWordLength
            self.language = language
        }
    }

    /// The top terms of a document × term count matrix and its TF-IDF weights (same shape),
    /// columns named by `terms` in code point order; ``Order/keyness`` needs a `reference`.
    public static func rank(terms: [String], counts countMatrix: SparseMatrix, weights weightMatrix: SparseMatrix,
                            by order: Order = .weight, reference: Reference? = nil, top: Int) -> [Keyword] {
        let counts = countMatrix.columnSums()
        let documents = countMatrix.columnNonzeroCounts()
        var weights = weightMatrix.columnSums()
        var candidates = terms.indices.filter { counts[$0] > 0 }
        if order == .keyness {
            guard let reference else { preconditionFailure("ranking by keyness needs a reference") }
            let languageWords = Double(reference.language.totalCount)
            for t in candidates {
                weights[t] = Keyness.reported(a: counts[t], sizeA: reference.corpusWords,
                                              b: Double(reference.language.count(of: terms[t])), sizeB: languageWords)
            }
            candidates.removeAll { weights[$0] < Keyness.significantAt05 }
        }
        let key = order == .count ? counts : weights
        let ranked = candidates.sorted { a, b in
            key[a] != key[b] ? key[a] > key[b] : a < b
        }
        return ranked.prefix(max(0, top)).map {
            Keyword(term: terms[$0], count: Int(counts[$0]), documents: documents[$0], weight: weights[$0])
        }
    }

    /// Keyphrases (``KeyphraseExtractor``) of `texts`, limited by `vocabulary`'s document
    /// frequencies and ranked; none when no phrase recurs in `texts` (too little text).
    public static func rankPhrases(_ texts: [String], extractor: KeyphraseExtractor, vocabulary: VocabularyOptions = VocabularyOptions(),
                                   tfidf: TfidfOptions = TfidfOptions(), by order: Order = .weight, top: Int) throws -> [Keyword] {
        let phrases = extractor.fit(texts)
        if phrases.phrases.isEmpty { return [] }
        let all = phrases.counts(texts)
        let keep = try Vocabulary.selectColumns(counts: all, options: vocabulary, order: <)
        let counts = all.selectingColumns(keep.columns)
        let weights = TfidfModel.fit(documentFrequencies: keep.documentFrequencies, documentCount: counts.rows, options: tfidf).transform(counts)
        return rank(terms: keep.columns.map { phrases.phrases[$0] }, counts: counts, weights: weights, by: order,
                    reference: order == .keyness ? Reference(texts: texts) : nil, top: top)
    }
}
