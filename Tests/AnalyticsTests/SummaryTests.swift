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

    @Test(.needsSharedData("a signed People's Daily commentary"))
    func aCommentaryIsNotSummarisedByItsQuestion() throws {
        // 发乎情贵乎理 (3 January 1998, signed 潘驰) opens with a rhetorical question. JSON records
        // carry no kind; on a page the signature makes it a commentary, as here.
        var piece = try #require(try TestData.articles("rmrb1998-01-01_20.jsonl.gz").first { $0.id == "19980103-04-006" })
        let question = "前两年曾耳闻“散文热”一说，现在情形如何？"
        try #require(PrintableSentences().of(piece).first == question)
        #expect(try Summarizer().summarize(piece, budget: .sentences(1)).text == question)
        piece.kind = .commentary
        // A question may come with the statement it leads to, never alone.
        for budget in [Summarizer.Budget.sentences(1), .sentences(2), .characters(20)] {
            let summary = try Summarizer().summarize(piece, budget: budget)
            #expect(summary.sentences.contains { !Summarizer.isQuestion($0.text) }, "\(budget): \(summary.text)")
        }
    }

    @Test(.needsSharedData("LCSTS part III, the report half"))
    func lcstsSummariesBeatTheFirstSentenceOnTheHalfNotTunedOn() throws {
        let documents = try TestData.corpus("lcsts-part3-dev.jsonl.gz")
            .filter { ($0.humanLabel ?? 0) >= 3 && EvaluationSplit.report.contains(id: $0.id) }
        try #require(documents.count > 150)
        let evaluation = try SummaryEvaluation(documents: documents)
        let ours = evaluation.scores[0].rouge, lead1 = evaluation.scores[1].rouge
        #expect(evaluation.scores.map(\.method) == ["newsdigest", "LEAD-1", "LEAD"])
        #expect(ours.rouge1 >= lead1.rouge1 + 0.005 && ours.rouge2 >= lead1.rouge2 + 0.005 && ours.rougeL >= lead1.rougeL + 0.005,
                "ours \(ours), LEAD-1 \(lead1)")
        // Facts: the references' numbers with units, at least as many carried as the first sentence carries.
        #expect((evaluation.scores[0].facts ?? 0) >= (evaluation.scores[1].facts ?? 1))
    }
}

@Suite struct EvaluationSplitTests {
    @Test func theHalvesPartitionTheRecordsWhateverTheirOrder() {
        let ids = (0..<1_000).map { "lcsts-part3-\($0 * 2)" }
        let tune = ids.filter { EvaluationSplit.tune.contains(id: $0) }
        let report = ids.filter { EvaluationSplit.report.contains(id: $0) }
        #expect(Set(tune).isDisjoint(with: report) && tune.count + report.count == ids.count)
        #expect((400...600).contains(tune.count), "\(tune.count) of 1000 in the tune half")
        #expect(ids.reversed().filter { EvaluationSplit.tune.contains(id: $0) } == Array(tune.reversed()))
        #expect(ids.allSatisfy { EvaluationSplit.all.contains(id: $0) })
    }
}

@Suite struct FactExpressionsTests {
    @Test func numbersWithUnitsFromReports() {
        // The earthquake report of 11 January 1998 (People's Daily) and an LCSTS post.
        #expect(FactExpressions.numbers(in: "死亡四十七人，受伤二千余人。") == ["四十七人", "二千余人"])
        #expect(FactExpressions.numbers(in: "剥离其持有的阿里巴巴集团15％股权，价值约400亿美元，股价涨至51.45美元。")
                == ["15%", "400亿美元", "51.45美元"])
        #expect(FactExpressions.numbers(in: "自２０１５年１月５日起，自行车不能进站乘车了。") == ["2015年", "1月", "5日"])
        // A lone numeral is a word, not a number; a number without a unit is not a fact here.
        #expect(FactExpressions.numbers(in: "一些旅客一个人出行，编号12306。").isEmpty)
    }
}
