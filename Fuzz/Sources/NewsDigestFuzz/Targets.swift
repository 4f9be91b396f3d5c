import Analytics

/// One fuzz target: what it feeds the bytes to. A target returns normally on any input; an
/// input that crashes it, or breaks the property it checks, is a bug.
enum Target: String, CaseIterable {
    /// JSON Lines records, strict and with `--skip-bad-records`.
    case jsonl
    /// Extracted page text: nothing a page holds may be lost, so every Han character of the
    /// page must come out in some field of some piece or among the unassigned lines.
    case page
    /// Bytes as a text file: encoding detection, UTF-16 and GB18030 decoding (PDF input aside).
    case decoder
    /// The tokenizer (CJK bigrams, Latin words and numbers): every token reads back as itself.
    case tokenizer
    /// Issue dates: `YYYY-MM-DD` and dates in file names.
    case date

    func run(_ bytes: [UInt8]) {
        switch self {
        case .jsonl:
            for skip in [false, true] {
                var result = ReadResult()
                _ = try? CorpusReader(format: .jsonl, skipBadRecords: skip).read(bytes: bytes, name: "fuzz.jsonl", into: &result)
            }
        case .page:
            let text = String(decoding: bytes, as: UTF8.self)
            let page = PageReader().read(text, id: "fuzz")
            let kept = page.articles.map { [$0.title, $0.kicker, $0.subtitle, $0.lead, $0.byline, $0.editorsNote].compactMap { $0 }.joined() + $0.body }
                .joined() + page.unassigned.map(\.text).joined()
            // Compared after normalisation, which maps compatibility ideographs and radicals
            // (U+F901, U+2F1F) to the Han characters they stand for; a report's byline repeats
            // names its lead holds, so the output may hold more, never fewer.
            var have: [UInt32: Int] = [:]
            for scalar in Self.han(in: kept) { have[scalar, default: 0] += 1 }
            for scalar in Self.han(in: Normalizer().normalize(text)) {
                guard let count = have[scalar], count > 0 else { fatalError("a Han character of the page was lost: U+\(String(scalar, radix: 16))") }
                have[scalar] = count - 1
            }
        case .decoder:
            // A PDF goes to poppler in a child process (ten a second at best), which is no
            // decoding; the reader's own handling of a failing pdftotext has tests.
            guard !bytes.starts(with: Array("%PDF-".utf8)) else { return }
            for encoding in [nil, "gb18030"] {
                var result = ReadResult()
                _ = try? CorpusReader(format: .article, encoding: encoding).read(bytes: bytes, name: "fuzz.txt", into: &result)
            }
        case .tokenizer:
            // A fitted vocabulary's terms are tokens, found again by tokenising them.
            let tokenizer = Tokenizer()
            for token in tokenizer.tokens(String(decoding: bytes, as: UTF8.self)) where tokenizer.tokens(token) != [token] {
                fatalError("the token \(token.unicodeScalars.map { "U+" + String($0.value, radix: 16) }) does not read back as itself")
            }
        case .date:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = IssueDate.parse(text)
            _ = IssueDate.fromFileName(text)
        }
    }

    static func han(in text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { CharacterClass.isHan($0) }
    }
}
