import Analytics
import Archive
import Foundation
import Report
import TestSupport
import Testing

/// Exact terminal output on the sample page. The goldens hold nothing that depends on the
/// machine (CPU, OpenBLAS kernel, paths, time); `scripts/update-goldens` rewrites them when a
/// change of output is intended.
@Suite struct GoldenOutputTests {
    static func expectGolden(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("Tests/NewsDigestTests/Golden/\(name)"), encoding: .utf8)
        #expect(output == golden, "differs from Golden/\(name); if the change is intended, run scripts/update-goldens and review the diff",
                sourceLocation: sourceLocation)
    }

    @Test func articlesExplainWhatEachLineWasTakenAs() throws {
        let result = try CLI.run(["articles", "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map(String.init)
        let roles = ["headline": "推进产城融合大发展", "kicker": "王慧杰在调研重点项目工作时强调", "lead": "本报讯", "credit": "徐凌峰/摄", "signature": "柏雷"]
        for (role, text) in roles {
            #expect(rows.contains { $0.contains(" \(role) ") && $0.contains(text) }, "no \(role) row for \(text)")
        }
        let json = try CLI.run(["articles", "--explain", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 8 && articles.allSatisfy { ($0["confidence"] as? Double).map { (0...1).contains($0) } ?? false })
        #expect((object["explanation"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func noArgumentsPrintsTheSeedPagesDigest() throws {
        let result = try CLI.run([])
        #expect(result.status == 0, "\(result.stderr)")
        try Self.expectGolden(result.stdout, "seed-digest.txt")
        // All eight pieces with their headlines, summaries, the topics and the keyword chart.
        for headline in ["项目建设 稳步推进", "推进产城融合大发展 加快建设城市副中心", "聚焦项目 大干快上 以项目建设助推经济社会高质量发展",
                         "8月25日上午，衢江区现代社区建设工作推进会召开。", "衢江区召开安全生产工作部署会", "区政府召开第11次常务会议",
                         "衢江区上半年35项民生实事项目实现“双过半”", "奏响高品质衢江城市建设最强音"] {
            #expect(result.stdout.contains(headline), "\(headline)")
        }
        #expect(result.stdout.contains("TOPICS") && result.stdout.contains("KEYWORDS") && result.stdout.contains("现代社区"))
        #expect(!result.stdout.contains("OpenBLAS"))
    }

    @Test(arguments: [60, 80, 100])
    func noLineOfTheDigestIsWiderThanTheWidth(width: Int) throws {
        let result = try CLI.run(["digest", "--width", String(width)])
        #expect(result.status == 0)
        let wide = result.stdout.split(separator: "\n").filter { DisplayWidth.of(String($0)) > width }
        #expect(wide.isEmpty, "\(wide)")
    }

    @Test func aCopiedBinaryPrintsTheDigestFromAnotherFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("newsdigest")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let result = try CLI.run([], executable: copy, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        try Self.expectGolden(result.stdout, "seed-digest.txt")
    }

    @Test func articlesOfTheSeedPage() throws {
        let result = try CLI.run(["articles"])
        #expect(result.status == 0)
        try Self.expectGolden(result.stdout, "seed-articles.txt")
    }

    @Test func keywordChartOfTheSeedPage() throws {
        let result = try CLI.run(["keywords"])
        #expect(result.status == 0)
        try Self.expectGolden(result.stdout, "seed-keywords.txt")
    }

    @Test func helpTeachesTheCommandsAndDefaults() throws {
        let top = try CLI.run(["--help"])
        #expect(top.status == 0)
        for command in ["articles", "keywords", "vectorize", "similar", "doctor"] { #expect(top.stdout.contains(command)) }
        #expect(top.stdout.contains("Exit codes"))
        let vectorize = try CLI.run(["vectorize", "--help"])
        #expect(vectorize.stdout.contains("TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm='l2')"))
        #expect(vectorize.stdout.contains("(default: --sublinear-tf)") && vectorize.stdout.contains("default: l2"))
        // Help is for users: no paths that exist only in a developer's checkout.
        for command in ["", "ingest", "vectorize"] {
            let help = try CLI.run(command.isEmpty ? ["--help"] : [command, "--help"])
            #expect(!help.stdout.contains("../shared") && !help.stdout.contains("seeds/"), "\(command)")
        }
        // Every command that writes a report takes the same --format, html included.
        for command in ["articles", "keywords", "cluster", "summarize", "digest", "trend", "issues", "evaluate", "similar"] {
            let help = try CLI.run([command, "--help"])
            #expect(!help.stdout.contains("../shared") && !help.stdout.contains("seeds/"), "\(command)")
            #expect(help.stdout.contains("--format <format>") && help.stdout.contains("html"), "\(command)")
        }
    }
}

@Suite struct KeywordsCommandTests {
    @Test func barsLineUpUnderTheirHeaderInDisplayColumns() throws {
        let result = try CLI.run(["keywords", TestData.fixturePath("seed-pieces.jsonl"), "--top", "25"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 27)
        // Every bar starts at the display column where the header's bar title starts (CJK = 2 columns).
        let barTitle = try #require(lines[0].range(of: "keyness bar"))
        let start = DisplayWidth.of(String(lines[0][..<barTitle.lowerBound]))
        for line in lines.dropFirst(2) {
            let bar = try #require(line.firstIndex(of: "█"))
            #expect(DisplayWidth.of(String(line[..<bar])) == start, "\(line)")
        }
        #expect(lines.contains { $0.contains("现代社区") })
    }

    @Test func jsonAndStandardInputGiveTheSameAnswer() throws {
        let path = TestData.fixturePath("seed-pieces.jsonl")
        let fromFile = try CLI.run(["keywords", path, "--format", "json", "--top", "5"])
        let fromStdin = try CLI.run(["keywords", "-", "--format", "json", "--top", "5"], stdin: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(fromFile.status == 0 && fromStdin.status == 0)
        #expect(fromFile.stdout == fromStdin.stdout)
        struct Body: Decodable { struct K: Decodable { let term: String; let count: Int; let documents: Int; let weight: Double }; let keywords: [K] }
        let body = try JSONDecoder().decode(Body.self, from: Data(fromFile.stdout.utf8))
        #expect(body.keywords.count == 5)
        // Ranked by keyness by default: G², strongest first.
        #expect(zip(body.keywords, body.keywords.dropFirst()).allSatisfy { $0.weight >= $1.weight })
    }

    @Test func markdownIsATable() throws {
        let result = try CLI.run(["keywords", "--format", "markdown", "--top", "3"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5 && lines.allSatisfy { $0.hasPrefix("|") && $0.hasSuffix("|") })
    }

    @Test func oneIssueIsRankedByWhatIsNewAgainstTheIssuesBeforeIt() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dated = try DatedFixture.write(in: folder)
        struct Body: Decodable { struct K: Decodable { let term: String; let count: Int; let documents: Int; let weight: Double }; let keywords: [K] }
        let result = try CLI.run(["keywords", dated.path, "--from", "2022-08-28", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let keywords = try JSONDecoder().decode(Body.self, from: Data(result.stdout.utf8)).keywords
        try #require(!keywords.isEmpty)
        // Keyness (G² ≥ 3.84, in at least 2 selected articles), strongest first.
        #expect(keywords.allSatisfy { $0.weight >= 3.84 && $0.documents >= 2 })
        #expect(zip(keywords, keywords.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        let text = try CLI.run(["keywords", dated.path, "--from", "2022-08-28"])
        #expect(text.stdout.contains("keyness bar") && text.stdout.contains("G²"))
        let counted = try CLI.run(["keywords", dated.path, "--from", "2022-08-28", "--rank-by", "count"])
        #expect(counted.stdout.contains("count bar"))
        // The whole input has no other articles to stand against: general Chinese is the reference.
        let whole = try CLI.run(["keywords", dated.path, "--rank-by", "keyness", "--format", "json"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let general = try JSONDecoder().decode(Body.self, from: Data(whole.stdout.utf8)).keywords
        #expect(!general.isEmpty && general.allSatisfy { $0.weight >= 3.84 })
        #expect(zip(general, general.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        #expect(general.map(\.term) != keywords.map(\.term))
    }

    @Test func keywordsByDayCountEachDayWithoutFindingTopics() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dated = try DatedFixture.write(in: folder)
        let result = try CLI.run(["keywords", dated.path, "--by", "day", "--top", "5", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        struct Body: Decodable { struct T: Decodable { let term: String; let counts: [Int]; let perHundred: [Double] }; let period: String; let periods: [String]; let keywords: [T] }
        let body = try JSONDecoder().decode(Body.self, from: Data(result.stdout.utf8))
        #expect(body.period == "day" && body.periods == DatedFixture.days)
        #expect(body.keywords.count == 5 && body.keywords.allSatisfy { $0.counts.count == DatedFixture.days.count })
        // Two articles a day: a term is in none, one or both of them, 0, 50 or 100 per 100 articles.
        #expect(body.keywords.allSatisfy { $0.perHundred.allSatisfy { [0, 50, 100].contains($0) } && $0.perHundred.contains { $0 > 0 } })
        let compare = try CLI.run(["keywords", dated.path, "--compare", DatedFixture.days[0], DatedFixture.days[3]])
        #expect(compare.status == 0 && compare.stdout.contains("Rose from \(DatedFixture.days[0]) to \(DatedFixture.days[3])"), "\(compare.stderr)")
    }
}

@Suite struct VectorizeCommandTests {
    struct Matrix {
        let rows: Int, columns: Int
        var entries: [[Int: Double]]
    }

    static func readMatrixMarket(_ url: URL) throws -> Matrix {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "%%MatrixMarket matrix coordinate real general")
        let body = lines.drop { $0.hasPrefix("%") }
        let size = try #require(body.first).split(separator: " ").compactMap { Int($0) }
        try #require(size.count == 3)
        var entries = [[Int: Double]](repeating: [:], count: size[0])
        for line in body.dropFirst() {
            let parts = line.split(separator: " ")
            try #require(parts.count == 3, "\(line)")
            let (row, column, value) = (try #require(Int(parts[0])), try #require(Int(parts[1])), try #require(Double(parts[2])))
            try #require((1...size[0]).contains(row) && (1...size[1]).contains(column), "\(line)")
            entries[row - 1][column - 1] = value
        }
        #expect(entries.reduce(0) { $0 + $1.count } == size[2])
        return Matrix(rows: size[0], columns: size[1], entries: entries)
    }

    @Test func tfidfIsTheTransformerFormulaAppliedToCounts() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["vectorize", TestData.fixturePath("seed-pieces.jsonl"), "--output", out.path, "--min-df", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let counts = try Self.readMatrixMarket(out.appendingPathComponent("counts.mtx"))
        let tfidf = try Self.readMatrixMarket(out.appendingPathComponent("tfidf.mtx"))
        try #require(counts.rows == 8 && tfidf.rows == 8 && counts.columns == tfidf.columns)
        // scikit-learn's TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm='l2'), in Double.
        var df = [Int](repeating: 0, count: counts.columns)
        for row in counts.entries { for c in row.keys { df[c] += 1 } }
        #expect(df.allSatisfy { $0 >= 2 })
        let n = Double(counts.rows)
        var largest = 0.0
        for (r, row) in counts.entries.enumerated() {
            var weights = row.mapValues { 1 + Foundation.log($0) }
            for c in weights.keys { weights[c]! *= Foundation.log((1 + n) / (1 + Double(df[c]))) + 1 }
            let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            try #require(Set(weights.keys) == Set(tfidf.entries[r].keys))
            for (c, w) in weights { largest = max(largest, abs(w / norm - (tfidf.entries[r][c] ?? .infinity))) }
        }
        #expect(largest <= 1e-5)
        let vocabulary = try String(contentsOf: out.appendingPathComponent("vocabulary.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(vocabulary.count == counts.columns + 1 && vocabulary.first == "column\ttoken\tdf")
        let documents = try String(contentsOf: out.appendingPathComponent("documents.tsv"), encoding: .utf8).split(separator: "\n")
        try #require(documents.count == 9)
        #expect(documents[1].hasPrefix("1\t000_7ace637069ccde80-"))
    }

    @Test func outputIsByteIdenticalAndTheVocabularyIndependentOfInputOrder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Split the pieces into two files and feed them in both orders.
        let lines = try String(contentsOfFile: TestData.fixturePath("seed-pieces.jsonl"), encoding: .utf8).split(separator: "\n")
        let first = folder.appendingPathComponent("a.jsonl"), second = folder.appendingPathComponent("b.jsonl")
        try Data(lines.prefix(4).joined(separator: "\n").utf8).write(to: first)
        try Data(lines.dropFirst(4).joined(separator: "\n").utf8).write(to: second)
        func vectorize(_ inputs: [URL], into name: String) throws -> URL {
            let out = folder.appendingPathComponent(name)
            let result = try CLI.run(["vectorize"] + inputs.map(\.path) + ["--output", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            return out
        }
        func file(_ folder: URL, _ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
        let forward = try vectorize([first, second], into: "forward")
        let again = try vectorize([first, second], into: "again")
        let backward = try vectorize([second, first], into: "backward")
        for name in ["counts.mtx", "tfidf.mtx", "vocabulary.tsv", "documents.tsv"] {
            #expect(try file(forward, name) == file(again, name), "\(name)")
        }
        #expect(try file(forward, "vocabulary.tsv") == file(backward, "vocabulary.tsv"))
        #expect(try file(forward, "tfidf.mtx") != file(backward, "tfidf.mtx"))
    }

    /// A file of the set that cannot be replaced (here a folder in its place; an immutable file
    /// fails the same way) leaves the whole previous set as it was (#14 item 13).
    @Test func aFileThatCannotBeReplacedLeavesThePreviousSet() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let lines = try String(contentsOfFile: TestData.fixturePath("seed-pieces.jsonl"), encoding: .utf8).split(separator: "\n")
        let few = folder.appendingPathComponent("few.jsonl")
        try Data(lines.prefix(4).joined(separator: "\n").utf8).write(to: few)
        #expect(try CLI.run(["vectorize", few.path, "--output", out.path]).status == 0)
        let blocked = out.appendingPathComponent("documents.tsv")
        try FileManager.default.removeItem(at: blocked)
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        try Data("kept".utf8).write(to: blocked.appendingPathComponent("note"))
        let names = ["counts.mtx", "tfidf.mtx", "vocabulary.tsv"]
        let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        let failed = try CLI.run(["vectorize", TestData.fixturePath("seed-pieces.jsonl"), "--output", out.path])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("documents.tsv") && failed.stderr.contains("nothing was changed"), "\(failed.stderr)")
        #expect(try names.map { try Data(contentsOf: out.appendingPathComponent($0)) } == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["counts.mtx", "documents.tsv", "tfidf.mtx", "vocabulary.tsv"])
    }

    @Test func aBadRecordLeavesNoFilesBehind() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.jsonl")
        try Data("{\"id\":\"a\",\"body\":\"现代社区建设\"}\n{\"id\":\"b\",\"body\":42}\n".utf8).write(to: input)
        let out = folder.appendingPathComponent("out")
        let failed = try CLI.run(["vectorize", input.path, "--output", out.path])
        #expect(failed.status == 65)
        #expect(failed.stderr == "newsdigest: error: \(input.path):2: field \"body\" is a number, not a string; fix the record or pass --skip-bad-records\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let skipped = try CLI.run(["vectorize", input.path, "--output", out.path, "--skip-bad-records"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("skipped 1 bad record(s)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["counts.mtx", "documents.tsv", "tfidf.mtx", "vocabulary.tsv"])
    }
}

@Suite struct ArticlesCommandTests {
    struct Body: Decodable {
        struct Entry: Decodable {
            let id: String
            let issue: String?
            let page: Int?
            let kind: String
            let title: String?
            let kicker: String?
            let displayTitle: String
            let byline: String?
            let body: String
            let sentences: [String]
        }
        let articles: [Entry]
    }

    @Test func seedPageAsJSONHasEveryFieldWithNullsForAbsentValues() throws {
        let result = try CLI.run(["articles", "seeds/000_7ace637069ccde80.txt", "--format", "json"])
        #expect(result.status == 0)
        let articles = try JSONDecoder().decode(Body.self, from: Data(result.stdout.utf8)).articles
        try #require(articles.count == 8)
        #expect(articles.map(\.kind) == ["photo", "statement", "news", "news", "news", "news", "news", "commentary"])
        #expect(articles[3].title == nil && result.stdout.contains("\"title\" : null"))
        #expect(articles[3].displayTitle == "8月25日上午，衢江区现代社区建设工作推进会召开。")
        #expect(articles.allSatisfy { !$0.sentences.isEmpty && $0.body.contains($0.sentences[0]) })
        #expect(articles[2].body.contains("\n"))
    }

    @Test func issueOptionAndFileNameDatesNameTheIssue() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("qjrb-2022-08-29-p1.txt")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("seeds/000_7ace637069ccde80.txt"), to: page)
        let byName = try JSONDecoder().decode(Body.self, from: Data(try CLI.run(["articles", folder.path, "--format", "json"]).stdout.utf8))
        #expect(byName.articles.count == 8 && byName.articles.allSatisfy { $0.issue == "2022-08-29" })
        // --issue names a page that names no issue itself (the sample page has no date line)…
        let byOption = try JSONDecoder().decode(Body.self, from: Data(try CLI.run(["articles", "--issue", "衢江报第1期", "--format", "json"]).stdout.utf8))
        #expect(byOption.articles.count == 8 && byOption.articles.allSatisfy { $0.issue == "衢江报第1期" })
        // …and selects from inputs that do: another issue is an error that names what there is.
        let other = try CLI.run(["articles", page.path, "--issue", "衢江报第1期"])
        #expect(other.status == 66 && other.stderr.contains("no article for issue 衢江报第1期; the input holds issues 2022-08-29"), "\(other.stderr)")
    }

    @Test func issueFromAndToSelectFromFilesAsFromAnArchive() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dated = try DatedFixture.write(in: folder)
        struct Listed: Decodable { struct A: Decodable { let issue: String? }; let articles: [A] }
        let oneDay = try JSONDecoder().decode(Listed.self, from: Data(try CLI.run(["articles", dated.path, "--issue", "2022-08-27", "--format", "json"]).stdout.utf8))
        #expect(oneDay.articles.map(\.issue) == ["2022-08-27", "2022-08-27"])
        let range = try JSONDecoder().decode(Listed.self, from: Data(try CLI.run(["articles", dated.path, "--from", "2022-08-28", "--to", "2022-08-29", "--format", "json"]).stdout.utf8))
        #expect(range.articles.map(\.issue) == ["2022-08-28", "2022-08-28", "2022-08-29", "2022-08-29"])
        let reversed = try CLI.run(["articles", dated.path, "--from", "2022-08-29", "--to", "2022-08-28"])
        #expect(reversed.status == 64 && reversed.stderr.contains("is after --to"))
        // A digest of several issues is of the latest, and says how to get the others.
        let digest = try CLI.run(["digest", dated.path, "--format", "json"])
        struct Digests: Decodable { struct D: Decodable { struct H: Decodable { let issue: String; let articles: Int }; let header: H }; let digests: [D] }
        let latest = try JSONDecoder().decode(Digests.self, from: Data(digest.stdout.utf8)).digests
        #expect(latest.map(\.header.issue) == ["2022-08-29"] && latest.first?.header.articles == 2)
        #expect(digest.stderr.contains("--all"))
        let every = try JSONDecoder().decode(Digests.self, from: Data(try CLI.run(["digest", dated.path, "--all", "--format", "json"]).stdout.utf8)).digests
        #expect(every.map(\.header.issue) == DatedFixture.days)
    }

    @Test func pdfPagesAreReadThroughPdftotext() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("page.pdf")
        try Data(minimalPDF(text: "Hello NewsDigest.").utf8).write(to: pdf)
        let result = try CLI.run(["articles", pdf.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hello NewsDigest."))
        // Without pdftotext on the PATH the error says how to install it.
        let missing = try CLI.run(["articles", pdf.path], environment: ["PATH": folder.path])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("apt-get install poppler-utils"))
    }

    /// A PDF whose fonts map their glyphs to no Unicode (`page-geometry.pdf` rewritten by cairo,
    /// which dropped the maps) is refused, naming the file and the page and saying what to do,
    /// rather than read as replacement characters.
    @Test func aPDFWhoseTextHasNoUnicodeIsRefused() throws {
        let result = try CLI.run(["articles", TestData.fixturePath("page-geometry-cairo.pdf")])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("page-geometry-cairo.pdf") && result.stderr.contains("page 1:")
                && result.stderr.contains("U+FFFD") && result.stderr.contains("OCR"), "\(result.stderr)")
    }

    /// A one-page PDF with one line of Helvetica text, offsets computed.
    func minimalPDF(text: String) -> String {
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf
    }
}

@Suite struct ClusterCommandTests {
    struct Body: Decodable {
        struct Cluster: Decodable { let id: Int; let label: String; let keyphrases: [String]; let size: Int; let other: Bool; let articles: [String] }
        let k: Int
        let criterion: String
        let objective: Double
        let silhouette: Double
        let clusters: [Cluster]
        let assignments: [String: Int]
        let duplicates: [[String]]
    }

    @Test func jsonListsEveryArticleOnceWithUniqueLabels() throws {
        let result = try CLI.run(["cluster", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let body = try JSONDecoder().decode(Body.self, from: Data(result.stdout.utf8))
        // Topics, then the articles that fit none ("other"), last.
        #expect(body.clusters.filter { !$0.other }.count == body.k && body.assignments.count == 8)
        #expect(body.clusters.dropLast().allSatisfy { !$0.other } && body.criterion.hasPrefix("average-link cosine"))
        #expect(body.clusters.reduce(0) { $0 + $1.size } == 8)
        #expect(Set(body.clusters.map(\.label)).count == body.clusters.count)
        for cluster in body.clusters { for id in cluster.articles { #expect(body.assignments[id] == cluster.id) } }
        let again = try CLI.run(["cluster", "--format", "json"])
        #expect(again.stdout == result.stdout)
        // Sums of Float products over all articles are given to the digits every BLAS kernel agrees on.
        for field in ["objective", "silhouette"] {
            let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("\"\(field)\"") })
            #expect((line.split(separator: ".").last?.filter(\.isNumber).count ?? 0) <= 3, "\(line)")
        }
    }

    @Test func textShowsLabelsThenHeadlines() throws {
        let result = try CLI.run(["cluster", "--k", "3"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("3 topics"))
        #expect(result.stdout.contains("■ ") && result.stdout.contains("  · 衢江区召开安全生产工作部署会"))
    }

    @Test(.needsSharedData("a day of People's Daily"))
    func explainListsTheFurnitureLearnedAndNoLabelUsesIt() throws {
        let day = TestData.sharedDataPath("rmrb1998-01-01_20.jsonl.gz")
        let result = try CLI.run(["cluster", day, "--issue", "1998-01-16", "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let furniture = try #require(lines.first { $0.hasPrefix("learned furniture") })
        #expect(furniture.contains("新华社"))
        let common = try #require(lines.first { $0.hasPrefix("learned common words") })
        #expect(common.contains("发展"))
        let labels = lines.filter { $0.hasPrefix("■ ") }
        #expect(labels.count >= 4)
        #expect(!labels.contains { $0.contains("新华社") || $0.contains("发展 ") })
        // --explain adds the two lines and changes nothing else.
        #expect(try CLI.run(["cluster", day, "--issue", "1998-01-16"]).stdout == lines.filter { !$0.hasPrefix("learned ") }.joined(separator: "\n"))
    }
}

/// #15: the same input gives the same bytes on a machine of one core and of two. OpenBLAS
/// is told its thread count by the environment here; the product splits it would make differ.
@Suite struct CoreCountTests {
    @Test(.needsSharedData("a day of People's Daily"))
    func clustersAreTheSameBytesWithOneBLASThreadOrTwo() throws {
        let day = TestData.sharedDataPath("rmrb1998-01-01_20.jsonl.gz")
        let arguments = ["cluster", day, "--issue", "1998-01-16", "--format", "json"]
        let one = try CLI.run(arguments, environment: ["OPENBLAS_NUM_THREADS": "1"])
        let two = try CLI.run(arguments, environment: ["OPENBLAS_NUM_THREADS": "2"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
        #expect(one.stdout == two.stdout)
    }
}

@Suite struct SummarizeCommandTests {
    struct Body: Decodable {
        struct Entry: Decodable {
            struct Sentence: Decodable { let index: Int; let text: String; let score: Double }
            let id: String; let title: String?; let summary: String; let overBudget: Bool; let sentences: [Sentence]
        }
        let summaries: [Entry]
    }

    @Test func oneSentencePerSeedPieceAsJSON() throws {
        let result = try CLI.run(["summarize", "--sentences", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let body = try JSONDecoder().decode(Body.self, from: Data(result.stdout.utf8))
        try #require(body.summaries.count == 8)
        #expect(body.summaries.allSatisfy { $0.sentences.count == 1 && $0.summary == $0.sentences[0].text })
        #expect(body.summaries[3].title == nil && result.stdout.contains("\"title\" : null"))
    }

    @Test func evaluateScoresEveryMethodOnRecordsWithSummaries() throws {
        // The pieces' headlines stand in for reference summaries; the untitled piece has none.
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = try String(contentsOfFile: TestData.fixturePath("seed-pieces.jsonl"), encoding: .utf8).split(separator: "\n").map { line in
            line.replacingOccurrences(of: "\"title\":", with: "\"summary\":")
        }
        let input = folder.appendingPathComponent("with-summaries.jsonl")
        try Data(records.joined(separator: "\n").utf8).write(to: input)
        let result = try CLI.run(["evaluate", input.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        struct Report: Decodable { struct Row: Decodable { let method: String; let rouge1: Double; let rouge2: Double; let rougeL: Double }; let records: Int; let methods: [Row] }
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        #expect(report.records == 7 && report.methods.map(\.method) == ["newsdigest", "LEAD-1", "LEAD"])
        #expect(report.methods.allSatisfy { (0...1).contains($0.rouge1) && $0.rouge2 <= $0.rouge1 && $0.rouge1 > 0 })
        let none = try CLI.run(["evaluate", TestData.fixturePath("seed-pieces.jsonl")])
        #expect(none.status == 64 && none.stderr.contains("no record has a `summary`"))
    }

    @Test func conflictingBudgetsAreAUsageError() throws {
        #expect(try CLI.run(["summarize", "--sentences", "1", "--chars", "40"]).status == 64)
    }
}

/// The archive through the tool, including a process killed in the middle of an ingest.
@Suite(.serialized) struct ArchiveCommandTests {
    @Test(.needsSharedData("a month of People's Daily, an ingest long enough to be killed midway"))
    func killingAnIngestLeavesOnlyWholeIssues() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("news.sqlite").path
        let corpus = CLI.sharedData("rmrb1998-01-01_20.jsonl.gz")
        // Each round ingests the month into a new archive and is killed while writing it: once
        // the archive file appears (the input has been read), after a delay drawn from a seeded
        // generator, so a failure can be replayed.
        var generator = SplitMix64(seed: 8)
        var killedWhileWriting = 0
        for round in 0..<6 {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: archive + suffix) }
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["ingest", "--archive", archive, corpus]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            while !FileManager.default.fileExists(atPath: archive) && process.isRunning { usleep(5_000) }
            usleep(UInt32(generator.next() % 400_000))
            if process.isRunning { killedWhileWriting += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Killed before its first transaction landed: no archive yet, and nothing to check.
            guard FileManager.default.fileExists(atPath: archive) else { continue }
            let stored: NewsArchive
            do { stored = try NewsArchive(path: archive) } catch ArchiveError.notAnArchive { continue }
            #expect(try stored.integrityCheck() == "ok", "round \(round)")
            for issue in try stored.issues() {
                // An issue is there whole or not at all.
                #expect(issue.articles == (try stored.articles(issue: issue.id)).count)
            }
        }
        // A test whose kills all came too late would test nothing.
        #expect(killedWhileWriting >= 1, "none of 6 kills found the ingest running")
        let finished = try CLI.run(["ingest", "--archive", archive, corpus, "--replace"])
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(try NewsArchive(path: archive).issues().count == 20)
        let listed = try CLI.run(["issues", "--archive", archive, "--format", "json"])
        struct Body: Decodable { struct Issue: Decodable { let id: String; let date: String?; let articles: Int }; let issues: [Issue] }
        let issues = try JSONDecoder().decode(Body.self, from: Data(listed.stdout.utf8)).issues
        #expect(issues.count == 20 && issues.reduce(0) { $0 + $1.articles } == 2012)
    }

    @Test func trendReadsTheArchivedIssuesByDate() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("news.sqlite").path
        let dated = try DatedFixture.write(in: folder)
        let first = try CLI.run(["ingest", "--archive", archive, dated.path])
        #expect(first.status == 0 && first.stdout.hasPrefix("added 4 issue(s)"), "\(first.stdout)\(first.stderr)")
        let again = try CLI.run(["ingest", "--archive", archive, dated.path])
        #expect(again.stdout.hasPrefix("unchanged 4 issue(s)"))
        let result = try CLI.run(["trend", "--archive", archive, "--by", "day", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        struct Body: Decodable {
            struct Topic: Decodable { let label: String; let counts: [Int]; let trend: String }
            let periods: [String]; let totals: [Int]; let topics: [Topic]
        }
        let body = try JSONDecoder().decode(Body.self, from: Data(result.stdout.utf8))
        #expect(body.periods == DatedFixture.days && body.totals == [2, 2, 2, 2])
        #expect(!body.topics.isEmpty && body.topics.reduce(0) { $0 + $1.counts.reduce(0, +) } == 8)
        #expect(body.topics.allSatisfy { $0.counts.count == 4 && ["rising", "falling", "steady", "new", "gone"].contains($0.trend) })
        // Topics are ranked by news value: bursting topics first, strongest first.
        struct Ranked: Decodable {
            struct Topic: Decodable { struct Burst: Decodable { let strength: Double }; let burst: Burst?; let headlines: [String] }
            let topics: [Topic]
        }
        let ranked = try JSONDecoder().decode(Ranked.self, from: Data(result.stdout.utf8)).topics
        let strengths = ranked.map { $0.burst?.strength ?? 0 }
        #expect(strengths == strengths.sorted(by: >))
        #expect(ranked.allSatisfy { (1...3).contains($0.headlines.count) })
        let text = try CLI.run(["trend", "--archive", archive, "--from", "2022-08-27", "--to", "2022-08-28"])
        #expect(text.stdout.contains("TRENDS 2022-08-27 – 2022-08-28") && text.stdout.contains("BURSTS"), "\(text.stdout)")
    }

    @Test func readingNeverWritesAndAFailedIngestLeavesNoFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.db")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        let read = try CLI.run(["issues", "--archive", empty.path])
        #expect(read.status == 65 && read.stderr.contains("not a newsdigest archive"), "\(read.stderr)")
        #expect(try Data(contentsOf: empty).isEmpty && !FileManager.default.fileExists(atPath: empty.path + "-wal"))
        let undated = folder.appendingPathComponent("undated.jsonl")
        try Data("{\"id\":\"a\",\"body\":\"项目建设稳步推进。\"}\n".utf8).write(to: undated)
        let archive = folder.appendingPathComponent("new.sqlite").path
        let failed = try CLI.run(["ingest", "--archive", archive, undated.path])
        #expect(failed.status == 65 && failed.stderr.contains("belongs to no issue"))
        #expect(!FileManager.default.fileExists(atPath: archive))
    }

    @Test func digestReadsOneIssueOfTheArchiveAndEscapesHTML() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("news.sqlite").path
        let records = folder.appendingPathComponent("2022-08-29.jsonl")
        try Data("""
        {"id":"a","title":"<script>alert(1)</script>标题","body":"衢江区召开安全生产工作部署会。会议强调要压实责任。"}
        {"id":"b","title":"民生实事项目","body":"民生实事项目是推进民生改善的重要抓手。上半年完成35项。"}
        """.utf8).write(to: records)
        #expect(try CLI.run(["ingest", "--archive", archive, records.path]).status == 0)
        let html = try CLI.run(["digest", "--archive", archive, "--issue", "2022-08-29", "--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<svg"))
        #expect(!html.stdout.contains("<script>") && html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;标题"))
        #expect(!html.stdout.contains("http://") || html.stdout.contains("http://www.w3.org/2000/svg"))
        let markdown = try CLI.run(["digest", "--archive", archive, "--issue", "2022-08-29", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# 2022-08-29") && markdown.stdout.contains("## Top stories"))
        let missing = try CLI.run(["digest", "--archive", archive, "--issue", "1999-01-01"])
        #expect(missing.status == 66 && missing.stderr.contains("not in the archive"))
    }

    @Test func aTemplateNestedTooDeepIsAnErrorAndAHugeWidthIsClamped() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = String(repeating: "{{#a}}", count: 100_000) + "x" + String(repeating: "{{/a}}", count: 100_000)
        try Data(deep.utf8).write(to: folder.appendingPathComponent("digest.text.mustache"))
        let result = try CLI.run(["digest", "--template", folder.path])
        #expect(result.status == 65 && result.stderr.contains("nested 100000 deep"), "\(result.status) \(result.stderr.prefix(200))")
        let wide = try CLI.run(["keywords", "--top", "2"], environment: ["COLUMNS": "2000000000"])
        #expect(wide.status == 0 && wide.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 1000 })
    }

    @Test func templatesFromAFolderReplaceTheBuiltInLayout() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{% CONTENT_TYPE: TEXT }}\n本期 {{articles}} 篇\n{{#stories}}{{rank}} {{headline}}\n{{/stories}}".utf8)
            .write(to: folder.appendingPathComponent("digest.text.mustache"))
        let result = try CLI.run(["digest", "--template", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("本期 8 篇\n1 "))
    }
}

@Suite struct MessageTests {
    @Test func optionsNamingMissingOrWrongFilesSayWhatIsWrong() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nd-msg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("stop.txt").path
        let noStopList = try CLI.run(["keywords", "--stop-words", missing])
        #expect(noStopList.status == 66 && noStopList.stderr == "newsdigest: error: \(missing): no such file or directory\n")
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let emptyStopList = try CLI.run(["keywords", "--stop-words", empty.path])
        #expect(emptyStopList.status == 64 && emptyStopList.stderr.contains("the file holds no word"))
        let noTemplates = try CLI.run(["digest", "--template", dir.appendingPathComponent("layouts").path])
        #expect(noTemplates.status == 66 && noTemplates.stdout.isEmpty)
        let templateFile = try CLI.run(["digest", "--template", empty.path])
        #expect(templateFile.status == 66 && templateFile.stderr.contains("--template takes a folder"))
        let tooMany = try CLI.run(["cluster", "--k", "1000"])
        #expect(tooMany.status == 0 && tooMany.stdout.hasPrefix("8 topics · k = 8: 1000 asked, but there are only 8 articles"))
    }
}

@Suite struct InterruptionTests {
    /// A folder with a `pdftotext` that records its process id and sleeps, and a scratch TMPDIR.
    static func stuckPdftotext() throws -> (bin: URL, tmp: URL, pidFile: URL) {
        let root = try CLI.temporaryFolder()
        let bin = root.appendingPathComponent("bin"), tmp = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let pidFile = root.appendingPathComponent("pdftotext.pid")
        let script = bin.appendingPathComponent("pdftotext")
        try Data("#!/bin/sh\necho $$ > '\(pidFile.path)'\nexec sleep 60\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (bin, tmp, pidFile)
    }

    @Test func aStuckPdftotextIsStoppedAtTheTimeLimit() throws {
        let (bin, tmp, _) = try Self.stuckPdftotext()
        defer { try? FileManager.default.removeItem(at: bin.deletingLastPathComponent()) }
        let result = try CLI.run(["articles", "Tests/Fixtures/page-geometry.pdf", "--pdf-time-limit", "1"],
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin", "TMPDIR": tmp.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("page-geometry.pdf") && result.stderr.contains("did not finish within 1 s"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }

    @Test func sigtermStopsTheChildAndRemovesTheTemporaryFolder() throws {
        let (bin, tmp, pidFile) = try Self.stuckPdftotext()
        defer { try? FileManager.default.removeItem(at: bin.deletingLastPathComponent()) }
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["articles", "Tests/Fixtures/page-geometry.pdf"]
        process.currentDirectoryURL = CLI.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":/usr/bin:/bin"
        environment["TMPDIR"] = tmp.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until pdftotext runs (its pid written in full: the shell creates the file before
        // it writes to it), then interrupt.
        let writtenPid = {
            Int32(String(decoding: (try? Data(contentsOf: pidFile)) ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for _ in 0..<200 where writtenPid() == nil { usleep(50_000) }
        let child = try #require(writtenPid())
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
        #expect(Self.hasEnded(child), "pdftotext \(child) still runs")
    }

    /// Whether process `pid` is gone or a zombie (dead, not yet reaped by whoever inherited it),
    /// waiting up to 5 s.
    static func hasEnded(_ pid: Int32) -> Bool {
        for _ in 0..<100 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(50_000)
        }
        return false
    }
}
