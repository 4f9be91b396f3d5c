@testable import Analytics
import Foundation
import TestSupport
import Testing

@Suite struct RougeTests {
    struct Fixture: Decodable {
        struct Case: Decodable { let hypothesis: String; let reference: String; let rouge1: Double; let rouge2: Double; let rougeL: Double }
        let cases: [Case]
    }

    @Test func agreesWithRougeChinese() throws {
        let fixture = try JSONDecoder().decode(Fixture.self, from: TestData.fixture("rouge-chinese.json"))
        #expect(fixture.cases.count >= 10)
        for c in fixture.cases {
            let ours = Rouge(hypothesis: c.hypothesis, reference: c.reference)
            #expect(abs(ours.rouge1 - c.rouge1) < 1e-6 && abs(ours.rouge2 - c.rouge2) < 1e-6 && abs(ours.rougeL - c.rougeL) < 1e-6,
                    "\(c.hypothesis) / \(c.reference): \(ours) vs \(c.rouge1) \(c.rouge2) \(c.rougeL)")
        }
    }

    @Test func widthsAreFoldedBeforeComparing() {
        #expect(Rouge(hypothesis: "２０２２年", reference: "2022年").rouge1 > 0.99)
        #expect(Rouge(hypothesis: "", reference: "2022年").rougeL == 0)
    }
}

@Suite struct SummarizerTests {
    static func seed() throws -> [Article] {
        let articles = PageReader().read(try TestData.seedPage(), id: "seed").articles
        try #require(articles.count == 8)
        return articles
    }

    @Test func everySeedPieceIsSummarisedByOneOfItsOwnWholeSentences() throws {
        for article in try Self.seed() {
            let summary = try Summarizer().summarize(article, budget: .sentences(1))
            #expect(summary.sentences.count == 1)
            #expect(article.sentences.contains(summary.text), "\(article.id): \(summary.text)")
        }
    }

    @Test func aTopicSummaryNeverRepeatsASentenceAndAttributesEach() throws {
        let articles = try Self.seed()
        let doubled = articles + [articles[4]]   // the same report printed twice
        let summary = try Summarizer().summarize(doubled, budget: .sentences(6))
        #expect(Set(summary.sentences.map(\.text)).count == summary.sentences.count)
        for s in summary.sentences { #expect(doubled[s.article].sentences[s.index] == s.text) }
        let order = summary.sentences.map { [$0.article, $0.index] }
        #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func budgetsAreKeptAndNeverCutASentence() throws {
        let article = try Self.seed()[4]
        let short = try Summarizer().summarize(article, budget: .characters(10))
        #expect(short.sentences.count == 1 && short.overBudget)
        #expect(article.sentences.contains(short.text))
        let roomy = try Summarizer().summarize(article, budget: .characters(120))
        #expect(!roomy.overBudget)
        #expect(Summarizer.contentCharacters(roomy.text).count <= 120 || roomy.sentences.count == 1)
        let three = try Summarizer().summarize(article, budget: .sentences(3))
        #expect(three.sentences.count == 3)
    }

    @Test func shortAndUnpunctuatedArticlesAreHandled() throws {
        let one = Article(id: "one", paragraphs: ["衢江区召开安全生产工作部署会。"])
        #expect(try Summarizer().summarize(one, budget: .sentences(2)).text == "衢江区召开安全生产工作部署会。")
        let bare = Article(id: "bare", paragraphs: ["项目建设 稳步推进 连日来衢江区科教产业园项目加快建设进度"])
        let summary = try Summarizer().summarize(bare, budget: .characters(8))
        #expect(summary.text == bare.paragraphs[0] && summary.overBudget)
        #expect(try Summarizer().summarize(Article(id: "empty", paragraphs: ["……"]), budget: .sentences(1)).sentences.isEmpty)
    }

    /// A regression guard, not evidence: the summariser's weights were tuned on these very
    /// records, so beating LEAD-1 here says only that nothing broke. Figures that count come
    /// from data it was not tuned on (README, Benchmarks/).
    @Test(.needsSharedData("LCSTS part III dev records with reference summaries"))
    func staysAboveLeadOneOnTheRecordsItWasTunedOn() throws {
        let documents = try TestData.corpus("lcsts-part3-dev.jsonl.gz").filter { ($0.humanLabel ?? 0) >= 3 }
        let evaluation = try SummaryEvaluation(documents: documents)
        try #require(evaluation.records == 363 && evaluation.scores.count == 3)
        let (ours, lead1) = (evaluation.scores[0].rouge, evaluation.scores[1].rouge)
        #expect(ours.rouge1 > lead1.rouge1 && ours.rougeL > lead1.rougeL, "ours \(ours), LEAD-1 \(lead1)")
    }
}
