import Analytics

/// Wraps text to a display width for a terminal: CJK text breaks between any two
/// characters, Latin words and numbers stay whole, closing punctuation (`，。）”`…) never
/// starts a line — the character before it moves down with it, as Chinese typesetting does —
/// and opening brackets never end one, so no line is wider than `width` (unless one word alone is).
public enum TextWrap {
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let available = max(10, width - DisplayWidth.of(indent))
        var lines: [String] = []
        var line: [String] = []
        var lineWidth = 0
        for unit in units(of: text) {
            let w = DisplayWidth.of(unit)
            if lineWidth + w > available && lineWidth > 0 {
                let starts = { (unit: String?) in unit?.unicodeScalars.first.map { noLineStart.contains($0) } ?? false }
                let ends = { (unit: String?) in unit?.unicodeScalars.first.map { noLineEnd.contains($0) } ?? false }
                // Punctuation may not start the next line: the characters before it come down with it.
                var carried: [String] = []
                if starts(unit) {
                    repeat { carried.insert(line.removeLast(), at: 0) } while line.count > 1 && starts(carried.first)
                }
                while line.count > 1 && ends(line.last) { carried.insert(line.removeLast(), at: 0) }
                lines.append(line.joined())
                line = carried
                lineWidth = carried.reduce(0) { $0 + DisplayWidth.of($1) }
                if unit == " " && line.isEmpty { continue }
            }
            line.append(unit)
            lineWidth += w
        }
        if !line.isEmpty { lines.append(line.joined()) }
        return lines.map { indent + String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    static let noLineStart = Set("，。、；：！？）」』”’》〉】…,.;:!?)".unicodeScalars)
    static let noLineEnd = Set("（「『“‘《〈【(".unicodeScalars)

    /// Runs of Latin letters and digits, or single other characters.
    static func units(of text: String) -> [String] {
        var units: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            let cls = CharacterClass(scalar.value)
            if cls == .letter || cls == .digit || (scalar == "." && !word.isEmpty) {
                word.unicodeScalars.append(scalar)
            } else {
                if !word.isEmpty { units.append(word); word = "" }
                units.append(String(scalar))
            }
        }
        if !word.isEmpty { units.append(word) }
        return units
    }
}
