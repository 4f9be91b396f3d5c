/// Tokens that are dropped before counting.
///
/// A token is dropped when it equals a stop word exactly: a two-character stop word
/// (`我们`) removes that bigram, a one-character stop word (`的`) removes the token only
/// where it stands alone as a one-character run. Longer stop words never match a bigram.
/// Entries are normalised and lower-cased as text is (`６` → `6`, `The` → `the`).
///
/// The built-in default, ``StopWords/isoChinese``, is the stopwords-iso Chinese list
/// (793 entries, MIT licence): `stopwords-iso-zh.txt` beside this file, as published, with
/// its licence, compiled into the binary so an installed copy needs no resource folder.
public struct StopWords: Sendable, Equatable {
    public let words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        let tokenizer = Tokenizer()
        self.words = Set(words.map { Normalizer().normalize($0) }.filter { !$0.isEmpty }.map {
            // Normalised and lower-cased exactly as text is, so every entry can match its token.
            let tokens = tokenizer.tokens($0)
            return tokens.count == 1 ? tokens[0] : $0
        })
    }

    /// No stop words.
    public static let none = StopWords([String]())

    /// The stopwords-iso Chinese list.
    public static let isoChinese = StopWords(parsing: String(decoding: PackageResources.stopwords_iso_zh_txt, as: UTF8.self))

    /// One word per line; blank lines and lines starting with `#` are ignored.
    public init(parsing text: String) {
        self.init(text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.hasPrefix("#") })
    }

    public func contains(_ token: String) -> Bool { words.contains(token) }
}
