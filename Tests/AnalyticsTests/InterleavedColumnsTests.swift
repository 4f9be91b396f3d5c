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
