/// Summaries measured against reference summaries, beside the two baselines every summariser
/// must beat: **LEAD-1** (the first sentence) and **LEAD** (leading sentences until their
/// letters and digits reach the reference's).
///
/// Each method picks sentences until their letters and digits reach the reference's length
/// (``Summarizer/Budget/reachCharacters(_:)``), the selection rule of the peer evaluation in
/// `shared/peers/summarize.py`, and is scored with character ``Rouge``; the scores are means
/// over the records. The summariser reads the body alone, as the peers do and as the
/// references summarise it. Deterministic.
public struct SummaryEvaluation: Sendable {
    public struct Score: Sendable, Equatable {
        public let method: String
        public let rouge: Rouge
    }

    /// How many records had a reference summary and were scored.
    public let records: Int
    /// newsdigest, LEAD-1 and LEAD, in that order.
    public let scores: [Score]

    /// Scores `summarizer` on the records of `documents` that carry a non-empty `summary`.
    public init(documents: [Document], summarizer: Summarizer = Summarizer()) throws {
        let scored = documents.filter { $0.summary?.isEmpty == false }
        let articles = Corpus.assemble(scored.map { var d = $0; d.title = nil; return d }).articles
        var ours: [Rouge] = [], lead1: [Rouge] = [], lead: [Rouge] = []
        for (article, document) in zip(articles, scored) {
            let reference = document.summary ?? ""
            let budget = Summarizer.contentLength(Normalizer.foldWidth(reference))
            let sentences = article.sentences
            var leading = ""
            for s in sentences where Summarizer.contentLength(leading) < budget { leading += s }
            ours.append(Rouge(hypothesis: try summarizer.summarize(article, budget: .reachCharacters(budget)).text, reference: reference))
            lead1.append(Rouge(hypothesis: sentences.first ?? "", reference: reference))
            lead.append(Rouge(hypothesis: leading, reference: reference))
        }
        records = scored.count
        scores = [Score(method: "newsdigest", rouge: Rouge.mean(ours)), Score(method: "LEAD-1", rouge: Rouge.mean(lead1)),
                  Score(method: "LEAD", rouge: Rouge.mean(lead))]
    }
}
