/// What an ingest did to the archive's trend index.
public enum TrendIndexUpdate: Sendable, Equatable {
    /// Nothing to do: no issue was added or replaced.
    case unchanged
    /// No index: the archive holds no more articles a trend counts than the topic sample (a
    /// trend reads their texts in seconds), or none with a countable term.
    case none(articles: Int)
    /// Fitted afresh on all the articles a trend counts.
    case fitted(articles: Int)
    /// Entries for the articles inserted, from the stored fit.
    case extended(articles: Int, fittedOn: Int)
}
