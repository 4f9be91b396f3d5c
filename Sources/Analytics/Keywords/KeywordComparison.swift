/// What rose and what fell between two sets of articles (two periods or issues, or an issue
/// against the issues before it), ranked by the signed log-likelihood G² (``Keyness``) of each
/// keyphrase's occurrences in B against A.
///
/// A change counts when |G²| ≥ ``Keyness/significantAt05`` and the phrase occurs in at least
/// `minimumDocuments` articles of the side it grew in: one article repeating a name is not a
/// trend. Ties go to the term that sorts first. Deterministic.
public enum KeywordComparison {
    public struct Change: Sendable, Equatable {
        public let term: String
        public let countA: Int
        public let countB: Int
        /// Articles of A and of B the phrase occurs in.
        public let documentsA: Int
        public let documentsB: Int
        public let logLikelihood: Double
    }

    /// `(rose, fell)`, each the `top` largest changes.
    public static func compare(_ a: [Article], _ b: [Article], top: Int, minimumDocuments: Int = 2) -> (rose: [Change], fell: [Change]) {
        let texts = (a + b).map(\.analysisText)
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        let counts = phrases.counts(texts)
        var inA = [Double](repeating: 0, count: phrases.phrases.count), inB = inA
        var documentsA = [Int](repeating: 0, count: phrases.phrases.count), documentsB = documentsA
        for r in 0..<counts.rows {
            let (columns, values) = counts.row(r)
            for (column, value) in zip(columns, values) {
                let t = Int(column)
                if r < a.count { inA[t] += Double(value); documentsA[t] += 1 } else { inB[t] += Double(value); documentsB[t] += 1 }
            }
        }
        let sizeA = inA.reduce(0, +), sizeB = inB.reduce(0, +)
        let changes = phrases.phrases.indices.map { t in
            Change(term: phrases.phrases[t], countA: Int(inA[t]), countB: Int(inB[t]), documentsA: documentsA[t], documentsB: documentsB[t],
                   logLikelihood: Keyness.reported(a: inB[t], sizeA: sizeB, b: inA[t], sizeB: sizeA))
        }.filter { abs($0.logLikelihood) >= Keyness.significantAt05 }
        let rose = changes.filter { $0.logLikelihood > 0 && $0.documentsB >= minimumDocuments }
            .sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.term < $1.term }
        let fell = changes.filter { $0.logLikelihood < 0 && $0.documentsA >= minimumDocuments }
            .sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood < $1.logLikelihood : $0.term < $1.term }
        return (Array(rose.prefix(top)), Array(fell.prefix(top)))
    }

    /// The keyphrases most distinctive of `selection` against `reference`, as keywords whose
    /// weight is their G² (``Keyword/weight``); count and documents are the selection's.
    public static func distinctive(_ selection: [Article], against reference: [Article], top: Int, minimumDocuments: Int = 2) -> [Keyword] {
        compare(reference, selection, top: top, minimumDocuments: minimumDocuments).rose.map {
            Keyword(term: $0.term, count: $0.countB, documents: $0.documentsB, weight: $0.logLikelihood)
        }
    }
}
