import Foundation

/// Bursts: periods in which a term is reported far more often than its own recent past predicts.
///
/// For term `t` in period `p`, with `c` the number of articles of `p` that mention `t` and `N`
/// the number of articles of `p`:
///
///     baseline rate  r = (Σ c over the last `window` periods before p that were not in a
///                         burst of t + 0.5) / (Σ N over them + 1)
///                    (until `minimumHistoryPeriods` quiet periods with `minimumHistory`
///                     articles precede p: the term's rate over all other periods instead)
///     expected       μ = r · N
///     surprise       P(X ≥ c) for X ~ Poisson(μ)
///
/// `p` is a burst period when `c ≥ minimumCount` and `P(X ≥ c) < significance`. Burst periods
/// at most one period apart join into one burst `[start, end]`, whose strength is the sum of
/// `−log₁₀ P` over its burst periods — a story covered for days outranks a one-day spike. A story the paper starts covering on a day therefore bursts from that day:
/// its past is quiet. Deterministic.
public struct BurstDetector: Sendable {
    public var window = 7
    /// Quiet periods needed before the trailing baseline is trusted. A keyphrase's rate over
    /// a few days is noisy (7 by default); a topic gathers many articles a day, so a shorter
    /// history serves it (``TrendAnalysis`` uses 3) and a story that breaks early in a
    /// window is still measured against its own past.
    public var minimumHistoryPeriods = 7
    public var minimumHistory = 20
    public var minimumCount = 3
    public var significance = 1e-2

    public init(minimumHistoryPeriods: Int = 7) {
        self.minimumHistoryPeriods = minimumHistoryPeriods
    }

    public struct Burst: Sendable, Equatable, Codable {
        public let term: String
        public let start: String
        public let end: String
        public let strength: Double
    }

    /// `mentions[t][p]` articles mentioning term `t` in period `p`; `totals[p]` articles in `p`.
    public func bursts(terms: [String], periods: [String], mentions: [[Int]], totals: [Int]) -> [Burst] {
        var found: [Burst] = []
        let grandTotal = totals.reduce(0, +)
        for (t, term) in terms.enumerated() {
            let counts = mentions[t]
            let termTotal = counts.reduce(0, +)
            var flagged: [(period: Int, strength: Double)] = []
            var quiet: [Int] = []   // periods not in a burst: the baseline, so a burst does not raise its own bar
            for p in periods.indices {
                defer { if flagged.last?.period != p { quiet.append(p) } }
                guard counts[p] >= minimumCount && totals[p] > 0 else { continue }
                let history = quiet.suffix(window)
                let historyArticles = history.reduce(0) { $0 + totals[$1] }
                let rate: Double
                if history.count >= minimumHistoryPeriods && historyArticles >= minimumHistory {
                    rate = (Double(history.reduce(0) { $0 + counts[$1] }) + 0.5) / (Double(historyArticles) + 1)
                } else {
                    rate = (Double(termTotal - counts[p]) + 0.5) / (Double(grandTotal - totals[p]) + 1)
                }
                let tail = BurstDetector.poissonTail(atLeast: counts[p], mean: rate * Double(totals[p]))
                if tail < significance { flagged.append((p, -log10(max(tail, 1e-300)))) }
            }
            var i = 0
            while i < flagged.count {
                var j = i
                while j + 1 < flagged.count && flagged[j + 1].period - flagged[j].period <= 2 { j += 1 }
                let strength = flagged[i...j].map(\.strength).reduce(0, +)
                found.append(Burst(term: term, start: periods[flagged[i].period], end: periods[flagged[j].period],
                                   strength: (strength * 100).rounded() / 100))
                i = j + 1
            }
        }
        return found.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : ($0.start, $0.term) < ($1.start, $1.term) }
    }

    /// `P(X ≥ k)` for `X ~ Poisson(μ)`, summed in log space.
    static func poissonTail(atLeast k: Int, mean mu: Double) -> Double {
        guard k > 0 else { return 1 }
        guard mu > 0 else { return 0 }
        var total = 0.0
        var i = k
        while i < k + 400 {
            let term = exp(-mu + Double(i) * log(mu) - lgamma(Double(i) + 1))
            total += term
            if term < total * 1e-12 && Double(i) > mu { break }
            i += 1
        }
        return min(1, total)
    }
}
