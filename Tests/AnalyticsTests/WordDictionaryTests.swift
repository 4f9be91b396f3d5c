@testable import Analytics
import Foundation
import TestSupport
import Testing

@Suite struct WordDictionaryTests {
    static func cut(_ text: String, _ dictionary: WordDictionary = .jieba) -> [String] {
        let run = text.unicodeScalars.map(\.value)
        let boundary = dictionary.boundaries(run)
        var words: [String] = [], start = 0
        for end in 1...run.count where boundary[end] {
            words.append(String(String.UnicodeScalarView(run[start..<end].compactMap(Unicode.Scalar.init))))
            start = end
        }
        return words
    }

    @Test func wordCountsComeFromTheList() {
        let words = WordDictionary(counts: [("社区", 40), ("现代", 60)])
        #expect(words.totalCount == 100)
        #expect(words.count(of: "社区") == 40 && words.count(of: "现代社区") == 0 && words.count(of: "社") == 0)
        #expect(words.count(of: "ab") == 0 && words.count(of: "") == 0 && words.count(of: "社区社区社区社区") == 0)
        #expect(WordDictionary.jieba.count(of: "工作") == 66367)
    }

    @Test func theMostProbableCutWinsOverTheLongestFirstWord() {
        // 研究生 is a word, but 研究|生命|起源 is the likelier path: ln 1000 + ln 800 + ln 500
        // beats ln 50 + ln 1 (命 unknown) + ln 500 when the counts say so.
        let dictionary = WordDictionary(counts: [("研究", 1000), ("研究生", 50), ("生命", 800), ("起源", 500), ("生", 100)])
        #expect(Self.cut("研究生命起源", dictionary) == ["研究", "生命", "起源"])
        #expect(Self.cut("研究生", dictionary) == ["研究生"])
        // A character no word starts with stands alone.
        #expect(Self.cut("甲研究", dictionary) == ["甲", "研究"])
    }

    /// The cut reads grams of up to three characters from `shortGrams`: it must say of each
    /// exactly what the map of all entries says — every entry of jieba's, and grams it lacks.
    @Test func shortGramsAgreeWithTheWholeMap() {
        let jieba = WordDictionary.jieba
        var short = 0
        for (gram, entry) in jieba.logCounts where gram.length <= ShortGramTable.maxLength {
            short += 1
            #expect(jieba.shortGrams[gram] == entry, "\(gram.string)")
        }
        #expect(short > 100_000)
        var generator = SplitMix64(seed: 3)
        var absent = 0
        for _ in 0..<20_000 {
            let gram = NGram((0..<(1 + Int(generator.next() % 3))).map { _ in CharacterClass.han(fromIndex: UInt32(generator.next() % 28_097)) })
            #expect(jieba.shortGrams[gram] == jieba.logCounts[gram], "\(gram.string)")
            if jieba.logCounts[gram] == nil { absent += 1 }
        }
        #expect(absent > 1_000)
    }

    @Test func jiebasDictionaryCutsNamesAndInstitutionsWhole() {
        #expect(Self.cut("纪念江泽民同志") == ["纪念", "江泽民", "同志"])
        #expect(Self.cut("全国人大常务委员会") == ["全国人大", "常务委员会"])
        #expect(!Self.cut("现代社区建设").contains("代社"))
    }

    @Test(.needsSharedData("People's Daily, 1–20 January 1998, with its gold segmentation"))
    func keyphrasesFallOnGoldWordBoundaries() throws {
        // 400 articles: each occurrence of a phrase the extractor reads in an article must start
        // and end where the corpus's own segmentation (PFR, independent of jieba) puts a word
        // boundary. Benchmarks/keyphrase_boundaries.py measures the top ten per article the same
        // way on all 2,012 articles (99.4%; jieba 97.0%).
        let articles = try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 400)
        let gold = try Self.goldBoundaries(limit: 400)
        let texts = articles.map(\.analysisText)
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        var on = 0, all = 0
        for article in articles {
            guard let (text, boundaries) = gold[article.id] else { Issue.record("no gold for \(article.id)"); continue }
            for phrase in Set(phrases.occurrences(in: article.analysisText).map { phrases.phrases[$0] }) {
                all += 1
                if Self.onBoundaries(phrase, text, boundaries) { on += 1 }
            }
        }
        #expect(all > 5_000)
        #expect(Double(on) >= 0.95 * Double(all), "\(on) of \(all) phrases on gold word boundaries")
    }

    /// Some occurrence of `phrase` in `text` starts and ends on a boundary.
    static func onBoundaries(_ phrase: String, _ text: [Unicode.Scalar], _ boundaries: Set<Int>) -> Bool {
        let p = Array(phrase.unicodeScalars)
        guard p.count <= text.count else { return false }
        return (0...(text.count - p.count)).contains { i in
            boundaries.contains(i) && boundaries.contains(i + p.count) && Array(text[i..<(i + p.count)]) == p
        }
    }

    /// Each gold article's text (title, then body lines, words joined, width-folded as our
    /// normaliser folds it) and the offsets where its words start and end; lines are joined by
    /// a line break, which no phrase contains.
    static func goldBoundaries(limit: Int) throws -> [String: ([Unicode.Scalar], Set<Int>)] {
        var stream = try ByteStream(bytes: Array(Data(contentsOf: URL(fileURLWithPath: TestData.sharedDataPath("rmrb1998-01-01_20.seg.jsonl.gz")))),
                                    path: "rmrb1998-01-01_20.seg.jsonl.gz")
        var bytes: [UInt8] = []
        while let chunk = try stream.next() { bytes += chunk }
        var gold: [String: ([Unicode.Scalar], Set<Int>)] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n").prefix(limit) {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            var text: [Unicode.Scalar] = [], boundaries: Set<Int> = []
            let lines = [record["title"] as? String ?? ""] + (record["body"] as! String).split(separator: "\n").map(String.init)
            for goldLine in lines {
                if !text.isEmpty { text.append("\n") }
                for word in goldLine.split(separator: " ") {
                    boundaries.insert(text.count)
                    text += Normalizer().normalize(String(word)).unicodeScalars
                    boundaries.insert(text.count)
                }
            }
            gold[record["id"] as! String] = (text, boundaries)
        }
        return gold
    }
}
