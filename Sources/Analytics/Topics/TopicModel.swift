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
/// 5. ``SphericalKMeans`` with `k`, or automatic k: the k in `minK…maxK` with the best cosine
///    silhouette (on up to 1,000 articles), ties to the smaller k; k = 1 when no k reaches a
///    silhouette of 0.02 (no structure). Below 4 articles, k is the number of groups left by
///    linking articles whose cosine ≥ 0.2.
/// 6. Labels (``TopicLabeler``).
/// Clusters are numbered by size (largest first), ties by their first article in canonical order.
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


public struct Topic: Sendable, Equatable {
    public let id: Int
    public let label: String
    public let keyphrases: [String]
    /// Indices into the articles given, in input order.
    public let members: [Int]
}

public struct Topics: Sendable {
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
    /// What was decided on the user's behalf (k chosen, k reduced, empty articles).
    public let notes: [String]
}

public enum TopicModel {
    public static func fit(_ articles: [Article], options: TopicOptions = TopicOptions()) throws -> Topics {
        let n = articles.count
        guard n > 0 else { return Topics(k: 0, objective: 0, silhouette: 0, clusters: [], assignments: [], duplicates: [], notes: ["no articles"]) }
        let texts = articles.map(\.analysisText)
        let order = canonicalOrder(texts)
        let sorted = order.map { texts[$0] }
        var notes: [String] = []

        let vectorizer = TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(n >= 2000 ? 5 : n >= 50 ? 2 : 1)))
        let tfidf: SparseMatrix
        do { tfidf = try vectorizer.fit(sorted).weights } catch VectorizerError.noTermsLeft {
            notes.append("no article has a countable term; all are in one cluster")
            return Topics(k: 1, objective: 0, silhouette: 0,
                          clusters: [Topic(id: 0, label: "—", keyphrases: [], members: Array(0..<n))],
                          assignments: Array(repeating: 0, count: n), duplicates: [], notes: notes)
        }
        let vectors = n <= options.denseLimit
            ? try DenseMatrix(tfidf, rows: 0..<n)
            : try LSA(dimensions: options.dimensions, powerIterations: 1, seed: options.seed).fit(tfidf).documents
        let emptyRows = (0..<n).filter { tfidf.rowPointers[$0] == tfidf.rowPointers[$0 + 1] }
        if !emptyRows.isEmpty { notes.append("\(emptyRows.count) article(s) with no countable term joined the first cluster") }

        let groups = try options.duplicates.groups(vectors: vectors, tfidf: tfidf)
        var representative = Array(0..<n)
        if options.collapseDuplicates { for group in groups { for member in group { representative[member] = group[0] } } }
        let clustered = (0..<n).filter { representative[$0] == $0 }
        let clusterVectors = try DenseMatrix(rows: clustered.count, columns: vectors.columns,
                                             storage: clustered.flatMap { Array(vectors.row($0)) })

        let k = try chooseK(clusterVectors, tfidf: tfidf.selectingRows(clustered), options: options, notes: &notes)
        let result = try SphericalKMeans(k: k, restarts: options.restarts, seed: options.seed).fit(clusterVectors)
        if Set(result.assignments).count < k { notes.append("asked for \(k) clusters; the articles hold only \(Set(result.assignments).count) distinct groups") }
        var sortedAssignment = [Int](repeating: 0, count: n)
        for (j, i) in clustered.enumerated() { sortedAssignment[i] = result.assignments[j] }
        for i in 0..<n where representative[i] != i { sortedAssignment[i] = sortedAssignment[representative[i]] }
        let silhouette = k > 1 ? try Silhouette.score(clusterVectors, assignments: result.assignments, sample: sample(clustered.count)) : 0

        // Number clusters by size, then by first member; map back to input order.
        let raw = Dictionary(grouping: 0..<n, by: { sortedAssignment[$0] })
        let ranked = raw.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value[0] < $1.value[0] }
        var inputAssignment = [Int](repeating: 0, count: n)
        var membersSorted: [[Int]] = []
        for (id, entry) in ranked.enumerated() {
            membersSorted.append(entry.value)
            for i in entry.value { inputAssignment[order[i]] = id }
        }
        let labels = TopicLabeler().label(texts: sorted, clusters: membersSorted)
        let clusters = membersSorted.enumerated().map { id, members in
            Topic(id: id, label: labels[id].label, keyphrases: labels[id].keyphrases, members: members.map { order[$0] }.sorted())
        }
        return Topics(k: clusters.count, objective: result.objective, silhouette: silhouette, clusters: clusters,
                      assignments: inputAssignment, duplicates: groups.map { $0.map { order[$0] }.sorted() }.sorted { $0[0] < $1[0] },
                      notes: notes)
    }

    /// Indices of `texts` sorted by content: stable hash, then the text itself.
    public static func canonicalOrder(_ texts: [String]) -> [Int] {
        let hashes = texts.map(StableHash.hash)
        return texts.indices.sorted { a, b in
            hashes[a] != hashes[b] ? hashes[a] < hashes[b] : (texts[a] != texts[b] ? texts[a].utf8.lexicographicallyPrecedes(texts[b].utf8) : a < b)
        }
    }

    /// Up to 1,000 rows spread evenly over `count`.
    static func sample(_ count: Int) -> [Int]? {
        guard count > 1000 else { return nil }
        return (0..<1000).map { $0 * count / 1000 }
    }

    static func chooseK(_ vectors: DenseMatrix, tfidf: SparseMatrix, options: TopicOptions, notes: inout [String]) throws -> Int {
        let n = vectors.rows
        if let k = options.k { return max(1, min(k, n)) }
        if n < 4 {
            // Link articles that share enough; k is the number of groups left.
            let similarity = try CosineSimilarity.sparse(tfidf, tfidf)
            var sets = DisjointSets(count: n)
            for a in 0..<n { for b in (a + 1)..<max(a + 1, n) where similarity[a, b] >= 0.2 { sets.union(a, b) } }
            let k = sets.groups().count
            notes.append("k = \(k) chosen by linking the \(n) article(s) at cosine ≥ 0.2")
            return k
        }
        let low = max(2, options.minK), high = min(options.maxK, n - 1)
        guard low <= high else { return max(1, min(low, n)) }
        var best = (k: 1, score: 0.02)
        for k in low...high {
            let result = try SphericalKMeans(k: k, restarts: 2, seed: options.seed).fit(vectors)
            let score = try Silhouette.score(vectors, assignments: result.assignments, sample: sample(n))
            if score > best.score + 1e-9 { best = (k, score) }
        }
        notes.append(best.k == 1 ? "no k in \(low)…\(high) reached a silhouette of 0.02; one cluster"
                                 : "k = \(best.k) chosen by cosine silhouette \(String(format: "%.3f", best.score)) over k = \(low)…\(high)")
        return best.k
    }
}

/// Labels clusters with keyphrases ranked against the rest of the corpus by keyness: the
/// signed log-likelihood G² (``Keyness``) of the phrase's occurrences in the cluster against
/// its occurrences in all other clusters — a phrase frequent in the cluster and rare elsewhere
/// ranks first, a phrase common everywhere ranks low. A label is the cluster's two best
/// phrases; no label repeats another cluster's (larger clusters choose first).
public struct TopicLabeler: Sendable {
    public var keyphrasesPerTopic: Int

    public init(keyphrasesPerTopic: Int = 5) {
        self.keyphrasesPerTopic = keyphrasesPerTopic
    }

    /// At most this many articles of each cluster (the first in canonical order) are read for
    /// its label: keyphrase statistics settle long before that, and labelling stays fast.
    public var articlesPerCluster = 100

    public func label(texts allTexts: [String], clusters allClusters: [[Int]]) -> [(label: String, keyphrases: [String])] {
        var texts: [String] = []
        let clusters = allClusters.map { members in
            members.prefix(articlesPerCluster).map { i -> Int in texts.append(allTexts[i]); return texts.count - 1 }
        }
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        let counts = phrases.counts(texts)
        var perCluster = [[Double]](repeating: [Double](repeating: 0, count: phrases.phrases.count), count: clusters.count)
        for (c, members) in clusters.enumerated() {
            for i in members {
                for k in counts.rowPointers[i]..<counts.rowPointers[i + 1] { perCluster[c][Int(counts.columnIndices[k])] += Double(counts.values[k]) }
            }
        }
        let totals = counts.columnSums()
        let corpusSize = totals.reduce(0, +)
        var used = Set<String>()
        var result = [(label: String, keyphrases: [String])](repeating: ("—", []), count: clusters.count)
        for c in clusters.indices {
            let size = max(1, perCluster[c].reduce(0, +))
            let keyness = { (p: Int) in
                Keyness.logLikelihood(a: perCluster[c][p], sizeA: size, b: totals[p] - perCluster[c][p], sizeB: corpusSize - size)
            }
            let scored = phrases.phrases.indices.filter { perCluster[c][$0] > 0 }.map { (index: $0, score: keyness($0)) }
            let ranked = scored.filter { $0.score > 0 || clusters.count == 1 }
                .sorted { $0.score != $1.score ? $0.score > $1.score : (perCluster[c][$0.index] != perCluster[c][$1.index] ? perCluster[c][$0.index] > perCluster[c][$1.index] : $0.index < $1.index) }
                .map { phrases.phrases[$0.index] }
            let keyphrases = Array(ranked.prefix(keyphrasesPerTopic))
            var label = "—"
            for first in ranked.indices {
                let candidate = ([ranked[first]] + ranked.dropFirst(first + 1).prefix(1)).joined(separator: " · ")
                if !used.contains(candidate) { label = candidate; break }
            }
            if label == "—" && used.contains(label) { label = "— \(c + 1)" }
            used.insert(label)
            result[c] = (label, keyphrases)
        }
        return result
    }
}
