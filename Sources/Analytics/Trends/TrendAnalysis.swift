/// Topics, bursts and keywords over a window of issues, counted per period.
///
/// - **Topics** are found once over the whole window (``TopicModel``) and counted per period,
///   then ranked by news value: the strength of their strongest burst (``BurstDetector`` on the
///   topic's articles per period against its own trailing baseline, scaled by each period's
///   size), so a story that breaks outranks a steady beat of the same size; topics without a
///   burst follow, largest first. Each lists up to ``TrendOptions/headlinesPerTopic`` headlines,
///   from its burst first, front pages first. Their direction compares the second half of the periods with the first (a middle period
///   of an odd count belongs to neither): **new** when the first half has none of the topic,
///   **gone** when the second half has none, otherwise **rising** or **falling** when the
///   signed log-likelihood G² (``Keyness``) of the topic's articles in the second half against
///   the first, relative to all articles, is beyond ±3.84 (p < 0.05), else **steady**.
/// - **Bursts**: ``BurstDetector`` over each keyphrase's articles per period, a series of
///   template articles of one day (``ArticleSeries``) counting once.
/// - **Keywords**: the most frequent keyphrases of the window, counted per period.
public struct TrendOptions: Sendable {
    public var period: Period
    public var topics: TopicOptions
    public var keywordCount: Int
    public var burstCount: Int
    public var headlinesPerTopic: Int

    public init(period: Period = .day, topics: TopicOptions = TopicOptions(), keywordCount: Int = 10, burstCount: Int = 20,
                headlinesPerTopic: Int = 3) {
        self.period = period
        self.topics = topics
        self.keywordCount = keywordCount
        self.burstCount = burstCount
        self.headlinesPerTopic = headlinesPerTopic
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
        /// The topic's strongest burst, when it has one: its news value.
        public let burst: BurstDetector.Burst?
        /// Headlines of its articles: from its burst first, then front pages first.
        public let headlines: [String]
    }

    public struct TermSeries: Sendable {
        public let term: String
        /// Occurrences per period.
        public let counts: [Int]
        /// Articles mentioning the term per 100 articles of the period (0 for an empty period):
        /// comparable across issues of 30 and of 160 articles.
        public let perHundred: [Double]
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
        let timeline = try Timeline(all.map(TrendArticle.init), period: options.period)
        let articles = timeline.members.map { all[$0] }
        let phrases = KeyphraseTimeline(timeline, texts: articles.map(\.analysisText))
        return try report(timeline, topics: TopicModel.fit(articles, options: options.topics), phrases: phrases, options: options)
    }

    /// The trend of `all` articles whose `entries` an archive's `index` holds (one an article,
    /// in the same order), reading no text but the documents of the topic sample, which
    /// `documents` gives for indices into `all` (and the texts of articles whose hash another
    /// shares, to put them in content order). The same report as ``analyse(_:options:)`` on
    /// the articles when the dated ones are those the index was fitted on; when
    /// `addedSinceFit` of them came later, a note says so. `index` must serve the topic options
    /// (``TrendIndex/serves(_:)``).
    public static func analyse(_ all: [TrendArticle], entries: [TrendIndex.Entry], index: TrendIndex, addedSinceFit: Int = 0,
                               documents: ([Int]) throws -> [TopicDocument], options: TrendOptions = TrendOptions()) throws -> TrendReport {
        precondition(entries.count == all.count && index.serves(options.topics), "one entry an article, from an index serving the options")
        let timeline = try Timeline(all, period: options.period)
        let members = timeline.members
        let order = try TopicModel.canonicalOrder(hashes: members.map { entries[$0].textHash }) { try documents($0.map { members[$0] }).map(\.text) }
        let sample = try documents(order.prefix(index.sampleSize).map { members[$0] })
        let topics = try TopicModel.fit(points: members.map { entries[$0].point }, order: order, sample: sample, space: index.space, options: options.topics)
        return try report(timeline, topics: topics, phrases: KeyphraseTimeline(timeline, index: index, entries: entries),
                          notes: indexNote(index, addedSinceFit: addedSinceFit, articles: members.count), options: options)
    }

    /// What a report read from an index says when the index was not fitted on exactly its articles.
    static func indexNote(_ index: TrendIndex, addedSinceFit: Int, articles: Int) -> [String] {
        addedSinceFit == 0 && articles == index.articleCount ? [] : [
            "read from the archive's trend index, fitted at ingest on \(index.articleCount) articles; \(articles) are counted here, \(addedSinceFit) of those ingested since the fit read by it"]
    }

    /// The report on a timeline's `fitted` topics and `phrases`, with its notes, the topics'
    /// and then `notes`.
    static func report(_ timeline: Timeline, topics fitted: Topics, phrases: KeyphraseTimeline, notes: [String] = [],
                       options: TrendOptions) throws -> TrendReport {
        let (articles, periods, totals, periodOf) = (timeline.articles, timeline.periods, timeline.totals, timeline.periodOf)
        let notes = timeline.notes + fitted.notes + notes
        let half = periods.count / 2
        let firstHalf = 0..<half, secondHalf = (periods.count - half)..<periods.count
        let firstTotal = Double(totals[firstHalf].reduce(0, +)), secondTotal = Double(totals[secondHalf].reduce(0, +))
        let topicCounts = fitted.clusters.map { topic in
            var counts = [Int](repeating: 0, count: periods.count)
            for i in topic.members { counts[periodOf[i]] += 1 }
            return counts
        }
        let topicBursts = BurstDetector(minimumHistoryPeriods: 3).bursts(terms: fitted.clusters.map { String($0.id) }, periods: periods,
                                                 mentions: topicCounts, totals: totals)
        let strongest = Dictionary(topicBursts.map { (Int($0.term) ?? -1, $0) }, uniquingKeysWith: { a, b in a.strength >= b.strength ? a : b })
        let topics = fitted.clusters.map { topic -> TrendReport.TopicTrend in
            let counts = topicCounts[topic.id]
            let burst = strongest[topic.id]
            let early = Double(counts[firstHalf].reduce(0, +)), late = Double(counts[secondHalf].reduce(0, +))
            let g = Keyness.logLikelihood(a: late, sizeA: secondTotal, b: early, sizeB: firstTotal)
            let trend: TrendReport.Direction
            if periods.count < 2 { trend = .steady }
            else if early == 0 && late > 0 { trend = .new }
            else if late == 0 && early > 0 { trend = .gone }
            else if g >= Keyness.significantAt05 { trend = .rising }
            else if g <= -Keyness.significantAt05 { trend = .falling }
            else { trend = .steady }
            let inBurst = { (i: Int) in burst.map { (periods[periodOf[i]] >= $0.start && periods[periodOf[i]] <= $0.end) } ?? false }
            let shown = topic.members.sorted { a, b in
                (inBurst(a) ? 0 : 1, articles[a].page ?? .max, articles[a].position, a) < (inBurst(b) ? 0 : 1, articles[b].page ?? .max, articles[b].position, b)
            }.prefix(options.headlinesPerTopic)
            return TrendReport.TopicTrend(id: topic.id, label: topic.label, keyphrases: topic.keyphrases, counts: counts,
                                          share: Double(topic.members.count) / Double(articles.count), trend: trend,
                                          statistic: (g * 100).rounded() / 100, burst: burst.map { BurstDetector.Burst(term: topic.label, start: $0.start, end: $0.end, strength: $0.strength) },
                                          headlines: shown.map { articles[$0].displayTitle })
        }.sorted { a, b in
            let (x, y) = (a.burst?.strength ?? 0, b.burst?.strength ?? 0)
            if x != y { return x > y }
            return a.share != b.share ? a.share > b.share : a.id < b.id
        }

        let frequent = phrases.terms.indices.filter { phrases.mentions[$0].reduce(0, +) >= 5 }
        let bursts = BurstDetector().bursts(terms: frequent.map { phrases.terms[$0] }, periods: periods,
                                            mentions: frequent.map { phrases.seriesMentions[$0] }, totals: totals)
        return TrendReport(periods: periods, totals: totals, topics: topics, bursts: Array(bursts.prefix(options.burstCount)),
                           keywords: phrases.mostFrequent(options.keywordCount), notes: notes)
    }

    /// The `top` most frequent keyphrases of the window, counted per period, without finding
    /// topics or bursts (`keywords --by`).
    public static func keywordSeries(_ all: [Article], period: Period, top: Int) throws -> KeywordSeries {
        let timeline = try Timeline(all.map(TrendArticle.init), period: period)
        return KeywordSeries(periods: timeline.periods, totals: timeline.totals,
                             keywords: KeyphraseTimeline(timeline, texts: timeline.members.map { all[$0].analysisText }).mostFrequent(top),
                             notes: timeline.notes)
    }

    /// ``keywordSeries(_:period:top:)`` of `all` articles whose `entries` an archive's `index`
    /// holds, as ``analyse(_:entries:index:addedSinceFit:documents:options:)`` reads them.
    public static func keywordSeries(_ all: [TrendArticle], entries: [TrendIndex.Entry], index: TrendIndex, addedSinceFit: Int = 0,
                                     period: Period, top: Int) throws -> KeywordSeries {
        precondition(entries.count == all.count, "one entry an article")
        let timeline = try Timeline(all, period: period)
        return KeywordSeries(periods: timeline.periods, totals: timeline.totals,
                             keywords: KeyphraseTimeline(timeline, index: index, entries: entries).mostFrequent(top),
                             notes: timeline.notes + indexNote(index, addedSinceFit: addedSinceFit, articles: timeline.members.count))
    }
}

/// Keyphrases counted per period: the most frequent of a window, for `keywords --by`.
public struct KeywordSeries: Sendable {
    public let periods: [String]
    /// Articles per period.
    public let totals: [Int]
    public let keywords: [TrendReport.TermSeries]
    public let notes: [String]
}

/// The dated articles of a window and the period each falls in, with every period from the
/// first date to the last (none skipped, so a quiet day shows as a zero) — unless the dates
/// span more than ``denseSpanLimit`` days (a stray `0001-01-01`), when only the periods holding
/// articles are listed and a note says so.
struct Timeline {
    static let denseSpanLimit = 3_660

    /// The dated articles, and where each is among all given.
    let articles: [TrendArticle]
    let members: [Int]
    let periods: [String]
    /// Articles per period.
    let totals: [Int]
    /// The period of each of `articles`.
    let periodOf: [Int]
    let notes: [String]

    init(_ all: [TrendArticle], period: Period) throws {
        var members: [Int] = [], periodKeys: [String] = []
        for (i, article) in all.enumerated() {
            guard let date = article.date, let key = period.key(for: date) else { continue }
            members.append(i)
            periodKeys.append(key)
        }
        let dates = members.compactMap { all[$0].date }.sorted()
        guard let first = dates.first, let last = dates.last else { throw TrendError.noDatedArticles(count: all.count) }
        var notes: [String] = []
        if let span = Period.days(from: first, to: last), span > Timeline.denseSpanLimit {
            periods = Set(periodKeys).sorted()
            notes.append("the dates run from \(first) to \(last), \(span) days; only the \(periods.count) period(s) holding articles are listed")
        } else {
            periods = period.keys(from: first, to: last)
        }
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        periodOf = periodKeys.map { index[$0] ?? 0 }
        var totals = [Int](repeating: 0, count: periods.count)
        for p in periodOf { totals[p] += 1 }
        self.totals = totals
        self.members = members
        articles = members.map { all[$0] }
        if members.count < all.count { notes.append("\(all.count - members.count) article(s) without a date were left out") }
        self.notes = notes
    }
}

/// Each keyphrase of a timeline's articles, per period: in how many articles it is mentioned
/// (for bursts) and how often it occurs (for keyword tables).
struct KeyphraseTimeline {
    let terms: [String]
    let mentions: [[Int]]
    /// Mentions with each series of template articles (``ArticleSeries``) counted once: what bursts read.
    let seriesMentions: [[Int]]
    let occurrences: [[Int]]
    /// Articles per period.
    let totals: [Int]

    /// The phrases of the timeline's articles, whose `texts` the extractor is sized for and fitted on.
    init(_ timeline: Timeline, texts: [String]) {
        let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
        self.init(timeline, phrases: phrases.phrases, occurrences: phrases.mentions(texts))
    }

    /// The phrases of the timeline's articles as an index's entries (one an article of those
    /// the timeline was made from) list them.
    init(_ timeline: Timeline, index: TrendIndex, entries: [TrendIndex.Entry]) {
        self.init(timeline, phrases: index.phrases.phrases, occurrences: timeline.members.map { entries[$0].phrases })
    }

    /// `occurrences`: the phrases each of the timeline's articles mentions, as indices into
    /// `phrases`, once a mention.
    init(_ timeline: Timeline, phrases: [String], occurrences found: [[Int32]]) {
        // Counted in flat phrase × period tables: nested arrays pay a uniqueness check a mention.
        let width = timeline.periods.count
        var mentions = [Int](repeating: 0, count: phrases.count * width)
        var occurrences = mentions, seriesMentions = mentions
        let series = ArticleSeries.groups(titles: timeline.articles.map(\.title), periodOf: timeline.periodOf)
        // The articles series by series (all of a series share its period), so a series
        // mentions a phrase once when the phrase was last counted for another series.
        var lastSeries = [Int](repeating: -1, count: phrases.count)
        for r in found.indices.sorted(by: { (series[$0], $0) < (series[$1], $1) }) {
            let period = timeline.periodOf[r], terms = found[r].sorted()
            var i = 0
            while i < terms.count {
                let t = Int(terms[i])
                var j = i + 1
                while j < terms.count && terms[j] == terms[i] { j += 1 }
                mentions[t * width + period] += 1
                occurrences[t * width + period] += j - i
                if lastSeries[t] != series[r] {
                    lastSeries[t] = series[r]
                    seriesMentions[t * width + period] += 1
                }
                i = j
            }
        }
        let rows = { (table: [Int]) in (0..<phrases.count).map { Array(table[($0 * width)..<(($0 + 1) * width)]) } }
        terms = phrases
        totals = timeline.totals
        self.mentions = rows(mentions)
        self.seriesMentions = rows(seriesMentions)
        self.occurrences = rows(occurrences)
    }

    /// The `count` keyphrases with the most occurrences in the window, ties by first found.
    func mostFrequent(_ count: Int) -> [TrendReport.TermSeries] {
        let overall = occurrences.map { $0.reduce(0, +) }
        return terms.indices.sorted { overall[$0] != overall[$1] ? overall[$0] > overall[$1] : $0 < $1 }
            .prefix(count).map { t in
                TrendReport.TermSeries(term: terms[t], counts: occurrences[t], perHundred: zip(mentions[t], totals).map { mentioned, articles in
                    articles > 0 ? (Double(mentioned) * 1000 / Double(articles)).rounded() / 10 : 0
                })
            }
    }
}
