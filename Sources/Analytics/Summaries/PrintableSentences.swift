/// The sentences of an article an editor can print in a summary.
///
/// A printable sentence ends in `。！？!?` or an ellipsis, with any closing quote or bracket
/// after it; a clause that ends in `；` joins the sentence it begins within its paragraph, so a
/// summary never stops mid-thought (a clause that ends a paragraph is not printable). Text that
/// ends the article without such a mark counts only when it has clauses parted by `，` (web
/// posts end so; bylines and notes do not). Lines that are not sentences — bylines (`本报记者朱剑红`), subtitles, picture notes
/// (`（附图片1张）`), date lines, author lists — carry no such mark and are never printable. A
/// dateline lead that opens a sentence (`本报北京一月十日讯`, `新华社北京1月10日电`), with the
/// reporters' credit after it (`（记者 刘威）`, `新华社记者贾永、蔡晖，本报记者马利报道：`), is left out of it: it says who reported, not what happened. A sentence needs at least
/// `minimumLength` letters and digits. Deterministic; text is never rewritten otherwise.
public struct PrintableSentences: Sendable {
    public var minimumLength = 8

    public init() {}

    public func of(_ article: Article) -> [String] {
        var printable: [String] = []
        let splitter = SentenceSplitter()
        for (p, paragraph) in article.paragraphs.enumerated() {
            // Clauses join within their paragraph only, so a summary is always a run of the body.
            var pending = ""
            let sentences = splitter.sentences(paragraph)
            for (k, sentence) in sentences.enumerated() {
                pending += sentence
                guard let last = pending.unicodeScalars.reversed().first(where: { !SentenceSplitter.isClosing($0) }) else { continue }
                let endsParagraph = k == sentences.count - 1
                if (last == "；" || last == ";") && !endsParagraph { continue }
                defer { pending = "" }
                // Text that ends the article unpunctuated, as web posts do, is a sentence when it is
                // built like one (its clauses parted by commas); a closing byline or note is not.
                let endsArticle = endsParagraph && p == article.paragraphs.count - 1 && pending.contains("，")
                guard Self.endsSentence(last) || endsArticle else { continue }
                var text = pending
                if let lead = PageLine.datelineLead(in: text), let mark = text[lead].last, mark == "讯" || mark == "电" {
                    text = String(text[lead.upperBound...]).trimmingSpaces()
                    // The reporters' credit that follows a lead: `（记者 刘威 李钱乾）`.
                    if let credit = text.prefixMatch(of: Self.reportersCredit) {
                        text = String(text[credit.range.upperBound...]).trimmingSpaces()
                    }
                }
                if Summarizer.contentLength(text) >= minimumLength { printable.append(text) }
            }
        }
        return printable
    }

    /// Built once: a regex literal is parsed again each time it is evaluated.
    nonisolated(unsafe) static let reportersCredit = /[（(][^）)]{0,30}?记者[^）)]{0,30}[）)]|[^。，；]{0,12}记者[^。；]{0,40}?报道[：:]/

    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        "。！？!?…".unicodeScalars.contains(scalar)
    }
}
