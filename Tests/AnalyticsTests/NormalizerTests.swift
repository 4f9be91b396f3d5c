@testable import Analytics
import Foundation
import TestSupport
import Testing

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    @Test func fullWidthDigitsAndLatinBecomeHalfWidth() {
        #expect(normalizer.normalize("１９９８年ＰＰＴ演示") == "1998年PPT演示")
    }

    /// Text is rebuilt as UTF-8 bytes: scalars of one to four bytes come out as they went in.
    @Test func scalarsOfEveryUTF8LengthSurvive() {
        let text = "abc café naïve ñ ü ©→─■漢字，“引号”𠀀𠀁𪚥"
        #expect(normalizer.normalize(text) == text)
        #expect(normalizer.normalize("１２月  café\u{00A0}𠀀") == "12月café𠀀")
    }

    @Test func chinesePunctuationStaysAsPrinted() {
        #expect(normalizer.normalize("他说：“好！”（完）") == "他说：“好！”（完）")
        #expect(normalizer.normalize("……，；？") == "……，；？")
    }

    /// pdftotext gives the ellipsis of many Chinese fonts as `⋯⋯` (band-01 in the page
    /// benchmark): it is read as the `……` printed, on the fast path and on the NFKC one (①).
    @Test func aMidlineEllipsisIsTheEllipsis() {
        #expect(normalizer.normalize("刘泽民也上了楼⋯⋯") == "刘泽民也上了楼……")
        // A foreign name's dot, as some CJK fonts map it (band-19): the interpunct, whichever path folds it.
        #expect(normalizer.normalize("阿不来提・阿不都热西提当选") == "阿不来提·阿不都热西提当选")
        #expect(normalizer.normalize("阿不来提･阿不都热西提１２月") == "阿不来提·阿不都热西提12月")
        #expect(normalizer.normalize("第①项⋯⋯") == "第1项……")
        #expect(Normalizer(lineBreaks: .wrapped).paragraphs("他也上了楼⋯⋯\n第二天").count == 2)
    }

    /// LuaTeX gives the dashes TeX typesets from `——` and `———` as the two- and three-em dash
    /// (stacked-04 of the page benchmark typeset by LuaLaTeX: `⸺ 封车堵嘴补漏`, `读物 ⸻ 《`): they
    /// are read as the em dashes other writers give, on the fast path and on the NFKC one (①).
    @Test func twoAndThreeEmDashesAreEmDashes() {
        #expect(normalizer.normalize("⸺ 封车堵嘴补漏") == "——封车堵嘴补漏")
        #expect(normalizer.normalize("读物 ⸻ 《邓小平理论与当代中国》") == "读物———《邓小平理论与当代中国》")
        #expect(normalizer.normalize("第①项⸺⸻") == "第1项—————")
    }

    @Test func otherCompatibilityCharactersAreNFKCFolded() {
        // ① (circled digit) and ﬁ (ligature) fold; the protected comma survives the slow path.
        #expect(normalizer.normalize("第①项，ﬁle") == "第1项，file")
    }

    /// The fast path's promise: what it keeps as is, NFKC keeps too (protected punctuation aside).
    @Test func scalarsKeptAsIsAreTheirOwnNFKC() {
        let changed = (UInt32(0)...0xFFFF).filter { v in
            guard Normalizer.isKeptAsIs(v), !Normalizer.isProtectedPunctuation(v), let scalar = Unicode.Scalar(v) else { return false }
            let text = String(Character(scalar))
            return text.precomposedStringWithCompatibilityMapping != text
        }
        #expect(changed.isEmpty, "\(changed.map { String($0, radix: 16) })")
        #expect(normalizer.normalize("５０\u{A0}×\u{A0}３ ― ●") == "50 × 3 ― ●")
    }

    @Test func spacesBetweenCJKAndDigitsAreDropped() {
        #expect(normalizer.normalize("8 月 26 日上午， 区委书记") == "8月26日上午，区委书记")
        #expect(normalizer.normalize("结合 PPT 演示") == "结合PPT演示")
    }

    @Test func spacesBetweenLatinWordsCollapseToOne() {
        #expect(normalizer.normalize("New   York\tTimes") == "New York Times")
    }

    @Test func spaceBetweenHanCharactersIsKept() {
        #expect(normalizer.normalize("邵秀清 徐凌峰 / 摄") == "邵秀清 徐凌峰/摄")
    }

    @Test func zeroWidthCharactersAreRemoved() {
        #expect(normalizer.normalize("现\u{200B}代\u{FEFF}社区") == "现代社区")
    }

    @Test func wrappedLinesJoinWithoutSpacesBetweenCJK() {
        let wrapped = Normalizer(lineBreaks: .wrapped)
        let text = "本报讯（记者 刘威 李钱乾）\n8 月 25 日上午， 衢江区现代社区\n建设工作推进会召开。\n区委书记王\n\n慧杰讲话。\nNew York\nTimes 报道。"
        #expect(wrapped.paragraphs(text) == [
            "本报讯（记者 刘威 李钱乾）8月25日上午，衢江区现代社区建设工作推进会召开。",
            "区委书记王慧杰讲话。",
            "New York Times报道。",
        ])
    }

    /// Justified CJK columns break inside numbers (`比１９` / `９６年`, the page benchmark's
    /// stacked-02 of seed 2); Latin text breaks between words, numbers too.
    @Test func aNumberBrokenAtALinesEndInCJKTextIsWhole() {
        let wrapped = Normalizer(lineBreaks: .wrapped)
        #expect(wrapped.paragraphs("计划指标的１．６６倍，比１９\n９６年增长３７．９％。") == ["计划指标的1．66倍，比1996年增长37．9％。"])
        #expect(wrapped.paragraphs("黄金１\n５０吨。") == ["黄金150吨。"])
        #expect(wrapped.paragraphs("sold in 1998\n2000 copies.") == ["sold in 1998 2000 copies."])
    }

    @Test func paragraphModeKeepsEveryLine() {
        #expect(normalizer.paragraphs("第一段\n\n（一九九七年）\n第二段。") == ["第一段", "（一九九七年）", "第二段。"])
    }

    @Test func seedPageNormalisesIdempotentlyAndKeepsEveryHanCharacter() throws {
        let page = try TestData.seedPage()
        let wrapped = Normalizer(lineBreaks: .wrapped)
        let once = wrapped.normalize(page)
        #expect(wrapped.normalize(once) == once)
        let han = { (s: String) in s.unicodeScalars.filter { CharacterClass.isHan($0.value) }.count }
        #expect(han(once) == han(page))
        #expect(once.contains("8月26日上午，区委书记王慧杰调研重点项目工作时强调"))
        #expect(once.contains("衢江区现代社区建设工作推进会召开。"))
        #expect(!once.contains("２"))
    }
}

@Suite struct ScalarCountTests {
    /// Counted on UTF-8 bytes, the same as decoding: one to four bytes a scalar, Han of every
    /// block (extension B is four bytes), and the seed page.
    @Test func countsAgreeWithDecoding() throws {
        let samples = ["", "a", "é", "人民日报", "〇𠀀豈x\u{1F600}", "１２月 ２６日，北京。", try TestData.seedPage()]
        for text in samples {
            #expect(text.scalarCount == text.unicodeScalars.count, "\(text.prefix(20))")
            #expect(text.hanCount == text.unicodeScalars.filter { CharacterClass.isHan($0.value) }.count)
        }
        #expect("〇𠀀豈x\u{1F600}".hanCount == 3)
    }
}
