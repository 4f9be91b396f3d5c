/// Gives headlines printed apart from their stories to the stories they head.
///
/// Each headline line is compared with every article body by TF-IDF cosine (vocabulary
/// fitted on the page's bodies, character bigrams, stop words removed). Two neighbouring
/// lines of one headline group whose best match is the same article are one headline: the
/// upper is the kicker (引题), the lower the headline. Headlines then go to articles one to
/// one, best cosine first; on equal cosines the article printed nearer wins. A headline whose
/// best cosine is below ``threshold`` is left unattached, and an article that already has a
/// title (a caption's own) takes none. Deterministic.
enum HeadlineAttachment {
    static let threshold: Float = 0.05

    struct Unit {
        var kicker: PageLine?
        var main: PageLine
        var text: String { [kicker?.text, main.text].compactMap { $0 }.joined(separator: " ") }
        var lineNumbers: [Int] { [kicker?.number, main.number].compactMap { $0 } }
    }

    /// Sets `title` and `kicker` on the articles; returns the line numbers of headlines attached.
    static func attach(_ groups: [[PageLine]], to articles: inout [Article]) -> Set<Int> {
        guard !groups.isEmpty, !articles.isEmpty,
              let fit = try? TfidfVectorizer().fit(articles.map(\.analysisText)) else { return [] }
        let normalizer = Normalizer()
        func scores(_ texts: [String]) -> DenseMatrix? {
            try? CosineSimilarity.sparse(fit.fitted.transform(texts.map { normalizer.normalize($0) }), fit.weights)
        }
        // Pair a kicker with the headline below it when both point at the same article.
        var units: [Unit] = []
        for group in groups {
            guard let lineScores = scores(group.map(\.text)) else { continue }
            let best = (0..<group.count).map { i in (0..<articles.count).max { lineScores[i, $0] < lineScores[i, $1] }! }
            var i = 0
            while i < group.count {
                if i + 1 < group.count, best[i] == best[i + 1],
                   lineScores[i, best[i]] >= threshold, lineScores[i + 1, best[i]] >= threshold {
                    units.append(Unit(kicker: group[i], main: group[i + 1]))
                    i += 2
                } else {
                    units.append(Unit(kicker: nil, main: group[i]))
                    i += 1
                }
            }
        }
        guard let unitScores = scores(units.map(\.text)) else { return [] }
        var pairs: [(unit: Int, article: Int, score: Float, distance: Int)] = []
        for u in units.indices {
            for a in articles.indices where articles[a].title == nil && unitScores[u, a] >= threshold {
                pairs.append((u, a, unitScores[u, a], distance(units[u].main.number, articles[a].lines)))
            }
        }
        pairs.sort { ($0.score, -$0.distance, -$0.unit, -$0.article) > ($1.score, -$1.distance, -$1.unit, -$1.article) }
        var attached = Set<Int>()
        var usedUnits = Set<Int>()
        for pair in pairs where !usedUnits.contains(pair.unit) && articles[pair.article].title == nil {
            usedUnits.insert(pair.unit)
            let unit = units[pair.unit]
            articles[pair.article].title = normalizer.normalize(unit.main.text)
            articles[pair.article].kicker = unit.kicker.map { normalizer.normalize($0.text) }
            attached.formUnion(unit.lineNumbers)
        }
        return attached
    }

    private static func distance(_ line: Int, _ range: ClosedRange<Int>?) -> Int {
        guard let range else { return Int.max / 2 }
        return line < range.lowerBound ? range.lowerBound - line : max(0, line - range.upperBound)
    }
}
