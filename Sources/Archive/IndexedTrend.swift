import Analytics

/// The archive's articles as a trend over all of them reads them
/// (``TrendAnalysis/analyse(_:entries:index:addedSinceFit:documents:options:)``).
public struct IndexedTrend: Sendable {
    public let index: TrendIndex
    public let articles: [TrendArticle]
    /// One an article; an article a trend does not count (no date), has an empty one.
    public let entries: [TrendIndex.Entry]
    /// Articles given entries by the index's fit since it was made (ingests after it).
    public let addedSinceFit: Int
    let keys: [ArticleKey]
    let archive: NewsArchive

    /// The topic documents of `articles` at `indices`, in that order; an error when one of
    /// them changed after its entry was read (an ingest in between).
    public func documents(_ indices: [Int]) throws -> [TopicDocument] {
        let documents = try archive.documents(indices.map { keys[$0] })
        for (i, document) in zip(indices, documents) where StableHash.hash(document.text) != entries[i].textHash {
            throw ArchiveError.unusable(path: archive.path, reason: "article \(keys[i].id) of issue \(keys[i].issue) changed while it was read; run the command again")
        }
        return documents
    }
}

/// An article's place in the archive: its issue and id.
struct ArticleKey: Sendable, Equatable {
    let issue: String
    let id: String
}
