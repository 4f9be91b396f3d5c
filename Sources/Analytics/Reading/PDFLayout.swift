import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The words of a PDF page with their boxes, as poppler's `pdftotext -bbox-layout` reports
/// them, line by line. poppler's own grouping into flows and blocks is not kept: its lines run
/// across narrow gutters, so the reading order is rebuilt from the boxes (``typeset(_:)``).
///
/// A line's height is its type size: a CJK glyph's box is one em tall (where the PDF's writer
/// declared its fonts taller, ``scaleBoxesToTheEm()`` makes it so). That is the evidence
/// text extracted without geometry lacks — a headline is set larger than the body around it.
struct PDFLayout: Equatable {
    struct Word: Equatable {
        var text: String
        var xMin, yMin, xMax, yMax: Double
        /// The typeface's family (`UMingCN`, `WenQuanYiZenHei`), where pdftohtml told it.
        var face: String? = nil
        /// Whether pdftohtml's runs of more than one face cross the word's middle line, as where
        /// poppler runs a lead's bold words into the text after them (`杜英姿报道：中共中央政治局`):
        /// its box is then as tall as the tallest face's.
        var spansFaces = false

        /// Set in CJK type only: Han characters and CJK punctuation, no digit or Latin letter,
        /// nor a sign CJK fonts leave to a Latin face (`‰`, whose box stands 11% taller than the
        /// Han characters beside it: `‰，分享比例由中央和`). Full-width letters and digits are set
        /// in the CJK face too (`（ＪｉｍＢａｉｌｅｙ`, a column's first word beside a headline
        /// in stacked-03 of the varied pages' seed 21).
        var isCJK: Bool {
            text.unicodeScalars.contains { CharacterClass.isHan($0.value) || Self.isFullWidthLetterOrDigit($0) }
                && !text.unicodeScalars.contains { Self.isLatin($0) || "‰‱′″".unicodeScalars.contains($0) }
        }

        /// `０`–`９`, `Ａ`–`Ｚ`, `ａ`–`ｚ`, as ``CharacterClass`` classes them.
        static func isFullWidthLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
            (0xFF10...0xFF5A).contains(scalar.value) && [.letter, .digit].contains(CharacterClass(scalar.value))
        }

        /// A Latin letter or a digit: set in a Latin face, with CJK typesetting's space beside it.
        /// Full-width forms (`１４亿元`) are not: they are set in the CJK face, an em wide and tall.
        static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
            [.letter, .digit].contains(CharacterClass(scalar.value)) && !(0xFF00...0xFFEF).contains(scalar.value)
        }

        /// Whether one of two neighbouring words ends or starts with a digit or Latin letter where
        /// the other has none there: the seam at which CJK typesetting inserts its own space.
        func meetsOtherScript(_ next: Word) -> Bool {
            guard let last = text.unicodeScalars.last, let first = next.text.unicodeScalars.first else { return false }
            return Self.isLatin(last) != Self.isLatin(first)
        }

        /// The widest the typesetter's space between scripts gets, in ems: justification
        /// stretches it from about a quarter of an em to 0.75 (0.21–0.75 on the varied pages of
        /// seeds 7 and 18, and gutters from an em). A wider gap at that seam may be a gutter.
        static let widestScriptSpace = 0.75
    }

    struct Line: Equatable {
        var words: [Word]

        /// The type size: the tallest box among the words in CJK type only where there are any,
        /// since a word with digits or Latin letters in it takes the taller box of a Latin face
        /// (`8.8%。这是` stands 12% taller than `值仍然增长` on one line).
        var size: Double { typeWords.map { $0.yMax - $0.yMin }.max() ?? 0 }
        /// Whether some word of the line is in CJK type only, so ``size`` is the type's.
        var measuredOnCJK: Bool { words.contains(where: \.isCJK) }
        /// The words the type is measured on: those in CJK type only, where there are any.
        private var typeWords: [Word] {
            let cjk = words.filter(\.isCJK)
            return cjk.isEmpty ? words : cjk
        }
        /// ``size``, unless no word of the line is in CJK type only and the line goes on from a
        /// line of type size `previous` at about that size (within 15%): then `previous`. Such a
        /// line's only box is a word mixing scripts (`peopledaily．com．cn，因特网上首`), as tall
        /// as the Latin face, 12% above the type, which would make a body line a deck.
        func typeSize(after previous: Double?) -> Double {
            guard let previous, !measuredOnCJK, abs(size - previous) <= 0.15 * previous else { return size }
            return previous
        }
        /// The top and bottom of the line's type, taken as ``size`` is: from its words in CJK type
        /// only where there are any (`140` in a headline stands 2 pt below its Han characters).
        var typeYMin: Double { typeWords.map(\.yMin).min() ?? 0 }
        var typeYMax: Double { typeWords.map(\.yMax).max() ?? 0 }
        var xMin: Double { words.map(\.xMin).min() ?? 0 }
        var xMax: Double { words.map(\.xMax).max() ?? 0 }
        var yMin: Double { words.map(\.yMin).min() ?? 0 }
        var yMax: Double { words.map(\.yMax).max() ?? 0 }
        /// Whether the line shares some of the page's width with the span from `left` to `right`
        /// (ends touching share none): it stands over or under it, not beside it.
        func overlaps(from left: Double, to right: Double) -> Bool { xMin < right && xMax > left }
        /// Whether the line shares some of the page's width with `other`. Symmetric.
        func overlaps(_ other: Line) -> Bool { overlaps(from: other.xMin, to: other.xMax) }
        /// The middles the reading order parts lines by.
        var xMiddle: Double { (xMin + xMax) / 2 }
        var yMiddle: Double { (yMin + yMax) / 2 }
        /// How far the box of this line may reach down into the box of `below` with its ink
        /// clear of it: 15% of its size where it is set at least 30% larger. Display type set
        /// close has a box spanning its face's ascent and descent, past the ink (a headline's
        /// last line, 2.45 times the body's size, reaches 0.11 of its size into the first line
        /// of its story in mixed-07 of the fifth seed).
        func overreach(into below: Line) -> Double { size >= PageLine.displaySize * below.size ? 0.15 * size : 0 }
        /// The line's extent less an opening mark set before its column's left edge or a closing
        /// one hanging past the right (half an em each): the edges of the column it is set in.
        var columnXMin: Double {
            let opening = words.first?.text.unicodeScalars.first.map { "“‘（《〈「『【".unicodeScalars.contains($0) } ?? false
            return xMin + (opening ? 0.5 * size : 0)
        }
        var columnXMax: Double {
            let closing = words.last?.text.unicodeScalars.last.map { "，。、；：！？”’）》〉」』】．".unicodeScalars.contains($0) } ?? false
            return xMax - (closing ? 0.5 * size : 0)
        }

        /// The words before the first set in the body's face, when the line opens with a face of
        /// its own and goes on in the body's: a title run in (`江苏供销社分流职工１３万 本报讯…`).
        /// Digits set in another face end it unless more of the title's face follows them
        /// (`冬泳迎新年` before `1998年元旦，…`, but `湖南涌现35万养猪大户` whole). A title has Han
        /// characters: a body line opening with a year (`1956年，社会主义…`) opens in the Latin face.
        /// The title's face is its Han characters' (`’99世界邮展筹备正酣` opens in the Latin face).
        func runInTitle(bodyFace: String) -> String? {
            guard let bodyStart = words.firstIndex(where: { $0.face == bodyFace }), bodyStart > 0 else { return nil }
            let hasHan = { (word: Word) in word.text.unicodeScalars.contains { CharacterClass.isHan($0.value) } }
            // A word mixing Han characters and Latin ones takes the face its middle falls in, as
            // often the Latin one (`保全福”PGF995U`, a product's name at a column's top, photo-19
            // of the varied pages' seed 7): it tells no title's face.
            let han = words[..<bodyStart].first { hasHan($0) && !$0.text.unicodeScalars.contains(where: Word.isLatin) }
            if han == nil, words[..<bodyStart].contains(where: hasHan) { return nil }
            guard let face = han?.face ?? words[0].face, face != bodyFace else { return nil }
            let body = (words.indices[..<bodyStart].last { words[$0].face == face } ?? 0) + 1
            let title = Line(words: Array(words[..<body])).text
            return title.unicodeScalars.count >= 2 && title.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) }) ? title : nil
        }

        /// A byline set in a face of its own and wrapped (`新华社记者贾永蔡晖本报记` / `者马利隆冬时节，…`):
        /// the words at the start of a line in the face the whole line above is set in, before
        /// text in the body's face, go back onto that line.
        static func joiningWrappedBylines(_ lines: [Line], bodyFace: String) -> [Line] {
            var result = lines
            for i in result.indices.dropFirst() {
                let above = result[i - 1]
                guard let face = above.words.first?.face, face != bodyFace, above.words.allSatisfy({ $0.face == face }),
                      abs(above.size - result[i].size) <= 0.05 * above.size,
                      let body = result[i].words.firstIndex(where: { $0.face == bodyFace }), body > 0,
                      result[i].words[..<body].allSatisfy({ $0.face == face }) else { continue }
                result[i - 1].words += result[i].words[..<body]
                result[i].words.removeFirst(body)
            }
            return result
        }

        /// The typeface most of the line's Han characters are set in (most of its characters,
        /// if it has none), if known. Digits and Latin letters come in a Latin face of their own,
        /// so a body line full of dates (`从1977年12月6日到1982年7月26`) is still the body's.
        var face: String? {
            var han: [String: Int] = [:], all: [String: Int] = [:]
            for word in words {
                guard let face = word.face else { continue }
                all[face, default: 0] += word.text.unicodeScalars.count
                let hanCount = word.text.unicodeScalars.count { CharacterClass.isHan($0.value) }
                if hanCount > 0 { han[face, default: 0] += hanCount }
            }
            return han.isEmpty ? all.mostCommonKey : han.mostCommonKey
        }

        /// The line cut before each word that stands clear above or below the word before it:
        /// poppler may join words of two rows into one line where their boxes touch across
        /// columns (`本报特派记者尹树广`, a byline set flush right, read after the first words of
        /// the column's first line under it, `年初的塔吉克斯坦，`, whose `，` reaches under the byline,
        /// feature-15 of the feature pages' varied seed 49).
        var rows: [Line] {
            var rows: [Line] = []
            for (k, word) in words.enumerated() {
                if k > 0, case let before = words[k - 1], word.yMin < before.yMax && word.yMax > before.yMin {
                    rows[rows.count - 1].words.append(word)
                } else {
                    rows.append(Line(words: [word]))
                }
            }
            return rows
        }

        /// Appends `line` to `lines`, or joins it to the last of them where one goes on into the
        /// other on one baseline (``continues(into:)``): poppler starts a new line where a word's
        /// box overlaps the one before it (bold run-in titles are set with boxes wider than their
        /// advance), and may give the line's start after its rest (an item's number `1、`
        /// overlapped by the `“` after it, briefs-03 of the varied pages' seed 10).
        static func append(_ line: Line, to lines: inout [Line]) {
            guard let previous = lines.last else { lines.append(line); return }
            if previous.continues(into: line) {
                lines[lines.count - 1].words += line.words
            } else if line.continues(into: previous) {
                lines[lines.count - 1].words = line.words + previous.words
            } else {
                lines.append(line)
            }
        }

        /// Whether `next` is set on this line's baseline at its size, starting inside it or
        /// within a fifth of an em after it, or, where a digit or Latin letter meets CJK type,
        /// within the typesetter's space between scripts as justification stretches it
        /// (``Word/widestScriptSpace``: `1` · `月` · `4` · `日，本应是…`, each its own line from
        /// poppler, briefs-01 of the varied pages' seed 12, whose `4` was read after the line;
        /// `驱车` · `10` · `分钟左右…`, 0.36 em apart, mixed-06 of seed 18). A word whose box
        /// spans a bold lead and the text after it stands taller than its type, on the same
        /// baseline (`本报北京一月六日讯新华社记者王黎、` · `本报记者李舫报道：全国…`, 8% taller,
        /// stacked-20 of the varied pages' seed 21): within 10% on one baseline is its size.
        func continues(into next: Line) -> Bool {
            guard let last = words.last, let first = next.words.first else { return false }
            let space = last.meetsOtherScript(first) ? Word.widestScriptSpace : 0.2
            let sameType = abs(next.yMin - yMin) <= 0.15 * size && abs(next.size - size) <= 0.05 * size
            let sameBaseline = abs(next.yMax - yMax) <= 0.05 * size && abs(next.size - size) <= 0.1 * size
            return (sameType || sameBaseline) && next.xMin > xMin && next.xMin <= xMax + space * size
        }

        /// The words joined as they read: a space between words of other scripts, and between
        /// two CJK words only when the gap is a deliberate one (half an em or more, as between
        /// the phrases of a headline or two names) rather than justification's stretch.
        var text: String {
            var result = String.UnicodeScalarView()
            for (index, word) in words.enumerated() {
                if index > 0, let last = result.last, let first = word.text.unicodeScalars.first {
                    let gap = word.xMin - words[index - 1].xMax
                    let bothLatin = Word.isLatin(last) && Word.isLatin(first)
                    if bothLatin || gap >= 0.5 * size { result.append(" ") }
                }
                result.append(contentsOf: word.text.unicodeScalars)
            }
            return String(result)
        }
    }

    struct Page: Equatable {
        var lines: [Line]
        /// In PDF points, as the words' boxes.
        var width: Double = 0
    }

    /// Gives each word the typeface of the text run its middle falls in, and says where runs of
    /// other faces cross it.
    mutating func assignFaces(_ faces: PDFFaces) {
        for (p, page) in pages.enumerated() where p < faces.pages.count && page.width > 0 {
            let runs = faces.pages[p]
            let scale = runs.width / page.width
            for l in page.lines.indices {
                for w in page.lines[l].words.indices {
                    let word = page.lines[l].words[w]
                    let x = (word.xMin + word.xMax) / 2 * scale, y = (word.yMin + word.yMax) / 2 * scale
                    let crossing = runs.runs.filter { $0.top <= y && y <= $0.bottom && $0.left < word.xMax * scale && word.xMin * scale < $0.right }
                    // A run on the line above or below, in a face declared taller than the em
                    // (cairo declares Noto CJK's 2.85 em), may reach over the word's middle: the
                    // runs on the word's own line, their middles within its box, tell its face where
                    // there are any (a headline's run over a standfirst's line, stacked-05 of seed
                    // 24 rewritten by cairo, made it span faces; over a lead's, commentary-16, in
                    // the headline's face).
                    let onLine = crossing.filter { (word.yMin * scale...word.yMax * scale).contains(($0.top + $0.bottom) / 2) }
                    let own = onLine.isEmpty ? crossing : onLine
                    // pdftohtml rounds its runs' boxes to whole units: a word's middle may fall
                    // between two runs (`几乎所有“` · `007` · `”影片都有一个`, one word of poppler's,
                    // mixed-11 of the varied pages' seed 51). It then takes the face of the run
                    // it overlaps most.
                    let overlap = { (run: PDFFaces.Run) in min(run.right, word.xMax * scale) - max(run.left, word.xMin * scale) }
                    pages[p].lines[l].words[w].face = (own.first { $0.contains(x, y) } ?? own.max { overlap($0) < overlap($1) })?.face
                    pages[p].lines[l].words[w].spansFaces = Set(own.map(\.face)).count > 1
                }
            }
        }
    }

    var pages: [Page]

    /// Parses the XHTML `pdftotext -bbox-layout` writes.
    static func parse(_ data: Data) -> PDFLayout? {
        let delegate = BoundingBoxParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return PDFLayout(pages: delegate.pages)
    }

    /// The body's type size: the one most characters are set in, to the half point (10 where
    /// there are none).
    static func bodySize(of lines: [Line]) -> Double {
        var characters: [Int: Int] = [:]
        for line in lines { characters[XYCut.halfPoints(line.size), default: 0] += line.text.unicodeScalars.count }
        return Double(characters.mostCommonKey ?? 20) / 2
    }

    /// The page as text with its type sizes, in the reading order of its regions.
    ///
    /// poppler's lines run across narrow column gutters, so each line is first cut into
    /// fragments at gutters (``Page/fragments()``). The fragments are then ordered by recursive
    /// XY-cut (``XYCut``), the parts read top to bottom, left to right, after the furniture row at
    /// the top of the page (``XYCut/furnitureRow(_:)``). Regions are set apart by
    /// blank lines, as are lines of one region parted by more than the leading. Sizes are
    /// relative to the body type, the size most characters are set in. Deterministic.
    static func typeset(_ page: Page) -> TypesetText {
        // The face most characters are set in, of all lines and of display type: the body's and,
        // when it is not the body's, the headlines'.
        func commonestFace(_ lines: [Line]) -> String? {
            var faces: [String: Int] = [:]
            for line in lines { if let face = line.face { faces[face, default: 0] += line.text.unicodeScalars.count } }
            return faces.mostCommonKey
        }
        let bodyFace = commonestFace(page.lines)
        let fragments = page.joiningRunInTitles(bodyFace: bodyFace).fragments()
        let body = bodySize(of: fragments)
        let headlineFace = commonestFace(fragments.filter { $0.size >= PageLine.displaySize * body }).flatMap { $0 == bodyFace ? nil : $0 }
        var lines: [String] = []
        var styles: [LineStyle?] = []
        let cutter = XYCut.Cutter(em: body, lines: fragments)
        let (head, rest) = XYCut.furnitureRow(fragments)
        for region in cutter.regions(head) + cutter.regions(rest) {
            var previous: (line: Line, size: Double)?
            // The lines of this block since the last measured on CJK type only, each measured on
            // a word mixing scripts (``Line/typeSize(after:)``): they take the size of the next
            // line measured on CJK type when about that size (a lead `…７３名下岗纺织职工…` under a
            // headline, 7% above the type, and six lines with digits after it, then `达亿元。`).
            var unsure: [(index: Int, size: Double)] = []
            for line in bodyFace.map({ Line.joiningWrappedBylines(region.lines, bodyFace: $0) }) ?? region.lines {
                let size = line.typeSize(after: previous?.size)
                if !lines.isEmpty && (previous == nil || cutter.parts(line.typeYMin - previous!.line.typeYMax, size, previous!.size)) {
                    lines.append("")
                    styles.append(nil)
                    unsure = []
                }
                if !line.measuredOnCJK {
                    unsure.append((styles.count, size))
                } else {
                    for u in unsure where abs(u.size - size) <= 0.15 * size { styles[u.index]?.size = size / body }
                    unsure = []
                }
                lines.append(line.text)
                // A brief's title run in at the start of its first line, in a face of its own.
                let title = bodyFace.flatMap { line.runInTitle(bodyFace: $0) }
                styles.append(LineStyle(size: size / body,
                                        distinctFace: title != nil ? false : line.face.flatMap { face in bodyFace.map { face != $0 } },
                                        headlineFace: title != nil ? false : line.face.flatMap { face in headlineFace.map { face == $0 } },
                                        opensRow: previous == nil && region.opensRow, runInTitle: title,
                                        span: line.xMin / body...max(line.xMin, line.xMax) / body, top: line.yMin / body))
                previous = (line, size)
            }
        }
        return TypesetText(text: lines.joined(separator: "\n"), styles: styles)
    }
}

extension PDFLayout.Page {
    /// The page with a title run in at a line's start in a face of its own joined to the text
    /// poppler set apart on its baseline, below display type: the title starts at a column's
    /// left edge (where three lines or more start), the text less than an em and a half after it
    /// (a sure gutter is wider), at its size, in the body's face and not at a column's left edge.
    /// poppler gives such a title its own flow when the gap after it is an em
    /// (`CT扫描木乃伊生前曾寄血吸虫` · `据新华社伦敦1月7日`, a brief in briefs-03 of the varied
    /// pages' seed 7, whose gutters are an em too; a caption's title `文明窗口名不虚传` in
    /// photo-04), and the title would be read as a column of its own.
    func joiningRunInTitles(bodyFace: String?) -> PDFLayout.Page {
        guard let bodyFace else { return self }
        // Where the type starts: a title opening with `《` has its box half an em before the
        // column's edge (`《人权百科全书》翻译出版` · `据新华社`, briefs-04 of the varied pages' seed 11).
        func edges(_ lines: some Sequence<PDFLayout.Line>) -> (PDFLayout.Line) -> Bool {
            var starts: [Int: Int] = [:]
            for line in lines { starts[Int(line.columnXMin.rounded()), default: 0] += 1 }
            return { line in (-1...1).contains { starts[Int(line.columnXMin.rounded()) + $0, default: 0] >= 3 } }
        }
        let atEdge = edges(lines)
        let body = PDFLayout.bodySize(of: lines)
        let titles = lines.indices.filter { a in
            lines[a].size < PageLine.displaySize * body && atEdge(lines[a]) && lines[a].face.map({ $0 != bodyFace }) == true
        }
        // Each title with the nearest line on its baseline after it, at its size, in the body's face.
        let runs = titles.compactMap { a -> (title: Int, text: Int)? in
            let size = lines[a].size
            return lines.indices.filter { b in
                let gap = lines[b].xMin - lines[a].xMax
                return b != a && gap >= 0 && gap < 1.5 * size
                    && abs(lines[b].yMin - lines[a].yMin) <= 0.15 * size && abs(lines[b].size - size) <= 0.05 * size
                    && lines[b].words[0].face == bodyFace
            }.min(by: { lines[$0].xMin < lines[$1].xMin }).map { (a, $0) }
        }
        // A column's edge is where three lines start that follow no title: text run on after
        // titles of one width starts at one place too (`新华` · `据新` after briefs' titles,
        // briefs-16 of the varied pages' seed 21).
        let followers = Set(runs.map(\.text))
        let atColumnEdge = edges(lines.indices.filter { !followers.contains($0) }.map { lines[$0] })
        var result = self
        var joined = Set<Int>()
        for (a, b) in runs where !joined.contains(a) && !joined.contains(b) && !atColumnEdge(lines[b]) {
            result.lines[a].words += result.lines[b].words
            joined.insert(b)
        }
        result.lines = result.lines.indices.filter { !joined.contains($0) }.map { result.lines[$0] }
        return result
    }

    /// A visible gap between words in a line of poppler's.
    struct Gap { let line: Int; let word: Int; let from: Double; let to: Double }

    /// Whether a gap in display type (one of ``fragments()``'s, so 0.4 em or more) parts two
    /// headlines side by side: a line of the same size right above or below stands centred under
    /// the words on one side of it and within them, not under the whole line
    /// (`去年工业生产稳定增长主要产` | `埃及挪威对中东和平前景悲观` over `品受市场影响较为明显`, band-13 of
    /// the varied pages' seed 10; a band's cells 0.6 em apart, band-02 of seed 56). The gap
    /// between two phrases of one headline, an em wide, leaves its next line centred under both.
    func partsAHeadlineCentredApart(_ gap: Gap, _ bodySize: Double) -> Bool {
        let line = lines[gap.line], size = line.size
        guard size >= PageLine.displaySize * bodySize, line.words[gap.word - 1].isCJK, line.words[gap.word].isCJK else { return false }
        let sides = [(line.xMin, gap.from), (gap.to, line.xMax)]
        let centre = { (a: Double, b: Double) in (a + b) / 2 }
        return lines.contains { other in
            guard other != line, abs(other.size - size) <= 0.08 * size,
                  max(other.yMin - line.yMax, line.yMin - other.yMax) < size, abs(other.yMin - line.yMin) > 0.5 * size,
                  abs(centre(other.xMin, other.xMax) - centre(line.xMin, line.xMax)) > 1.5 * size else { return false }
            return sides.contains { side in
                other.xMin >= side.0 - 0.25 * size && other.xMax <= side.1 + 0.25 * size
                    && abs(centre(other.xMin, other.xMax) - centre(side.0, side.1)) <= 0.5 * size
            }
        }
    }

    /// The lines cut at column gutters, which poppler's lines run across. A gap between words is a
    /// gutter when it is an em and a half or more, or when it is at least 0.4 em (0.75 em beside a
    /// number or Latin word) and two other lines have such a gap at the same place (a line ending
    /// in `，` leaves a narrower visible gap), or, in display type (1.3× the body's size or more),
    /// when it is 0.75 em or more and one other line of its size has such a gap there (two
    /// headlines of one size side by side), or, at any width, when a line of its size stands
    /// centred under one side (``partsAHeadlineCentredApart(_:_:)``), or, below display type, when
    /// it is two-thirds of an em or more between CJK type (an em of that type) and the line right
    /// above or below has such a gap there, or starts where it ends while this line starts where a
    /// line right above or below does or the gap opens at a column's right edge, where three words
    /// end (two captions side by side; a credit set flush right beside the next caption's title),
    /// or when the word after it starts at a column's left edge (where three lines of its size
    /// start, or two of display type: the rows of a headline beside another's); a lone gap of that
    /// width is justification's stretch. At a column's edge, and between a closing and an opening
    /// bracket (an em and a quarter: two credits side by side), the gap is measured between the
    /// words' type, not their marks' blank halves.
    /// Any visible gap between words in CJK type of two sizes parts them too (headlines side by
    /// side in a band).
    func fragments() -> [PDFLayout.Line] {
        var gaps: [Gap] = []
        for (l, line) in lines.enumerated() {
            for w in line.words.indices.dropFirst() {
                let from = line.words[w - 1].xMax, to = line.words[w].xMin
                let wide = to - from >= PDFLayout.Word.widestScriptSpace * line.size
                // Between Han text and a number or Latin word the typesetter puts a space of its
                // own, which justification widens: such a gap is a gutter only when it is wide.
                if to - from >= 0.4 * line.size, wide || !line.words[w - 1].meetsOtherScript(line.words[w]) {
                    gaps.append(Gap(line: l, word: w, from: from, to: to))
                }
            }
        }
        let bodySize = PDFLayout.bodySize(of: lines)
        // Where three words or more end, ends of poppler's lines or not: a column's right edge.
        let columnEnds = Set(Dictionary(grouping: lines.flatMap(\.words), by: { Int($0.xMax.rounded()) }).filter { $0.value.count >= 3 }.keys)
        var cuts = Set<[Int]>()
        for gap in gaps {
            // A gutter runs down the column pair: the lines just above or below share the gap.
            // Run-in titles of one length line their gaps up too, but lines apart.
            let y = lines[gap.line].yMin, reach = 4 * lines[gap.line].size
            let near = gaps.filter {
                $0.line != gap.line && $0.from < gap.to && $0.to > gap.from && abs(lines[$0.line].yMin - y) <= reach
            }
            let aligned = near.count
            // Two headlines of one size side by side in a band: two rows of display type part at
            // one place by 0.75 em or more.
            let size = lines[gap.line].size
            let sideBySide = size >= PageLine.displaySize * bodySize && gap.to - gap.from >= 0.75 * size && near.contains {
                abs(lines[$0.line].size - size) <= 0.08 * size && $0.to - $0.from >= 0.75 * size
            }
            // Two captions side by side, two-thirds of an em apart or more on two rows one under
            // the other, CJK type on both sides (photo-19 of the varied pages' seed 10: captions
            // of two lines an em apart); justification opens no such gap in CJK text, only beside
            // a number or Latin word.
            let cjkSeam = { (g: Gap) -> Bool in
                let (before, after) = (lines[g.line].words[g.word - 1].text.unicodeScalars.last, lines[g.line].words[g.word].text.unicodeScalars.first)
                return [before, after].allSatisfy { $0.map { !PDFLayout.Word.isLatin($0) } ?? false }
            }
            // The type on both sides of the gap, which may be smaller than the line's where poppler
            // ran the line on into a column set larger (a caption's credit and the next caption's
            // title beside a story in larger type, photo-19 of the varied pages' seed 51).
            let (left, right) = (lines[gap.line].words[gap.word - 1], lines[gap.line].words[gap.word])
            let seamSize = left.isCJK && right.isCJK ? max(left.yMax - left.yMin, right.yMax - right.yMin) : size
            // A line of the seam's size right above or below it.
            let rowNear = { (k: Int) in
                k != gap.line && abs(lines[k].yMin - y) <= 1.6 * seamSize && abs(lines[k].size - seamSize) <= 0.08 * seamSize
            }
            // The rows above and below may be two lines of poppler's already, each side's starting
            // where this row's does (photo-15 of the varied pages' seed 15: the captions' titles
            // above, their last rows below, the left one's ending short).
            let rowStartsNear = { (x: Double) in
                lines.indices.contains { k in rowNear(k) && abs(lines[k].words[0].xMin - x) <= 0.1 * seamSize }
            }
            let rowsApart = seamSize < PageLine.displaySize * bodySize && gap.to - gap.from >= 0.66 * seamSize && cjkSeam(gap)
                && (near.contains { rowNear($0.line) && $0.to - $0.from >= 0.66 * seamSize && cjkSeam($0) }
                    || (rowStartsNear(gap.to) && (rowStartsNear(lines[gap.line].words[0].xMin) || columnEnds.contains(Int(gap.from.rounded())))))
            if gap.to - gap.from >= 1.5 * lines[gap.line].size || aligned >= 2 || sideBySide || rowsApart || partsAHeadlineCentredApart(gap, bodySize) {
                cuts.insert([gap.line, gap.word])
            }
        }
        // A column's left edge, where three or more lines or cut fragments of one type size
        // start: a word of that size that starts there after any visible gap opens a column,
        // even when the line before it ran into the gutter (a hanging `，`). Lines of another
        // size do not count: the lines of a centred headline start together too.
        func edge(_ x: Double, _ size: Double) -> [Int] { [Int(x.rounded()), Int((size * 2).rounded())] }
        var starts: [[Int]: Int] = [:]
        for line in lines { starts[edge(line.words[0].xMin, line.size), default: 0] += 1 }
        for cut in cuts { starts[edge(lines[cut[0]].words[cut[1]].xMin, lines[cut[0]].size), default: 0] += 1 }
        // In display type a word after a visible gap counts too: two headlines of a band side by
        // side, a narrow gutter apart (0.6 em, band-05 of the page benchmark's second seed), line
        // up their rows' starts though poppler runs each row on from the headline beside it.
        for gap in gaps where lines[gap.line].size >= PageLine.displaySize * bodySize && !cuts.contains([gap.line, gap.word]) {
            starts[edge(gap.to, lines[gap.line].size), default: 0] += 1
        }
        // In display type two lines are enough: the rows of a headline beside another's.
        let edges = Set(starts.filter { $0.value >= 3 || ($0.value >= 2 && Double($0.key[1]) / 2 >= PageLine.displaySize * bodySize) }.keys)
        // Where the body's columns start and end: three lines or more of body type there, once
        // cut at the gutters found so far.
        let bodyLines = lines.indices.filter { abs(lines[$0].size - bodySize) <= 0.08 * bodySize }.flatMap { split($0, at: cuts) }
        let bodyStarts = Set(Dictionary(grouping: bodyLines, by: { Int($0.columnXMin.rounded()) }).filter { $0.value.count >= 3 }.keys)
        let bodyEnds = Set(Dictionary(grouping: bodyLines, by: { Int($0.columnXMax.rounded()) }).filter { $0.value.count >= 3 }.keys)
        for (l, line) in lines.enumerated() {
            // The gap between the words' type, not their marks' blank halves: a `、` hanging past
            // one column's edge can touch the `“` set before the next one's (`…江苏、` · `“高级命令”…`,
            // stacked-18 of the varied pages' seed 10, half a point apart).
            for w in line.words.indices.dropFirst() {
                let typeStart = PDFLayout.Line(words: [line.words[w]]).columnXMin
                let typeGap = typeStart - PDFLayout.Line(words: [line.words[w - 1]]).columnXMax
                guard typeGap > 0.15 * line.size else { continue }
                // The space between scripts, however stretched, is no gutter: a wide caption's
                // characters fall on the columns' grid (`…刘万道` · `1` · `月` · `9` · `日在…`, the
                // `月` where a column starts, mixed-09 of the varied pages' seed 18). Only within
                // one size of type: a headline's `16` run on into the body beside it (commentary-06
                // of seed 10) meets the other column's text at its edge.
                let (before, after) = (line.words[w - 1], line.words[w])
                let (a, b) = (before.yMax - before.yMin, after.yMax - after.yMin)
                if before.meetsOtherScript(after), abs(a - b) <= 0.05 * max(a, b), typeGap < PDFLayout.Word.widestScriptSpace * min(a, b) { continue }
                // A closing bracket and an opening one an em and a quarter apart in type, their
                // boxes nearly meeting (`（新华社记者黄文摄）` · `（李铁成摄）`, the credits of two
                // captions side by side, photo-13 of the varied pages' seed 10), stand in two
                // columns: justification keeps brackets together.
                if line.words[w - 1].text.hasSuffix("）"), line.words[w].text.hasPrefix("（"), typeGap >= 1.25 * line.size { cuts.insert([l, w]) }
                // An opening quote or bracket is set narrow at a line's start; its box begins
                // before the column's edge.
                let opening = line.words[w].text.unicodeScalars.first.map { "“‘（《〈「『【".unicodeScalars.contains($0) } ?? false
                // The word's own size where it is in CJK type: a headline of another size run on
                // by poppler from the one beside it (photo-04 of the fifth seed, 5% smaller).
                let word = line.words[w]
                let at = edge(word.xMin, word.isCJK ? word.yMax - word.yMin : line.size)
                let reach = opening ? Int((0.75 * line.size).rounded()) : 1
                // Half a point either way: a caption's type a little smaller than the body's starts
                // at its column's edge (two captions side by side, photo-15 of the varied pages'
                // seed 9, 1.3 em apart).
                if (-1...reach).contains(where: { dx in (-1...1).contains { edges.contains([at[0] + dx, at[1] + $0]) } }) { cuts.insert([l, w]) }
                // Two headlines of a band side by side, each in its own size, a narrow gap apart;
                // not where a word spans faces, its box the taller face's (`５` · `℃—１０`, the `℃`
                // in a Latin face, briefs-10 of seed 24 rewritten by cairo).
                if before.isCJK, after.isCJK, !before.spansFaces, !after.spansFaces, abs(a - b) > 0.05 * max(a, b) { cuts.insert([l, w]) }
                // Two headlines of one size side by side over their columns, the first filling
                // its column (`话剧再次成为热门话题艺术家、` · `改革平稳发展`, 0.8 em apart, feature-04
                // of seed 15): the gap spans a gutter of the body's, from where a column of
                // body type ends (half an em of the headline's short of it at most; a wider gap
                // is cut as an em and a half) to where the next starts.
                if line.size >= PageLine.displaySize * bodySize, typeGap >= 0.5 * line.size,
                   let start = bodyStarts.first(where: { abs(Double($0) - typeStart) <= 1 }),
                   bodyEnds.contains(where: { $0 < start && Double(start - $0) <= 3 * bodySize && before.xMax >= Double($0) - 0.5 * line.size }) {
                    cuts.insert([l, w])
                }
            }
        }
        return lines.indices.flatMap { split($0, at: cuts) }
    }

    /// The line at `l` split before each word a cut (`[line, word]`) names.
    private func split(_ l: Int, at cuts: Set<[Int]>) -> [PDFLayout.Line] {
        var result: [PDFLayout.Line] = []
        var current: [PDFLayout.Word] = []
        for (w, word) in lines[l].words.enumerated() {
            if cuts.contains([l, w]), !current.isEmpty {
                result.append(PDFLayout.Line(words: current))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { result.append(PDFLayout.Line(words: current)) }
        return result
    }
}

/// Recursive XY-cut of a page's fragments into regions in reading order.
///
/// A region is cut, in this order of preference: across at the widest horizontal band above
/// which body text stops, clearly taller than the leading (one row of stories over the next,
/// even where their columns' gutters line up); down at the widest vertical gutter no
/// fragment crosses, when it is 0.6 em or wider (stories side by side, each with its
/// headline); across at the widest horizontal band clearly taller than the page's leading (the
/// usual gap between a line and the next in its column); down at a narrower gutter; across at
/// the first gap below which the rest has a gutter (a headline over its columns), or the last
/// gap above which it has one (columns over a caption). A region that allows none is one
/// column, read top to bottom.
enum XYCut {
    /// The gap between a fragment and the nearest one below it in its column, in ems of the
    /// fragment's own size (leading grows with the type): the median over all fragments; for
    /// each type size (by half point) the tightest of a tenth of an em or more — the leading of
    /// a headline broken over lines, where the gaps between headlines stacked in a band are
    /// wider; and the tightest of those to a line of the same size. A story's first line may
    /// stand closer under its headline than the headline's own lines (`纪录` 2.1 pt over
    /// `92个世界冠军，`, the headline's lines 4 pt apart, stacked-08 of the varied pages' seed 41).
    static func leading(of lines: [PDFLayout.Line]) -> (all: Double, tightestBySize: [Int: Double], stackedBySize: [Int: Double]) {
        var below: [(size: Int, gap: Double, sameSize: Bool)] = []
        let tops = lines.map(\.typeYMin)
        for line in lines where line.size > 0 {
            let bottom = line.typeYMax
            let next = lines.indices.filter { lines[$0].yMin >= line.yMax && lines[$0].overlaps(line) }
                .min { tops[$0] < tops[$1] }
            if let next, case let gap = tops[next] - bottom, gap < 1.5 * line.size {
                let sameSize = abs(lines[next].typeSize(after: line.size) - line.size) <= 0.08 * line.size
                below.append((halfPoints(line.size), gap / line.size, sameSize))
            }
        }
        guard !below.isEmpty else { return (0.5, [:], [:]) }
        func tightest(_ gaps: [(size: Int, gap: Double, sameSize: Bool)]) -> [Int: Double] {
            Dictionary(grouping: gaps.filter { $0.gap >= 0.1 }, by: \.size).mapValues { $0.map(\.gap).min()! }
        }
        return (below.map(\.gap).sorted()[below.count / 2], tightest(below), tightest(below.filter(\.sameSize)))
    }

    static func halfPoints(_ size: Double) -> Int { Int((size * 2).rounded()) }

    /// The page's top rows down to the one holding its furniture (paper name, date, page
    /// number) and all that stands beside it, such as a section's label boxed at the far side
    /// (commentary-20 in the page benchmark), where no line below reaches up into that row;
    /// and the rest of the page. Cut by gutters first, the label would be read as the top of the
    /// column under it.
    static func furnitureRow(_ lines: [PDFLayout.Line]) -> (head: [PDFLayout.Line], rest: [PDFLayout.Line]) {
        let top = lines.sorted { ($0.yMin, $0.xMin) < ($1.yMin, $1.xMin) }.prefix(6)
        guard let furniture = top.first(where: { PageLine.furniture($0.text).map { !$0.isSection } ?? false }) else { return ([], lines) }
        let row = lines.filter { $0.yMin < furniture.yMax && $0.yMax > furniture.yMin }
        let bottom = row.map(\.yMax).max()!
        let (head, rest) = lines.partitioned { $0.yMin < bottom }
        guard head.allSatisfy({ $0.yMax <= bottom }) else { return ([], lines) }
        return (head, rest)
    }

    /// A region's lines in reading order; `opensRow` when it opens a row of the page, the text
    /// of every column above it stopped (a story, or a brief in a column, ended there), or a
    /// row of a band of headlines set as a grid (``Cutter/gridInRows(_:)``).
    struct Region {
        var lines: [PDFLayout.Line]
        var opensRow = false
    }

    struct Cutter {
        let em: Double
        /// Leading in ems: the page's, the tightest of each type size (by half point), the
        /// tightest between two lines of one size (``XYCut/leading(of:)``), and the median of
        /// those over display sizes (a band's headlines broken over lines, whatever their size).
        let leading: Double
        let tightestBySize: [Int: Double]
        let stackedBySize: [Int: Double]
        let stackedDisplay: Double?

        init(em: Double, lines: [PDFLayout.Line]) {
            self.em = em
            (leading, tightestBySize, stackedBySize) = XYCut.leading(of: lines)
            let display = stackedBySize.filter { Double($0.key) / 2 > 1.08 * em }.values.sorted()
            stackedDisplay = display.isEmpty ? nil : display[(display.count - 1) / 2]
        }

        /// Whether a vertical gap between lines of sizes `a` and `b` parts them: any gap between
        /// lines of different sizes (a headline and its story, the masthead and a headline), or
        /// more than leading between lines of one size — the page's, or for display type that
        /// size's tightest where it is tighter (two headlines stacked in a band, each over two
        /// lines set close). Display type parts also at 1.75 times, or a quarter of the body's em
        /// more than, the tightest gap between two of its lines or the display sizes' median of
        /// those, whichever is tighter: headlines stacked in a band 4.5 pt further apart than
        /// their own lines, which at 20 pt and more is under a quarter of an em (`…困难职` /
        /// `工过好春节` 4.7 pt apart, then `《百年恩来》：…` 8.7 pt under, band-02 of the varied
        /// pages' seed 41; 5.2 and 8.4 pt at 28 pt, band-11 of seed 56), and where no headline of
        /// their own size is broken over lines (band-18 of seed 56: two of 16.9 pt 9.3 pt apart,
        /// the band's larger headlines' lines 4.4 pt). The median, not the tightest: one pair of
        /// display lines set close would part every other size's headlines.
        func parts(_ gap: Double, _ a: Double, _ b: Double) -> Bool {
            guard abs(a - b) <= 0.08 * max(a, b) else { return gap > 0.25 * em }
            let size = max(a, b)
            guard size > 1.08 * em, let own = tightestBySize[XYCut.halfPoints(size)] else { return gap > (leading + 0.25) * max(size, em) }
            let stacked = [stackedBySize[XYCut.halfPoints(size)], stackedDisplay].compactMap { $0 }.min()
            return gap > (min(leading, own) + 0.25) * size || stacked.map { gap >= min(1.75 * $0 * size, $0 * size + 0.25 * em) } ?? false
        }

        func regions(_ lines: [PDFLayout.Line]) -> [XYCut.Region] {
            guard lines.count > 1 else { return lines.isEmpty ? [] : [XYCut.Region(lines: lines)] }
            func across(at y: Double, row: Bool = false) -> [XYCut.Region] {
                let (top, bottom) = lines.partitioned { $0.yMiddle < y }
                var below = regions(bottom)
                if row, !below.isEmpty { below[0].opensRow = true }
                return regions(top) + below
            }
            func down(at x: Double) -> [XYCut.Region] {
                let (left, right) = lines.partitioned { $0.xMiddle < x }
                return regions(left) + regions(right)
            }
            let bands = XYCut.bands(lines)
            if let band = headlineBand(lines, bands) {
                let (top, bottom) = lines.partitioned { $0.yMiddle < band }
                return top.contains { $0.size >= PageLine.displaySize * em } ? gridInRows(top) + regions(bottom) : regions(top) + gridInRows(bottom)
            }
            // Where every column's text stops and starts again (a row of stories under another, or
            // of captions in a smaller type: photo-19 of the varied pages' seed 10, a credit alone
            // at the right of the row), the page is read row by row, even where the rows' gutters
            // line up. Not between a row of headlines side by side, their subtitles at body size,
            // and text (commentary-03 of the fourth seed): their stories start under them. Nor
            // right under a headline, a kicker in smaller type beside it the lowest line above
            // (`汽车防盗器报警先须自警` over four columns beside another story's kicker and column,
            // commentary-05 of the varied pages' seed 21): its story starts under it.
            // Nor over a caption standing in a column under a picture (whose box the words do not
            // show) where the columns beside have nothing at that height: the story goes on under
            // its caption (tabloid-01 of the page benchmark).
            let rowBreaks = bands.filter { band in band.width > (leading + 0.25) * em && (isBodyType(band.above) || band.above < em)
                && !(isBodyType(band.below) && isHeadlineRow(lines.filter { $0.yMiddle < band.at }))
                && !opensACaptionInAColumn(lines, at: band)
                && !lines.contains { $0.size >= PageLine.displaySize * em && $0.yMax < band.at && band.at - $0.yMax <= band.width / 2 + 0.25 * em } }
            let runningOn = rowBreaks.map { (band: $0, column: columnRunningOn(lines, at: $0)) }
            // Crossheads lined up across a story's columns open no row (``opensCrossheads(_:at:)``).
            if let rowBreak = runningOn.filter({ $0.column == nil && !opensCrossheads(lines, at: $0.band) }).map(\.band).max(by: { $0.width < $1.width }) {
                return across(at: rowBreak.at, row: true)
            }
            // A headline set in a column of its own beside its story, the story's text ending
            // above the headline's last line (`希望在联合国有关决议…问题` over eight lines beside
            // three columns of six, feature-20 of the feature pages' varied seed 45): the gap
            // under the headline ends the row, though no text ends right over it.
            if let sideBreak = bands.first(where: { endsASideHeadline(lines, at: $0) }) {
                return across(at: sideBreak.at, row: true)
            }
            // Where only one column goes on under such a gap, the columns beside it having stopped
            // higher, that column is read whole first, cut down the gutter beside it: a crosshead
            // in it does not open a row (feature-16 of the varied pages' seed 41).
            if let column = runningOn.lazy.compactMap(\.column).first,
               let beside = gutters(lines).filter({ $0.at > column.upperBound && $0.at - column.upperBound < 2 * em
                   || $0.at < column.lowerBound && column.lowerBound - $0.at < 2 * em }).max(by: { $0.at < $1.at }) {
                return down(at: beside.at)
            }
            // A headline opening a row under the full width of what stands above it (a row of
            // captions over a story, photo-10 of the fourth seed): the row above is read first,
            // not a column of it with the headline's first column. Where the text ending over the
            // gap reaches past the headline's ends, a gap wider than the leading is enough: the
            // row above, its columns ending together, over a headline flush with the first of
            // them (`与人奋斗`, commentary-07 of the varied pages' seed 21); a kicker stands within
            // its headline's ends. So is a caption's last line over a headline or its kicker
            // (tabloid-08 of the varied pages' seed 21: a credit 8.7 pt over a kicker, where the
            // leading is 7.1 pt). The leading is measured in the type above the gap, not the
            // page's em taken to the half point: a column's own gap between two lines is no wider
            // (a brief's beside a story's headline, 10.8 pt type where the em is taken as 10.5,
            // briefs-09 of seed 24 rewritten by cairo).
            if let headlineRow = bands.first(where: { band in
                band.above < PageLine.displaySize * em && band.below >= PageLine.displaySize * em
                    && (band.width > (leading + 0.25) * em || (band.width > leading * band.above && textReachesPastTheHeadline(lines, at: band)))
                    || band.width > leading * band.above && captionsEndOver(lines, at: band) && opensAHeadline(lines, at: band)
            }) {
                return across(at: headlineRow.at)
            }
            if let gutter = storyGutter(lines) { return down(at: gutter) }
            if let gutter = gutterBesideARowBreak(lines, wide: 0.6 * em) {
                // A headline over columns on one side of a gutter, nothing beside it on the
                // other (a centred headline over four columns clears the first gutter): the
                // headline is read first, then its columns.
                if let head = headlineOver(lines, besides: gutter) { return across(at: head) }
                return down(at: gutter)
            }
            if let band = bands.filter({ parts($0.width, $0.above, $0.below) }).max(by: { $0.width < $1.width }) {
                return across(at: band.at)
            }
            // A headline centred over all the columns, none of them beside it and over half their
            // width, may leave narrow gutters to either side (its ends a third of an em clear of
            // the first and last columns, stacked-06 of the fifth seed): it is read first.
            if let head = headlineOver(lines), case let top = lines.filter({ $0.yMiddle < head }),
               let left = lines.map(\.xMin).min(), let right = lines.map(\.xMax).max(),
               abs((top.map(\.xMin).min()! + top.map(\.xMax).max()!) / 2 - (left + right) / 2) <= em,
               top.map(\.xMax).max()! - top.map(\.xMin).min()! > (right - left) / 2 {
                return across(at: head)
            }
            if let gutter = gutter(lines) { return down(at: gutter) }
            if let first = bands.first(where: { band in gutter(lines.filter { $0.yMin > band.at }) != nil }) {
                return across(at: first.at)
            }
            if let last = bands.last(where: { band in gutter(lines.filter { $0.yMax < band.at }) != nil }) {
                return across(at: last.at)
            }
            return [XYCut.Region(lines: lines.sorted { ($0.yMin, $0.xMin) < ($1.yMin, $1.xMin) })]
        }

        /// Whether the lines starting right under the gap `band` are crossheads of the columns'
        /// story, lined up across them (`体育产业到底是怎样一个概念` and `生存和发展的辩证法` over
        /// two columns of `巧借东风上层楼`, feature-10 of the feature pages' seed 24), and not a row
        /// of stories: each at the body's size, in a face other than the text's right under it,
        /// centred over that text (from where its next lines start to where they end, the first
        /// indented), at least 0.4 em in.
        func opensCrossheads(_ lines: [PDFLayout.Line], at band: Band) -> Bool {
            let heads = lines.filter { $0.yMin >= band.at && $0.yMin < band.at + band.width / 2 + 0.5 * em }
            return !heads.isEmpty && heads.allSatisfy { head in
                var column: [PDFLayout.Line] = []
                while column.count < 3, let next = lines.filter({ follows($0, under: column.last ?? head) }).min(by: { $0.yMin < $1.yMin }) {
                    column.append(next)
                }
                guard column.count == 3, isBodyType(head.size), column.allSatisfy({ isBodyType($0.size) }),
                      let face = head.face, let textFace = column[0].face, face != textFace else { return false }
                let left = head.xMin - column.map(\.xMin).min()!, right = column.map(\.xMax).max()! - head.xMax
                return left >= 0.4 * em && abs(left - right) <= em
            }
        }

        /// Whether display type ends right over the gap `band` beside body text that starts
        /// within an em under the headline's top (a kicker over it may stand higher) and ends
        /// above the headline's last line, all on one side of it.
        func endsASideHeadline(_ lines: [PDFLayout.Line], at band: Band) -> Bool {
            let display = PageLine.displaySize * em
            guard band.width > leading * em, band.above >= display,
                  let last = lines.filter({ $0.yMax <= band.at && $0.size >= display }).max(by: { $0.yMax < $1.yMax }),
                  band.at - last.yMax <= band.width / 2 + 0.25 * em else { return false }
            let head = lines.filter { $0.yMax <= band.at && $0.size >= display && $0.overlaps(last) }
            let top = head.map(\.yMin).min()!, left = head.map(\.xMin).min()!, right = head.map(\.xMax).max()!
            let beside = lines.filter { $0.yMax <= band.at && $0.yMax > top && !$0.overlaps(from: left, to: right) }
            guard let first = beside.map(\.yMin).min(), first <= top + em, beside.allSatisfy({ isBodyType($0.size) || $0.size < em }),
                  beside.map(\.yMax).max()! < last.yMin else { return false }
            return beside.allSatisfy { $0.xMin >= right } || beside.allSatisfy { $0.xMax <= left }
        }

        /// Whether the lines ending right over the gap `band`, all in body type (no kicker, which
        /// a column of briefs beside it may reach past: briefs-05 of the varied pages' seed 21),
        /// reach more than an em past either end of the display type starting right under it.
        func textReachesPastTheHeadline(_ lines: [PDFLayout.Line], at band: Band) -> Bool {
            let top = band.at - band.width / 2, bottom = band.at + band.width / 2
            let above = lines.filter { $0.yMax <= band.at && $0.yMax > top - 0.5 * em }
            let headline = lines.filter { $0.yMin >= band.at && $0.yMin < bottom + 0.5 * em && $0.size >= PageLine.displaySize * em }
            guard let left = headline.map(\.xMin).min(), let right = headline.map(\.xMax).max(), !above.isEmpty,
                  above.allSatisfy({ isBodyType($0.size) }) else { return false }
            return above.map(\.xMin).min()! < left - em || above.map(\.xMax).max()! > right + em
        }

        /// Whether display type starts right under the gap `band`, or a kicker over it: the lines
        /// there below display size, display type within an em under them and under their span.
        func opensAHeadline(_ lines: [PDFLayout.Line], at band: Band) -> Bool {
            let display = PageLine.displaySize * em
            guard band.below < display else { return true }
            let under = lines.filter { $0.yMin >= band.at }
            let kicker = under.filter { $0.yMin < band.at + band.width / 2 + 0.5 * em }
            guard let bottom = kicker.map(\.yMax).max(), kicker.allSatisfy({ $0.size < display }),
                  let left = kicker.map(\.xMin).min(), let right = kicker.map(\.xMax).max() else { return false }
            return under.contains { $0.size >= display && $0.yMin >= bottom && $0.yMin - bottom <= em && $0.overlaps(from: left, to: right) }
        }

        /// Whether the lines ending right over the gap `band` end a caption: set smaller than the
        /// body, the last closing with the picture's credit (`…摄`, `…摄）`; a credit wrapped over
        /// two lines may leave only its name's end, `确摄`, which ``PageLine/creditRange(_:)``
        /// would not take alone). A kicker set as small stands over its headline as far (band-08
        /// of the varied pages' seed 24).
        func captionsEndOver(_ lines: [PDFLayout.Line], at band: Band) -> Bool {
            let over = lines.filter { $0.yMax <= band.at && $0.yMax > band.at - band.width / 2 - 0.5 * em }
            guard let last = over.max(by: { ($0.yMax, $0.xMax) < ($1.yMax, $1.xMax) }) else { return false }
            return over.allSatisfy { isCaptionType($0.size) } && last.text.wholeMatch(of: /.*摄(?:影)?[）)]?\s*/) != nil
        }

        /// Whether the lines starting right under the gap `band` open a caption under a picture
        /// inside a column, the column's text going on under it, and not a row of stories: they
        /// are set smaller than the body, three ems or more under one column of text and within
        /// it (its last lines, up to four ems above the lowest, all one above another), and the
        /// first line under the caption (the lines in smaller type below) is in body type, within
        /// two ems of it: text, not the next story's headline.
        func opensACaptionInAColumn(_ lines: [PDFLayout.Line], at band: Band) -> Bool {
            let smaller = { (line: PDFLayout.Line) in isCaptionType(line.size) }
            let below = lines.filter { $0.yMin >= band.at && $0.yMin < band.at + band.width / 2 + 0.5 * em }
            guard let left = below.map(\.xMin).min(), let right = below.map(\.xMax).max(), below.allSatisfy(smaller) else { return false }
            let over = lines.filter { $0.yMax <= band.at && $0.overlaps(from: left, to: right) }
            guard let lowest = over.max(by: { $0.yMax < $1.yMax }), isBodyType(lowest.size),
                  below.map(\.yMin).min()! - lowest.yMax >= 3 * em else { return false }
            let column = over.filter { $0.yMax > lowest.yMax - 4 * em }
            // A caption's title run in (`温暖进农家 入冬以来…`) reaches past the column half an em.
            guard column.allSatisfy({ a in column.allSatisfy { $0.overlaps(a) } }),
                  left >= column.map(\.xMin).min()! - em, right <= column.map(\.xMax).max()! + em else { return false }
            let under = lines.filter { $0.yMin >= band.at && $0.overlaps(from: left, to: right) }.sorted { $0.yMin < $1.yMin }
            guard let after = under.firstIndex(where: { !smaller($0) }), after > 0 else { return false }
            return isBodyType(under[after].size) && under[after].yMin - under[after - 1].yMax <= 2 * em
        }

        /// The span of the one column whose text goes on across the gap `band`, the columns
        /// beside it having stopped higher, if so: the lines ending right over it and all the
        /// lines under it stand within one column's span, under half the region's width (a
        /// crosshead in a column running on under a row whose other columns end 25 pt higher,
        /// over a picture's box the words do not show: feature-16 of the varied pages' seed 41).
        /// Not across a gap over two ems tall, nor where display type stands under it: the
        /// page's foot (`责任编辑：薛原` flush right under a column, photo-19 of that seed), the
        /// next story's headline.
        func columnRunningOn(_ lines: [PDFLayout.Line], at band: Band) -> ClosedRange<Double>? {
            let top = band.at - band.width / 2
            let over = lines.filter { $0.yMax <= band.at && $0.yMax > top - 0.5 * em }
            let under = lines.filter { $0.yMin >= band.at }
            guard band.width <= 2 * em, let lowest = over.first, !under.isEmpty,
                  let regionLeft = lines.map(\.xMin).min(), let regionRight = lines.map(\.xMax).max() else { return nil }
            // The column: the lines over the gap, three ems up, that share its last line's span.
            let column = lines.filter { $0.yMax <= band.at && $0.yMax > top - 3 * em && $0.overlaps(lowest) }
            let left = column.map(\.xMin).min()!, right = column.map(\.xMax).max()!
            let within = { (line: PDFLayout.Line) in line.xMin >= left - 0.5 * em && line.xMax <= right + 0.5 * em }
            return right - left < (regionRight - regionLeft) / 2 && over.allSatisfy(within)
                && under.allSatisfy({ within($0) && $0.size < PageLine.displaySize * em }) ? left...right : nil
        }

        /// Whether `size` is a caption's: under 95% of the body's type (a caption's title run in
        /// stands only 8% under it, tabloid-10 of the varied pages' seed 21).
        func isCaptionType(_ size: Double) -> Bool { size < 0.95 * em }

        /// Whether `size` is the body's type, within 8%.
        func isBodyType(_ size: Double) -> Bool { abs(size - em) <= 0.08 * em }

        /// Whether `b` stands straight under `a`, at most the leading apart: the next line of
        /// one column.
        func follows(_ b: PDFLayout.Line, under a: PDFLayout.Line) -> Bool {
            b.yMin >= a.yMax && b.yMin - a.yMax <= (leading + 0.25) * em && b.overlaps(a)
        }

        /// Whether `lines` are headlines side by side (display type, tops within two ems, beside
        /// another line set larger than the body, at most two ems lower or higher: a headline at
        /// 1.24× beside one at 1.66×, tabloid-10 of the varied pages' seed 25), each with at most
        /// its deck under it: no line in body type has another straight under it, at most the
        /// leading apart, as running text does.
        func isHeadlineRow(_ lines: [PDFLayout.Line]) -> Bool {
            let display = lines.filter { $0.size >= PageLine.displaySize * em }
            let larger = lines.filter { $0.size > PageLine.deckSize * em }
            guard !display.isEmpty, display.map(\.yMin).max()! - display.map(\.yMin).min()! <= 2 * em,
                  display.contains(where: { a in
                      larger.contains { b in abs(b.yMin - a.yMin) <= 2 * em && (b.xMin >= a.xMax || b.xMax <= a.xMin) }
                  }) else { return false }
            let body = lines.filter { isBodyType($0.size) }
            return !body.contains { a in body.contains { follows($0, under: a) } }
        }

        /// Where the headline at the top of `lines` ends, when it stands over body text, on one
        /// side of `gutter` where one is given: the lines above the first one in body type, all
        /// set larger (or beside one that is and not running text, as the date beside a
        /// masthead) and stacked (one headline over two or three lines, not two side by side).
        /// Everything else starts under the headline, and no line of it goes on beside the
        /// text; its glyph boxes may touch the text under it (a quarter of an em, or its
        /// ``PDFLayout/Line/overreach(into:)`` where that is more), so the cut is between the
        /// lines' middles.
        func headlineOver(_ lines: [PDFLayout.Line], besides gutter: Double? = nil) -> Double? {
            let sorted = lines.sorted { $0.yMin < $1.yMin }
            // Larger type; a line measured on words mixing scripts stands as tall as the Latin
            // face, up to 15% over its type (`45%；无超标排放的烟尘…`, 11% over the body's, at a
            // column's top in photo-01 of the varied pages' seed 7), so it must stand taller.
            let larger = { (line: PDFLayout.Line) in line.size > 1.08 * em * (line.measuredOnCJK ? 1 : 1.15) }
            var head: [PDFLayout.Line] = []
            for line in sorted {
                let beside = head.contains { larger($0) && line.yMin < $0.yMax && line.yMax > $0.yMin }
                    && !sorted.contains { follows($0, under: line) }
                guard larger(line) || beside else { break }
                head.append(line)
            }
            let rest = sorted[head.count...], display = head.filter(larger)
            guard !display.isEmpty, let first = rest.first, isBodyType(first.size),
                  display.map(\.xMin).max()! < display.map(\.xMax).min()!,
                  gutter.map({ gutter in Set(head.map { $0.xMiddle < gutter }).count == 1 }) ?? true else { return nil }
            let bottom = head.map(\.yMax).max()!
            // Over columns on both sides of the gutter their text starts at one height under it; a
            // side whose text starts well below (a caption under a picture, photo-11 of seed 24)
            // holds another story, read apart.
            if let gutter {
                let left = rest.filter { $0.xMiddle < gutter }.map(\.yMin).min(), right = rest.filter { $0.xMiddle >= gutter }.map(\.yMin).min()
                guard let left, let right, abs(left - right) <= 1.5 * em else { return nil }
            }
            let goesOn = rest.contains { larger($0) && $0.yMin - bottom < 0.5 * $0.size }
            guard !goesOn, rest.allSatisfy({ r in head.allSatisfy { r.yMin >= $0.yMax - max(0.25 * em, $0.overreach(into: r)) } }) else { return nil }
            return (head.map(\.yMiddle).max()! + rest.map(\.yMiddle).min()!) / 2
        }

        /// Where a page prints its headlines together in a band above or below the stories
        /// (three or more headlines, no running text among them): the band's edge, read apart
        /// from the stories so that no headline falls between two columns of one story.
        func headlineBand(_ lines: [PDFLayout.Line], _ bands: [Band]) -> Double? {
            let display = lines.filter { $0.size >= PageLine.displaySize * em }
            guard !display.isEmpty else { return nil }
            // Running text: three lines in body type, each straight under the one before. Two are
            // a headline's subtitle or kicker broken over two lines (`——李鹏主持讨论并原则通过《中华
            // 人民共和国土地` / `管理法（修订草案）》` in a band, band-04 of the varied pages' seed 12).
            let body = lines.filter { isBodyType($0.size) }
            let under = body.map { a in body.indices.filter { follows(body[$0], under: a) } }
            var textStarts = Double.infinity, textEnds = -Double.infinity
            for (a, below) in under.enumerated() {
                for b in below {
                    for c in under[b] {
                        textStarts = min(textStarts, body[a].yMiddle)
                        textEnds = max(textEnds, body[c].yMiddle)
                    }
                }
            }
            // Headlines, a line broken over two counted once.
            let headlines = display.filter { line in
                !display.contains { $0.yMax <= line.yMin && line.yMin - $0.yMax < 0.5 * $0.size && $0.overlaps(line) }
            }
            // Headlines all in one row head stories side by side (commentary-15 of the benchmark's
            // fourth seed), each over its own columns: no band.
            let tops = headlines.map(\.yMin)
            guard headlines.count >= 3, textStarts.isFinite, tops.max()! - tops.min()! > 2 * em else { return nil }
            if let top = bands.last(where: { $0.at < textStarts }), display.allSatisfy({ $0.yMiddle < top.at }) { return top.at }
            if let bottom = bands.first(where: { $0.at > textEnds }), display.allSatisfy({ $0.yMiddle > bottom.at }) { return bottom.at }
            return nil
        }

        /// A band of headlines set as a grid, read row by row, where the cut reads its columns of
        /// cells one after another: the stories under a band follow its rows (band-15 of the varied
        /// pages' seed 24, two columns of four; band-13 of the fifth seed). A row starts where titles (type larger than the body's) of
        /// two columns or more start together (tops within half an em; subtitles side by side,
        /// led by a dash, start none) and no line of the band runs across; cells keep their
        /// order within a row, a kicker before its headline. A row's first cell after the first
        /// row opens a row (``Region/opensRow``): the cell before it is no kicker of its headline.
        func gridInRows(_ lines: [PDFLayout.Line]) -> [XYCut.Region] {
            let cells = regions(lines)
            guard cells.count > 2 else { return cells }
            var columns: [Int] = [], span = (xMin: Double.infinity, xMax: -Double.infinity)
            for cell in cells {
                let xMin = cell.lines.map(\.xMin).min()!, xMax = cell.lines.map(\.xMax).max()!
                if xMin < span.xMax && xMax > span.xMin {
                    span = (min(span.xMin, xMin), max(span.xMax, xMax))
                    columns.append(columns.last!)
                } else {
                    span = (xMin, xMax)
                    columns.append((columns.last ?? -1) + 1)
                }
            }
            let tops = cells.map { $0.lines.map(\.yMin).min()! }
            let titles = cells.indices.filter { cell in
                cells[cell].lines.contains { $0.size > 1.08 * em } && !HeadlineAttachment.opensSubtitle(cells[cell].lines[0].text)
            }
            let rowStarts = titles.map { tops[$0] }.filter { top in
                Set(titles.filter { abs(tops[$0] - top) <= 0.5 * em }.map { columns[$0] }).count >= 2
                    && !lines.contains { $0.yMin < top - 0.25 * em && $0.yMax > top + 0.25 * em }
            }
            var row = cells.indices.map { cell in rowStarts.filter { $0 <= tops[cell] + 0.5 * em }.count }
            // A kicker is in the row of the title under it, a subtitle in that of the title over it.
            for cell in cells.indices where !titles.contains(cell) {
                if HeadlineAttachment.opensSubtitle(cells[cell].lines[0].text) {
                    if cell > 0, columns[cell - 1] == columns[cell] { row[cell] = row[cell - 1] }
                } else if cell + 1 < cells.count, columns[cell + 1] == columns[cell], titles.contains(cell + 1) {
                    row[cell] = row[cell + 1]
                }
            }
            guard Set(row).count > 1 else { return cells }
            var inRows = cells.indices.sorted { (row[$0], $0) < (row[$1], $1) }.map { (row: row[$0], cell: cells[$0]) }
            for k in inRows.indices.dropFirst() where inRows[k].row != inRows[k - 1].row { inRows[k].cell.opensRow = true }
            return inRows.map(\.cell)
        }

        /// Stories side by side with narrow gutters, each under its own headline (commentary-03
        /// and mixed-02 in the page benchmark): the gutter through the whole region between two
        /// headlines of one row (tops within two ems), or between a column's running text and a
        /// headline beside it, where the right one's story starts, the
        /// headline centred over the columns from there to the region's right edge or else set
        /// flush with the first of them. A centred fit wins over a flush one, then the headline
        /// starting nearest the gutter's first column, then the leftmost.
        /// Without it the headlines would be read as one row over all the columns.
        func storyGutter(_ lines: [PDFLayout.Line]) -> Double? {
            let display = lines.filter { $0.size > 1.08 * em }
            let sorted = lines.sorted { $0.columnXMin < $1.columnXMin }
            guard !display.isEmpty, var reach = sorted.first?.columnXMax else { return nil }
            let right = lines.map(\.columnXMax).max()!
            var best: (fit: Int, indent: Double, at: Double)?
            let body = lines.filter { isBodyType($0.size) }
            let runningText = body.filter { a in body.contains { follows($0, under: a) } }
            for line in sorted.dropFirst() {
                defer { reach = max(reach, line.columnXMax) }
                guard line.columnXMin - reach > 0.2 * em else { continue }
                let at = (line.columnXMin + reach) / 2, start = line.columnXMin
                // Not a gap a headline leaves in the gutter it reaches into, set over a column
                // beyond the running text it heads (`鲜血和生命写成的历史` flush left over two
                // columns, 3.7 pt short of the second, commentary-05 of the varied pages' seed 41).
                let textReach = runningText.filter { $0.xMax < at }.map(\.columnXMax).max()
                if let textReach, display.contains(where: { $0.xMax < at && $0.columnXMax > textReach + 0.5 * em }) { continue }
                // A headline beside another of its row, or, in display type with none left of the
                // gutter, beside a column's running text (a brief titled at body size, mixed-09 of
                // the fifth seed).
                let besideText = !display.contains { $0.xMax < at }
                let pairs = display.filter { $0.xMin > at }.filter { r in
                    display.contains { $0.xMax < at && abs($0.yMin - r.yMin) <= 2 * em }
                        || besideText && r.size >= PageLine.displaySize * em && lines.contains { l in
                            l.xMax < at && isBodyType(l.size) && (r.yMin...r.yMax).contains(l.yMiddle) && lines.contains { follows($0, under: l) }
                        }
                }
                for r in pairs {
                    let fit = abs(r.xMiddle - (start + right) / 2) <= em ? 2 : abs(r.xMin - start) <= em ? 1 : 0
                    // A short headline centred over the rightmost of four columns is also
                    // centred over the right three (commentary-03 of the fourth seed).
                    let indent = r.xMin - start
                    if fit > 0, best.map({ fit > $0.fit || (fit == $0.fit && indent < $0.indent) }) ?? true { best = (fit, indent, at) }
                }
            }
            return best?.at
        }

        /// The middle of the widest vertical gutter at least `wide` wide (a third of an em unless
        /// given), if any; of gutters equally wide, the leftmost.
        func gutter(_ lines: [PDFLayout.Line], wide: Double? = nil) -> Double? {
            gutters(lines, wide: wide).max { $0.width != $1.width ? $0.width < $1.width : $0.at > $1.at }?.at
        }

        /// Of the gutters within 0.35 em of the widest (a page's grid of columns of one width:
        /// lines ending in punctuation set them up to 0.15 em apart, mixed-17 of the fifth seed,
        /// and a `、` whose box reaches past its column's edge 0.3 em, band-15 of the varied
        /// pages' seed 7), the one beside which the widest side has a row break across all its columns
        /// (band-03 in the page benchmark: one story ends and the next starts across the two
        /// columns right of a gutter): cut there, the break can part the two stories, where
        /// cutting at another gutter first would leave each column to be read top to bottom
        /// through both. A break is where text in body type stops and body type or larger starts
        /// again (the next story's headline, mixed-16 of the fifth seed), not under a headline.
        /// Without such a side, the widest gutter. A narrower gutter, down to a third of an em,
        /// goes first where the side with the row break is wider by an em or more there (a column
        /// of briefs beside rows of stories).
        func gutterBesideARowBreak(_ lines: [PDFLayout.Line], wide: Double) -> Double? {
            let all = gutters(lines)
            guard let widest = all.filter({ $0.width > wide }).map(\.width).max() else { return nil }
            func breakWidth(_ at: Double) -> Double {
                let (left, right) = lines.partitioned { $0.xMiddle < at }
                return [left, right].map { side -> Double in
                    let breaks = XYCut.bands(side).contains { parts($0.width, $0.above, $0.below) && isBodyType($0.above) && $0.below >= 0.92 * em }
                    return breaks ? side.map(\.xMax).max()! - side.map(\.xMin).min()! : 0
                }.max()!
            }
            let measured = all.map { (at: $0.at, width: $0.width, side: breakWidth($0.at)) }
            let best = measured.filter { $0.width > wide && $0.width >= widest - 0.35 * em }.max { a, b in
                if a.side != b.side { return a.side < b.side }
                return a.width != b.width ? a.width < b.width : a.at > b.at
            }
            // A narrower gutter (a third of an em or more: a column of briefs beside rows of stories,
            // a rule between, briefs-19 of the varied pages' seed 10) goes first where the side
            // with the row break is wider there: the rows are read across all their columns.
            if let best, let wider = measured.filter({ $0.side > best.side + em }).max(by: { $0.side < $1.side }) { return wider.at }
            return best?.at
        }

        /// Every vertical gutter at least `wide` wide (a third of an em unless given) that parts
        /// the lines, standing side by side where it is under 0.6 em: its middle and width.
        ///
        /// Gutters are measured between the columns' type, not the punctuation hanging into
        /// them (``PDFLayout/Line/columnXMin``): a `、` at one line's end and a `“` at the next
        /// column's start narrow a 17 pt gutter to 3 pt.
        func gutters(_ lines: [PDFLayout.Line], wide: Double? = nil) -> [(at: Double, width: Double)] {
            let sorted = lines.sorted { $0.columnXMin < $1.columnXMin }
            guard var reach = sorted.first?.columnXMax else { return [] }
            var result: [(at: Double, width: Double)] = []
            for line in sorted.dropFirst() {
                let width = line.columnXMin - reach
                let at = (line.columnXMin + reach) / 2
                // A cut must part the lines, which are parted by their middles; under 0.6 em, some
                // of them must stand side by side: a byline flush right over a standfirst ending in
                // `。` clears it by 4 pt (feature-11 of the varied pages' seed 41) and is read first.
                if width > (wide ?? em / 3), lines.contains(where: { $0.xMiddle < at }), lines.contains(where: { $0.xMiddle >= at }),
                   width >= 0.6 * em || lines.contains(where: { l in l.xMiddle < at && lines.contains { $0.xMiddle >= at && $0.yMin < l.yMax && $0.yMax > l.yMin } }) {
                    result.append((at, width))
                }
                reach = max(reach, line.columnXMax)
            }
            return result
        }
    }

    /// A horizontal band no line crosses: its middle, its height, and the type sizes of the lines
    /// just above and below it (``bands(_:)``).
    typealias Band = (at: Double, width: Double, above: Double, below: Double)

    /// The horizontal bands no line crosses, top to bottom: middle, height, and the type sizes
    /// of the lines just above and below, each taken beside the other (``PDFLayout/Line/typeSize(after:)``:
    /// a caption's line of one word `2：新战士正在…` is as tall as its Latin face, but set in the body's type;
    /// two such lines of about one size take the smaller).
    /// A band may run where the lines above reach into a line only by their
    /// ``PDFLayout/Line/overreach(into:)``; it is zero wide, so only a cut that asks for no
    /// width takes it.
    static func bands(_ lines: [PDFLayout.Line]) -> [Band] {
        let sorted = lines.sorted { $0.yMin < $1.yMin }
        guard var lowest = sorted.first else { return [] }
        var result: [Band] = []
        for (k, line) in sorted.enumerated().dropFirst() {
            // The lowest line above reaches furthest into this one: unless it does so by no more
            // than its overreach, no line above can pass, and the others need no look.
            if line.yMin > lowest.yMax
                || (lowest.yMax - line.yMin <= lowest.overreach(into: line) && reachesInto(line, from: sorted[..<k])) {
                // Both measured on words mixing scripts at about one size: one size, the smaller
                // (captions `1：虎在长啸…` over `2：已退休的…`, the second's box 12% taller,
                // photo-02 of the varied pages' seed 21).
                let unsure = !lowest.measuredOnCJK && !line.measuredOnCJK && abs(lowest.size - line.size) <= 0.15 * min(lowest.size, line.size)
                let above = unsure ? min(lowest.size, line.size) : lowest.typeSize(after: line.size)
                result.append(((line.yMin + lowest.yMax) / 2, max(0, line.yMin - lowest.yMax),
                               above, unsure ? above : line.typeSize(after: lowest.size)))
            }
            if line.yMax > lowest.yMax { lowest = line }
        }
        return result
    }

    /// Whether some line of `above` reaches into `line`, each at most by its overreach.
    private static func reachesInto(_ line: PDFLayout.Line, from above: ArraySlice<PDFLayout.Line>) -> Bool {
        let into = above.filter { $0.yMax >= line.yMin }
        return !into.isEmpty && into.allSatisfy { $0.yMax - line.yMin <= $0.overreach(into: line) }
    }
}


/// Page text with how each line is set, where known.
public struct TypesetText: Equatable, Sendable {
    public var text: String
    /// One entry per line of `text`; nil where it is unknown or the line is blank.
    public var styles: [LineStyle?]

    public init(text: String, styles: [LineStyle?]) {
        self.text = text
        self.styles = styles
    }
}

/// How a line of a PDF page is set: its type size relative to the body type (1.0), and
/// whether its typeface differs from the body's (a headline's or a lead's bold or sans face),
/// when the typefaces are known.
public struct LineStyle: Equatable, Sendable {
    public var size: Double
    public var distinctFace: Bool?
    /// Whether the line is set in the face of the page's display headlines (when that is not the
    /// body's): a title at body size, where a name in another face of its own signs a story.
    public var headlineFace: Bool?
    /// Whether the line opens a row of the page: the text of every column above it stopped
    /// short, a gap wider than the leading between (where one story ends and the next begins).
    public var opensRow: Bool

    /// A title run in at the line's start in a face of its own (``PDFLayout/Line/runInTitle(bodyFace:)``).
    public var runInTitle: String?
    /// Where the line stands across the page: from its left to its right edge, in ems of the
    /// body type from the page's left edge.
    public var span: ClosedRange<Double>?
    /// The top of the line, in ems of the body type from the page's top edge.
    public var top: Double?

    public init(size: Double, distinctFace: Bool? = nil, headlineFace: Bool? = nil, opensRow: Bool = false, runInTitle: String? = nil,
                span: ClosedRange<Double>? = nil, top: Double? = nil) {
        self.size = size
        self.distinctFace = distinctFace
        self.headlineFace = headlineFace
        self.opensRow = opensRow
        self.runInTitle = runInTitle
        self.span = span
        self.top = top
    }
}

private final class BoundingBoxParser: NSObject, XMLParserDelegate {
    var pages: [PDFLayout.Page] = []
    private var line: PDFLayout.Line?
    private var word: PDFLayout.Word?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        func box() -> (Double, Double, Double, Double) {
            (Double(attributes["xMin"] ?? "") ?? 0, Double(attributes["yMin"] ?? "") ?? 0,
             Double(attributes["xMax"] ?? "") ?? 0, Double(attributes["yMax"] ?? "") ?? 0)
        }
        switch name {
        case "page": pages.append(PDFLayout.Page(lines: [], width: Double(attributes["width"] ?? "") ?? 0))
        case "line": line = PDFLayout.Line(words: [])
        case "word":
            let (x0, y0, x1, y1) = box()
            word = PDFLayout.Word(text: "", xMin: x0, yMin: y0, xMax: x1, yMax: y1)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        word?.text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "word":
            if let finished = word, !finished.text.isEmpty { line?.words.append(finished) }
            word = nil
        case "line":
            for finished in line?.rows ?? [] where !pages.isEmpty {
                PDFLayout.Line.append(finished, to: &pages[pages.count - 1].lines)
            }
            line = nil
        default: break
        }
    }
}
