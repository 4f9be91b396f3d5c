/// What `trend` needs of every article of an archive, worked out when the archive is written,
/// so that a trend over a year reads it instead of analysing every article again.
///
/// The index is fitted on the archive's articles a trend counts (``Article/trendDate``), read in
/// the archive's order, as ``TrendAnalysis`` fits a window holding all of them:
/// - the **phrase table**: ``KeyphraseExtractor`` sized for and fitted on their texts;
/// - the **topic space**: ``TopicModel``'s TF-IDF and LSA of the first ``sampleSize`` of them
///   in content order (``TopicModel/canonicalOrder(_:)``).
///
/// Each article's ``Entry`` then holds the stable hash of its text (its place in content
/// order), its phrase occurrences and its point in the topic space — for an article of the
/// sample, its row of the LSA, as the topic model clusters it. A trend over all the articles
/// the index was fitted on is therefore the trend of their texts, byte for byte; articles
/// added later get entries from the same fit, and the archive fits it again when it has
/// doubled (``NewsArchive``).
public struct TrendIndex: Sendable, Equatable {
    public let phrases: KeyphraseExtractor.Phrases
    public let space: TopicSpace
    /// How many articles it was fitted on.
    public let articleCount: Int
    /// The ``TopicOptions/sampleSize``, ``TopicOptions/dimensions`` and ``TopicOptions/seed``
    /// the space was fitted with.
    public let sampleSize: Int
    public let dimensions: Int
    public let seed: UInt64

    public init(phrases: KeyphraseExtractor.Phrases, space: TopicSpace, articleCount: Int, sampleSize: Int, dimensions: Int, seed: UInt64) {
        self.phrases = phrases
        self.space = space
        self.articleCount = articleCount
        self.sampleSize = sampleSize
        self.dimensions = dimensions
        self.seed = seed
    }

    /// What the index holds of one article.
    public struct Entry: Sendable, Equatable {
        /// ``StableHash`` of ``Article/analysisText``.
        public let textHash: UInt64
        /// The phrases it mentions, as indices into ``TrendIndex/phrases``, once a mention, in
        /// increasing order.
        public let phrases: [Int32]
        /// Its point in ``TrendIndex/space``.
        public var point: [Double]

        public init(textHash: UInt64, phrases: [Int32], point: [Double]) {
            self.textHash = textHash
            self.phrases = phrases
            self.point = point
        }
    }

    /// The index of `texts` (``Article/analysisText`` of the articles a trend counts, in the
    /// order a trend reads them: of identical texts, the first is the one sampled) and each
    /// text's entry;
    /// nil when a trend over them would not read one: no more texts than the topic sample,
    /// a sample too small for k-means on LSA vectors, or no countable term in it.
    public static func fit(_ texts: [String], options: TopicOptions = TopicOptions()) throws -> (index: TrendIndex, entries: [Entry])? {
        guard let size = options.sampleSize, texts.count > size, serves(sampleSize: size, options: options) else { return nil }
        let order = TopicModel.canonicalOrder(texts)
        let fit: TfidfVectorizer.Fit, lsa: LSA.Fit?
        do { (fit, lsa) = try TopicModel.weigh(order.prefix(size).map { texts[$0] }, options: options) } catch VectorizerError.noTermsLeft { return nil }
        guard let lsa, let vocabulary = fit.fitted.vocabulary else { return nil }
        let index = TrendIndex(phrases: KeyphraseExtractor(sizedFor: texts).fit(texts),
                               space: try TopicSpace(vocabulary: vocabulary, tfidf: fit.fitted.model, loadings: lsa.loadings),
                               articleCount: texts.count, sampleSize: size, dimensions: options.dimensions, seed: options.seed)
        var entries = index.entries(texts)
        for (row, i) in order.prefix(size).enumerated() { entries[i].point = lsa.documents.row(row).map(Double.init) }
        return (index, entries)
    }

    /// The entries of `texts`, by this index's fit.
    public func entries(_ texts: [String]) -> [Entry] {
        let occurrences = phrases.mentions(texts)
        let hashes = Parallel.map(texts, StableHash.hash)
        // Weighted a block at a time: the weights of every text at once would outgrow the points.
        let points = stride(from: 0, to: texts.count, by: TopicModel.placementBlock).flatMap { first in
            space.points(Array(texts[first..<min(first + TopicModel.placementBlock, texts.count)]))
        }
        return texts.indices.map { Entry(textHash: hashes[$0], phrases: occurrences[$0], point: points[$0]) }
    }

    /// Whether a trend with `options` finds its topics in this index's space: the same sample
    /// size, seed and dimensions, duplicates not collapsed.
    public func serves(_ options: TopicOptions) -> Bool {
        options.sampleSize == sampleSize && options.seed == seed && options.dimensions == dimensions
            && TrendIndex.serves(sampleSize: sampleSize, options: options)
    }

    static func serves(sampleSize: Int, options: TopicOptions) -> Bool {
        sampleSize > options.linkageLimit && sampleSize > options.denseLimit && !options.collapseDuplicates
    }
}
