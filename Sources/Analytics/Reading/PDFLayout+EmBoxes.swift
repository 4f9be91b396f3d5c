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
    /// among words in CJK type of two characters or more. A face with no such word (a Latin one)
    /// is measured against the CJK type of the lines it stands on (the median of its words'
    /// heights over that type's em), or failing that taken as the main face (the one most
    /// characters are set in). Where two words or more of a face show it declared more than 10% over
    /// one em, each word of a face declared so gets a box `h / ratio` tall about the same middle
    /// (a ratio under one is type spaced out, not a short box). Pages with no such face are left
    /// as they are: one word of a Latin face taken for CJK (1.28) does not make one. Deterministic.
    mutating func scaleBoxesToTheEm() {
        for p in pages.indices {
            let words = pages[p].lines.flatMap(\.words)
            var declared = Self.declaredHeights(of: words), characters: [String: Int] = [:]
            guard declared.values.contains(where: { $0.ratio > 1.1 && $0.words >= 2 }) else { continue }
            for word in words { characters[word.face ?? "", default: 0] += word.text.unicodeScalars.count }
            let main = characters.mostCommonKey.flatMap { declared[$0]?.ratio } ?? 1
            var againstType: [String: [Double]] = [:]
            for line in pages[p].lines {
                let em = line.words.compactMap { word in
                    word.isCJK ? declared[word.face ?? ""].map { (word.yMax - word.yMin) / $0.ratio } : nil
                }.max()
                for word in line.words where declared[word.face ?? ""] == nil {
                    if let em { againstType[word.face ?? "", default: []].append((word.yMax - word.yMin) / em) }
                }
            }
            for (face, ratios) in againstType { declared[face] = (ratios.sorted()[ratios.count / 2], ratios.count) }
            for l in pages[p].lines.indices {
                for w in pages[p].lines[l].words.indices {
                    let word = pages[p].lines[l].words[w]
                    let ratio = declared[word.face ?? ""]?.ratio ?? main
                    guard ratio > 1.1 else { continue }
                    let middle = (word.yMin + word.yMax) / 2, half = (word.yMax - word.yMin) / ratio / 2
                    pages[p].lines[l].words[w].yMin = middle - half
                    pages[p].lines[l].words[w].yMax = middle + half
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
