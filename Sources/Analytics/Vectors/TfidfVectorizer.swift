import Foundation

/// The text-to-vectors pipeline: tokens → counts → vocabulary → TF-IDF.
///
/// Configuration only; ``fit(_:)`` returns the fitted state (``FittedVectorizer``) together
/// with the training matrices. Input texts are expected normalised (``Normalizer``).
///
/// Defaults: the built-in stop list, `minDF = 1`, `maxDF = 1.0`, no `maxFeatures`, a held
/// vocabulary (no hashing), and ``TfidfOptions``' defaults (`sublinearTF`, `smoothIDF`, L2).
/// Deterministic: the same texts and options give the same matrices; the vocabulary's
/// column order does not depend on the order of the texts.
public struct TfidfVectorizer: Sendable {
    public var stopWords: StopWords
    public var vocabulary: VocabularyOptions
    public var tfidf: TfidfOptions
    /// When set, columns are the low `hashBits` bits of each token's stable hash and no
    /// vocabulary is held (`maxFeatures` does not apply; `minDF`/`maxDF` empty whole columns).
    public var hashBits: Int?

    public static let hashBitsRange = 1...24

    public init(stopWords: StopWords = .isoChinese, vocabulary: VocabularyOptions = VocabularyOptions(),
                tfidf: TfidfOptions = TfidfOptions(), hashBits: Int? = nil) {
        self.stopWords = stopWords
        self.vocabulary = vocabulary
        self.tfidf = tfidf
        self.hashBits = hashBits
    }

    /// The result of fitting: the fitted state and the training documents' matrices.
    public struct Fit: Sendable {
        public let fitted: FittedVectorizer
        /// Raw term counts, one row per text, columns as `fitted`.
        public let counts: SparseMatrix
        /// `fitted.model.transform(counts)`.
        public let weights: SparseMatrix
    }

    /// Counts `texts` on every core, in consecutive parts merged in order
    /// (``TermCounter/append(_:)``), so the result is the same on any number of cores.
    public func fit(_ texts: [String]) throws -> Fit {
        try fit(count(texts))
    }

    /// `texts` counted on every core, in consecutive parts merged in order: the same counter
    /// as adding every text to one. Counters of consecutive batches appended in order
    /// (``TermCounter/append(_:)``) are the counter of all of them, so a corpus can be counted
    /// batch by batch as it is read and fitted with ``fit(_:)-(TermCounter)``.
    public func count(_ texts: [String]) -> TermCounter {
        Self.count(texts, with: makeCounter)
    }

    /// `texts` counted on every core by counters `makeCounter` makes, in consecutive parts
    /// appended in order.
    static func count(_ texts: [String], with makeCounter: @Sendable () -> TermCounter) -> TermCounter {
        let parts = min(max(1, texts.count / 256), ProcessInfo.processInfo.activeProcessorCount)
        let counters = Parallel.map(Array(0..<parts)) { part in
            var counter = makeCounter()
            for text in texts[(texts.count * part / parts)..<(texts.count * (part + 1) / parts)] { counter.add(text) }
            return counter
        }
        var counter = counters[0]
        for other in counters.dropFirst() { counter.append(other) }
        return counter
    }

    /// Fits to documents already counted by a counter from ``makeCounter()`` (or ``count(_:)``).
    /// The counter's arrays become the count matrix's, renumbered in place: given the last
    /// copy of a counter, the counts are never held twice.
    public func fit(_ counter: consuming TermCounter) throws -> Fit {
        let terms = counter.terms()
        let raw = counter.counts()
        _ = consume counter
        let vocabulary: Vocabulary?
        let counts: SparseMatrix
        var documentFrequencies: [Int]
        if hashBits != nil {
            let keep = try Vocabulary.selectColumns(counts: raw, options: self.vocabulary, order: <)
            var map = [Int32](repeating: -1, count: raw.columns)
            documentFrequencies = Array(repeating: 0, count: raw.columns)
            for (c, df) in zip(keep.columns, keep.documentFrequencies) {
                map[c] = Int32(c)
                documentFrequencies[c] = df
            }
            counts = (consume raw).remappingColumns(map, columns: map.count)
            vocabulary = nil
        } else {
            let (fitted, restricted) = try Vocabulary.fit(counts: consume raw, terms: terms, options: self.vocabulary)
            (vocabulary, counts, documentFrequencies) = (fitted, restricted, fitted.documentFrequencies)
        }
        let model = TfidfModel.fit(documentFrequencies: documentFrequencies, documentCount: counts.rows, options: tfidf)
        let fitted = FittedVectorizer(configuration: self, vocabulary: vocabulary, model: model,
                                      documentFrequencies: documentFrequencies)
        return Fit(fitted: fitted, counts: counts, weights: model.transform(counts))
    }

    /// A counter with this configuration's stop list and column scheme, for streaming input.
    public func makeCounter() -> TermCounter {
        TermCounter(columns: hashBits.map { .hashed(bits: $0) } ?? .vocabulary, stopWords: stopWords)
    }
}

/// What fitting learned: the vocabulary (absent when hashing) and the TF-IDF model.
public struct FittedVectorizer: Sendable {
    public let configuration: TfidfVectorizer
    public let vocabulary: Vocabulary?
    public let model: TfidfModel
    /// Training documents per column; in hashed mode a column with none was pruned or unseen.
    public let documentFrequencies: [Int]

    /// Counts new texts over the fitted columns; tokens outside the vocabulary are ignored.
    public func counts(_ texts: [String]) -> SparseMatrix {
        guard let vocabulary else {
            let raw = configuration.count(texts).counts()
            return raw.remappingColumns(documentFrequencies.indices.map { documentFrequencies[$0] > 0 ? Int32($0) : -1 },
                                        columns: raw.columns)
        }
        let known = TermCounter(known: vocabulary)
        return TfidfVectorizer.count(texts) { known }.counts()
    }

    /// TF-IDF rows for new texts, weighted with the fitted idf.
    public func transform(_ texts: [String]) -> SparseMatrix {
        model.transform(counts(texts))
    }
}
