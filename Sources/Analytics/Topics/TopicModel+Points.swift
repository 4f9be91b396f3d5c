extension TopicModel {
    /// Topics of articles whose points in a fitted `space` are known (an archive's
    /// ``TrendIndex``), without their texts: as ``fitSampled(_:order:options:)``, the topics
    /// are fitted on the first `sample.count` articles in content `order` (whose documents
    /// `sample` holds, in that order) and every other article joins the topic of its nearest
    /// centroid — but the sample is clustered at its points in `space` instead of a space
    /// fitted on it, and near-duplicates are not looked for. When `space` is the one the
    /// sample's own fit makes and the sample's points are that fit's LSA rows, the topics are
    /// those of ``fit(documents:options:)``.
    ///
    /// The sample must hold more than ``TopicOptions/linkageLimit`` articles (grouping by
    /// linkage needs TF-IDF cosines) and `options.collapseDuplicates` be off.
    static func fit(points: [[Double]], order: [Int], sample documents: [TopicDocument], space: TopicSpace,
                    options: TopicOptions) throws -> Topics {
        precondition(documents.count > options.linkageLimit && !options.collapseDuplicates,
                     "topics from points need a sample above the linkage limit and duplicates kept apart")
        let sample = Array(order.prefix(documents.count)), rest = Array(order.dropFirst(documents.count))
        let sampleOrder = canonicalOrder(documents.map(\.text))
        let vectors = try DenseMatrix(rows: sample.count, columns: space.dimensions,
                                      storage: sampleOrder.flatMap { points[sample[$0]].map(Float.init) })
        let empty = sampleOrder.filter { points[sample[$0]].allSatisfy { $0 == 0 } }.count
        let fitted = try cluster(documents, order: sampleOrder, vectors: vectors, tfidf: nil, duplicates: [], space: space,
                                 notes: emptyNote(empty), options: options)
        let placed = fitted.model.map { model in Parallel.map(rest) { model.nearest(points[$0]) } }
        return sampled(fitted, count: points.count, sample: sample, rest: rest, placed: placed, duplicates: [])
    }
}
