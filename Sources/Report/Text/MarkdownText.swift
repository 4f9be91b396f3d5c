/// Text from the input placed in Markdown: a line break becomes a space, and the characters
/// Markdown could read as syntax are escaped with a backslash (CommonMark lets any ASCII
/// punctuation be escaped so): backslash, backquote, `* _ [ ] < > | ~` anywhere, `# - + =` first — so a
/// title, a label or an id can never open a heading, a list, a table column, a link, emphasis
/// or raw HTML. Chinese text, which holds none of these, is unchanged.
public enum MarkdownText {
    static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]
    static let leading: Set<Character> = ["#", "-", "+", "="]

    /// `text` safe to place anywhere in a Markdown line.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                out.append(" ")
            } else if inline.contains(character) || (out.isEmpty && leading.contains(character)) {
                out += "\\\(character)"
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// A template context with every string in it escaped, except the values under `keys`,
    /// which are Markdown already (tables rendered beforehand).
    static func escapingStrings(in context: [String: Any], except keys: Set<String>) -> [String: Any] {
        func escape(_ value: Any) -> Any {
            switch value {
            case let string as String: return escaped(string)
            case let strings as [String]: return strings.map(escaped)
            case let dictionary as [String: Any]: return dictionary.mapValues(escape)
            case let array as [[String: Any]]: return array.map { $0.mapValues(escape) }
            case let array as [Any]: return array.map(escape)
            default: return value
            }
        }
        return context.reduce(into: [:]) { result, entry in result[entry.key] = keys.contains(entry.key) ? entry.value : escape(entry.value) }
    }
}
