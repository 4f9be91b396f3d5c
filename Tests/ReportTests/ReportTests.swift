import Analytics
import Foundation
@testable import Report
import TestSupport
import Testing

@Suite struct DisplayWidthTests {
    @Test func cjkCountsTwoColumnsAndMarksNone() {
        #expect(DisplayWidth.of("社区") == 4)
        #expect(DisplayWidth.of("PPT") == 3)
        #expect(DisplayWidth.of("，。") == 4)
        #expect(DisplayWidth.of("１２") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("现代ab") == 6)
    }

    @Test func truncationRespectsWidthAndMarksTheCut() {
        #expect(DisplayWidth.truncate("现代社区建设", to: 7) == "现代社…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("现代社区建设", to: 7)) <= 7)
        #expect(DisplayWidth.truncate("短", to: 7) == "短")
    }
}

@Suite struct TableTests {
    @Test func columnsLineUpWithMixedWidthText() throws {
        var table = TextTable(columns: [.init("rank", .right), .init("term"), .init("count", .right)])
        table.append(["1", "现代社区", "12"])
        table.append(["10", "ppt", "3"])
        table.append(["100", "安全", "1234"])
        let lines = table.render().split(separator: "\n").map(String.init)
        try #require(lines.count == 5)
        // Every line's last cell ends at the same display column (right-aligned count).
        #expect(Set(lines.map(DisplayWidth.of)).count == 1)
        #expect(lines[2] == "   1  现代社区     12")
        #expect(lines[3] == "  10  ppt           3")
    }

    @Test func markdownEscapesPipes() {
        var table = MarkdownTable(header: ["a", "b"], alignments: [.left, .right])
        table.rows = [["x|y", "1"]]
        #expect(table.render() == "| a | b |\n| --- | ---: |\n| x\\|y | 1 |\n")
    }
}

@Suite struct ChartTests {
    let keywords = [
        Keyword(term: "项目", count: 40, documents: 3, weight: 1.5),
        Keyword(term: "ppt", count: 10, documents: 1, weight: 0.25),
    ]

    @Test func barsScaleToTheFirstRow() throws {
        let text = KeywordChart(keywords: keywords, order: .count, barWidth: 20).render(.text)
        let lines = text.split(separator: "\n").map(String.init)
        try #require(lines.count == 4)
        #expect(lines[2].hasSuffix(String(repeating: "█", count: 20)))
        #expect(lines[3].hasSuffix(" " + String(repeating: "█", count: 5)))
    }

    @Test func jsonIsComplete() throws {
        let json = KeywordChart(keywords: keywords, order: .weight).render(.json)
        struct Body: Decodable { struct K: Decodable { let term: String; let count: Int; let documents: Int; let weight: Double }; let keywords: [K] }
        let body = try JSONDecoder().decode(Body.self, from: Data(json.utf8))
        try #require(body.keywords.map(\.term) == ["项目", "ppt"])
        #expect(body.keywords[0].documents == 3 && body.keywords[1].weight == 0.25)
    }
}

@Suite struct KeywordComparisonTableTests {
    @Test func textHeadingsNameTheSignificanceThresholds() {
        let text = KeywordComparisonTable(a: "A", b: "B", rose: [], fell: []).render(.text)
        #expect(text.hasPrefix("Rose from A to B (log-likelihood G²; 3.84 is p < 0.05, 10.83 is p < 0.001)\n"))
    }
}

@Suite struct MatrixMarketTests {
    @Test func writesOneBasedCoordinatesAndExactFloats() throws {
        let m = try SparseMatrix(columns: 3, rows: [[(column: 2, value: 0.1), (column: 0, value: 3)], []])
        let text = String(decoding: MatrixMarket.render(m, comment: "x"), as: UTF8.self)
        #expect(text == "%%MatrixMarket matrix coordinate real general\n% x\n2 3 2\n1 1 3\n1 3 0.1\n")
    }

    /// `vectorize` writes its matrices in pieces, never holding a file's text whole (#15).
    @Test func writesInPiecesOfWholeRows() throws {
        let m = try SparseMatrix(columns: 3, rows: [[(column: 2, value: 0.1), (column: 0, value: 3)], [(column: 1, value: 2)], []])
        var pieces: [[UInt8]] = []
        try MatrixMarket.write(m, comment: "x", piecesOf: 1) { pieces.append($0) }
        #expect(pieces.map { String(decoding: $0, as: UTF8.self) }
            == ["%%MatrixMarket matrix coordinate real general\n% x\n3 3 3\n", "1 1 3\n1 3 0.1\n", "2 2 2\n"])
        #expect(Array(pieces.joined()) == MatrixMarket.render(m, comment: "x"))
        // More pieces than are formatted at a time come in row order too.
        let tall = try SparseMatrix(columns: 5, rows: (0..<50).map { r in [(column: Int32(r % 5), value: Float(r + 1) / 7)] })
        pieces = []
        try MatrixMarket.write(tall, piecesOf: 1) { pieces.append($0) }
        #expect(pieces.count == 51)
        #expect(Array(pieces.joined()) == MatrixMarket.render(tall))
    }

    /// Lines are written straight into bytes sized for the longest line: the widest indices and
    /// the longest shortest forms of a `Float` fit, and every value reads back as itself.
    @Test func theLongestLinesReadBackExactly() throws {
        let values: [Float] = [-1.15474595e+36, -1.17549435e-38, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
                               -3, 9_999_999, 1e7, 0.1, -0.000123456789, 16_777_217]
        let last = Int32.max - 1
        let m = try SparseMatrix(columns: Int(Int32.max), rows: [values.enumerated().map { (column: last - Int32($0.offset), value: $0.element) }.reversed()])
        let lines = String(decoding: MatrixMarket.render(m), as: UTF8.self).split(separator: "\n").dropFirst(2)
        #expect(lines.count == values.count)
        for (line, value) in zip(lines, values.reversed()) {
            let fields = line.split(separator: " ")
            #expect(fields.count == 3 && fields[0] == "1" && Float(fields[2]) == value, "\(line)")
        }
        #expect(lines.last?.hasPrefix("1 2147483647 ") == true)
    }

    @Test func tsvFieldsCannotBreakTheTable() {
        #expect(TSV.render(header: ["a", "b"], rows: [["x\ty", "1\n2"]]) == "a\tb\nx y\t1 2\n")
    }
}

@Suite struct HTMLPageTests {
    @Test func everyReportHasAnEscapedSelfContainedPage() {
        let chart = KeywordChart(keywords: [Keyword(term: "<script>", count: 2, documents: 1, weight: 0.5)], order: .count)
        let html = chart.render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("&lt;script&gt;") && !html.contains("<script>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }
}

@Suite struct TextWrapTests {
    @Test func linesFitTheWidthAndKeepEveryCharacter() throws {
        let text = try TestData.seedPage().split(separator: "\n").joined()
        for width in [12, 20, 33, 60, 100] {
            let lines = TextWrap.lines(text, width: width, indent: "  ")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(lines.map { $0.dropFirst(2) }.joined().filter { $0 != " " } == text.filter { $0 != " " })
            // Closing punctuation never starts a line, opening brackets never end one.
            #expect(!lines.contains { $0.dropFirst(2).first.map { "，。、；：！？）”".contains($0) } ?? false })
            #expect(!lines.contains { $0.last.map { "（“《".contains($0) } ?? false })
        }
    }
}

/// `summarize` writes its list batch by batch as the input is read (#15): the pieces joined
/// are the list rendered whole, in every format.
@Suite struct SummaryWriterTests {
    @Test func batchesJoinToTheWholeList() throws {
        var articles = Corpus.assemble([Document(id: "seed", body: try TestData.seedPage(), layout: .page, source: "seed.txt")]).articles
        // A piece with no whole sentence, whose JSON holds an empty array of sentences.
        articles.insert(Article(id: "clause", title: "现代社区", paragraphs: ["区现代社区建设领导小组办公室"]), at: 3)
        let summaries = try Summarizer().summarizeEach(articles, budget: .sentences(2))
        #expect(summaries.contains { $0.sentences.isEmpty } && summaries.contains { !$0.sentences.isEmpty })
        let list = SummaryList(articles: articles, summaries: summaries)
        for format in OutputFormat.allCases {
            let whole = list.render(format, width: 60)
            for size in [1, 4] {
                var writer = SummaryList.Writer(format: format, width: 60)
                var pieces = ""
                for start in stride(from: 0, to: articles.count, by: size) {
                    let end = min(start + size, articles.count)
                    pieces += writer.add(Array(articles[start..<end]), Array(summaries[start..<end]))
                }
                pieces += writer.finish()
                #expect(pieces == whole, "\(format), \(size) at a time")
            }
        }
        // JSON made whole by the encoder, not joined from pieces, is what the writer gives.
        struct Body: Encodable { let summaries: [SummaryEntry] }
        #expect(list.render(.json) == JSONOutput.encode(Body(summaries: zip(articles, summaries).map { SummaryEntry($0, $1) })))
        #expect(SummaryList(articles: [], summaries: []).render(.json) == JSONOutput.encode(Body(summaries: [])))
    }
}
