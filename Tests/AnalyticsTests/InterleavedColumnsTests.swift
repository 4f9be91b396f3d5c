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
        #expect(Self.order(Self.alternating) == evenLines + oddLines)
        // Lines before and after the block, and blank lines, keep their places.
        let page = ["读者来信", ""] + Self.alternating + ["", "（本栏"]
        #expect(Self.order(page) == [0, 1] + (evenLines + oddLines).map { $0 + 2 } + [18, 19])
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
            #expect(Self.order(column) == Array(column.indices))
        }
        let seed = try TestData.seedPage().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Self.order(seed) == Array(seed.indices))
    }

    /// Default-mode `pdftotext` text of tabloid-13 of the page benchmark (seed 61, lines 24–41): a
    /// report in two columns whose right column's baseline sits a little higher, so its lines come
    /// first; where two baselines meet, one printed line holds both columns (lines 9 and 14).
    static let sideBySide = [
        "互信合作发展经济", "——孟巴印经贸首脑会议圆满结束",
        "本报驻巴基斯坦记者王南", "言。会议结束时，与会三国共同发表《达",
        "为期一天的孟加拉国、巴基斯坦和印度三", "卡联合声明》。谢里夫与古杰拉尔还在会",
        "国经济贸易首脑会议昨天在孟加拉国首", "议期间举行巴、印双边会谈。",
        "都达卡举行。孟加拉国总理谢赫·哈西娜、 这是孟、巴、印三国首次举行的经贸首脑", "巴基斯坦总理谢里夫和印度看守内阁总",
        "会议。会议达到了预期目标，取得了不少", "理古杰拉尔及其随同官员，以及来自这三",
        "成果。", "个国家的 120 多位商人和企业家出席了 《达卡联合声明》指出，三国将致力于本地",
        "这次会议。三位总理分别在会上致词和发", "区贸易自由化，并重申到 2001 年建立南",
        "表讲话，一些经贸界人士也在会上作了发", "亚自由贸易区的目标；同意减少关税，取",
    ]

    @Test func aLineHoldingBothColumnsIsCutAndTheColumnThatRunsOnIsReadFirst() throws {
        let page = PageReader().read(Self.sideBySide.joined(separator: "\n"), id: "tabloid-13")
        let article = try #require(page.articles.first)
        let text = article.paragraphs.joined()
        // The left column first: the right one's first line finishes the left one's last word (`发` / `言`).
        #expect(article.paragraphs.first?.hasPrefix("为期一天的孟加拉国、巴基斯坦和印度三国经济贸易首脑会议") == true)
        #expect(text.contains("一些经贸界人士也在会上作了发言。会议结束时，与会三国共同发表《达卡联合声明》。"))
        // Each half of a printed line goes to its column, and both are explained as that line.
        #expect(text.contains("首都达卡举行。孟加拉国总理谢赫·哈西娜、巴基斯坦总理谢里夫"))
        #expect(text.contains("会议达到了预期目标，取得了不少成果。《达卡联合声明》指出，三国将致力于本地区贸易自由化"))
        #expect(page.readings.filter { $0.line == 9 }.count == 2)
    }

    /// Default-mode `pdftotext` text of band-07 of the page benchmark (seed 24, lines 116–156): a
    /// report in two columns alternating, where quotation marks and commas off the baseline break
    /// the left column's lines into pieces (`在` / `全县深入开展了“优美环境”` / `、` / `“优`), and the
    /// left column's first line has no word running on into the next to show it opens the column.
    static let brokenLines = [
        "本报讯山西省左云县以实际行动", "无打架斗殴、抽烟酗酒等不良现",
        "贯彻党的十四届六中全会精神， 象；在教师和学生中广泛开展文", "做到严谨治校、依法治校。进一",
        "明行为和文明用语活动，建立教", "步端正办学指导思想，把素质教",
        "师教书育人目标责任制，使每一", "育摆上议事日程。１９９７年，",
        "在", "位教师真正担负起培养“四有”新",
        "全县深入开展了“优美环境”", "、",
        "“优", "人的神圣使命。",
        "良校风”、“优美形象”、“优质教", "在全县范围内，形成了“党以重教",
        "学”、“优秀业绩”的活动，成绩", "为先，政以兴教为本，民以助教为",
        "显著。", "荣”的良好社会风气，并全面实施",
        "县政府从优美环境入手，使校园", "素质教育。确立“以育人为目的，",
        "布局合理，", "学校无危房。每所学校",
        "以教学为中心”的指导思想，围绕", "有校服、校歌、校牌，并建有升挂 “德、智、体、美、劳”全面发展",
        "国旗和每周举行升国旗、唱国歌", "的目标，另开辟具有特色的第二",
        "仪式的制度；全县全面推行校长", "课堂，使８０％以上的学生能够",
        "负责制、教师聘任制、结构工资", "参加。至１９９７年底，",
        "全县小学", "制和考核奖惩制。学校坚持",
        "“两操", "入学率达９９％，高中达９８％，",
        "两课一活动”", "。当小学生放学时排",
        "在参加全市年级的统考中，学科", "队离校，遵守交通规则；校园内外",
        "成绩优秀。",
    ]

    @Test func thePiecesOfABrokenColumnLineAreReadTogether() throws {
        let page = PageReader().read(Self.brokenLines.joined(separator: "\n"), id: "band-07")
        let text = try #require(page.articles.first).paragraphs.joined()
        #expect(text.contains("山西省左云县以实际行动贯彻党的十四届六中全会精神，做到严谨治校、依法治校。"))
        #expect(text.contains("1997年，在全县深入开展了“优美环境”、“优良校风”、“优美形象”、“优质教学”、“优秀业绩”的活动，成绩显著。"))
        #expect(text.contains("县政府从优美环境入手，使校园布局合理，学校无危房。每所学校有校服、校歌、校牌"))
        // Left as it was: below `…全县全面推行校长`, lines broken further (`全县小学`, `“两操`) end the
        // alternating run, and the rest of the two columns is read as printed.
    }

    static func order(_ lines: [String]) -> [Int] { InterleavedColumns.reading(lines).map(\.printed) }
}
