import Analytics

/// Wraps text to a display width for a terminal: CJK text breaks between any two
/// characters, Latin words and numbers stay whole, and closing punctuation (`，。）”`…) never
/// starts a line — it hangs at the end of the line before, as Chinese typesetting does.
public enum TextWrap {
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let available = max(10, width - DisplayWidth.of(indent))
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for unit in units(of: text) {
            let w = DisplayWidth.of(unit)
            let hangs = unit.unicodeScalars.first.map { noLineStart.contains($0) } ?? false
            if lineWidth + w > available && lineWidth > 0 && !hangs {
                lines.append(line)
                line = ""
                lineWidth = 0
                if unit == " " { continue }
            }
            line += unit
            lineWidth += w
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    static let noLineStart = Set("，。、；：！？）」』”’》〉】…,.;:!?)".unicodeScalars)

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
