@testable import Analytics
import TestSupport
import Testing

/// Two columns whose lines poppler gave alternating are read one column after the other.
@Suite struct InterleavedColumnsTests {
    /// Default-mode `pdftotext` text of band-09 of the page benchmark (seed 1998, lines 19–34; the
    /// lines around it in the second test are its first and 44th):
    /// a letter on housing (odd lines) and a report on a new video disc (even lines), two
    /// columns side by side whose baselines are offset.
    static let alternating = [
        "７元。同时，还清理出个别单位超", "小时之多。",
        "标建房、机关干部向基层要房、违", "据该公司介绍，新型数字视盘采",
        "反规定分配住房等方面的问题。", "用的激光波长为４３０纳米，记",
        "他们还进一步强化了分局住房管", "录轨道间隔由０．７４微米调整",
        "理和约束制度建设，重新制定了", "为０．３７微米。由于记录轨道",
        "《太原铁路分局住房分配管理办", "窄，激光可能误读旁边记录槽中",
        "法》、《关于处理领导干部违反规", "的信息，因此先锋公司采用将两",
        "定多占住房的若干规定》和《领", "边记录槽中的信息同时读出的",
    ]

    @Test func twoColumnsWhoseLinesAlternateAreReadOneAfterTheOther() {
        let evenLines = Array(stride(from: 0, to: 16, by: 2)), oddLines = Array(stride(from: 1, to: 16, by: 2))
        #expect(InterleavedColumns.readingOrder(Self.alternating) == evenLines + oddLines)
        // Lines before and after the block, and blank lines, keep their places.
        let page = ["读者来信", ""] + Self.alternating + ["", "（本栏"]
        #expect(InterleavedColumns.readingOrder(page) == [0, 1] + (evenLines + oddLines).map { $0 + 2 } + [18, 19])
    }

    /// Default-mode `pdftotext` text of commentary-10 of the page benchmark's seed 24 (lines
    /// 54–71): a commentary on forms of address (`“称谓”之忧`) beside an editor's note and the
    /// byline of the report it introduces, their lines alternating. poppler broke one printed
    /// line of the commentary where the font changed at the quotes (`“老板”或“大爷”` /
    /// `，如此称谓，令人堪忧。`).
    static let brokenAtAQuote = [
        "有些地方是可以称“小姐”或“先生”的，有些地方则", "不可以。称“同志”为“小姐”或“先生”，称领导为",
        "编者按：一家小厂，白手起家，迅速崛起，靠的是职", "“老板”或“大爷”", "，如此称谓，令人堪忧。",
        "工艰苦创业，靠的是领导者率先垂范。没有好的精神", "忧其一，把志同道合的同志关系蜕变为一般的人与人之",
        "状态，特别是企业领导者没有艰苦奋斗、不断进取的", "间的“客套”，似路人相遇，真情难觅。",
        "精神，企业不可能在激烈的市场竞争中站稳脚跟，不", "忧其二，把相互支持的上下级关系视为主人与仆人的关",
        "断发展。吉林市电力器材有限公司的实践再次告诉我", "系，何为“老板”？“公仆”安在？",
        "们：振奋精神，扎实苦干，是企业改革和发展的一个", "忧其三，不管是一般的同志关系还是特定的上下级关",
        "“动力源”。", "系，都是有共同理想共同宗旨的，淡化共同理想，抛弃", "本报记者张玉来",
    ]

    @Test func aLineBrokenWhereTheFontChangesKeepsItsColumn() {
        let commentary = [0, 1, 3, 4, 6, 8, 10, 12, 14, 16], note = [2, 5, 7, 9, 11, 13, 15, 17]
        #expect(InterleavedColumns.readingOrder(Self.brokenAtAQuote) == commentary + note)
    }

    /// Default-mode `pdftotext` text of the same page, lines 72–81: a report (`在我国老工业基地
    /// 吉林市，…`) and the commentary's end, two columns; on line 74 their baselines coincide and
    /// poppler printed both on one line, a gap between.
    static let sideBySide = [
        "为人民服务的宗旨，如何引导？如何共同前进？",
        "在我国老工业基地吉林市，近两年，一家以往名不见经",
        "传的小企业引人瞩目。它白手起家，仅仅１２年时间， 不同的称谓，往往反映不同本质的人际关系，不同的思",
        "想意识不可混称。有时候，一个称谓，就是一条标语，",
        "企业总资产便达到７７００多万元；去年人均年创利税",
        "一句口号，必须旗帜鲜明。特别是“同志”之称，内涵",
        "１８万元，全员劳动生产率４５万元。",
        "丰富，意义深远，岂是“小姐”",
        "、",
        "“老板”之类可替代的？",
    ]

    @Test func twoColumnsLinesPrintedOnOneLineAreCutApart() {
        let parts = InterleavedColumns.splittingSideBySideLines(Self.sideBySide)
        #expect(parts.map(\.line) == [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9])
        #expect(parts[2].text == "传的小企业引人瞩目。它白手起家，仅仅１２年时间，")
        #expect(parts[3].text == "不同的称谓，往往反映不同本质的人际关系，不同的思")
        // The explanation names both parts by the line they were printed on.
        let page = PageReader().read(Self.sideBySide.joined(separator: "\n"), id: "commentary-10")
        #expect(page.readings.filter { $0.line == 3 }.map(\.text)
                == ["传的小企业引人瞩目。它白手起家，仅仅12年时间，", "不同的称谓，往往反映不同本质的人际关系，不同的思"])
        // A brief's title run in before its text (briefs-06 of seed 3, lines 97–104) is no column.
        let brief = [
            "北京音乐厅频传喜讯 谁也没料到，１９９７年北京音", "乐厅居然上演了四百九十五场音乐会，大大超过了１９",
            "９６年的三百五十二场。原来，这里还有下午场和夜场！", "这既表明北京音乐厅经营有方，也标志着音乐欣赏热的",
            "持续。", "１９９７年，在北京音乐厅演出的各艺术团体从这里共", "收入六百五十万元人民币，其中曾一度陷入困境的中国",
            "交响乐团合唱团就得到近百万元。",
        ]
        #expect(InterleavedColumns.splittingSideBySideLines(brief).map(\.text) == brief)
    }

    @Test func eachColumnReadsThroughAndKeepsItsPrintedLineNumbers() throws {
        let page = PageReader().read(Self.alternating.joined(separator: "\n"), id: "band-09")
        let text = page.articles.flatMap(\.paragraphs).joined()
        #expect(text.contains("还清理出个别单位超标建房、机关干部向基层要房、违反规定分配住房等方面的问题。他们还进一步强化了分局住房管理"))
        #expect(text.contains("新型数字视盘采用的激光波长为430纳米，记录轨道间隔由0．74微米调整为0．37微米。由于记录轨道窄"))
        // The explanation names the lines as the page prints them.
        #expect(page.readings.map(\.line) == Array(1...16))
        #expect(page.readings.first { $0.text == "小时之多。" }?.line == 2)
        #expect(page.articles.first?.lines == 1...16)
    }

    @Test func aColumnReadInOrderIsLeftAsPrinted() throws {
        for column in [stride(from: 0, to: 16, by: 2), stride(from: 1, to: 16, by: 2)].map({ $0.map { Self.alternating[$0] } }) {
            #expect(InterleavedColumns.readingOrder(column) == Array(column.indices))
        }
        let seed = try TestData.seedPage().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(InterleavedColumns.readingOrder(seed) == Array(seed.indices))
    }
}
