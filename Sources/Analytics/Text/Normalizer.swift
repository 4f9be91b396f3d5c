import Foundation

/// Normalises newspaper text before sentences and tokens are taken from it.
///
/// What it does, in order:
/// 1. **Width folding (NFKC)**: full-width digits, Latin letters and the ideographic space
///    become their ASCII forms (`１２月` → `12月`), and every other compatibility character
///    is NFKC-normalised — **except Chinese punctuation, which stays as printed**
///    (`，。“”（）：；！？…` and the rest of U+FF01–U+FF5E's punctuation). Those marks carry
///    clause and sentence structure an editor reads, and the sentence splitter and tokenizer
///    treat both widths alike, so folding them would only make the digest look foreign.
///    The midline ellipsis `⋯` (U+22EF), which pdftotext gives for the ellipsis of many Chinese
///    fonts, becomes the ellipsis `…` it was printed as; the katakana middle dot `・` (U+30FB,
///    and its half-width form), which some CJK fonts map the dot of a foreign name to, becomes
///    the interpunct `·` (U+00B7) Chinese prints there (`阿不来提·阿不都热西提`). The two- and
///    three-em dashes `⸺` `⸻` (U+2E3A, U+2E3B), which LuaTeX gives for the dash of a subtitle
///    or an aside, become the two or three em dashes `——` `———` other writers give for it.
/// 2. **Lines**: with ``LineBreaks/paragraphs`` each line is a paragraph (JSON records,
///    clean article files). With ``LineBreaks/wrapped`` (text extracted from a PDF page) a line
///    break or blank line that does not follow sentence-final punctuation is a column or
///    line wrap and is joined away; one that follows `。！？…` or a closing quote after them ends
///    the paragraph.
/// 3. **Spaces**: runs of white space become one space; a space next to a CJK punctuation
///    mark, or between a Han character and a digit or Latin letter, is dropped
///    (`8 月 26 日` → `8月26日`). A space between two Han characters is kept: in print it
///    separates names (`邵秀清 徐凌峰`) or headline phrases, and tokens never cross it.
///    Zero-width characters and soft hyphens are removed; other control characters become spaces.
///
/// Deterministic and idempotent: `normalize(normalize(x)) == normalize(x)`.
public struct Normalizer: Sendable, Equatable {
    /// How line breaks in the input are read.
    public enum LineBreaks: String, Sendable, CaseIterable {
        /// Every line is a paragraph.
        case paragraphs
        /// Lines are wrapped at a column width; only breaks after a finished sentence end a paragraph.
        case wrapped
    }

    public var lineBreaks: LineBreaks

    public init(lineBreaks: LineBreaks = .paragraphs) {
        self.lineBreaks = lineBreaks
    }

    /// The normalised text: paragraphs separated by a single `\n`, no leading or trailing space.
    public func normalize(_ text: String) -> String {
        paragraphs(text).joined(separator: "\n")
    }

    /// The normalised paragraphs, none of them empty.
    public func paragraphs(_ text: String) -> [String] {
        let folded = Normalizer.foldWidth(text)
        var paragraphs: [String] = []
        var cleaner = SpaceCleaner()
        switch lineBreaks {
        case .paragraphs:
            // One pass, no line held apart: every document read goes through here.
            var afterCR = false
            for scalar in folded.unicodeScalars {
                if scalar == "\n" && afterCR {
                    afterCR = false
                    continue
                }
                afterCR = scalar == "\r"
                if scalar == "\n" || scalar == "\r" {
                    if let line = cleaner.take() { paragraphs.append(line) }
                } else {
                    cleaner.add(scalar)
                }
            }
        case .wrapped:
            var current: [Unicode.Scalar] = []
            for scalars in Normalizer.lines(of: folded) where !Normalizer.isBlank(scalars) {
                Normalizer.joinWrapped(&current, scalars)
                if Normalizer.endsSentence(current) {
                    current.forEach { cleaner.add($0) }
                    if let paragraph = cleaner.take() { paragraphs.append(paragraph) }
                    current.removeAll(keepingCapacity: true)
                }
            }
            current.forEach { cleaner.add($0) }
        }
        if let last = cleaner.take() { paragraphs.append(last) }
        return paragraphs
    }

    /// One paragraph from lines that were wrapped at a column width: joined without spaces
    /// between CJK characters, then folded and cleaned as ``normalize(_:)`` does.
    public func paragraph(joining lines: [String]) -> String {
        var joined: [Unicode.Scalar] = []
        for line in lines { Normalizer.joinWrapped(&joined, Array(Normalizer.foldWidth(line).unicodeScalars)) }
        return Normalizer.cleanSpaces(joined)
    }

    // MARK: - Stages

    /// The lines of `text` as scalars; `\n`, `\r\n` and `\r` each end a line.
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCR { afterCR = false; continue }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(scalar)
            }
        }
        lines.append(current)
        return lines
    }

    static func isBlank(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.allSatisfy { CharacterClass($0.value) == .space }
    }

    /// Joins a wrapped line to the text before it: nothing between CJK characters, one space
    /// between words of other scripts; nothing inside a number broken at the line's end in CJK
    /// text (`比19` / `96年增长` is `比1996年增长`: such columns break anywhere, Latin text between words).
    static func joinWrapped(_ current: inout [Unicode.Scalar], _ line: [Unicode.Scalar]) {
        let isSpace = { (s: Unicode.Scalar) in CharacterClass(s.value) == .space }
        while let last = current.last, isSpace(last) { current.removeLast() }
        let start = line.firstIndex(where: { !isSpace($0) }) ?? line.endIndex
        if let last = current.last, start < line.endIndex {
            let first = line[start]
            let cjk = { (s: Unicode.Scalar) in CharacterClass.isHan(s.value) || CharacterClass.isCJKPunctuation(s.value) }
            let isDigit = { (s: Unicode.Scalar) in CharacterClass(s.value) == .digit }
            let numberInCJK = isDigit(last) && isDigit(first)
                && (current.last(where: { !isDigit($0) }).map(cjk) ?? false || line[start...].first(where: { !isDigit($0) }).map(cjk) ?? false)
            if !cjk(last) && !cjk(first) && !numberInCJK { current.append(" ") }
        }
        current.append(contentsOf: line[start...])
    }

    /// Whether the text, ignoring trailing spaces and closing quotes or brackets, ends with
    /// sentence-final punctuation.
    static func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
        for scalar in scalars.reversed() {
            if CharacterClass(scalar.value) == .space || SentenceSplitter.isClosing(scalar) { continue }
            return SentenceSplitter.isTerminator(scalar)
        }
        return false
    }

    /// NFKC, with Chinese punctuation protected (see the type's documentation).
    public static func foldWidth(_ text: String) -> String {
        // Most text needs nothing: say so without building a copy.
        let unchanged = text.unicodeScalars.allSatisfy { isKeptAsIs($0.value) }
        if unchanged { return text }
        var needsNFKC = false
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                out.append(UInt8(v - 0xFEE0))
            case 0x3000, 0x00A0:
                out.append(0x20)
            case midlineEllipsis:
                out.append(contentsOf: "\u{2026}".utf8)
            case katakanaMiddleDot:
                out.append(contentsOf: "\u{00B7}".utf8)
            case twoEmDash, threeEmDash:
                out.append(contentsOf: emDashes(for: v).utf8)
            case _ where isKeptAsIs(v):
                UTF8.encode(scalar) { out.append($0) }
            default:
                needsNFKC = true
            }
            if needsNFKC { break }
        }
        if !needsNFKC { return String(decoding: out, as: UTF8.self) }
        return slowFold(text)
    }

    /// Scalars that width folding leaves as they are: ASCII, Han, CJK punctuation, the
    /// protected full-width punctuation, and symbols NFKC maps to themselves that newspapers
    /// print (Latin-1 letters and signs, zero-width joiners and spaces, dashes and bullets, `‰`,
    /// `′`, arrows, `∶`, box drawing, shapes, dingbats, the private use area where
    /// older Chinese encodings put their extra glyphs, U+FFFD). None of them composes with a
    /// neighbour, so a text made only of these needs no NFKC pass (a test checks each against
    /// Foundation's NFKC).
    static func isKeptAsIs(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x80, 0x3001...0x3035, 0x4E00...0x9FFF: return true
        case 0xA8, 0xAA, 0xAF, 0xB2...0xB5, 0xB8...0xBA, 0xBC...0xBE, 0x2011, 0x2017: return false
        case 0xA1...0xFF, 0x200B...0x200D, 0x2010...0x2023, 0x2030, 0x2032, 0x2190...0x21FF, 0x2236, 0x2500...0x27BF,
             0xE000...0xF8FF, 0xFFFD: return true
        default: return isProtectedPunctuation(v)
        }
    }

    /// Full-width punctuation that NFKC would turn into ASCII and we keep.
    static func isProtectedPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E, 0x2026: return true
        default: return false
        }
    }

    /// `⋯`, read as `…`.
    static let midlineEllipsis: UInt32 = 0x22EF
    /// `・`, read as `·`; NFKC brings its half-width form `･` to it.
    static let katakanaMiddleDot: UInt32 = 0x30FB

    /// `⸺` and `⸻`, read as two and three em dashes.
    static let twoEmDash: UInt32 = 0x2E3A, threeEmDash: UInt32 = 0x2E3B
    static func emDashes(for v: UInt32) -> String { v == twoEmDash ? "\u{2014}\u{2014}" : "\u{2014}\u{2014}\u{2014}" }

    /// Plane-15 private use scalars are NFKC-stable, so protected marks ride through NFKC there.
    private static let protectionOffset: UInt32 = 0xF0000

    private static func slowFold(_ text: String) -> String {
        var shielded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == midlineEllipsis {
                shielded.append(Unicode.Scalar(protectionOffset + 0x2026)!)
            } else if isProtectedPunctuation(scalar.value) {
                shielded.append(Unicode.Scalar(protectionOffset + scalar.value)!)
            } else {
                shielded.append(scalar)
            }
        }
        let folded = String(shielded).precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            if v >= protectionOffset, isProtectedPunctuation(v - protectionOffset) {
                out.append(Unicode.Scalar(v - protectionOffset)!)
            } else if v == katakanaMiddleDot {
                out.append("\u{00B7}")
            } else if v == twoEmDash || v == threeEmDash {
                out.append(contentsOf: emDashes(for: v).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Collapses and drops spaces as documented, and trims.
    static func cleanSpaces(_ scalars: [Unicode.Scalar]) -> String {
        var cleaner = SpaceCleaner()
        scalars.forEach { cleaner.add($0) }
        return cleaner.take() ?? ""
    }

    /// Cleans spaces scalar by scalar as they come (see ``cleanSpaces(_:)``), building UTF-8
    /// bytes and making a String once: appending scalar by scalar to a String was a tenth of
    /// reading a corpus.
    struct SpaceCleaner {
        private var out: [UInt8] = []
        private var pendingSpace = false
        private var previous: Unicode.Scalar? = nil

        mutating func add(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            // Han characters are most of the text and none is a space, control or zero-width.
            if !CharacterClass.isHan(v) {
                if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF || v == 0x00AD { return }
                if CharacterClass(v) == .space || ControlCharacters.isControl(scalar) {
                    pendingSpace = previous != nil
                    return
                }
            }
            if pendingSpace, let before = previous, Normalizer.keepsSpace(between: before, and: scalar) {
                out.append(0x20)
            }
            pendingSpace = false
            UTF8.encode(scalar) { out.append($0) }
            previous = scalar
        }

        /// The cleaned text so far, nil when empty; starts afresh.
        mutating func take() -> String? {
            defer {
                out.removeAll(keepingCapacity: true)
                pendingSpace = false
                previous = nil
            }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
        }
    }

    /// A space survives between two Han characters or between two non-CJK characters.
    static func keepsSpace(between a: Unicode.Scalar, and b: Unicode.Scalar) -> Bool {
        let aHan = CharacterClass.isHan(a.value), bHan = CharacterClass.isHan(b.value)
        if CharacterClass.isCJKPunctuation(a.value) || CharacterClass.isCJKPunctuation(b.value) { return false }
        return aHan == bHan
    }
}
