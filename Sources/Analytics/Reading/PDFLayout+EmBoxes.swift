extension PDFLayout {
    /// Brings every word's box to one em tall, which ``Line/size`` takes it to be.
    ///
    /// poppler makes a word's box as tall as the ascent and descent its font declares, and PDF
    /// writers declare what they like: XeLaTeX the em box, cairo and Ghostscript the font's
    /// bounding box (2.85 em for Noto CJK), others 1.16–1.45 em, and LuaTeX less than one for
    /// some faces (0.73–0.77 em for the AR PL ones, 0.87 for WenQuanYi). A CJK glyph advances
    /// one em, so a word's height over its characters' mean advance, `h / (w / n)`, is its
    /// face's declared height in ems where the word is set solid (a headline, a paragraph's last
    /// line) and less where justification stretched it. Per face (as pdftohtml names it; words
    /// of no known face form one group) the declared height is the most common ratio, to the
    /// hundredth, among words in CJK type of two characters or more. A face is declared off the
    /// em where that ratio is 10% or more over or under one. Where some face is so from two
    /// words or more (under one, from words on two lines or more, as the words of one stretched
    /// line give one ratio too), the page's boxes are scaled about their middles: a word in CJK
    /// type by its face's ratio, however near one: a writer that declares one face off the em
    /// declares the others by their own boxes too (cairo gives each subset of a face the box of
    /// its glyphs: AR PL UKai 1.03–1.10 em, justification's stretch lowering the commonest
    /// ratio too, so that a story set in kaiti throughout read 10% larger than the body and as
    /// a deck, feature-01 of the feature pages' seed 44); any other (digits, Latin words, words
    /// mixing them with Han characters, whose box poppler takes from either script's font, and
    /// words spanning two faces, whose box is the taller face's) by whichever of the page's
    /// ratios (the CJK faces', and the other faces' measured against the CJK type of the lines
    /// they stand on, the median of their words', where 10% or more from one) brings it nearest
    /// the em of its line's CJK type or, on a line with none, nearest (relatively) the em of the
    /// last line before it or of the first after it that has some. Lines of such a page that
    /// poppler parted, their boxes apart, and that now meet on one baseline are joined
    /// (``Line/append(_:to:)``). Pages with no face declared off the em are left as they are:
    /// one word of a Latin face taken for CJK (1.28) does not make one. Deterministic.
    mutating func scaleBoxesToTheEm() {
        for p in pages.indices {
            let declared = Self.declaredHeights(of: pages[p].lines)
            guard declared.values.contains(where: \.showsTheWriterOffTheEm) else { continue }
            let offTheEm = DeclaredHeight.isOffTheEm
            let faceRatio = { (word: Word) in word.isCJK && !word.spansFaces ? declared[word.face ?? ""]?.ratio : nil }
            let ems = pages[p].lines.map { line in line.words.compactMap { word in faceRatio(word).map { (word.yMax - word.yMin) / $0 } }.max() }
            // Other faces (a Latin one, 1.16 em where the CJK type's em box is declared) measured
            // against the CJK type of the lines they stand on: the median of their words' ratios.
            var againstType: [String: [Double]] = [:]
            for (line, em) in zip(pages[p].lines, ems) {
                guard let em else { continue }
                for word in line.words where faceRatio(word) == nil { againstType[word.face ?? "", default: []].append((word.yMax - word.yMin) / em) }
            }
            let ratios = Set(declared.values.map(\.ratio) + againstType.values.map { $0.sorted()[$0.count / 2] }.filter(offTheEm) + [1]).sorted()
            var below = [Double?](repeating: nil, count: ems.count)
            for l in ems.indices.dropLast().reversed() { below[l] = ems[l + 1] ?? below[l + 1] }
            var above: Double?
            for l in pages[p].lines.indices {
                // A line with no CJK type of its own is measured against the lines either side
                // and takes the em it fits best: the first line of a lead, one word spanning the
                // lead's face and the text's, stands under a headline (mixed-01 of seed 24
                // rewritten by cairo: measured against the headline's em alone, its box stayed
                // 30 pt tall and the next columns' first lines were read inside the lead).
                let references = ems[l].map { [$0] } ?? [above, below[l]].compactMap { $0 }
                above = ems[l] ?? above
                for (w, word) in pages[p].lines[l].words.enumerated() {
                    let height = word.yMax - word.yMin
                    let fit = { references.flatMap { em in ratios.map { (ratio: $0, miss: abs(height / $0 - em) / em) } }.min { $0.miss < $1.miss }?.ratio }
                    guard let ratio = faceRatio(word) ?? fit(), ratio != 1 else { continue }
                    let middle = (word.yMin + word.yMax) / 2
                    pages[p].lines[l].words[w].yMin = middle - height / ratio / 2
                    pages[p].lines[l].words[w].yMax = middle + height / ratio / 2
                }
            }
            // Lines poppler parted where the faces' boxes stood apart may meet on one baseline
            // now (`2）` in DejaVu Serif, `。` in Noto, 9 pt apart at the top as cairo declares
            // them: photo-07 of seed 24 rewritten by cairo read `（见表。2）`).
            pages[p].lines = pages[p].lines.reduce(into: []) { PDFLayout.Line.append($1, to: &$0) }
        }
    }

    /// A face's declared height: the most common height over mean advance (to the hundredth)
    /// among its words in CJK type of two characters or more (none spanning two faces), how many
    /// words gave it and on how many lines they stand.
    struct DeclaredHeight {
        var ratio: Double
        var words: Int
        var lines: Int

        /// 10% or more over one em from two words or more, or under it from words on two
        /// lines or more: the page's writer declares boxes off the em, and any face found so
        /// on it, even from one word (a kicker alone in its face), is.
        var showsTheWriterOffTheEm: Bool { words >= 2 && Self.isOffTheEm(ratio) && (ratio > 1 || lines >= 2) }

        /// 10% or more over or under one em.
        static func isOffTheEm(_ ratio: Double) -> Bool { ratio >= 1.1 || ratio <= 0.9 }
    }

    /// Per face, the height its boxes are declared (``DeclaredHeight``).
    static func declaredHeights(of lines: [Line]) -> [String: DeclaredHeight] {
        var ratios: [String: [Int: (words: Int, lines: Set<Int>)]] = [:]
        for (l, line) in lines.enumerated() {
            for word in line.words where word.isCJK && !word.spansFaces && word.xMax > word.xMin {
                let n = word.text.unicodeScalars.count
                guard n >= 2 else { continue }
                let advance: Double = (word.xMax - word.xMin) / Double(n)
                let ratio = Int(((word.yMax - word.yMin) / advance * 100).rounded())
                ratios[word.face ?? "", default: [:]][ratio, default: (0, [])].words += 1
                ratios[word.face ?? "", default: [:]][ratio, default: (0, [])].lines.insert(l)
            }
        }
        return ratios.compactMapValues { counts in
            counts.mapValues(\.words).mostCommonKey.map { DeclaredHeight(ratio: Double($0) / 100, words: counts[$0]!.words, lines: counts[$0]!.lines.count) }
        }
    }
}
