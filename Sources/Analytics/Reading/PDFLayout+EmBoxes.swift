extension PDFLayout {
    /// Brings every word's box to one em tall, which ``Line/size`` takes it to be.
    ///
    /// poppler makes a word's box as tall as the ascent and descent its font declares, and PDF
    /// writers declare what they like: XeLaTeX the em box, cairo and Ghostscript the font's
    /// bounding box (2.85 em for Noto CJK), others 1.16–1.45 em. A CJK glyph advances one em,
    /// so a word's height over its characters' mean advance, `h / (w / n)`, is its face's
    /// declared height in ems where the word is set solid (a headline, a paragraph's last line)
    /// and less where justification stretched it. Per face (as pdftohtml names it; words of no
    /// known face form one group) the declared height is the most common ratio, to the hundredth,
    /// among words in CJK type of two characters or more. Where two words or more of a face show
    /// it declared more than 10% over one em, the page's boxes are scaled about their middles:
    /// a word in CJK type by its face's ratio; any other (digits, Latin words, words mixing them
    /// with Han characters, whose box poppler takes from either script's font) by whichever of
    /// the page's ratios (the CJK faces', and the other faces' measured against the CJK type of
    /// the lines they stand on, the median of their words') brings it nearest the em of its line's CJK type, or of the last line
    /// before it that has some (the first that has some, for lines above it). A ratio under one is type spaced out, and scales nothing. Pages
    /// with no face declared tall are left as they are: one word of a Latin face taken for CJK
    /// (1.28) does not make one. Deterministic.
    mutating func scaleBoxesToTheEm() {
        for p in pages.indices {
            let declared = Self.declaredHeights(of: pages[p].lines.flatMap(\.words))
            guard declared.values.contains(where: { $0.ratio > 1.1 && $0.words >= 2 }) else { continue }
            // Ratios within 10% of one scale nothing, and measure the em as they leave it.
            let scaling = { (ratio: Double) in ratio > 1.1 ? ratio : 1 }
            let faceRatio = { (word: Word) in word.isCJK ? declared[word.face ?? ""].map { scaling($0.ratio) } : nil }
            let ems = pages[p].lines.map { line in line.words.compactMap { word in faceRatio(word).map { (word.yMax - word.yMin) / $0 } }.max() }
            // Other faces (a Latin one, 1.16 em where the CJK type's em box is declared) measured
            // against the CJK type of the lines they stand on: the median of their words' ratios.
            var againstType: [String: [Double]] = [:]
            for (line, em) in zip(pages[p].lines, ems) {
                guard let em else { continue }
                for word in line.words where faceRatio(word) == nil { againstType[word.face ?? "", default: []].append((word.yMax - word.yMin) / em) }
            }
            let ratios = Set(declared.values.map { scaling($0.ratio) } + againstType.values.map { $0.sorted()[$0.count / 2] } + [1]).sorted()
            var em = ems.lazy.compactMap { $0 }.first
            for l in pages[p].lines.indices {
                em = ems[l] ?? em
                for (w, word) in pages[p].lines[l].words.enumerated() {
                    let height = word.yMax - word.yMin
                    guard let ratio = faceRatio(word) ?? em.flatMap({ em in ratios.min { abs(height / $0 - em) < abs(height / $1 - em) } }),
                          ratio > 1 else { continue }
                    let middle = (word.yMin + word.yMax) / 2
                    pages[p].lines[l].words[w].yMin = middle - height / ratio / 2
                    pages[p].lines[l].words[w].yMax = middle + height / ratio / 2
                }
            }
        }
    }

    /// Per face, the most common height over mean advance (to the hundredth) among `words` in
    /// CJK type of two characters or more: the height in ems the face's boxes are declared, and
    /// how many words gave it.
    static func declaredHeights(of words: [Word]) -> [String: (ratio: Double, words: Int)] {
        var ratios: [String: [Int: Int]] = [:]
        for word in words where word.isCJK && word.xMax > word.xMin {
            let n = word.text.unicodeScalars.count
            guard n >= 2 else { continue }
            let advance: Double = (word.xMax - word.xMin) / Double(n)
            let ratio: Double = (word.yMax - word.yMin) / advance
            ratios[word.face ?? "", default: [:]][Int((ratio * 100).rounded()), default: 0] += 1
        }
        return ratios.compactMapValues { counts in counts.mostCommonKey.map { (Double($0) / 100, counts[$0]!) } }
    }
}
