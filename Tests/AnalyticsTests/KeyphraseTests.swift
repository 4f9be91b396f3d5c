@testable import Analytics
import TestSupport
import Testing

@Suite struct KeyphraseTests {
    static func seedTexts() throws -> [String] {
        PageReader().read(try TestData.seedPage(), id: "seed").articles.map(\.analysisText)
    }

    @Test func seedPageYieldsWholeWordsNotFragments() throws {
        let texts = try Self.seedTexts()
        let keywords = try KeywordRanking.rankPhrases(texts, extractor: KeyphraseExtractor(minCount: 2), by: .count, top: 100)
        let terms = keywords.map(\.term)
        for word in ["现代社区", "安全生产", "民生实事", "衢江区", "王慧杰"] {
            #expect(terms.prefix(40).contains(word), "\(word) missing from \(terms.prefix(40))")
        }
        for fragment in ["代社", "实事项", "区建", "江区", "社区建"] {
            #expect(!terms.contains(fragment), "fragment \(fragment)")
        }
    }

    /// The acceptance line of #12: the seed chart (top 20, the digest's default ranking) shows
    /// the page's own words, and words every page prints rank below them.
    @Test func seedChartRanksThePagesWordsAboveGeneralLanguage() throws {
        let texts = try Self.seedTexts()
        let chart = try KeywordRanking.rankPhrases(texts, extractor: KeyphraseExtractor(sizedFor: texts), by: .keyness, top: 20).map(\.term)
        for word in ["现代社区", "安全生产", "民生实事"] { #expect(chart.contains(word), "\(word) missing from \(chart)") }
        let byCount = try KeywordRanking.rankPhrases(texts, extractor: KeyphraseExtractor(sizedFor: texts), by: .count, top: 20).map(\.term)
        #expect(byCount.contains("工作") && !byCount.contains("民生实事"))
        if let general = chart.firstIndex(of: "工作") { #expect(general > chart.firstIndex(of: "民生实事")!) }
    }

    @Test func phrasesChainOverlappingBigramsAndMatchLongestFirst() throws {
        let phrases = KeyphraseExtractor(minCount: 2).fit(try Self.seedTexts())
        #expect(phrases.phrases.contains("现代社区"))
        let found = phrases.occurrences(in: "加快推进现代社区建设").map { phrases.phrases[$0] }
        #expect(found.contains("现代社区") && !found.contains("社区"))
    }

    @Test(.needsSharedData("400 People's Daily articles"))
    func datesAndWireFragmentsAreNotPhrases() throws {
        let texts = try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 400).map(\.analysisText)
        let phrases = Set(KeyphraseExtractor(minCount: 3).fit(texts).phrases)
        #expect(!phrases.contains("日电") && !phrases.contains("日讯"))
        #expect(phrases.contains("新华社") && phrases.contains("经济"))
    }

    @Test(.needsSharedData("150 THUCNews articles"))
    func documentOrderDoesNotChangeThePhrases() throws {
        let texts = try TestData.articles("cnews-1000.jsonl.gz", limit: 150).map(\.analysisText)
        #expect(KeyphraseExtractor().fit(texts).phrases == KeyphraseExtractor().fit(texts.reversed()).phrases)
    }

    /// #15: past ``KeyphraseExtractor/sampleCharacters`` the table is learned from a sample
    /// chosen by content, so the same texts in another order give the same sample.
    @Test func aLargeCorpusIsLearnedFromASampleChosenByContent() throws {
        let texts = try Self.seedTexts()
        let sizes = texts.map(\.unicodeScalars.count)
        let budget = sizes.reduce(0, +) / 2
        let sample = KeyphraseExtractor.sample(texts, characters: budget)
        let sampled = sample.reduce(0) { $0 + $1.unicodeScalars.count }
        #expect(sample.count < texts.count)
        #expect(sampled >= budget && sampled - sample.last!.unicodeScalars.count < budget)
        #expect(KeyphraseExtractor.sample(texts.reversed(), characters: budget) == sample)
        #expect(KeyphraseExtractor.sample(texts, characters: sizes.reduce(0, +)) == texts)
    }

    @Test(.needsSharedData("300 THUCNews articles"))
    func phrasesLearnedFromASampleAreCountedInEveryText() throws {
        let texts = try TestData.articles("cnews-1000.jsonl.gz", limit: 300).map(\.analysisText)
        let extractor = KeyphraseExtractor(sampleCharacters: 100_000)
        let phrases = extractor.fit(texts)
        #expect(phrases.phrases == extractor.fit(texts.reversed()).phrases)
        #expect(phrases.phrases.count < KeyphraseExtractor().fit(texts).phrases.count)
        let sample = Set(KeyphraseExtractor.sample(texts, characters: 100_000))
        let unsampled = texts.filter { !sample.contains($0) }
        #expect(unsampled.count > 100)
        #expect(unsampled.filter { !phrases.occurrences(in: $0).isEmpty }.count > unsampled.count * 9 / 10)
    }
}
