/// The topics of a set of articles, with what decided them.
public struct Topics: Sendable {
    /// How many topics, not counting the "other" group.
    public let k: Int
    /// `Σ cos(article, its centroid)` in the clustering space.
    public let objective: Double
    /// Mean cosine silhouette (0 for one cluster).
    public let silhouette: Double
    public let clusters: [Topic]
    /// The cluster of each article, in input order.
    public let assignments: [Int]
    /// Near-duplicate groups, as indices in input order.
    public let duplicates: [[Int]]
    /// How the topics were found, with the value that decided (`average-link cosine ≥ 0.08`,
    /// `k = 5 by cosine silhouette 0.034 over k = 2…20`, `k = 8 as asked`).
    public let criterion: String
    /// What was decided on the user's behalf (k chosen, k reduced, empty articles).
    public let notes: [String]
    /// What ``TopicLabeler`` learned from these articles never labels a topic: the paper's
    /// furniture (`新华社`, `图片`) and its common words (`发展`, `记者`), each phrase with the
    /// share of articles printing it, most widespread first.
    public var furniture: [(phrase: String, share: Double)] = []
    public var commonWords: [(phrase: String, share: Double)] = []
    /// What places articles the fit never saw: present when the topics are k-means clusters
    /// of LSA vectors (more than ``TopicOptions/denseLimit`` articles, no "other" group).
    public var model: ClusterModel?
}
