/// Cuts run after run of Han characters with one ``WordDictionary``, keeping its buffers from
/// one run to the next: a corpus has hundreds of millions of runs, and three arrays allocated
/// for each cost more than the cut.
struct WordCutter {
    let dictionary: WordDictionary
    /// After ``cut(_:)``: `run.count + 1` flags, `true` where the cut puts a word boundary (the
    /// first and last always).
    private(set) var boundaries: [Bool] = []
    private var score: [Float] = []
    private var next: [Int] = []

    init(_ dictionary: WordDictionary) {
        self.dictionary = dictionary
    }

    /// The most probable cut of `run` (``WordDictionary``): the path of greatest total weight,
    /// found from the run's end, the longer first word winning on equal weights.
    mutating func cut(_ run: [UInt32]) {
        let n = run.count
        let logTotal = dictionary.logTotal
        score.removeAll(keepingCapacity: true)
        score.append(contentsOf: repeatElement(0, count: n + 1))
        next.removeAll(keepingCapacity: true)
        next.append(contentsOf: repeatElement(n, count: n + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            var best = -Float.infinity, bestEnd = i + 1
            var gram = NGram.empty
            for end in (i + 1)...min(n, i + WordDictionary.maxLength) {
                gram = gram.appending(run[end - 1])
                guard let entry = dictionary.entry(gram) else { break }
                guard let logCount = entry else { continue }
                let candidate = logCount - logTotal + score[end]
                if candidate >= best { best = candidate; bestEnd = end }
            }
            if best == -.infinity { best = -logTotal + score[i + 1] }
            score[i] = best
            next[i] = bestEnd
        }
        boundaries.removeAll(keepingCapacity: true)
        boundaries.append(contentsOf: repeatElement(false, count: n + 1))
        var i = 0
        boundaries[0] = true
        while i < n { i = next[i]; boundaries[i] = true }
    }
}
