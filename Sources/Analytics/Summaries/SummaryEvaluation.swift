/// Summaries measured against reference summaries, beside the two baselines every summariser
/// must beat: **LEAD-1** (the first sentence) and **LEAD** (leading sentences until their
/// letters and digits reach the reference's).
///
/// Each method picks sentences until their letters and digits reach the reference's length
/// (``Summarizer/Budget/reachCharacters(_:)``), the selection rule of the peer evaluation in
/// `shared/peers/summarize.py`, and is scored with character ``Rouge``; the scores are means
/// over the records. Beside ROUGE, fact coverage: of the numbers with units in the references,
/// the share the summaries carry. The summariser reads the body alone, as the peers do and as
/// the references summarise it. Deterministic.
public struct SummaryEvaluation: Sendable {
    public struct Score: Sendable, Equatable {
        public let method: String
        public let rouge: Rouge
        /// The share of the references' numbers with units (``FactExpressions``) that the
        /// method's summaries carry too, over all records; nil when no reference has one.
        public let facts: Double?
    }

    /// How many records had a reference summary and were scored.
    public let records: Int
    /// newsdigest, LEAD-1 and LEAD, in that order.
    public let scores: [Score]

    /// Scores `summarizer` on the records of `documents` that carry a non-empty `summary`.
    public init(documents: [Document], summarizer: Summarizer = Summarizer()) throws {
        let scored = documents.filter { $0.summary?.isEmpty == false }
        let articles = Corpus.assemble(scored.map { var d = $0; d.title = nil; return d }).articles
        var ours: [String] = [], lead1: [String] = [], lead: [String] = []
        for (article, document) in zip(articles, scored) {
            let reference = document.summary ?? ""
            let budget = Summarizer.contentLength(Normalizer.foldWidth(reference))
            let sentences = article.sentences
            var leading = ""
            for s in sentences where Summarizer.contentLength(leading) < budget { leading += s }
            ours.append(try summarizer.summarize(article, budget: .reachCharacters(budget)).text)
            lead1.append(sentences.first ?? "")
            lead.append(leading)
        }
        let references = scored.map { $0.summary ?? "" }
        records = scored.count
        scores = [("newsdigest", ours), ("LEAD-1", lead1), ("LEAD", lead)].map { method, summaries in
            Score(method: method, rouge: Rouge.mean(zip(summaries, references).map { Rouge(hypothesis: $0, reference: $1) }),
                  facts: SummaryEvaluation.factCoverage(summaries, references))
        }
    }

    /// Of all numbers with units in `references`, the share found in the summary of the same
    /// record (each counted as often as the reference has it).
    static func factCoverage(_ summaries: [String], _ references: [String]) -> Double? {
        var wanted = 0, found = 0
        for (summary, reference) in zip(summaries, references) {
            var carried = Dictionary(FactExpressions.numbers(in: summary).map { ($0, 1) }, uniquingKeysWith: +)
            for fact in FactExpressions.numbers(in: reference) {
                wanted += 1
                if let n = carried[fact], n > 0 { found += 1; carried[fact] = n - 1 }
            }
        }
        return wanted > 0 ? Double(found) / Double(wanted) : nil
    }
}
