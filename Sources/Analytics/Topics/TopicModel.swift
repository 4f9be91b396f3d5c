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
    /// Without `k`, sets of up to this many articles are grouped by average linkage.
    public var linkageLimit = 500
    /// The average TF-IDF cosine at which two groups of articles are one topic.
    public var linkageThreshold: Float = 0.08

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
    /// The articles that fit no topic (average linkage), not a topic of their own.
    public let isOther: Bool

    public init(id: Int, label: String, keyphrases: [String], members: [Int], isOther: Bool = false) {
        self.id = id
        self.label = label
        self.keyphrases = keyphrases
        self.members = members
        self.isOther = isOther
    }
}

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
}

public enum TopicModel {
    public static func fit(_ articles: [Article], options: TopicOptions = TopicOptions()) throws -> Topics {
        let n = articles.count
        guard n > 0 else { return Topics(k: 0, objective: 0, silhouette: 0, clusters: [], assignments: [], duplicates: [], criterion: "none", notes: ["no articles"]) }
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
                          assignments: Array(repeating: 0, count: n), duplicates: [], criterion: "one cluster: nothing to count", notes: notes)
        }
        let vectors = n <= options.denseLimit
            ? try DenseMatrix(tfidf, rows: 0..<n)
            : try LSA(dimensions: options.dimensions, powerIterations: 1, seed: options.seed).fit(tfidf).documents
        let emptyRows = (0..<n).filter { tfidf.rowPointers[$0] == tfidf.rowPointers[$0 + 1] }
        if !emptyRows.isEmpty { notes.append("\(emptyRows.count) article(s) with no countable term joined the first cluster") }

        let groups = try options.duplicates.groups(vectors: vectors, tfidf: tfidf, texts: sorted)
        var representative = Array(0..<n)
        if options.collapseDuplicates { for group in groups { for member in group { representative[member] = group[0] } } }
        let clustered = (0..<n).filter { representative[$0] == $0 }
        let clusterVectors = try DenseMatrix(rows: clustered.count, columns: vectors.columns,
                                             storage: clustered.flatMap { Array(vectors.row($0)) })

        let partition = try partition(clusterVectors, tfidf: tfidf.selectingRows(clustered), options: options, notes: &notes)
        var sortedAssignment = [Int](repeating: 0, count: n)
        for (j, i) in clustered.enumerated() { sortedAssignment[i] = partition.assignments[j] }
        for i in 0..<n where representative[i] != i { sortedAssignment[i] = sortedAssignment[representative[i]] }
        let groupCount = Set(partition.assignments).count
        let silhouette = groupCount > 1 ? try Silhouette.score(clusterVectors, assignments: partition.assignments, sample: sample(clustered.count)) : 0

        // Number clusters by size, then by first member; map back to input order.
        let raw = Dictionary(grouping: 0..<n, by: { sortedAssignment[$0] })
        let isOther = { (group: Int) in group == partition.other }
        let ranked = raw.sorted { a, b in
            if isOther(a.key) != isOther(b.key) { return isOther(b.key) }
            return a.value.count != b.value.count ? a.value.count > b.value.count : a.value[0] < b.value[0]
        }
        var inputAssignment = [Int](repeating: 0, count: n)
        var membersSorted: [[Int]] = []
        for (id, entry) in ranked.enumerated() {
            membersSorted.append(entry.value)
            for i in entry.value { inputAssignment[order[i]] = id }
        }
        let otherIndex = ranked.firstIndex { isOther($0.key) }
        // Sections: the (issue, page) each article was printed in, where the input says.
        let sectionKeys = order.map { "\(articles[$0].issue ?? articles[$0].effectiveDate ?? "")|\(articles[$0].page.map(String.init) ?? "")" }
        let sectionIDs = Dictionary(Set(sectionKeys).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let labels = TopicLabeler().label(texts: sorted, clusters: membersSorted, other: otherIndex, sections: sectionKeys.map { sectionIDs[$0]! })
        let clusters = membersSorted.enumerated().map { id, members in
            Topic(id: id, label: labels[id].label, keyphrases: labels[id].keyphrases, members: members.map { order[$0] }.sorted(),
                  isOther: id == otherIndex)
        }
        return Topics(k: clusters.filter { !$0.isOther }.count, objective: partition.objective, silhouette: silhouette, clusters: clusters,
                      assignments: inputAssignment, duplicates: groups.map { $0.map { order[$0] }.sorted() }.sorted { $0[0] < $1[0] },
                      criterion: partition.criterion, notes: notes)
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

    /// A partition of the rows of `vectors`: group ids, the id of the "other" group if any, the
    /// k-means objective and the criterion that decided.
    struct Partition {
        let assignments: [Int]
        let other: Int?
        let objective: Double
        let criterion: String
    }

    static func partition(_ vectors: DenseMatrix, tfidf: SparseMatrix, options: TopicOptions, notes: inout [String]) throws -> Partition {
        let n = vectors.rows
        if options.k == nil && n >= 4 && n <= options.linkageLimit {
            let groups = AverageLinkage(threshold: options.linkageThreshold).groups(similarity: try CosineSimilarity.sparse(tfidf, tfidf))
            let topics = groups.filter { $0.count > 1 }
            var assignments = [Int](repeating: topics.count, count: n)
            for (id, group) in topics.enumerated() { for i in group { assignments[i] = id } }
            let loners = n - topics.reduce(0) { $0 + $1.count }
            let criterion = String(format: "average-link cosine ≥ %.2f", options.linkageThreshold)
            notes.append("\(topics.count) topic(s) by \(criterion); \(loners) article(s) linked to no other are listed as other")
            return Partition(assignments: assignments, other: loners > 0 ? topics.count : nil,
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
    static func chooseK(_ vectors: DenseMatrix, tfidf: SparseMatrix, options: TopicOptions) throws -> (k: Int, criterion: String) {
        let n = vectors.rows
        if let k = options.k { return (max(1, min(k, n)), "k = \(max(1, min(k, n))) as asked") }
        if n < 4 {
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

/// Labels clusters with keyphrases ranked against the rest of the corpus by keyness: the
/// signed log-likelihood G² (``Keyness``) of the phrase's occurrences in the cluster against
/// its occurrences in all other clusters — a phrase frequent in the cluster and rare elsewhere
/// ranks first, a phrase common everywhere ranks low.
///
/// A label phrase must also **cover** its topic: occur in at least ``minCoverage`` (40%) of its
/// articles (any phrase will do for a topic of one or two), so a name that one article of
/// three hundred mentions never names them all. Phrases of the paper's furniture (`本报讯`,
/// `新华社`, `记者`, `图片`) are learned from the articles given and never label a topic: a
/// phrase in at least ``boilerplateShare`` of all articles that is spread evenly — printed in
/// at least half the sections (issue and page) when the articles come from four or more, else
/// held by no cluster of three or more at twice its overall share. A label is
/// the cluster's two best phrases that pass (one when only one does; when none covers the
/// topic, the phrase that covers most; with no phrase at all, the first article's headline);
/// no label repeats another cluster's (larger clusters choose first). The "other" group is
/// labelled `other`.
public struct TopicLabeler: Sendable {
    public var keyphrasesPerTopic: Int
    public var minCoverage = 0.4
    public var boilerplateShare = 0.08

    public init(keyphrasesPerTopic: Int = 5) {
        self.keyphrasesPerTopic = keyphrasesPerTopic
    }

    /// At most this many articles of each cluster (the first in canonical order) are read for
    /// its label: keyphrase statistics settle long before that, and labelling stays fast.
    public var articlesPerCluster = 100

    /// Labels and keyphrases for `clusters` (indices into `allTexts`); `other` is the index of
    /// the group of articles that fit no topic, if there is one.
    /// `sections` gives the section (issue and page) of each text, when known.
    public func label(texts allTexts: [String], clusters allClusters: [[Int]], other: Int? = nil,
                      sections allSections: [Int]? = nil) -> [(label: String, keyphrases: [String])] {
        var texts: [String] = []
        var sections: [Int] = []
        var clusterOf: [Int] = []
        let clusters = allClusters.enumerated().map { c, members in
            members.prefix(articlesPerCluster).map { i -> Int in
                texts.append(allTexts[i])
                sections.append(allSections?[i] ?? 0)
                clusterOf.append(c)
                return texts.count - 1
            }
        }
        let clusterSizes = clusters.map(\.count)
        let sectionCount = Set(sections).count
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        let counts = phrases.counts(texts)
        let phraseCount = phrases.phrases.count
        var perCluster = [[Double]](repeating: [Double](repeating: 0, count: phraseCount), count: clusters.count)
        var articlesWith = [[Int]](repeating: [Int](repeating: 0, count: phraseCount), count: clusters.count)
        for (c, members) in clusters.enumerated() {
            for i in members {
                for k in counts.rowPointers[i]..<counts.rowPointers[i + 1] {
                    perCluster[c][Int(counts.columnIndices[k])] += Double(counts.values[k])
                    articlesWith[c][Int(counts.columnIndices[k])] += 1
                }
            }
        }
        var boilerplate: [Int: Bool] = [:]
        let cTexts = texts.map { Array($0.utf8CString) }
        // Read in the text itself, not the phrase counts: `新华社` is often read as part of
        // `新华社记者`, yet it is printed in every one of those articles.
        let isBoilerplate = { (p: Int) -> Bool in
            if let known = boilerplate[p] { return known }
            let phrase = phrases.phrases[p]
            let holders = cTexts.indices.filter { i in cTexts[i].withUnsafeBufferPointer { text in phrase.withCString { strstr(text.baseAddress!, $0) != nil } } }
            let known = Self.isSpreadEvenly(holders: holders, texts: texts.count, sections: sections, sectionCount: sectionCount,
                                            clusterOf: clusterOf, clusterSizes: clusterSizes, share: boilerplateShare)
            boilerplate[p] = known
            return known
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
            let coverage = { (p: Int) in Double(articlesWith[c][p]) / Double(max(1, clusters[c].count)) }
            let scored = (0..<phraseCount).filter { perCluster[c][$0] > 0 }.map { (index: $0, score: keyness($0)) }
            let ranked = scored.filter { $0.score > 0 || clusters.count == 1 }
                .sorted { $0.score != $1.score ? $0.score > $1.score : (perCluster[c][$0.index] != perCluster[c][$1.index] ? perCluster[c][$0.index] > perCluster[c][$1.index] : $0.index < $1.index) }
                .map(\.index)
            let keyphrases = ranked.prefix(keyphrasesPerTopic).map { phrases.phrases[$0] }
            if c == other {
                result[c] = ("other", keyphrases)
                continue
            }
            // Lazily: the furniture test reads every text, and a label needs only a few phrases.
            var covering = Array(ranked.lazy.filter { (clusters[c].count <= 2 || coverage($0) >= self.minCoverage) && !isBoilerplate($0) }.prefix(8))
            if covering.isEmpty, let widest = scored.map(\.index)
                .sorted(by: { coverage($0) != coverage($1) ? coverage($0) > coverage($1) : $0 < $1 }).lazy.first(where: { !isBoilerplate($0) }) {
                covering = [widest]
            }
            var label = "—"
            for first in covering.indices {
                let candidate = ([covering[first]] + covering.dropFirst(first + 1).prefix(1)).map { phrases.phrases[$0] }.joined(separator: " · ")
                if !used.contains(candidate) { label = candidate; break }
            }
            // Every topic is labelled: by its best phrase even when it is furniture, else by the
            // first line (the headline) of its first article.
            if label == "—", let best = ranked.first ?? scored.first?.index, !used.contains(phrases.phrases[best]) {
                label = phrases.phrases[best]
            }
            if label == "—", let first = clusters[c].first, let line = texts[first].split(separator: "\n").first {
                label = String(line.prefix(16))
            }
            if used.contains(label) { label += " \(c + 1)" }
            used.insert(label)
            result[c] = (label, keyphrases)
        }
        return result
    }

    /// Whether a phrase printed in the texts `holders` is furniture: in at least `share` of all
    /// texts and spread evenly — over at least half the sections when the texts come from
    /// four or more, else printed in three or more texts and held by no cluster of three or
    /// more at twice its overall share (with no such cluster, nothing can be told).
    static func isSpreadEvenly(holders: [Int], texts: Int, sections: [Int], sectionCount: Int, clusterOf: [Int], clusterSizes: [Int],
                               share: Double) -> Bool {
        let overall = Double(holders.count) / Double(max(1, texts))
        guard overall >= share else { return false }
        if sectionCount >= 4 { return Double(Set(holders.map { sections[$0] }).count) >= Double(sectionCount) / 2 }
        // Too few articles in too few groups to tell furniture from a story.
        guard holders.count >= 3, clusterSizes.contains(where: { $0 >= 3 }) else { return false }
        var perCluster = [Int](repeating: 0, count: clusterSizes.count)
        for h in holders { perCluster[clusterOf[h]] += 1 }
        return !clusterSizes.indices.contains { c in clusterSizes[c] >= 3 && Double(perCluster[c]) / Double(clusterSizes[c]) >= 2 * overall }
    }
}
