import Foundation
import Analytics
import TestSupport
import Testing

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func splitsOnChineseAndASCIITerminators() {
        #expect(splitter.sentences("会议召开。他说！真的吗？是的；好的…最后! Really? Yes; ok") ==
            ["会议召开。", "他说！", "真的吗？", "是的；", "好的…", "最后!", "Really?", "Yes;", "ok"])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(splitter.sentences("他说：“要加快推进。”会议强调（要抓好落实。）随后散会。") ==
            ["他说：“要加快推进。”", "会议强调（要抓好落实。）", "随后散会。"])
    }

    @Test func ellipsisRunIsOneBreak() {
        #expect(splitter.sentences("幸福是什么……每个人都有答案。") == ["幸福是什么……", "每个人都有答案。"])
    }

    @Test func noSplitInsideDecimalsOrAbbreviations() {
        #expect(splitter.sentences("投入财政资金 8.27 亿元。Mr. Smith met Dr. Lee in the U.S. yesterday. Then left.") ==
            ["投入财政资金 8.27 亿元。", "Mr. Smith met Dr. Lee in the U.S. yesterday.", "Then left."])
    }

    @Test func paragraphBreakEndsASentence() {
        #expect(splitter.sentences("没有句号的标题\n正文第一句。") == ["没有句号的标题", "正文第一句。"])
    }

    @Test func seedPageSentencesAreWholeAndCoverTheText() throws {
        let text = Normalizer(lineBreaks: .wrapped).normalize(try TestData.seedPage())
        let sentences = splitter.sentences(text)
        #expect(sentences.count > 80)
        #expect(sentences.contains("王慧杰指出，抓项目建设就是抓发展，抓项目建设就是抓未来。"))
        // Nothing is lost or invented: the sentences are the text minus white space.
        let strip = { (s: String) in String(s.unicodeScalars.filter { CharacterClass($0.value) != .space }.map(Character.init)) }
        #expect(strip(sentences.joined()) == strip(text))
        #expect(sentences.allSatisfy { !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) })
    }
}
