extension TopicModel {
    /// Topics of more than `options.sampleSize` articles: the topic model is fitted on the
    /// `sampleSize` articles first in content order (``canonicalOrder(_:)``: by the stable hash
    /// of their text, so the sample is the same whatever order the articles arrive in, and a
    /// Spark job picks the same one), and every other article joins the topic of its nearest
    /// centroid (``ClusterModel/assign(_:)``). Labels, criterion, objective and silhouette are
    /// the sample's; near-duplicates are found among all articles.
    ///
    /// Cost: the fit's on `sampleSize` articles, then linear in the rest, whose weights are
    /// made a block at a time and never held together.
    static func fitSampled(_ documents: [TopicDocument], order: [Int], options: TopicOptions) throws -> Topics {
        let size = options.sampleSize ?? documents.count
        let sample = Array(order.prefix(size)), rest = Array(order.dropFirst(size))
        let fitted = try fit(documents: sample.map { documents[$0] }, options: options)
        let placed = fitted.model.map { model in
            stride(from: 0, to: rest.count, by: placementBlock).flatMap { first in
                model.assign(rest[first..<min(first + placementBlock, rest.count)].map { documents[$0].text })
            }
        }
        let duplicates = fitted.model.map { model in
            options.duplicates.groups(texts: order.map { documents[$0].text }, cosines: { pairs, rows in
                // Only the rows of candidate pairs are weighted, all in one call.
                let weights = model.vectorizer.transform(rows.map { documents[order[$0]].text })
                let position = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
                return pairs.map { weights.cosine(position[$0.0]!, position[$0.1]!) }
            })
        } ?? []
        return sampled(fitted, count: documents.count, sample: sample, rest: rest, placed: placed,
                       duplicates: duplicates.map { $0.map { order[$0] }.sorted() }.sorted { $0[0] < $1[0] })
    }

    /// The topics of all `count` articles from those `fitted` on the `sample`: each of the
    /// `rest` in the topic it was `placed` in (topic 0 when the fit gave no model to place with).
    static func sampled(_ fitted: Topics, count: Int, sample: [Int], rest: [Int], placed: [Int]?, duplicates: [[Int]]) -> Topics {
        var assignments = [Int](repeating: 0, count: count)
        for (j, i) in sample.enumerated() { assignments[i] = fitted.assignments[j] }
        for (i, topic) in zip(rest, placed ?? []) { assignments[i] = topic }
        let members = Dictionary(grouping: assignments.indices, by: { assignments[$0] })
        let clusters = fitted.clusters.map { topic in
            Topic(id: topic.id, label: topic.label, keyphrases: topic.keyphrases, members: members[topic.id] ?? [], isOther: topic.isOther)
        }
        let how = placed == nil ? "the rest joined topic 0 (the sample gave no model to place them with)"
                                : "the other \(rest.count) joined the topic of their nearest centroid"
        var topics = Topics(k: fitted.k, objective: fitted.objective, silhouette: fitted.silhouette, clusters: clusters,
                            assignments: assignments, duplicates: duplicates, criterion: fitted.criterion,
                            notes: fitted.notes + ["fitted on \(sample.count) of \(count) articles (the first in content order); \(how)"])
        topics.furniture = fitted.furniture
        topics.commonWords = fitted.commonWords
        topics.model = fitted.model
        return topics
    }

    /// Articles placed by nearest centroid are weighted this many at a time.
    static let placementBlock = 16_384
}
