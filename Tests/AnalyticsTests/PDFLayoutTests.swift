@testable import Analytics
import Foundation
import TestSupport
import Testing

/// Pages read from PDF with their geometry, and the text-page rules for the failures real
/// extracted pages show (letter-spaced lines, wrapped leads, reporters closing a story).
@Suite struct PDFLayoutTests {
    static let hasPDFTools = PDFText.executable("pdftotext") != nil

    /// `Tests/Fixtures/page-geometry.pdf`, typeset by XeLaTeX from `page-geometry.tex`: a kicker
    /// and a headline over two lines above a three-column report, then a headline with a
    /// subtitle above a second report. (The kicker, a short line next to the masthead's date,
    /// is still taken for the section name.)
    @Test(.enabled(if: hasPDFTools, "needs pdftotext (apt-get install poppler-utils)"))
    func aPDFPageIsReadWithItsTypeSizesAndColumns() throws {
        var result = ReadResult()
        try CorpusReader().read(bytes: [UInt8](try TestData.fixture("page-geometry.pdf")), name: "page-geometry.pdf", into: &result)
        let corpus = Corpus.assemble(result.documents)
        let a = corpus.articles
        try #require(a.count == 2, "\(a.map(\.displayTitle))")
        #expect(a[0].title == "河谷村的新式大棚今年提前两周开工")
        #expect(a[0].lead == "本报河谷3月4日电记者王小明、李青报道：")
        #expect(a[0].byline == "记者王小明、李青")
        #expect(a[0].body.hasPrefix("河谷村的十二座新式大棚今天全部完成覆膜"))
        #expect(a[0].body.hasSuffix("大家盼着五月能迎来第一批收获。"))
        #expect(a[1].title == "社区图书室延长开放时间" && a[1].subtitle == "每晚开放到九点")
        #expect(a[1].body.hasPrefix("从本周起，城东社区图书室") && a[1].body.hasSuffix("供学生晚上学习使用。"))
        #expect(a.allSatisfy { $0.date == "2024-03-05" && $0.page == 2 })
        #expect(corpus.confidence.values.allSatisfy { $0 >= 0.9 }, "\(corpus.confidence)")
    }

    static func word(_ text: String, _ x: Double, _ y: Double, size: Double = 10) -> PDFLayout.Word {
        PDFLayout.Word(text: text, xMin: x, yMin: y, xMax: x + size * Double(text.unicodeScalars.count), yMax: y + size)
    }

    static let display = LineStyle(size: 2.0, distinctFace: true)
    static let bodyType = LineStyle(size: 1, distinctFace: false)

    /// A page read as from a PDF, each line given with how it is set (nil: a blank line).
    static func readStyled(_ lines: [(String, LineStyle?)]) -> PageReader.Page {
        PageReader().read(lines.map(\.0).joined(separator: "\n") + "\n", styles: lines.map(\.1) + [nil], id: "p")
    }

    /// `style` for a line standing at `span` across the page and `top` down it (in ems).
    static func placed(_ style: LineStyle, _ span: ClosedRange<Double>, _ top: Double) -> LineStyle {
        var style = style
        style.span = span
        style.top = top
        return style
    }

    /// A line of words set one after another in the given faces, `gap` points apart (3 unless
    /// given: a word space), on row `row`.
    static func line(_ row: Int, _ parts: [(String, String)], gap: Double = 3) -> PDFLayout.Line {
        var x = 0.0
        return PDFLayout.Line(words: parts.map { text, face in
            var word = word(text, x, 100 + Double(row) * 14)
            word.face = face
            x = word.xMax + gap
            return word
        })
    }

    /// Two headlines of a band side by side, each in its own size, half an em apart (band-06 in
    /// the page benchmark): poppler gives them one line; they are two fragments.
    /// Two captions side by side 1.3 em apart, in type half a point below the body's, whose
    /// lines poppler runs across the gap (photo-15 of the varied pages' seed 9): the right one
    /// starts at the edge of the column below it, in body type, and is cut there.
    /// A face declared 1.10 em tall (cairo's pages have one) is off the em both for marking the
    /// page's writer and for scaling its words; the two tests once disagreed there, by floating
    /// point (`abs(1.1 - 1) > 0.1`).
    @Test func aFaceTenPercentOffTheEmIsOffItForMarkingAndForScaling() {
        for hundredths in [89, 90, 91, 109, 110, 111] {
            let ratio = Double(hundredths) / 100
            let face = PDFLayout.DeclaredHeight(ratio: ratio, words: 2, lines: 2)
            #expect(PDFLayout.DeclaredHeight.isOffTheEm(ratio) == ![91, 109].contains(hundredths), "\(ratio)")
            #expect(face.showsTheWriterOffTheEm == PDFLayout.DeclaredHeight.isOffTheEm(ratio), "\(ratio)")
        }
    }

    @Test func aCaptionBesideAnotherStartsAtTheEdgeOfTheColumnBelowIt() {
        var lines: [PDFLayout.Line] = []
        let left = ["新年前夕，在昆明市体育馆举行集体婚", "礼，一百零六对新人欢聚一堂。"], right = ["一场冬雪普降京城，给干旱中的京城人", "带来许多欢乐。"]
        for row in 0..<2 {
            let a = Self.word(left[row], 0, 100 + Double(row) * 12, size: 9.5)
            lines.append(PDFLayout.Line(words: [a, Self.word(right[row], 174, 100 + Double(row) * 12, size: 9.5)]))
        }
        for row in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word("巴基斯坦总理致电中国政府表示慰问\(row)", 174, 140 + Double(row) * 13)])) }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect(fragments.prefix(2).map { $0.words.count } == [1, 1], "\(fragments.map(\.text))")
    }

    /// Two captions of two lines side by side, an em apart, in a type smaller than the body's
    /// (photo-19 of the varied pages' seed 10): each row is cut between them.
    @Test func twoCaptionsSideBySideAnEmApartAreCut() {
        let size = 8.97
        func word(_ text: String, _ x: Double, _ xMax: Double, _ y: Double) -> PDFLayout.Word {
            PDFLayout.Word(text: text, xMin: x, yMin: y, xMax: xMax, yMax: y + size)
        }
        let rows = [(word("哈尔滨第十四届冰雪节隆重开幕。本届冰雪节在向国内外人士展示", 42.5, 416.0, 442.1), word("郑州新景观", 425.9, 470.7, 442.8)),
                    (word("冰雪之乡自然和人文景观的同时，还将开展丰富多彩的冰雪旅游等活动。", 42.5, 419.4, 453.0), word("日前广场鸽在河南郑州绿城广场落户", 425.9, 702.6, 453.0))]
        var lines = rows.map { PDFLayout.Line(words: [$0.0, $0.1]) }
        for row in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word("中共中央政治局委员国务委员李铁映今天在全国体委主任会议上说\(row)", 42.5, 500 + Double(row) * 14, size: 10.46)])) }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect(fragments.prefix(4).map(\.text) == [rows[0].0.text, rows[0].1.text, rows[1].0.text, rows[1].1.text], "\(fragments.map(\.text))")
    }

    /// Two captions side by side an em apart (photo-15 of the varied pages' seed 15, poppler's
    /// boxes): only their first rows run into one line of poppler's; the titles above and the
    /// last rows below are lines of their own, the right ones starting where the gap ends. The
    /// row is cut there.
    @Test func captionsSideBySideAreCutWhereTheRowBelowStartsAtTheGap() {
        let size = 8.966
        func word(_ text: String, _ x: Double, _ xMax: Double, _ y: Double) -> PDFLayout.Word {
            PDFLayout.Word(text: text, xMin: x, yMin: y, xMax: xMax, yMax: y + size)
        }
        var lines = [PDFLayout.Line(words: [word("冬泳迎新年", 22.677, 67.509, 481.190)]),
                     PDFLayout.Line(words: [word("春运进入高峰", 428.595, 482.393, 481.190)]),
                     PDFLayout.Line(words: [word("1998", 22.677, 45.488, 493.225),
                                            word("年元旦，全国各地开展丰富多彩的健身活动。这是广西南宁近千名冬泳爱好者冒雨横渡邕江，", 48.737, 419.829, 492.158),
                                            word("图为：为确保旅客按时回家过年，北京铁路分局抽调人力投入紧张的春运工作，保证今年春运有序进", 428.595, 819.216, 492.158)]),
                     PDFLayout.Line(words: [word("迎接新年。陈天湖/摄", 22.677, 115.361, 503.117)]),
                     PDFLayout.Line(words: [word("行。图为大学生们在铁路部门的精心安排下顺利登上火车离京。陶源明/摄", 428.595, 727.506, 503.117)])]
        for row in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word("中共中央政治局委员国务委员李铁映今天在全国体委主任会议上说\(row)", 22.677, 520 + Double(row) * 14, size: 10.46)])) }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect(fragments.contains { $0.text.hasPrefix("图为：为确保旅客") && $0.words.count == 1 }, "\(fragments.map(\.text))")
        #expect(fragments.contains { $0.text.hasSuffix("冒雨横渡邕江，") && $0.words.count == 2 }, "\(fragments.map(\.text))")
    }

    /// A caption's credit set flush right at its column's end and the next caption's title, 1.45 em
    /// apart, run by poppler into one line with a story's row set larger beside them (photo-19 of
    /// the varied pages' seed 51, poppler's boxes): the line is cut between credit and title, though
    /// the credit starts at no column's edge and the line's type is the story's.
    @Test func aCreditFlushRightBesideTheNextCaptionsTitleIsCutThere() {
        func word(_ text: String, _ x: Double, _ y: Double, _ xMax: Double, _ yMax: Double) -> PDFLayout.Word {
            PDFLayout.Word(text: text, xMin: x, yMin: y, xMax: xMax, yMax: yMax)
        }
        let lines = [
            [word("月１３日，办事处会同南京路上好", 42.52, 552.338, 183.454, 561.304)],
            [word("不想吃，她只要了一块甜点。", 504.437, 552.454, 646.903, 563.413)],
            [word("八连官兵，顶着寒风冒着细雨，将大", 42.52, 563.296, 183.463, 572.262)],
            [word("休息片刻，陈妍就跳进泳池进", 504.437, 566.700, 645.379, 577.659)],
            [word("米送到王财章、包爱清夫妇家时，老", 42.52, 574.255, 183.463, 583.221)],
            [word("行热身。５点钟，陈妍结束了", 504.437, 580.947, 645.379, 591.906)],
            [word("人连连感谢共产党，感谢子弟兵。", 42.52, 585.214, 177.016, 594.180)],
            [word("新华社记者", 102.764, 596.173, 147.596, 605.139), word("陈飞摄", 156.553, 596.173, 183.453, 605.139),
             word("送法下乡", 196.492, 592.445, 232.869, 601.411),
             word("黑龙江省大庆市法院常年坚持送法下乡，对农民开展普法教育。", 241.838, 593.162, 497.174, 602.128),
             word("训练，裹着长风衣趴在运动员", 504.437, 595.193, 645.379, 606.152)],
            [word("图为大庆市中级法院和龙凤区法院的同志们将亲自编写的《公民诉讼指南》", 196.492, 604.121, 496.302, 613.087)],
            [word("休息室的垫子上闭目养神。", 504.437, 609.440, 635.944, 620.399)],
            [word("一书送到马家窑村民手中。", 196.492, 615.079, 304.089, 624.045), word("本报记者", 313.055, 615.079, 348.921, 624.045),
             word("张雅心摄", 357.887, 615.079, 393.753, 624.045)],
        ].map { PDFLayout.Line(words: $0) }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect(fragments.contains { $0.text.hasPrefix("送法下乡") && !$0.text.contains("陈飞摄") }, "\(fragments.map(\.text))")
        #expect(fragments.contains { $0.text.hasSuffix("陈飞摄") }, "\(fragments.map(\.text))")
    }

    /// A row of two captions in a type smaller than the body's, the right one's credit alone at
    /// the row's right end, over two stories with kickers at body size (photo-19 of the varied
    /// pages' seed 10; its words' boxes below): the captions' row is read first, the credit with
    /// its caption, not after the kicker of the story under it.
    @Test func aRowOfCaptionsIsReadBeforeTheStoriesUnderIt() throws {
        let xml = """
        <html><body><doc><page width="842" height="1191"><flow><block>
        <line><word xMin="42.5" yMin="442.8" xMax="105.4" yMax="451.8">松花江上冰帆扬</word><word xMin="114.4" yMin="442.1" xMax="204.2" yMax="451.1">哈尔滨第十四届冰雪节</word><word xMin="207.1" yMin="443.2" xMax="212.8" yMax="452.1">1</word><word xMin="215.8" yMin="442.1" xMax="224.7" yMax="451.1">月</word><word xMin="227.7" yMin="443.2" xMax="233.4" yMax="452.1">5</word><word xMin="236.3" yMin="442.1" xMax="416.0" yMax="451.1">日隆重开幕。本届冰雪节在向国内外人士展示</word><word xMin="425.9" yMin="442.8" xMax="470.7" yMax="451.8">郑州新景观</word></line>
        <line><word xMin="42.5" yMin="453.0" xMax="419.4" yMax="462.0">冰雪之乡自然和人文景观的同时，还将开展丰富多彩的冰雪体育、冰雪经贸、冰雪旅游等活动。</word><word xMin="425.9" yMin="453.0" xMax="475.6" yMax="462.0">日前，1200</word><word xMin="478.5" yMin="453.0" xMax="702.6" yMax="462.0">羽广场鸽在河南郑州绿城广场落户，成为郑州的新景观。</word></line>
        <line><word xMin="42.5" yMin="464.0" xMax="338.4" yMax="473.0">图为喜爱北国风情的人们在松花江职工体育乐园冰封的江面上乘冰帆滑翔。</word></line>
        <line><word xMin="335.3" yMin="475.0" xMax="380.1" yMax="483.9">新华社记者</word><word xMin="389.1" yMin="475.0" xMax="416.0" yMax="483.9">周确摄</word></line>
        <line><word xMin="150.8" yMin="497.6" xMax="307.7" yMax="508.0">李铁映在全国体委主任会议上强调</word></line>
        <line><word xMin="523.7" yMin="497.9" xMax="701.6" yMax="508.4">姜春云在中国科协科教兴农论坛上强调</word></line>
        <line><word xMin="49.9" yMin="515.9" xMax="408.6" yMax="533.9">坚持体育事业发展正确方针政策同使用兴奋剂</word></line>
        <line><word xMin="157.5" yMin="537.5" xMax="301.0" yMax="555.4">行为进行坚决斗争</word></line>
        <line><word xMin="478.2" yMin="516.3" xMax="747.1" yMax="534.2">推进农业科技革命要重实践求实效</word></line>
        <line><word xMin="42.5" yMin="561.3" xMax="92.6" yMax="571.2">新华社北京</word><word xMin="96.1" yMin="561.7" xMax="102.4" yMax="571.6">1</word><word xMin="106.0" yMin="561.3" xMax="115.9" yMax="571.2">月</word><word xMin="119.4" yMin="561.7" xMax="132.1" yMax="571.6">16</word><word xMin="135.6" yMin="561.3" xMax="416.0" yMax="571.2">日电（记者许基仁、李贺普）中共中央政治局委员、国务委员李</word></line>
        <line><word xMin="42.5" yMin="572.9" xMax="92.6" yMax="582.9">铁映今天在</word><word xMin="96.2" yMin="574.1" xMax="121.6" yMax="584.1">1998</word><word xMin="125.2" yMin="572.9" xMax="416.0" yMax="582.9">年全国体委主任会议上说，体育战线要认真学习、全面贯彻党的十</word></line>
        <line><word xMin="42.5" yMin="585.4" xMax="416.0" yMax="595.4">五大精神，坚持体育事业发展的正确方针政策，在努力提高竞技体育水平的同时，大力</word></line>
        <line><word xMin="42.5" yMin="597.9" xMax="301.5" yMax="607.8">发展群众体育，为建设有中国特色社会主义事业做出贡献。</word></line>
        <line><word xMin="769.5" yMin="464.0" xMax="799.4" yMax="473.0">赵鹏/摄</word></line>
        <line><word xMin="425.9" yMin="539.3" xMax="465.8" yMax="549.3">本报北京</word><word xMin="468.6" yMin="540.5" xMax="475.0" yMax="550.5">1</word><word xMin="477.8" yMin="539.3" xMax="487.8" yMax="549.3">月</word><word xMin="490.6" yMin="540.5" xMax="503.3" yMax="550.5">14</word><word xMin="506.2" yMin="539.3" xMax="803.1" yMax="549.3">日讯新华社记者李斌、本报记者贾西平报道：中共中央政治局委员、</word></line>
        <line><word xMin="425.9" yMin="551.8" xMax="567.6" yMax="561.7">国务院副总理姜春云昨天在’98</word><word xMin="570.7" yMin="551.8" xMax="799.4" yMax="561.7">中国科协科教兴农论坛上强调，推进农业科技革命要</word></line>
        <line><word xMin="425.9" yMin="564.2" xMax="575.4" yMax="574.2">注重实践，见诸行动，务求实效。</word></line>
        <line><word xMin="425.9" yMin="576.7" xMax="799.4" yMax="586.6">这次论坛由中国科协主席周光召主持。卢良恕、李振声、汪懋华、王连铮、江泽慧等</word></line>
        <line><word xMin="425.9" yMin="590.3" xMax="432.2" yMax="600.3">9</word><word xMin="435.4" yMin="589.1" xMax="744.3" yMax="599.1">位专家，就如何推进我国的农业科技革命发了言，提出了意见和建议。</word></line>

        </block></flow></page></doc></body></html>
        """
        let layout = try #require(PDFLayout.parse(Data(xml.utf8)))
        let read = PDFLayout.typeset(layout.pages[0]).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let credit = try #require(read.firstIndex(of: "赵鹏/摄")), kicker = try #require(read.firstIndex(of: "姜春云在中国科协科教兴农论坛上强调"))
        #expect(credit < kicker, "\(read)")
    }

    /// A `、` hanging past one column's edge, half a point short of the `“` set before the next
    /// column's edge (stacked-18 of the varied pages' seed 10): poppler's line is cut between
    /// them, the gap measured between their type.
    @Test func aHangingMarkTouchingAnOpeningQuoteIsCutAtTheGutter() {
        func word(_ text: String, _ x: Double, _ xMax: Double, _ y: Double) -> PDFLayout.Word {
            PDFLayout.Word(text: text, xMin: x, yMin: y, xMax: xMax, yMax: y + 8.97)
        }
        var lines = [PDFLayout.Line(words: [word("们的销售网络已遍布广东、广西、福建、江苏、", 228.3, 419.8, 588.9),
                                            word("“高级命令”处理过程的前额皮质却处于完全关闭", 420.3, 613.6, 585.5)])]
        for row in 0..<3 {
            let y = 600 + Double(row) * 11.7
            lines.append(PDFLayout.Line(words: [word("的大脑中也有一部分处于高度活跃状态", 228.3, 416.4, y), word("长期记忆和情绪的部分正在活动状态", 425.5, 613.6, y)]))
        }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect(fragments.prefix(2).map(\.text) == ["们的销售网络已遍布广东、广西、福建、江苏、", "“高级命令”处理过程的前额皮质却处于完全关闭"], "\(fragments.map(\.text))")
    }

    /// The credits of two captions side by side, a closing bracket hanging past one column's
    /// edge three points from the opening one set before the next (photo-13 of the varied
    /// pages' seed 10): two fragments, one credit each.
    @Test func twoCreditsInBracketsSideBySideAreCut() {
        let left = PDFLayout.Word(text: "（新华社记者黄文摄）", xMin: 197.1, yMin: 445.4, xMax: 286.8, yMax: 454.4)
        let right = PDFLayout.Word(text: "（李铁成摄）", xMin: 290.0, yMin: 445.4, xMax: 343.8, yMax: 454.4)
        let fragments = PDFLayout.Page(lines: [PDFLayout.Line(words: [left, right])]).fragments()
        #expect(fragments.map(\.text) == ["（新华社记者黄文摄）", "（李铁成摄）"])
    }

    /// Two headlines of one size side by side over two columns, the first filling its column to
    /// the gutter, 0.8 em from the second (feature-04 of the feature pages' seed 15, poppler's
    /// boxes): the line is cut where the body's next column starts. Over a gap that spans no
    /// gutter (the second phrase starting half an em into the column) it is one headline.
    @Test(arguments: [(296.6, true), (305.0, false)])
    func headlinesSideBySideOverColumnsAreCutAtTheGutter(secondStart: Double, cut: Bool) {
        let first = PDFLayout.Word(text: "话剧再次成为热门话题艺术家、", xMin: 31.2, yMin: 552.1, xMax: 282.2, yMax: 570.0)
        let second = PDFLayout.Word(text: "改革平稳发展", xMin: secondStart, yMin: 551.6, xMax: secondStart + 107.6, yMax: 569.5)
        var lines = [PDFLayout.Line(words: [first, second])]
        for row in 0..<4 {
            let y = 620 + Double(row) * 14.1
            lines.append(PDFLayout.Line(words: [PDFLayout.Word(text: "动，不仅使首都文艺舞台更加多姿多彩，也", xMin: 31.2, yMin: y, xMax: 279.9, yMax: y + 10.5),
                                                PDFLayout.Word(text: "１月至１１月，全国财政收入比上年同期", xMin: 296.6, yMin: y, xMax: 545.3, yMax: y + 10.5)]))
        }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect((fragments[0].text == first.text) == cut, "\(fragments.map(\.text))")
    }

    /// Also where one has full-width digits (`８亿元全年增收１１`, band-17 of the varied pages' seed
    /// 7): they are set in the CJK face, an em tall.
    @Test(arguments: ["『中国参与世界经济』研讨会", "８亿元全年增收１１"])
    func headlinesSideBySideInTwoSizesAreCutApart(rightText: String) {
        let left = Self.word("江泽民会见伊拉克议长哈马", 295, 151.8, size: 20.9)
        let right = Self.word(rightText, left.xMax + 10, 152.1, size: 18.9)
        let fragments = PDFLayout.Page(lines: [PDFLayout.Line(words: [left, right])]).fragments()
        #expect(fragments.map(\.text) == ["江泽民会见伊拉克议长哈马", rightText])
        let sameSize = Self.word("『中国参与世界经济』研讨会", left.xMax + 10, 151.8, size: 20.9)
        #expect(PDFLayout.Page(lines: [PDFLayout.Line(words: [left, sameSize])]).fragments().count == 1)
    }

    /// Two headlines side by side in one size, under an em apart, the left one's second line
    /// centred under its first (band-13 of the varied pages' seed 10): cut apart at the gap. A
    /// headline whose second line stands centred under the whole first is one, gap or not.
    @Test(arguments: [(62.5, 3), (194.5, 2)])
    func headlinesSideBySideInOneSizeAreCutWhereALineIsCentredUnderOne(secondLineAt: Double, fragmentCount: Int) {
        let left = Self.word("去年工业生产稳定增长主要产", 34, 60, size: 19)
        let right = Self.word("埃及挪威对中东和平前景悲观", left.xMax + 17.7, 60, size: 19)
        var lines = [PDFLayout.Line(words: [left, right]), PDFLayout.Line(words: [Self.word("品受市场影响较为明显", secondLineAt, 83, size: 19)])]
        for row in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word("本报北京１月１３日讯记者朱剑红报道\(row)", 34, 120 + Double(row) * 13)])) }
        let fragments = PDFLayout.Page(lines: lines).fragments()
        #expect(fragments.count == fragmentCount + 4, "\(fragments.map(\.text))")
    }

    /// A line whose full-width decimal point (`储量３．`) runs past its column's edge into a
    /// gutter of an em, leaving a fifth of an em of it (band-01 of the varied pages' seed 10): the
    /// columns are still read one after the other, not row by row.
    @Test func aDecimalPointRunningIntoTheGutterLeavesItAGutter() {
        var lines: [PDFLayout.Line] = []
        for row in 0..<4 {
            let y = 100 + Double(row) * 14
            let left = row == 2 ? Self.word("新疆准噶尔塔里木吐哈三大油田探明加控制储量３．", 0, y, size: 9)
                : Self.word("随着国家加大开发新疆石油力度新疆石油工业进\(row)", 0, y, size: 9)
            lines.append(PDFLayout.Line(words: [left]))
            lines.append(PDFLayout.Line(words: [Self.word("邵力平大学文化程度党的十五大代表武汉铁路\(row)", 207 + 2, y + 2, size: 9)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read.prefix(4).allSatisfy { !$0.hasPrefix("邵力平") }, "\(read)")
    }

    /// Two headlines side by side, 5% apart in size and an em apart, the right one's other rows
    /// starting where it starts (photo-04 of the fifth seed): poppler runs its first row on from
    /// the left one's; its rows' starts are a column's edge at its own size, so it is cut there.
    @Test func aHeadlineRunOnFromOneBesideItInAnotherSizeIsCutWhereItsRowsStart() {
        let left = Self.word("傅全有在总参军人代表", 0, 60, size: 21)
        let lines = [PDFLayout.Line(words: [left, Self.word("香港报纸刊登新年", left.xMax + 20, 60.5, size: 20)]),
                     PDFLayout.Line(words: [Self.word("队建设跨世纪发展", 20, 84, size: 21)]),
                     PDFLayout.Line(words: [Self.word("致词香港正朝着美", left.xMax + 20, 84, size: 20)]),
                     PDFLayout.Line(words: [Self.word("好明天发展", left.xMax + 20, 108, size: 20)])]
            + (0..<4).map { PDFLayout.Line(words: [Self.word("正文第\($0)行的文字", 0, 140 + Double($0) * 14)]) }
        #expect(PDFLayout.Page(lines: lines).fragments().map(\.text).prefix(2) == ["傅全有在总参军人代表", "香港报纸刊登新年"])
    }

    /// Two headlines of one size side by side in a band, each over two lines, 0.9 em apart
    /// (band-18 in the page benchmark): poppler gives each row one line; where both rows part at
    /// the same place they are cut there. The same gap in body type, or in one display line
    /// alone (a space between a headline's two phrases), cuts nothing.
    @Test func headlinesOfOneSizeSideBySideAreCutWhereTheirRowsPart() {
        func row(_ left: String, _ right: String, _ y: Double, size: Double = 25) -> PDFLayout.Line {
            let a = Self.word(left, 304, y, size: size)
            return PDFLayout.Line(words: [a, Self.word(right, a.xMax + 0.9 * size, y, size: size)])
        }
        let body = (0..<6).map { PDFLayout.Line(words: [Self.word("学校有五百亩地的实验田", 190, 200 + 14 * Double($0))]) }
        let band = [row("话剧《虎踞钟山》引", "实施四大工程促进稳定", 69), row("起轰动各界群众踊跃", "振兴河西建成千里双拥", 99)]
        #expect(PDFLayout.Page(lines: band + body).fragments().prefix(4).map(\.text)
                == ["话剧《虎踞钟山》引", "实施四大工程促进稳定", "起轰动各界群众踊跃", "振兴河西建成千里双拥"])
        #expect(PDFLayout.Page(lines: [band[0]] + body).fragments().count == 7)
        let bodyRows = [row("年进出口总值", "亿美元", 300, size: 10), row("增长幅度低", "个百分点", 314, size: 10)]
        #expect(PDFLayout.Page(lines: bodyRows + body).fragments().count == 8)
        // A display row and a line of body type with a gap at one place are no pair.
        let beside = [band[0], PDFLayout.Line(words: [Self.word("学校有五百亩", 470, 120), Self.word("地的实验田", 535, 120)])]
        #expect(PDFLayout.Page(lines: beside + body).fragments().count == 8)
    }

    /// Two headlines of one size side by side in a band where only the first rows meet
    /// (band-03): the right one's word starts where its own next rows start, two lines of
    /// display type, which marks a column's edge as three lines of body type do.
    @Test func aHeadlineBesideAnotherStartsWhereItsOwnRowsStart() {
        func word(_ text: String, _ x: Double, _ y: Double, _ size: Double) -> PDFLayout.Word { Self.word(text, x, y, size: size) }
        let body = (0..<6).map { PDFLayout.Line(words: [word("学校有五百亩地的实验田", 190, 300 + 14 * Double($0), 10)]) }
        let band = [
            PDFLayout.Line(words: [word("走出交通肇事后的误", 300, 147.5, 26.9), word("我陆上石油勘探开发", 563.7, 147.5, 26.9)]),
            PDFLayout.Line(words: [word("区", 407.5, 179.9, 26.9)]),
            PDFLayout.Line(words: [word("告捷吴邦国要求抓好", 563.7, 179.8, 26.9)]),
            PDFLayout.Line(words: [word("改革攻坚和科技攻关", 563.7, 212.1, 26.9)]),
        ]
        #expect(PDFLayout.Page(lines: band + body).fragments().prefix(2).map(\.text) == ["走出交通肇事后的误", "我陆上石油勘探开发"])
        // In body type two lines starting there are not a column's edge.
        let small = [
            PDFLayout.Line(words: [word("走出交通肇事后的误", 190, 400, 10), word("我陆上石油勘探开发", 293, 400, 10)]),
            PDFLayout.Line(words: [word("告捷吴邦国要求抓好", 293, 414, 10)]),
            PDFLayout.Line(words: [word("改革攻坚和科技攻关", 293, 428, 10)]),
        ]
        #expect(PDFLayout.Page(lines: small + body).fragments().first?.words.count == 2)
    }

    /// A word with digits in it takes the taller box of the Latin face (commentary-14 in the page
    /// benchmark: `8.8%。这是党中央、国务院` 11.7 points tall beside `值仍然增长` at 10.5): the
    /// line's size is its CJK words', so the line is body text, not a deck.
    @Test func aLinesSizeIsItsCJKWordsWhereItHasAny() {
        var latin = Self.word("8.8%。这是党中央、国务院", 60, 100, size: 10.46)
        latin.yMax = latin.yMin + 11.73
        let mixed = PDFLayout.Line(words: [Self.word("值仍然增长", 0, 100, size: 10.46), latin])
        #expect(abs(mixed.size - 10.46) < 1e-9)
        #expect(abs(PDFLayout.Line(words: [latin]).size - 11.73) < 1e-9)
    }

    /// A caption's line in a brief is one word mixing scripts (`2：新战士…`), as tall as its
    /// Latin face (briefs-08 in the page benchmark): it is no line of another size, so no break
    /// parts it from the lines around it, and the sentence it breaks off goes on in the brief.
    @Test func aMixedLineInABriefIsSetInTheBriefsType() {
        let texts = ["新兵全部到达武警北京一总队，", "部队提前一个月做好了准备。", "1：老兵端上了热腾腾的“迎新",
                     "面”。", "2：新战士学习怎样才能把被子叠", "成“豆腐块”状。", "（武警北京一总队刘业国）"]
        let lines = texts.enumerated().map { row, text in
            var word = Self.word(text, 0, 100 + Double(row) * 15, size: 10.96)
            if text.unicodeScalars.contains(where: PDFLayout.Word.isLatin) { word.yMax = word.yMin + 12.27 }
            return PDFLayout.Line(words: [word])
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        #expect(!typeset.text.contains("\n\n"), "\(typeset.text)")
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.body.contains("把被子叠成“豆腐块”状。") == true, "\(page.articles.map(\.body))")
    }

    /// Two captions' lines one under the other, each one word mixing scripts, the second's box
    /// 12% taller than the first's (photo-02 of the varied pages' seed 21: `1：虎在长啸…` over
    /// `2：已退休的…`): one size, so no break parts them and the story runs on to its reporter.
    @Test func twoMixedLinesOfAboutOneSizeArePartedByNoBreak() {
        let texts = ["所有这些都需要一个前提，为母虎寻配偶。", "1：虎在长啸，乞求给一次做母亲的机会。",
                     "2：已退休的饲养员左文茹，又被返聘回来照顾虎。她说，今年是", "虎年，多么希望能再像当年一样享受一下接生小虎的快乐！",
                     "（吉林省吉林市齐洁爽）"]
        let lines = texts.enumerated().map { row, text in
            var word = Self.word(text, 0, 100 + Double(row) * 14.35, size: 8.97)
            if text.hasPrefix("2") { word.yMin -= 1.06 }
            return PDFLayout.Line(words: [word])
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        #expect(!typeset.text.contains("\n\n"), "\(typeset.text)")
    }

    /// A lead and the lines after it under a headline, each one word mixing scripts (full-width
    /// digits in every line: `…目前７３名下岗纺织职工…`), 7% taller than the type (photo-13 of the
    /// benchmark's fourth seed): they take the size of the line after them measured on Han
    /// characters only (`达亿元。`), so no break parts the story there.
    @Test func mixedLinesTakeTheSizeOfTheNextLineInCJKType() {
        let texts = ["本报讯经长沙纺织再就业服务中心推介，目前７３名", "下岗纺织职工被４家单位聘用。去年４月，长沙市纺",
                     "织工业总公司兴办１４家劳服公司，年经营额", "达亿元。", "长沙市纺织工业总公司还成立了再就业服务中心。"]
        var lines = [PDFLayout.Line(words: [Self.word("长沙纺织职工多渠道就业", 0, 60, size: 16)])]
        lines += texts.enumerated().map { row, text in
            var word = Self.word(text, 0, 100 + Double(row) * 15, size: 10.5)
            if text.unicodeScalars.contains(where: PDFLayout.Word.isLatin) { word.yMax = word.yMin + 11.2 }
            return PDFLayout.Line(words: [word])
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        #expect(Set(typeset.styles.compactMap { $0?.size }.dropFirst()).count == 1, "\(typeset.styles)")
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.articles.map(\.title) == ["长沙纺织职工多渠道就业"])
        #expect(page.articles.first?.body.hasSuffix("年经营额达亿元。\n长沙市纺织工业总公司还成立了再就业服务中心。") == true,
                "\(page.articles.map(\.body))")
    }

    /// A line whose Han words carry a per-mille sign (`‰，分享比例由中央和`), its box 11% taller
    /// than the type beside it (photo-01 of the benchmark's fourth seed): the sign comes from a
    /// Latin face, so the line goes on at the size of the line above it, no deck parting the
    /// sentence it carries on.
    @Test func aPerMilleSignDoesNotMakeALineADeck() {
        func word(_ text: String, _ x: Double, _ y: Double, tall: Bool) -> PDFLayout.Word {
            var word = Self.word(text, x, y, size: 10.5)
            if tall { word.yMax += 1.2 }
            return word
        }
        let lines = [
            PDFLayout.Line(words: [Self.word("出于同样的考虑，印花税税率从", 0, 100, size: 10.5)]),
            PDFLayout.Line(words: [word("３", 0, 115, tall: false), word("‰", 12, 115, tall: true),
                                   word("调高至５", 26, 115, tall: false), word("‰，分享比例由中央和", 70, 115, tall: true)]),
            PDFLayout.Line(words: [Self.word("地方各占五成，改为中央占八成。", 0, 130, size: 10.5)]),
        ]
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        #expect(Set(typeset.styles.compactMap { $0?.size }) == [1], "\(typeset.styles)")
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.articles.map(\.title) == [nil], "\(page.articles.map(\.title))")
        #expect(page.articles.first?.body == "出于同样的考虑，印花税税率从3‰调高至5‰，分享比例由中央和地方各占五成，改为中央占八成。")
    }

    /// Two headlines stacked in a band, each over two lines set close (band-16 in the page
    /// benchmark: 3.6 pt between a headline's lines of 18 pt, 9 pt between the headlines),
    /// are parted by their own leading, though 9 pt is less than the body's leading would allow.
    @Test func headlinesStackedInABandArePartedByTheirOwnLeading() {
        let heads = [("邹家华会见统计工作会议代", 60.0), ("表时指出准确性放在首位", 81.5), ("纽约股市开门红货币", 108.5), ("汇率再跌", 130.0)]
        var lines = heads.map { PDFLayout.Line(words: [Self.word($0.0, 0, $0.1, size: 18)]) }
        lines += (0..<6).map { PDFLayout.Line(words: [Self.word("正文第\($0)行文字内容", 0, 200 + Double($0) * 14.15, size: 10.46)]) }
        let text = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text
        #expect(text.hasPrefix("邹家华会见统计工作会议代\n表时指出准确性放在首位\n\n纽约股市开门红货币\n汇率再跌\n\n正文第0行"), "\(text)")
    }

    /// Two headlines of a band side by side a narrow gutter apart (0.6 em; band-05 of the page
    /// benchmark's second seed), poppler running each row on from the left headline into the
    /// right one: the right headline's rows start at one edge, and there the rows are cut.
    @Test func bandHeadlinesANarrowGutterApartAreCut() {
        var lines = [PDFLayout.Line(words: [Self.word("在十五大精神指引下胜利前", 31.59, 937.6, size: 20.92),
                                            Self.word("依托传统农业跳出传统农业", 295.42, 937.6, size: 20.92)]),
                     PDFLayout.Line(words: [Self.word("进", 146.66, 962.75, size: 20.92),
                                            Self.word("焦作高效农业园区悄然兴起", 295.42, 962.75, size: 20.92)])]
        lines += (0..<12).map { PDFLayout.Line(words: [Self.word("正文第\($0)行的文字内容在这里", 31.18, 1000 + Double($0) * 14, size: 10.46)]) }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").map(String.init)
        #expect(read.contains("依托传统农业跳出传统农业") && read.contains("焦作高效农业园区悄然兴起"), "\(read.prefix(6))")
        #expect(read.contains("在十五大精神指引下胜利前"))
    }

    /// Three headlines of one size stacked in a band, one of them broken over two lines
    /// (band-07 of the page benchmark's second seed: 9 pt between the headlines, 3.4 pt inside
    /// the broken one): the gaps between headlines are most of that size's, but not its tightest.
    /// The gaps are measured between Han characters: the `140` in the broken headline stands
    /// 2 pt lower, in its Latin face.
    @Test func headlinesStackedInABandArePartedByTheirTightestLeading() {
        let heads = [("用先进典型推动部队全面建设", 114.42), ("居委会来了新主任福州", 140.56), ("家", 160.88), ("刷牙还要洗牙", 186.77)]
        var lines = heads.map { PDFLayout.Line(words: [Self.word($0.0, 113, $0.1, size: 16.94)]) }
        var number = Self.word("140", 283, 142.59, size: 16.94)
        number.xMax = 315
        lines[1].words += [number, Self.word("余名下岗职工到街区当", 320, 140.56, size: 16.94)]
        lines += (0..<6).map { PDFLayout.Line(words: [Self.word("正文第\($0)行文字内容", 31, 250 + Double($0) * 14.15, size: 10.46)]) }
        let text = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text
        #expect(text.hasPrefix("用先进典型推动部队全面建设\n\n居委会来了新主任福州140余名下岗职工到街区当\n家\n\n刷牙还要洗牙\n\n"), "\(text)")
    }

    /// Two headlines stacked in a cell of a band, the first broken over lines 4.7 pt apart and
    /// the second 8.7 pt under it (`党中央国务院要求切实保证困难职` / `工过好春节` over
    /// `《百年恩来》：要说的太多，太多`, band-02 of the varied pages' seed 41): at 24 pt the wider
    /// gap is under a quarter of an em more than the tighter, and parts them all the same, 1.85
    /// times as wide. A headline whose story's first line stands closer under it than its own
    /// lines stand apart (`纪录` 2.1 pt over `92个世界冠军，`, 4 pt between its lines, stacked-08
    /// of the same seed) stays whole. The boxes are the pages'.
    @Test func headlinesStackedInABandPartAtTheWiderGap() throws {
        let band = try Self.readingOrder("""
         <line><word xMin="433.81" yMin="71.55" xMax="792.46" yMax="95.46">党中央国务院要求切实保证困难职</word></line>
         <line><word xMin="553.36" yMin="100.24" xMax="672.91" yMax="124.15">工过好春节</word></line>
         <line><word xMin="433.59" yMin="132.78" xMax="780.32" yMax="156.69">《百年恩来》：要说的太多，太多</word></line>
         <line><word xMin="556.72" yMin="322.32" xMax="799.36" yMax="331.29">汇兑、报刊发行等传统业务的同时，积极发展特快专递和邮政</word></line>
         <line><word xMin="556.72" yMin="335.77" xMax="799.36" yMax="344.74">储蓄业务，并相继开发了广告信函、商品邮购、国际汇兑等多</word></line>
         <line><word xMin="556.72" yMin="349.22" xMax="610.52" yMax="358.19">种新型业务。</word></line>
         <line><word xMin="556.72" yMin="375.52" xMax="805.73" yMax="384.49">黑龙江、辽宁、吉林、山东、广东、湖南、湖北、云南、新疆、</word></line>
         """)
        #expect(Array(band.prefix(4)) == ["党中央国务院要求切实保证困难职", "工过好春节", "", "《百年恩来》：要说的太多，太多"], "\(band)")
        let stacked = try Self.readingOrder("""
         <line><word xMin="283.44" yMin="114.27" xMax="404.20" yMax="124.73">1997：竞技场上佳音频传</word></line>
         <line><word xMin="284.04" yMin="125.54" xMax="403.60" yMax="145.47">我选手共夺得</word></line>
         <line><word xMin="278.16" yMin="151.84" xMax="303.51" yMax="171.77">92</word><word xMin="309.85" yMin="149.45" xMax="409.48" yMax="169.38">个世界冠军</word></line>
         <line><word xMin="284.96" yMin="173.36" xMax="304.88" yMax="193.29">创</word><word xMin="311.22" yMin="175.75" xMax="336.56" yMax="195.68">29</word><word xMin="342.91" yMin="173.36" xMax="402.68" yMax="193.29">项世界</word></line>
         <line><word xMin="323.90" yMin="197.27" xMax="363.75" yMax="217.20">纪录</word></line>
         <line><word xMin="351.05" yMin="220.42" xMax="362.45" yMax="229.38">92</word><word xMin="364.58" yMin="219.34" xMax="418.38" yMax="228.31">个世界冠军，</word></line>
         <line><word xMin="351.05" yMin="254.31" xMax="490.85" yMax="263.27">中国人第一次打破世界纪录是在</word></line>
         <line><word xMin="351.05" yMin="289.28" xMax="490.85" yMax="298.24">最轻量级挺举世界纪录。从那一年</word></line>
         """)
        let headline = try #require(stacked.firstIndex(of: "我选手共夺得"), "\(stacked)")
        #expect(Array(stacked[headline...].prefix(4)) == ["我选手共夺得", "92个世界冠军", "创29项世界", "纪录"], "\(stacked)")
    }

    /// Headlines stacked in a band whose leading only another size shows, parted at a
    /// quarter of an em of the body's more than a headline's own lines stand apart. Each line is
    /// the page's, seed 56 of the page benchmark. In band-18 two headlines of 16.9 pt stand one
    /// over the other 9.3 pt apart (`上海暖冬已十年` over `『中国青年油画展』初现新世纪油画走向`), and
    /// no headline of that size is broken over lines; the band's headlines of 21.9 and 17.9 pt
    /// are, their lines 4.4 pt apart. In band-11 `飞机上开不得玩笑` stands 8.4 pt under the last line
    /// of the headline over it, whose own lines stand 5.2 pt apart: 1.6 times as wide.
    @Test func headlinesStackedInABandArePartedByTheLeadingOfTheBandsHeadlines() throws {
        let bottomBand = try Self.readingOrder("""
         <line><word xMin="31.181000" yMin="119.353880" xMax="277.800086" yMax="130.312780">洲一些国家货币贬值、购买力下降，与亚洲地区经贸</word></line>
         <line><word xMin="31.181000" yMin="134.197880" xMax="277.800086" yMax="145.156780">关系密切的美国加州出口商，正在调整出口战略，把</word></line>
         <line><word xMin="31.181000" yMin="149.041880" xMax="184.605600" yMax="160.000780">眼光也投向世界其他一些地区。</word></line>
         <line><word xMin="36.775000" yMin="798.841336" xMax="409.377600" yMax="820.759136">东亚购买力下降加州调整出口客机提货</word><word xMin="430.529000" yMin="799.014136" xMax="807.117800" yMax="816.946936">温家宝在贵州农村考察时指出动员全社会力量打</word></line>
         <line><word xMin="565.024000" yMin="820.534136" xMax="672.620800" yMax="838.466936">好扶贫攻坚战</word></line>
         <line><word xMin="124.446000" yMin="825.142336" xMax="321.706200" yMax="847.060136">期推迟波音面临困境</word></line>
         <line><word xMin="62.180000" yMin="856.571880" xMax="383.973500" yMax="873.508380">八运失利痛定思痛安徽体育卧薪尝胆再图强</word></line>
         <line><word xMin="559.545000" yMin="856.486880" xMax="678.100500" yMax="873.423380">上海暖冬已十年</word></line>
         <line><word xMin="167.761000" yMin="882.860280" xMax="287.313000" yMax="897.804280">并非“一股就灵”</word></line>
         <line><word xMin="461.330000" yMin="882.741880" xMax="766.187000" yMax="899.678380">『中国青年油画展』初现新世纪油画走向</word></line>
         """)
        let warm = try #require(bottomBand.firstIndex(of: "上海暖冬已十年"), "\(bottomBand)")
        #expect(bottomBand[warm + 1] == "", "\(bottomBand)")
        let topBand = try Self.readingOrder("""
         <line><word xMin="31.590000" yMin="100.609048" xMax="282.648600" yMax="128.504448">迟浩田在国防大学讲</word></line>
         <line><word xMin="31.590000" yMin="134.083048" xMax="282.648600" yMax="161.978448">课时强调现代高技术</word></line>
         <line><word xMin="31.590000" yMin="167.558048" xMax="282.648600" yMax="195.453448">条件下仍要坚持人民</word></line>
         <line><word xMin="129.223000" yMin="201.032048" xMax="185.013800" yMax="228.927448">战争</word></line>
         <line><word xMin="45.537000" yMin="237.356048" xMax="268.700200" yMax="265.251448">飞机上开不得玩笑</word></line>
         <line><word xMin="101.328000" yMin="270.869840" xMax="212.909600" yMax="284.817540">——向旅客进一言</word></line>
         <line><word xMin="31.181000" yMin="335.278880" xMax="173.033002" yMax="346.237780">委员、中央军委副主席、国务</word></line>
         <line><word xMin="31.181000" yMin="350.122880" xMax="173.022043" yMax="361.081780">委员兼国防部长迟浩田今天</word></line>
         <line><word xMin="31.181000" yMin="364.966880" xMax="173.022043" yMax="375.925780">在给国防大学学员讲课时强</word></line>
         <line><word xMin="31.181000" yMin="379.811880" xMax="173.033002" yMax="390.770780">调，人民战争是中国共产党人</word></line>
         """)
        #expect(Array(topBand.prefix(6)) == ["迟浩田在国防大学讲", "课时强调现代高技术", "条件下仍要坚持人民", "战争", "", "飞机上开不得玩笑"], "\(topBand)")
    }

    /// Two headlines of a band run together on one line, 0.6 em apart and 4% apart in size
    /// (`金融危机后痛定思痛` · `中南外长高度评价两`, band-02 of the page benchmark's seed 56, 12 pt
    /// between the band's cells): each one's next line stands centred under its own words, so
    /// the line is cut at the gap. The boxes are the page's.
    @Test func bandHeadlinesRunTogetherAreCutUnderAnEmApartWhereALineIsCentredUnderOne() throws {
        let read = try Self.readingOrder("""
         <line><word xMin="36.073000" yMin="113.204720" xMax="278.164900" yMax="140.103820">金融危机后痛定思痛</word><word xMin="295.420000" yMin="113.360680" xMax="546.478600" yMax="141.256080">中南外长高度评价两</word></line>
         <line><word xMin="36.073000" yMin="145.483720" xMax="278.164900" yMax="172.382820">东亚经济开始全面调</word></line>
         <line><word xMin="379.106000" yMin="146.834680" xMax="462.792200" yMax="174.730080">国建交</word></line>
         <line><word xMin="143.669000" yMin="177.762720" xMax="170.568100" yMax="204.661820">整</word></line>
         <line><word xMin="350.475000" yMin="313.290957" xMax="491.413358" yMax="323.751757">采取财政紧缩政策，节省开支</word></line>
         <line><word xMin="350.475000" yMin="327.935957" xMax="491.413358" yMax="338.396757">恢复经济，是东亚国家当前经</word></line>
         <line><word xMin="510.122000" yMin="313.290957" xMax="658.686282" yMax="323.751757">东亚地区金融业长期监管不严，</word></line>
         <line><word xMin="669.769000" yMin="327.935957" xMax="805.759400" yMax="338.396757">家国家银行。政府日前宣布，</word></line>
         """)
        #expect(read.contains("金融危机后痛定思痛") && read.contains("中南外长高度评价两"), "\(read)")
    }

    /// A line whose only word mixes scripts (stacked-13 in the page benchmark:
    /// `peopledaily．com．cn，因特网上首` 11.7 points tall under body lines of 10.5) goes on at
    /// the size of the line before it, not as a deck that starts a new piece; a line set
    /// larger than that stays larger.
    @Test func aLineOfOneMixedWordGoesOnAtTheSizeBeforeIt() {
        let body = PDFLayout.Line(words: [Self.word("引入中国不过两三年，但国内", 0, 86, size: 10.46)])
        var latin = Self.word("peopledaily．com．cn，因特网上首", 0, 100, size: 10.46)
        latin.yMax = latin.yMin + 11.73
        let mixed = PDFLayout.Line(words: [latin])
        #expect(abs(mixed.typeSize(after: body.size) - 10.46) < 1e-9)
        #expect(abs(mixed.typeSize(after: nil) - 11.73) < 1e-9)
        var large = latin
        large.yMax = large.yMin + 16
        #expect(abs(PDFLayout.Line(words: [large]).typeSize(after: body.size) - 16) < 1e-9)
        let cjk = PDFLayout.Line(words: [Self.word("值仍然增长", 0, 100, size: 11.73)])
        #expect(abs(cjk.typeSize(after: body.size) - 11.73) < 1e-9)
    }

    /// poppler joins the lines of two columns into one when the gutter is narrow; the reader
    /// cuts them apart again and reads the left column before the right.
    @Test func linesRunningAcrossAGutterAreCutAndColumnsReadInOrder() {
        var lines: [PDFLayout.Line] = []
        for row in 0..<4 {
            let y = 100 + Double(row) * 14
            lines.append(PDFLayout.Line(words: [Self.word("左栏第\(row)行文字", 0, y), Self.word("右栏第\(row)行文字", 80, y)]))
        }
        let text = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text
        let read = text.split(separator: "\n").filter { !$0.isEmpty }
        #expect(read == ["左栏第0行文字", "左栏第1行文字", "左栏第2行文字", "左栏第3行文字",
                         "右栏第0行文字", "右栏第1行文字", "右栏第2行文字", "右栏第3行文字"])
    }

    /// A `、` hanging past one column's edge and a `“` set before the next one's close a 14 pt
    /// gutter to nothing (commentary-03 in the page benchmark); the columns are still read apart.
    @Test func punctuationHangingIntoAGutterDoesNotCloseIt() {
        let left = ["左栏第一行文字内容", "左栏第二行文字内容、", "左栏第三行文字内容"]
        let right = [("右栏第一行文字内容", 104.0), ("“右栏”第二行文字", 99.0), ("右栏第三行文字内容", 104.0)]
        let lines = (0..<3).flatMap { row in
            [PDFLayout.Line(words: [Self.word(left[row], 0, 100 + Double(row) * 14)]),
             PDFLayout.Line(words: [Self.word(right[row].0, right[row].1, 100 + Double(row) * 14)])]
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == left + right.map(\.0))
    }

    /// Two rows of stories with no headlines between them (the headlines printed in a band):
    /// the columns' gutters line up from top to bottom, but each row is read before the next.
    @Test func rowsOfColumnsAreReadRowByRow() {
        var lines: [PDFLayout.Line] = []
        for (row, top) in [(0, 100.0), (1, 180.0)] {
            for i in 0..<3 {
                let y = top + Double(i) * 14
                lines.append(PDFLayout.Line(words: [Self.word("第\(row)排左栏\(i)", 0, y), Self.word("第\(row)排右栏\(i)", 80, y)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == ["第0排左栏0", "第0排左栏1", "第0排左栏2", "第0排右栏0", "第0排右栏1", "第0排右栏2",
                         "第1排左栏0", "第1排左栏1", "第1排左栏2", "第1排右栏0", "第1排右栏1", "第1排右栏2"])
    }

    @Test func aHeadlineSetLargeSpansItsColumnsAndIsReadFirst() {
        var lines = [PDFLayout.Line(words: [Self.word("大字标题", 30, 60, size: 24)])]
        for row in 0..<3 {
            let y = 100 + Double(row) * 14
            lines.append(PDFLayout.Line(words: [Self.word("甲栏文字\(row)", 0, y), Self.word("乙栏文字\(row)", 80, y)]))
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let read = typeset.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(read.first == "大字标题")
        #expect(typeset.styles.first!?.size == 2.4)
        #expect(read.filter { !$0.isEmpty }.dropFirst().map(String.init) == ["甲栏文字0", "甲栏文字1", "甲栏文字2", "乙栏文字0", "乙栏文字1", "乙栏文字2"])
    }

    /// A centred headline over four columns leaves the first gutter clear (briefs-01 in the
    /// page benchmark): the headline is still read before the first column, also when the
    /// glyph boxes of its last line touch the columns' first (a tenth of a point over them).
    @Test(arguments: [60.0, 80.1])
    func aCentredHeadlineIsReadBeforeTheColumnItDoesNotCover(headlineTop: Double) {
        var lines = [PDFLayout.Line(words: [Self.word("中介市场需要规范", 100, headlineTop, size: 20)])]
        for row in 0..<3 {
            let y = 100 + Double(row) * 14
            lines.append(PDFLayout.Line(words: (0..<4).map { Self.word("第\($0)栏文字\(row)", Double($0) * 80, y) }))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read.prefix(4) == ["中介市场需要规范", "第0栏文字0", "第0栏文字1", "第0栏文字2"])
        #expect(read.count == 13)
    }

    /// A headline over three columns, across both their gutters, beside another story's column
    /// (mixed-07 of the fifth seed): set close, its last line's box reaches 3 pt (0.11 of its
    /// size) into the columns' first row, and it is still read before its columns, which are
    /// read one after another, not row by row.
    @Test func aHeadlineWhoseBoxReachesIntoItsColumnsIsReadBeforeThem() {
        var lines = [PDFLayout.Line(words: [Self.word("工作不断档发展", 20, 30, size: 27)]),
                     PDFLayout.Line(words: [Self.word("不停步有条不紊", 20, 62, size: 27)])]
        for row in 0..<3 {
            let y = 86 + Double(row) * 14
            lines.append(PDFLayout.Line(words: (0..<3).map { Self.word("第\($0)栏文字\(row)", Double($0) * 80, y) }))
            lines.append(PDFLayout.Line(words: [Self.word("简讯文字\(row)", 260, y)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == ["工作不断档发展", "不停步有条不紊"] + (0..<3).flatMap { c in (0..<3).map { "第\(c)栏文字\($0)" } }
                         + (0..<3).map { "简讯文字\($0)" })
    }

    /// A headline centred over four columns, its ends clear of the first and last by 0.4 em
    /// and its box a point above them (stacked-06 of the fifth seed): read first, not
    /// after the first column, which the narrow gutter beside it parts from the rest.
    @Test func aHeadlineCentredOverAllColumnsClearOfTheOuterOnesIsReadFirst() {
        var lines = [PDFLayout.Line(words: [Self.word("活跃农村文化生活", 64, 60, size: 21.5)])]
        for row in 0..<3 {
            lines.append(PDFLayout.Line(words: (0..<4).map { Self.word("第\($0)栏文字\(row)", Double($0) * 80, 82.5 + Double(row) * 14) }))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == ["活跃农村文化生活"] + (0..<4).flatMap { c in (0..<3).map { "第\(c)栏文字\($0)" } })
    }

    /// A headline at the top of the last column, its lower lines beside another story's
    /// column (photo-05 in the page benchmark), is not read as a headline over both.
    @Test func aHeadlineBesideAnotherStorysColumnIsReadWithItsOwn() {
        var lines = [PDFLayout.Line(words: [Self.word("多学科交叉研究", 100, 80, size: 15)]),
                     PDFLayout.Line(words: [Self.word("断代工程曙光", 100, 97, size: 15)])]
        for row in 0..<6 {
            let y = 95 + Double(row) * 14
            lines.append(PDFLayout.Line(words: [Self.word("别的报道文字\(row)", 0, y)]))
        }
        for row in 0..<3 { lines.append(PDFLayout.Line(words: [Self.word("本篇文字\(row)", 100, 120 + Double(row) * 14)])) }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == ["别的报道文字0", "别的报道文字1", "别的报道文字2", "别的报道文字3", "别的报道文字4", "别的报道文字5",
                         "多学科交叉研究", "断代工程曙光", "本篇文字0", "本篇文字1", "本篇文字2"])
    }

    /// Stories side by side with gutters of 4 pt, each under its headline: set flush with the
    /// story's first column (commentary-03 in the page benchmark) or centred over its columns
    /// (mixed-02), the right headline tells where its story starts.
    @Test(arguments: [(4, 208.0, 2), (5, 332.0, 2)])
    func narrowGuttersPartStoriesWhereTheirHeadlinesSay(columns: Int, rightHeadlineAt: Double, leftColumns: Int) {
        var lines = [PDFLayout.Line(words: [Self.word("左边的标题", 0, 60, size: 20)]),
                     PDFLayout.Line(words: [Self.word("右标题", rightHeadlineAt, 60, size: 20)])]
        for row in 0..<3 {
            for column in 0..<columns {
                lines.append(PDFLayout.Line(words: [Self.word("第\(column)栏的第\(row)行的文字", Double(column) * 104, 100 + Double(row) * 14)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let column = { (c: Int) in (0..<3).map { "第\(c)栏的第\($0)行的文字" } }
        #expect(read == ["左边的标题"] + (0..<leftColumns).flatMap(column) + ["右标题"] + (leftColumns..<columns).flatMap(column))
    }

    /// A brief's column beside a headline centred over four columns, the gutter inside that
    /// story 2 pt wider than the one beside the brief (mixed-09 of the fifth seed): the headline
    /// tells where its story starts, so the brief is read whole, then the headline and its
    /// columns.
    @Test func aHeadlineBesideABriefsColumnTellsWhereItsStoryStarts() {
        var lines = [PDFLayout.Line(words: [Self.word("中国足协培养青年队员", 0, 60)]),
                     PDFLayout.Line(words: [Self.word("发乎情贵乎理", 406, 60, size: 20)])]
        for row in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word("简讯第\(row)行的文字写在这里", 0, 74 + Double(row) * 14)])) }
        for row in 0..<3 {
            for (column, x) in [158.0, 318, 476, 634].enumerated() {
                lines.append(PDFLayout.Line(words: [Self.word("第\(column)栏第\(row)行的文字写在这", x, 90 + Double(row) * 14)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == ["中国足协培养青年队员"] + (0..<4).map { "简讯第\($0)行的文字写在这里" } + ["发乎情贵乎理"]
                         + (0..<4).flatMap { c in (0..<3).map { "第\(c)栏第\($0)行的文字写在这" } })
    }

    /// Two stories one over the other in three columns beside another story's two, titled in
    /// display type lower down (mixed-16 of the fifth seed), the lower one's headline centred
    /// over its columns within the middle one: the gutter beside them is cut first, where their text breaks off before that
    /// headline across all three columns, not the gutter before their last column, where the
    /// break is from body type to body type; also where that gutter is 0.15 em wider than the
    /// others (mixed-17 of the fifth seed: lines ending in punctuation leave gutters of one
    /// grid a little apart), or 0.3 em (band-15 of the varied pages' seed 7: a line ending in
    /// `、` whose box reaches 0.7 em past its column's edge).
    @Test(arguments: [320.0, 321.5, 323.0])
    func aRowBreakBeforeAHeadlineTellsWhichGutterToCutFirst(lastColumn: Double) {
        // The story on the left has a title in display type down its first column.
        var lines = [PDFLayout.Line(words: [Self.word("东亚经济", 0, 200, size: 14)])]
        for row in 0..<10 {
            lines.append(PDFLayout.Line(words: [Self.word("左0栏文字\(row)", 0, row < 7 ? 100 + Double(row) * 14 : 220 + Double(row - 7) * 14)]))
            lines.append(PDFLayout.Line(words: [Self.word("左1栏文字\(row)", 80, 100 + Double(row) * 14)]))
        }
        let columns = [160.0, 240, lastColumn]
        for row in 0..<3 {
            for (column, x) in columns.enumerated() {
                lines.append(PDFLayout.Line(words: [Self.word("上\(column)栏文字\(row)", x, 100 + Double(row) * 14)]))
                lines.append(PDFLayout.Line(words: [Self.word("下\(column)栏文字\(row)", x, 178 + Double(row) * 14)]))
            }
        }
        lines.append(PDFLayout.Line(words: [Self.word("安全飞", 240, 150, size: 20)]))
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let column = { (story: String, c: Int, rows: Int) in (0..<rows).map { "\(story)\(c)栏文字\($0)" } }
        let left: [String] = column("左", 0, 7) + ["东亚经济"] + column("左", 0, 10).suffix(3) + column("左", 1, 10)
        let upper: [String] = (0..<3).flatMap { column("上", $0, 3) }, lower: [String] = (0..<3).flatMap { column("下", $0, 3) }
        #expect(read == left + upper + ["安全飞"] + lower)
    }

    /// A headline under the masthead's row, centred over three columns and clear of their
    /// first gutter, beside another story's column (briefs-02 in the page benchmark, whose
    /// boxes these are): the date beside the masthead does not keep it from being read
    /// before its columns.
    @Test func aHeadlineUnderTheMastheadIsReadBeforeItsColumns() {
        func line(_ text: String, _ x0: Double, _ x1: Double, _ y: Double, size: Double = 10) -> PDFLayout.Line {
            PDFLayout.Line(words: [PDFLayout.Word(text: text, xMin: x0, yMin: y, xMax: x1, yMax: y + size)])
        }
        var lines = [line("人民日报", 543, 591, 36, size: 12), line("1998年1月15日", 611, 716, 37), line("星期四", 727, 758, 37),
                     line("第3版", 779, 810, 37), line("刘澜涛同志生平", 447, 594, 70, size: 21)]
        for row in 0..<4 {
            let y = 100 + Double(row) * 14
            lines.append(line("简讯第\(row)行的文字写在这里", 31, 210, y))
            for column in 0..<3 { lines.append(line("第\(column)栏的第\(row)行的文字", 231 + Double(column) * 200, 410 + Double(column) * 200, y)) }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let headline = read.firstIndex(of: "刘澜涛同志生平"), column0 = read.firstIndex(of: "第0栏的第0行的文字")
        #expect(headline != nil && column0 != nil && headline! < column0!, "\(read)")
        #expect(read.suffix(12) == (0..<3).flatMap { c in (0..<4).map { "第\(c)栏的第\($0)行的文字" } })
    }

    /// A band of headlines over the stories set as a grid of two columns, read row by row as the
    /// stories under it follow (band-13 of the fifth seed, band-15 of the varied pages' seed 24):
    /// a subtitle stays with the title over it, though another's starts beside it; a kicker
    /// goes with the title under it, into that title's row.
    @Test func aBandSetAsAGridIsReadRowByRow() {
        func line(_ text: String, _ x: Double, _ y: Double, size: Double = 10) -> PDFLayout.Line {
            PDFLayout.Line(words: [Self.word(text, x, y, size: size)])
        }
        var lines = [line("摩托送餐风行开罗", 60, 40, size: 20), line("针对美国和英国人员过多", 380, 40, size: 14),
                     line("——伊拉克指责核查小组失衡", 390, 58), line("请给劳模减负", 90, 76, size: 17),
                     line("外国领导人电慰我灾民", 380, 76, size: 16), line("于永波会见先进典型代表时指出", 60, 100),
                     line("用先进典型推动部队全面建设", 10, 114, size: 20), line("中国参与世界经济研讨会在美举行", 380, 100),
                     line("改革开放是我参与世界经济基本条件", 330, 114, size: 16)]
        for row in 0..<3 {
            for column in 0..<3 { lines.append(line("第\(column)栏的第\(row)行的文字", Double(column) * 210, 180 + Double(row) * 14)) }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read.prefix(9) == ["摩托送餐风行开罗", "针对美国和英国人员过多", "——伊拉克指责核查小组失衡", "请给劳模减负", "外国领导人电慰我灾民",
                                   "于永波会见先进典型代表时指出", "用先进典型推动部队全面建设", "中国参与世界经济研讨会在美举行", "改革开放是我参与世界经济基本条件"],
                "\(read)")
    }

    /// A headline over the columns right of a gutter, nothing beside it on the left, where the
    /// left side's text starts well below it (a caption under a picture, then another story:
    /// photo-11 of seed 24): the two sides are read apart, the headline right before its own
    /// text, not first of all.
    @Test func aHeadlineOverOneSideIsNotReadBeforeTheOtherSidesStory() {
        func line(_ text: String, _ x: Double, _ y: Double, size: Double = 10) -> PDFLayout.Line {
            PDFLayout.Line(words: [Self.word(text, x, y, size: size)])
        }
        let caption = (0..<2).map { "图片说明文字第\($0)行" }, left = (0..<5).map { "左边故事文字第\($0)行" }, right = (0..<12).map { "右边故事文字第\($0)行" }
        var lines = [line("专家研讨人民子弟兵", 250, 100, size: 14)]
        lines += right.enumerated().map { line($1, 215, 120 + Double($0) * 14) }
        lines += caption.enumerated().map { line($1, 0, 200 + Double($0) * 14) }
        lines.append(line("山西查处腐败分子", 20, 240, size: 17))
        lines += left.enumerated().map { line($1, 0, 264 + Double($0) * 14) }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == caption + ["山西查处腐败分子"] + left + ["专家研讨人民子弟兵"] + right, "\(read)")
    }

    /// Stories side by side under headlines of their own are still read story by story.
    @Test func storiesSideBySideKeepTheirHeadlines() {
        var lines = [PDFLayout.Line(words: [Self.word("左边标题", 0, 60, size: 20), Self.word("右边标题", 170, 60, size: 20)])]
        for row in 0..<3 {
            let y = 100 + Double(row) * 14
            lines.append(PDFLayout.Line(words: [Self.word("左栏文字文字\(row)", 0, y), Self.word("右栏文字文字\(row)", 170, y)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read == ["左边标题", "左栏文字文字0", "左栏文字文字1", "左栏文字文字2", "右边标题", "右栏文字文字0", "右栏文字文字1", "右栏文字文字2"])
    }

    /// Three stories side by side, their headlines in one row, each centred over its own
    /// columns (commentary-15 of the benchmark's fourth seed): three headlines, but no band —
    /// each is read before its own story.
    @Test func headlinesInOneRowOverTheirStoriesAreNoBand() {
        var lines = [PDFLayout.Line(words: [Self.word("左边的标题", 47, 60, size: 20)]),
                     PDFLayout.Line(words: [Self.word("中标题", 223, 60, size: 20)]),
                     PDFLayout.Line(words: [Self.word("右标题", 327, 60, size: 20)])]
        for row in 0..<3 {
            for column in 0..<4 {
                lines.append(PDFLayout.Line(words: [Self.word("第\(column)栏的第\(row)行的文字", Double(column) * 104, 100 + Double(row) * 14)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let column = { (c: Int) in (0..<3).map { "第\(c)栏的第\($0)行的文字" } }
        #expect(read == ["左边的标题"] + column(0) + column(1) + ["中标题"] + column(2) + ["右标题"] + column(3))
    }

    /// Two rows of stories in three columns each, an em apart, their headlines over the first two,
    /// beside a column of briefs a third of an em and a rule away (briefs-19 of the varied pages'
    /// seed 10): the column of briefs is cut off first, and each row is read across all its
    /// columns before the next, not the third columns of both rows after the rest.
    @Test func rowsOfStoriesBesideAColumnOfBriefsAreReadRowByRow() {
        var lines: [PDFLayout.Line] = []
        for (row, top) in [30.0, 160].enumerated() {
            lines.append(PDFLayout.Line(words: [Self.word("第\(row)行的很长很长标题", 0, top, size: 20)]))
            for column in 0..<3 {
                for k in 0..<5 {
                    lines.append(PDFLayout.Line(words: [Self.word("第\(row)行第\(column)栏的第\(k)行", Double(column) * 112, top + 28 + Double(k) * 14)]))
                }
            }
        }
        for k in 0..<16 { lines.append(PDFLayout.Line(words: [Self.word("简讯的第\(k)行", 328, 30 + Double(k) * 14)])) }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let stories = read.filter { !$0.hasPrefix("简讯") }
        let row = { (r: Int) in ["第\(r)行的很长很长标题"] + (0..<3).flatMap { c in (0..<5).map { "第\(r)行第\(c)栏的第\($0)行" } } }
        #expect(stories == row(0) + row(1), "\(read)")
    }

    /// A row of three stories under headlines side by side, each with a subtitle at body size
    /// (commentary-03 of the benchmark's fourth seed): the left headline is short and flush over
    /// the first of its two columns, the middle one short and centred over its one column —
    /// and so also over the right three. No row break under the subtitles, and the gutter cut
    /// first is the one nearest a headline's start, so each story is read under its headline.
    @Test func shortHeadlinesSideBySideWithSubtitlesKeepTheirStories() {
        var lines: [PDFLayout.Line] = []
        for (text, x) in [("历史命运", 0.0), ("事在人为", 226), ("给闲暇的空间", 314)] {
            lines.append(PDFLayout.Line(words: [Self.word(text, x, 60, size: 16)]))
        }
        for (text, x) in [("——评八卷本", 0.0), ("——记电力公司", 223), ("——游乐业透视", 327)] {
            lines.append(PDFLayout.Line(words: [Self.word(text, x, 82)]))
        }
        for row in 0..<3 {
            for column in 0..<4 {
                lines.append(PDFLayout.Line(words: [Self.word("第\(column)栏的第\(row)行的文字", Double(column) * 104, 104 + Double(row) * 14)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let column = { (c: Int) in (0..<3).map { "第\(c)栏的第\($0)行的文字" } }
        #expect(read == ["历史命运", "——评八卷本"] + column(0) + column(1) + ["事在人为", "——记电力公司"] + column(2)
                + ["给闲暇的空间", "——游乐业透视"] + column(3))
    }

    /// Two headlines side by side over their stories, the left over two lines at 1.24× the body
    /// (under display size), the right at 1.66× with a subtitle in smaller type (tabloid-10 of
    /// the varied pages' seed 25): no row break under the subtitle, so each story is read under
    /// its headline, not both headlines first and the left one taken for the right's kicker.
    @Test func aHeadlineUnderDisplaySizeBesideADisplayOneKeepsItsStory() {
        var lines = [PDFLayout.Line(words: [Self.word("反对雇用童工全球大游行", 0, 283.2, size: 14.9)]),
                     PDFLayout.Line(words: [Self.word("在菲拉开帷幕", 0, 301.1, size: 14.9)]),
                     PDFLayout.Line(words: [Self.word("共享喜悦", 222, 282.8, size: 19.9)]),
                     PDFLayout.Line(words: [Self.word("——写在征文评奖揭晓之时", 222, 307.6, size: 10.5)])]
        // Han numerals: a word with digits is measured on its Latin face.
        let text = { (c: Int, k: Int) in "甲乙丙".map(String.init)[c] + "栏第" + "一二三四五六".map(String.init)[k] + "行的文字写满整整一栏" }
        for k in 0..<6 { lines.append(PDFLayout.Line(words: [Self.word(text(0, k), 0, 325.3 + Double(k) * 14.3, size: 12)])) }
        for c in 1...2 {
            for k in 0..<6 { lines.append(PDFLayout.Line(words: [Self.word(text(c, k), Double(c) * 222, 329.1 + Double(k) * 14.3, size: 12)])) }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let column = { (c: Int) in (0..<6).map { text(c, $0) } }
        #expect(read == ["反对雇用童工全球大游行", "在菲拉开帷幕"] + column(0) + ["共享喜悦", "——写在征文评奖揭晓之时"] + column(1) + column(2),
                "\(read)")
    }

    /// A row of two captions over a story of two columns whose headline stands over the first
    /// only (photo-10 of the benchmark's fourth seed): the captions are read first, then the
    /// headline and both its columns — not the left caption with the first column.
    @Test func aHeadlineUnderARowOfCaptionsOpensItsStory() {
        var lines: [PDFLayout.Line] = []
        for (row, y) in [40.0, 50].enumerated() {
            lines.append(PDFLayout.Line(words: [Self.word("左图说明第\(row)行的文字", 0, y, size: 9)]))
            lines.append(PDFLayout.Line(words: [Self.word("右图说明第\(row)行的文字", 110, y, size: 9)]))
        }
        lines.append(PDFLayout.Line(words: [Self.word("我喜欢这种游法", 0, 70, size: 14)]))
        for row in 0..<3 {
            for column in 0..<2 {
                lines.append(PDFLayout.Line(words: [Self.word("第\(column)栏的第\(row)行", Double(column) * 110, 92 + Double(row) * 14)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let story = ["我喜欢这种游法"] + (0..<2).flatMap { c in (0..<3).map { "第\(c)栏的第\($0)行" } }
        #expect(Array(read.suffix(7)) == story, "\(read)")
    }

    /// A story's headline over the four columns to the right, level with another story's
    /// kicker in smaller type over the first column, that story's headline under its kicker
    /// (commentary-05 of the varied pages' seed 21): the gap under the headline, clear across
    /// the page, is no row break — the right story starts under its headline, the left one
    /// under its kicker.
    @Test func aHeadlineBesideAKickerOverAnotherColumnHeadsTheColumnsUnderIt() {
        var lines = [PDFLayout.Line(words: [Self.word("伊拉克武器核查俄反", 0, 60, size: 9)]),
                     PDFLayout.Line(words: [Self.word("查问题", 0, 73, size: 9)]),
                     PDFLayout.Line(words: [Self.word("汽车防盗器报警先须自警", 240, 61, size: 20)])]
        for (row, text) in ["伊重申应平", "衡核查人员", "构成安理会"].enumerated() {
            lines.append(PDFLayout.Line(words: [Self.word(text, 0, 92 + Double(row) * 20, size: 18)]))
        }
        for row in 0..<6 {
            for column in 1..<5 {
                lines.append(PDFLayout.Line(words: [Self.word("第\(column)栏的第\(row)行文字", Double(column) * 120, 90 + Double(row) * 14)]))
            }
            lines.append(PDFLayout.Line(words: [Self.word("左栏的第\(row)行文字", 0, 160 + Double(row) * 14)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let left = ["伊拉克武器核查俄反", "查问题", "伊重申应平", "衡核查人员", "构成安理会"] + (0..<6).map { "左栏的第\($0)行文字" }
        let right = ["汽车防盗器报警先须自警"] + (1..<5).flatMap { c in (0..<6).map { "第\(c)栏的第\($0)行文字" } }
        #expect(read == left + right, "\(read)")
    }

    /// A story's three columns ending together, a gap just wider than the leading under them,
    /// then another story's headline flush with the first column (commentary-07 of the varied
    /// pages' seed 21, `与人奋斗`): the row above is read whole before the headline, not its
    /// first column, the headline, then the rest.
    @Test func aHeadlineFlushUnderARowOfColumnsEndingTogetherIsReadAfterTheRow() {
        var lines = [PDFLayout.Line(words: [Self.word("与人奋斗", 0, 117.5, size: 20)])]
        for column in 0..<3 {
            for row in 0..<4 {
                lines.append(PDFLayout.Line(words: [Self.word("上\(column)栏的第\(row)行的文字", Double(column) * 120, 60 + Double(row) * 14)]))
                lines.append(PDFLayout.Line(words: [Self.word("下\(column)栏的第\(row)行的文字", Double(column) * 120, 145 + Double(row) * 14)]))
            }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let row = { (r: String) in (0..<3).flatMap { c in (0..<4).map { "\(r)\(c)栏的第\($0)行的文字" } } }
        #expect(read == row("上") + ["与人奋斗"] + row("下"), "\(read)")
    }

    /// A picture inside the left column, its caption under it in smaller type, the right
    /// column's text ending lower than the left's over the picture and nothing beside the
    /// caption (tabloid-01 of the page benchmark): where body text goes on under the caption,
    /// the left column is read through it before the right; where a headline follows it, the
    /// gap is a row break, the row above read whole first. A caption's first line may stand
    /// only 8% under the body's type, a title run in (tabloid-10 of the varied pages' seed 21).
    @Test(arguments: [(false, 9.0), (true, 9.0), (false, 9.3)])
    func aCaptionInAColumnIsReadInItsColumnUnlessAHeadlineFollows(headlineAfter: Bool, firstCaptionLine: Double) {
        var lines = [PDFLayout.Line(words: [Self.word("左边的标题", 0, 20, size: 20)]),
                     PDFLayout.Line(words: [Self.word("右边的标题", 120, 20, size: 20)])]
        let over = (0..<5).map { "左栏图上第\($0)行的文字" }, right = (0..<8).map { "右栏的第\($0)行" }
        let caption = (0..<3).map { "图片说明第\($0)行文字" }
        let under = (headlineAfter ? ["下面一篇的标题"] : []) + (0..<4).map { "左栏图下第\($0)行的文字" }
        for (row, text) in over.enumerated() { lines.append(PDFLayout.Line(words: [Self.word(text, 0, 50 + Double(row) * 14)])) }
        for (row, text) in right.enumerated() { lines.append(PDFLayout.Line(words: [Self.word(text, 120, 50 + Double(row) * 14)])) }
        for (row, text) in caption.enumerated() {
            lines.append(PDFLayout.Line(words: [Self.word(text, 0, 210 + Double(row) * 11, size: row == 0 ? firstCaptionLine : 9)]))
        }
        for (row, text) in under.enumerated() {
            lines.append(PDFLayout.Line(words: [Self.word(text, 0, 245 + Double(row) * 14, size: headlineAfter && row == 0 ? 20 : 10)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let expected = headlineAfter ? ["左边的标题"] + over + ["右边的标题"] + right + caption + under
            : ["左边的标题"] + over + caption + under + ["右边的标题"] + right
        #expect(read == expected, "\(read)")
    }

    /// A row of stories whose middle column is a picture, its caption at the bottom, the other
    /// columns ending higher, and under the caption, closer than the leading and a quarter em, the
    /// next row's kicker and headline (tabloid-08 of the varied pages' seed 21: 8.7 pt, the
    /// leading 7.1 pt): the row above is read whole before the kicker, not cut first at the
    /// gutters both rows share. The caption ends with its credit: a kicker as small stands as
    /// close over its headline.
    @Test func aCaptionEndingARowOverAKickerEndsTheRow() {
        let row = { (r: String, c: Int, k: Int) in "\(r)\(c)栏第\(k)行的文字内容写满一整栏" }
        let column = { (c: Int) in Double(c) * 226 }
        var lines = [PDFLayout.Line(words: [Self.word("飞机上开不得玩笑", 0, 20, size: 26)])]
        for k in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word(row("上", 0, k), column(0), 85 + Double(k) * 19.1, size: 12)])) }
        for k in 0..<6 { lines.append(PDFLayout.Line(words: [Self.word(row("上", 2, k), column(2), 85 + Double(k) * 19.1, size: 12)])) }
        let caption = (0..<4).map { "图片说明第\($0)行的文字内容写满了一整栏" } + ["新华社记者周确摄"]
        for (k, text) in caption.enumerated() { lines.append(PDFLayout.Line(words: [Self.word(text, column(1), 219 + Double(k) * 11, size: 9)])) }
        let kicker = 219 + 4 * 11 + 9 + 8.7
        lines.append(PDFLayout.Line(words: [Self.word("任建新在理事会上要求", 0, kicker, size: 11)]))
        lines.append(PDFLayout.Line(words: [Self.word("大力加强法学研究", 0, kicker + 18.6, size: 22)]))
        for c in 0..<3 {
            for k in 0..<4 { lines.append(PDFLayout.Line(words: [Self.word(row("下", c, k), column(c), kicker + 52 + Double(k) * 19.1, size: 12)])) }
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        let above = ["飞机上开不得玩笑"] + (0..<4).map { row("上", 0, $0) } + caption + (0..<6).map { row("上", 2, $0) }
        let below = ["任建新在理事会上要求", "大力加强法学研究"] + (0..<3).flatMap { c in (0..<4).map { row("下", c, $0) } }
        #expect(Set(read.prefix(above.count)) == Set(above) && Array(read.dropFirst(above.count)) == below, "\(read)")
    }

    /// The first page of `pdftotext -bbox-layout` output holding `lines` (`<line>` elements).
    static func parsed(_ lines: String) throws -> PDFLayout.Page {
        let xml = "<html><body><doc><page width=\"842\" height=\"1191\"><flow><block>\n" + lines + "\n</block></flow></page></doc></body></html>"
        return try #require(PDFLayout.parse(Data(xml.utf8))).pages[0]
    }

    /// Parts of one line that poppler gave as lines of their own on one baseline are one line, in
    /// order: its start given after its rest, where the `“` after an item's number overlaps it
    /// (briefs-03 of the varied pages' seed 10); a date's digits and Han characters a quarter of
    /// an em apart, the typesetter's space between scripts (briefs-01 of the varied pages' seed
    /// 12: the `4` was read after the line). The boxes are the pages'.
    @Test(arguments: [
        ("""
         <line><word xMin="646.38" yMin="841.76" xMax="810.71" yMax="852.22">“福特”与“江铃”联合开发的“全</word></line>
         <line><word xMin="635.39" yMin="842.18" xMax="652.50" yMax="852.64">1、</word></line>
         """, "1、“福特”与“江铃”联合开发的“全"),
        ("""
         <line><word xMin="184.201000" yMin="410.462236" xMax="191.170860" yMax="421.421136">1</word></line>
         <line><word xMin="193.953000" yMin="410.023880" xMax="204.911900" yMax="420.982780">月</word></line>
         <line><word xMin="207.691000" yMin="410.462236" xMax="214.660860" yMax="421.421136">4</word></line>
         <line><word xMin="217.442000" yMin="410.023880" xMax="239.359800" yMax="420.982780">日，</word></line>
         <line><word xMin="236.039253" yMin="410.023880" xMax="334.669353" yMax="420.982780">本应是俄罗斯的严冬</word></line>
         """, "1月4日，本应是俄罗斯的严冬"),
        ("""
         <line><word xMin="345.028000" yMin="362.586240" xMax="363.994858" yMax="372.050740">驱车</word></line>
         <line><word xMin="367.427000" yMin="363.721980" xMax="379.465844" yMax="373.186480">10</word></line>
         <line><word xMin="382.902000" yMin="362.586240" xMax="496.845116" yMax="372.050740">分钟左右，就到了离家最近</word></line>
         """, "驱车10分钟左右，就到了离家最近"),
    ])
    func partsOfALinePopplerSetApartOnItsBaselineAreOneLine(lines: String, line: String) throws {
        #expect(try Self.parsed(lines).lines.map(\.text) == [line])
    }

    /// The typesetter's space between scripts, stretched by justification, is no gutter where
    /// the word after it happens to start at a column's edge: a caption across two columns
    /// (mixed-09 of the varied pages' seed 18, 0.39 em on each side of `1` and `9`, its `月` at
    /// the next column's edge) stays one line. The boxes are the pages'.
    @Test func aSpaceBetweenScriptsAtAColumnsEdgeIsNoGutter() throws {
        let page = try Self.parsed("""
         <line><word xMin="22.677000" yMin="330.128568" xMax="169.752859" yMax="339.094968">喜庆热闹的气氛。这是书法家刘万道</word><word xMin="173.286000" yMin="331.204536" xMax="178.988630" yMax="340.170936">1</word><word xMin="182.523000" yMin="330.128568" xMax="191.489400" yMax="339.094968">月</word><word xMin="195.021000" yMin="331.204536" xMax="200.723630" yMax="340.170936">9</word><word xMin="204.257000" yMin="330.128568" xMax="342.106434" yMax="339.094968">日在新平镇太平村为农民写春联。</word></line>
         <line><word xMin="183.800000" yMin="388.271568" xMax="335.861178" yMax="397.237968">人中就有一个在冬季摔倒过。在老年人</word></line>
         <line><word xMin="183.800000" yMin="399.928568" xMax="335.861178" yMax="408.894968">死亡的原因中，摔倒致死占第六位。早</word></line>
         <line><word xMin="183.800000" yMin="423.240568" xMax="335.861178" yMax="432.206968">季行走安全委员会，每年发表冬季人行</word></line>
         """)
        #expect(page.fragments().first?.text == "喜庆热闹的气氛。这是书法家刘万道1月9日在新平镇太平村为农民写春联。")
        // Between type of two sizes it is no such space: a headline's `16` that poppler ran on
        // into the body beside it, at that column's edge (commentary-06 of the varied pages'
        // seed 10), parts from it.
        let headline = try Self.parsed("""
         <line><word xMin="45.485000" yMin="104.529592" xMax="182.969600" yMax="127.443692">场整顿见成效</word><word xMin="190.253000" yMin="107.279284" xMax="219.399735" yMax="130.193384">16</word><word xMin="234.848000" yMin="125.309957" xMax="414.700534" yMax="135.770757">在我国众多的高等科研教育单位中，有</word></line>
         <line><word xMin="234.848000" yMin="138.360957" xMax="414.700534" yMax="148.821757">一间独具特色的、也是我国唯一的以</word></line>
         <line><word xMin="234.848000" yMin="151.411957" xMax="414.700534" yMax="161.872757">热带作物、热带农业为主攻方向的单位</word></line>
         <line><word xMin="234.848000" yMin="177.513957" xMax="414.710995" yMax="187.974757">农业大学（简称热科院、热农大）。在迎</word></line>
         """)
        #expect(Array(headline.fragments().map(\.text).prefix(2)) == ["场整顿见成效16", "在我国众多的高等科研教育单位中，有"])
    }

    /// The page's lines in reading order, with the blank lines where regions or gaps part them.
    static func readingOrder(_ lines: String) throws -> [String] {
        PDFLayout.typeset(try parsed(lines)).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A headline set in a column of its own beside its story's three columns, running two
    /// lines lower than their text (`希望在联合国有关决议的基础上尽快公正合理解决海湾战争遗留问题`,
    /// feature-20 of the feature pages' varied seed 45): the story's columns are read one after
    /// another before the row of stories under it, whose gutters line up with theirs. The boxes
    /// are the page's.
    @Test func aStoryBesideItsHeadlineIsReadBeforeTheRowUnderIt() throws {
        let read = try Self.readingOrder("""
         <line><word xMin="42.52" yMin="471.18" xMax="184.99" yMax="482.14">江泽民会见伊拉克议长哈马迪</word></line>
         <line><word xMin="42.52" yMin="483.40" xMax="122.22" yMax="503.32">希望在联</word></line>
         <line><word xMin="42.52" yMin="507.31" xMax="122.22" yMax="527.23">合国有关</word></line>
         <line><word xMin="42.52" yMin="531.22" xMax="122.22" yMax="551.14">决议的基</word></line>
         <line><word xMin="42.52" yMin="555.13" xMax="122.22" yMax="575.05">础上尽快</word></line>
         <line><word xMin="42.52" yMin="579.04" xMax="122.22" yMax="598.96">公正合理</word></line>
         <line><word xMin="42.52" yMin="602.95" xMax="122.22" yMax="622.87">解决海湾</word></line>
         <line><word xMin="42.52" yMin="626.86" xMax="122.22" yMax="646.78">战争遗留</word></line>
         <line><word xMin="42.52" yMin="650.77" xMax="82.37" yMax="670.69">问题</word></line>
         <line><word xMin="234.71" yMin="471.80" xMax="295.15" yMax="483.76">新华社北京</word><word xMin="300.23" yMin="473.24" xMax="307.83" yMax="485.19">1</word><word xMin="312.90" yMin="471.80" xMax="324.85" yMax="483.76">月</word><word xMin="329.91" yMin="473.24" xMax="337.52" yMax="485.19">7</word><word xMin="342.58" yMin="471.80" xMax="414.98" yMax="483.76">日电（记者卢</word><word xMin="426.90" yMin="472.76" xMax="607.18" yMax="484.71">议的基础上尽快公正、合理地解决</word><word xMin="619.09" yMin="472.76" xMax="799.36" yMax="484.71">江泽民主席对哈马迪议长访华表示</word></line>
         <line><word xMin="234.71" yMin="489.74" xMax="414.98" yMax="501.69">劲）国家主席江泽民今天在北京会</word><word xMin="426.90" yMin="490.69" xMax="534.49" yMax="502.65">海湾战争遗留问题。</word></line>
         <line><word xMin="619.09" yMin="490.69" xMax="799.36" yMax="502.65">欢迎。他说，阁下此次作为议长访</word></line>
         <line><word xMin="234.71" yMin="508.62" xMax="414.98" yMax="520.58">见了由议长哈马迪博士率领的伊拉</word><word xMin="426.90" yMin="508.62" xMax="607.18" yMax="520.58">江泽民表示希望伊拉克继续与联合</word><word xMin="619.09" yMin="508.62" xMax="799.36" yMax="520.58">华，必将对进一步加深中国全国人</word></line>
         <line><word xMin="234.71" yMin="526.56" xMax="342.31" yMax="538.51">克国民议会代表团。</word></line>
         <line><word xMin="426.90" yMin="526.56" xMax="607.18" yMax="538.51">国合作，妥善处理和改善同有关国</word><word xMin="619.09" yMin="526.56" xMax="799.36" yMax="538.51">大与伊拉克国民议会间的了解与合</word></line>
         <line><word xMin="234.71" yMin="544.49" xMax="414.98" yMax="556.45">江泽民说，中国政府和人民对伊拉</word><word xMin="426.90" yMin="544.49" xMax="607.18" yMax="556.45">家的关系，以争取国际社会更多的</word><word xMin="619.09" yMin="544.49" xMax="799.36" yMax="556.45">作，推动两国友好合作关系的发展</word></line>
         <line><word xMin="234.71" yMin="562.42" xMax="414.98" yMax="574.38">克人民因制裁所遭受的苦难深表同</word><word xMin="426.90" yMin="562.42" xMax="607.18" yMax="574.38">同情与支持，为最终解除对伊拉克</word><word xMin="619.09" yMin="562.42" xMax="714.73" yMax="574.38">发挥积极的作用。</word></line>
         <line><word xMin="234.71" yMin="580.36" xMax="414.98" yMax="592.31">情，我们一贯主张在联合国有关决</word><word xMin="426.90" yMin="580.36" xMax="534.49" yMax="592.31">制裁创造有利条件。</word></line>
         <line><word xMin="113.69" yMin="688.52" xMax="343.82" yMax="709.44">针对美国和英国人员过多</word></line>
         <line><word xMin="427.39" yMin="688.78" xMax="606.71" yMax="708.71">针对前国王欲恢复帝</word><word xMin="619.10" yMin="689.67" xMax="714.74" yMax="701.63">新华社布加勒斯特</word><word xMin="717.90" yMin="691.11" xMax="725.51" yMax="703.06">1</word><word xMin="728.67" yMin="689.67" xMax="740.63" yMax="701.63">月</word><word xMin="743.79" yMin="691.11" xMax="751.40" yMax="703.06">3</word><word xMin="754.56" yMin="689.67" xMax="799.38" yMax="701.63">日电（记</word></line>
         <line><word xMin="619.10" yMin="707.61" xMax="799.38" yMax="719.56">者陈进）罗马尼亚总统康斯坦丁内</word></line>
         <line><word xMin="71.84" yMin="714.20" xMax="385.67" yMax="724.66">——伊拉克指责核查小组失衡埃民间组织要求为伊儿童空运救济物资</word></line>
         <line><word xMin="427.39" yMin="712.70" xMax="606.71" yMax="732.62">制罗总统强调政体不</word><word xMin="619.10" yMin="726.50" xMax="643.38" yMax="738.45">斯库</word><word xMin="649.96" yMin="726.97" xMax="657.56" yMax="738.93">3</word><word xMin="664.13" yMin="726.50" xMax="799.37" yMax="738.45">日晚在总统府发表声明强</word></line>
         <line><word xMin="42.52" yMin="736.96" xMax="127.92" yMax="748.91">据新华社巴格达</word><word xMin="133.84" yMin="738.39" xMax="141.44" yMax="750.35">1</word><word xMin="147.36" yMin="736.96" xMax="159.32" yMax="748.91">月</word><word xMin="165.24" yMin="738.39" xMax="180.44" yMax="750.35">11</word><word xMin="186.37" yMin="736.96" xMax="222.80" yMax="748.91">日电伊</word><word xMin="234.71" yMin="737.91" xMax="414.99" yMax="749.87">虑是否取消对伊拉克的制裁。伊拉</word></line>
         <line><word xMin="619.10" yMin="744.43" xMax="799.37" yMax="756.38">调，在其任期内决不容许任何改变</word></line>
         <line><word xMin="487.16" yMin="736.61" xMax="546.94" yMax="756.53">容改变</word></line>
         <line><word xMin="42.52" yMin="755.84" xMax="66.50" yMax="767.80">拉克</word><word xMin="70.90" yMin="756.32" xMax="86.11" yMax="768.28">11</word><word xMin="90.50" yMin="755.84" xMax="222.80" yMax="767.80">日指责当天抵达巴格达的</word><word xMin="234.71" yMin="755.84" xMax="414.99" yMax="767.80">克至今仍然不允许特委会的武器核</word></line>
         """).filter { !$0.isEmpty }
        let columnEnd = try #require(read.firstIndex(of: "情，我们一贯主张在联合国有关决"))
        #expect(read[columnEnd + 1] == "议的基础上尽快公正、合理地解决", "\(read)")
        #expect(read.firstIndex(of: "制裁创造有利条件。")! < read.firstIndex(of: "针对美国和英国人员过多")!, "\(read)")
        #expect(read.firstIndex(of: "发挥积极的作用。")! < read.firstIndex(of: "针对美国和英国人员过多")!, "\(read)")
    }

    /// poppler may join words of two rows into one line where their boxes touch: a byline set
    /// flush right (`本报特派记者尹树广`) after the first words of the column's first line under it
    /// (`年初的塔吉克斯坦，`, its `，` reaching under the byline), beside the headline, in one line
    /// (feature-15 of the feature pages' varied seed 49). Each row is a line of its own: the
    /// byline is read first, and the first line of the story opens with its own words. The
    /// boxes are the page's.
    @Test func wordsOfTwoRowsInOneLineAreReadAsTwoLines() throws {
        let read = try Self.readingOrder("""
         <line><word xMin="42.52" yMin="412.20" xMax="221.80" yMax="432.10">和平是国家最大成就</word><word xMin="234.40" yMin="424.80" xMax="328.50" yMax="435.30">年初的塔吉克斯坦，</word><word xMin="321.60" yMin="412.30" xMax="415.70" yMax="422.80">本报特派记者尹树广</word></line>
         <line><word xMin="323.40" yMin="424.80" xMax="422.80" yMax="435.30">雨雪霏霏，水雾漫天。</word></line>
         <line><word xMin="42.52" yMin="436.10" xMax="217.10" yMax="446.60">——访塔吉克斯坦民族和解委员会主席</word></line>
         <line><word xMin="234.40" yMin="437.40" xMax="422.80" yMax="447.90">在首都杜尚别，当记者如约赶到塔民族和</word></line>
         <line><word xMin="42.52" yMin="449.80" xMax="63.40" yMax="460.20">努里</word></line>
         <line><word xMin="234.40" yMin="450.00" xMax="422.80" yMax="460.50">解委员会（民和委）总部所在的一座小楼</word></line>
         """).filter { !$0.isEmpty }
        #expect(read.contains("本报特派记者尹树广"), "\(read)")
        #expect(!read.contains { $0.contains("，本报特派记者") }, "\(read)")
        let byline = try #require(read.firstIndex(of: "本报特派记者尹树广"))
        #expect(byline < read.firstIndex { $0.hasPrefix("年初的塔吉克斯坦") }!, "\(read)")
    }

    /// A headline set flush left over two columns, 3.7 pt short of the second (`鲜血和生命写成的
    /// 历史`, commentary-05 of the varied pages' seed 41), leaves no gutter between its story's
    /// columns, though another headline of its row stands centred over the columns from there
    /// on as well as over its own (`反腐倡廉从身边做起`): the story's second column is read
    /// before that headline. The boxes are the page's.
    @Test func aHeadlineReachingIntoAGutterLeavesNoStoryGutterThere() throws {
        let read = try Self.readingOrder("""
         <line><word xMin="42.52" yMin="363.45" xMax="231.81" yMax="382.38">鲜血和生命写成的历史</word></line>
         <line><word xMin="450.17" yMin="363.90" xMax="584.67" yMax="378.84">反腐倡廉从身边做起</word></line>
         <line><word xMin="621.41" yMin="363.97" xMax="770.85" yMax="378.92">企业如何进行体育赞助</word></line>
         <line><word xMin="428.50" yMin="384.32" xMax="606.34" yMax="394.78">——领导干部要管好亲属和身边工作人</word></line>
         <line><word xMin="512.19" yMin="397.97" xMax="522.65" yMax="408.43">员</word></line>
         <line><word xMin="621.41" yMin="386.39" xMax="799.36" yMax="395.85">蔡俊五（国家体委体育科学研究所）：当前</word></line>
         <line><word xMin="621.41" yMin="398.24" xMax="799.37" yMax="407.71">体育和经济已经成为利害与共、休戚相关的</word></line>
         <line><word xMin="42.52" yMin="406.25" xMax="70.91" yMax="415.71">刘世昌</word></line>
         <line><word xMin="235.48" yMin="407.00" xMax="413.43" yMax="416.47">回民支队在八年抗战的艰苦岁月里，前仆后</word></line>
         <line><word xMin="621.41" yMin="410.10" xMax="799.37" yMax="419.56">黄金搭档，而赞助则是这对黄金搭档的结合</word></line>
         <line><word xMin="428.45" yMin="414.85" xMax="606.40" yMax="424.31">编者按：去年３月，中共中央办公厅、国务</word></line>
         <line><word xMin="42.52" yMin="418.86" xMax="220.46" yMax="428.32">翻阅由中共党史出版社出版的革命历史丛</word></line>
         <line><word xMin="235.48" yMin="418.86" xMax="413.43" yMax="428.32">继，壮烈牺牲在冀中土地上的县团级以上干</word></line>
         <line><word xMin="621.41" yMin="421.95" xMax="799.37" yMax="431.42">点。必须掌握其规律，努力提高体育赞助的</word></line>
         <line><word xMin="428.45" yMin="426.70" xMax="606.40" yMax="436.17">院办公厅印发了《关于领导干部报告个人重</word></line>
         <line><word xMin="42.52" yMin="430.72" xMax="129.89" yMax="440.18">书《冀中回民支队》</word><word xMin="132.33" yMin="430.72" xMax="220.46" yMax="440.18">，激动的泪水难以抑</word></line>
         <line><word xMin="235.48" yMin="430.72" xMax="413.43" yMax="440.18">部就有十余名，其他干部战士近千人，干部</word></line>
         <line><word xMin="621.41" yMin="433.81" xMax="791.78" yMax="443.27">技巧，这样才能更好地驾驭它、利用它。</word></line>
         <line><word xMin="42.52" yMin="387.38" xMax="178.51" yMax="397.84">——读《冀中回民支队》感言</word></line>
         """).filter { !$0.isEmpty }
        let position = { (line: String) in try #require(read.firstIndex(of: line), "\(read)") }
        #expect(try position("翻阅由中共党史出版社出版的革命历史丛") < position("回民支队在八年抗战的艰苦岁月里，前仆后"))
        #expect(try position("部就有十余名，其他干部战士近千人，干部") < position("反腐倡廉从身边做起"), "\(read)")
    }

    /// Where one column runs on under a gap the columns beside it stopped above (a crosshead,
    /// `拨亮战士心中灯`, then the story's last lines, under a row whose other columns end 25 pt
    /// higher: feature-16 of the varied pages' seed 41), that column is read whole first, not
    /// its end after the row as a row of its own. Where display type stands under the gap (the
    /// next story's headline under one of two columns, tabloid-04 of the tabloid pages' seed 9),
    /// the row ends there. The boxes are the pages'.
    @Test func aColumnRunningOnPastTheOthersIsReadWhole() throws {
        let read = try Self.readingOrder("""
         <line><word xMin="22.67" yMin="874.08" xMax="214.78" yMax="883.54">作为一名部队基层干部，武定远甘于清贫。他</word></line>
         <line><word xMin="22.67" yMin="885.93" xMax="214.78" yMax="895.40">的一位很要好的战友转业到地区交通局当了科</word></line>
         <line><word xMin="22.67" yMin="897.79" xMax="214.79" yMax="907.25">长。当地的一位包工头找到他，许诺只要他给那</word></line>
         <line><word xMin="22.67" yMin="909.64" xMax="214.78" yMax="919.11">位科长写个便条揽上一段修路工程，就送他２</word></line>
         <line><word xMin="22.67" yMin="921.50" xMax="126.78" yMax="930.96">万元，他坚决顶了回去。</word></line>
         <line><word xMin="224.14" yMin="873.33" xMax="385.03" yMax="882.80">度盈亏，最终于１９７２年彻底干涸。</word></line>
         <line><word xMin="224.14" yMin="885.19" xMax="356.64" yMax="894.65">新疆水利学专家何文勤教授说：</word></line>
         <line><word xMin="350.01" yMin="885.19" xMax="416.26" yMax="894.65">“从本世纪３０</word></line>
         <line><word xMin="224.14" yMin="897.05" xMax="416.25" yMax="906.51">年代至９０年代，塔里木河上游主要汇入河流</word></line>
         <line><word xMin="425.61" yMin="873.33" xMax="617.72" yMax="882.80">何教授的观点与著名科学家夏训诚的观点一</word><word xMin="627.08" yMin="873.33" xMax="674.40" yMax="882.80">燥的土地。</word></line>
         <line><word xMin="425.61" yMin="885.19" xMax="472.31" yMax="894.65">致。夏说：</word></line>
         <line><word xMin="466.97" yMin="885.19" xMax="617.73" yMax="894.65">“这个结论将使人们摆脱所谓‘气候</word></line>
         <line><word xMin="425.61" yMin="897.05" xMax="605.43" yMax="906.51">危机’的束缚，提高人类改造自然的信心。</word></line>
         <line><word xMin="85.61" yMin="936.34" xMax="151.86" yMax="945.81">拨亮战士心中灯</word></line>
         <line><word xMin="22.67" yMin="950.19" xMax="214.79" yMax="959.66">武定远常说：育人育根本，帮人帮思想，这是带</word></line>
         <line><word xMin="22.67" yMin="962.05" xMax="214.79" yMax="971.51">兵育人的最高境界。他担任指导员之后，注意运</word></line>
         <line><word xMin="22.67" yMin="973.90" xMax="214.78" yMax="983.37">用所学的理论，回答和解决官兵的各种现实思</word></line>
         <line><word xMin="22.67" yMin="985.76" xMax="60.53" yMax="995.22">想问题。</word></line>
         """).filter { !$0.isEmpty }
        let end = try #require(read.firstIndex(of: "万元，他坚决顶了回去。"), "\(read)")
        #expect(Array(read[(end + 1)...].prefix(2)) == ["拨亮战士心中灯", "武定远常说：育人育根本，帮人帮思想，这是带"], "\(read)")
        let headlineUnder = try Self.readingOrder("""
         <line><word xMin="39.68" yMin="570.16" xMax="67.56" yMax="581.12">1997</word><word xMin="71.37" yMin="569.72" xMax="82.33" yMax="580.68">年</word><word xMin="86.14" yMin="570.16" xMax="100.08" yMax="581.12">11</word><word xMin="103.89" yMin="569.72" xMax="290.97" yMax="580.68">月份，日本的国际收支经常项目盈余达</word><word xMin="294.78" yMin="570.16" xMax="329.63" yMax="581.12">12823</word><word xMin="333.45" yMin="569.72" xMax="344.40" yMax="580.68">亿</word></line>
         <line><word xMin="39.68" yMin="583.97" xMax="83.61" yMax="594.93">日元（约</word><word xMin="87.44" yMin="584.41" xMax="108.35" yMax="595.37">130</word><word xMin="112.18" yMin="583.97" xMax="145.15" yMax="594.93">日元合</word><word xMin="148.98" yMin="584.41" xMax="155.95" yMax="595.37">1</word><word xMin="159.77" yMin="583.97" xMax="276.32" yMax="594.93">美元），比上年同期增长</word><word xMin="280.14" yMin="584.41" xMax="344.39" yMax="595.37">91·8%，连</word></line>
         <line><word xMin="39.68" yMin="598.21" xMax="50.64" yMax="609.17">续</word><word xMin="54.12" yMin="598.65" xMax="61.09" yMax="609.61">8</word><word xMin="64.58" yMin="598.21" xMax="185.13" yMax="609.17">个月超过上年同期水平。</word></line>
         <line><word xMin="364.25" yMin="569.72" xMax="517.67" yMax="580.68">的黄金首饰等经熔炼后铸成每块</word><word xMin="520.81" yMin="570.16" xMax="527.78" yMax="581.12">1</word><word xMin="530.93" yMin="569.72" xMax="584.12" yMax="580.68">公斤、纯度</word><word xMin="587.26" yMin="570.16" xMax="629.04" yMax="581.12">99.99%</word><word xMin="632.19" yMin="569.72" xMax="676.03" yMax="580.68">的金块。</word></line>
         <line><word xMin="364.25" yMin="583.97" xMax="462.88" yMax="594.93">有消息说，首批已有</word><word xMin="466.36" yMin="584.41" xMax="483.78" yMax="595.37">5.3</word><word xMin="487.27" yMin="583.97" xMax="673.57" yMax="594.93">吨黄金今日经汉城金浦机场空运出口。</word></line>
         <line><word xMin="39.68" yMin="619.03" xMax="207.05" yMax="639.95">刺探军情重整河山</word></line>
         <line><word xMin="39.68" yMin="643.82" xMax="186.13" yMax="654.28">——访中国水球队主教练彭绍荣</word></line>
         """).filter { !$0.isEmpty }
        #expect(headlineUnder.suffix(2) == ["刺探军情重整河山", "——访中国水球队主教练彭绍荣"], "\(headlineUnder)")
    }

    /// Crossheads lined up across the two columns of one story (`体育产业到底是怎样一个概念`,
    /// `生存和发展的辩证法`, each centred in its column in a face of its own, beside the story's
    /// headline in a column of its own: feature-10 of the feature pages' seed 24) leave a gap
    /// across the columns that parts no row: each column is read whole, its crosshead inside
    /// it. Titles flush left over each column in that face open a row of briefs under another.
    /// The boxes are the page's.
    @Test(arguments: [true, false])
    func crossheadsLinedUpAcrossColumnsPartNoRow(centred: Bool) {
        func line(_ text: String, _ x: Double, _ y: Double, _ xMax: Double, _ yMax: Double, _ face: String = "NotoSerifCJKjp") -> PDFLayout.Line {
            var word = PDFLayout.Word(text: text, xMin: x, yMin: y, xMax: xMax, yMax: yMax)
            word.face = face
            return PDFLayout.Line(words: [word])
        }
        let heads = centred ? [(356.19, 485.70), (642.57, 732.23)] : [(297.64, 427.15), (564.10, 653.76)]
        let page = PDFLayout.Page(lines: [
            line("巧借东风上层楼", 84.75, 101.82, 224.23, 121.75, "NotoSansCJKjp"),
            line("应加快其产业化的步伐。这就需要尽快为体育产业明确概", 564.10, 103.44, 810.71, 113.40),
            line("本报记者李中文", 474.51, 103.45, 544.25, 113.41, "UKaiCN"),
            line("颇具规模的体育市场开发与新闻传播战略研讨会，１月６", 297.64, 116.39, 544.26, 126.35),
            line("念，分清层次，以进一步推动体育产业的健康发展。在体育", 564.10, 116.39, 810.71, 126.35),
            line("——体育市场开发与新闻传播战略研讨会侧记", 46.59, 125.96, 262.40, 136.91, "NotoSansCJKjp"),
            line("日画上了一个圆满的句号。研讨会得到了方方面面的支持，", 297.64, 129.34, 551.94, 139.30),
            line("产业的萌芽阶段，可以边实践边摸索着发展，但现在已经", 564.10, 129.34, 810.71, 139.30),
            line("使与会者感到收获甚丰；新鲜活泼、别开生面的会场气氛，", 297.64, 142.29, 551.94, 152.26),
            line("到了寻找规律性的东西，用理论来指导实践的时候了。这", 564.10, 142.29, 810.71, 152.26),
            line("更令与会者意犹未尽。而在此次研讨会中与会者最为关注", 297.64, 155.24, 544.26, 165.21),
            line("需要体育界、企业界在实践中不断总结经验，也需要理论", 564.10, 155.24, 810.71, 165.21),
            line("的有关如何发展体育产业的几个问题，应该在更大范围内", 297.64, 168.20, 544.26, 178.16),
            line("界、学术界的有识之士尽早加入体育产业的研究中来，以", 564.10, 168.20, 810.71, 178.16),
            line("引起全社会的思考。", 297.64, 181.15, 387.31, 191.11),
            line("改变理论滞后于实践的尴尬。", 564.10, 181.15, 693.61, 191.11),
            line("体育产业到底是怎样一个概念", heads[0].0, 197.09, heads[0].1, 207.05, "NotoSansCJKjp"),
            line("生存和发展的辩证法", heads[1].0, 197.09, heads[1].1, 207.05, "NotoSansCJKjp"),
            line("我国的体育产业在８０年代初就已经萌芽。１９９６年全", 297.64, 212.03, 544.26, 221.99),
            line("体育产业作为新兴的朝阳产业，其迷人的魅力已为社会各", 564.10, 212.03, 810.71, 221.99),
            line("国人大审议通过的《国民经济和社会发展“九五”计划和", 297.64, 224.98, 544.26, 234.95),
            line("界越来越多的人看好。体育市场的潜力无疑是巨大的，如", 564.10, 224.98, 810.71, 234.95),
            line("２０１０年远景目标纲要》明确提出，中国的体育应该“形", 297.64, 237.93, 544.26, 247.90),
            line("何合理开发这一市场，确保投入与产出、开发与发展形成", 564.10, 237.93, 810.71, 247.90),
        ])
        let read = PDFLayout.typeset(page).text.split(separator: "\n").map(String.init)
        let secondColumn = read.firstIndex(of: "应加快其产业化的步伐。这就需要尽快为体育产业明确概")
        let firstCrosshead = read.firstIndex(of: "体育产业到底是怎样一个概念")
        #expect((secondColumn! > firstCrosshead!) == centred, "\(read)")
    }

    /// A byline set flush right over a standfirst across three columns, the standfirst's `。`
    /// leaving 4 pt between them (`本报记者许立群` over `尽管中国队在第一天的跳水比赛中…忧大于喜。`,
    /// feature-11 of the varied pages' seed 41), stands over it, not beside it: no gutter parts
    /// lines that are not side by side under 0.6 em, and the byline is read first. Two captions
    /// 2 em apart, one ending just above where the other starts (photo-19 of that seed), are
    /// parted by their gutter all the same. The boxes are the pages'.
    @Test func aBylineOverAStandfirstIsReadFirst() throws {
        let read = try Self.readingOrder("""
         <line><word xMin="224.98" yMin="81.93" xMax="420.25" yMax="109.83">再立潮头看何人</word></line>
         <line><word xMin="248.05" yMin="114.33" xMax="397.19" yMax="128.28">——评世界女板跳水大势</word></line>
         <line><word xMin="519.03" yMin="136.02" xMax="602.71" yMax="147.98">本报记者许立群</word></line>
         <line><word xMin="42.52" yMin="149.97" xMax="520.72" yMax="161.93">尽管中国队在第一天的跳水比赛中夺取了一金一银的佳绩，但人们的总体感觉是忧大于喜。</word></line>
         <line><word xMin="42.52" yMin="171.02" xMax="209.40" yMax="182.97">并非说男子双人跳台金牌无关</word></line>
         <line><word xMin="42.52" yMin="185.96" xMax="209.41" yMax="197.92">紧要，但由于它还不是奥运会正</word></line>
         <line><word xMin="42.52" yMin="200.91" xMax="209.41" yMax="212.86">式比赛项目，其影响力自然不足</word></line>
         <line><word xMin="239.17" yMin="171.06" xMax="406.06" yMax="183.01">会决赛中获得了三米板亚军。但</word></line>
         <line><word xMin="239.17" yMin="200.94" xMax="394.59" yMax="212.90">比，郭晶晶并无明显的优势。</word></line>
         <line><word xMin="435.82" yMin="171.06" xMax="597.27" yMax="183.01">顾无人。悉尼奥运会日益临近，</word></line>
         <line><word xMin="435.82" yMin="200.94" xMax="602.72" yMax="212.90">流的跳板新人实在勉为其难。因</word></line>
         """).filter { !$0.isEmpty }
        #expect(Array(read.prefix(5)) == ["再立潮头看何人", "——评世界女板跳水大势", "本报记者许立群",
                                          "尽管中国队在第一天的跳水比赛中夺取了一金一银的佳绩，但人们的总体感觉是忧大于喜。", "并非说男子双人跳台金牌无关"],
                "\(read)")
        let captions = try Self.readingOrder("""
         <line><word xMin="429.86" yMin="430.43" xMax="589.24" yMax="439.39">日前，由香港贸易发展局主办的“’98</word><word xMin="593.02" yMin="430.43" xMax="611.34" yMax="439.39">香港</word></line>
         <line><word xMin="429.86" yMin="441.39" xMax="611.35" yMax="450.35">玩具展览会”在香港会议展览中心开幕，共有</word></line>
         <line><word xMin="429.86" yMin="453.41" xMax="452.67" yMax="462.38">1400</word><word xMin="455.98" yMin="452.34" xMax="611.34" yMax="461.31">家玩具公司参展，展览面积较上届增长</word></line>
         <line><word xMin="429.86" yMin="464.37" xMax="611.35" yMax="473.34">47%。据悉，香港目前是全球最大的玩具出口</word></line>
         <line><word xMin="429.86" yMin="474.26" xMax="593.42" yMax="483.23">地。图为一家玩具商展出的玩具布娃娃。</word><word xMin="602.38" yMin="474.26" xMax="611.35" yMax="483.23">刘</word></line>
         <line><word xMin="429.86" yMin="485.22" xMax="459.78" yMax="494.19">彦武/摄</word></line>
         <line><word xMin="31.18" yMin="496.33" xMax="129.81" yMax="505.30">不忘藏北人民的拉萨市民</word><word xMin="138.77" yMin="496.69" xMax="144.48" yMax="505.66">1</word><word xMin="147.13" yMin="495.62" xMax="156.09" yMax="504.59">月</word><word xMin="158.75" yMin="496.69" xMax="164.45" yMax="505.66">1</word><word xMin="167.10" yMin="495.62" xMax="195.38" yMax="504.59">日，64</word><word xMin="198.04" yMin="495.62" xMax="305.63" yMax="504.59">辆满载拉萨人民捐助的价值</word><word xMin="308.28" yMin="496.69" xMax="319.69" yMax="505.66">60</word><word xMin="322.34" yMin="495.62" xMax="412.01" yMax="504.59">万元的物资运往那曲灾</word></line>
         <line><word xMin="31.18" yMin="506.58" xMax="412.01" yMax="515.55">区。元旦到来时，拉萨市民更加挂念遭受雪灾的藏北人民，几天来，拉萨各机关、学校、居委会及</word></line>
         <line><word xMin="31.18" yMin="517.54" xMax="219.47" yMax="526.51">部队为灾区人民捐赠了大量钱款、物资和食品。</word><word xMin="228.44" yMin="517.54" xMax="276.29" yMax="526.51">索朗罗布/摄</word></line>
         """)
        #expect(captions.split(separator: "").count == 2, "\(captions)")
    }

    /// Boxes as tall as the font's bounding box, as cairo and Ghostscript write a PDF's fonts
    /// (band-01's two columns after `pdftocairo -pdf`: Noto Serif CJK declared 2.86 em, each
    /// line's box 28.5 pt tall on lines 13.45 pt apart), read as the page with the em-tall boxes
    /// XeLaTeX wrote: the same lines, in the same order, at body size. The boxes are the pages'.
    @Test func boxesAsTallAsTheFontsBoundingBoxReadAsTheEmTallOnes() throws {
        var tall = PDFLayout(pages: [try Self.parsed("""
         <line><word xMin="31.27" yMin="181.86" xMax="412.96" yMax="210.32">强迫职工入股。这种认识、做法是片面的。在推行股份制或股份合作制中，一定要从企业</word></line>
         <line><word xMin="428.82" yMin="181.86" xMax="817.22" yMax="210.32">才有可能实现企业发展速度与效益同步增长，保障股份制或股份合作制的机制成功运行。</word></line>
         <line><word xMin="31.27" yMin="195.30" xMax="249.50" yMax="223.76">的实际出发，尊重职工的意愿，宜“股”则“股”</word></line>
         <line><word xMin="244.50" yMin="195.30" xMax="412.96" yMax="223.76">，宜并则并，宜联则联，宜租则租，宜</word><word xMin="422.34" yMin="195.30" xMax="531.89" yMax="223.76">（江西宜春地委袁志成）</word></line>
         <line><word xMin="31.27" yMin="208.74" xMax="295.19" yMax="237.21">包则包，宜卖则卖，决不能都吃“一服药”，都打“一种针”</word></line>
         <line><word xMin="290.21" yMin="208.74" xMax="300.17" yMax="237.21">。</word></line>
         <line><word xMin="31.27" yMin="235.04" xMax="420.00" yMax="263.50">本报北京１月１２日讯河北省张家口市１月１０日发生里氏６．２级地震后，全国各地、</word></line>
         <line><word xMin="31.27" yMin="248.48" xMax="412.96" yMax="276.94">各界纷纷援助地震灾区，各项救灾工作全面展开。截至１月１２日８时统计，灾民共接到</word></line>
         <line><word xMin="428.82" yMin="235.04" xMax="810.51" yMax="263.50">顶帐篷，从辽宁、河南调拨２万件棉被，会同财政部向地震灾区下拨救灾应急款５００万</word></line>
         <line><word xMin="428.82" yMin="248.48" xMax="448.74" yMax="276.94">元。</word></line>
         """)])
        let emTall = try Self.parsed("""
         <line><word xMin="31.18" yMin="191.18" xMax="413.01" yMax="201.14">强迫职工入股。这种认识、做法是片面的。在推行股份制或股份合作制中，一定要从企业</word></line>
         <line><word xMin="428.88" yMin="191.18" xMax="817.42" yMax="201.14">才有可能实现企业发展速度与效益同步增长，保障股份制或股份合作制的机制成功运行。</word></line>
         <line><word xMin="31.18" yMin="204.63" xMax="249.49" yMax="214.59">的实际出发，尊重职工的意愿，宜“股”则“股”</word></line>
         <line><word xMin="244.49" yMin="204.63" xMax="413.01" yMax="214.59">，宜并则并，宜联则联，宜租则租，宜</word><word xMin="422.40" yMin="204.63" xMax="531.98" yMax="214.59">（江西宜春地委袁志成）</word></line>
         <line><word xMin="31.18" yMin="218.08" xMax="300.18" yMax="228.04">包则包，宜卖则卖，决不能都吃“一服药”，都打“一种针”。</word></line>
         <line><word xMin="31.18" yMin="244.38" xMax="420.07" yMax="254.34">本报北京１月１２日讯河北省张家口市１月１０日发生里氏６．２级地震后，全国各地、</word></line>
         <line><word xMin="31.18" yMin="257.83" xMax="413.01" yMax="267.79">各界纷纷援助地震灾区，各项救灾工作全面展开。截至１月１２日８时统计，灾民共接到</word></line>
         <line><word xMin="428.88" yMin="244.38" xMax="810.71" yMax="254.34">顶帐篷，从辽宁、河南调拨２万件棉被，会同财政部向地震灾区下拨救灾应急款５００万</word></line>
         <line><word xMin="428.88" yMin="257.83" xMax="448.81" yMax="267.79">元。</word></line>
         """)
        tall.scaleBoxesToTheEm()
        let (read, expected) = (PDFLayout.typeset(tall.pages[0]), PDFLayout.typeset(emTall))
        #expect(read.text == expected.text)
        #expect(read.styles.map { $0 == nil } == expected.styles.map { $0 == nil })
        #expect(read.styles.compactMap { $0?.size }.allSatisfy { abs($0 - 1) < 0.03 }, "\(read.styles)")
    }

    /// A face the writer declared a little off the em is brought to it too, once another face
    /// shows the writer's boxes off it: feature-01 of the feature pages' seed 44 after
    /// `pdftocairo -pdf`, its body in Noto Serif CJK (2.89 em) and a story set in AR PL UKai
    /// throughout, whose boxes cairo declared 1.10 em and justification's stretch measured 1.07.
    /// Left as it was, the kaiti story read 1.11× body type, as a deck, and cut in two. Both are
    /// the body's 10.5 pt and read at one size. The boxes are the page's; the faces are
    /// pdftohtml's for those words.
    @Test func aFaceDeclaredALittleOffTheEmIsScaledWithTheOthers() throws {
        var page = try Self.parsed("""
         <line><word xMin="296.60" yMin="104.27" xMax="545.20" yMax="134.16">华夏大地，多少人熟悉那个潇洒的英文字母，那枚鲜红</word></line>
         <line><word xMin="561.92" yMin="109.25" xMax="810.52" yMax="139.14">色彩制造出符合市场需求的精品，李宁牌在许多方面已</word></line>
         <line><word xMin="561.92" yMin="151.68" xMax="810.52" yMax="181.56">雪”系列产品引起了轰动，年轻而大胆的设计师们在设</word></line>
         <line><word xMin="296.60" yMin="151.68" xMax="545.20" yMax="181.56">始创于１９９０年５月的李宁体育用品有限公司，已由</word></line>
         <line><word xMin="296.60" yMin="165.82" xMax="526.65" yMax="195.70">最初单一的运动服装公司发展成为拥有体育用品、</word></line>
         <line><word xMin="561.92" yMin="179.96" xMax="810.52" yMax="209.85">体育休闲精品总汇”这个洋品牌荟萃之地，李宁牌销售</word></line>
         <line><word xMin="561.92" yMin="194.10" xMax="810.52" yMax="223.99">额通常列第四五位，但“暴风雪”上市的那个周末，李</word></line>
         <line><word xMin="296.60" yMin="194.10" xMax="545.20" yMax="223.99">业。目前，李宁体育用品集团的产品有２０个大类、１</word></line>
         <line><word xMin="296.60" yMin="208.24" xMax="545.20" yMax="238.13">０００多个品种，销售额连年翻番，１９９７年达到了</word></line>
         <line><word xMin="296.60" yMin="222.38" xMax="545.20" yMax="252.27">７亿元，在中国体育用品业中领袖群伦。从１９９０年</word></line>
         <line><word xMin="31.27" yMin="385.89" xMax="279.86" yMax="397.42">年前，中国农业发展银行河南省南阳市分行办公室收</word></line>
         <line><word xMin="31.27" yMin="400.04" xMax="279.84" yMax="411.56">到了来自国家级贫困县———南召县支行的一封信，信</word></line>
         <line><word xMin="31.27" yMin="428.32" xMax="279.86" yMax="439.84">９９７年省农发行来南召搞工作调研的领导共６人４</word></line>
         <line><word xMin="31.27" yMin="442.46" xMax="279.86" yMax="453.98">次，他们都以身作则，不吃请，不扰民，不接受纪念</word></line>
         <line><word xMin="31.27" yMin="456.60" xMax="279.86" yMax="468.13">品。下乡不能通车的地方就徒步，遇山翻山，遇河过</word></line>
         """)
        for l in page.lines.indices {
            page.lines[l].words[0].face = page.lines[l].words[0].yMin < 300 ? "NotoSerifCJKjp" : "UKaiCN"
        }
        var layout = PDFLayout(pages: [page])
        layout.scaleBoxesToTheEm()
        let typeset = PDFLayout.typeset(layout.pages[0])
        let sizes = typeset.styles.compactMap { $0?.size }
        #expect(sizes.count == 15)
        #expect(sizes.allSatisfy { abs($0 - 1) < 0.05 }, "\(sizes)")
    }

    /// A word whose box spans a Latin face stands as tall as that face: it does not part its line
    /// as a headline in a size of its own would (`全国大部地区日平均气温将下降５` · `℃—１０` · `℃。请`,
    /// the `℃` in DejaVu Serif, 12.7 pt where the line's UMing is 11.5 pt; briefs-10 of seed 24's
    /// pages rewritten by cairo, whose boxes these are, was read as three pieces once the faces'
    /// boxes were scaled, 7% apart then).
    @Test func aWordSpanningALatinFaceDoesNotPartItsLine() throws {
        var page = try Self.parsed("""
         <line><word xMin="31.27" yMin="380.89" xMax="279.31" yMax="392.35">本报讯据中央气象台提供的信息：１９９８年元月上</word></line>
         <line><word xMin="31.27" yMin="396.23" xMax="195.59" yMax="407.68">旬影响我国的冷空气势力将加强。</word></line>
         <line><word xMin="31.27" yMin="411.56" xMax="279.31" yMax="423.02">２日—５日，受较强冷空气影响，淮河以北大部地区</word></line>
         <line><word xMin="31.27" yMin="426.90" xMax="279.31" yMax="438.36">有５级—６级偏北风，江淮、江南及华南北部有４级</word></line>
         <line><word xMin="30.49" yMin="442.24" xMax="279.32" yMax="453.69">—６级偏北风，我国东部和南部海域有６级—８级大</word></line>
         <line><word xMin="31.27" yMin="457.57" xMax="279.31" yMax="469.03">风；东北地区东部有小到中雪，我国南方大部地区有</word></line>
         <line><word xMin="31.27" yMin="472.91" xMax="105.58" yMax="484.37">小到中雨（雪）</word></line>
         <line><word xMin="99.34" yMin="472.91" xMax="283.45" yMax="484.37">，其中江南和华南的部分地区有大雨。</word></line>
         <line><word xMin="31.27" yMin="488.25" xMax="195.59" yMax="499.70">全国大部地区日平均气温将下降５</word><word xMin="198.13" yMin="487.88" xMax="242.61" yMax="500.62">℃—１０</word><word xMin="245.14" yMin="487.88" xMax="279.30" yMax="500.62">℃。请</word></line>
         <line><word xMin="31.27" yMin="503.58" xMax="206.55" yMax="515.04">有关部门注意加强防风、防冻措施。</word></line>
        """)
        for l in page.lines.indices {
            for w in page.lines[l].words.indices where page.lines[l].words[w].text.contains("℃") { page.lines[l].words[w].spansFaces = true }
        }
        let lines = page.fragments().map { $0.words.map(\.text).joined() }
        #expect(lines.contains("全国大部地区日平均气温将下降５℃—１０℃。请"), "\(lines)")
    }

    /// A row opens under text only at a gap wider than the leading of the type over it: a
    /// brief's column beside a story's headline, the gap between two of its lines the
    /// leading to a hundredth of a point, reads on under that gap (`…记者近日从空军有关部门` /
    /// `获悉，…`, briefs-09 of seed 24's pages rewritten by cairo, whose boxes these are: the body
    /// 10.8 pt, the page's em taken to the half point, 10.5, made the leading look narrower).
    @Test func aBriefsLeadingBesideAHeadlineOpensNoRow() throws {
        var page = try Self.parsed("""
         <line><word xMin="31.27" yMin="347.98" xMax="75.09" yMax="359.43">力奋斗！</word></line>
         <line><word xMin="31.27" yMin="362.22" xMax="220.89" yMax="373.68">国务院副总理吴邦国为会议发来贺信，</word></line>
         <line><word xMin="31.27" yMin="376.46" xMax="212.91" yMax="387.92">贺信指出，改革开放以来，特别是党的</word></line>
         <line><word xMin="31.27" yMin="390.70" xMax="212.91" yMax="402.16">十四大以来，电子行业广大干部职工奋</word></line>
         <line><word xMin="230.47" yMin="347.98" xMax="412.11" yMax="359.43">据介绍，在过去的一年里，我国电子信</word></line>
         <line><word xMin="230.47" yMin="362.22" xMax="412.10" yMax="373.68">息产业继续保持高速增长态势。全行</word></line>
         <line><word xMin="230.47" yMin="376.46" xMax="412.10" yMax="387.92">业实现销售收入２５００亿元，比上</word></line>
         <line><word xMin="230.47" yMin="390.70" xMax="297.58" yMax="402.16">年增长１５％</word><word xMin="299.78" yMin="390.70" xMax="412.10" yMax="402.16">，全行业利润、产品出</word></line>
         <line><word xMin="429.68" yMin="347.98" xMax="611.32" yMax="359.43">的战略性改组，深化科技体制改革，大</word></line>
         <line><word xMin="429.68" yMin="362.22" xMax="539.22" yMax="373.68">力提高技术创新能力。</word></line>
         <line><word xMin="31.27" yMin="412.47" xMax="219.50" yMax="438.78">李鹏在北京考察企业</word></line>
         <line><word xMin="31.27" yMin="438.87" xMax="312.13" yMax="449.81">——向广大职工祝贺新年，对节日坚守岗位的同志们表示慰问</word></line>
         <line><word xMin="31.27" yMin="459.64" xMax="212.90" yMax="471.09">新华社北京十二月三十一日电（中央</word></line>
         <line><word xMin="31.27" yMin="473.88" xMax="212.90" yMax="485.34">人民广播电台记者刘振英、新华社记</word></line>
         <line><word xMin="31.27" yMin="488.12" xMax="212.91" yMax="499.58">者张宿堂）今天是一九九七年的最后一</word></line>
         <line><word xMin="31.27" yMin="502.36" xMax="212.91" yMax="513.82">天。辞旧迎新之际，国务院总理李鹏今</word></line>
         <line><word xMin="31.27" yMin="516.60" xMax="220.89" yMax="528.06">天上午来到北京石景山发电总厂考察，</word></line>
         <line><word xMin="31.27" yMin="530.84" xMax="212.91" yMax="542.30">向广大企业职工表示节日的祝贺，向将</word></line>
         <line><word xMin="31.27" yMin="545.08" xMax="212.90" yMax="556.54">要在节日期间坚守工作岗位的同志们</word></line>
         <line><word xMin="230.47" yMin="459.64" xMax="285.25" yMax="471.09">表示慰问。</word></line>
         <line><word xMin="230.47" yMin="473.88" xMax="412.11" yMax="485.34">上午九时二十分，李鹏总理在北京市委</word></line>
         <line><word xMin="230.47" yMin="488.12" xMax="412.11" yMax="499.58">书记、市长贾庆林的陪同下，来到位于</word></line>
         <line><word xMin="230.47" yMin="502.36" xMax="412.10" yMax="513.82">北京西郊的北京石景山发电总厂。始</word></line>
         <line><word xMin="230.47" yMin="516.60" xMax="412.10" yMax="528.06">建于一九一九年的北京石景山发电总</word></line>
         <line><word xMin="230.47" yMin="530.84" xMax="420.09" yMax="542.30">厂是华北电力集团公司骨干发电企业，</word></line>
         <line><word xMin="230.47" yMin="545.08" xMax="412.11" yMax="556.54">承担着向首都供电、供热任务，装机总</word></line>
         <line><word xMin="429.68" yMin="459.64" xMax="611.31" yMax="471.09">容量一百一十六点六万千瓦。总厂年</word></line>
         <line><word xMin="429.68" yMin="473.88" xMax="611.32" yMax="485.34">发电量四十五亿千瓦时，供热能力八百</word></line>
         <line><word xMin="429.68" yMin="488.12" xMax="611.32" yMax="499.58">百万大卡／小时，现供热面积已达八百</word></line>
         <line><word xMin="429.68" yMin="502.36" xMax="611.31" yMax="513.82">多万平方米。早在担任华北电管局领</word></line>
         <line><word xMin="429.68" yMin="516.60" xMax="611.32" yMax="528.06">导时，李鹏就曾多次到发电总厂检查指</word></line>
         <line><word xMin="429.68" yMin="530.84" xMax="473.49" yMax="542.30">导工作。</word></line>
         <line><word xMin="628.88" yMin="349.56" xMax="782.24" yMax="361.02">睹了几本已办好待发的驾驶证。</word></line>
         <line><word xMin="628.88" yMin="371.40" xMax="749.38" yMax="385.18">空军涌现二千多双拥先进</word></line>
         <line><word xMin="628.88" yMin="386.38" xMax="810.52" yMax="397.84">据新华社北京１月１３日电（记者孙茂</word></line>
         <line><word xMin="628.88" yMin="400.62" xMax="810.52" yMax="412.08">庆、徐壮志）记者近日从空军有关部门</word></line>
         <line><word xMin="628.88" yMin="414.86" xMax="810.52" yMax="426.32">获悉，去年空军双拥共建工作取得新成</word></line>
         <line><word xMin="628.88" yMin="429.10" xMax="810.52" yMax="440.56">绩，先后涌现出２０００多个双拥先进</word></line>
         <line><word xMin="628.88" yMin="443.34" xMax="694.60" yMax="454.80">单位和个人。</word></line>
         <line><word xMin="628.88" yMin="457.58" xMax="810.52" yMax="469.04">一年来，空军各部队积极拓宽渠道，丰</word></line>
         <line><word xMin="628.88" yMin="471.82" xMax="810.52" yMax="483.28">富内容，因地制宜地开展了形式多样的</word></line>
         <line><word xMin="628.88" yMin="486.07" xMax="810.51" yMax="497.52">双拥共建活动。兰州军区空军驻甘肃</word></line>
         <line><word xMin="628.88" yMin="500.31" xMax="810.51" yMax="511.77">部队与河西五地市群众一起参加了争</word></line>
         <line><word xMin="628.88" yMin="514.55" xMax="810.52" yMax="526.01">创“河西千里双拥模范走廊”活动，受</word></line>
         <line><word xMin="628.88" yMin="528.79" xMax="810.51" yMax="540.25">到中共甘肃省委、省政府和省军区的</word></line>
         <line><word xMin="628.88" yMin="543.03" xMax="683.65" yMax="554.49">高度评价。</word></line>
         <line><word xMin="628.88" yMin="557.27" xMax="810.52" yMax="568.73">目前，空军参加创办的５２４４个军民</word></line>
         <line><word xMin="628.88" yMin="571.51" xMax="810.52" yMax="582.97">共建点中，有６０％被评为文明先进单</word></line>
         <line><word xMin="628.88" yMin="585.75" xMax="650.78" yMax="597.21">位。</word></line>
         <line><word xMin="84.28" yMin="607.89" xMax="757.50" yMax="640.46">全国双拥工作电视电话会议要求做好双拥工作凝聚军心民心</word></line>
        """)
        for l in page.lines.indices {
            let line = page.lines[l], height = line.yMax - line.yMin
            for w in line.words.indices {
                page.lines[l].words[w].face = height > 13 ? "WenQuanYiZenHei" : line.words[0].text.hasPrefix("——") ? "UKaiCN" : "UMingCN"
            }
        }
        var layout = PDFLayout(pages: [page])
        layout.scaleBoxesToTheEm()
        let text = PDFLayout.typeset(layout.pages[0]).text
        #expect(text.contains("记者近日从空军有关部门\n获悉，去年空军双拥共建工作取得新成"), "\(text)")
    }

    /// Em-tall boxes, XeLaTeX's, are left as they are.
    @Test func emTallBoxesAreLeftAsTheyAre() throws {
        let page = try Self.parsed("""
         <line><word xMin="31.18" yMin="110.48" xMax="413.01" yMax="120.45">在党的十五大精神鼓舞下，一批新的股份制或股份合作制企业应运而生，给原来陷入困境</word></line>
         <line><word xMin="428.88" yMin="110.48" xMax="647.73" yMax="120.45">实行股份制或股份合作制的企业未必“一股就灵”</word></line>
         <line><word xMin="642.72" yMin="110.48" xMax="810.71" yMax="120.45">。要想灵，既要有一个好机制，还要有</word></line>
         <line><word xMin="31.18" yMin="123.93" xMax="180.62" yMax="133.89">的中、小企业带来了生机和活力。</word></line>
         """)
        var layout = PDFLayout(pages: [page])
        layout.scaleBoxesToTheEm()
        #expect(layout.pages[0] == page)
    }

    /// Boxes shorter than the em, as LuaTeX declares the AR PL faces (0.73 em: band-01 of the
    /// page benchmark typeset by LuaLaTeX, whose Noto faces it declares 1.45 em), are brought to
    /// the em too: the kicker in UKai over a headline band (`李铁映在全国体委主任会议上强调`),
    /// read at body size as XeLaTeX's em boxes give it (1.05), not at 0.76, where it would
    /// be taken for a caption. A face seen on two lines or on one, the kicker alone in it
    /// (band-07), once the page's other faces show its writer's boxes off the em. The boxes are
    /// the page's.
    @Test(arguments: [true, false])
    func boxesShorterThanTheEmAreBroughtToIt(withByline: Bool) throws {
        let byline = withByline ? """
         <line><word xMin="428.89" yMin="632.88" xMax="498.63" yMax="640.15">本报记者阎晓明</word></line>
         """ : ""
        var page = try Self.parsed(byline + """
         <line><word xMin="428.89" yMin="641.68" xMax="810.72" yMax="656.00">１月２日下午３时１５分，３辆中巴车静静地开进山西省医用电子仪器厂院内。这座寂</word></line>
         <line><word xMin="428.89" yMin="655.13" xMax="810.72" yMax="669.45">静又破烂的院落突然来了这么多车，附近的住户和行人都露出满脸惊奇。省委书记胡富</word></line>
         <line><word xMin="451.45" yMin="932.42" xMax="786.19" yMax="962.72">震区牵动八方人心救灾工作全面展开</word></line>
         <line><word xMin="540.37" yMin="971.21" xMax="697.28" yMax="978.84">李铁映在全国体委主任会议上强调</word></line>
         <line><word xMin="430.53" yMin="981.08" xMax="807.12" yMax="1007.05">坚持体育事业发展正确方针政策同使用兴奋剂行</word></line>
         <line><word xMin="556.06" yMin="1002.60" xMax="681.59" yMax="1028.56">为进行坚决斗争</word></line>
         """)
        let faces = ["本报记者阎晓明": "UKaiCN", "李铁映在全国体委主任会议上强调": "UKaiCN", "震区牵动八方人心救灾工作全面展开": "NotoSansCJKsc",
                     "坚持体育事业发展正确方针政策同使用兴奋剂行": "NotoSansCJKsc", "为进行坚决斗争": "NotoSansCJKsc"]
        for l in page.lines.indices { page.lines[l].words[0].face = faces[page.lines[l].words[0].text] ?? "NotoSerifCJKsc" }
        var layout = PDFLayout(pages: [page])
        layout.scaleBoxesToTheEm()
        let typeset = PDFLayout.typeset(layout.pages[0])
        let sizes = Dictionary(uniqueKeysWithValues: zip(typeset.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), typeset.styles)
            .compactMap { text, style in style.map { (text, $0.size) } })
        let kicker = try #require(sizes["李铁映在全国体委主任会议上强调"])
        #expect(abs(kicker - 1) < 0.08, "\(sizes)")
        if withByline { #expect(abs(try #require(sizes["本报记者阎晓明"]) - 1) < 0.08, "\(sizes)") }
    }

    /// pdftohtml rounds its runs' boxes to whole units: the middle of a word of poppler's mixing
    /// scripts (`几乎所有“007”影片都有一个`, a column's first line in mixed-11 of the varied pages'
    /// seed 51) can fall between two runs. The word takes the face of the run it overlaps most,
    /// the body's, and is no title in a face unknown. The boxes and runs are the page's.
    @Test func aWordWhoseMiddleFallsBetweenTwoRunsTakesTheFaceItOverlapsMost() throws {
        let page = try Self.parsed("""
         <line><word xMin="346.497000" yMin="648.271168" xMax="495.382917" yMax="659.230068">几乎所有“007”影片都有一个</word></line>
         <line><word xMin="346.497000" yMin="664.709168" xMax="495.372207" yMax="675.668068">雷同的故事构架：“007”接受</word></line>
         """)
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pdf2xml><page number="1" width="1262" height="1785">
        <fontspec id="3" size="16" family="YUGGFR+DejaVuSerif" color="#000000"/>
        <fontspec id="4" size="16" family="GDKFCW+NotoSerifCJKjp" color="#000000"/>
        <text top="972" left="520" width="80" height="16" font="4">几乎所有“</text>
        <text top="974" left="599" width="31" height="16" font="3">007</text>
        <text top="972" left="631" width="112" height="16" font="4">”影片都有一个</text>
        <text top="997" left="520" width="142" height="16" font="4">雷同的故事构架：“</text>
        <text top="999" left="662" width="31" height="16" font="3">007</text>
        <text top="997" left="694" width="50" height="16" font="4">”接受</text>
        </page></pdf2xml>
        """
        var layout = PDFLayout(pages: [page])
        layout.assignFaces(try #require(PDFFaces.parse(Data(xml.utf8))))
        #expect(layout.pages[0].lines.map(\.face) == ["NotoSerifCJKjp", "NotoSerifCJKjp"])
    }

    /// poppler parts a line where its faces' boxes stand apart (`2）` in DejaVu Serif, 1.16 em,
    /// under `。` in Noto Serif CJK, 2.85 em, as cairo declares them: their tops 9 pt apart). Once
    /// the boxes are brought to the em the two stand on one baseline and are one line again, in
    /// order (photo-07 of seed 24 rewritten by cairo, whose boxes these are, read `（见表。2）`).
    @Test func linesPartedByTheirFacesBoxesMeetOnceScaled() throws {
        var page = try Self.parsed("""
         <line><word xMin="431.37" yMin="194.06" xMax="610.44" yMax="223.95">镇区企业状况是决定镇区社会经济规模</word></line>
         <line><word xMin="431.37" yMin="267.26" xMax="515.77" yMax="297.14">农业人口的比重为</word><word xMin="519.91" yMin="276.47" xMax="543.14" yMax="288.63">60%</word><word xMin="547.27" yMin="267.26" xMax="610.43" yMax="297.14">以上。从东中</word></line>
         <line><word xMin="431.37" yMin="281.90" xMax="617.88" yMax="311.78">西部地区看，东部地区的镇区企业个数、</word></line>
         <line><word xMin="431.37" yMin="296.54" xMax="610.44" yMax="326.42">从业人数明显高于中、西部地区（见表</word></line>
         <line><word xMin="431.37" yMin="320.39" xMax="448.48" yMax="332.55">2）</word></line>
         <line><word xMin="443.25" yMin="311.18" xMax="453.71" yMax="341.06">。</word></line>
         """)
        for l in page.lines.indices {
            for w in page.lines[l].words.indices {
                page.lines[l].words[w].face = page.lines[l].words[w].text.contains(where: \.isASCII) ? "DejaVuSerif" : "NotoSerifCJKjp"
            }
        }
        #expect(page.lines.count == 6)
        var layout = PDFLayout(pages: [page])
        layout.scaleBoxesToTheEm()
        #expect(layout.pages[0].lines.map(\.text).last == "2）。", "\(layout.pages[0].lines.map(\.text))")
    }

    /// A lead's first line, one word spanning the lead's face (Noto Sans, declared 2.85 em as
    /// cairo writes it) and the text's, stands right under a headline set across the columns
    /// (mixed-01 of seed 24 rewritten by cairo, whose boxes these are). Its line has no em of its
    /// own; measured against the headline's alone, its box was left 30 pt tall, and the next
    /// columns' first lines were read inside the lead. It fits the em of the line under it.
    @Test func aLeadsLineSpanningTwoFacesUnderAHeadlineTakesTheEmOfTheLineUnderIt() throws {
        var page = try Self.parsed("""
         <line><word xMin="31.27" yMin="465.90" xMax="135.84" yMax="495.72">李鹏会见日本建设大臣</word></line>
         <line><word xMin="31.27" yMin="665.66" xMax="703.50" yMax="742.35">汪道涵在《两岸关系》杂志发表新年祝辞一年春事早耕耘</word></line>
         <line><word xMin="31.27" yMin="715.96" xMax="170.34" yMax="745.78">本报北京１月１日讯海峡两岸</word></line>
         <line><word xMin="31.27" yMin="739.30" xMax="170.34" yMax="749.74">关系协会会长汪道涵在《两岸</word></line>
         <line><word xMin="31.27" yMin="752.95" xMax="170.34" yMax="763.38">关系》杂志１９９８年１月号</word></line>
         <line><word xMin="191.31" yMin="725.66" xMax="212.23" yMax="736.10">意！</word></line>
         <line><word xMin="191.31" yMin="739.30" xMax="330.38" yMax="749.74">１９９７年是中华民族现代发</word></line>
         <line><word xMin="191.31" yMin="752.95" xMax="330.38" yMax="763.38">展进程中具有重大历史意义的</word></line>
         """)
        for l in page.lines.indices {
            page.lines[l].words[0].face = l < 3 ? "NotoSansCJKjp" : "BousungEG-Light-GB"
        }
        page.lines[2].words[0].spansFaces = true
        var layout = PDFLayout(pages: [page])
        layout.scaleBoxesToTheEm()
        let lead = layout.pages[0].lines[2].words[0]
        #expect(abs((lead.yMax - lead.yMin) - 10.44) < 0.5, "\(lead)")
        let text = PDFLayout.typeset(layout.pages[0]).text
        #expect(text.contains("本报北京１月１日讯海峡两岸\n关系协会会长汪道涵在《两岸"), "\(text)")
    }

    /// A headline's run, in a face declared 2.85 em tall (Noto Sans, as cairo writes it), reaches
    /// over the middle of the standfirst's words on the line under it: those words take the face
    /// of the runs on their own line and span no faces (stacked-05 of seed 24 rewritten by cairo,
    /// whose boxes and runs these are: read in the headline's face, the standfirst's lines were
    /// scaled to a third of their size and read as pieces of their own).
    @Test func aRunReachingOverFromTheLineAboveGivesNoFace() throws {
        let page = try Self.parsed("""
         <line><word xMin="265.53" yMin="288.46" xMax="576.25" yMax="362.31">关夏商周断代工程曙光初现</word></line>
         <line><word xMin="230.76" yMin="337.49" xMax="411.53" yMax="347.92">展一年多来取得一系列阶段性成果。多</word></line>
         <line><word xMin="430.24" yMin="337.49" xMax="503.44" yMax="347.92">现了良好前景。</word></line>
         """)
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pdf2xml><page number="1" width="1262" height="1785">
        <fontspec id="2" size="16" family="NABMTA+BousungEG-Light-GB" color="#000000"/>
        <fontspec id="4" size="39" family="BAEPTV+NotoSansCJKjp" color="#000000"/>
        <text top="462" left="398" width="466" height="56" font="4"><b>关夏商周断代工程曙光初现</b></text>
        <text top="506" left="346" width="271" height="16" font="2">展一年多来取得一系列阶段性成果。多</text>
        <text top="506" left="645" width="110" height="16" font="2">现了良好前景。</text>
        </page></pdf2xml>
        """
        var layout = PDFLayout(pages: [page])
        layout.assignFaces(try #require(PDFFaces.parse(Data(xml.utf8))))
        let words = layout.pages[0].lines.flatMap(\.words)
        #expect(words.map(\.face) == ["NotoSansCJKjp", "BousungEG-Light-GB", "BousungEG-Light-GB"])
        #expect(words.map(\.spansFaces) == [false, false, false])
    }

    /// A word poppler runs across two faces (the bold `杜英姿报道：` of a lead, Noto Sans declared
    /// 1.45 em, into the text after it in Bousung, 0.75 em: band-04 typeset by LuaLaTeX) has
    /// the taller face's box; scaled by its middle's face it read 1.98× body type and cut the
    /// lead from its story. It is measured as words mixing scripts are, against its lines' em.
    /// The boxes and runs are the page's.
    @Test func aWordSpanningTwoFacesIsScaledToItsLinesEm() throws {
        let page = try Self.parsed("""
         <line><word xMin="511.50" yMin="566.76" xMax="555.15" yMax="581.91">本报北京</word><word xMin="560.50" yMin="570.94" xMax="567.15" yMax="581.22">1</word><word xMin="572.50" yMin="566.76" xMax="582.96" yMax="581.91">月</word><word xMin="588.31" yMin="570.94" xMax="601.62" yMax="581.22">18</word><word xMin="606.96" yMin="566.76" xMax="650.62" yMax="581.91">日讯记者</word></line>
         <line><word xMin="511.50" yMin="580.91" xMax="650.62" yMax="596.05">杜英姿报道：中共中央政治局</word></line>
         <line><word xMin="511.50" yMin="599.99" xMax="650.61" yMax="607.78">委员、国务委员李铁映今天在</word></line>
         <line><word xMin="511.50" yMin="614.14" xMax="650.61" yMax="621.93">同参加全国文化厅局长会议的</word></line>
         <line><word xMin="511.50" yMin="628.28" xMax="650.61" yMax="636.08">代表们座谈时强调，高举邓小</word></line>
         """)
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pdf2xml><page number="1" width="1262" height="1785">
        <fontspec id="2" size="16" family="PCNWKF+DejaVuSerif" color="#000000"/>
        <fontspec id="3" size="16" family="DERTOD+BousungEG-Light-GB" color="#000000"/>
        <fontspec id="10" size="16" family="MDHCZI+NotoSansCJKsc" color="#000000"/>
        <text top="852" left="767" width="65" height="21" font="10"><b>本报北京</b></text>
        <text top="856" left="841" width="10" height="15" font="2">1</text>
        <text top="852" left="859" width="16" height="21" font="10"><b>月</b></text>
        <text top="856" left="882" width="20" height="15" font="2">18</text>
        <text top="852" left="910" width="65" height="21" font="10"><b>日讯记者</b></text>
        <text top="873" left="767" width="96" height="21" font="10"><b>杜英姿报道：</b></text>
        <text top="879" left="864" width="112" height="12" font="3">中共中央政治局</text>
        <text top="900" left="767" width="209" height="12" font="3">委员、国务委员李铁映今天在</text>
        <text top="921" left="767" width="209" height="12" font="3">同参加全国文化厅局长会议的</text>
        <text top="942" left="767" width="209" height="12" font="3">代表们座谈时强调，高举邓小</text>
        </page></pdf2xml>
        """
        var layout = PDFLayout(pages: [page])
        layout.assignFaces(try #require(PDFFaces.parse(Data(xml.utf8))))
        #expect(layout.pages[0].lines.flatMap(\.words).map(\.spansFaces) == [false, false, false, false, false, true, false, false, false])
        layout.scaleBoxesToTheEm()
        let typeset = PDFLayout.typeset(layout.pages[0])
        #expect(!typeset.text.contains("\n\n"), "\(typeset.text)")
        #expect(typeset.styles.compactMap { $0?.size }.allSatisfy { abs($0 - 1) < 0.08 }, "\(typeset.styles)")
    }

    /// A band of headlines under the stories' last lines (band-04 of the varied pages' seed 12,
    /// its boxes below): a subtitle in body type broken over two lines is no running text, so the
    /// band is not cut between its headlines and that subtitle; it is read under its headline.
    @Test func aSubtitleOverTwoLinesInABandIsReadUnderItsHeadline() throws {
        let page = try Self.parsed("""
        <line><word xMin="42.52" yMin="734.90" xMax="182.77" yMax="744.87">措施是理所当然的。”他表示要</word></line>
        <line><word xMin="196.67" yMin="734.90" xMax="336.92" yMax="744.87">当被问及他是否就印尼克服金融</word></line>
        <line><word xMin="350.81" yMin="734.90" xMax="498.34" yMax="744.87">邹家华指出，统计工作很重要，</word><word xMin="504.96" yMin="734.90" xMax="645.22" yMax="744.87">假的行为，使统计工作更好地为</word></line>
        <line><word xMin="659.11" yMin="734.90" xMax="799.37" yMax="744.87">体系。今年要以提高统计数据质</word></line>
        <line><word xMin="42.52" yMin="749.85" xMax="182.77" yMax="759.81">继续采取必要的措施来努力促进</word></line>
        <line><word xMin="196.67" yMin="749.85" xMax="336.92" yMax="759.81">危机提出任何建议时，马哈蒂尔</word></line>
        <line><word xMin="350.81" yMin="749.85" xMax="491.07" yMax="759.81">它对了解当前经济社会情况以及</word></line>
        <line><word xMin="504.96" yMin="749.85" xMax="594.63" yMax="759.81">国民经济建设服务。</word></line>
        <line><word xMin="659.11" yMin="749.85" xMax="799.37" yMax="759.81">量为中心，以改革统计制度为重</word></line>
        <line><word xMin="42.52" yMin="764.79" xMax="182.77" yMax="774.76">经济复苏。关于自民党今后的政</word></line>
        <line><word xMin="196.67" yMin="764.79" xMax="336.92" yMax="774.76">说，印尼和马来西亚应当共同努</word></line>
        <line><word xMin="350.81" yMin="764.79" xMax="491.07" yMax="774.76">制定经济和社会工作的政策都是</word></line>
        <line><word xMin="504.96" yMin="764.79" xMax="645.22" yMax="774.76">全国统计工作会议一月七日至九</word></line>
        <line><word xMin="659.11" yMin="764.79" xMax="799.37" yMax="774.76">点，积极推进各项统计改革和建</word></line>
        <line><word xMin="42.52" yMin="779.74" xMax="182.77" yMax="789.70">治工作方针，担任自民党总裁的</word></line>
        <line><word xMin="196.67" yMin="779.74" xMax="336.92" yMax="789.70">力加强双边贸易，但进行贸易时</word></line>
        <line><word xMin="350.81" yMin="779.74" xMax="491.07" yMax="789.70">十分重要的。如果这项工作做不</word></line>
        <line><word xMin="504.96" yMin="779.74" xMax="645.22" yMax="789.70">日在北京召开，国家统计局局长</word></line>
        <line><word xMin="659.11" yMin="779.74" xMax="799.37" yMax="789.70">设，切实提高统计服务质量，进</word></line>
        <line><word xMin="42.52" yMin="794.68" xMax="182.77" yMax="804.64">桥本表示，自民党将在继续维持</word></line>
        <line><word xMin="196.67" yMin="794.68" xMax="316.22" yMax="804.64">不以美元或其它外币结算。</word></line>
        <line><word xMin="350.81" yMin="794.68" xMax="491.07" yMax="804.64">好，就很难对今后的工作做出正</word></line>
        <line><word xMin="504.96" yMin="794.68" xMax="645.22" yMax="804.64">刘洪要求各级统计机构认真学习</word></line>
        <line><word xMin="659.11" yMin="794.68" xMax="788.63" yMax="804.64">一步开创统计工作的新局面。</word></line>
        <line><word xMin="350.81" yMin="809.62" xMax="491.07" yMax="819.59">确决策。在建立社会主义市场经</word></line>
        <line><word xMin="504.96" yMin="809.62" xMax="645.22" yMax="819.59">贯彻党的十五大和中央经济工作</word></line>
        <line><word xMin="65.30" yMin="833.05" xMax="264.05" yMax="843.51">任建新在中国法学会四届二次理事会上要求</word></line>
        <line><word xMin="563.61" yMin="834.10" xMax="579.55" yMax="850.04">二</word><word xMin="584.62" yMin="834.74" xMax="626.37" yMax="850.68">○○○</word><word xMin="631.41" yMin="834.10" xMax="790.82" yMax="850.04">年长城将竖立倒计时钟</word></line>
        <line><word xMin="51.10" yMin="851.81" xMax="278.25" yMax="870.74">大力加强法学研究推进依法</word></line>
        <line><word xMin="126.82" yMin="874.52" xMax="202.53" yMax="893.45">治国进程</word></line>
        <line><word xMin="305.88" yMin="834.30" xMax="536.01" yMax="855.22">长航集团推出春运优质服</word></line>
        <line><word xMin="305.88" yMin="859.41" xMax="536.01" yMax="880.33">务标准公布监督电话请社</word></line>
        <line><word xMin="389.56" yMin="884.51" xMax="452.33" yMax="905.44">会监督</word></line>
        <line><word xMin="68.23" yMin="914.86" xMax="157.89" yMax="929.80">国务院召开第</word><word xMin="162.64" yMin="915.45" xMax="181.65" yMax="930.40">65</word><word xMin="186.41" yMin="914.86" xMax="261.13" yMax="929.80">次常务会议</word></line>
        <line><word xMin="331.28" yMin="914.70" xMax="510.61" yMax="932.64">从单纯赞助到全面参与</word></line>
        <line><word xMin="564.11" yMin="915.19" xMax="595.36" yMax="936.12">’97</word><word xMin="602.02" yMin="915.19" xMax="790.32" yMax="936.12">世界航天十大新闻评</word></line>
        <line><word xMin="666.75" yMin="940.30" xMax="687.68" yMax="961.22">出</word></line>
        <line><word xMin="45.11" yMin="933.26" xMax="284.24" yMax="943.72">——李鹏主持讨论并原则通过《中华人民共和国土地</word></line>
        <line><word xMin="117.68" yMin="946.91" xMax="211.83" yMax="957.37">管理法（修订草案）</word></line>
        <line><word xMin="206.60" yMin="946.91" xMax="217.06" yMax="957.37">》</word></line>
        <line><word xMin="101.91" yMin="969.92" xMax="227.44" yMax="990.84">东亚经济传真</word></line>
        <line><word xMin="45.11" yMin="993.10" xMax="284.24" yMax="1003.56">——桥本强调要努力促进经济复苏马哈蒂尔希望与印</word></line>
        <line><word xMin="138.53" yMin="1006.75" xMax="190.83" yMax="1017.21">尼加强贸易</word></line>
        <line><word xMin="300.40" yMin="970.03" xMax="541.49" yMax="991.95">邹家华会见全国统计工作</word></line>
        <line><word xMin="300.40" yMin="996.33" xMax="541.49" yMax="1018.25">会议代表时指出统计工作</word></line>
        <line><word xMin="322.31" yMin="1022.63" xMax="519.58" yMax="1044.55">要把准确性放在首位</word></line>
        """)
        let read = PDFLayout.typeset(page).text.split(separator: "\n").map(String.init)
        let headline = try #require(read.firstIndex(of: "国务院召开第65次常务会议"), "\(read)")
        #expect(read[(headline + 1)...].first { !$0.isEmpty } == "——李鹏主持讨论并原则通过《中华人民共和国土地", "\(read)")
    }

    /// poppler starts a new `<line>` where a bold word's box overlaps the word before it, as in
    /// a brief's run-in title (the boxes below are briefs-01's): the parts are one line again.
    @Test func linesPopplerSplitAtOverlappingBoxesAreOneLine() throws {
        let page = try Self.parsed("""
        <line><word xMin="31.18" yMin="213.68" xMax="51.10" yMax="223.64">京城</word></line>
        <line><word xMin="45.94" yMin="213.68" xMax="85.79" yMax="223.64">“网络”</word></line>
        <line><word xMin="80.62" yMin="213.68" xMax="90.58" yMax="223.64">热</word>
        <word xMin="100.54" yMin="213.69" xMax="130.43" yMax="223.65">目前，</word></line>
        <line><word xMin="31.18" yMin="227.64" xMax="212.66" yMax="237.60">知识成为京城人又一新时尚。</word></line>
        """)
        #expect(page.lines.map(\.text) == ["京城“网络”热 目前，", "知识成为京城人又一新时尚。"])
    }

    /// A bold lead run into the text in one box taller than the type, poppler's next line on the
    /// same baseline (the boxes below are stacked-20's of the varied pages' seed 21, the second
    /// 8% taller and starting inside the first): one line, read in order.
    @Test func aLineOnTheSameBaselineInABoxTallerThanItsTypeGoesOn() throws {
        let page = try Self.parsed("""
        <line><word xMin="42.52" yMin="408.67" xMax="220.35" yMax="419.13">本报北京一月六日讯新华社记者王黎、</word></line>
        <line><word xMin="214.65" yMin="407.84" xMax="415.71" yMax="419.13">本报记者李舫报道：全国三下乡活动先进</word></line>
        <line><word xMin="42.52" yMin="420.89" xMax="419.62" yMax="431.36">集体、先进个人表彰电视电话会议今天在京召开。</word></line>
        """)
        #expect(page.lines.map(\.text) == ["本报北京一月六日讯新华社记者王黎、本报记者李舫报道：全国三下乡活动先进", "集体、先进个人表彰电视电话会议今天在京召开。"])
    }

    /// A headline over two columns that poppler runs on into the first word of the next story's
    /// column, a word of full-width letters after an opening bracket (`（ＪｉｍＢａｉｌｅｙ`,
    /// stacked-03 of the varied pages' seed 21): the word is in CJK type, in the column's size,
    /// starting at its edge, and is cut from the headline.
    @Test func aColumnsFirstWordOfFullWidthLettersIsCutFromAHeadlineBesideIt() {
        #expect(PDFLayout.Word(text: "（ＪｉｍＢａｉｌｅｙ", xMin: 0, yMin: 0, xMax: 1, yMax: 1).isCJK)
        #expect(!PDFLayout.Word(text: "（Jim Bailey", xMin: 0, yMin: 0, xMax: 1, yMax: 1).isCJK)
        var lines = [PDFLayout.Line(words: [Self.word("加快石油资源勘探开发", 0, 100, size: 18), Self.word("（ＪｉｍＢａｉｌｅｙ", 184, 108)])]
        for row in 0..<4 {
            lines.append(PDFLayout.Line(words: [Self.word("右栏第\(row)行的文字", 190, 122 + Double(row) * 14)]))
            lines.append(PDFLayout.Line(words: [Self.word("左栏第\(row)行的文字", 0, 125 + Double(row) * 14)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read.contains("加快石油资源勘探开发"), "\(read)")
        #expect(read.contains("（ＪｉｍＢａｉｌｅｙ"), "\(read)")
    }

    /// Headlines printed together in a band over the stories (band-02 in the page benchmark):
    /// the band is read before the story under it, whose columns stay together.
    @Test func aBandOfHeadlinesIsReadBeforeTheStoriesUnderIt() {
        var lines = [
            PDFLayout.Line(words: [Self.word("第一条标题", 0, 40, size: 16)]), PDFLayout.Line(words: [Self.word("第二条标题", 170, 40, size: 16)]),
            PDFLayout.Line(words: [Self.word("第三条标题", 0, 70, size: 16)]), PDFLayout.Line(words: [Self.word("第四条标题", 170, 80, size: 16)]),
        ]
        for row in 0..<3 {
            let y = 120 + Double(row) * 14
            lines.append(PDFLayout.Line(words: [Self.word("左栏文字文字\(row)", 0, y), Self.word("右栏文字文字\(row)", 170, y)]))
        }
        let read = PDFLayout.typeset(PDFLayout.Page(lines: lines)).text.split(separator: "\n").filter { !$0.isEmpty }.map(String.init)
        #expect(read.suffix(6) == ["左栏文字文字0", "左栏文字文字1", "左栏文字文字2", "右栏文字文字0", "右栏文字文字1", "右栏文字文字2"])
        #expect(Set(read.prefix(4)) == ["第一条标题", "第二条标题", "第三条标题", "第四条标题"])
    }

    /// Three columns of one width, the right two holding the end of one story over the start of
    /// the next (band-03 in the page benchmark): the gutter beside those two is cut first, so
    /// the break across them parts the stories; cut at the other gutter first (half a point
    /// wider), each column would be read top to bottom through both.
    @Test func columnsSharingAStoryBreakAreReadAboveItFirst() {
        var lines: [PDFLayout.Line] = []
        func column(_ x: Double, _ texts: [String], from y: Double) {
            for (i, text) in texts.enumerated() { lines.append(PDFLayout.Line(words: [Self.word(text, x, y + Double(i) * 13)])) }
        }
        column(0, (0..<8).map { "左栏文字第\($0)行" }, from: 100)
        column(150, ["甲文开头第一句", "甲文中间第二句"], from: 100)
        column(300.5, ["甲文中间第三句", "甲文结尾第四句"], from: 100)
        column(150, ["乙文开头第一句", "乙文中间第二句"], from: 152)
        column(300.5, ["乙文中间第三句", "乙文结尾第四句"], from: 152)
        let cutter = XYCut.Cutter(em: 10, lines: lines)
        let read = cutter.regions(lines).flatMap { $0.lines.map(\.text) }
        #expect(Array(read.dropFirst(8)) == ["甲文开头第一句", "甲文中间第二句", "甲文中间第三句", "甲文结尾第四句", "乙文开头第一句", "乙文中间第二句", "乙文中间第三句", "乙文结尾第四句"])
    }

    /// Where the text of every column stops after a finished sentence and starts again below a
    /// gap (stories in rows, their headlines printed elsewhere), the next row is another story.
    @Test func aRowOfColumnsAfterAFinishedStoryIsAnotherStory() {
        var lines: [PDFLayout.Line] = []
        let rows = [["水利工程今年开工建设，项", "目总投资十二亿元，由省里", "建设，明年汛期前完工。"],
                    ["城东新桥今天上午通车，全", "长八百米，双向六车道，由", "市政公司承建。"]]
        for (r, texts) in rows.enumerated() {
            for (i, text) in texts.enumerated() {
                lines.append(PDFLayout.Line(words: [Self.word(text, Double(i / 2) * 170, 100 + Double(r) * 80 + Double(i % 2) * 14)]))
            }
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        #expect(typeset.styles.compactMap { $0?.opensRow }.filter { $0 }.count == 1)
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.articles.map(\.body) == ["水利工程今年开工建设，项目总投资十二亿元，由省里建设，明年汛期前完工。", "城东新桥今天上午通车，全长八百米，双向六车道，由市政公司承建。"])
    }

    /// Two wire reports run on under one headline (stacked-01 in the page benchmark) are one
    /// story with that headline.
    @Test func aSecondWireReportUnderOneHeadlineContinuesTheStory() {
        let texts = ["新华社德黑兰1月16日电（记者荣松）", "伊朗今天向联合国递交照会。", "据新华社华盛顿1月15日电（记者符泉生）", "欧盟代表批评孤立伊朗的政策。"]
        var lines = [PDFLayout.Line(words: [Self.word("孤立伊朗并非上策", 0, 60, size: 16)])]
        lines += texts.enumerated().map { row, text in PDFLayout.Line(words: [Self.word(text, 0, 90 + Double(row) * 14)]) }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.articles.map(\.title) == ["孤立伊朗并非上策"])
        #expect(page.articles.first?.body.hasSuffix("欧盟代表批评孤立伊朗的政策。") == true)
    }

    /// pdftohtml's runs give each word its typeface: a title set at body size in the headline
    /// face heads a brief, and a headline-shaped line in the body face stays text.
    @Test func typefacesTellTitlesFromTextAtBodySize() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pdf2xml><page number="1" width="300" height="600">
        <fontspec id="0" size="15" family="ABCDEF+UMingCN" color="#000000"/>
        <fontspec id="1" size="15" family="GHIJKL+WenQuanYiZenHei" color="#000000"/>
        <text top="150" left="0" width="180" height="15" font="0">上一条消息的正文到这里结束。</text>
        <text top="171" left="0" width="180" height="15" font="0">城东新桥的最新消息</text>
        <text top="192" left="0" width="180" height="15" font="1">城东新桥今日通车</text>
        <text top="213" left="0" width="180" height="15" font="0">城东新桥今天上午正式通车。</text>
        </page></pdf2xml>
        """
        let faces = try #require(PDFFaces.parse(Data(xml.utf8)))
        #expect(faces.pages.first?.runs.map(\.face) == ["UMingCN", "UMingCN", "WenQuanYiZenHei", "UMingCN"])
        let texts = ["上一条消息的正文到这里结束。", "城东新桥的最新消息", "城东新桥今日通车", "城东新桥今天上午正式通车。"]
        var layout = PDFLayout(pages: [PDFLayout.Page(lines: texts.enumerated().map { row, text in
            PDFLayout.Line(words: [Self.word(text, 0, 100 + Double(row) * 14)])
        }, width: 200)])
        layout.assignFaces(faces)
        let typeset = PDFLayout.typeset(layout.pages[0])
        #expect(typeset.styles.compactMap { $0?.distinctFace } == [false, false, true, false])
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.articles.map(\.title) == [nil, "城东新桥今日通车"])
        #expect(page.articles.first?.body == "上一条消息的正文到这里结束。城东新桥的最新消息")
    }

    /// A short title at body size in the face of the page's display headlines heads a brief
    /// (`李国安` in briefs-01 of the benchmark's fourth seed), where a name in a third face under
    /// a finished sentence signs the story above it.
    @Test func aShortTitleInTheHeadlinesFaceIsNoSignature() throws {
        let (song, hei, kai) = ("UMingCN", "WenQuanYiZenHei", "UKaiCN")
        var headline = Self.line(0, [("英冻结贝·布托存款", hei)])
        headline.words = headline.words.map { word in
            var display = Self.word(word.text, word.xMin, word.yMin - 20, size: 16)
            display.face = hei
            return display
        }
        let rows: [(String, String)] = [("英国伦敦一地方法院已经禁止动用存款。", song),
                                        ("李国安", hei), ("李国安（右）和战士研究地质情况。", song),
                                        ("参加十五大后，他自费买了宣传材料。", song), ("钟行", kai)]
        let lines = [headline] + rows.enumerated().map { row, part in Self.line(row, [part]) }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines, width: 300))
        #expect(typeset.styles.compactMap { $0?.headlineFace } == [true, false, true, false, false, false])
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "英冻结贝·布托存款" && page.articles[0].byline == nil)
        #expect(page.articles[0].body == "英国伦敦一地方法院已经禁止动用存款。")
        #expect(page.articles[1].title == "李国安" && page.articles[1].byline == "钟行")
        #expect(page.articles[1].body == "李国安（右）和战士研究地质情况。参加十五大后，他自费买了宣传材料。")
    }

    /// Digits after a caption's run-in title are set in the body's Latin face, not the
    /// title's (photo-10 in the page benchmark): they open the text; digits inside a title stay.
    /// A body line opening with a year (commentary-20) opens in the Latin face: no title.
    @Test(arguments: [([("冬泳迎新年", "Sans"), ("1998", "Latin"), ("年元旦，各地开展活动。", "Serif")], "冬泳迎新年"),
                      ([("湖南涌现", "Sans"), ("35", "Latin"), ("万养猪大户", "Sans"), ("1997年，全省", "Serif")], "湖南涌现35万养猪大户"),
                      ([("1956", "Latin"), ("年，社会主义三大改造时，许老把", "Serif")], nil),
                      // A product's name mixing scripts at a column's top (photo-19 of the varied
                      // seed 7), one word in the face its Latin middle falls in: no title.
                      ([("保全福”PGF995U", "Latin"), ("型微电脑", "Serif")], nil)])
    func digitsAfterARunInTitleOpenTheText(words: [(String, String)], title: String?) {
        #expect(Self.line(0, words, gap: 2).runInTitle(bodyFace: "Serif") == title)
    }

    /// A lead set in a face of its own and wrapped (stacked-09 in the page benchmark): its
    /// second part, before the body's face starts, goes with the first.
    @Test func aWrappedLeadInItsOwnFaceIsOneLead() throws {
        let lines = [
            Self.line(0, [("本报北京１月１４日讯", "Kai")]),
            Self.line(1, [("新华社记者李斌、本报记者贾西平报道：", "Kai"), ("中共中央", "Serif")]),
            Self.line(2, [("政治局委员、国务院副总理姜春云昨天", "Serif")]),
            Self.line(3, [("在论坛上强调，推进农业科技革命。", "Serif")]),
        ]
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.articles[0].lead == "本报北京1月14日讯新华社记者李斌、本报记者贾西平报道：")
        #expect(page.articles[0].body.hasPrefix("中共中央政治局委员"))
    }

    /// A brief's title run in at the start of its first line in a face of its own (briefs-03 in
    /// the page benchmark), digits and all, heads the brief; its dateline lead stays the lead.
    /// So does one opening in the Latin face (`’99世界邮展筹备正酣`, briefs-02 of the second seed).
    @Test(arguments: [[("江苏供销社分流职工１３万", "Sans")], [("’９９", "Latin"), ("江苏供销社分流职工", "Sans")]])
    func aTitleRunInByItsFaceHeadsABrief(title: [(String, String)]) throws {
        let lines = [
            Self.line(0, [("上一条消息的正文到这里结束了。", "Serif")], gap: 10),
            Self.line(1, title + [("本报讯", "Serif")], gap: 10),
            Self.line(2, [("记者赵志文报道：几年来，江苏省供销", "Serif")], gap: 10),
            Self.line(3, [("社不断加大对商业服务设施建设的投", "Serif")], gap: 10),
            Self.line(4, [("入，安置社会就业人员十三万人。", "Serif")], gap: 10),
        ]
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        try #require(page.articles.count == 2)
        #expect(page.articles[1].title == Normalizer.foldWidth(title.map(\.0).joined()))
        #expect(page.articles[1].lead == "本报讯记者赵志文报道：")
        #expect(page.articles[1].body.hasPrefix("几年来，江苏省供销社不断"))
    }

    /// A byline on a line of its own in a face of its own is the whole lead, names run together
    /// (photo-05 in the page benchmark); in the body's face, on a line as wide as the text under
    /// it, the names must look like names.
    @Test func aBylineInAFaceOfItsOwnIsTheWholeLead() {
        let body = PageLine(number: 2, text: "清晨，一场纷纷扬扬的大雪。", role: .text, distinctFace: false)
        let (lead, rest) = PageReader.Piece.splitLead([PageLine(number: 1, text: "本报记者余继军何伟", role: .dateline, distinctFace: true), body])
        #expect(lead == "本报记者余继军何伟")
        #expect(rest.map(\.text) == ["清晨，一场纷纷扬扬的大雪。"])
        let asWide = PageLine(number: 2, text: "清晨，一场纷纷扬扬的", role: .text, distinctFace: false)
        let (plain, _) = PageReader.Piece.splitLead([PageLine(number: 1, text: "本报记者余继军何伟", role: .dateline, distinctFace: false), asWide])
        #expect(plain == "本报记者")
    }

    /// Two desks' reporters run together in the body's face, another paper's first
    /// (`《中国电力报》记者张大和本报记者江玉`, feature-05 of the feature pages' seed 15), are the
    /// whole lead, on one line or with the last name wrapped (`…本报记者江` / `玉`, feature-08),
    /// and the byline names them both; so in a record's first paragraph.
    @Test func reportersOfTwoDesksAreTheWholeLead() {
        let body = PageLine(number: 3, text: "去年12月9日上午，在安徽肥西县丰乐镇电力管理站，记者看到这样一组数字。",
                            role: .text, distinctFace: false, span: 0...18)
        let (lead, rest) = PageReader.Piece.splitLead([PageLine(number: 1, text: "《中国电力报》记者张大和本报记者江玉", role: .dateline, distinctFace: false), body])
        #expect(lead == "《中国电力报》记者张大和本报记者江玉")
        #expect(rest.map(\.text) == [body.text])
        #expect(PageLine.reporters(in: lead) == "记者 张大和 江玉")
        let (wrapped, after) = PageReader.Piece.splitLead([PageLine(number: 1, text: "《中国电力报》记者张大和本报记者江", role: .dateline, distinctFace: false, span: 0...18),
                                                           PageLine(number: 2, text: "玉", role: .text, distinctFace: false, span: 0...1), body])
        #expect(wrapped == "《中国电力报》记者张大和本报记者江玉")
        #expect(after.map(\.text) == [body.text])
        // Where the name the line ends with could be whole (`赵忠` / `生`, feature-05 of the default seed).
        let (whole, _) = PageReader.Piece.splitLead([PageLine(number: 1, text: "新华社通讯员史照栋新华社记者赵忠", role: .dateline, distinctFace: false, span: 0...18),
                                                     PageLine(number: 2, text: "生", role: .text, distinctFace: false, span: 0...1), body])
        #expect(whole == "新华社通讯员史照栋新华社记者赵忠生")
        let record = PageReader.Piece.splitLead(paragraphs: ["《中国电力报》记者张大和本报记者江玉", body.text])
        #expect(record.lead == "《中国电力报》记者张大和本报记者江玉" && record.paragraphs == [body.text])
    }

    /// The same byline broken where the second desk starts (`《中国电力报》记者张大和` /
    /// `本报记者江玉`, framed-17 of the varied pages' seed 17): one lead, one story.
    @Test func aBylineBrokenAtItsSecondDeskIsOneLead() throws {
        let read = Self.readStyled([("安徽农村电价降下来了", Self.placed(Self.display, 0...20, 0)), ("", nil),
                                    ("《中国电力报》记者张大和", Self.placed(Self.bodyType, 0...12, 3)),
                                    ("本报记者江玉", Self.placed(Self.bodyType, 0...6, 4)),
                                    ("去年12月9日上午，在安徽肥西县丰乐镇电力", Self.placed(Self.bodyType, 0...18, 5)),
                                    ("管理站，记者看到这样一组数字。", Self.placed(Self.bodyType, 0...15, 6))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "安徽农村电价降下来了")
        #expect(read.articles[0].lead == "《中国电力报》记者张大和本报记者江玉")
        #expect(read.articles[0].body.hasPrefix("去年12月9日"))
    }

    /// A byline in the body's face set flush right over the text (`新华社记者王永治牛爱民`,
    /// feature-06 of the feature pages' seed 13) is the whole lead, names run together; so is one
    /// flush left on a line clearly narrower than the text under it (`本报记者王锦鹄毛磊` in its
    /// story's kaiti, feature-05 of the varied pages' seed 51). Flush left and as wide as the
    /// text, in the body's face, its names must stand apart to be taken.
    @Test func aBylineSetFlushRightOrNarrowerIsTheWholeLead() {
        let body = PageLine(number: 2, text: "来自深圳的邱洪标今天早晨6时30分就赶到了毛", role: .text, distinctFace: false, span: 0...22)
        let (right, rest) = PageReader.Piece.splitLead([PageLine(number: 1, text: "新华社记者王永治牛爱民", role: .dateline, distinctFace: false, span: 11...22), body])
        #expect(right == "新华社记者王永治牛爱民")
        #expect(rest.map(\.text) == [body.text])
        let (left, after) = PageReader.Piece.splitLead([PageLine(number: 1, text: "本报记者王锦鹄毛磊", role: .dateline, distinctFace: false, span: 0...9), body])
        #expect(left == "本报记者王锦鹄毛磊")
        #expect(after.map(\.text) == [body.text])
        let asWide = PageLine(number: 2, text: "来自深圳的邱洪标今天早", role: .text, distinctFace: false, span: 0...11)
        let (wide, _) = PageReader.Piece.splitLead([PageLine(number: 1, text: "新华社记者王永治牛爱民", role: .dateline, distinctFace: false, span: 0...11), asWide])
        #expect(wide == "新华社记者")
    }

    @Test func justificationSpacesAreTakenOutAndPhraseGapsKept() {
        #expect(PageLine.tidy("新 华 社 东 京1月29日 电") == "新华社东京1月29日电")
        #expect(PageLine.tidy("18.5 亿 元 ， 比 1992 年 增 长") == "18.5亿元，比1992年增长")
        #expect(PageLine.tidy("1 月 24 日") == "1月24日")
        // Full-width digits are spaced out as Han characters are.
        #expect(PageLine.tidy("量 ６ ８ ０ ０ 万 吨 ， 比 １ ９ ９ ２ 年 增 长 一 倍 多 。") == "量6800万吨，比1992年增长一倍多。")
        #expect(PageLine.tidy("出 席 A P E C 会 议 的 New York 代 表") == "出席APEC会议的New York代表")
        // Not a letter-spaced line: a brief's title, a phrase gap, a lead with its digits set apart.
        #expect(PageLine.tidy("中国乒乓球擂台赛产生四强 据新华社北京 1 月 19 日") == "中国乒乓球擂台赛产生四强 据新华社北京1月19日")
        #expect(PageLine.tidy("项目建设 稳步推进") == "项目建设 稳步推进")
        #expect(PageLine.tidy("邵秀清 徐凌峰 / 摄") == "邵秀清 徐凌峰/摄")
    }

    @Test(arguments: [
        ("本报天津1月24日电记者肖荻、傲腾\n报道：天津市今年前11个月\n工业总产值增长。\n", "本报天津1月24日电记者肖荻、傲腾报道：", "记者肖荻、傲腾", "天津市今年前11个月工业总产值增长。"),
        ("新华社北京1月5日电\n（记者 张三）国务院今天\n发布通知。\n", "新华社北京1月5日电（记者 张三）", "记者 张三", "国务院今天发布通知。"),
        ("本报记者 刘杰\n元旦的前两天，合肥市民\n一觉醒来。\n", "本报记者 刘杰", "记者 刘杰", "元旦的前两天，合肥市民一觉醒来。"),
        ("本报南京1月16日讯新华社\n记者尹鸿祝、本报记者毕全忠\n报道：中共中央政治局常委\n今天讲话。\n",
         "本报南京1月16日讯新华社记者尹鸿祝、本报记者毕全忠报道：", "记者尹鸿祝、本报记者毕全忠", "中共中央政治局常委今天讲话。"),
        ("本报驻俄罗斯记者刘刚\n俄罗斯货币改革已数日了。\n", "本报驻俄罗斯记者刘刚", "记者 刘刚", "俄罗斯货币改革已数日了。"),
        ("本报特派记者 王兴东\n会议今天开幕。\n", "本报特派记者 王兴东", "记者 王兴东", "会议今天开幕。"),
        ("新华社记者 李争艳\n会议今天开幕。\n", "新华社记者 李争艳", "记者 李争艳", "会议今天开幕。"),
        // A dateline broken twice in a narrow column (mixed-01).
        ("据\n新华社斯德哥尔摩1月9日\n电（记者许福瑞）哥本哈根\n消息：雕像头部已回到警方。\n",
         "据新华社斯德哥尔摩1月9日电（记者许福瑞）", "记者许福瑞", "哥本哈根消息：雕像头部已回到警方。"),
        // The reporters' bracket on the next line, broken inside a name (mixed-10).
        ("据新华社张北1月17日电\n（记者景如月、张洪河、王\n金涛）记者在河北省张北县抗\n震救灾指挥部了解到情况。\n",
         "据新华社张北1月17日电（记者景如月、张洪河、王金涛）", "记者景如月、张洪河、王金涛", "记者在河北省张北县抗震救灾指挥部了解到情况。"),
    ])
    func leadsOfEveryFormAreKeptOutOfTheBody(page: String, lead: String, byline: String, body: String) throws {
        let read = PageReader().read(page, id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].lead == lead)
        #expect(read.articles[0].byline == byline)
        #expect(read.articles[0].body == body)
    }

    /// Two headlines of a band in one size, a blank line between (band-20 of the varied pages'
    /// seed 13): `长成` across the break cuts through `议长` and `成像`, commoner both, so no word
    /// runs on and each heads its story; `监督机制` across `…健全监督` / `机制…` cuts through none.
    @Test func aWordAcrossTheBreakCuttingCommonerWordsJoinsNoHeadlines() throws {
        let title = LineStyle(size: 1.5, distinctFace: true)
        let read = Self.readStyled([("新华社北京1月5日电（记者杨国强）全国人大常委会委员长乔石今天会见了伊拉克国民议会议长萨利赫。", Self.bodyType), ("", nil),
                                    ("英国研究人员最近研制出一种立体成像机，利用它可得到物体的立体图像，通过计算机进行观看和存储。", Self.bodyType), ("", nil),
                                    ("乔石会见伊拉克议长", title), ("", nil), ("成像机合成立体图像", title)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles.map(\.title) == ["乔石会见伊拉克议长", "成像机合成立体图像"])
        #expect(!PageLine.wordRunsAcross("乔石会见伊拉克议长", into: "成像机合成立体图像"))
        #expect(PageLine.wordRunsAcross("行政职能商品化怪健全监督", into: "机制刻不容缓"))
    }

    /// A report closed by its reporters in brackets, then an untitled item on its subject
    /// (commentary-04 of the varied pages' seed 21: a hospital's field ward, then a mother-to-be
    /// the field team took in): the item is the report's own, not a story without a headline.
    /// An untitled item on another subject stays apart.
    @Test(arguments: [("张北县大河乡村民李海武的妻子因地震惊吓腹疼难忍，", "灾区医疗队迅速将其接到紧急救护所待产。", true),
                      ("北京市今年将新建一批社区图书室，", "方便居民就近借阅图书报刊。", false)])
    func anUntitledItemUnderAReportItsReportersClosedIsTheReportsOnItsSubject(first: String, second: String, joins: Bool) throws {
        let read = Self.readStyled([("北京军区医院在灾区建起临时病房", Self.display), ("", nil),
                                    ("本报讯 张家口地震发生后，北京军区医院医疗队立即赶到灾区救治伤员，", Self.bodyType),
                                    ("在灾区建起临时病房，为病人提供了比较好的救治条件。（陆君喜张冠军）", Self.bodyType),
                                    (first, Self.bodyType), (second, Self.bodyType)])
        try #require(read.articles.count == (joins ? 1 : 2), "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "北京军区医院在灾区建起临时病房")
        #expect(read.articles.last!.body.hasSuffix(second))
    }

    /// A story's first paragraph over a picture inside its column, the caption and its credit
    /// under the picture, then the story's text going on (tabloid-01 of the page benchmark):
    /// the text under the caption is the story's, not a story without a headline, also where
    /// another picture's caption was read right before it (tabloid-11 of the varied pages' seed
    /// 21). Text on another subject under a caption stays apart.
    @Test(arguments: [("大棚建成后，河谷村的村民们每天都到大棚里查看蔬菜长势，", true, 1),
                      ("大棚建成后，河谷村的村民们每天都到大棚里查看蔬菜长势，", true, 2),
                      ("全省今年将新建乡村公路一千二百公里，交通部门已经开工。", false, 1)])
    func textUnderACaptionInAStorysColumnGoesOnWithTheStory(first: String, joins: Bool, captions: Int) throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let other: [(String, LineStyle?)] = captions > 1 ? [("滑雪场上游客如织。", caption), ("李四/摄", caption), ("", nil)] : []
        let read = Self.readStyled([("河谷村大棚全部覆膜", Self.display), ("", nil),
                                    ("河谷村的十二座新式大棚今天全部完成覆膜，", Self.bodyType),
                                    ("村民们说，今年大棚里的蔬菜长势很好。", Self.bodyType), ("", nil)] + other
                                   + [("村民在大棚里查看蔬菜长势。", caption), ("张三/摄", caption), ("", nil),
                                      (first, Self.bodyType), ("大家盼着五月能迎来第一批收获。", Self.bodyType)])
        try #require(read.articles.count == (joins ? 1 : 2) + captions, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "河谷村大棚全部覆膜")
        #expect(read.articles[0].body.hasSuffix("第一批收获。") == joins)
        #expect(read.articles.contains { $0.kind == .photo && $0.byline == "张三/摄" })
    }

    /// A story's first two lines in the first column, a picture filling the second with its
    /// caption at the bottom, the story going on at the top of the third (tabloid-06 and
    /// tabloid-10 of seed 5), under the caption in the second (tabloid-11 of the varied pages'
    /// seed 27), or under the caption in the story's own column; or the picture under the
    /// story's lines in its own column, the story going on at the top of the second (tabloid-08
    /// of the varied pages' seed 28): the text goes on the story though it shares few words with
    /// its first lines. Text starting lower in the next column, or in the first column under a
    /// caption set across two, stays apart.
    @Test(arguments: [(3.0, 30.0...44.0, 15.0...29.0, true), (9.0, 30.0...44.0, 15.0...29.0, false),
                      (9.0, 15.0...29.0, 15.0...29.0, true),
                      (3.0, 15.0...29.0, 0.5...13.0, true), (9.0, 15.0...29.0, 0.5...13.0, false),
                      (9.0, 0.0...14.0, 0.5...13.0, true), (9.0, 0.0...14.0, 0.0...29.0, false)])
    func textGoingOnAcrossAPictureGoesOnWithTheStory(top: Double, column: ClosedRange<Double>, caption: ClosedRange<Double>,
                                                     joins: Bool) throws {
        let captionType = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("双拥之花开千里", Self.placed(Self.display, 0...29, 0)), ("", nil),
                                    ("部队驻一地，双拥之花开一片；部队走千", Self.placed(Self.bodyType, 0...14, 3)),
                                    ("里，双拥之花开一线。", Self.placed(Self.bodyType, 0...8, 4)), ("", nil),
                                    ("村民在公用电话亭打电话。", Self.placed(captionType, caption, 7)),
                                    ("刘玉生/摄", Self.placed(captionType, caption.upperBound - 4...caption.upperBound, 8)), ("", nil),
                                    ("军民共建文明旅游点、文明商贸点等项活动，", Self.placed(Self.bodyType, column, top)),
                                    ("形成了河西地区的闪闪明星。", Self.placed(Self.bodyType, column.lowerBound...column.lowerBound + 10, top + 1))])
        try #require(read.articles.count == (joins ? 2 : 3), "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "双拥之花开千里")
        #expect(read.articles[0].body.hasSuffix("闪闪明星。") == joins)
        #expect(read.articles.contains { $0.kind == .photo && $0.byline == "刘玉生/摄" })
    }

    /// A story's byline and one short paragraph over a picture in its column, the caption under
    /// the picture and the text going on under the caption (tabloid-17 of the varied pages' seed
    /// 29): none of the story's lines fills the column, yet the text goes on the story.
    @Test func textUnderAPictureGoesOnAStoryWhoseLinesAllStopShort() throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("使馆来了小客人", Self.placed(Self.display, 0...14, 0)), ("", nil),
                                    ("本报驻阿联酋记者林皎明", Self.placed(Self.bodyType, 0...11, 3)),
                                    ("元旦前夜，中国驻阿联酋使馆内一片欢声笑语。", Self.placed(Self.bodyType, 0...21, 4)), ("", nil),
                                    ("北大方正进入日本市场，效果很好。", Self.placed(caption, 0...29, 20)),
                                    ("任继东摄", Self.placed(caption, 25...29, 21)), ("", nil),
                                    ("忽然，门外走进一位小客人。他一米多高，浓眉大眼，一脸清", Self.placed(Self.bodyType, 0...29, 23)),
                                    ("秀，言谈举止却俨然像个大人。", Self.placed(Self.bodyType, 0...14, 24))])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "使馆来了小客人" && read.articles[0].body.hasSuffix("像个大人。"))
    }

    /// A roundup's second wire report, its own dateline and no headline, read after the caption
    /// of a picture set in the roundup's columns (tabloid-09 and -11 of seed 11): it goes on the
    /// first report, whose headline names what it reports, as it would with no picture between.
    @Test func aSecondReportAfterAPicturesCaptionGoesOnTheRoundup() throws {
        let caption = LineStyle(size: 0.82, distinctFace: false)
        let read = Self.readStyled([("共渡难关韩国报纸减版面自愿救国泰国百姓卖美元", Self.display), ("", nil),
                                    ("本报汉城1月8日电记者王林昌报道：自今日起，韩国两大报纸决定减少", Self.bodyType),
                                    ("报纸版面，与国民共同克服经济困难和外汇危机。", Self.bodyType), ("", nil),
                                    ("元旦期间，桂林市上万名青年志愿者开展义务咨询活动。", caption),
                                    ("新华社记者陈瑞华摄", caption), ("", nil),
                                    ("本报曼谷1月8日电记者成元生报道：“以美元换泰币，自愿救国行动”今天", Self.bodyType),
                                    ("正式展开，广大民众纷纷将自己积存的美元兑换成泰币。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "共渡难关韩国报纸减版面自愿救国泰国百姓卖美元")
        #expect(read.articles[0].body.hasSuffix("兑换成泰币。"))
        #expect(read.articles[1].kind == .photo)
    }

    /// A review's list of works, then the next story's kicker in a face of its own alone between
    /// blank lines over its headline (tabloid-19 of seed 5, tabloid-07 of the varied pages' seed
    /// 30): the list ends the review, and the kicker heads the story under it.
    @Test func aKickerAfterAListOfWorksHeadsTheNextStory() throws {
        let kicker = LineStyle(size: 0.95, distinctFace: true, headlineFace: false)
        let read = Self.readStyled([("黄河腹地的回声", Self.display), ("", nil),
                                    ("山西画院作品展在中国美术馆举行，参展的一百六十多幅作品出自十七位画家之手。", Self.bodyType),
                                    ("淳厚质朴的艺术底色，是这次画展留给人们的最深刻的印象。（闻力）", Self.bodyType),
                                    ("矿工（石膏）（孙宝田）", Self.bodyType), ("走出黄土地（套色木刻）（曹美）", Self.bodyType), ("", nil),
                                    ("国家科技领导小组召开会议", kicker), ("", nil),
                                    ("李鹏主持审议加速科技进步汇报提纲", Self.display), ("", nil),
                                    ("新华社北京1月8日电国务院总理李鹏昨天下午主持召开了国家科技领导小组第四次会议。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasSuffix("（曹美）"))
        #expect(read.articles[1].kicker == "国家科技领导小组召开会议")
    }

    /// A story's first column read, a second story in the next column closed by its reporters,
    /// then a picture's caption in that column under it and text under the caption: the picture
    /// does not top the column, so the text is no part of the first story.
    @Test func textUnderAPictureBelowAnotherStoryInTheNextColumnStaysApart() throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("双拥之花开千里", Self.placed(Self.display, 0...14, 0)), ("", nil),
                                    ("部队驻一地，双拥之花开一片；部队走千", Self.placed(Self.bodyType, 0...14, 3)),
                                    ("里，双拥之花开一线。", Self.placed(Self.bodyType, 0...8, 4)), ("", nil),
                                    ("医药行业工作会议召开", Self.placed(Self.display, 15...29, 0)), ("", nil),
                                    ("全国医药管理局长会议今日在京召开，希望", Self.placed(Self.bodyType, 15...29, 3)),
                                    ("医药行业依法治药。（李明）", Self.placed(Self.bodyType, 15...28, 4)), ("", nil),
                                    ("村民在公用电话亭打电话。", Self.placed(caption, 15...29, 7)),
                                    ("刘玉生/摄", Self.placed(caption, 25...29, 8)), ("", nil),
                                    ("军民共建文明旅游点、文明商贸点等项活动，", Self.placed(Self.bodyType, 15...29, 9)),
                                    ("形成了河西地区的闪闪明星。", Self.placed(Self.bodyType, 15...25, 10))])
        #expect(!read.articles[0].body.contains("闪闪明星"), "\(read.articles.map(\.body))")
    }

    /// A bare credit set in caption type (`周振全摄`) over body text whose first word jieba
    /// would join to its `摄` (`摄去`, of `去年…`; tabloid-18 of the varied pages' seed 27)
    /// closes the caption: words run on only between lines of one size.
    @Test func aBareCreditInCaptionTypeClosesTheCaptionWhateverWordFollows() throws {
        let caption = LineStyle(size: 0.82, distinctFace: false)
        let read = Self.readStyled([("江苏省南京火车站派出所日前在售票厅设立警示牌，以引起广大旅客的警惕。", caption),
                                    ("周振全摄", caption), ("", nil),
                                    ("去年7月，本西德率领代表团到中国访问了两个星期。", Self.bodyType)])
        #expect(read.articles.first?.kind == .photo, "\(read.articles.map(\.kind))")
        #expect(read.articles.first?.byline == "周振全摄")
    }

    /// A short line in the body's own face under a finished sentence that names no one
    /// (`合格`, heading a list in a report, tabloid-17 of the varied pages' seed 27) is the
    /// story's text, neither a signature closing it nor a headline; a name there still signs it.
    @Test(arguments: [("合格", nil), ("王长山", "王长山")])
    func aShortLineInTheBodysFaceNamingNoOneIsText(line: String, byline: String?) throws {
        let read = Self.readStyled([("慎选汽车防盗报警器", Self.display), ("", nil),
                                    ("国家技术监督局组织了国家监督抽查。", Self.bodyType),
                                    ("共抽查了十九家企业的十九种产品，合格十五种。", Self.bodyType),
                                    (line, Self.bodyType), ("", nil),
                                    ("北京加安电子科技有限公司汽车防盗报警器；", Self.bodyType),
                                    ("北京华苑仪器厂无线遥控汽车防盗报警器。", Self.bodyType)])
        #expect(read.articles[0].byline == byline, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.contains(line) == (byline == nil))
    }

    /// A crosshead (小标题) in another face at body size, centred in its column between two
    /// passages of a story under a display headline (`菜篮子工程的提出`, feature-01 of the default
    /// seed), is the story's text, though the passages share few words.
    @Test func aCentredCrossheadStaysInTheStory() throws {
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("从短缺走向平衡", Self.placed(Self.display, 0...14, 0)), ("", nil),
                                    ("奇迹来自政府重视，要求市长负责抓菜篮", Self.placed(Self.bodyType, 0...18, 3)),
                                    ("子，一抓就是十年。", Self.placed(Self.bodyType, 0...9, 4)), ("", nil),
                                    ("菜篮子工程的提出", Self.placed(crosshead, 5...13, 5)), ("", nil),
                                    ("今天的家庭主妇们，恐怕仍然忘不了八十", Self.placed(Self.bodyType, 0...18, 6)),
                                    ("年代中期副食品价格高涨的那些日子。", Self.placed(Self.bodyType, 0...17, 7))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.contains("菜篮子工程的提出"))
        #expect(read.articles[0].body.hasSuffix("那些日子。"))
        // `--explain` says why it stayed.
        #expect(read.readings.first { $0.text == "菜篮子工程的提出" }?.reason.hasPrefix("a crosshead") == true)
    }

    /// Three crossheads, each a paragraph of its own (a profile's labels, `荣誉模范团长` /
    /// `工作单位北京军区给水工程团` / `目前状况带领全团指战员在第一线打井`, feature-12 of the feature
    /// pages' varied seed 32; the last wrapped, its first line filling the column, in feature-07
    /// of that seed), stay in the story; three such lines run together are a headline's.
    @Test(arguments: [(true, false), (true, true), (false, false)])
    func threeCentredCrossheadsEachAParagraphStayInTheStory(paragraphs: Bool, wrapped: Bool) throws {
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let gap: [(String, LineStyle?)] = paragraphs ? [("", nil)] : []
        let last: [(String, LineStyle?)] = wrapped
            ? [("目前状况带领全团指战员在第一线打", Self.placed(crosshead, 0.05...17.95, 6)), ("井", Self.placed(crosshead, 8.5...9.5, 7))]
            : [("目前状况带领全团指战员在第一线打井", Self.placed(crosshead, 0.5...17.5, 6))]
        let read = Self.readStyled([("李国安", Self.placed(Self.display, 0...6, 0)), ("", nil),
                                    ("李国安（右）和战士研究地质情况。", Self.placed(Self.bodyType, 0...16, 3)), ("", nil),
                                    ("荣誉模范团长", Self.placed(crosshead, 6...12, 4))] + gap
                                   + [("工作单位北京军区给水工程团", Self.placed(crosshead, 2.5...15.5, 5))] + gap + last
                                   + [("", nil), ("附记：“李团长更忙了。”来到位于呼和浩特北郊大青山", Self.placed(Self.bodyType, 0...18, 8)),
                                      ("南麓的北京军区给水团团部，干部、战士无不这样说。", Self.placed(Self.bodyType, 0...18, 9))])
        #expect(read.articles.count == (paragraphs ? 1 : 2), "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.contains("荣誉模范团长") == paragraphs)
    }

    /// The writer's name opening the first column under a standfirst set larger across the
    /// columns (`南宫品` under `赝品横行，…一道“坎”。`, feature-04 of the feature pages' varied
    /// seed 8) signs nothing: the story goes on under it.
    @Test func aNameOpeningTheColumnsUnderAStandfirstIsTheStorys() throws {
        let standfirst = LineStyle(size: 1.2, distinctFace: true)
        let read = Self.readStyled([("痛说赝品", Self.placed(Self.display, 17...27, 0)), ("", nil),
                                    ("赝品横行，是1997年艺术品拍卖中最为刺眼的一道“风景线”，也是今后艺术品拍卖业必须艰难跨越的一道“坎”。",
                                     Self.placed(standfirst, 0...62, 3)), ("", nil),
                                    ("南宫品", Self.placed(Self.bodyType, 0...3, 5)),
                                    ("在已经过去的一年中，几年前曾经使个别艺术家心烦意躁的", Self.placed(Self.bodyType, 0...26, 6)),
                                    ("假画，在不少艺术品拍卖中大行其道。", Self.placed(Self.bodyType, 0...17, 7))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "痛说赝品")
        #expect(read.articles[0].body.hasPrefix("赝品横行") && read.articles[0].body.hasSuffix("大行其道。"))
    }

    /// A crosshead indented less than an em, in a column barely wider than it
    /// (`体育产业到底是怎样一个概念`, 0.8 em each side, feature-17 of the feature pages' varied seed
    /// 34; 0.475 em, one character short of the column, `财政收入继续保持高增长势头` in feature-11
    /// of the varied pages' seed 41; 0.34 em, dashes filling it out, `李宁牌———中国体育用品第一品牌`
    /// in feature-10 of the feature pages' varied seed 17), is centred all the same: it stays in
    /// the story.
    @Test(arguments: [0.8, 0.475, 0.34])
    func aCrossheadAlmostAsWideAsItsColumnStaysInTheStory(indent: Double) throws {
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("巧借东风上层楼", Self.placed(Self.display, 0...14, 0)), ("", nil),
                                    ("在此次研讨会中与会者最为关注的问题，", Self.placed(Self.bodyType, 0...14.6, 3)),
                                    ("应该引起全社会的思考。", Self.placed(Self.bodyType, 0...11, 4)),
                                    ("体育产业到底是怎样一个概念", Self.placed(crosshead, indent...(14.6 - indent), 5)),
                                    ("我国的体育产业在80年代初就已经", Self.placed(Self.bodyType, 0...14.6, 6)),
                                    ("萌芽，如今已初具规模。", Self.placed(Self.bodyType, 0...11, 7))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasSuffix("初具规模。"))
    }

    /// The authors' names centred like a crosshead under a standfirst that runs on into the
    /// story (`…而机舱里热闹极了———` / `徐建中陈波赵川东`, feature-10 of the feature pages' seed
    /// 15): a byline, the story going on under it.
    @Test func namesCentredUnderAStandfirstAreItsByline() throws {
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("飞越珠穆朗玛", Self.placed(Self.display, 0...12, 0)), ("", nil),
                                    ("“地球第三极”在飞机右翼下缓缓掠过，外面一片宁", Self.placed(Self.bodyType, 0...18, 3)),
                                    ("静，而机舱里热闹极了———", Self.placed(Self.bodyType, 0...10, 4)),
                                    ("徐建中陈波赵川东", Self.placed(crosshead, 5...13, 5)),
                                    ("在中国西南航空公司所经营的140多条中外航线", Self.placed(Self.bodyType, 0...18, 6)),
                                    ("中，最令人注目的是拉萨往返加德满都的航线。", Self.placed(Self.bodyType, 0...18, 7))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasPrefix("“地球第三极”") && read.articles[0].body.hasSuffix("的航线。"))
    }

    /// A byline alone under a standfirst whose note in brackets wraps (`…卓有成效。（附图片1` /
    /// `张）` / `本报记者贺广华`), a crosshead opening the story's first section under it
    /// (`敢问苍茫大地`, feature-12 of the feature pages' varied seed 34): one story.
    @Test func aBylineUnderAStandfirstOverACrossheadIsTheStorys() throws {
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("防震减灾西部先行", Self.placed(Self.display, 0...16, 0)), ("", nil),
                                    ("地震，是一种自然力的表现。人类只能认", Self.placed(Self.bodyType, 0...18, 3)),
                                    ("真研究它。西部各省区勇于探索，卓有成效。（附图片1", Self.placed(Self.bodyType, 0...18, 4)),
                                    ("张）", Self.placed(Self.bodyType, 0...2, 5)),
                                    ("本报记者贺广华", Self.placed(Self.bodyType, 0...7, 6)),
                                    ("敢问苍茫大地", Self.placed(crosshead, 6...12, 7)),
                                    ("西部，这片神奇的土地，充满希望活力，也", Self.placed(Self.bodyType, 0...18, 8)),
                                    ("多自然灾害。新疆伽师是边陲小县。", Self.placed(Self.bodyType, 0...16, 9))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "防震减灾西部先行")
        #expect(read.articles[0].body.hasSuffix("边陲小县。"))
    }

    /// A crosshead in a story opening with its reporter's byline alone on a line (`本报记者李中文`),
    /// its headline read further up, under fewer lines than a brief may hold (feature-05 of the
    /// varied pages' seed 41): a brief carries no such byline, and the passages share words, so
    /// the crosshead stays in the story.
    @Test func aCrossheadUnderAShortOpeningBylinedStaysInTheStory() throws {
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("从短缺走向平衡", Self.placed(Self.display, 0...14, 0)), ("", nil),
                                    ("奇迹来自政府重视，要求市长负责抓菜篮", Self.placed(Self.bodyType, 0...17, 3)),
                                    ("子，一抓就是十年。", Self.placed(Self.bodyType, 0...9, 4)), ("", nil),
                                    ("本报记者李中文", Self.placed(Self.bodyType, 10...17, 6)),
                                    ("颇具规模的体育市场开发与新闻传播战", Self.placed(Self.bodyType, 0...17, 7)),
                                    ("略研讨会，1月6日画上了一个圆满的", Self.placed(Self.bodyType, 0...17, 8)),
                                    ("句号。与会者最为关注的有关如何发展", Self.placed(Self.bodyType, 0...17, 9)),
                                    ("体育产业的几个问题，应该在更大范围", Self.placed(Self.bodyType, 0...17, 10)),
                                    ("内引起全社会的思考。", Self.placed(Self.bodyType, 0...10, 11)), ("", nil),
                                    ("体育产业到底是怎样一个概念", Self.placed(crosshead, 2...15, 12)),
                                    ("我国的体育产业在80年代初就已经", Self.placed(Self.bodyType, 0...17, 13)),
                                    ("萌芽，如今已初具规模。", Self.placed(Self.bodyType, 0...11, 14))])
        let story = try #require(read.articles.first { $0.body.hasPrefix("颇具规模") }, "\(read.articles.map(\.body))")
        #expect(story.body.contains("体育产业到底是怎样一个概念") && story.body.hasSuffix("初具规模。"), "\(read.articles.map(\.body))")
    }

    /// A standfirst at body size set across the three columns of its story, its byline over it,
    /// and the story's first column opening the row under it (`尽管中国队在第一天的跳水比赛中…
    /// 忧大于喜。` / `并非说男子双人跳台金牌无关…`, feature-11 of the varied pages' seed 41): one
    /// story, though every column stopped after a finished sentence over the row.
    @Test func aStandfirstAcrossTheColumnsOfItsStoryIsTheStorys() throws {
        var opening = Self.placed(Self.bodyType, 0...14, 8)
        opening.opensRow = true
        let read = Self.readStyled([("再立潮头看何人", Self.placed(Self.display, 15...32, 0)),
                                    ("——评世界女板跳水大势", Self.placed(LineStyle(size: 1.15, distinctFace: true), 17...31, 3)), ("", nil),
                                    ("本报记者许立群", Self.placed(Self.bodyType, 40...47, 5)),
                                    ("尽管中国队在第一天的跳水比赛中夺取了一金一银的佳绩，但人们的总体感觉是忧大于喜。", Self.placed(Self.bodyType, 0...40, 6)), ("", nil),
                                    ("并非说男子双人跳台金牌无关", opening),
                                    ("紧要，但由于它还不是奥运会正", Self.placed(Self.bodyType, 0...14, 9)),
                                    ("式比赛项目，其影响力自然不足以震撼人心。", Self.placed(Self.bodyType, 0...14, 10))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasPrefix("尽管中国队") && read.articles[0].body.hasSuffix("震撼人心。"))
    }

    /// A crosshead right under a standfirst set larger across the columns, the body's type under
    /// it (`财政收入继续保持高增长势头`, feature-19 of the feature pages' seed 15): one story.
    @Test func aCrossheadUnderAStandfirstSetLargerStaysInTheStory() throws {
        let standfirst = LineStyle(size: 1.15, distinctFace: true)
        let crosshead = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("改革平稳发展", Self.placed(Self.display, 20...32, 0)), ("", nil),
                                    ("在宏观调控成功实现“软着陆”的基础上，1997年国民经济继续呈现经济适度快", Self.placed(standfirst, 0...40, 3)),
                                    ("速增长，物价涨幅进一步回落，财税、金融运行在周边国家和地区货币贬值、股", Self.placed(standfirst, 0...40, 4)),
                                    ("市动荡的重围中，体现了改革、平稳、发展的特点。", Self.placed(standfirst, 0...24, 5)),
                                    ("财政收入继续保持高增长势头", Self.placed(crosshead, 5...18, 6.5)),
                                    ("1月至11月，全国财政收入比上年同期增长23.2%，", Self.placed(Self.bodyType, 0...23, 8)),
                                    ("财政支出比上年同期增长16.4%，低于收入增幅。", Self.placed(Self.bodyType, 0...23, 9))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasPrefix("在宏观调控") && read.articles[0].body.hasSuffix("低于收入增幅。"))
    }

    /// A story set in kaiti throughout whose first line has no punctuation and fills its column
    /// (`我的故乡雷州半岛是出产红薯的` / `地方。我自小就是吃红薯长大的。`, feature-17 of the feature
    /// pages' varied seed 34): the line is the story's text, not its headline's.
    @Test func theFirstLineOfAStorySetInAnotherFaceIsItsText() throws {
        let kaiti = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let read = Self.readStyled([("在翠亨品红薯", Self.placed(Self.display, 3...12, 0)), ("", nil),
                                    ("我的故乡雷州半岛是出产红薯的", Self.placed(kaiti, 0...14.6, 2.5)),
                                    ("地方。我自小就是吃红薯长大的。", Self.placed(kaiti, 0...15, 3.5)),
                                    ("记得儿时，正处于公社化年代，那", Self.placed(kaiti, 0...14.6, 4.5)),
                                    ("时物质不是很丰富。", Self.placed(kaiti, 0...9, 5.5))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "在翠亨品红薯")
        #expect(read.articles[0].body.hasPrefix("我的故乡"))
    }

    /// A kicker of two full lines in a face of its own over its headline, its words running on
    /// (`华盛顿会谈前夕美国对巴以提` / `出建议阿拉法特称这是最后机` / `会`, stacked-08 of the fifth
    /// seed), is no story set in that face: no line under its first holds a sentence's
    /// punctuation.
    @Test func aKickerOfFullLinesInAnotherFaceStaysAKicker() throws {
        let kaiti = LineStyle(size: 1.05, distinctFace: true, headlineFace: false)
        let read = Self.readStyled([("华盛顿会谈前夕美国对巴以提", Self.placed(kaiti, 0.2...13.8, 0)),
                                    ("出建议阿拉法特称这是最后机", Self.placed(kaiti, 0.2...13.8, 1.3)),
                                    ("会", Self.placed(kaiti, 6.5...7.5, 2.6)),
                                    ("巴解高官对和谈看法分歧", Self.placed(Self.display, 0...14, 4)), ("", nil),
                                    ("新华社耶路撒冷1月12日电巴勒斯坦解放组织", Self.placed(Self.bodyType, 0...14, 6)),
                                    ("高级官员对和谈的看法出现分歧。", Self.placed(Self.bodyType, 0...14, 7))])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].kicker == "华盛顿会谈前夕美国对巴以提出建议阿拉法特称这是最后机会")
        #expect(read.articles[0].title == "巴解高官对和谈看法分歧")
    }

    /// A standfirst set larger that holds no full stop but runs longer than a deck, in clauses
    /// (`提起“李宁”，人们会浮想联翩：…迎风招展的旗帜！`, feature-14 of the feature pages' seed 15),
    /// opens the story's text; a deck of clauses as short stays the headline's.
    @Test(arguments: [("提起“李宁”，人们会浮想联翩：“李宁”——享誉世界的体操王子；“李宁”——名扬四海的体育品牌……", true),
                      ("全国人大常委会通过决定，明年起施行！", false)])
    func aLongStandfirstOfClausesOpensTheStorysText(first: String, isText: Bool) throws {
        let standfirst = LineStyle(size: 1.15, distinctFace: true)
        let read = Self.readStyled([("感受『李宁』", Self.display), ("", nil),
                                    (first, standfirst),
                                    ("华夏大地，多少人熟悉那面迎风招展的旗帜！", standfirst), ("", nil),
                                    ("始创于1990年5月的李宁体育用品公司，已从最初单一的运", Self.bodyType),
                                    ("动服装公司发展成为多元化的企业。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasPrefix(String(first.prefix(4))) == isText, "\(read.articles[0].body)")
    }

    /// A brief's title at body size in another face, flush left or centred, between briefs on
    /// two subjects and under no display headline, heads the next brief: it is no crosshead.
    @Test(arguments: [0.0...7.0, 5.5...12.5])
    func aBriefsTitleBetweenBriefsHeadsTheNextBrief(span: ClosedRange<Double>) throws {
        let title = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("游德馨当选福建省政协主席", Self.placed(title, 0...12, 0)), ("", nil),
                                    ("政协福建省第八届委员会第一次会议今天", Self.placed(Self.bodyType, 0...18, 1)),
                                    ("选举游德馨为省政协主席。", Self.placed(Self.bodyType, 0...12, 2)), ("", nil),
                                    ("灾后第一顿热饭", Self.placed(title, span, 3)), ("", nil),
                                    ("一月十四日中午，一批蔬菜运抵张北灾区", Self.placed(Self.bodyType, 0...18, 4)),
                                    ("，灾民们吃上了热饭。", Self.placed(Self.bodyType, 0...10, 5))])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[1].title == "灾后第一顿热饭")
    }

    /// A story set in kaiti throughout (another face than the page's body): a paragraph opening
    /// with a line that has no punctuation is its text, not a headline (feature-02 of the
    /// default seed).
    @Test func aParagraphOfAStorySetInAnotherFaceThroughoutIsText() throws {
        let kaiti = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("厦门小白鹭民间舞团", Self.display), ("", nil),
                                    ("国内有芭蕾舞团、现代舞团，而民间舞团", kaiti),
                                    ("，他们是独一个，是唯一的专门从事民间", kaiti),
                                    ("舞蹈的艺术团体。", kaiti),
                                    ("小白鹭民间舞团是中共厦门市委常委会决", kaiti),
                                    ("定成立的，自开始就受到党政领导部门和", kaiti),
                                    ("企业界的关心。", kaiti)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasSuffix("企业界的关心。"))
    }

    /// Three lines or more of running sentences set larger than the body, under the headline
    /// and across the story's columns (a standfirst, feature-09 of the default seed), open the
    /// story's text: they are no deck.
    @Test func aStandfirstSetLargerOpensTheStorysText() throws {
        let standfirst = LineStyle(size: 1.15, distinctFace: true)
        let read = Self.readStyled([("救救渭北排碱渠", Self.display), ("", nil),
                                    ("贯通渭北十五个乡、二百多个村、七十八万亩耕地的排碱", standfirst),
                                    ("除涝工程，一九七四年开工，一九九二年基本完成并通过", standfirst),
                                    ("省级验收。工程建成后，灾害面积大大减少。", standfirst), ("", nil),
                                    ("近年来，由于排碱渠淤积严重，工程效益不能", Self.bodyType),
                                    ("正常发挥。这一情况望能引起有关部门的重视。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].subtitle == nil)
        #expect(read.articles[0].body.hasPrefix("贯通渭北") && read.articles[0].body.hasSuffix("部门的重视。"))
    }

    /// A standfirst set larger that closes on a quotation whose sentence ends before a note in
    /// brackets (`…一句话：『Idoreallylikeyoursite！（我真的喜欢你们这个站点）』`, feature-20 of the
    /// feature pages' seed 44) is finished there: it opens the story's text, no headline.
    @Test func aStandfirstClosingOnAQuotationWithANoteInBracketsOpensTheStorysText() throws {
        let standfirst = LineStyle(size: 1.14, distinctFace: true, headlineFace: false)
        let read = Self.readStyled([("“我真的爱看……”", Self.display), ("", nil),
                                    ("——因特网读者称赞本报网络版", LineStyle(size: 1.33, distinctFace: false)), ("", nil),
                                    ("本报记者廖玒陈智霞", LineStyle(size: 1, distinctFace: true, headlineFace: false)),
                                    ("去年十一月二十日，本报网络版收到两封读者发来的电子邮件。而另一封署名", standfirst),
                                    ("Mark的来信只有短短的一句话：『Idoreallylikeyoursite！（我真的喜欢你们这个站点）』", standfirst),
                                    ("", nil),
                                    ("去年一月一日，人民日报在因特网（Internet）上建立", Self.bodyType),
                                    ("了自己的站点，因特网上首次有了权威、及时的中文信息。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles[0].title == "“我真的爱看……”")
        #expect(read.articles[0].body.hasPrefix("去年十一月二十日") && read.articles[0].body.hasSuffix("权威、及时的中文信息。"))
    }

    /// The lead story's first paragraph set larger across its columns, opening with its
    /// dateline and closing on a list's lead-in (`…全年对外贸易有如下几个特点：`, feature-01 of the
    /// feature pages' varied seed 17), opens the story's text: its lines are no headline.
    @Test func aStandfirstClosingOnAListsLeadInOpensTheStorysText() throws {
        let standfirst = LineStyle(size: 1.3, distinctFace: true)
        let read = Self.readStyled([("我国对外贸易持续增长", Self.display), ("", nil),
                                    ("本报北京1月9日讯记者赵志文报道：记者从海关总署获悉，1997年，我国外贸进出口总值达3250．6亿美元，增长1", standfirst),
                                    ("2．1％，成为自1983年以来连续第十五个增长年。其中出口1827亿美元，增长20．9％。贸易顺差", standfirst),
                                    ("突破400亿美元，达403．4亿美元。全年对外贸易有如下几个特点：", standfirst), ("", nil),
                                    ("出口快速增长，成为推动我国经济增长的重要力量。1997", Self.bodyType),
                                    ("年，我国外贸增长12．1％，高于全球贸易约7％的增长速度。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "我国对外贸易持续增长")
        #expect(read.articles[0].body.contains("有如下几个特点：出口快速增长"))
    }

    /// A story's first paragraph set larger across its columns in one line that opens with its
    /// dateline (`本报讯北大荒经受洪涝灾害的严峻考验，…`, feature-09 of the feature pages' varied
    /// seed 31) is a standfirst: the story's text goes on under it in body type.
    @Test func aStandfirstOpeningWithItsDatelineGoesOnInBodyType() throws {
        let standfirst = LineStyle(size: 1.2, distinctFace: true)
        let read = Self.readStyled([("去年总产量逾85.2亿公斤", Self.display), ("", nil),
                                    ("本报讯北大荒经受洪涝灾害的严峻考验，粮食连续3年大幅度增产。1997年的总产量逾85.2亿公斤。", standfirst),
                                    ("", nil),
                                    ("为了使粮食不断增产，黑龙江农垦局近几年积极推进体制", Self.bodyType),
                                    ("改革，下力气完善大农场套小农场的双层经营体制。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].lead == "本报讯")
        #expect(read.articles[0].body.hasPrefix("北大荒经受") && read.articles[0].body.hasSuffix("双层经营体制。"))
    }

    /// A subtitle broken over two lines, the second a number alone (`——…地方财政收入增长` /
    /// `25.5%`, feature-01 of the default seed), is one subtitle.
    @Test func aSubtitlesLastLineMayBeANumberAlone() throws {
        let deck = LineStyle(size: 1.05, distinctFace: false)
        let read = Self.readStyled([("北京经济运行态势喜人", Self.display),
                                    ("——国内生产总值增长9.5%地方财政收入增长", deck), ("25.5%", deck), ("", nil),
                                    ("北京市在过去的一年里经济建设取得了令人鼓舞的成就，", Self.bodyType),
                                    ("全市国内生产总值增长9.5%。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].subtitle == "国内生产总值增长9.5%地方财政收入增长25.5%")
    }

    /// A short line in the body's face naming no one is text when flush left (`合格`, heading a
    /// list), but set flush right under a commentary's last line it signs it (`计喆`, feature-06
    /// of the page benchmark's thirteenth seed: its surname a rare one).
    @Test(arguments: [(30.0...34.0, "计喆"), (0.0...4.0, nil)] as [(ClosedRange<Double>, String?)])
    func aShortLineSetFlushRightUnderACommentarySignsIt(span: ClosedRange<Double>, byline: String?) throws {
        let read = Self.readStyled([("值得肯定的重奖", Self.placed(Self.display, 0...14, 0)), ("", nil),
                                    ("以重奖鼓励社会科学的优秀研究成果，是一种倡导的", Self.placed(Self.bodyType, 0...34, 3)),
                                    ("手段，也是社会进步的反映。", Self.placed(Self.bodyType, 0...26, 4)),
                                    ("计喆", Self.placed(Self.bodyType, span, 5))])
        #expect(read.articles[0].byline == byline, "\(read.articles.map(\.body))")
    }

    /// A line is set flush right only right under the line above it, in its column: `海飞`
    /// topping the next column, right of a caption's last line read before it (tabloid-02 of
    /// the varied pages' seed 29), is an author's name over his review, set flush left.
    @Test func aLineIsSetFlushRightOnlyRightUnderTheLineAbove() {
        let above = PageLine(number: 1, text: "好的环境。（新华社记者姚大伟摄）", role: .credit, span: 4.7...21.6, top: 32.2)
        let signature = PageLine(number: 2, text: "计喆", role: .text, span: 19.6...21.6, top: 33.6)
        let nextColumn = PageLine(number: 2, text: "海飞", role: .text, span: 28.3...30.3, top: 10.3)
        #expect(PageLine.standsFlushRight(signature, under: above))
        #expect(!PageLine.standsFlushRight(nextColumn, under: above))
    }

    /// A story's first lines over a picture in its column, another story beside it read next,
    /// then the caption and the first story's text under it (tabloid-13 of the varied pages'
    /// seed 25): the text goes on the story whose column it stands in, under its last line.
    @Test func textUnderAPictureGoesOnTheStoryOfItsColumnThoughAnotherWasReadBetween() throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("珀斯真热", Self.placed(Self.display, 0...8, 0)), ("", nil),
                                    ("记者昨天还穿着厚厚羽绒服，今天已换上短衣短裤，暴晒", Self.placed(Self.bodyType, 0...29, 3)),
                                    ("在阳光下。", Self.placed(Self.bodyType, 0...5, 4)), ("", nil),
                                    ("医药行业工作会议召开", Self.placed(Self.display, 31...51, 0)), ("", nil),
                                    ("全国医药管理局长会议今日在京召开，希望医药行业依法治药。", Self.placed(Self.bodyType, 31...60, 3)),
                                    ("推进职工医疗保险制度试点工作。", Self.placed(Self.bodyType, 31...46, 4)), ("", nil),
                                    ("图为女民警在搀扶老人过马路。", Self.placed(caption, 0...13, 20)), ("任保发/摄", Self.placed(caption, 25...29, 21)), ("", nil),
                                    ("眼下，澳大利亚正处于一年中最热的季节，走在街上很难找到", Self.placed(Self.bodyType, 0...29, 23)),
                                    ("荫凉，抹上防晒霜的皮肤依然会被晒得生疼。", Self.placed(Self.bodyType, 0...20, 24))])
        try #require(read.articles.count == 3, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "珀斯真热" && read.articles[0].body.hasSuffix("晒得生疼。"))
        #expect(read.articles[1].title == "医药行业工作会议召开" && read.articles[1].body.hasSuffix("试点工作。"))
    }

    /// A story's first column read, then another story beside it, then the caption of a picture
    /// in the first story's column and, with no blank line after the credit, that story's text
    /// going on (tabloid-12 and tabloid-16 of the varied pages' seed 21): the text goes on the
    /// open story sharing most words with it, not the one read right before the caption.
    @Test func textUnderACaptionGoesOnTheStoryItSharesWordsWithNotTheLastRead() throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("河谷村大棚全部覆膜", Self.display), ("", nil),
                                    ("河谷村的十二座新式大棚今天全部完成覆膜，", Self.bodyType),
                                    ("村民们说，今年大棚里的蔬菜长势很好。", Self.bodyType), ("", nil),
                                    ("社区图书室延长开放时间", Self.display), ("", nil),
                                    ("从本周起，城东社区图书室每晚开放到九点，", Self.bodyType),
                                    ("供学生晚上学习使用。", Self.bodyType), ("", nil),
                                    ("滑雪场上游客如织。", caption), ("李四/摄", caption),
                                    ("大棚建成后，河谷村的村民们每天都到大棚里查看蔬菜长势，", Self.bodyType),
                                    ("大家盼着五月能迎来第一批收获。", Self.bodyType)])
        try #require(read.articles.count == 3, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "河谷村大棚全部覆膜" && read.articles[0].body.hasSuffix("第一批收获。"))
        #expect(read.articles[1].title == "社区图书室延长开放时间" && read.articles[1].body.hasSuffix("学习使用。"))
    }

    /// A line in display type right over a headline twice its size, the two alone between the
    /// page's top and a story whose words the smaller line shares and the headline does not
    /// (`伊拉克禁止核查小组执行任务…` at 1.3× over `克林顿称萨达姆无权决定人选` at 2.8×,
    /// tabloid-03 of the page benchmark): the smaller line is the headline's kicker, not a
    /// headline of its own leaving the larger one to another story.
    @Test func aDisplayLineOverAHeadlineTwiceItsSizeMatchingItsStoryIsItsKicker() throws {
        let read = Self.readStyled([("伊拉克禁止核查小组执行任务", LineStyle(size: 1.3, distinctFace: true)),
                                    ("克林顿称萨达姆无权决定人选", LineStyle(size: 2.8, distinctFace: true)), ("", nil),
                                    ("新华社巴格达1月12日电 伊拉克政府今晚宣布，将从明天起禁止联合国核查小组执行任务。", Self.bodyType),
                                    ("联合国秘书长规劝伊拉克不要激化矛盾，核查小组的任务应当继续。", Self.bodyType), ("", nil),
                                    ("社区图书室延长开放时间", Self.display), ("", nil),
                                    ("从本周起，城东社区图书室每晚开放到九点，供学生晚上学习使用。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].kicker == "伊拉克禁止核查小组执行任务")
        #expect(read.articles[0].title == "克林顿称萨达姆无权决定人选")
        #expect(read.articles[1].title == "社区图书室延长开放时间")
    }

    /// A short line in no block of its own whose last word goes on into the next line (band-19
    /// in the page benchmark: `中央军委向参加抗震` / `救灾的…`) is the column's text, no headline.
    @Test func aLineWhoseWordRunsOnIsNoHeadline() throws {
        let page = "本报北京1月12日讯 张北地区发生地震后，\n部队官兵迅速赶赴灾区抢救群众生命财产，\n受到当地干部群众的好评和称赞。\n中央军委向参加抗震\n救灾的全体官兵表示亲切的慰问和崇高敬意。\n"
        let read = PageReader().read(page, id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].body.hasSuffix("中央军委向参加抗震救灾的全体官兵表示亲切的慰问和崇高敬意。"))
        #expect(PageLine.wordRunsAcross("中央军委向参加抗震", into: "救灾的全体官兵"))
        #expect(!PageLine.wordRunsAcross("江泽民会见美国客人", into: "国家主席江泽民"))
    }

    /// A printed line the extraction broke at a wide justification gap (briefs-08 in the page
    /// benchmark): its short first part, after a finished sentence, is no headline, since with
    /// the line after it it fills no more than the column.
    @Test func aLineBrokenAtAJustificationGapIsNoHeadline() throws {
        let page = "入伍到队第一天\n分别来自山东四川安徽等四个省市的\n几百名新兵于日前全部到达武警北京\n一总队十支队报到训练的营区里。\n为了使这些\n独生子的新战友在新兵训\n练期间吃好住好，营里做了准备。\n"
        let read = PageReader().read(page, id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].title == "入伍到队第一天")
        #expect(read.articles[0].body.contains("营区里。为了使这些独生子的新战友"))
    }

    /// A body line full of dates (stacked-04 in the page benchmark) holds more digits, set in a
    /// Latin face, than Han characters: its face is the one its Han characters are set in.
    @Test func aLinesFaceIsItsHanCharacters() {
        let dates = Self.line(0, [("小平同志生前从", "Serif"), ("1977", "Latin"), ("年", "Serif"), ("12", "Latin"), ("月", "Serif"),
                                  ("6", "Latin"), ("日到", "Serif"), ("1982", "Latin"), ("年", "Serif"), ("7", "Latin"),
                                  ("月", "Serif"), ("26", "Latin")])
        #expect(dates.face == "Serif")
        #expect(Self.line(1, [("1998", "Latin"), ("No.", "Latin"), ("7", "Serif")]).face == "Latin")
    }

    /// A photo credit names a reporter as a byline does; it closes the caption and opens no report.
    @Test func aCreditNamingAWireReporterClosesItsCaption() throws {
        let read = PageReader().read("学生们在新教室里上课。\n新华社记者 沈桥摄\n", id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].kind == .photo && read.articles[0].byline == "新华社记者 沈桥摄")
    }

    /// A caption's title at the foot of a story, set in the caption's smaller type (photo-13 of
    /// the benchmark's second seed): it heads the caption, no signature of the story above.
    @Test func aCaptionsTitleAtTheFootOfAStoryIsNoSignature() throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("卢克俭当选甘肃省人大常委会主任", Self.display), ("", nil),
                                    ("甘肃省第九届人民代表大会第一次会议今天选举孙英为省长，", Self.bodyType),
                                    ("选举张树兰为省高级人民法院院长。", Self.bodyType), ("", nil),
                                    ("罕见海龟", LineStyle(size: 0.9, distinctFace: true)),
                                    ("福州市左海公园近日收养了一只特大罕见海龟。", caption),
                                    ("新华社记者 彭张青摄", caption)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body == "甘肃省第九届人民代表大会第一次会议今天选举孙英为省长，选举张树兰为省高级人民法院院长。")
        #expect(read.articles[0].byline?.hasSuffix("摄") != true)
        #expect(read.articles[1].title == "罕见海龟")
        #expect(read.articles[1].body == "福州市左海公园近日收养了一只特大罕见海龟。")
    }

    /// A dateline lead in the headlines' face wrapped over three lines (band-05 of the benchmark's
    /// second seed): its second line, headline-shaped, goes on in the lead, no title.
    @Test func aLeadInTheHeadlinesFaceWrappedOverLinesIsOneLead() throws {
        let hei = LineStyle(size: 1, distinctFace: true, headlineFace: true)
        let read = Self.readStyled([("欧委会网开一面北爱牛冲破禁令", Self.display), ("", nil),
                                    ("据新华社北京1月15日电", hei), ("综合本社驻布鲁塞尔和伦敦", hei),
                                    ("记者报道：欧盟委员会14日提议，部分解除对英国实施的牛肉出口禁令。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "欧委会网开一面北爱牛冲破禁令")
        #expect(read.articles[0].lead == "据新华社北京1月15日电综合本社驻布鲁塞尔和伦敦记者报道：")
        #expect(read.articles[0].body == "欧盟委员会14日提议，部分解除对英国实施的牛肉出口禁令。")
    }

    /// A kicker in display type over a larger headline, a blank line between (stacked-19 of the
    /// benchmark's fourth seed): both match the story under them, so the smaller is its kicker,
    /// not a headline of its own left over to cut the story for.
    @Test func aKickerInDisplayTypeOverALargerHeadlineIsItsKicker() throws {
        let read = Self.readStyled([("电子信息产业保持高速增长态势", LineStyle(size: 1.4, distinctFace: true)), ("", nil),
                                    ("李鹏对电子行业工作会议作书面指示", LineStyle(size: 2.7, distinctFace: true)), ("", nil),
                                    ("本报广州1月13日电 国务院总理李鹏对正在召开的全国电子行业工作会议作书面指示。", Self.bodyType),
                                    ("指示说，电子信息产业是国民经济的支柱产业。", Self.bodyType),
                                    ("据介绍，在过去的一年里，我国电子信息产业保持高速增长态势。", Self.bodyType),
                                    ("电子行业要深化科技体制改革，大力提高技术创新能力。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].kicker == "电子信息产业保持高速增长态势")
        #expect(read.articles[0].title == "李鹏对电子行业工作会议作书面指示")
    }

    /// A kicker in a face of its own set below the body's size (kaiti at 10.5 pt beside 12 pt
    /// body type, mixed-17 of the varied pages' seed 16) over a headline twice its size that
    /// matches the same story: the headline's kicker, not a headline left over.
    @Test func aKickerBelowBodySizeOverItsHeadlineIsItsKicker() throws {
        let read = Self.readStyled([("李铁映在全国体委主任会议上强调", LineStyle(size: 0.85, distinctFace: true)), ("", nil),
                                    ("坚持体育事业发展正确方针政策", LineStyle(size: 1.7, distinctFace: true)),
                                    ("同使用兴奋剂行为进行坚决斗争", LineStyle(size: 1.7, distinctFace: true)), ("", nil),
                                    ("新华社北京1月16日电（记者许基仁、李贺普）中共中央政治局委员、国务委员李铁映", Self.bodyType),
                                    ("今天在全国体委主任会议上强调，要坚持体育事业发展的正确方针政策。", Self.bodyType),
                                    ("他说，要同使用兴奋剂的行为进行坚决斗争。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].kicker == "李铁映在全国体委主任会议上强调")
        #expect(read.articles[0].title == "坚持体育事业发展正确方针政策同使用兴奋剂行为进行坚决斗争")
        #expect(read.unassigned.isEmpty)
    }

    /// A kicker at body size in a face of its own, a blank line over it, over display type, two
    /// phrases run together, the second with its label's colon: the headline's kicker, not the
    /// last line of the story above, whether a blank line parts it from the headline (stacked-13
    /// of the varied pages' seed 16) or it is set close (feature-19 of the feature pages' seed 15).
    @Test(arguments: [true, false])
    func aKickerRunningTwoPhrasesTogetherIsTheHeadlinesKicker(blankUnder: Bool) throws {
        let read = Self.readStyled([("刘伯承元帅的一位老部下将放大镜捐赠给", Self.bodyType),
                                    ("剧团，成为剧中一件极为珍贵的道具。", Self.bodyType), ("", nil),
                                    ("外国政要回首1997年俄总统：经济停止下滑趋势", LineStyle(size: 1.05, distinctFace: true))]
                                   + (blankUnder ? [("", nil)] : []) + [
                                    ("德外长：欧洲取得全面成就乌外长：对外政策积极灵活", LineStyle(size: 1.7, distinctFace: true)), ("", nil),
                                    ("据新华社莫斯科12月30日电（记者张铁柱）俄罗斯总统叶利钦30日指出，", Self.bodyType),
                                    ("在即将过去的1997年里，俄经济停止了下滑趋势。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].body.hasSuffix("成为剧中一件极为珍贵的道具。"))
        #expect(read.articles[1].kicker == "外国政要回首1997年俄总统：经济停止下滑趋势")
        #expect(read.articles[1].title == "德外长：欧洲取得全面成就乌外长：对外政策积极灵活")
    }

    /// A kicker at body size set in a face other than the text above it is the kicker of the
    /// headline under it, though the text above breaks off unfinished (a table's last row in the
    /// body's face over `国务院三峡建委第七次会议召开` in kaiti, feature-05 of the feature pages' seed
    /// 44), or the kicker is set in the face most of the page is set in, under a story in a face of
    /// its own (feature-09 of that seed, where most stories are set in kaiti).
    @Test(arguments: [true, false])
    func aKickerSetInAnotherFaceThanTheTextAboveIsTheHeadlinesKicker(underATable: Bool) throws {
        let above = underATable
            ? ["比重，东部地区也明显高于中西部地区（见表1）。", "表1：东、中、西部地区农村从业人员行业结构从事农业", "人员（万人）比重（％）"]
            : ["交易印花税税率从3‰调高至5‰，分享比例由", "中央和地方各占50％，改为中央占80％，地方占", "20％。"]
        let kicker = underATable ? "国务院三峡建委第七次会议召开" : "国家计委发布外商投资产业指导目录"
        let read = Self.readStyled(above.map { ($0, LineStyle(size: 1, distinctFace: !underATable, headlineFace: false)) } + [("", nil),
                                    (kicker, LineStyle(size: underATable ? 1.05 : 0.95, distinctFace: underATable, headlineFace: false)), ("", nil),
                                    ("李鹏主持总结一期建设情况部署", Self.display), ("二期建设任务", Self.display), ("", nil),
                                    ("新华社北京1月12日电（记者张宿堂）国务院总理、国务院三峡工程建设委员会主任", Self.bodyType),
                                    ("李鹏今天上午主持召开国务院三峡建设委员会第七次全体会议。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.kicker, $0.body.suffix(12)) })")
        #expect(read.articles[0].body.hasSuffix(above.last!))
        #expect(read.articles[1].kicker == kicker)
        #expect(read.articles[1].title == "李鹏主持总结一期建设情况部署二期建设任务")
    }

    /// A lead paragraph set across the columns of its story, opening with the dateline, its last
    /// line stopping short at the left edge (`本报东京1月12日电记者张国成报道：…` / `金融体系的稳定。`
    /// over four columns, feature-20 of the feature pages' varied seed 45), is a standfirst: the
    /// first column goes on with the story, which the wire reports of its roundup then follow
    /// (`据新华社雅加达1月12日电`).
    @Test func aLeadParagraphAcrossTheColumnsIsTheStorysStandfirst() throws {
        let kai = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let column = 0.0...14.5
        let lead = ["本报东京1月12日电记者张国成报道：日本首相桥本龙太郎在今天开幕的日本第一百四十二届通常国会上发表演说时强调，必须坚决维护日本",
                    "金融体系的稳定。"]
        let columnText = ["桥本在演说中宣布，政府将投入30", "万亿日元公共资金，以维护金融系", "统的稳定。",
                          "据新华社雅加达1月12日电（记", "者洪秉明）国际货币基金组织第一", "副总裁斯坦利·费希尔今天表示。"]
        let read = Self.readStyled([("东亚经济传真日本坚决维护金融稳定", Self.placed(Self.display, 14...46, 5)), ("", nil),
                                    ("——印尼缓建一批大型项目泰国股市汇市再创新低", Self.placed(LineStyle(size: 1.16, distinctFace: true), 20...44, 8)),
                                    ("", nil), (lead[0], Self.placed(kai, 0...60, 10)),
                                    (lead[1], Self.placed(kai, 0...8, 11)), ("", nil)]
                                   + columnText.enumerated().map { k, text in
                                       var style = Self.placed(kai, column, 12.5 + Double(k))
                                       style.opensRow = k == 0
                                       return (text, style)
                                   })
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles[0].title == "东亚经济传真日本坚决维护金融稳定")
        #expect(read.articles[0].body.contains("桥本在演说中宣布"))
        #expect(read.articles[0].body.contains("据新华社雅加达1月12日电"))
    }

    /// A story's first paragraphs closing with the note on its pictures at a column's foot, a
    /// byline alone opening the next column (`…卓有成效。（附图片1张）` / `本报记者贺广华`, feature-11
    /// of the feature pages' varied seed 47): the byline and the text under it go on with the
    /// story, as they do right under the note in text.
    @Test func aBylineAtAColumnsTopAfterAPictureNoteGoesOnWithTheStory() throws {
        let read = Self.readStyled([("防震减灾西部先行", Self.display), ("", nil),
                                    ("地震，是一种自然力的表现。人类不能阻止它，只能认真研究它、", Self.bodyType),
                                    ("认识它并防御它。", Self.bodyType),
                                    ("我国是个多震灾的国家，西部属地震多发地区。西部各省区在防震", Self.bodyType),
                                    ("减灾方面勇于探索，卓有成效。（附图片1张）", Self.bodyType), ("", nil),
                                    ("本报记者贺广华", Self.bodyType), ("敢问苍茫大地", Self.bodyType),
                                    ("西部，这片神奇的土地，充满希望活力，也多自然灾害。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles[0].title == "防震减灾西部先行")
        #expect(read.articles[0].body.hasSuffix("也多自然灾害。"))
    }

    /// Under a band of headlines, a story with no lead printed at a column's top after the
    /// story before it finished runs into it; its headline then stands unmatched. Where that
    /// headline went instead, by elimination, to a list of works that shares no words with it
    /// (band-10 of the varied pages' seed 12), or was read as the subtitle of the headline
    /// before it (a deck, `《远湖》`, band-20 of seed 11), the piece is cut at the column's top
    /// and the headline heads the story cut off; not where the text after the column's top
    /// shares the words of the text before it, one story's (band-05 of the sixth seed): the
    /// deck stays a subtitle.
    @Test(arguments: [
        ("黄河腹地的回声", LineStyle(size: 1.7, distinctFace: true), "——山西画院作品展在京举行", "山西画院作品展在中国美术馆举行，画家们依傍着黄河腹地的山西，创作了一百六十多幅作品。"),
        ("《远湖》", LineStyle(size: 1.2, distinctFace: true), "——讲述农村新故事", "美丽的鄱阳湖畔，一部讲述农村改革新故事的电视剧《远湖》正在这里拍摄，远湖的故事感人。"),
        ("香港海关打击翻版活动", LineStyle(size: 1.2, distinctFace: true), "——查获翻版光碟",
         "香港海关今年打击翻版活动，查获翻版光碟，董建华表示香港特区保护知识产权，打击翻版活动。"),
    ])
    func aStoryRunIntoTheOneBeforeItUnderABandIsCutForItsHeadline(headline: String, style: LineStyle, subtitle: String, story: String) throws {
        let read = Self.readStyled([("香港特区致力保护知识产权", LineStyle(size: 1.7, distinctFace: true)), ("", nil),
                                    (headline, style), ("", nil), (subtitle, LineStyle(size: 0.9, distinctFace: false)), ("", nil),
                                    ("马吉德重申坚持和平选择", LineStyle(size: 1.7, distinctFace: true)), ("", nil),
                                    ("阿拉伯联盟秘书长马吉德5日在会见来访客人时重申，阿拉伯国家坚持和平选择。", Self.bodyType),
                                    ("马吉德说，和平进程不能停滞。", Self.bodyType), ("", nil),
                                    ("香港特区行政长官董建华昨天表示，香港特区致力保护知识产权，", Self.bodyType),
                                    ("香港海关一定会继续加强打击翻版活动，保护知识产权。", Self.bodyType), ("", nil),
                                    (story, Self.bodyType),
                                    ("这次展映留给人们的印象最深刻。（闻力）", Self.bodyType),
                                    ("矿工（石膏）（孙宝田）", Self.bodyType),
                                    ("走出土地（套色木刻）（曹美）", Self.bodyType)])
        let hongKong = try #require(read.articles.first { $0.title == "香港特区致力保护知识产权" }, "\(read.articles.map { ($0.title, $0.body) })")
        if story.hasPrefix("香港") {
            #expect(hongKong.body.contains(String(story.prefix(12))))
        } else {
            #expect(hongKong.body.hasSuffix("保护知识产权。"))
            #expect(read.articles.first { $0.body.hasPrefix(String(story.prefix(6))) }?.title == headline)
        }
    }

    /// A report left without a headline at the top of a column, under a finished titled report,
    /// also one closed by its reporters' names (mixed-08 of the fifth seed): the same story when
    /// filed from the same place on the same day (stacked-11 of the benchmark's fourth seed) or
    /// when its words are the first's, a roundup (commentary-03 of the second seed: Bangkok,
    /// then London); a story of its own, its headline not printed, when filed elsewhere on
    /// another subject.
    @Test(arguments: [
        ("本报罗马1月15日电意大利总理普罗迪15日上午在总理府会见了钱其琛。", 1),
        ("新华社伦敦1月9日电 受东南亚金融风暴冲击，伦敦股市9日大跌，意大利货币继续贬值。", 1),
        ("本报米兰1月15日电米兰时装周今天开幕，各地设计师带来新作。", 2),
        ("新华社伦敦1月9日电 英国女王今天在白金汉宫接见了来访的客人，双方进行了友好交谈。", 2),
    ], ["", "（罗晋标）"])
    func aSecondReportAtAColumnTopGoesOnWhenFiledAlikeOrOnOneSubject(second: (report: String, articles: Int), reporters: String) throws {
        let read = Self.readStyled([("意大利总统会见钱其琛", Self.display), ("", nil),
                                    ("本报罗马1月15日电记者罗晋标报道：受东南亚金融风暴冲击，意大利货币贬值，", Self.bodyType),
                                    ("意大利总统斯卡尔法罗15日上午会见了钱其琛。" + reporters, Self.bodyType), ("", nil),
                                    (second.report, Self.bodyType)])
        try #require(read.articles.count == second.articles, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(read.articles[0].title == "意大利总统会见钱其琛")
        #expect(read.articles[0].body.hasSuffix(second.articles == 1 ? String(second.report.suffix(8)) : "上午会见了钱其琛。" + reporters))
    }

    /// A report left without a headline at the top of a column, under a titled report whose
    /// headline printed right above it has a clause for each (photo-17 of the varied pages' seed
    /// 7): the same story, though the reports share few words and were filed on two days; also a
    /// report whose headline matched the second report better (stacked-04).
    @Test func aSecondReportAtAColumnTopMatchingTheHeadlinesOtherClauseGoesOn() throws {
        let read = Self.readStyled([("内塔尼亚胡又渡政治难关以内阁提出撤军先决条件", Self.display), ("", nil),
                                    ("据新华社耶路撒冷1月12日电（记者戚德良）由反对党提出的两项对总理", Self.bodyType),
                                    ("的不信任案今天在议会表决中均未获得通过，他再次渡过难关。", Self.bodyType), ("", nil),
                                    ("据新华社耶路撒冷1月13日电（记者支林飞）以色列内阁13日通过一份", Self.bodyType),
                                    ("文件，提出撤军的先决条件，要求巴方先履行义务。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(read.articles[0].body.hasSuffix("要求巴方先履行义务。"))
    }

    /// An editor's note in a face of its own over the letters it introduces, a rule and no gap
    /// between, a report under another headline after them (commentary-19 of the benchmark's
    /// fourth seed): the note ends where the body's face returns after its last sentence, and
    /// is not taken as the note over the next report.
    @Test func anEditorsNoteEndsWhereTheBodysFaceReturns() throws {
        let note = LineStyle(size: 1, distinctFace: true)
        let read = Self.readStyled([("推行股份制不可强求", Self.display), ("", nil),
                                    ("编者按：办任何事情，都应从本地区、本部门的实际情况出发，", note),
                                    ("不能盲目行事。希望这三封来信能给大家带来一点启示。", note),
                                    ("目前，各地都在积极对企业进行股份制改造，", Self.bodyType),
                                    ("但是，笔者最近到一些企业调查发现，问题不少。", Self.bodyType), ("", nil),
                                    ("不忘群众疾苦温暖送进万家", Self.display), ("", nil),
                                    ("本报合肥电记者刘杰报道：近日，安徽省政府召开解困再就业工作会议。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "推行股份制不可强求")
        #expect(read.articles[0].editorsNote?.hasSuffix("希望这三封来信能给大家带来一点启示。") == true)
        #expect(read.articles[0].body == "目前，各地都在积极对企业进行股份制改造，但是，笔者最近到一些企业调查发现，问题不少。")
        #expect(read.articles[1].title == "不忘群众疾苦温暖送进万家" && read.articles[1].editorsNote == nil)
    }

    /// A caption under another story's headline, its title in a face of its own and its
    /// credit's name broken after the first character (photo-05 of the benchmark's second
    /// seed): the title heads the caption, the credit is whole, the story keeps its headline.
    @Test func aCaptionTitledUnderAnotherStorysHeadline() throws {
        let caption = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("冰暴袭击蒙特利尔", Self.display), ("", nil),
                                    ("喜迁新居", LineStyle(size: 0.9, distinctFace: true)),
                                    ("武汉市第四十一中学教师张青（左一）高兴地搬进新居。 杜", caption),
                                    ("华举摄", caption), ("", nil),
                                    ("本报驻加拿大记者邹德浩", LineStyle(size: 1, distinctFace: true)),
                                    ("1月6日至10日，罕见的冰暴袭击加拿大名城蒙特利尔，", Self.bodyType),
                                    ("使整座城市几近瘫痪。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "喜迁新居")
        #expect(read.articles[0].body == "武汉市第四十一中学教师张青（左一）高兴地搬进新居。")
        #expect(read.articles[0].byline == "杜华举摄")
        #expect(read.articles[1].title == "冰暴袭击蒙特利尔")
        #expect(read.articles[1].lead == "本报驻加拿大记者邹德浩")
    }

    /// A caption of one line closed by its credit, in its own size under a picture, read right
    /// after the story above the picture (photo-05 of the varied pages' seed 12): a piece of its
    /// own, not the story's end.
    @Test func aOneLineCaptionInItsOwnSizeAfterAStoryIsAPieceOfItsOwn() throws {
        let read = Self.readStyled([("李瑞环主持审议通过九届全会一次会议议程草案等", Self.display), ("", nil),
                                    ("新华社北京一月十四日电（记者杨振武、陈雁）政协第八届全国委员会第", Self.bodyType),
                                    ("五十一次主席会议今天在京举行。会议审议通过了政协第九届全国委员会", Self.bodyType),
                                    ("第一次会议议程和日程草案，政协第九届全国委员会参加单位、委员名额和人选初步", Self.bodyType),
                                    ("名单。", Self.bodyType), ("", nil),
                                    ("广州花都市发展花卉生产，花卉年产值达1亿多元。图为花农正在挑选粉代万年青供应市场。（新华社记者潘家珉摄）",
                                     LineStyle(size: 0.9, distinctFace: false))])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].body.hasSuffix("人选初步名单。"))
        #expect(read.articles[1].kind == .photo && read.articles[1].body == "广州花都市发展花卉生产，花卉年产值达1亿多元。图为花农正在挑选粉代万年青供应市场。")
    }

    /// Subtitles broken over two lines under a band's headlines (band-04 and band-02 of the
    /// varied pages' seed 12): one closing a book title the line above opened, brackets and all;
    /// one broken after a clause's comma.
    @Test func subtitlesBrokenOverTwoLinesInABandAreWhole() throws {
        let subtitle = LineStyle(size: 1, distinctFace: false)
        let read = Self.readStyled([("新华社北京1月9日电国务院总理李鹏今天上午主持召开国务院第65次常务会议，讨论并原则通过土地管理法修订草案。", Self.bodyType), ("", nil),
                                    ("本报北京1月1日讯中华全国总工会今日发出致全国各族职工的慰问信，勉励广大职工发挥工人阶级主力军作用。", Self.bodyType),
                                    ("", nil), ("国务院召开第65次常务会议", Self.display), ("", nil),
                                    ("——李鹏主持讨论并原则通过《中华人民共和国土地", subtitle), ("管理法（修订草案）》", subtitle), ("", nil),
                                    ("全总致全国各族职工慰问信", Self.display), ("", nil),
                                    ("——勉励广大职工发挥工人阶级主力军作用，", subtitle), ("为企业改革发展建功立业", subtitle)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "国务院召开第65次常务会议")
        #expect(read.articles[0].subtitle == "李鹏主持讨论并原则通过《中华人民共和国土地管理法（修订草案）》")
        #expect(read.articles[1].title == "全总致全国各族职工慰问信")
        #expect(read.articles[1].subtitle == "勉励广大职工发挥工人阶级主力军作用，为企业改革发展建功立业")
    }

    /// A headline in a deck's size in a band, blank lines before and after it, then a larger
    /// headline opening the band's next row (band-02 of the varied pages' seed 12): each heads
    /// the story it matches, the smaller is no kicker of the larger.
    @Test func aDeckSizedHeadlineApartInABandIsNoKicker() throws {
        let read = Self.readStyled([("本报北京一月四日讯九八爱多杯中国围棋电视快棋赛今天开战，丁伟执黑中盘战胜张璇。", Self.bodyType), ("", nil),
                                    ("本报记者彭俊", Self.bodyType),
                                    ("到1997年底，除了奶类和水果，菜篮子产品供给从长期短缺走向总量平衡。", Self.bodyType), ("", nil),
                                    ("《市场报·财富周刊》创刊", LineStyle(size: 1.5, distinctFace: true)), ("", nil),
                                    ("爱多杯中国围棋电视快棋赛开战丁伟", LineStyle(size: 1.2, distinctFace: true)),
                                    ("中盘胜张璇", LineStyle(size: 1.2, distinctFace: true)), ("", nil),
                                    ("从短缺走向平衡", LineStyle(size: 1.6, distinctFace: true)),
                                    ("——菜篮子工程建设十年述评（上）", LineStyle(size: 0.9, distinctFace: false))])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "爱多杯中国围棋电视快棋赛开战丁伟中盘胜张璇" && read.articles[0].kicker == nil)
        #expect(read.articles[1].title == "从短缺走向平衡" && read.articles[1].kicker == nil)
    }

    /// The same first in a band (band-17 of the varied pages' seed 12): `东方不亮西方亮三万下岗
    /// 职工上吕梁` at 1.2× heads the first story, `1997：竞技场上佳音频传` at 1.5× under it the next.
    @Test func aDeckSizedHeadlineFirstInABandIsNoKicker() throws {
        let read = Self.readStyled([("本报太原1月3日电“东方不亮西方亮”，1万多太原下岗职工到吕梁山区寻找再就业门路，三万下岗职工上吕梁。", Self.bodyType), ("", nil),
                                    ("新华社北京1月2日电据国家体委综合司的最新统计，在1997年内，中国运动员共获得92个世界冠军。", Self.bodyType), ("", nil),
                                    ("本报北京1月14日讯记者祝华新报道：中国社会科学院着眼二十一世纪，实施精品战略，呼唤学术大家。", Self.bodyType), ("", nil),
                                    ("东方不亮西方亮三万下岗职工上吕梁", LineStyle(size: 1.2, distinctFace: true)), ("", nil),
                                    ("1997：竞技场上佳音频传", LineStyle(size: 1.5, distinctFace: true)),
                                    ("——我选手共夺得92个世界冠军创29项世界纪录", LineStyle(size: 0.9, distinctFace: false)), ("", nil),
                                    ("中国社会科学院着眼二十一世纪精品战略", Self.display), ("呼唤学术『大家』", Self.display)])
        try #require(read.articles.count == 3, "\(read.articles.map(\.body))")
        #expect(read.articles.map(\.title) == ["东方不亮西方亮三万下岗职工上吕梁", "1997：竞技场上佳音频传", "中国社会科学院着眼二十一世纪精品战略呼唤学术『大家』"])
        #expect(read.articles.allSatisfy { $0.kicker == nil })
    }

    /// A statement signed with the office on one line and the name on the next (`…中国证监会主席`
    /// / `周正庆`, commentary-10 of the varied pages' seed 24): one signature, which closes the
    /// statement, not a title over the next story.
    @Test func anOfficeOverTheNameOnTheNextLineSignsTheStatement() throws {
        let kai = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let statement = [
            "展望未来，中国证券市场肩负着重大历史使命，既有挑战，", "也迎来了新的发展机遇。1998年证券工作将高举邓小平",
            "理论伟大旗帜，继续贯彻“法制、监管、自律、规范”的八", "字方针，围绕国有企业改革和经济结构调整，积极稳妥发",
            "展资本市场，推进证券体制改革，整顿证券市场秩序，努力", "提高监管水平，不断加强市场规范化建设，及时防范和化",
            "解市场风险，切实保护广大投资人利益。",
        ]
        let harvest = ["素称“金栀之乡”的湖北长阳土家族自治县都镇湾镇去年", "栀子喜获丰收。据统计，全镇近万亩栀角可收获栀子110",
                       "万公斤。都镇湾镇栀角资源十分丰富，色价含量达62%。"]
        let read = Self.readStyled([("积极发展规范运作", Self.display), ("", nil)] + statement.map { ($0, Self.bodyType) }
                                   + [("国务院副秘书长、国务院证券委主任、中国证监会主席", kai), ("周正庆", kai), ("", nil),
                                      ("栀子丰收栀农犯愁", Self.display), ("", nil)] + harvest.map { ($0, Self.bodyType) })
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.byline, $0.body.suffix(12)) })")
        #expect(read.articles[0].byline == "国务院副秘书长、国务院证券委主任、中国证监会主席 周正庆")
        #expect(read.articles[0].kind == .statement)
        #expect(read.articles[0].body.hasSuffix("切实保护广大投资人利益。"))
        #expect(read.articles[1].title == "栀子丰收栀农犯愁")
        #expect(read.articles[1].kicker == nil)
    }

    /// An office and a name on one baseline an em apart (`中央实验话剧院导演` · `查明哲`,
    /// commentary-19 of the varied pages' seed 41), which poppler gives as two lines and the
    /// page's order parts with a blank: one signature, no headline of a story of its own.
    @Test func anOfficeBesideTheNameOnItsBaselineSignsTheStatement() throws {
        let read = Self.readStyled([("认识『不可替代』承担『不可替代』", Self.placed(Self.display, 0...15, 0)), ("", nil),
                                    ("江泽民总书记不久前谈到话剧时用了四个", Self.placed(Self.bodyType, 0...15, 3)),
                                    ("字“不可替代”。全国广大的话剧工作者都", Self.placed(Self.bodyType, 0...15, 4.5)),
                                    ("会因这句话感到温暖，受到鼓舞，坚定", Self.placed(Self.bodyType, 0...15, 6)),
                                    ("信心，努力创造的！", Self.placed(Self.bodyType, 0...9, 7.5)),
                                    ("中央实验话剧院导演", Self.placed(Self.bodyType, 2...11, 9)), ("", nil),
                                    ("查明哲", Self.placed(Self.bodyType, 12...15, 9)), ("", nil),
                                    ("太铁专项检查领导干部住房", Self.placed(Self.display, 30...42, 0)), ("", nil),
                                    ("本报讯太原铁路分局认真开展领导干部住房专项检查。", Self.placed(Self.bodyType, 30...45, 3))])
        let statement = try #require(read.articles.first, "\(read.articles.map { ($0.title, $0.byline) })")
        #expect(statement.byline == "中央实验话剧院导演 查明哲", "\(read.articles.map { ($0.title, $0.byline) })")
        #expect(statement.body.hasSuffix("努力创造的！"))
        #expect(!read.articles.contains { $0.title == "中央实验话剧院导演" })
    }

    /// A section's title set as a paragraph of the text, wrapped before its last word at the
    /// foot of a column (`财政收入继续保持高增长` / `势头`, photo-18 of the varied pages' seed 41),
    /// names no office (`增长` is none) over a name: no signature closes the story, which goes
    /// on in the next column.
    @Test func aTitleWrappedBeforeItsLastWordSignsNothing() throws {
        let read = Self.readStyled([("改革平稳发展", Self.placed(Self.display, 0...12, 0)), ("", nil),
                                    ("在宏观调控成功实现“软着", Self.placed(Self.bodyType, 0...11.8, 3)),
                                    ("陆”的基础上，财税、金融", Self.placed(Self.bodyType, 0...11.8, 4.5)),
                                    ("运行体现了改革、平稳、", Self.placed(Self.bodyType, 0...11.8, 6)),
                                    ("发展的特点。", Self.placed(Self.bodyType, 0...6, 7.5)),
                                    ("财政收入继续保持高增长", Self.placed(Self.bodyType, 0...11.8, 9)),
                                    ("势头", Self.placed(Self.bodyType, 0...2, 10.5)), ("", nil),
                                    ("1月至11月，全国财政", Self.placed(Self.bodyType, 14...25.8, 0)),
                                    ("收入比上年同期增长23.2%，", Self.placed(Self.bodyType, 14...25.8, 1.5)),
                                    ("财政支出比上年同期增长16.4%。", Self.placed(Self.bodyType, 14...25.8, 3))])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.byline, $0.body.suffix(12)) })")
        #expect(read.articles[0].byline?.hasSuffix("摄") != true)
        #expect(read.articles[0].body.hasSuffix("增长16.4%。"))
    }

    /// A commentary signed by a director (`中国铁路文工团总导演 陈薪伊`, commentary-19 of the fifth
    /// seed) right above the next story's headline: a director's office signs it, as a
    /// secretary's or a chairman's does; it is no kicker of the headline under it.
    @Test func aDirectorSignsTheCommentaryAboveTheNextHeadline() throws {
        let kai = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let commentary = [
            "的前卫戏剧；演出不仅在大剧场", "进行，小剧场演出也越来越成为", "观众喜闻乐见的样式。这些丰富", "的、具有个性特色的演出，显示了",
            "我国的话剧正进入一个转型阶段，", "正在从“运动”化转向个性化；从几", "十年来所肩负的为阶级、民族与", "国家兴亡而战斗的历史使命，越",
            "来越趋向于关注和平时期人的命", "运，越来越具有个性色彩和人文", "色彩。",
        ]
        let report = ["新华社北京1月19日电国务院", "副总理李岚清今天下午在人民大", "会堂会见了以会长樱内义雄为团", "长的第二十六次日本国际贸易促", "进协会访华团。"]
        let read = Self.readStyled(commentary.map { ($0, Self.bodyType) } + [("中国铁路文工团总导演 陈薪伊", kai), ("", nil),
                                   ("李岚清会见日本客人", Self.display), ("", nil)] + report.map { ($0, Self.bodyType) })
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.byline, $0.body.suffix(12)) })")
        #expect(read.articles[0].byline == "中国铁路文工团总导演 陈薪伊")
        #expect(read.articles[0].body.hasSuffix("越来越具有个性色彩和人文色彩。"))
        #expect(read.articles[1].title == "李岚清会见日本客人")
        #expect(read.articles[1].kicker == nil)
    }

    /// A kicker in kaiti at the body's size, broken over two lines in a block of its own over a
    /// headline at a column's top (`外国政要回首1997年俄总` / `统：经济停止下滑趋势`, commentary-16 of
    /// seed 24): the headline's kicker, not the end of the story above it.
    @Test func aKickerInItsOwnFaceOverAHeadlineIsNoEndOfTheStoryAbove() throws {
        let kai = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let story = ["让电视台录像，大出风头。不", "久竟低职高挂，到市体委挂任", "副主任。因体委没有正主任，她", "实际上是“一把手”。"]
        let report = ["据新华社莫斯科12月30日电（记者张铁柱）", "俄罗斯总统叶", "利钦30日指出，在即将过去", "的1997年里，俄经济停止",
                      "了下滑趋势，政治上出现了和"]
        let read = Self.readStyled([("反腐倡廉从身边做起", Self.display), ("", nil)] + story.map { ($0, Self.bodyType) }
                                   + [("", nil), ("外国政要回首1997年俄总", kai), ("统：经济停止下滑趋势", kai), ("", nil),
                                      ("德外长：欧洲取", Self.display), ("得全面成就乌外", Self.display), ("长：对外政策积", Self.display),
                                      ("极灵活", Self.display), ("", nil)] + report.map { ($0, Self.bodyType) })
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.kicker, $0.body.suffix(12)) })")
        #expect(read.articles[0].body.hasSuffix("她实际上是“一把手”。"))
        #expect(read.articles[1].kicker == "外国政要回首1997年俄总统：经济停止下滑趋势")
        #expect(read.articles[1].title == "德外长：欧洲取得全面成就乌外长：对外政策积极灵活")
    }

    /// A kicker in the body's face, a little under its size, opening a row of the page over a
    /// headline in display type (`北大荒粮食三年连续大幅增产`, feature-05 of the varied pages' seed
    /// 51): the headline's kicker, no piece of its own; a story's last line opens no row.
    @Test func aKickerInTheBodysFaceOpeningARowIsTheHeadlinesKicker() throws {
        let story = ["有电话倒是清静，可没有空调就太", "难受了，许多选手半夜里热得难以", "入睡，一身是汗。看来，中国队要",
                     "在比赛中发挥出水平，就必须要战", "胜这里的酷热。"]
        let report = ["本报讯北大荒经受洪涝灾害的严峻", "考验，粮食生产再创历史新高，", "去年总产量逾８５．２亿公斤。"]
        let kicker = LineStyle(size: 0.91, distinctFace: false, headlineFace: false, opensRow: true)
        let read = Self.readStyled([("珀斯真热", Self.display), ("", nil)] + story.map { ($0, Self.bodyType) }
                                   + [("", nil), ("北大荒粮食三年连续大幅增产", kicker), ("", nil),
                                      ("去年总产量逾８５．２亿公斤，", Self.display), ("创下我国农业最高劳动生产率", Self.display), ("", nil)]
                                   + report.map { ($0, Self.bodyType) })
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.kicker, $0.body.suffix(12)) })")
        #expect(read.articles[0].body.hasSuffix("胜这里的酷热。"))
        #expect(read.articles[1].kicker == "北大荒粮食三年连续大幅增产")
        #expect(read.articles[1].title == "去年总产量逾85．2亿公斤，创下我国农业最高劳动生产率")
    }

    /// A paragraph's first line with no punctuation but dashes and quotes, in the face its story
    /// is set in throughout and spanning the column as the line under it does
    /// (`奇迹来自政府重视———要求“市长负责”` over `抓“菜篮子”，一抓就是十年；…`, feature-02 of the
    /// varied pages' seed 51): the story's text, no title cutting it in two.
    @Test func aParagraphsFirstLineSpanningItsColumnIsNoTitle() throws {
        let kai = LineStyle(size: 1, distinctFace: true)
        let story = [("到一九九七年底，除了奶类和水果，我国", 18.0), ("主要农产品人均占有量已达到或超过了世", 18), ("界人均水平，不能不说是一个奇迹。", 16),
                     ("奇迹来自政府重视———要求“市长负责”", 18.3), ("抓“菜篮子”，一抓就是十年；奇迹更来自改", 18),
                     ("革的推动，菜篮子工程实施的十年，是中国", 18), ("农村经济改革逐渐走向深入的十年。", 16)]
        let read = Self.readStyled([("从短缺走向平衡", Self.placed(Self.display, 0...14, 0)), ("", nil)]
                                   + story.enumerated().map { k, line in (line.0, Self.placed(kai, 0...line.1, 3 + Double(k) * 1.3)) }
                                   + [("许宏治", Self.placed(kai, 15...18, 13))])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles[0].title == "从短缺走向平衡")
        #expect(read.articles[0].body.contains("奇迹来自政府重视———要求“市长负责”抓“菜篮子”"), "\(read.articles[0].body)")
    }

    /// Two headlines in a deck's size one after another in a band, each matching a story no
    /// other title of the band matches (band-01 of the varied pages' seed 13): each heads its
    /// story, neither is the subtitle of the headline before them.
    @Test func deckSizedHeadlinesInARowInABandHeadTheirStories() throws {
        let deck = LineStyle(size: 1.2, distinctFace: true), subtitle = LineStyle(size: 0.9, distinctFace: false)
        let read = Self.readStyled([("本报南京1月8日电经过6个月的精心施工，周恩来军事文选出版发行，江苏隆重纪念一代伟人。", Self.bodyType), ("", nil),
                                    ("本报开罗1月19日电记者朱梦魁报道：在美以、美巴首脑会晤前夕，阿拉法特与穆巴拉克举行会谈协调立场。", Self.bodyType), ("", nil),
                                    ("新华社香港1月3日电香港特别行政区第一届立法会选民登记工作结束，地方选区选民登记约二百八十万人。", Self.bodyType), ("", nil),
                                    ("《周恩来军事文选》出版发行江苏隆重纪念一代伟人", LineStyle(size: 1.8, distinctFace: true)), ("", nil),
                                    ("美以美巴首脑会晤前夕阿拉法特与穆巴拉克协调立场", deck), ("", nil),
                                    ("香港选民登记工作结束", deck), ("", nil),
                                    ("——地方选区选民登记约二百八十万人，功能界别选民十四万多人", subtitle)])
        try #require(read.articles.count == 3, "\(read.articles.map(\.body))")
        #expect(read.articles.map(\.title) == ["《周恩来军事文选》出版发行江苏隆重纪念一代伟人", "美以美巴首脑会晤前夕阿拉法特与穆巴拉克协调立场", "香港选民登记工作结束"])
        #expect(read.articles[0].subtitle == nil)
    }

    /// A subtitle in the body's face alone between blank lines after a finished story, its
    /// headline printed elsewhere (commentary-07 of the benchmark's second seed): it opens the
    /// story under it as its subtitle.
    @Test func aSubtitleAloneBetweenBlankLinesOpensTheStoryUnderIt() throws {
        let read = Self.readStyled([("继续把农业放在经济工作首位", Self.display), ("", nil),
                                    ("近年来，我国金融业在改革开放中稳步健康发展。本报", Self.bodyType),
                                    ("自今日起，陆续刊登国外金融风险典型案例，以期起到", Self.bodyType),
                                    ("前车之鉴的作用。", Self.bodyType), ("", nil),
                                    ("——论今年经济工作主要任务", LineStyle(size: 0.95, distinctFace: false)), ("", nil),
                                    ("中央经济工作会议确立今年经济工作重点时，明确提", Self.bodyType),
                                    ("出继续把农业放在经济工作首位。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map(\.body))")
        #expect(read.articles[1].subtitle == "论今年经济工作主要任务")
        #expect(read.articles[1].body == "中央经济工作会议确立今年经济工作重点时，明确提出继续把农业放在经济工作首位。")
    }

    /// A brief's title of three characters run in by its face (`致读者`, briefs-10 in the page
    /// benchmark) heads the brief, as a longer one does.
    /// Two characters run in are a title before a date opening a caption (`示威 1月15日，…`,
    /// briefs-14 of the varied pages' seed 9); before other text they may be a name set bold.
    @Test(arguments: [("1月15日，美国人道主义组织成员在联合国机构门前示威。", "示威"), ("今天说，美国人道主义组织成员在联合国机构门前示威。", nil)])
    func aTwoCharacterRunInTitleHeadsACaptionOpeningWithADate(text: String, title: String?) throws {
        let read = Self.readStyled([("护嫂队伍经过培训后上岗实习。", Self.bodyType),
                                    ("示威 " + text, LineStyle(size: 1, distinctFace: false, runInTitle: "示威"))])
        try #require(read.articles.count == (title == nil ? 1 : 2), "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles.last?.title == title)
    }

    @Test func aThreeCharacterRunInTitleHeadsItsBrief() throws {
        let read = Self.readStyled([("护嫂队伍经过培训后上岗实习。", Self.bodyType),
                                    ("致读者 从今年一月开始，每逢周日本", LineStyle(size: 1, distinctFace: false, runInTitle: "致读者")),
                                    ("报四版刊出《地方新闻》。", Self.bodyType)])
        try #require(read.articles.count == 2)
        #expect(read.articles[1].title == "致读者")
        #expect(read.articles[1].body == "从今年一月开始，每逢周日本报四版刊出《地方新闻》。")
    }

    /// A photo credit's desk printed at the end of the caption's last line, after its sentence,
    /// the name on the line under it (`…这是她第二十次献血。新华社记者` / `郑焕清摄`, photo-02 of the
    /// varied pages' seed 16): one credit, closing the caption; the caption keeps its sentence.
    @Test func aCreditsDeskEndingTheCaptionsLineJoinsTheName() throws {
        let read = Self.readStyled([("图为主动献血的芬兰母女俩，这是她第二十次献血。新华社记者", Self.bodyType), ("", nil),
                                    ("郑焕清摄", Self.bodyType), ("", nil),
                                    ("红十字会提供援助", LineStyle(size: 1.7, distinctFace: true)), ("", nil),
                                    ("据新华社北京1月15日电（李术峰）红十字会国际联合会向灾区提供援助。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].body == "图为主动献血的芬兰母女俩，这是她第二十次献血。")
        #expect(read.articles[0].byline == "新华社记者 郑焕清摄")
        #expect(read.articles[1].title == "红十字会提供援助")
    }

    /// A headline printed where a story's column broke off mid-sentence, over another story
    /// further on (commentary-12 of the varied pages' seed 16): the text after it carries on
    /// the broken sentence and the story's subject and shares no words with the headline, so it
    /// stays the story's, and the headline goes to the story whose words it shares.
    @Test func aHeadlineWhereAColumnBrokeOffMidSentenceHeadsTheStoryItsWordsMatch() throws {
        let display = LineStyle(size: 2.1, distinctFace: true)
        let read = Self.readStyled([("郑州我怎么对你说", display), ("", nil),
                                    ("中午12时许，我们在西郊的饭店吃饭，汽车停靠在饭店对面的", Self.bodyType),
                                    ("马路边上。吃完饭发现：汽车右侧的玻璃被砸烂了一块，", Self.bodyType), ("", nil),
                                    ("校园打工求自立", display), ("", nil),
                                    ("车内物品被洗劫一空。饭店的门卫告诉我们，光上个月，停在", Self.bodyType),
                                    ("马路边上的汽车就被砸了十几辆。我们只好自认倒霉。", Self.bodyType), ("", nil),
                                    ("本报驻罗马尼亚记者梁晓华", Self.bodyType),
                                    ("在物价不断上涨的今天，罗马尼亚的大学生已非一心只读书，", Self.bodyType),
                                    ("许多大学生在校园里打工，求得经济上的自立。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].title == "郑州我怎么对你说")
        #expect(read.articles[0].body.contains("玻璃被砸烂了一块，车内物品被洗劫一空。"))
        #expect(read.articles[1].title == "校园打工求自立")
        #expect(read.articles[1].lead == "本报驻罗马尼亚记者梁晓华")
    }

    /// The same, but the story's last line stands clearly narrower than its column
    /// (`『我天天都在网上看人民日报』` before `读新书`, stacked-08 of the varied pages' seed 22):
    /// the story ended there, and the headline heads the text after it, though that shares
    /// words with the story.
    @Test func aHeadlineUnderAStorysShortLastLineHeadsTheTextAfterIt() throws {
        let display = LineStyle(size: 1.8, distinctFace: true)
        let read = Self.readStyled([("郑州我怎么对你说", display), ("", nil),
                                    ("中午12时许，我们在西郊的饭店吃饭，汽车停靠在饭店对面的", Self.bodyType),
                                    ("马路边上。吃完饭发现：汽车右侧的玻璃被砸烂了一块，车内", Self.bodyType),
                                    ("物品被洗劫一空。饭店的门卫告诉我们，光上个月就有十几辆", Self.bodyType),
                                    ("『我们只好自认倒霉』", Self.bodyType), ("", nil),
                                    ("校园打工求自立", display), ("", nil),
                                    ("停在马路边上的汽车被砸，饭店的门卫说这样的事上个月就有", Self.bodyType),
                                    ("十几起，我们在西郊吃饭时也遇上了。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].body.hasSuffix("『我们只好自认倒霉』"))
        #expect(read.articles[1].title == "校园打工求自立")
        #expect(read.articles[1].body.hasPrefix("停在马路边上的汽车被砸"))
    }

    /// A brief's first line holds its run-in title, `本报讯` and two words listed with `、`
    /// (briefs-05 of the varied pages' seed 16): printed, the line is as wide as the next, so
    /// the words run on into the text; the lead is `本报讯` alone, not a lead naming two people.
    @Test func aRunInTitleCountsInItsLinesWidth() throws {
        let read = Self.readStyled([("护嫂队伍经过培训后上岗实习。", Self.bodyType),
                                    ("肥力高可使瓜甜果香 本报讯国家科委、农业", LineStyle(size: 1, distinctFace: false, runInTitle: "肥力高可使瓜甜果香")),
                                    ("部等有关部门领导日前在京向全国近百家企业", Self.bodyType),
                                    ("颁发铜匾，这标志着这一高新技术产品全面推广。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[1].title == "肥力高可使瓜甜果香")
        #expect(read.articles[1].lead == "本报讯")
        #expect(read.articles[1].body.hasPrefix("国家科委、农业部等有关部门"))
    }

    /// Two reports filed from the same place on the same day, the headline over them printed in
    /// a band below (band-11 in the page benchmark): one story under that headline, whichever
    /// report its words match better.
    @Test func twoReportsFiledAlikeUnderOneHeadlineAreOneStory() throws {
        let text = "本报罗马1月15日电记者罗晋标报道：意大利总统斯卡尔法罗今天上午\n在总统府会见了中国外长。\n本报罗马1月15日电意大利总理普罗迪今天上午在总理府会见了钱其琛，\n双方就两国合作交换了意见。\n\n意总统总理会见钱其琛\n"
        let read = PageReader().read(text, id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].title == "意总统总理会见钱其琛")
        #expect(read.articles[0].body.hasSuffix("双方就两国合作交换了意见。"))
        #expect(PageLine.filedAlike("据新华社马尼拉1月11日电菲律宾总统", "新华社马尼拉1月11日电（记者陈鹤高）持续"))
        #expect(!PageLine.filedAlike("新华社北京1月15日电国务院", "新华社上海1月15日电市政府"))
        #expect(!PageLine.filedAlike("本报讯今天上午", "本报讯昨天下午"))
    }

    /// Two reports from different places under one headline printed in a band (band-16 in the
    /// page benchmark): the headline matched the second report's words, so the first was left
    /// without one; they are one story.
    @Test func reportsUnderOneBandHeadlineAreOneStory() throws {
        let text = "据新华社纽约1月2日电 华尔街股市今天开门红，道琼斯指数上涨。\n新华社雅加达1月3日电 印尼盾对美元汇率今天再跌，菲律宾比索汇率也跌。\n\n印尼菲律宾货币汇率再跌\n"
        let read = PageReader().read(text, id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].title == "印尼菲律宾货币汇率再跌")
        #expect(read.articles[0].lead == "据新华社纽约1月2日电")
    }

    /// A kicker at body size in a face of its own, a year before its colon, over a headline in
    /// display type, under a story closed by its reporters (stacked-08 of the fifth seed): the
    /// story's kicker, not a piece of its own.
    @Test func aKickerOpeningWithAYearIsTheStorysKicker() throws {
        let read = Self.readStyled([("本报讯山西太原市市政工程设计研究院采用新技术、新设备，科技之花遍开高原。", Self.bodyType),
                                    ("（刘明英保平）", Self.bodyType), ("", nil),
                                    ("1997：竞技场上佳音频传", LineStyle(size: 1.05, distinctFace: true)), ("", nil),
                                    ("我选手共夺得92个世界冠军", LineStyle(size: 1.49, distinctFace: true)), ("", nil),
                                    ("新华社北京1月2日电据国家体委综合司的最新统计，我国选手共夺得", Self.bodyType),
                                    ("92个世界冠军。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.kicker, $0.title, $0.body) })")
        #expect(read.articles[1].kicker == "1997：竞技场上佳音频传")
        #expect(read.articles[1].title == "我选手共夺得92个世界冠军")
    }

    /// A lead wrapped onto a second line that measures 7% larger than the body (its corner
    /// brackets from a face of their own, stacked-06 of the fifth seed), its sentence running
    /// on into the next line at body size: one report, not two elements.
    @Test func aLineALittleLargerWhoseSentenceRunsOnIsTheSameReport() throws {
        let read = Self.readStyled([("活跃农村文化生活满足农民文化需求", Self.display), ("", nil),
                                    ("本报北京一月六日讯新华社记者王黎、本", LineStyle(size: 1, distinctFace: true)),
                                    ("报记者李舫报道：全国『三下乡』活动先", LineStyle(size: 1.07, distinctFace: false)),
                                    ("进集体、先进个人表彰电视电话会议今", Self.bodyType),
                                    ("天在京召开。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(read.articles[0].body == "全国『三下乡』活动先进集体、先进个人表彰电视电话会议今天在京召开。")
    }

    /// A lead line whose lead word is set in a face of its own measures a little larger than the
    /// body (photo-05 in the page benchmark); its sentence runs on into the next line, which is
    /// the same report, not another element.
    @Test func aLeadLineSizedApartRunsOnIntoItsReport() throws {
        let read = Self.readStyled([("本报讯春节临近，全国各地积", LineStyle(size: 1.06, distinctFace: false)),
                                    ("极开展走访慰问困难企业和", Self.bodyType),
                                    ("特困职工的送温暖活动。", Self.bodyType)])
        try #require(read.articles.count == 1)
        #expect(read.articles[0].lead == "本报讯")
        #expect(read.articles[0].body == "春节临近，全国各地积极开展走访慰问困难企业和特困职工的送温暖活动。")
    }

    /// A headline's last character wrapped onto a line of its own, a blank line between
    /// (mixed-12 in the page benchmark), is still the headline's.
    @Test func aHeadlinesLastCharacterOnALineOfItsOwnIsTheHeadlines() throws {
        let read = Self.readStyled([("济南社区医生入家", LineStyle(size: 2.5, distinctFace: true)), ("", nil), ("来", LineStyle(size: 2.5, distinctFace: true)),
                                    ("", nil), ("本报记者贾建舟", LineStyle(size: 1, distinctFace: true)),
                                    ("1月7日上午，济南市第五人民医院的医生来到社区。", Self.bodyType)])
        try #require(read.articles.count == 1)
        #expect(read.articles[0].title == "济南社区医生入家来")
        #expect(read.unassigned.isEmpty)
    }

    /// A byline naming three desks' reporters, in a face of its own (band-15 in the page
    /// benchmark), is the whole lead however long.
    @Test func aBylineOfThreeDesksIsTheWholeLead() throws {
        let read = Self.readStyled([("新华社记者刘建新中央人民广播电台记者胡训军本报记者郭嘉", LineStyle(size: 1, distinctFace: true)),
                                    ("湖南省吉首军分区司令员彭楚政扶贫济困、热心", Self.bodyType),
                                    ("为民，人民群众称他扶贫司令。", Self.bodyType)])
        try #require(read.articles.count == 1)
        #expect(read.articles[0].lead == "新华社记者刘建新中央人民广播电台记者胡训军本报记者郭嘉")
        #expect(read.articles[0].body.hasPrefix("湖南省吉首军分区司令员"))
    }

    /// A brief's run-in title after a reporters' credit wrapped over two lines (mixed-05 in the
    /// page benchmark): the credit finished the brief before, so the title opens the next.
    @Test func aRunInTitleAfterAWrappedCreditOpensABrief() throws {
        let text = "本报讯 朝鲜驻华大使朱昌骏今天晚上举行\n宴会，祝愿中国取得更大的成就。（归\n昌张兴华）\n中国东海水晶城将兴建 江\n苏省东海县最近动工扩建水\n晶市场第三期工程，建立一\n座营业大厅。\n"
        let read = PageReader().read(text, id: "p")
        try #require(read.articles.count == 2)
        #expect(read.articles[1].title == "中国东海水晶城将兴建")
        #expect(read.articles[1].body.hasPrefix("江苏省东海县"))
    }

    /// One headline left over and one story left without a headline go together where sizes
    /// are known, though they share no words (band-10 in the page benchmark: `飞越珠穆朗玛` over a
    /// flight from Lhasa).
    @Test func theLastHeadlineGoesToTheLastStoryWithoutOne() throws {
        let read = Self.readStyled([("城东新桥今日通车", Self.display), ("", nil), ("飞越珠穆朗玛", Self.display), ("", nil),
                                    ("本报讯 城东新桥今天上午通车，新桥全长八百米。", Self.bodyType), ("", nil),
                                    ("本报拉萨1月5日电 每周二、六从拉萨往返加德满都的航线最令人注目。", Self.bodyType)])
        try #require(read.articles.count == 2)
        #expect(read.articles.map(\.title) == ["城东新桥今日通车", "飞越珠穆朗玛"])
        #expect(read.readings.first { $0.text == "飞越珠穆朗玛" }?.reason.hasSuffix("the one headline left, for the one story left without one") == true)
    }

    /// Stories side by side under a band of headlines (band-10 in the page benchmark): a story
    /// opening at a column's top with no lead, under a finished one, is cut off it for the one
    /// headline of the band left over, though the two share no words.
    @Test func aStoryAtAColumnTopTakesTheBandsLastHeadline() throws {
        let read = Self.readStyled([("本报讯 城东新桥今天上午通车，新桥全长八百米。", Self.bodyType), ("", nil),
                                    ("“地球第三极”在飞机右翼下缓缓掠过，机舱里热闹极了。", Self.bodyType), ("", nil),
                                    ("本报讯 全市冬季长跑比赛昨天在体育场举行。", Self.bodyType), ("", nil),
                                    ("城东新桥今日通车", Self.display), ("", nil), ("飞越珠穆朗玛", Self.display), ("", nil),
                                    ("冬季长跑比赛举行", Self.display)])
        #expect(read.articles.map(\.title) == ["城东新桥今日通车", "飞越珠穆朗玛", "冬季长跑比赛举行"], "\(read.articles.map(\.body))")
    }

    /// Two stories of a band opening at a column's top with no lead, each under a finished one
    /// (band-20 of the page benchmark's seed 3, redrawn: `王光美，1921年…` under a volleyball
    /// report, `“地球第三极”…` under a meeting's): each is cut off for the band's headline standing
    /// where it stands, the third and fifth of five, though none shares their words.
    @Test func storiesAtColumnTopsTakeTheBandsHeadlinesLeftInOrder() throws {
        let read = Self.readStyled([("本报讯 城东新桥今天上午通车，新桥全长八百米。", Self.bodyType), ("", nil),
                                    ("“地球第三极”在飞机右翼下缓缓掠过，机舱里热闹极了。", Self.bodyType), ("", nil),
                                    ("本报讯 全市冬季长跑比赛昨天在体育场举行。", Self.bodyType), ("", nil),
                                    ("王光美，1921年9月26日生于北京，现任幸福工程组委会主任。", Self.bodyType), ("", nil),
                                    ("本报讯 市图书馆新馆昨天开馆，藏书二百万册。", Self.bodyType), ("", nil),
                                    ("城东新桥今日通车", Self.display), ("", nil), ("飞越珠穆朗玛", Self.display), ("", nil),
                                    ("冬季长跑比赛举行", Self.display), ("", nil), ("只要人人都献出爱", Self.display), ("", nil),
                                    ("图书馆新馆开馆", Self.display)])
        #expect(read.articles.map(\.title) == ["城东新桥今日通车", "飞越珠穆朗玛", "冬季长跑比赛举行", "只要人人都献出爱", "图书馆新馆开馆"],
                "\(read.articles.map(\.body))")
        #expect(read.readings.first { $0.text == "只要人人都献出爱" }?.reason.hasSuffix("for the story standing where it stands in the band") == true)
    }

    /// A second wire report run on in the column of the first, no break between, is the same
    /// story also where its headline stands in a band apart (band-11 of the page benchmark's
    /// second seed: `据新华社开罗…电` under `据新华社巴格达…电`, the band headline naming both),
    /// though another headline of the band matches the second report's words.
    @Test func aSecondWireReportUnderABandHeadlineContinuesTheStory() throws {
        let read = Self.readStyled([("据新华社巴格达1月11日电 伊拉克11日指责核查小组人员组成失衡。", Self.bodyType),
                                    ("据新华社开罗1月11日电（记者王亚东） 埃及民间组织要求为伊儿童空运救济物资。", Self.bodyType), ("", nil),
                                    ("本报讯 城东新桥今天上午通车，新桥全长八百米。", Self.bodyType), ("", nil),
                                    ("伊拉克指责核查小组失衡埃及民间组织要求援助", Self.display), ("", nil),
                                    ("城东新桥今日通车", Self.display), ("", nil), ("伊儿童盼救济物资", Self.display)])
        #expect(read.articles.map(\.title) == ["伊拉克指责核查小组失衡埃及民间组织要求援助", "城东新桥今日通车"])
        #expect(read.articles.first?.body.hasSuffix("空运救济物资。") == true, "\(read.articles.map(\.body))")
    }

    /// A byline or an author's name alone on its line under a standfirst, the story going on
    /// right under it in the same type (briefs-08 and stacked-20 in the page benchmark), is
    /// inside the story: it neither opens a report nor signs one off.
    @Test(arguments: ["本报记者贺广华", "海飞"])
    func aNameUnderAStandfirstIsInsideTheStory(name: String) throws {
        let read = Self.readStyled([("防震减灾西部先行", Self.display), ("", nil),
                                    ("地震，是一种自然力的表现。人类不能阻止它，只能认真研究它。", Self.bodyType), (name, Self.bodyType),
                                    ("敢问苍茫大地西部，这片神奇的土地，充满希望活力，也多自然灾害。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "防震减灾西部先行")
        #expect(read.articles[0].body.hasSuffix("也多自然灾害。"))
    }

    /// An author's name right under the headline, the story going on under it (mixed-11 of
    /// the page benchmark's second seed), is the story's lead, no signature of a piece of its
    /// own; the note on the writer closing the story is its byline. So too under a subtitle set
    /// larger than the body (mixed-06 of the varied pages' seed 20, 1.1 times).
    @Test(arguments: [1.0, 1.1])
    func anAuthorsNameUnderTheHeadlineIsTheLead(subtitleSize: Double) throws {
        let read = Self.readStyled([("鲜血和生命写成的历史", Self.display), ("——读《冀中回民支队》感言", LineStyle(size: subtitleSize, distinctFace: false)), ("", nil),
                                    ("刘世昌", Self.bodyType), ("翻阅革命历史丛书《冀中回民支队》，激动的泪水难以抑止。", Self.bodyType),
                                    ("他们的精神永垂青史，代代相承。", Self.bodyType), ("（作者系原冀中回民支队政委，空军原副政委）", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].lead == "刘世昌")
        #expect(read.articles[0].byline == "（作者系原冀中回民支队政委，空军原副政委）")
        #expect(read.articles[0].body == "翻阅革命历史丛书《冀中回民支队》，激动的泪水难以抑止。他们的精神永垂青史，代代相承。")
    }

    /// A title in a face of its own opening a row of the page under a finished story (briefs-08
    /// of the page benchmark's second seed: `图片新闻` over a photo's caption) is no signature of
    /// the story above: the caption's title.
    @Test func aTitleOpeningARowIsNoSignature() throws {
        let read = Self.readStyled([("傅全有会见美国防部长", Self.display), ("", nil),
                                    ("据新华社北京1月19日电 傅全有说，两国、两军关系就能健康、顺利地发展。", Self.bodyType), ("", nil),
                                    ("图片新闻", LineStyle(size: 1, distinctFace: true, opensRow: true)),
                                    ("连年的“暖冬”，使喜爱滑冰运动的北京人无可奈何。图为几个年轻人在激战冰球。", Self.bodyType)])
        #expect(read.articles.map(\.title) == ["傅全有会见美国防部长", "图片新闻"], "\(read.articles.map(\.body))")
        #expect(read.articles.first?.body.hasSuffix("顺利地发展。") == true)
    }

    /// An editor's note is no standfirst: the byline or name under it opens the story it
    /// introduces (commentary-04 and -15 in the page benchmark).
    @Test(arguments: ["本报记者崔士鑫", "钟行"])
    func aNameUnderAnEditorsNoteOpensTheStory(name: String) throws {
        let read = Self.readStyled([("反腐倡廉从身边做起", Self.display), ("", nil),
                                    ("编者按：领导干部要管好亲属和身边工作人员。", Self.bodyType), (name, Self.bodyType),
                                    ("领导干部手中的权力，是人民赋予的。", Self.bodyType), ("", nil),
                                    ("高奏华夏浩歌", Self.display), ("", nil), ("由张震题写书名的丛书近日出版。", Self.bodyType)])
        #expect(read.articles.map(\.title) == ["反腐倡廉从身边做起", "高奏华夏浩歌"])
        #expect(read.articles.first?.body.hasSuffix("是人民赋予的。") == true, "\(read.articles.map(\.body))")
    }

    /// A section's label boxed at the top of the page, on the row of its furniture but above the
    /// first column (commentary-20 in the page benchmark), is read with that row: the page's
    /// section, not a headline over the column.
    @Test func aLabelOnTheFurnitureRowIsTheSection() {
        var lines = [PDFLayout.Line(words: [Self.word("社会", 40, 35, size: 14)]),
                     PDFLayout.Line(words: [Self.word("人民日报", 550, 37, size: 12)]),
                     PDFLayout.Line(words: [Self.word("1998年1月18日", 620, 37.5, size: 10.46)]),
                     PDFLayout.Line(words: [Self.word("第3版", 776, 37.5, size: 10.46)]),
                     PDFLayout.Line(words: [Self.word("东滩中国第一矿", 300, 58, size: 25)])]
        let columns = [["绿化是衣，矿容是貌，职工的素", "质是心。看完东滩矿，我们觉得", "这话说得好。东滩矿是全国产量", "最大的矿井。"],
                       ["是骄人的业绩将我们吸引到了东", "滩矿，然而给我们印象更深的却", "是这里的职工。他们的素质很高", "，矿容也好。"]]
        for (c, column) in columns.enumerated() {
            for (i, text) in column.enumerated() {
                lines.append(PDFLayout.Line(words: [Self.word(text, 31 + Double(c) * 200, (c == 0 ? 60 : 100) + Double(i) * 14, size: 10.46)]))
            }
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let page = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(page.section == "社会")
        #expect(!page.articles.contains { $0.title == "社会" }, "\(page.articles.map(\.displayTitle))")
    }

    /// A headline's last line set apart by a blank line, a word running across the break
    /// (mixed-15 in the page benchmark: `四大气象科` / `学试验将展开`), is still the headline's.
    @Test func aHeadlinesLastLineAfterABlankIsTheHeadlinesWhereAWordRunsOn() throws {
        let read = Self.readStyled([("提高重大灾害性天气", LineStyle(size: 2.5, distinctFace: true)), ("预报水平四大气象科", LineStyle(size: 2.5, distinctFace: true)),
                                    ("", nil), ("学试验将展开", LineStyle(size: 2.5, distinctFace: true)), ("", nil),
                                    ("本报北京1月5日讯 四大气象科学试验今年将全面展开。", Self.bodyType)])
        try #require(read.articles.count == 1)
        #expect(read.articles[0].title == "提高重大灾害性天气预报水平四大气象科学试验将展开")
        #expect(read.unassigned.isEmpty)
    }

    /// A caption's title set below the body's size, under a photo headline of its own (photo-07
    /// in the page benchmark), heads the caption; it is not the headline's subtitle.
    @Test func aCaptionsTitleBelowBodySizeIsNoSubtitle() throws {
        let read = Self.readStyled([("京城新景观", LineStyle(size: 2.0, distinctFace: true)), ("", nil),
                                    ("磁卡电话进村", LineStyle(size: 0.9, distinctFace: true)),
                                    ("广东省顺德市城镇、农村街头，新近出现了一批磁卡电话亭。", LineStyle(size: 0.9, distinctFace: false)),
                                    ("（刘玉生摄）", LineStyle(size: 0.9, distinctFace: false))])
        let caption = try #require(read.articles.first { $0.byline == "（刘玉生摄）" })
        #expect(caption.title == "磁卡电话进村")
        #expect(caption.subtitle == nil)
    }

    /// The page's date broken over two lines (mixed-14 in the page benchmark) is the page's
    /// furniture, not the end of the story before it.
    @Test func aDateBrokenOverTwoLinesIsThePagesDate() throws {
        let read = PageReader().read("本报讯 证券交易印花税税率调高。\n人民日报\n1998年\n1月14日 星期三\n第2版\n", id: "p")
        try #require(read.articles.count == 1)
        #expect(read.date == "1998-01-14")
        #expect(read.articles[0].body == "证券交易印花税税率调高。")
    }

    /// A picture credit under a report whose lead names no reporters is who shot it, out of the
    /// body (photo-12 in the page benchmark); under a lead that names reporters it stays in the
    /// body, since the byline is read off the lead.
    @Test(arguments: [("本报讯", "戴浩摄", "产品结构。"), ("本报讯（记者 张三）", "记者 张三", "产品结构。\n戴浩摄")])
    func aCreditUnderAReportIsItsBylineWhenTheLeadNamesNoOne(lead: String, byline: String, body: String) throws {
        let read = PageReader().read("\(lead)近年来，浙江东方通信股份\n有限公司调整企业\n产品结构。\n戴浩摄\n", id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].byline == byline)
        #expect(read.articles[0].body.hasSuffix(body))
    }

    /// A credit wrapped after the caption's last sentence (photo-09, mixed-20 in the page benchmark) is
    /// whole, and the caption ends with its sentence.
    @Test(arguments: ["新华社记者\n沈桥摄", "新华社记\n者沈桥摄", "新华社记者沈\n桥摄"])
    func aWrappedCreditIsWhole(wrapped: String) throws {
        let read = PageReader().read("学生们在新建的教室里上课。\(wrapped)\n", id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].kind == .photo && read.articles[0].byline == "新华社记者沈桥摄")
        #expect(read.articles[0].body == "学生们在新建的教室里上课。")
    }

    /// Where the page's columns are known, a line opening with `本报记者` right under a line
    /// whose sentence runs on (`…在接受` / `本报记者年终专访时所说`, photo-06 of the fifth seed)
    /// is that sentence, no byline; a lead naming where and when it was filed opens a report
    /// anyway (an interleaved line can stand above it).
    @Test(arguments: [("本报记者年终专访时所说，美、欧、俄三方关系有了新的发展。", 1), ("新华社北京1月12日电国务院总理李鹏今天主持召开会议。", 2)])
    func aBylineWordInsideASentenceIsNoLead(line: String, articles: Int) throws {
        let read = Self.readStyled([("大国关系调整与俄外交", Self.display), ("", nil),
                                    ("本报驻俄罗斯记者许宏治", LineStyle(size: 1, distinctFace: true)),
                                    ("在刚刚过去的1997年，大国关系的调整是一大现象。正如钱其琛副总理兼外长在接受", Self.bodyType),
                                    (line, Self.bodyType)])
        try #require(read.articles.count == articles, "\(read.articles.map { ($0.title, $0.byline, $0.body) })")
        #expect(read.articles[0].byline == "记者 许宏治")
    }

    /// Words listed with `、` after a dateline on a line as wide as the next, the text running
    /// on (`据新华社北京1月19日电党中央、国务` / `院高度重视…`, photo-11 of the fifth seed), are the
    /// body's first words, not reporters' names; names after a dateline on a line of their own
    /// still are.
    @Test(arguments: [("据新华社北京1月19日电党中央、国务\n院高度重视困难企业下岗职工的生\n活问题。", "据新华社北京1月19日电", "党中央、国务院高度"),
                      ("新华社北京1月5日电 张三 李四\n国务院高度重视困难企业下岗职工的生活问题。", "新华社北京1月5日电 张三 李四", "国务院高度")])
    func wordsListedAfterADatelineRunningOnAreTheBodys(text: String, lead: String, body: String) throws {
        let read = PageReader().read("困难职工过好春节\n\n" + text + "\n", id: "p")
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(read.articles[0].lead == lead)
        #expect(read.articles[0].body.hasPrefix(body))
    }

    /// Text ending in `摄` whose word runs on into the next line is no photo credit closing a
    /// caption: a whole line (`…零下二十余摄` / `氏度的低温`, stacked-10 of the fifth seed), or a
    /// sentence's start after a finished one (`…是一场革命。它是对从电视摄` / `录设备、演播设备…`,
    /// stacked-15 of the varied pages' seed 51).
    @Test(arguments: [("让每个灾民进棚过冬\n\n本报记者余继军何伟\n清晨，一场大雪，惊醒了灾区。望着茫茫荒原，\n想象即将到来的零下二十余摄\n氏度的低温，人们心中不禁要问：灾民如何过冬？\n",
                       "让每个灾民进棚过冬", "零下二十余摄氏度的低温"),
                      ("国产数字彩电来了\n\n在谈论数字彩电之前，首先要区分一个概念，数字彩电不等\n于数字电视。数字电视取代模拟电视，就像彩电取代黑白电\n视，影碟机取代录像机一样，是一场革命。它是对从电视摄\n录设备、演播设备、差转设备，到电视接收机、卫星天线等\n一整套现有设备的全面改革。\n",
                       "国产数字彩电来了", "从电视摄录设备、演播设备")])
    func aLineEndingInTheFirstCharacterOfAWordIsNoCredit(page: String, title: String, text: String) throws {
        let read = PageReader().read(page, id: "p")
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.byline, $0.body) })")
        #expect(read.articles[0].title == title)
        #expect(read.articles[0].byline?.hasSuffix("摄") != true)
        #expect(read.articles[0].body.contains(text))
    }

    /// A column's first line of one word mixing scripts (`45%；无超标…`), as tall as the Latin
    /// face, 11% over the body's (photo-01 of the varied pages' seed 7): no headline over the
    /// column, which reads on without a break.
    @Test func aMixedScriptLineAtAColumnTopIsNoHeadline() {
        var first = Self.word("45%；无超标排放的烟尘、废水、废渣；无", 0, 87.7, size: 9.5)
        first.yMax = 98.3
        let texts = ["违章建筑物。走进东滩的单身宿舍区，", "在一间双人宿舍里我们见到两名矿工。", "一名来自综采二队的矿工在学函授课。"]
        let lines = [PDFLayout.Line(words: [first])] + texts.enumerated().map { i, text in
            PDFLayout.Line(words: [Self.word(text, 0, 99.6 + Double(i) * 11.9, size: 9.5)])
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        #expect(typeset.text.split(separator: "\n", omittingEmptySubsequences: false).count == 4, "\(typeset.text)")
    }

    /// A brief's title run in, in a face of its own, an em before its lead, which poppler gives
    /// a flow of its own on the title's baseline (briefs-03 of the varied pages' seed 7, whose
    /// gutters are an em too): the title heads the brief, the lead is whole. Also where the title
    /// opens with `《`, its box half an em before the column's edge (briefs-04 of the varied
    /// pages' seed 11).
    @Test(arguments: [("木乃伊曾寄血吸虫", 0.0), ("《人权百科全书》翻译出版", -5.0)])
    func aRunInTitleAnEmBeforeItsTextInAFlowOfItsOwnHeadsItsBrief(title: String, x: Double) throws {
        func line(_ x: Double, _ y: Double, _ parts: [(String, String)]) -> PDFLayout.Line {
            var x = x
            return PDFLayout.Line(words: parts.map { text, face in
                var word = Self.word(text, x, y)
                word.face = face
                x = word.xMax
                return word
            })
        }
        let titleLine = line(x, 100, [(title, "Sans")])
        var lines = [titleLine, line(titleLine.xMax + 10, 100, [("据新华社伦敦", "Serif"), ("1", "Latin"), ("月", "Serif"), ("7", "Latin"), ("日", "Serif")]),
                     line(0, 114, [("电（记者毛磊）英国大学的一个研究小组正", "Serif")]), line(0, 128, [("在利用木乃伊研究血吸虫病的演变。", "Serif")])]
        for row in 0..<4 { lines.append(line(260, 100 + Double(row) * 14, [("另一栏的文字第\(row)行，写的是别的事情", "Serif")])) }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let read = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        let brief = try #require(read.articles.first { $0.body.contains("木乃伊研究") }, "\(typeset.text)")
        #expect(brief.title == title)
        #expect(brief.lead == "据新华社伦敦1月7日电（记者毛磊）")
    }

    /// Briefs' titles of one width run in, each an em before the first word of its lead, which
    /// poppler gives a line of its own at the line's end (`美声称不排除单独对伊采取行动` · `新华`,
    /// briefs-16 of the varied pages' seed 21): three such words start at one place, but no
    /// column's edge is there, so each joins its title and the lead is whole.
    @Test func leadsRunOnAfterTitlesOfOneWidthStartAtNoColumnsEdge() throws {
        func line(_ x: Double, _ y: Double, _ text: String, _ face: String) -> PDFLayout.Line {
            var word = Self.word(text, x, y)
            word.face = face
            return PDFLayout.Line(words: [word])
        }
        let titles = ["美声称单独采取行动", "欧委会网开一面北爱", "蒲公英奖评奖办法出"]
        var lines: [PDFLayout.Line] = []
        for (k, title) in titles.enumerated() {
            let y = 100 + Double(k) * 56
            lines += [line(0, y, title, "Sans"), line(100, y, "新华", "Serif"),
                      line(0, y + 14, "社北京1月5日电（记者王黎）今天的消息", "Serif"), line(0, y + 28, "说的是第\(k)条简讯里的事情。", "Serif")]
        }
        let typeset = PDFLayout.typeset(PDFLayout.Page(lines: lines))
        let read = PageReader().read(typeset.text, styles: typeset.styles, id: "p")
        #expect(read.articles.map(\.title) == titles, "\(typeset.text)")
        #expect(read.articles.allSatisfy { $0.lead == "新华社北京1月5日电（记者王黎）" }, "\(read.articles.map(\.lead))")
    }

    /// A whole line of text ending in a verb on `摄` (`…为百年诞辰拍摄` / `《百年恩来》，…`,
    /// mixed-05 of the varied pages' seed 7) is no credit: a credit's `摄` follows a name.
    @Test func aLineEndingInAVerbOnSheIsNoCredit() throws {
        let read = PageReader().read("周恩来亲属的心愿\n\n本报记者向兵\n周秉德和周恩来卫士一起策划，欲\n倾毕生心血为百年诞辰拍摄\n《百年恩来》，打开亲属们的珍藏。\n", id: "p")
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.byline, $0.body) })")
        #expect(read.articles[0].body.hasSuffix("为百年诞辰拍摄《百年恩来》，打开亲属们的珍藏。"))
    }

    /// A note on the picture in brackets (`（新华社发美联社照片）`, stacked-07 in the page
    /// benchmark) names no reporters: the story goes on after it.
    @Test func aPictureNoteInBracketsDoesNotCloseTheStory() throws {
        let read = PageReader().read("本报讯 今天上午，火箭顺利升\n空。（新华社发美联社照片）\n时间：1月6日，美国东部时\n间晚上九点。\n", id: "p")
        try #require(read.articles.count == 1)
        #expect(read.articles[0].body.hasSuffix("间晚上九点。"))
    }

    /// A picture's credit run into the text in brackets, broken after the opening bracket
    /// (`…购物环境（图为` / `新华社记者陈飞摄）；…`, mixed-08 of the fifth seed): the line inside
    /// the bracket is no wire reporter's lead opening another report.
    @Test func aCreditInsideABracketTheLineBeforeOpenedIsNoLead() throws {
        let read = PageReader().read("文化营销一道亮丽的风景\n\n新春将至，正是商家鏖战之时。有的商城营造出一个充满文化氛围的购物环境（图为\n新华社记者陈飞摄）；有的商城在门口敲开了威风锣鼓。\n", id: "p")
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(read.articles[0].lead == nil)
        #expect(read.articles[0].body.contains("购物环境（图为新华社记者陈飞摄）；有的商城"))
    }

    /// A whole dateline on its line, its reporters opening the next, set in the dateline's face
    /// (photo-10 in the page benchmark): that line is the lead's, not a headline over a story.
    @Test func reportersAfterAWholeDatelineAreItsLead() throws {
        let read = Self.readStyled([("纪念陶铸诞辰90周年大会在", LineStyle(size: 2.1, distinctFace: true)), ("湘举行", LineStyle(size: 2.1, distinctFace: true)),
                                    ("", nil), ("新华社长沙1月16日电", LineStyle(size: 1, distinctFace: true)),
                                    ("（记者刘春贤）陶铸同志诞辰", LineStyle(size: 1, distinctFace: true)),
                                    ("90周年纪念大会今天在他的", Self.bodyType),
                                    ("家乡湖南祁阳县举行。", Self.bodyType)])
        try #require(read.articles.count == 1)
        #expect(read.articles[0].title == "纪念陶铸诞辰90周年大会在湘举行")
        #expect(read.articles[0].lead == "新华社长沙1月16日电（记者刘春贤）")
        #expect(read.articles[0].body == "陶铸同志诞辰90周年纪念大会今天在他的家乡湖南祁阳县举行。")
    }

    /// Where the page came with geometry (stacked-07): a subtitle in the body's face wrapped
    /// onto a second line, and a byline in its own face whose names wrapped onto a line of
    /// their own, are each whole.
    @Test func aWrappedSubtitleAndAWrappedBylineAreWhole() throws {
        let read = Self.readStyled([("新风格的胜利", LineStyle(size: 1.6, distinctFace: true)), ("", nil),
                                    ("——胡恩勇谈男子十米跳台决", LineStyle(size: 0.95, distinctFace: false)), ("赛", LineStyle(size: 0.95, distinctFace: false)),
                                    ("", nil), ("新华社记者贾永蔡晖本报记", LineStyle(size: 1, distinctFace: true)),
                                    ("者马利", LineStyle(size: 1, distinctFace: true)), ("本届世锦赛上已连失三枚奥", Self.bodyType),
                                    ("运金牌的中国队今天夺冠。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "新风格的胜利" && read.articles[0].subtitle == "胡恩勇谈男子十米跳台决赛")
        #expect(read.articles[0].lead == "新华社记者贾永蔡晖本报记者马利")
        #expect(read.articles[0].body == "本届世锦赛上已连失三枚奥运金牌的中国队今天夺冠。")
    }

    /// A subtitle wrapped onto a line with more Han characters than its first, whose dashes are
    /// set an em wide each (stacked-10 of the fifth seed): one subtitle.
    @Test func aSubtitleWrappedOntoALineWiderInCharactersIsWhole() throws {
        let read = Self.readStyled([("国民经济运行平稳税收征管措施加强", LineStyle(size: 1.42, distinctFace: true)), ("", nil),
                                    ("——海关去年征税九百四十亿", Self.bodyType), ("比上年增一成创历史最高纪录", Self.bodyType), ("", nil),
                                    ("本报北京1月11日讯记者今天从海关总署了解到，全国海关征收关税940亿元。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.subtitle, $0.body) })")
        #expect(read.articles[0].subtitle == "海关去年征税九百四十亿比上年增一成创历史最高纪录")
    }

    /// A subtitle of clauses parted by `，` right under its headline in display type (band-04 of
    /// the varied pages' seed 10): the headline's subtitle, not a piece of text of its own.
    @Test func aSubtitleOfClausesUnderItsHeadlineIsItsSubtitle() throws {
        let read = Self.readStyled([("联查『威绿达』", LineStyle(size: 1.6, distinctFace: true)),
                                    ("——查了三户都不合格，旧米充新米，缺斤又短两", Self.bodyType), ("", nil),
                                    ("元旦前后，市场更加繁荣。一些不法商贩也趁机掺杂使假、缺斤短两，坑害顾客。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.subtitle, $0.body) })")
        #expect(read.articles[0].title == "联查『威绿达』")
        #expect(read.articles[0].subtitle == "查了三户都不合格，旧米充新米，缺斤又短两")
        #expect(read.articles[0].body.hasPrefix("元旦前后"))
    }

    /// A brief's title run in before its lead, both in the headlines' face, poppler giving them a
    /// flow of their own so a blank line stands where the lead breaks inside its date
    /// (`新华社莫斯科１月１２` / `日电（记者盛世良）…`, briefs-06 of the varied pages' seed 10): the
    /// lead is whole, out of the body.
    @Test func aLeadBrokenInsideItsDateAcrossABlankLineIsWhole() throws {
        let hei = LineStyle(size: 1, distinctFace: true, headlineFace: true)
        let read = Self.readStyled([("俄卢布改值未引发通货膨胀", hei), ("新华社莫斯科１月１２", hei), ("", nil),
                                    ("日电（记者盛世良）俄罗斯中央银行第一副行长沃伊卢", Self.bodyType),
                                    ("科夫１２日在这里的记者招待会上指出，卢布改值工作", Self.bodyType), ("进展顺利，未引发通货膨胀。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(read.articles[0].title == "俄卢布改值未引发通货膨胀")
        #expect(read.articles[0].lead == "新华社莫斯科1月12日电（记者盛世良）")
        #expect(read.articles[0].body.hasPrefix("俄罗斯中央银行"))
    }

    /// The same with the lead broken after its desk (`据新华社` / `德黑兰１月１６日电（记者荣松）…`,
    /// briefs-06 of the varied pages' seed 19), under a brief that finished its sentence: the
    /// desk opens the lead, and signs nothing.
    @Test func aLeadBrokenAfterItsDeskAcrossABlankLineIsWhole() throws {
        let hei = LineStyle(size: 1, distinctFace: true, headlineFace: true)
        let read = Self.readStyled([("障或进入正常操作，减少处理过程和维修", Self.bodyType), ("的盲目性，提高了医疗设备的使用率。", Self.bodyType),
                                    ("", nil), ("哈梅内伊重申伊不与美会谈", hei), ("", nil), ("据新华社", hei), ("", nil),
                                    ("德黑兰１月１６日电（记者荣松）伊朗最", Self.bodyType), ("高领袖哈梅内伊１６日重申，伊朗将不与", Self.bodyType),
                                    ("美国举行任何会谈，不与美国建立关系。", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.lead, $0.byline, $0.body) })")
        #expect(read.articles[0].byline?.hasSuffix("摄") != true)
        #expect(read.articles[1].title == "哈梅内伊重申伊不与美会谈")
        #expect(read.articles[1].lead == "据新华社德黑兰1月16日电（记者荣松）")
        #expect(read.articles[1].body.hasPrefix("伊朗最高领袖"))
    }

    /// A brief opening the page under the masthead, its title run in before a first line of four
    /// characters (`新标签检验新鲜度 英国塞恩`, briefs-09 of the varied pages' seed 19): no section's
    /// name, the brief's first line.
    @Test func aBriefsFirstLineUnderTheMastheadNamesNoSection() throws {
        let read = Self.readStyled([("人民日报", Self.display), ("", nil), ("1998年1月11日", Self.bodyType), ("", nil), ("星期日", Self.bodyType), ("", nil),
                                    ("新标签检验新鲜度 英国塞恩", LineStyle(size: 1, distinctFace: true, headlineFace: true, runInTitle: "新标签检验新鲜度")),
                                    ("斯伯里等超级市场最近开始试", Self.bodyType), ("验一种可以检验食品新鲜程度", Self.bodyType), ("的标签。", Self.bodyType)])
        #expect(read.section == nil)
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].title == "新标签检验新鲜度")
        #expect(read.articles[0].body.hasPrefix("英国塞恩斯伯里"))
    }

    /// A caption's title read right after the masthead's row, its caption going on under it
    /// (`送法下乡`, mixed-08 of the fifth seed, where the picture stands at the left of the page's
    /// first row): the caption's title, not the section's name, which stands in a block of its own.
    @Test func aCaptionsTitleUnderTheMastheadNamesNoSection() throws {
        let hei = LineStyle(size: 0.9, distinctFace: true, headlineFace: true)
        let read = Self.readStyled([("人民日报", Self.display), ("", nil), ("1998年1月9日 星期五", Self.bodyType), ("", nil), ("第6版 社会", Self.bodyType),
                                    ("", nil), ("送法下乡", hei),
                                    ("黑龙江省大庆市法院常年坚持送法下乡，对农民开展普法教育。图为大庆市", Self.bodyType),
                                    ("中级法院和龙凤区法院的同志们将亲自编写的《公民诉讼指南》一书送到马", Self.bodyType), ("", nil),
                                    ("家窑村民手中。", Self.bodyType), ("", nil), ("（本报记者张雅心摄）", Self.bodyType)])
        #expect(read.section != "送法下乡")
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].title == "送法下乡")
        #expect(read.articles[0].body.hasPrefix("黑龙江省大庆市法院"))
    }

    /// A band of two headlines over a report and, at a column's top under it, a collection of
    /// marked items whose title shares no words with them (`信息专递` over `△我国将颁布禁用含铅汽油
    /// 公告。…`, band-11 of the varied pages' seed 19): the items are a story of their own, and
    /// take the headline left.
    @Test func aCollectionOfItemsUnderAReportTakesTheHeadlineLeft() throws {
        let band = LineStyle(size: 1.7, distinctFace: true)
        let report = ["本报北京1月6日讯记者费伟伟报道：国家计委按照国务院的要求，会同有关部门组织修订的",
                      "《当前国家重点鼓励发展的产业、产品和技术目录》及《外商投资产业指导目录》近日正式推出。",
                      "《外商投资产业指导目录》修改后的目录总共329条，可享受免税优惠的条目共270条，占总",
                      "条目的83%，充分体现了我国进一步扩大对外开放、不断提高对外开放水平的政策意向。"]
        let items = ["△我国将颁布禁用含铅汽油公告。公告的主要内容为：要求油品生产厂家在2000年停止生产",
                     "含铅汽油；油品计划和销售部门纳入计划，合理配置油品；全国各加油站必须销售无铅汽油。",
                     "△国产汽车将实行汽车认证条码数字管理。机械工业部最近发布规定，从1999年开始，国产",
                     "汽车将实行国际通行的汽车认证条码数字（简称WIN）管理。实行WIN系统管理的汽车将获",
                     "得更加便利的售后服务，也便于公安部门、保险公司加强车辆管理赔付工作。"]
        let read = Self.readStyled([("可享受免税优惠的条目270条占总条目的83%", band), ("", nil), ("信息专递", band), ("", nil)]
                                   + report.map { ($0, Self.bodyType) } + [("", nil)] + items.map { ($0, Self.bodyType) })
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].title == "可享受免税优惠的条目270条占总条目的83%")
        #expect(read.articles[0].body.hasSuffix("政策意向。"))
        #expect(read.articles[1].title == "信息专递")
        #expect(read.articles[1].body.hasPrefix("△我国将颁布禁用含铅汽油公告"))
    }

    /// Three band headlines over a report, a story without lead that fills two columns, and a
    /// second report (band-20 of seed 24): the story's first column opens after the report's
    /// last sentence at a column's top, sharing almost no words with it, and its second column
    /// goes on on its subject. The headline left over heads the story from its first column, not
    /// from its second, where it had first been paired.
    @Test func theHeadlineLeftOverHeadsTheStoryFromTheCutSharingFewestWords() throws {
        let band = LineStyle(size: 1.9, distinctFace: true)
        let merger = [
            "新华社纽约1月1日电（记者周锡生）在过去的一年里，", "世界企业兼并高潮迭起，兼并涉及的领域和规模与以前",
            "相比都有所扩大。", "据此间商业信息公司统计，去年全球企业并购总额高达",
            "12023亿美元，创造了新的纪录。这一兼并浪潮大", "大推动了全球化经营，从而在不小的程度上调整了世界",
            "和地区的经济结构与生产布局。", "从兼并情况看，涉及通信、银行和公用事业的居多数。",
            "美国一国就占了全球企业兼并总额的58．1％。", "纽约一家证券信息公司对世界上10个经济大国去年",
            "的企业兼并情况进行分析后，发现美国的企业兼并案最", "多，总共有7941件，远远超过其他9国；兼并总额",
            "为7026亿美元，超出了联合国《世界投资报告》所", "统计的美国1996年6582亿美元的兼并额。",
        ]
        let doctor = [
            "刚过而立之年的黄斌，出生于一个中医世家，从小耳濡", "目染，领受了传统中医的熏陶。在中医药大学的几年时",
            "光里，他苦钻医典，掌握了丰富的中西药知识，打下了", "作为一名医生所应具备的良好基础。在以后的行医过程",
            "中，每当看到癫痫患者发病的痛苦惨状，他总感到自己", "的身心与病人一样痛苦，渐渐地定了主攻方向，他要碰",
            "一碰这个顽症。", "他在从事癫痫病诊治科研的道路上历尽艰辛，查阅收",
            "集了大量的民间验方及论著，并对家传验方进行整理挖", "掘。他运用通经活络、祛痰活血、开窍宁心之法，对上",
            "百味中草药逐一进行反复试验，筛选出20多种组成了", "“痫速康”配方。他出任郑州市管城中医院癫痫病专科主",
            "任后，运用“痫速康”诊治癫痫病患者10万多人次。他", "的研究成果获得河南省科技进步成果奖。",
        ]
        let doctorGoesOn = [
            "在现今市场经济的大潮中，不少人都在向钱看，没钱办", "不成事。对此，黄斌说：“医生的天职就是治病救人，救",
            "人是最要紧的。”", "1996年的一天，黄斌从报纸上了解到天津铁路分",
            "局职工李永健的家庭不幸：年仅8岁的儿子小万帅患脑", "瘫、癫痫，自己患有白血病，母亲患严重心脏病，妻子不",
            "堪忍受家庭的重压离他而去。黄斌看了这条消息后，专", "程赶赴天津，确诊后，把价值千余元的药品无偿赠送，并",
            "将500元钱交到李永健手中。", "1996年7月，黄斌了解到国家级贫困县的河南省上",
            "蔡县还没有一所“希望小学”，那里一些乡村的办学条件", "相当落后，便毅然决定，将科室准备用来购买办公用车",
            "的15万元捐献出来，在上蔡县十里铺村建起一座“希", "望小学”。",
        ]
        let beef = [
            "据新华社北京1月15日电综合本社驻布鲁塞尔和伦", "敦记者报道：欧盟委员会14日提议，部分解除因疯牛",
            "病而对英国实施的牛肉出口禁令。", "提议中允许恢复出口的是英国北爱尔兰地区生产的牛",
            "肉。欧委会的理由是，北爱尔兰放养的牛群有着详细的", "电脑资料，且患疯牛病的比例极小。",
        ]
        let read = Self.readStyled([merger, doctor, doctorGoesOn, beef].flatMap { [("", nil)] + $0.map { ($0, Self.bodyType) } }.dropFirst()
                                   + [("", nil), ("一九九七年全球企业兼并创纪录美一国占兼并总额半数以上", band), ("", nil), ("『只想做一个合格的医生』", band),
                                      ("", nil), ("欧委会网开一面北爱牛冲破禁令", band)])
        try #require(read.articles.count == 3, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles[0].body.hasSuffix("6582亿美元的兼并额。"))
        #expect(read.articles[1].title == "『只想做一个合格的医生』")
        #expect(read.articles[1].body.hasPrefix("刚过而立之年的黄斌"))
        #expect(read.articles[1].body.hasSuffix("建起一座“希望小学”。"))
    }

    /// A band of three headlines over a report broken at a column's top after a finished
    /// sentence, a second report, and a story without lead run on from it at the next column's
    /// top (band-07 of the fifth seed, whose lines these are). Cut at both breaks at once, the
    /// first report's second column drew its headline, its lead none, and the headline left over
    /// had two parts to go to. Cut one at a time, only the break that gives the headline left
    /// over a story is kept: the story after the second report.
    @Test func breaksAreCutOneAtATimeForTheHeadlinesLeftOver() throws {
        let band = LineStyle(size: 1.9, distinctFace: true)
        let meeting = [
            "据新华社拉巴特1月8日电（记者王忠菊、诸葛仓麟）摩洛哥国王", "拉巴特王宫会见了正在这里访问的中国国务院副总理兼外交部长钱其琛。",
            "哈桑国王首先对钱其琛的来访表示欢迎。他说，他对发展摩中友谊是坚定不移的，摩", "洛哥希望进一步加强同中国的关系。",
            "钱其琛转达了江泽民主席对哈桑国王的亲切问候和良好祝愿。",
            "哈桑国王也请钱其琛转达他对江泽民主席和中国其他领导人的良好祝愿。他在祝贺", "香港回归中国时说，他本人对香港回归的整个过程都十分关注，对香港最终回归中",
            "国感到非常高兴，这是一个重大历史事件。",
            "钱其琛对哈桑国王的友好谈话表示感谢。他说，他同菲拉利首相兼外交和合作大臣就", "双边关系及各个领域的合作进行了很好的会谈。双方一致认为，中摩有类似的历史遭",
            "遇，现在也面临着共同的任务，因而两国很容易达成相互谅解，并相互理解和相互支", "持。",
        ]
        let meetingGoesOn = [
            "哈桑国王表示完全赞同钱其琛关于两国有着类似历史遭遇的看法。他说，只要本着善", "意和耐心，历史遗留问题就能解决。哈桑最后表示，希望进一步加强摩中关系，特别",
            "是在经贸领域里的合作。他希望有一天能访问中国这个伟大而美丽的国家。钱其琛表", "示欢迎国王陛下在他方便的时候访问中国。",
            "摩洛哥首相兼外交和合作大臣菲拉利、中国外交部部长助理吉佩定和中国驻摩洛哥", "大使穆文等参加了会见。",
            "据新华社拉巴特1月8日电（记者诸葛仓麟、王忠菊）中国国务院副总理兼外交部长", "钱其琛，8日下午在这里与摩洛哥首相兼外交和合作大臣菲拉利举行会谈，就中摩两",
            "国关系和共同关心的国际和地区问题深入地交换了意见。",
            "菲拉利对钱其琛来访表示热烈欢迎，认为这是在摩中关系发展的重要时刻进行的一", "次访问，体现了摩中两国之间的良好关系。钱其琛对菲拉利的盛情邀请表示感谢，并",
            "转达了李鹏总理对菲拉利首相的亲切问候和良好祝愿。",
        ]
        let migrants = [
            "据新华社安卡拉1月10日电（记者郑金发）土耳其当局10日将包括", "的14名伊拉克移民驱逐出境，以表明土耳其与西方国家合作，力争制止伊拉克“难",
            "民潮”。", "这批移民是近日在土耳其西部博德鲁姆地区被逮捕的，他们试图偷渡到希腊，然后再", "前往意大利申请避难。",
            "土耳其对声明持保留态度，但表示将继续同其它有关国家加强合作，共同对付非法运", "送库尔德人的犯罪组织。",
            "与会的欧洲七国是德国、法国、希腊、奥地利、比利时、荷兰和意大利。",
        ]
        let address = [
            "日月流转，万象更新。在新的一年到来之际，我们为读者奉献上这份《大地周刊》。希", "望通过我们的努力，为广大读者的文化生活增添新的色彩；也希望读者朋友参与，让",
            "它成为大家喜欢的“芳草地”。", "我们邀请广大读者共同参与。有关文化方面的事件、人物，用不同形式诸如随感、杂",
            "谈、报道、综述等，或写成文章，或提供线索。我们十分欢迎作家朋友热情赐稿支持。", "亲爱的读者，请与我们同行。",
        ]
        let read = Self.readStyled([("摩洛哥国王会见钱其琛钱其琛与菲拉利首相会谈", band), ("", nil),
                                    ("土耳其驱逐十四名伊拉克移民欧洲土耳其合作防止非法移民", band), ("", nil), ("我们的心愿", band)]
                                   + [meeting, meetingGoesOn, migrants, address].flatMap { [("", nil)] + $0.map { ($0, Self.bodyType) } })
        try #require(read.articles.count == 3, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles.map(\.title) == ["摩洛哥国王会见钱其琛钱其琛与菲拉利首相会谈", "土耳其驱逐十四名伊拉克移民欧洲土耳其合作防止非法移民", "我们的心愿"])
        #expect(read.articles[0].body.hasSuffix("亲切问候和良好祝愿。"))
        #expect(read.articles[2].body.hasPrefix("日月流转"))
    }

    /// A story closing on a quotation in corner brackets set as a paragraph of its own
    /// (`『我天天都在网上看人民日报』`), and at the next column's top a story without lead, under
    /// a band whose headline for it is left over (band-12 of seed 24): the quotation finishes
    /// the story, so the story after it is cut there and takes the headline.
    @Test func aQuotationAloneOnItsLineClosesTheStoryBeforeAColumnTop() throws {
        let band = LineStyle(size: 2, distinctFace: true)
        let letters = [
            "全国其他省市，还有一半左右的", "读者远在欧美、澳大利亚、非", "洲、东南亚等地区。自上网以",
            "来，我们先后收到读者从世界各", "地发来的电子邮件五百多封，这", "一封封普通的读者来信，表达了",
            "因特网读者对本报网络版真挚", "欢迎和殷切厚望，也使我们深", "感人民日报作为中共中央机关",
            "报、中国第一大报，在促进中国", "传统媒体高科技化，促进更多的", "中文、中国信息上因特网，搞好",
            "对内对外宣传上责无旁贷的历", "史使命。", "『我天天都在网上看人民日报』",
        ]
        let sport = [
            "张琢（社科院研究生院教授）：", "随着产业升级，马上面临的就", "是第三产业的进一步划分，体",
            "育产业从总体上讲属于文化产", "业，是文化产业中的大众健身", "娱乐产业。体育产业是应该赢",
            "利的。国外预测今年的法国足", "球世界杯商业收益（仅只商品出", "售）将达到80亿法郎，体育的",
            "收益是非常之大的。", "现代化的概念是一个动态的过", "程，它的产业结构也是一个动",
            "态的过程，是一个动态升级的过", "程。在目前的阶段，我们把体育", "产业定位在第三产业，未来不需",
            "要多少年，大概在21世纪的头", "10年之内，至少发达国家就会", "把它划分出来，列入第四产业、",
            "第五产业。所以我觉得对体育", "的定位一定要科学。",
        ]
        let visit = [
            "据新华社拉巴特1月9日电（记者诸葛仓麟）中国国务院副", "总理兼外交部长钱其琛9日在", "这里强调，作为世界上最大的发",
            "展中大陆和最大的发展中国家，", "非洲和中国之间的友好合作关", "系有着美好的发展前景。",
        ]
        let read = Self.readStyled([letters, sport, visit].flatMap { [("", nil)] + $0.map { ($0, Self.bodyType) } }.dropFirst()
                                   + [("", nil), ("“我真的爱看……”", band), ("", nil), ("体育的产业定位要科学", band),
                                      ("", nil), ("钱其琛结束访问摩洛哥时指出中非合作前景美好", band)])
        try #require(read.articles.count == 3, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles[0].body.hasSuffix("『我天天都在网上看人民日报』"))
        #expect(read.articles[1].title == "体育的产业定位要科学")
        #expect(read.articles[1].body.contains("随着产业升级"))
    }

    /// A band set as a grid, read row by row (band-15 of the varied pages' seed 24): the last
    /// title of a row, set at 1.2× the body, is no kicker of the 1.3× title opening the next row;
    /// each heads its own story.
    @Test func theLastTitleOfABandsRowKicksNoHeadlineOfTheNext() throws {
        let title = { (size: Double, opensRow: Bool) in LineStyle(size: size, distinctFace: true, headlineFace: true, opensRow: opensRow) }
        let training = [
            "本报深圳1月11日电记者刘国胜报道：一个", "业已引起多方面重视的企业管理人员培训新局",
            "面，正在各地逐步形成。", "到目前为止，全国企业管理人员参加工商管理",
            "培训人数已达10.8万人。国务院重点联系的", "512户大型国有企业管理人员培训班已举办",
            "19个，培训590多人，工商管理培训由点到", "面在全国各地全面铺开，并初见成效。",
        ]
        let visit = [
            "新华社北京1月12日电（记者于海生）国务", "院总理李鹏今天下午在中南海紫光阁会见英国",
            "贸易与工业大臣玛格丽特·贝克特一行时说，香", "港问题的解决为中英合作提供了新的机遇，只",
            "要双方遵循“相互尊重、平等互利”的原则，在", "交往中努力排除因意识形态差异而造成的干扰",
            "和障碍，中英在经贸等领域的关系就会得到发", "展。",
        ]
        let trains = [
            "在去年顺利实现全面提速的基础上，铁路部门", "今年将把京广、京沪、京哈三大干线上的列车",
            "运行速度提高到一个新的水平，并计划在有条", "件的其他线路推进提速。",
        ]
        let park = [
            "环福州名胜左海公园而建的占地6000多平方", "米的“西游记宫”，日前被全部拆除，取而代之",
            "的是同等面积的青青绿草地。这座颇具规模的", "“西游记宫”建于1992年2月，总投资1500",
            "万元，里面有25个《西游记》中的典型场景。",
        ]
        let band: [(String, LineStyle?)] = [
            ("工商管理培训全面铺开『九五』期间", title(2, false)), ("国有企业应培训人数一百万人", title(2, false)), ("", nil),
            ("李鹏会见英国客人", title(1.2, false)), ("", nil), ("火车今年继续提速", title(1.3, true)), ("", nil),
            ("福州拆“西游记宫”改建绿地", title(1.2, false)), ("", nil),
        ]
        let read = Self.readStyled(band + [training, visit, trains, park].flatMap { $0.map { ($0, Self.bodyType) } + [("", nil)] }.dropLast())
        try #require(read.articles.count == 4, "\(read.articles.map { ($0.title, $0.body.prefix(12)) })")
        #expect(read.articles.map(\.title) == ["工商管理培训全面铺开『九五』期间国有企业应培训人数一百万人", "李鹏会见英国客人", "火车今年继续提速", "福州拆“西游记宫”改建绿地"])
        #expect(read.articles.allSatisfy { $0.kicker == nil })
    }

    /// A report broken at a column's top after a finished sentence, under a band whose headlines
    /// are not all matched (band-08 of the varied pages' seed 19): both sides are on one subject
    /// (Beijing's economy), so it is not cut there for a headline left over, which had gone to
    /// its second half (`中年求学的经历`, whose story opens the next row).
    @Test func aReportOnOneSubjectIsNotCutForAHeadlineLeftOver() throws {
        let band = LineStyle(size: 2.2, distinctFace: true)
        let first = ["在今天结束的北京市经济工作会上，", "中共中央政治局委员、北京市委书记、", "市长贾庆林强调，在新的一年里，北京",
                     "市要紧密围绕以经济建设为中心，营", "造出齐心协力发展首都经济的浓烈", "氛围和良好环境。",
                     "贾庆林指出，在今年经济工作中，“稳”", "的关键一条是要切实加强宏观调", "控。“进”的关键一条是要把握好",
                     "速度和效益的统一。北京是全国发", "展基础较好、优势比较突出又极具", "发展潜力的地区之一，在全国经济发",
                     "展的总格局中处于十分重要的地位。"]
        let second = ["使北京经济保持较快的发展速度，不", "仅是北京自身发展的需要，也是区域", "经济和全国经济发展的客观要求。经",
                      "济发展必须以提高效益为中心。北京", "市今年的经济工作，要突出抓企业经", "济效益的改善，抓好宏观经济效益的",
                      "提高，努力走出一条既有较快增长速", "度，又有较好效益的经济发展路子。"]
        let other = ["1988年7月，当我领到那本鲜红", "烫金的大学毕业证书时，鬓角已稀疏", "地染上了白霜。",
                     "那是1983年，怀着“老三届”未", "圆的大学梦，当时已进入35岁的我，", "考入了华南师范大学函授学院，成为"]
        let headlines: [(String, LineStyle?)] = [("贾庆林在北京经济工", band), ("作会上提出稳中求进", band), ("加快首都经济发展", band), ("", nil),
                                                 ("珀斯，留下问号", band), ("", nil), ("中年求学的经历", band), ("", nil), ("海中“蛟龙”", band), ("", nil),
                                                 ("定位", band), ("", nil)]
        let read = Self.readStyled(headlines + [("据新华社北京1月5日电（记者杨青）", Self.bodyType)] + first.map { ($0, Self.bodyType) } + [("", nil)]
                                   + second.map { ($0, Self.bodyType) } + [("", nil), (other[0], LineStyle(size: 1, distinctFace: false, opensRow: true))]
                                   + other.dropFirst().map { ($0, Self.bodyType) })
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].title == "贾庆林在北京经济工作会上提出稳中求进加快首都经济发展")
        #expect(read.articles[0].body.hasSuffix("又有较好效益的经济发展路子。"))
        #expect(read.articles[1].body.hasPrefix("1988年7月"))
    }

    /// A brief's title too long for its line, the rest run in before the lead on the next line in
    /// the title's face (`二○○○年长城将竖立倒` / `计时钟本报北京1月9` / `日讯记者徐卫东报道：20…`,
    /// mixed-03 of the varied pages' seed 19, under a caption closed by its credit): one title,
    /// and the lead whole.
    @Test func aRunInTitleWrappedOverTwoLinesIsOneTitle() throws {
        let hei = LineStyle(size: 1, distinctFace: true, headlineFace: true)
        let read = Self.readStyled([("款、物资和食品。（新华社记者索朗罗布摄）", Self.bodyType), ("", nil),
                                    ("二○○○年长城将竖立倒", hei),
                                    ("计时钟本报北京1月9", LineStyle(size: 1, distinctFace: false, runInTitle: "计时钟")),
                                    ("日讯记者徐卫东报道：20", Self.bodyType), ("00年将是个世界性的节", Self.bodyType),
                                    ("日，为庆祝这一历史时刻，", Self.bodyType), ("由人民日报社发起并经有", Self.bodyType)])
        let brief = try #require(read.articles.last, "\(read.articles.map { ($0.title, $0.lead, $0.body) })")
        #expect(brief.title == "二○○○年长城将竖立倒计时钟")
        #expect(brief.lead == "本报北京1月9日讯记者徐卫东报道：")
        #expect(brief.body.hasPrefix("2000年将是个世界性的节日"))
    }

    /// A caption in the body's type read on from the end of a story, a block break between
    /// (photo-01 of the varied pages' seed 10: the picture stands at the top of the next column):
    /// the credit closes the caption alone, and the story ends where it ended.
    @Test func aCaptionReadOnFromAStoryInItsTypeIsAPieceOfItsOwn() throws {
        let story = ["而在朝外大街一长串的圆形灯箱中，邱", "少云、杨根思、黄继光、雷锋、焦裕禄、张秉", "贵、王进喜、孔繁森、李素丽等各个时期",
                     "的英模肖像更引起人们的热烈反应。一", "些年轻人对五六十年代的英模有些陌", "生，盯着灯箱问同行的长辈：“这人是",
                     "谁？”一位老工人站在王进喜的肖像下", "说：“看到久违了的铁人形象，心情十分", "激动。”不少人表示，这些英模曾为共和",
                     "国的发展、进步做出了特殊贡献，我们", "不会忘记，也不应该忘记！", "主办者表示，他们正在收集各种反应，以",
                     "不断改进、完善。并将针对社会热点，定", "期更换内容，使精神文明的宣传更加形", "象、生动、立体、直观。"]
        let caption = ["曾被亏损问题严重困扰的国有特大型", "企业———中国第二重型机械集团公司", "现已开始扭亏增盈。公司从转变思想观",
                       "念入手，在全体职工中树立市场意识和", "效益意识，并建立了扭亏增盈目标责任", "制，使企业出现了新的活力。图为工人",
                       "们正在加工发电机主轴。"]
        let read = Self.readStyled([("京城新景观", Self.display), ("", nil)] + story.map { ($0, Self.bodyType) } + [("", nil)]
                                   + caption.map { ($0, Self.bodyType) } + [("", nil), ("熊汝清/摄", Self.bodyType)])
        try #require(read.articles.count == 2, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].title == "京城新景观" && read.articles[0].body.hasSuffix("直观。"))
        #expect(read.articles[1].body == caption.joined() && read.articles[1].byline == "熊汝清/摄")
    }

    /// A reader's sentence translated in brackets at a line's end (`oursite！（我真的喜欢你们这个
    /// 站点）`, band-02 of the varied pages' seed 10) names no reporters: the story goes on.
    @Test func aSentenceInBracketsClosesNoStory() throws {
        let text = ["去年十一月二十日，本报网络版收到两封读者发来的电子邮件。", "』而另一封署名Mark的来信只有短短的一句话：『Idoreallylikey",
                    "oursite！（我真的喜欢你们这个站点）", "』", "去年一月一日，人民日报在因特网上建立了自己的站点。"]
        let read = Self.readStyled([("“我真的爱看……”", Self.display), ("", nil)] + text.map { ($0, Self.bodyType) })
        try #require(read.articles.count == 1, "\(read.articles.map { ($0.title, $0.body) })")
        #expect(read.articles[0].body.hasSuffix("建立了自己的站点。"))
    }

    /// Reporters of two desks in a byline of its own face, wrapped where the second desk's words
    /// start or run, or in a name (commentary-14 and briefs-03 of the benchmark's fourth seed,
    /// commentary-09 of seed 1998): one lead, no title or text made of its second part.
    @Test(arguments: [["中国国防报记者黄运成新华", "社记者贾永黄秋生"], ["中国国防报记者黄运成新华社记者贾", "永黄秋生"],
                      ["新华社记者黄运成新华社通", "讯员贾永黄秋生"]])
    func aBylineOfTwoDesksWrappedIsOneLead(byline: [String]) throws {
        let kai = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let read = Self.readStyled([("优秀退伍兵盛云龙", Self.display), ("", nil), (byline[0], kai), (byline[1], kai),
                                    ("一位29岁的退伍兵，用5年时间，使一个濒临倒闭的乡镇小厂", Self.bodyType),
                                    ("一跃成为连年产值超亿元的企业。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "优秀退伍兵盛云龙")
        #expect(read.articles[0].lead == byline.joined())
        #expect(read.articles[0].body == "一位29岁的退伍兵，用5年时间，使一个濒临倒闭的乡镇小厂一跃成为连年产值超亿元的企业。")
    }

    /// An editor's note in a face of its own, not the headlines', one of its lines headline-shaped
    /// (`严重冲击了一些国家的经济发`, commentary-09 of the benchmark's fourth seed): all of it is the
    /// note, none a title.
    @Test func anEditorsNoteInAFaceOfItsOwnHoldsNoTitle() throws {
        let kai = LineStyle(size: 1, distinctFace: true, headlineFace: false)
        let read = Self.readStyled([("国商银行倒闭风波", Self.display), ("", nil),
                                    ("编者按：金融是现代经济的核", kai), ("心，自90年代初以来，国际金", kai), ("融风险事件频频发生，", kai),
                                    ("严重冲击了一些国家的经济发", kai), ("展和社会稳定。", kai), ("钟行", kai),
                                    ("这些金融事件的发生，固然有其外部原因。", Self.bodyType)])
        try #require(read.articles.count == 1, "\(read.articles.map(\.body))")
        #expect(read.articles[0].title == "国商银行倒闭风波")
        #expect(read.articles[0].editorsNote?.contains("严重冲击了一些国家的经济发展和社会稳定。") == true)
        #expect(read.articles[0].body.hasSuffix("这些金融事件的发生，固然有其外部原因。"))
    }

    @Test func reportersInBracketsCloseAStory() throws {
        let page = "本报讯 今天上午，全市召开\n工作会议。（张三 李四）\n\n第二个故事开头写在这里，\n说明情况。\n"
        let read = PageReader().read(page, id: "p")
        try #require(read.articles.count == 2)
        #expect(read.articles[0].body.hasSuffix("工作会议。（张三 李四）"))
        #expect(read.articles[1].body == "第二个故事开头写在这里，说明情况。")
    }

    @Test func aHeadlineBrokenOverLinesIsOneHeadline() throws {
        let page = "前面的故事到此结束。\n\n受江泽民总书记李鹏总\n理委托\n新华社北京1月24日电 国务院今天\n召开会议。\n"
        let read = PageReader().read(page, id: "p")
        let story = try #require(read.articles.first { $0.lead != nil })
        #expect(story.title == "受江泽民总书记李鹏总理委托")
    }

    @Test func layoutTextIsRefusedWithAdvice() {
        let row = "左边一栏的文字在这里      右边一栏的文字在这里"
        let text = (0..<6).map { _ in row }.joined(separator: "\n")
        #expect(throws: InputError.sideBySideColumns(path: "page.txt", line: 1)) {
            var result = ReadResult()
            try CorpusReader(format: .page).read(bytes: Array(text.utf8), name: "page.txt", into: &result)
        }
    }

    /// Columns printed close, a space or two apart (commentary-16 in the page benchmark): few
    /// lines show a wide gap, but the lines of a column standing alone are pushed right to where
    /// it was printed. Paragraph indents alone are no columns.
    @Test func layoutTextWithNarrowGuttersIsRefusedToo() {
        let wide = "左边一栏的文字在这里      右边一栏的文字在这里"
        let close = "左边一栏的文字在这里 右边一栏的文字在这里"
        let pushed = "                          右边一栏的文字在这里"
        let indented = (0..<17).map { "    第\($0)段的文字在这里，写完一句话。" } + ["一行   里有空格", "又一行   里有空格", "再一行   里有空格"]
        let lines = [wide, close, close, pushed, close, close, pushed, wide, close, close,
                     pushed, close, close, pushed, wide, close, close, pushed, close, close]
        #expect(throws: InputError.sideBySideColumns(path: "page.txt", line: 1)) {
            var result = ReadResult()
            try CorpusReader(format: .page).read(bytes: Array(lines.joined(separator: "\n").utf8), name: "page.txt", into: &result)
        }
        var result = ReadResult()
        #expect(throws: Never.self) {
            try CorpusReader(format: .page).read(bytes: Array(indented.joined(separator: "\n").utf8), name: "page.txt", into: &result)
        }
    }
}
