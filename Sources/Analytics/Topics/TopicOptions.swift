/// Options of ``TopicModel``.
public struct TopicOptions: Sendable, Equatable {
    public var k: Int?
    public var minK: Int
    public var maxK: Int
    public var seed: UInt64
    public var dimensions: Int
    public var restarts: Int
    public var collapseDuplicates: Bool
    public var duplicates: NearDuplicates
    public var denseLimit: Int
    /// Without `k`, sets of up to this many articles are grouped by average linkage.
    public var linkageLimit = 500
    /// The average TF-IDF cosine at which two groups of articles are one topic.
    public var linkageThreshold: Float = 0.08
    /// Above this many articles the topics are fitted on the `sampleSize` first in content
    /// order (a sample no arrival order can change) and every other article joins the topic
    /// of its nearest centroid (``ClusterModel``); nil fits on all.
    public var sampleSize: Int? = 20_000
    /// Whether ``Topics`` lists the furniture and common words learned (``TopicLabeler/listsLearned``).
    public var listsLearned = false

    public init(k: Int? = nil, minK: Int = 2, maxK: Int = 20, seed: UInt64 = 0, dimensions: Int = 100, restarts: Int = 5,
                collapseDuplicates: Bool = false, duplicates: NearDuplicates = NearDuplicates(), denseLimit: Int = 60) {
        self.k = k
        self.minK = minK
        self.maxK = maxK
        self.seed = seed
        self.dimensions = dimensions
        self.restarts = restarts
        self.collapseDuplicates = collapseDuplicates
        self.duplicates = duplicates
        self.denseLimit = denseLimit
    }
}
