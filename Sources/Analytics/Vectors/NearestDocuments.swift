/// The documents most like a query: rows of a TF-IDF matrix ranked by cosine with one query
/// row (``CosineSimilarity/sparse(_:_:)``), most similar first, ties by row so the ranking is
/// deterministic. O(nonzeros) through the sparse product; nothing is densified.
public enum NearestDocuments {
    public struct Match: Sendable, Equatable {
        public let row: Int
        public let cosine: Float
    }

    /// The `top` rows of `documents` nearest the first row of `query`, leaving out `excluding`
    /// (the query's own row when it is one of the documents).
    public static func rank(_ query: SparseMatrix, among documents: SparseMatrix, excluding: Int? = nil, top: Int) throws -> [Match] {
        let cosines = try CosineSimilarity.sparse(query, documents)
        guard cosines.rows > 0 else { return [] }
        let ranked = (0..<documents.rows).filter { $0 != excluding }.sorted { a, b in
            cosines[0, a] != cosines[0, b] ? cosines[0, a] > cosines[0, b] : a < b
        }
        return ranked.prefix(top).map { Match(row: $0, cosine: cosines[0, $0]) }
    }
}
