/// A bound on how many documents a term may appear in, as scikit-learn's `min_df`/`max_df`:
/// an absolute number of documents, or a proportion of the corpus.
public enum DocumentFrequencyLimit: Equatable, Sendable, CustomStringConvertible {
    case count(Int)
    case proportion(Double)

    /// The bound as a number of documents: a proportion `p` of `n` documents allows
    /// `p·n` (scikit-learn rounds the same way: `max_df` keeps `df ≤ p·n`, `min_df` keeps `df ≥ p·n`).
    public func documents(outOf n: Int) -> Double {
        switch self {
        case .count(let c): return Double(c)
        case .proportion(let p): return p * Double(n)
        }
    }

    /// Reads `2` as a count and `0.5` or `1.0` as a proportion, as scikit-learn does.
    public init?(parsing text: String) {
        if let c = Int(text), c >= 0 { self = .count(c); return }
        if let p = Double(text), p >= 0, p <= 1, text.contains(".") { self = .proportion(p); return }
        return nil
    }

    public var description: String {
        switch self {
        case .count(let c): return String(c)
        case .proportion(let p): return String(p)
        }
    }
}

/// Which terms a fitted vocabulary keeps.
///
/// Defaults: `minDF = 1`, `maxDF = 1.0`, no `maxFeatures` — every term seen, as scikit-learn.
public struct VocabularyOptions: Equatable, Sendable {
    /// Drop terms found in fewer documents than this.
    public var minDF: DocumentFrequencyLimit = .count(1)
    /// Drop terms found in more documents than this.
    public var maxDF: DocumentFrequencyLimit = .proportion(1.0)
    /// Keep only this many terms, those with the highest total count (ties: term order).
    public var maxFeatures: Int? = nil

    public init(minDF: DocumentFrequencyLimit = .count(1), maxDF: DocumentFrequencyLimit = .proportion(1.0), maxFeatures: Int? = nil) {
        self.minDF = minDF
        self.maxDF = maxDF
        self.maxFeatures = maxFeatures
    }
}

/// The fitted terms, one per matrix column, in ascending Unicode code point order (the order
/// scikit-learn's vectorisers use), with the number of training documents each appeared in.
public struct Vocabulary: Equatable, Sendable {
    public let terms: [String]
    public let documentFrequencies: [Int]

    /// - Precondition: `terms` are distinct and in ascending code point (UTF-8 byte) order.
    public init(terms: [String], documentFrequencies: [Int]) {
        precondition(zip(terms, terms.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) },
                     "vocabulary terms must be distinct and in code point order")
        self.terms = terms
        self.documentFrequencies = documentFrequencies
    }

    public var count: Int { terms.count }

    /// The column of `term`, or nil when it is not in the vocabulary: a binary search of the
    /// sorted terms (no hash table to build, which a vocabulary fitted to one article's
    /// sentences would spend more on than it ever saves).
    public func column(of term: String) -> Int? {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].utf8.lexicographicallyPrecedes(term.utf8) { low = middle + 1 } else { high = middle }
        }
        return low < terms.count && terms[low].utf8.elementsEqual(term.utf8) ? low : nil
    }

    /// Fits a vocabulary to raw counts (columns named by `terms`) and returns it with the
    /// counts restricted and renumbered to its columns.
    ///
    /// - Throws: ``VectorizerError`` when the limits contradict each other or remove every term.
    public static func fit(counts: consuming SparseMatrix, terms: [String], options: VocabularyOptions) throws -> (Vocabulary, SparseMatrix) {
        // Code point order is UTF-8 byte order; comparing the first eight bytes as one
        // integer settles nearly every comparison of short terms.
        let prefixes = terms.map { term in term.utf8.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } << (8 * UInt64(8 - min(8, term.utf8.count))) }
        let keep = try selectColumns(counts: counts, options: options, order: { a, b in
            prefixes[a] != prefixes[b] ? prefixes[a] < prefixes[b] : terms[a].utf8.lexicographicallyPrecedes(terms[b].utf8)
        })
        let vocabulary = Vocabulary(terms: keep.columns.map { terms[$0] }, documentFrequencies: keep.documentFrequencies)
        return (vocabulary, (consume counts).selectingColumns(keep.columns))
    }

    /// The columns of `counts` that pass `options`, sorted by `order`, with the document
    /// frequency of each. Columns that no document uses are always dropped.
    static func selectColumns(counts: SparseMatrix, options: VocabularyOptions,
                              order: (Int, Int) -> Bool) throws -> (columns: [Int], documentFrequencies: [Int]) {
        let n = counts.rows
        let minDocuments = options.minDF.documents(outOf: n)
        let maxDocuments = options.maxDF.documents(outOf: n)
        if maxDocuments < minDocuments {
            throw VectorizerError.contradictoryLimits(minDF: options.minDF, maxDF: options.maxDF, documents: n)
        }
        let df = counts.columnNonzeroCounts()
        var keep = (0..<counts.columns).filter { df[$0] > 0 && Double(df[$0]) >= minDocuments && Double(df[$0]) <= maxDocuments }
        if keep.isEmpty { throw VectorizerError.noTermsLeft(documents: n) }
        if let limit = options.maxFeatures, limit < keep.count {
            let totals = counts.columnSums()
            keep.sort { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : order($0, $1) }
            keep = Array(keep.prefix(limit))
        }
        keep.sort(by: order)
        return (keep, keep.map { df[$0] })
    }
}

/// Why a vocabulary could not be fitted.
public enum VectorizerError: Error, Equatable, CustomStringConvertible {
    case contradictoryLimits(minDF: DocumentFrequencyLimit, maxDF: DocumentFrequencyLimit, documents: Int)
    case noTermsLeft(documents: Int)

    public var description: String {
        switch self {
        case let .contradictoryLimits(minDF, maxDF, documents):
            return "--max-df \(maxDF) allows fewer documents than --min-df \(minDF) over \(documents) documents; lower --min-df or raise --max-df"
        case let .noTermsLeft(documents):
            return "no term is left in the vocabulary of \(documents) document(s) after --min-df/--max-df and the stop list; loosen them (e.g. --min-df 1, --stop-words none)"
        }
    }
}
