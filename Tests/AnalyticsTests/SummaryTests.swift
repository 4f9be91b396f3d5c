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
            // A whole sentence of the body, at least 8 letters and digits, ending as a sentence ends.
            #expect(article.body.contains(summary.text), "\(article.id): \(summary.text)")
            #expect(Summarizer.contentLength(summary.text) >= 8 && "。！？".contains(summary.text.last ?? " "), "\(article.id): \(summary.text)")
        }
    }

    @Test func bylinesNotesAndClausesAreNeverPrintable() {
        let article = Article(id: "quake", title: "张北－尚义发生六点二级地震", paragraphs: [
            "各界正组织紧急救灾北京军区救灾人员赶赴灾区（附图片1张）",
            "本报北京一月十日讯据我国地震台网测定，一月十日十一时五十分发生里氏六点二级地震；震中位于张北。死亡四十七人，受伤二千余人。",
            "本报记者朱剑红",
        ])
        #expect(PrintableSentences().of(article) == [
            "据我国地震台网测定，一月十日十一时五十分发生里氏六点二级地震；震中位于张北。", "死亡四十七人，受伤二千余人。",
        ])
        let post = Article(id: "post", paragraphs: ["今年春运客流创新高。铁路部门增开临客，旅客出行总体平稳"])
        #expect(PrintableSentences().of(post) == ["今年春运客流创新高。", "铁路部门增开临客，旅客出行总体平稳"])
    }

    @Test func aTopicSummaryNeverRepeatsASentenceAndAttributesEach() throws {
        let articles = try Self.seed()
        let doubled = articles + [articles[4]]   // the same report printed twice
        let summary = try Summarizer().summarize(doubled, budget: .sentences(6))
        #expect(Set(summary.sentences.map(\.text)).count == summary.sentences.count)
        for s in summary.sentences { #expect(PrintableSentences().of(doubled[s.article])[s.index] == s.text) }
        let order = summary.sentences.map { [$0.article, $0.index] }
        #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func budgetsAreKeptAndNeverCutASentence() throws {
        let article = try Self.seed()[4]
        let short = try Summarizer().summarize(article, budget: .characters(10))
        #expect(short.sentences.count == 1 && short.overBudget)
        #expect(PrintableSentences().of(article).contains(short.text))
        let roomy = try Summarizer().summarize(article, budget: .characters(120))
        #expect(!roomy.overBudget)
        #expect(Summarizer.contentCharacters(roomy.text).count <= 120 || roomy.sentences.count == 1)
        let three = try Summarizer().summarize(article, budget: .sentences(3))
        #expect(three.sentences.count == 3)
    }

    @Test func shortAndUnpunctuatedArticlesAreHandled() throws {
        let one = Article(id: "one", paragraphs: ["衢江区召开安全生产工作部署会。"])
        #expect(try Summarizer().summarize(one, budget: .sentences(2)).text == "衢江区召开安全生产工作部署会。")
        // A headline-like run with no sentence in it has nothing printable: no summary, not a fragment.
        let bare = Article(id: "bare", paragraphs: ["项目建设 稳步推进 连日来衢江区科教产业园项目加快建设进度"])
        #expect(try Summarizer().summarize(bare, budget: .characters(8)).sentences.isEmpty)
        let unpunctuated = Article(id: "post", paragraphs: ["连日来，衢江区科教产业园项目加快建设进度"])
        let summary = try Summarizer().summarize(unpunctuated, budget: .characters(8))
        #expect(summary.text == unpunctuated.paragraphs[0] && summary.overBudget)
        #expect(try Summarizer().summarize(Article(id: "empty", paragraphs: ["……"]), budget: .sentences(1)).sentences.isEmpty)
    }
}
