import Foundation

/// A word list with counts, and the most probable way to cut a run of Han characters into
/// its words.
///
/// The cut is jieba's without its hidden Markov model: every word `w` the list holds that
/// starts at position `i` is an edge `i → i + |w|` weighted `ln f(w) − ln F` (`F` the sum of
/// all counts); a position where no listed word starts gets its single character, weighted
/// `−ln F`. The path of greatest total weight is the cut; on equal weights the longer first
/// word wins. Deterministic; words longer than ``maxLength`` characters are not listed.
///
/// The built-in list, ``jieba``, is jieba 0.42.1's dictionary (347,133 words of one to six
/// Han characters, MIT licence; `JiebaWords.swift` and `jieba.LICENSE` beside this file).
public struct WordDictionary: Sendable {
    /// The longest word, in characters.
    public static let maxLength = 6

    /// `ln f(w)` for each listed word, and `nil` for a string that only begins listed words,
    /// so a scan stops as soon as no word can start the way the run does.
    let logCounts: NGramMap<Float?>
    /// `logCounts`' entries of up to three characters: most of the cut's lookups, in a table
    /// that misses the cache less (``entry(_:)``).
    let shortGrams: ShortGramTable
    let logTotal: Float
    /// The sum of all the listed words' counts.
    public let totalCount: Int
    /// Characters per word in the text the counts come from: `Σ f(w)·|w| / Σ f(w)`.
    public let meanWordLength: Double

    /// `counts` pairs words with how often they were seen; a word must be 1 to ``maxLength``
    /// Han characters and its count positive.
    public init(counts: [(word: String, count: Int)]) {
        var table = Table()
        for (word, count) in counts { table.add(word.unicodeScalars.map(\.value), count: count) }
        self.init(table)
    }

    private init(_ table: Table) {
        logCounts = table.logCounts
        shortGrams = ShortGramTable(table.logCounts)
        totalCount = table.total
        meanWordLength = table.total > 0 ? Double(table.totalCharacters) / Double(table.total) : 1
        logTotal = Float(Foundation.log(Double(max(table.total, 1))))
    }

    /// The words and their prefixes as they are added.
    private struct Table {
        var logCounts = NGramMap<Float?>()
        var total = 0
        var totalCharacters = 0

        mutating func add<S: Sequence<UInt32>>(_ characters: S, count: Int) {
            var gram = NGram.empty
            for c in characters {
                precondition(CharacterClass.isHan(c) && gram.length < WordDictionary.maxLength,
                             "a dictionary word is 1 to \(WordDictionary.maxLength) Han characters")
                if gram.length > 0 && logCounts[gram] == nil { logCounts[gram] = .some(nil) }
                gram = gram.appending(c)
            }
            precondition(gram.length > 0 && count > 0, "a dictionary word has a character and a positive count")
            logCounts[gram] = .some(Float(Foundation.log(Double(count))))
            total += count
            totalCharacters += count * gram.length
        }
    }

    /// jieba's dictionary.
    public static let jieba: WordDictionary = {
        // Read byte by byte: the generated list holds only `word count` lines of Han words in
        // the Basic Multilingual Plane (three UTF-8 bytes a character), and splitting its
        // 347,133 lines as Swift `Character`s took half a second.
        var table = Table()
        table.logCounts = NGramMap(minimumCapacity: 800_000)
        var characters: [UInt32] = []
        for line in jiebaWords.utf8.split(separator: UInt8(ascii: "\n")) {
            characters.removeAll(keepingCapacity: true)
            var i = line.startIndex, count = 0
            while line[i] != UInt8(ascii: " ") {
                let lead = UInt32(line[i] & 0x0F) << 12, middle = UInt32(line[line.index(i, offsetBy: 1)] & 0x3F) << 6
                characters.append(lead | middle | UInt32(line[line.index(i, offsetBy: 2)] & 0x3F))
                i = line.index(i, offsetBy: 3)
            }
            for digit in line[line.index(after: i)...] { count = count * 10 + Int(digit - UInt8(ascii: "0")) }
            table.add(characters, count: count)
        }
        return WordDictionary(table)
    }()

    /// What the list says of `gram`: `ln f` of a listed word, `.some(nil)` for a string that
    /// only begins listed words, nil for neither.
    @inline(__always)
    func entry(_ gram: NGram) -> Float?? {
        gram.length <= ShortGramTable.maxLength ? shortGrams[gram] : logCounts[gram]
    }

    /// How often `word` was seen: its listed count, or 0 for a string the list does not hold.
    /// Exact for counts below about 500,000 (the log is kept as a `Float`; jieba's largest is 217,830).
    public func count(of word: String) -> Int {
        var gram = NGram.empty
        for c in word.unicodeScalars {
            guard CharacterClass.isHan(c.value), gram.length < WordDictionary.maxLength else { return 0 }
            gram = gram.appending(c.value)
        }
        guard let entry = logCounts[gram], let logCount = entry else { return 0 }
        return Int(Foundation.exp(Double(logCount)).rounded())
    }

    /// Where the most probable cut of `run` (Han scalar values) puts word boundaries:
    /// `run.count + 1` flags, the first and last always `true`.
    public func boundaries(_ run: [UInt32]) -> [Bool] {
        var cutter = WordCutter(self)
        cutter.cut(run)
        return cutter.boundaries
    }
}
