import Foundation

/// Labels clusters with keyphrases ranked against the rest of the corpus by keyness: the
/// signed log-likelihood G² (``Keyness``) of the phrase's occurrences in the cluster against
/// its occurrences in all other clusters — a phrase frequent in the cluster and rare elsewhere
/// ranks first, a phrase common everywhere ranks low.
///
/// A label phrase must also **cover** its topic: occur in at least ``minCoverage`` (40%) of its
/// articles (any phrase will do for a topic of one or two), so a name that one article of
/// three hundred mentions never names them all. Two kinds of phrase never label a topic; both
/// are learned from the articles given:
/// - **furniture** (`本报讯`, `新华社`, `图片`): printed where furniture is, in many stories —
///   in ``furnitureShare`` (3%) of the articles, in three clusters or more (a word of one
///   story's headlines is not furniture), with at least ``edgeShare`` (70%) of its occurrences
///   in a headline's brackets (`（附图片1张）`) or within 8 characters of a body line's start or
///   end (datelines, bylines, credits), or 60% for a common word. Over People's Daily 1–20
///   January, read as articles (datelines set apart as leads): 新华社 0.89, 据新华社 1.00,
///   图片 0.88, 照片 0.68, 本报 0.66; story words 0.08–0.54 (第八届 0.54, 副主席 0.50);
/// - **common words** (`发展`, `问题`, `记者`): spread evenly — in at least ``commonShare``
///   (8%) of all articles and printed in at least half the sections (issue and page) when the
///   articles come from four or more, else held by no cluster of three or more at twice its
///   overall share.
///
/// A label is the cluster's two best phrases that cover it and are neither (one when only one
/// does). A cluster with none is not `covered`; it is labelled by the story phrase that covers
/// most, else its best phrase that is not furniture, else the first article's headline. No
/// label repeats another cluster's (larger clusters choose first). The "other" group is
/// labelled `other`. With ``listsLearned``, what was learned is returned too, for `--explain`:
/// every phrase read (alone or inside a longer phrase) in three texts and ``furnitureShare`` of
/// them is tested.
public struct TopicLabeler: Sendable {
    public var keyphrasesPerTopic: Int
    public var minCoverage = 0.4
    public var commonShare = 0.08
    public var furnitureShare = 0.03
    public var edgeShare = 0.7

    /// Whether to return the furniture and common words learned; finding them all tests every
    /// widespread phrase, which labelling alone does not need.
    public var listsLearned = false

    public init(keyphrasesPerTopic: Int = 5, listsLearned: Bool = false) {
        self.keyphrasesPerTopic = keyphrasesPerTopic
        self.listsLearned = listsLearned
    }

    /// At most this many articles of each cluster (the first in canonical order) are read for
    /// its label: keyphrase statistics settle long before that, and labelling stays fast.
    public var articlesPerCluster = 100

    /// Labels and keyphrases for `clusters` (indices into `allTexts`); `other` is the index of
    /// the group of articles that fit no topic, if there is one.
    /// `sections` gives the section (issue and page) of each text, when known, and `headLines`
    /// how many of its first lines are headline matter (``Article/analysisHeadLineCount``). Returns each
    /// cluster's label and keyphrases, and the furniture with the share of texts printing it,
    /// most widespread first. `covered` says whether a label phrase that is not furniture occurs
    /// in ``minCoverage`` of the cluster's articles (always for two articles or fewer).
    public func label(texts allTexts: [String], clusters allClusters: [[Int]], other: Int? = nil,
                      sections allSections: [Int]? = nil, headLines allHeadLines: [Int]? = nil)
        -> (topics: [(label: String, keyphrases: [String], covered: Bool)], furniture: [(phrase: String, share: Double)],
            common: [(phrase: String, share: Double)]) {
        var texts: [String] = []
        var sections: [Int] = []
        var headLines: [Int] = []
        var clusterOf: [Int] = []
        let clusters = allClusters.enumerated().map { c, members in
            members.prefix(articlesPerCluster).map { i -> Int in
                texts.append(allTexts[i])
                sections.append(allSections?[i] ?? 0)
                headLines.append(allHeadLines?[i] ?? 0)
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
        var standings: [Int: (isFurniture: Bool, isCommon: Bool, share: Double)] = [:]
        // NUL-terminated, for strstr.
        let bytes = texts.map { Array($0.utf8) + [0] }
        let bodyStarts = zip(bytes, headLines).map { text, lines in
            var start = 0
            for _ in 0..<lines { start = (text[start...].firstIndex(of: 0x0A) ?? text.count - 1) + 1 }
            return min(start, text.count)
        }
        // Read in the text itself, not the phrase counts: `新华社` is often read as part of
        // `新华社记者`, yet it is printed in every one of those articles.
        let standing = { (p: Int) -> (isFurniture: Bool, isCommon: Bool, share: Double) in
            if let known = standings[p] { return known }
            let (holders, edgeFraction) = Self.occurrences(of: phrases.phrases[p], in: bytes, bodyStarts: bodyStarts)
            let share = Double(holders.count) / Double(max(1, texts.count))
            let isCommon = Self.isSpreadEvenly(holders: holders, texts: texts.count, sections: sections, sectionCount: sectionCount,
                                               clusterOf: clusterOf, clusterSizes: clusterSizes, share: commonShare)
            let atEdges = edgeFraction >= edgeShare || (isCommon && edgeFraction >= edgeShare - 0.1)
            let known = (isFurniture: share >= furnitureShare && atEdges && Set(holders.map { clusterOf[$0] }).count >= 3,
                         isCommon: isCommon, share: share)
            standings[p] = known
            return known
        }
        let isFurniture = { (p: Int) in standing(p).isFurniture }
        let isStory = { (p: Int) in !standing(p).isFurniture && !standing(p).isCommon }
        let totals = counts.columnSums()
        let corpusSize = totals.reduce(0, +)
        var used = Set<String>()
        var result = [(label: String, keyphrases: [String], covered: Bool)](repeating: ("—", [], false), count: clusters.count)
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
                result[c] = ("other", keyphrases, false)
                continue
            }
            // Lazily: the standing of a phrase reads every text, and a label needs only a few phrases.
            let covers = { (p: Int) in clusters[c].count <= 2 || coverage(p) >= self.minCoverage }
            var covering = Array(ranked.lazy.filter { covers($0) && isStory($0) }.prefix(8))
            let covered = !covering.isEmpty
            if covering.isEmpty, let widest = scored.map(\.index)
                .sorted(by: { coverage($0) != coverage($1) ? coverage($0) > coverage($1) : $0 < $1 }).lazy.first(where: isStory) {
                covering = [widest]
            }
            var label = "—"
            for first in covering.indices {
                let candidate = ([covering[first]] + covering.dropFirst(first + 1).prefix(1)).map { phrases.phrases[$0] }.joined(separator: " · ")
                if !used.contains(candidate) { label = candidate; break }
            }
            // Every topic is labelled: by its best phrase that is not furniture, else by the
            // first line (the headline) of its first article.
            if label == "—", let best = (ranked + scored.map(\.index)).first(where: { !isFurniture($0) && !used.contains(phrases.phrases[$0]) }) {
                label = phrases.phrases[best]
            }
            if label == "—", let first = clusters[c].first, let line = texts[first].split(separator: "\n").first {
                label = String(line.prefix(16))
            }
            if used.contains(label) { label += " \(c + 1)" }
            used.insert(label)
            result[c] = (label, keyphrases, covered)
        }
        guard listsLearned else { return (result, [], []) }
        let widespread = Self.readInTexts(counts, phrases: phrases.phrases).enumerated()
            .filter { $0.element >= 3 && Double($0.element) >= furnitureShare * Double(texts.count) }.map(\.offset)
        let byShare = { (kept: [Int]) in
            kept.map { (phrase: phrases.phrases[$0], share: standing($0).share) }
                .sorted { $0.share != $1.share ? $0.share > $1.share : $0.phrase.utf8.lexicographicallyPrecedes($1.phrase.utf8) }
        }
        return (result, byShare(widespread.filter(isFurniture)), byShare(widespread.filter { !isFurniture($0) && standing($0).isCommon }))
    }

    /// For each phrase, the number of texts in which it is read alone or inside a longer
    /// phrase: from the counts alone, which phrases are widespread enough to test as furniture.
    static func readInTexts(_ counts: SparseMatrix, phrases: [String]) -> [Int] {
        let index = Dictionary(uniqueKeysWithValues: phrases.enumerated().map { ($1, $0) })
        // The phrases inside each phrase, itself included.
        let inner: [[Int]] = phrases.map { phrase in
            let characters = Array(phrase.unicodeScalars)
            var found: Set<Int> = []
            for start in 0..<characters.count {
                for end in (start + 1)...characters.count {
                    if let p = index[String(String.UnicodeScalarView(characters[start..<end]))] { found.insert(p) }
                }
            }
            return found.sorted()
        }
        var texts = [Int](repeating: 0, count: phrases.count)
        for row in 0..<counts.rows {
            var seen: Set<Int> = []
            for k in counts.rowPointers[row]..<counts.rowPointers[row + 1] { seen.formUnion(inner[Int(counts.columnIndices[k])]) }
            for p in seen { texts[p] += 1 }
        }
        return texts
    }

    /// The texts printing `phrase`, and the fraction of its occurrences printed where furniture
    /// is. In headline matter (the text's bytes before `bodyStarts[i]`): inside brackets
    /// (`（附图片1张）`), not among the headline's words. In the body: starting within a line's
    /// first 8 characters or ending within its last 8 (datelines, bylines, credits, signatures).
    /// Each text is UTF-8 ending in a NUL byte.
    static func occurrences(of phrase: String, in texts: [[UInt8]], bodyStarts: [Int]) -> (holders: [Int], edgeFraction: Double) {
        let needle = Array(phrase.utf8)
        guard !needle.isEmpty else { return ([], 0) }
        let terminated = needle + [0]
        let isLead = { (byte: UInt8) in byte & 0xC0 != 0x80 }
        var holders: [Int] = [], atEdges = 0, all = 0
        for (t, text) in texts.enumerated() {
            var found = false
            var m = 0
            while let next = Self.find(terminated, in: text, from: m) {
                m = next
                found = true
                all += 1
                var lineStart = m
                while lineStart > 0 && text[lineStart - 1] != 0x0A { lineStart -= 1 }
                var lineEnd = m + needle.count
                while text[lineEnd] != 0 && text[lineEnd] != 0x0A { lineEnd += 1 }
                if m < bodyStarts[t] {
                    // Open brackets before the match on its line: ( and （ (EF BC 88) against ) and ） (EF BC 89).
                    var depth = 0, k = lineStart
                    while k < m {
                        if text[k] == 0x28 || (text[k] == 0xEF && k + 2 < m && text[k + 1] == 0xBC && text[k + 2] == 0x88) { depth += 1 }
                        if text[k] == 0x29 || (text[k] == 0xEF && k + 2 < m && text[k + 1] == 0xBC && text[k + 2] == 0x89) { depth -= 1 }
                        k += 1
                    }
                    if depth > 0 { atEdges += 1 }
                } else {
                    let before = text[lineStart..<m].lazy.filter(isLead).count
                    let after = text[(m + needle.count)..<lineEnd].lazy.filter(isLead).count
                    if before < 8 || after < 8 { atEdges += 1 }
                }
                m += needle.count
            }
            if found { holders.append(t) }
        }
        return (holders, all == 0 ? 0 : Double(atEdges) / Double(all))
    }

    /// The offset of the first occurrence of `needle` in `text` at or after `start`; both end
    /// in a NUL byte (`strstr`, which is fast where Swift's slices are not).
    static func find(_ needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        guard start < text.count else { return nil }
        return text.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                haystack.withMemoryRebound(to: CChar.self) { h in
                    needle.withMemoryRebound(to: CChar.self) { n in
                        strstr(h.baseAddress! + start, n.baseAddress!).map { UnsafePointer($0) - h.baseAddress! }
                    }
                }
            }
        }
    }

    /// Whether a phrase printed in the texts `holders` is furniture by its spread: in at least `share` of all
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
