import Foundation

/// Topics of a set of articles: clusters with keyphrase labels, near-duplicate groups, and
/// the figures that say how good the partition is.
///
/// 1. Articles are put in a canonical order by content (the stable hash of their text, then
///    the text), so the input order cannot change the result.
/// 2. Character-bigram TF-IDF (``TfidfVectorizer`` defaults, `minDF = 2` from 50 articles up).
/// 3. Vectors: the TF-IDF rows themselves for up to ``TopicOptions/denseLimit`` articles, else
///    ``LSA`` (`dimensions`, default 100).
/// 4. Near-duplicates (``NearDuplicates``); with `collapseDuplicates` each group is clustered as
///    its first member and the rest follow it.
/// 5. With `k`: ``SphericalKMeans``. Without, for an issue (4 to ``TopicOptions/linkageLimit``
///    articles): ``AverageLinkage`` of the TF-IDF cosines at ``TopicOptions/linkageThreshold`` —
///    sparse text has no silhouette to speak of (on 13 of 31 days of People's Daily no k reached
///    0.02), but the pieces of one story do share words; groups of two or more are topics and
///    the articles that joined none are one "other" group, listed last, rather than forced into a
///    topic. For more articles, the k in `minK…maxK` with the best cosine silhouette (on up to
///    1,000 articles), ties to the smaller k; k = 1 when no k reaches a silhouette of 0.02. Below
///    4 articles, k is the number of groups left by linking articles whose cosine ≥ 0.2.
/// 6. Labels (``TopicLabeler``). Grouped by linkage, a topic whose articles share no phrase
///    (none in 40% of them that is neither the paper's furniture nor a common word) joins
///    "other", and the rest are labelled again.
/// Clusters are numbered by size (largest first), ties by their first article in canonical order.
public enum TopicModel {
    public static func fit(_ articles: [Article], options: TopicOptions = TopicOptions()) throws -> Topics {
        try fit(documents: articles.map(TopicDocument.init), options: options)
    }

    /// The topics of articles given as ``TopicDocument``s: the same as ``fit(_:options:)`` on
    /// the articles they were made from.
    public static func fit(documents: [TopicDocument], options: TopicOptions = TopicOptions()) throws -> Topics {
        let n = documents.count
        guard n > 0 else { return Topics(k: 0, objective: 0, silhouette: 0, clusters: [], assignments: [], duplicates: [], criterion: "none", notes: ["no articles"]) }
        let texts = documents.map(\.text)
        let order = canonicalOrder(texts)
        if let size = options.sampleSize, n > size { return try fitSampled(documents, order: order, options: options) }
        let sorted = order.map { texts[$0] }
        var notes: [String] = []

        let fit: TfidfVectorizer.Fit, lsa: LSA.Fit?
        do { (fit, lsa) = try weigh(sorted, options: options) } catch VectorizerError.noTermsLeft {
            notes.append("no article has a countable term; all are in one cluster")
            return Topics(k: 1, objective: 0, silhouette: 0,
                          clusters: [Topic(id: 0, label: "—", keyphrases: [], members: Array(0..<n))],
                          assignments: Array(repeating: 0, count: n), duplicates: [], criterion: "one cluster: nothing to count", notes: notes)
        }
        let tfidf = fit.weights
        let vectors = try lsa?.documents ?? DenseMatrix(tfidf, rows: 0..<n)
        notes += emptyNote((0..<n).filter { tfidf.rowPointers[$0] == tfidf.rowPointers[$0 + 1] }.count)
        let space = try lsa.flatMap { lsa in
            try fit.fitted.vocabulary.map { try TopicSpace(vocabulary: $0, tfidf: fit.fitted.model, loadings: lsa.loadings) }
        }
        return try cluster(documents, order: order, vectors: vectors, tfidf: tfidf,
                           duplicates: options.duplicates.groups(tfidf: tfidf, texts: sorted), space: space, notes: notes, options: options)
    }

    /// What is said of `count` articles without a countable term.
    static func emptyNote(_ count: Int) -> [String] {
        count > 0 ? ["\(count) article(s) with no countable term joined the first cluster"] : []
    }

    /// The TF-IDF weights of `sorted` texts (``TfidfVectorizer`` defaults, `minDF` 5 from 2,000
    /// texts up, 2 from 50, else 1) and, above ``TopicOptions/denseLimit`` texts, their ``LSA``
    /// (`dimensions`, one power iteration, `seed`).
    static func weigh(_ sorted: [String], options: TopicOptions) throws -> (fit: TfidfVectorizer.Fit, lsa: LSA.Fit?) {
        let n = sorted.count
        let vectorizer = TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(n >= 2000 ? 5 : n >= 50 ? 2 : 1)))
        let fit = try vectorizer.fit(sorted)
        let lsa = n <= options.denseLimit ? nil : try LSA(dimensions: options.dimensions, powerIterations: 1, seed: options.seed).fit(fit.weights)
        return (fit, lsa)
    }

    /// What ``fit(documents:options:)`` does once the articles have vectors: `vectors` holds
    /// one row an article in content `order`, `duplicates` the near-duplicate groups as rows of
    /// it. Without `tfidf` (vectors read from an archive's index) there must be more than
    /// ``TopicOptions/linkageLimit`` articles: grouping by linkage needs the TF-IDF cosines.
    static func cluster(_ documents: [TopicDocument], order: [Int], vectors: DenseMatrix, tfidf: SparseMatrix?, duplicates groups: [[Int]],
                        space: TopicSpace?, notes: [String], options: TopicOptions) throws -> Topics {
        let n = order.count
        var notes = notes
        let sorted = order.map { documents[$0].text }
        var representative = Array(0..<n)
        if options.collapseDuplicates { for group in groups { for member in group { representative[member] = group[0] } } }
        let clustered = (0..<n).filter { representative[$0] == $0 }
        let clusterVectors = try DenseMatrix(rows: clustered.count, columns: vectors.columns,
                                             storage: clustered.flatMap { Array(vectors.row($0)) })

        let partition = try partition(clusterVectors, tfidf: tfidf?.selectingRows(clustered), options: options, notes: &notes)
        var groupOf = partition.assignments
        var sortedAssignment = [Int](repeating: 0, count: n)
        let spread = { for (j, i) in clustered.enumerated() { sortedAssignment[i] = groupOf[j] }
                       for i in 0..<n where representative[i] != i { sortedAssignment[i] = sortedAssignment[representative[i]] } }
        spread()

        // Number clusters by size, then by first member, "other" last.
        let isOther = { (group: Int) in group == partition.other }
        let numbered = { () -> (members: [[Int]], other: Int?) in
            let ranked = Dictionary(grouping: 0..<n, by: { sortedAssignment[$0] }).sorted { a, b in
                if isOther(a.key) != isOther(b.key) { return isOther(b.key) }
                return a.value.count != b.value.count ? a.value.count > b.value.count : a.value[0] < b.value[0]
            }
            return (ranked.map(\.value), ranked.firstIndex { isOther($0.key) })
        }
        var (membersSorted, otherIndex) = numbered()
        // Sections: the (issue, page) each article was printed in, where the input says.
        let sectionKeys = order.map { documents[$0].section }
        let sectionIDs = Dictionary(Set(sectionKeys).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let sections = sectionKeys.map { sectionIDs[$0]! }, headLines = order.map { documents[$0].headLineCount }
        let label = { TopicLabeler(listsLearned: options.listsLearned).label(texts: sorted, clusters: membersSorted, other: otherIndex,
                                                                             sections: sections, headLines: headLines) }
        var labels = label()
        // Grouped by linkage, a topic whose articles share no phrase is no topic: its
        // articles fit nowhere, and join "other".
        if let other = partition.other {
            let uncovered = labels.topics.indices.filter { !labels.topics[$0].covered && $0 != otherIndex }
            if !uncovered.isEmpty {
                let leaving = Set(uncovered.flatMap { membersSorted[$0] })
                for (j, i) in clustered.enumerated() where leaving.contains(i) { groupOf[j] = other }
                spread()
                notes.append("\(uncovered.count) group(s) of \(leaving.count) article(s) sharing no phrase in 40% of them joined other")
                (membersSorted, otherIndex) = numbered()
                labels = label()
            }
        }
        var inputAssignment = [Int](repeating: 0, count: n)
        for (id, members) in membersSorted.enumerated() { for i in members { inputAssignment[order[i]] = id } }
        let silhouette = Set(groupOf).count > 1 ? try Silhouette.score(clusterVectors, assignments: groupOf, sample: sample(clustered.count)) : 0
        let objective = groupOf == partition.assignments ? partition.objective : try objective(clusterVectors, assignments: groupOf)
        let clusters = membersSorted.enumerated().map { id, members in
            Topic(id: id, label: labels.topics[id].label, keyphrases: labels.topics[id].keyphrases, members: members.map { order[$0] }.sorted(),
                  isOther: id == otherIndex)
        }
        var topics = Topics(k: clusters.filter { !$0.isOther }.count, objective: objective, silhouette: silhouette, clusters: clusters,
                            assignments: inputAssignment, duplicates: groups.map { $0.map { order[$0] }.sorted() }.sorted { $0[0] < $1[0] },
                            criterion: partition.criterion, notes: notes)
        topics.furniture = labels.furniture
        topics.commonWords = labels.common
        if let space, otherIndex == nil {
            topics.model = try ClusterModel(space: space, centroids: centroids(vectors, members: membersSorted))
        }
        return topics
    }

    /// Each group's unit mean direction: the mean of its members' unit rows, normalised (a
    /// group of zero rows gets a zero centroid).
    static func centroids(_ vectors: DenseMatrix, members: [[Int]]) throws -> DenseMatrix {
        var storage: [Float] = []
        for group in members {
            var sum = [Double](repeating: 0, count: vectors.columns)
            for i in group {
                let row = vectors.row(i)
                let norm = row.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
                guard norm > 0 else { continue }
                for (j, v) in row.enumerated() { sum[j] += Double(v) / norm }
            }
            let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
            storage += sum.map { norm > 0 ? Float($0 / norm) : 0 }
        }
        return try DenseMatrix(rows: members.count, columns: vectors.columns, storage: storage)
    }

    /// Indices of `texts` sorted by content: stable hash, then the text itself.
    public static func canonicalOrder(_ texts: [String]) -> [Int] {
        canonicalOrder(hashes: Parallel.map(texts, StableHash.hash)) { $0.map { texts[$0] } }
    }

    /// ``canonicalOrder(_:)`` of texts given by their stable `hashes`; `texts` gives the texts
    /// at the indices it is asked for, which are those whose hash another shares.
    static func canonicalOrder(hashes: [UInt64], texts: ([Int]) throws -> [String]) rethrows -> [Int] {
        let counts = hashes.reduce(into: [UInt64: Int]()) { $0[$1, default: 0] += 1 }
        let shared = hashes.indices.filter { counts[hashes[$0]]! > 1 }
        let text = Dictionary(uniqueKeysWithValues: zip(shared, try texts(shared)))
        return hashes.indices.sorted { a, b in
            guard hashes[a] == hashes[b] else { return hashes[a] < hashes[b] }
            let (x, y) = (text[a]!, text[b]!)
            return x != y ? x.utf8.lexicographicallyPrecedes(y.utf8) : a < b
        }
    }

    /// Up to 1,000 rows spread evenly over `count`.
    static func sample(_ count: Int) -> [Int]? {
        guard count > 1000 else { return nil }
        return (0..<1000).map { $0 * count / 1000 }
    }

    /// A partition of the rows of `vectors`: group ids, the id of the "other" group when the
    /// partition has one (average linkage; it may hold no article yet), the k-means objective
    /// and the criterion that decided.
    struct Partition {
        let assignments: [Int]
        let other: Int?
        let objective: Double
        let criterion: String
    }

    static func partition(_ vectors: DenseMatrix, tfidf: SparseMatrix?, options: TopicOptions, notes: inout [String]) throws -> Partition {
        let n = vectors.rows
        if let tfidf, options.k == nil && n >= 4 && n <= options.linkageLimit {
            let groups = AverageLinkage(threshold: options.linkageThreshold).groups(similarity: try CosineSimilarity.sparse(tfidf, tfidf))
            let topics = groups.filter { $0.count > 1 }
            var assignments = [Int](repeating: topics.count, count: n)
            for (id, group) in topics.enumerated() { for i in group { assignments[i] = id } }
            let loners = n - topics.reduce(0) { $0 + $1.count }
            let criterion = String(format: "average-link cosine ≥ %.2f", options.linkageThreshold)
            notes.append("\(topics.count) topic(s) by \(criterion); \(loners) article(s) linked to no other are listed as other")
            return Partition(assignments: assignments, other: topics.count,
                             objective: try objective(vectors, assignments: assignments), criterion: criterion)
        }
        let (k, criterion) = try chooseK(vectors, tfidf: tfidf, options: options)
        if options.k == nil { notes.append(criterion) }
        let result = try SphericalKMeans(k: k, restarts: options.restarts, seed: options.seed).fit(vectors)
        if Set(result.assignments).count < k { notes.append("asked for \(k) clusters; the articles hold only \(Set(result.assignments).count) distinct groups") }
        return Partition(assignments: result.assignments, other: nil, objective: result.objective, criterion: criterion)
    }

    /// `Σ cos(row, its group's mean)`, the spherical k-means objective of a given partition.
    static func objective(_ vectors: DenseMatrix, assignments: [Int]) throws -> Double {
        let groups = Dictionary(grouping: assignments.indices, by: { assignments[$0] })
        var total = 0.0
        for key in groups.keys.sorted() {
            let members = groups[key] ?? []
            var mean = [Float](repeating: 0, count: vectors.columns)
            for i in members { for (c, v) in vectors.row(i).enumerated() { mean[c] += v } }
            let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            for i in members { total += Double(zip(vectors.row(i), mean).reduce(0) { $0 + $1.0 * $1.1 } / norm) }
        }
        return total
    }

    /// The k to cluster with, and how it was chosen.
    static func chooseK(_ vectors: DenseMatrix, tfidf: SparseMatrix?, options: TopicOptions) throws -> (k: Int, criterion: String) {
        let n = vectors.rows
        if let k = options.k {
            return k <= n ? (max(1, k), "k = \(max(1, k)) as asked") : (n, "k = \(n): \(k) asked, but there are only \(n) articles to cluster")
        }
        if n < 4, let tfidf {
            // Link articles that share enough; k is the number of groups left.
            let similarity = try CosineSimilarity.sparse(tfidf, tfidf)
            var sets = DisjointSets(count: n)
            for a in 0..<n { for b in (a + 1)..<max(a + 1, n) where similarity[a, b] >= 0.2 { sets.union(a, b) } }
            let k = sets.groups().count
            return (k, "k = \(k) chosen by linking the \(n) article(s) at cosine ≥ 0.2")
        }
        let low = max(2, options.minK), high = min(options.maxK, n - 1)
        guard low <= high else { return (max(1, min(low, n)), "k = \(max(1, min(low, n))): too few articles to choose among") }
        var best = (k: 1, score: 0.02)
        for k in low...high {
            let result = try SphericalKMeans(k: k, restarts: 2, seed: options.seed).fit(vectors)
            let score = try Silhouette.score(vectors, assignments: result.assignments, sample: sample(n))
            if score > best.score + 1e-9 { best = (k, score) }
        }
        return (best.k, best.k == 1 ? "no k in \(low)…\(high) reached a silhouette of 0.02; one cluster"
                                    : "k = \(best.k) chosen by cosine silhouette \(String(format: "%.3f", best.score)) over k = \(low)…\(high)")
    }
}
