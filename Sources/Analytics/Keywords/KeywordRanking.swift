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
    }

    public static func rank(_ fit: TfidfVectorizer.Fit, by order: Order = .weight, top: Int) -> [Keyword] {
        guard let vocabulary = fit.fitted.vocabulary else { return [] }
        let counts = fit.counts.columnSums()
        let weights = fit.weights.columnSums()
        let documents = fit.counts.columnNonzeroCounts()
        let key = order == .weight ? weights : counts
        let ranked = vocabulary.terms.indices.sorted { a, b in
            key[a] != key[b] ? key[a] > key[b] : a < b
        }
        return ranked.prefix(max(0, top)).map {
            Keyword(term: vocabulary.terms[$0], count: Int(counts[$0]), documents: documents[$0], weight: weights[$0])
        }
    }
}
