extension TopicModel {
    /// Topics of more than `options.sampleSize` articles: the topic model is fitted on the
    /// `sampleSize` articles first in content order (``canonicalOrder(_:)``: by the stable hash
    /// of their text, so the sample is the same whatever order the articles arrive in, and a
    /// Spark job picks the same one), and every other article joins the topic of its nearest
    /// centroid (``ClusterModel/assign(_:)``). Labels, criterion, objective and silhouette are
    /// the sample's; near-duplicates are found among all articles.
    ///
    /// Cost: the fit's on `sampleSize` articles, then linear in the rest.
    static func fitSampled(_ articles: [Article], texts: [String], order: [Int], options: TopicOptions) throws -> Topics {
        let size = options.sampleSize ?? articles.count
        let sample = Array(order.prefix(size)), rest = Array(order.dropFirst(size))
        let fitted = try fit(sample.map { articles[$0] }, options: options)
        var assignments = [Int](repeating: 0, count: articles.count)
        for (j, i) in sample.enumerated() { assignments[i] = fitted.assignments[j] }
        // Every article's weights, once: the rest are placed from them, duplicates confirmed with them.
        let sorted = order.map { texts[$0] }
        let weights = fitted.model.map { $0.vectorizer.transform(sorted) }
        var placed = Array(repeating: 0, count: rest.count)
        if let model = fitted.model, let weights { placed = model.assign(weights: weights.selectingRows(Array(size..<sorted.count))) }
        for (j, i) in rest.enumerated() { assignments[i] = placed[j] }

        let members = Dictionary(grouping: assignments.indices, by: { assignments[$0] })
        let clusters = fitted.clusters.map { topic in
            Topic(id: topic.id, label: topic.label, keyphrases: topic.keyphrases, members: members[topic.id] ?? [], isOther: topic.isOther)
        }
        let duplicates = weights.map { options.duplicates.groups(tfidf: $0, texts: sorted) } ?? []
        let how = fitted.model == nil ? "the rest joined topic 0 (the sample gave no model to place them with)"
                                      : "the other \(rest.count) joined the topic of their nearest centroid"
        var topics = Topics(k: fitted.k, objective: fitted.objective, silhouette: fitted.silhouette, clusters: clusters,
                            assignments: assignments, duplicates: duplicates.map { $0.map { order[$0] }.sorted() }.sorted { $0[0] < $1[0] },
                            criterion: fitted.criterion,
                            notes: fitted.notes + ["fitted on \(size) of \(articles.count) articles (the first in content order); \(how)"])
        topics.furniture = fitted.furniture
        topics.commonWords = fitted.commonWords
        topics.model = fitted.model
        return topics
    }
}
