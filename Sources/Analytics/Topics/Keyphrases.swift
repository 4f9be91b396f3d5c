import Foundation

/// Keyphrases found from the corpus itself, cut where words end: runs of Han characters that
/// occur often, hold together, stand free of their neighbours, and begin and end where a
/// dictionary's cut of the text puts word boundaries.
///
/// Candidates are the substrings of 2 to ``maxLength`` characters of every Han run (so
/// overlapping bigrams chain into longer phrases: `现代`+`代社`+`社区` → `现代社区`). A
/// candidate `s` seen `f(s)` times is a phrase when
/// - `f(s) ≥ minCount`;
/// - **cohesion**: for every split `s = l·r`, `ln(p(s) / (p(l)·p(r))) ≥ minCohesion`, with
///   `p(x) = f(x) / N` over the corpus's `N` Han characters (pointwise mutual information);
/// - **boundary freedom**: the entropy of the character before it and of the character after
///   it (a run boundary counting as a new character each time) are both `≥ minEntropy` nats —
///   a fragment such as `代社` is always preceded by `现`, entropy 0 — or one side is free and
///   on the other at least 80% of its occurrences meet a phrase accepted so (`现代社区` + `建设`);
/// - it neither starts nor ends with a function character (`的了在是和与及或`…), is not a date
///   written in Chinese numerals (`十三日`), and is not a stop word;
/// - it is not the unit of a number: a phrase starting with a numeral or date character
///   (`万吨`, `亿元`, `日选举`) that follows a digit or a numeral in most of its occurrences;
/// - **word boundaries**: in at least half of its occurrences it starts and ends on a boundary of
///   ``dictionary``'s cut (``WordDictionary/boundaries(_:)``), so it is one word or a run of
///   whole words (`现代社区` = `现代|社区`), never a piece of one (`纪念江泽` cuts `江泽民`);
/// - it is not swallowed by a longer phrase seen nearly as often (`f(t) ≥ 0.8·f(s)`).
///
/// The corpus finds what the dictionary lacks (names, compounds of the day); the dictionary
/// keeps the statistics from cutting words. Documents are then read word by word: at each
/// boundary of the dictionary's cut the longest phrase ending on a boundary is taken.
/// Deterministic; independent of document order.
///
/// On a large corpus the phrase table is learned from a sample (``sampleCharacters``), then
/// every document is read with it: finding phrases needs counts of every candidate n-gram, a
/// table that outgrows the processor's caches and then memory, while a phrase frequent enough
/// to chart recurs in any sizeable share of the corpus.
public struct KeyphraseExtractor: Sendable {
    public var maxLength: Int
    public var minCount: Int
    public var minCohesion: Double
    public var minEntropy: Double
    public var stopWords: StopWords
    public var dictionary: WordDictionary
    /// How many characters ``fit(_:)`` learns from at most: past it, the texts with the
    /// smallest ``StableHash`` of their content, so the sample depends on the texts and not on
    /// their order (see ``sample(_:characters:)``).
    public var sampleCharacters: Int

    public init(maxLength: Int = 4, minCount: Int = 3, minCohesion: Double = 1.0, minEntropy: Double = 0.6,
                stopWords: StopWords = .isoChinese, dictionary: WordDictionary = .jieba, sampleCharacters: Int = 10_000_000) {
        precondition((2...WordDictionary.maxLength).contains(maxLength), "maxLength is 2 to \(WordDictionary.maxLength)")
        precondition(sampleCharacters > 0, "sampleCharacters is positive")
        self.maxLength = maxLength
        self.minCount = minCount
        self.minCohesion = minCohesion
        self.minEntropy = minEntropy
        self.stopWords = stopWords
        self.dictionary = dictionary
        self.sampleCharacters = sampleCharacters
    }

    /// `minCount` for a corpus of `characters` characters: 2 for a page or two, 3 up to a
    /// few issues, 5 beyond — a phrase must recur more as the corpus grows to stand out of chance.
    public static func defaultMinCount(characters: Int) -> Int {
        characters < 50_000 ? 2 : characters < 1_000_000 ? 3 : 5
    }

    /// An extractor whose `minCount` suits the size of `texts` (``defaultMinCount(characters:)``).
    public init(sizedFor texts: [String], stopWords: StopWords = .isoChinese) {
        self.init(minCount: KeyphraseExtractor.defaultMinCount(characters: Parallel.map(texts, \.scalarCount).reduce(0, +)),
                  stopWords: stopWords)
    }

    /// Chinese numerals and date units: a run made only of these (`十三日`, `七日电`) is a date.
    static let numeralCharacters = Set("〇零一二三四五六七八九十百千万亿两年月日时分秒号电讯".unicodeScalars.map(\.value))

    /// Characters that do not begin or end a phrase.
    static let functionCharacters = Set("的了在是和与及或也都而就把被对于从向为以之其这那个们着过等并还又但将".unicodeScalars.map(\.value))

    /// A fitted phrase table.
    public struct Phrases: Sendable {
        /// The phrases, sorted by code point; and how often each was seen.
        public let phrases: [String]
        public let counts: [Int]
        let index: NGramMap<Int>
        /// The length in characters a phrase may have at most (``KeyphraseExtractor/maxLength``).
        public let maxLength: Int
        let dictionary: WordDictionary

        /// `grams` in code point order.
        init(grams: [NGram], counts: [Int], maxLength: Int, dictionary: WordDictionary) {
            var index = NGramMap<Int>(minimumCapacity: grams.count)
            for (p, gram) in grams.enumerated() { index[gram] = p }
            self.phrases = grams.map(\.string)
            self.counts = counts
            self.index = index
            self.maxLength = maxLength
            self.dictionary = dictionary
        }

        /// A table as ``KeyphraseExtractor/fit(_:)`` made it, read back from its phrases and
        /// counts; nil unless the phrases are distinct, in code point order, each of 2 to
        /// `maxLength` characters, with one count each.
        public init?(phrases: [String], counts: [Int], maxLength: Int = 4, dictionary: WordDictionary = .jieba) {
            guard counts.count == phrases.count, (2...WordDictionary.maxLength).contains(maxLength),
                  phrases.allSatisfy({ (2...maxLength).contains($0.unicodeScalars.count) }),
                  zip(phrases, phrases.dropFirst()).allSatisfy({ $0.utf8.lexicographicallyPrecedes($1.utf8) }) else { return nil }
            self.init(grams: phrases.map { NGram($0.unicodeScalars.map(\.value)) }, counts: counts, maxLength: maxLength, dictionary: dictionary)
        }

        /// Each phrase's occurrences in `text`: inside each Han run, from each word boundary of
        /// the dictionary's cut, the longest phrase that ends on a boundary, else the next word.
        public func occurrences(in text: String) -> [Int] {
            var found: [Int] = []
            var cutter = WordCutter(dictionary)
            KeyphraseExtractor.forEachHanRun(text) { run in
                cutter.cut(run)
                let boundary = cutter.boundaries
                var i = 0
                while i < run.count {
                    var next = i + 1
                    while !boundary[next] { next += 1 }
                    for length in stride(from: min(maxLength, run.count - i), through: 2, by: -1) where boundary[i + length] {
                        if let p = index[NGram(run[i..<(i + length)])] {
                            found.append(p)
                            next = i + length
                            break
                        }
                    }
                    i = next
                }
            }
            return found
        }

        /// The phrases each text mentions (``occurrences(in:)``), once a mention, in increasing order.
        public func mentions(_ texts: [String]) -> [[Int32]] {
            Parallel.map(texts) { occurrences(in: $0).map(Int32.init).sorted() }
        }

        /// Documents × phrases counts (columns in ``phrases`` order).
        public func counts(_ texts: [String]) -> SparseMatrix {
            SparseMatrix(columns: phrases.count, uncheckedRows: Parallel.map(texts) { text in
                occurrences(in: text).map { (column: Int32($0), value: Float(1)) }
            })
        }
    }

    /// The phrase table of `texts`, learned from ``sample(_:characters:)`` of them.
    public func fit(_ all: [String]) -> Phrases {
        let texts = KeyphraseExtractor.sample(all, characters: sampleCharacters)
        let runs = texts.flatMap(KeyphraseExtractor.hanRuns)
        var counts = NGramMap<Int>(minimumCapacity: 1 << 16)
        var total = 0
        for run in runs {
            total += run.count
            for c in run { counts.add(NGram(CollectionOfOne(c))) }
        }
        // Apriori by length: an n-gram is counted only where both its (n-1)-grams are frequent.
        for length in 2...maxLength {
            for run in runs where run.count >= length {
                for i in 0...(run.count - length) {
                    let gram = run[i..<(i + length)]
                    if length > 2 {
                        guard (counts[NGram(gram.dropLast())] ?? 0) >= minCount,
                              (counts[NGram(gram.dropFirst())] ?? 0) >= minCount else { continue }
                    }
                    counts.add(NGram(gram))
                }
            }
        }
        let n = Double(max(total, 1))
        var candidates = NGramMap<Int>()
        for (gram, f) in counts where gram.length >= 2 && f >= minCount {
            let chars = gram.characters
            if KeyphraseExtractor.functionCharacters.contains(chars.first!) || KeyphraseExtractor.functionCharacters.contains(chars.last!) { continue }
            if chars.allSatisfy({ KeyphraseExtractor.numeralCharacters.contains($0) }) { continue }
            var cohesion = Double.infinity
            for split in 1..<chars.count {
                let left = Double(counts[NGram(chars[..<split])] ?? 1), right = Double(counts[NGram(chars[split...])] ?? 1)
                cohesion = min(cohesion, Foundation.log(Double(f) * n / (left * right)))
            }
            if cohesion >= minCohesion { candidates[gram] = f }
        }
        // Neighbour entropies of the candidates, and how often each stands on word boundaries
        // or after a number.
        // Counted by the candidates' dense ids: one table lookup per occurrence, not five.
        var ids = NGramMap<Int>(minimumCapacity: candidates.count)
        var candidateList: [(gram: NGram, count: Int)] = []
        for (gram, f) in candidates {
            ids[gram] = candidateList.count
            candidateList.append((gram, f))
        }
        var left = [[UInt32: Int]](repeating: [:], count: candidateList.count), right = left
        var leftEdges = [Int](repeating: 0, count: candidateList.count), rightEdges = leftEdges
        var onBoundaries = leftEdges, afterNumbers = leftEdges
        let contexts = texts.flatMap(KeyphraseExtractor.runContexts)
        let boundaries = Parallel.map(runs) { [dictionary] in dictionary.boundaries($0) }
        for ((run, context), boundary) in zip(zip(runs, contexts), boundaries) {
            for length in 2...min(maxLength, max(2, run.count)) where run.count >= length {
                for i in 0...(run.count - length) {
                    guard let id = ids[NGram(run[i..<(i + length)])] else { continue }
                    if boundary[i] && boundary[i + length] { onBoundaries[id] += 1 }
                    if KeyphraseExtractor.numeralCharacters.contains(run[i]),
                       i > 0 ? KeyphraseExtractor.numeralCharacters.contains(run[i - 1]) : context.before == 0x30 {
                        afterNumbers[id] += 1
                    }
                    // At a run's edge the neighbour is what ends the run: a digit, a letter or a
                    // punctuation mark counts as one more neighbour (`日电` always after a
                    // digit is no word); a line's start or end as a new one each time.
                    let before = i > 0 ? run[i - 1] : context.before
                    let after = i + length < run.count ? run[i + length] : context.after
                    if before != 0 { left[id][before, default: 0] += 1 } else { leftEdges[id] += 1 }
                    if after != 0 { right[id][after, default: 0] += 1 } else { rightEdges[id] += 1 }
                }
            }
        }
        func entropy(_ neighbours: [UInt32: Int], edges: Int) -> Double {
            // Summed in sorted order: a dictionary's order changes from run to run, and with it
            // the sum's last bits.
            let all = (Array(neighbours.values) + Array(repeating: 1, count: edges)).sorted()
            let sum = Double(all.reduce(0, +))
            guard sum > 0 else { return 0 }
            return -all.reduce(0.0) { $0 + Double($1) / sum * Foundation.log(Double($1) / sum) }
        }
        var accepted = NGramMap<Int>()
        var oneSided: [NGram: (leftFree: Bool, rightFree: Bool)] = [:]
        for (id, (gram, f)) in candidateList.enumerated() where !stopWords.contains(gram.string)
            && 2 * onBoundaries[id] >= f && 2 * afterNumbers[id] < f {
            let leftFree = entropy(left[id], edges: leftEdges[id]) >= minEntropy
            let rightFree = entropy(right[id], edges: rightEdges[id]) >= minEntropy
            if leftFree && rightFree { accepted[gram] = f } else if leftFree || rightFree { oneSided[gram] = (leftFree, rightFree) }
        }
        // A phrase nearly always followed (or preceded) by the same word — 现代社区 by 建设 —
        // has a low entropy on that side, yet its boundary is a word boundary: accept it when
        // at least 80% of its occurrences meet an accepted phrase (or a run's end) there.
        var wordBounded = NGramMap<Int>()
        for (run, context) in zip(runs, contexts) {
            for length in 2...min(maxLength, max(2, run.count)) where run.count >= length {
                for i in 0...(run.count - length) {
                    let gram = NGram(run[i..<(i + length)])
                    guard let sides = oneSided[gram] else { continue }
                    let boundaryOK: Bool
                    if !sides.rightFree {
                        let end = i + length
                        boundaryOK = (end == run.count && context.after == 0) || (2...maxLength).contains { l in end + l <= run.count && accepted[NGram(run[end..<(end + l)])] != nil }
                    } else {
                        boundaryOK = (i == 0 && context.before == 0) || (2...maxLength).contains { l in i - l >= 0 && accepted[NGram(run[(i - l)..<i])] != nil }
                    }
                    if boundaryOK { wordBounded.add(gram) }
                }
            }
        }
        for (gram, hits) in wordBounded where Double(hits) >= 0.8 * Double(candidates[gram]!) {
            accepted[gram] = candidates[gram]
        }
        // Drop phrases that are nearly always part of a longer accepted phrase.
        var swallowed = Set<NGram>()
        for (gram, f) in accepted where gram.length >= 3 {
            let chars = gram.characters
            for start in 0..<(chars.count - 1) {
                for end in stride(from: start + 2, through: chars.count, by: 1) where end - start < chars.count {
                    let inner = NGram(chars[start..<end])
                    if let g = accepted[inner], Double(f) >= 0.8 * Double(g) { swallowed.insert(inner) }
                }
            }
        }
        let kept = accepted.filter { !swallowed.contains($0.key) }
            .map { (string: $0.key.string, gram: $0.key, count: $0.value) }
            .sorted { $0.string.utf8.lexicographicallyPrecedes($1.string.utf8) }
        return Phrases(grams: kept.map(\.gram), counts: kept.map(\.count), maxLength: maxLength, dictionary: dictionary)
    }

    /// `texts` when they hold at most `characters` characters (Unicode scalars); else the texts
    /// in increasing order of ``StableHash`` of their content, up to and including the one that
    /// reaches `characters`. Deterministic and independent of the texts' order; a day's issue
    /// is as likely to be drawn as any other.
    public static func sample(_ texts: [String], characters: Int) -> [String] {
        let sizes = Parallel.map(texts, \.scalarCount)
        guard sizes.reduce(0, +) > characters else { return texts }
        let hashes = Parallel.map(texts, StableHash.hash)
        var sample: [String] = []
        var total = 0
        for i in texts.indices.sorted(by: { (hashes[$0], texts[$0]) < (hashes[$1], texts[$1]) }) where total < characters {
            sample.append(texts[i])
            total += sizes[i]
        }
        return sample
    }

    /// How often each run of 2 to ``maxLength`` Han characters occurs in `text` (overlaps
    /// counted): the candidates ``fit(_:)`` starts from, before any test. Counts add up across
    /// documents, so a corpus's table is the sum of its documents' tables.
    public func candidateCounts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for run in KeyphraseExtractor.hanRuns(text) where run.count >= 2 {
            for length in 2...min(maxLength, run.count) {
                for i in 0...(run.count - length) {
                    counts[NGram(run[i..<(i + length)]).string, default: 0] += 1
                }
            }
        }
        return counts
    }

    /// What stands before and after each of ``hanRuns(_:)``: `0x30` for a digit, `0x41` for a
    /// letter, a punctuation mark itself, 0 for a space, a line break or the text's edge.
    static func runContexts(_ text: String) -> [(before: UInt32, after: UInt32)] {
        var contexts: [(before: UInt32, after: UInt32)] = []
        var previous: UInt32 = 0
        var inRun = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if CharacterClass.isHan(v) {
                if !inRun { contexts.append((previous, 0)); inRun = true }
                continue
            }
            let symbol: UInt32
            switch CharacterClass(v) {
            case .digit: symbol = 0x30
            case .letter: symbol = 0x41
            case .space: symbol = 0
            default: symbol = v
            }
            if inRun { contexts[contexts.count - 1].after = symbol; inRun = false }
            previous = symbol
        }
        return contexts
    }

    /// The maximal runs of Han characters of normalised text, as scalar values.
    static func hanRuns(_ text: String) -> [[UInt32]] {
        var runs: [[UInt32]] = []
        forEachHanRun(text) { runs.append($0) }
        return runs
    }

    /// Calls `body` with each of ``hanRuns(_:)`` in turn, in one buffer reused from run to run.
    static func forEachHanRun(_ text: String, _ body: ([UInt32]) -> Void) {
        var current: [UInt32] = []
        for scalar in text.unicodeScalars {
            if CharacterClass.isHan(scalar.value) {
                current.append(scalar.value)
            } else if !current.isEmpty {
                body(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { body(current) }
    }
}
