/// Control characters in the fields a report prints as they are (ids, issues, dates, labels,
/// file names): a terminal would obey them (`ESC[2J` clears the screen), so each becomes
/// U+FFFD, visible and harmless. Headlines and bodies go through ``Normalizer`` instead.
public enum ControlCharacters {
    /// `text` with every C0 and C1 control character (U+0000–U+001F, U+007F–U+009F) replaced
    /// by U+FFFD; unchanged, and not copied, when it has none.
    public static func replaced(in text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
