import Analytics

/// The records of `newsdigest map`: one line of JSON an article, in input order, with the
/// article's `id`, `issue` (left out when the input names none) and what the command computed.
/// Keys are sorted, so the same article always gives the same bytes on every machine.
///
/// - counts: `{"id", "issue", "terms": {token: count}}`, or with hashed columns
///   `{"id", "issue", "hashBits", "columns": {"column": count}}` (columns 0-based, as decimal strings).
/// - summaries: ``SummaryList``'s entry with the issue added.
/// - keyphrase candidates: `{"id", "issue", "candidates": {ngram: count}}`.
public enum MapRecords {
    public static func termCounts(_ article: Article, terms: [String: Int]) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let terms: [String: Int] }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, terms: terms))
    }

    public static func hashedCounts(_ article: Article, hashBits: Int, columns: [Int: Int]) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let hashBits: Int; let columns: [String: Int] }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, hashBits: hashBits,
                                      columns: Dictionary(uniqueKeysWithValues: columns.map { (String($0.key), $0.value) })))
    }

    public static func summary(_ article: Article, _ summary: Summarizer.Summary) -> String {
        JSONOutput.line(SummaryEntry(article, summary, withIssue: true))
    }

    public static func candidates(_ article: Article, counts: [String: Int]) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let candidates: [String: Int] }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, candidates: counts))
    }
}
