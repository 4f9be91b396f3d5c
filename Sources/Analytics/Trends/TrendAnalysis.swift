/// Topics, bursts and keywords over a window of issues, counted per period.
///
/// - **Topics** are found once over the whole window (``TopicModel``) and counted per period.
///   Their direction compares the second half of the periods with the first (a middle period
///   of an odd count belongs to neither): **new** when the first half has none of the topic,
///   **gone** when the second half has none, otherwise **rising** or **falling** when the
///   signed log-likelihood G² (``Keyness``) of the topic's articles in the second half against
///   the first, relative to all articles, is beyond ±3.84 (p < 0.05), else **steady**.
/// - **Bursts**: ``BurstDetector`` over each keyphrase's articles per period.
/// - **Keywords**: the most frequent keyphrases of the window, counted per period.
public struct TrendOptions: Sendable {
    public var period: Period
    public var topics: TopicOptions
    public var keywordCount: Int
    public var burstCount: Int

    public init(period: Period = .day, topics: TopicOptions = TopicOptions(), keywordCount: Int = 10, burstCount: Int = 20) {
        self.period = period
        self.topics = topics
        self.keywordCount = keywordCount
        self.burstCount = burstCount
    }
}

public struct TrendReport: Sendable {
    public enum Direction: String, Sendable, Codable { case rising, falling, steady, new, gone }

    public struct TopicTrend: Sendable {
        public let id: Int
        public let label: String
        public let keyphrases: [String]
        public let counts: [Int]
        /// The topic's share of all articles in the window.
        public let share: Double
        public let trend: Direction
        /// The signed G² behind `trend`.
        public let statistic: Double
    }

    public struct TermSeries: Sendable {
        public let term: String
        public let counts: [Int]
    }

    public let periods: [String]
    /// Articles per period.
    public let totals: [Int]
    public let topics: [TopicTrend]
    public let bursts: [BurstDetector.Burst]
    public let keywords: [TermSeries]
    public let notes: [String]
}

/// Why trends cannot be counted.
public enum TrendError: Error, Equatable, CustomStringConvertible {
    case noDatedArticles(count: Int)

    public var description: String {
        switch self {
        case let .noDatedArticles(count):
            return "none of the \(count) article(s) has a date; give records a date, pages a date line or a dated file name (2022-08-29.txt), or pass --issue YYYY-MM-DD"
        }
    }
}

public enum TrendAnalysis {
    public static func analyse(_ all: [Article], options: TrendOptions = TrendOptions()) throws -> TrendReport {
        var notes: [String] = []
        let articles = all.filter { $0.effectiveDate != nil }
        if articles.count < all.count { notes.append("\(all.count - articles.count) article(s) without a date were left out") }
        let dates = articles.compactMap(\.effectiveDate).sorted()
        guard let first = dates.first, let last = dates.last else { throw TrendError.noDatedArticles(count: all.count) }
        let periods = options.period.keys(from: first, to: last)
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let periodOf = articles.map { index[options.period.key(for: $0.effectiveDate!)!]! }
        var totals = [Int](repeating: 0, count: periods.count)
        for p in periodOf { totals[p] += 1 }

        // Topics over the whole window, counted per period.
        let fitted = try TopicModel.fit(articles, options: options.topics)
        notes += fitted.notes
        let half = periods.count / 2
        let firstHalf = 0..<half, secondHalf = (periods.count - half)..<periods.count
        let firstTotal = Double(totals[firstHalf].reduce(0, +)), secondTotal = Double(totals[secondHalf].reduce(0, +))
        let topics = fitted.clusters.map { topic -> TrendReport.TopicTrend in
            var counts = [Int](repeating: 0, count: periods.count)
            for i in topic.members { counts[periodOf[i]] += 1 }
            let early = Double(counts[firstHalf].reduce(0, +)), late = Double(counts[secondHalf].reduce(0, +))
            let g = Keyness.logLikelihood(a: late, sizeA: secondTotal, b: early, sizeB: firstTotal)
            let trend: TrendReport.Direction
            if periods.count < 2 { trend = .steady }
            else if early == 0 && late > 0 { trend = .new }
            else if late == 0 && early > 0 { trend = .gone }
            else if g >= Keyness.significantAt05 { trend = .rising }
            else if g <= -Keyness.significantAt05 { trend = .falling }
            else { trend = .steady }
            return TrendReport.TopicTrend(id: topic.id, label: topic.label, keyphrases: topic.keyphrases, counts: counts,
                                          share: Double(topic.members.count) / Double(articles.count), trend: trend,
                                          statistic: (g * 100).rounded() / 100)
        }

        // Keyphrases: mentions per period for bursts, occurrences per period for the keyword table.
        let texts = articles.map(\.analysisText)
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        let counts = phrases.counts(texts)
        var mentions = [[Int]](repeating: [Int](repeating: 0, count: periods.count), count: phrases.phrases.count)
        var occurrences = mentions
        for r in 0..<counts.rows {
            for k in counts.rowPointers[r]..<counts.rowPointers[r + 1] {
                let t = Int(counts.columnIndices[k])
                mentions[t][periodOf[r]] += 1
                occurrences[t][periodOf[r]] += Int(counts.values[k])
            }
        }
        let frequent = phrases.phrases.indices.filter { mentions[$0].reduce(0, +) >= 5 }
        let bursts = BurstDetector().bursts(terms: frequent.map { phrases.phrases[$0] }, periods: periods,
                                            mentions: frequent.map { mentions[$0] }, totals: totals)
        let top = phrases.phrases.indices.sorted { a, b in
            let (x, y) = (occurrences[a].reduce(0, +), occurrences[b].reduce(0, +))
            return x != y ? x > y : a < b
        }.prefix(options.keywordCount)
        return TrendReport(periods: periods, totals: totals, topics: topics, bursts: Array(bursts.prefix(options.burstCount)),
                           keywords: top.map { TrendReport.TermSeries(term: phrases.phrases[$0], counts: occurrences[$0]) },
                           notes: notes)
    }
}

/// What rose and what fell between two sets of articles (two periods or issues), ranked by
/// the signed log-likelihood G² of each keyphrase's occurrences in B against A (``Keyness``).
public enum KeywordComparison {
    public struct Change: Sendable, Equatable {
        public let term: String
        public let countA: Int
        public let countB: Int
        public let logLikelihood: Double
    }

    /// `(rose, fell)`, each the `top` largest changes with |G²| ≥ 3.84.
    public static func compare(_ a: [Article], _ b: [Article], top: Int) -> (rose: [Change], fell: [Change]) {
        let texts = (a + b).map(\.analysisText)
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        let counts = phrases.counts(texts)
        var inA = [Double](repeating: 0, count: phrases.phrases.count), inB = inA
        for r in 0..<counts.rows {
            for k in counts.rowPointers[r]..<counts.rowPointers[r + 1] {
                if r < a.count { inA[Int(counts.columnIndices[k])] += Double(counts.values[k]) }
                else { inB[Int(counts.columnIndices[k])] += Double(counts.values[k]) }
            }
        }
        let sizeA = inA.reduce(0, +), sizeB = inB.reduce(0, +)
        let changes = phrases.phrases.indices.map { t in
            Change(term: phrases.phrases[t], countA: Int(inA[t]), countB: Int(inB[t]),
                   logLikelihood: (Keyness.logLikelihood(a: inB[t], sizeA: sizeB, b: inA[t], sizeB: sizeA) * 100).rounded() / 100)
        }.filter { abs($0.logLikelihood) >= Keyness.significantAt05 }
        let rose = changes.filter { $0.logLikelihood > 0 }.sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.term < $1.term }
        let fell = changes.filter { $0.logLikelihood < 0 }.sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood < $1.logLikelihood : $0.term < $1.term }
        return (Array(rose.prefix(top)), Array(fell.prefix(top)))
    }
}
