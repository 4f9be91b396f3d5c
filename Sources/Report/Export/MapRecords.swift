import Analytics

/// The records of `newsdigest map`: one line of JSON an article, in input order, with the
/// article's `id`, `issue` (left out when the input names none) and what the command computed.
/// Keys are sorted, so the same article always gives the same bytes on every machine.
///
/// - counts: `{"id", "issue", "key", "terms": {token: count}}`, or with hashed columns
///   `{"id", "issue", "key", "hashBits", "columns": {"column": count}}` (columns 0-based, as
///   decimal strings); `key` orders articles as `cluster` does (the first of them are its sample).
/// - topics: `{"id", "issue", "topic"}` under a saved ``ClusterModel``.
/// - summaries: ``SummaryList``'s entry with the issue added.
/// - keyphrase candidates: `{"id", "issue", "candidates": {ngram: count}}`.
public enum MapRecords {
    public static func termCounts(_ article: Article, terms: [String: Int]) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let key: String; let terms: [String: Int] }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, key: contentKey(article), terms: terms))
    }

    public static func hashedCounts(_ article: Article, hashBits: Int, columns: [Int: Int]) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let key: String; let hashBits: Int; let columns: [String: Int] }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, key: contentKey(article), hashBits: hashBits,
                                      columns: Dictionary(uniqueKeysWithValues: columns.map { (String($0.key), $0.value) })))
    }

    /// The article's place in `cluster`'s content order (``TopicModel/canonicalOrder(_:)``): the
    /// stable hash of its text as 16 hex digits, so sorting the strings sorts the hashes.
    static func contentKey(_ article: Article) -> String {
        let hex = String(StableHash.hash(article.analysisText), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func topic(_ article: Article, _ topic: Int) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let topic: Int }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, topic: topic))
    }

    public static func summary(_ article: Article, _ summary: Summarizer.Summary) -> String {
        JSONOutput.line(SummaryEntry(article, summary, withIssue: true))
    }

    public static func candidates(_ article: Article, counts: [String: Int]) -> String {
        struct Record: Encodable { let id: String; let issue: String?; let candidates: [String: Int] }
        return JSONOutput.line(Record(id: article.id, issue: article.issue, candidates: counts))
    }
}
