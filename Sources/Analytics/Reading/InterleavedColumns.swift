/// Two columns whose lines text extraction gave one after the other, as one block.
///
/// poppler's default mode sorts the lines of a block by their baselines; where two neighbouring
/// columns (two stories, or one story's two columns) are taken for one block and their
/// baselines are offset, their lines alternate: `A₁ B₁ A₂ B₂ …`. Each column's text then runs
/// on from the line two above, not from the line above.
///
/// How well line `b` continues line `a`, ``continuation(of:by:pairs:)``:
/// - `b` opening with a mark that closes or continues a clause (`，` `。` `）` `”`…): +2 after a
///   sentence left open, −2 after a finished one;
/// - otherwise 0 after a finished sentence, where anything may follow;
/// - otherwise +1 where a dictionary word runs across the break (``PageLine/wordRunsAcross(_:into:words:)``),
///   and +½ where the page prints `a`'s last and `b`'s first character side by side inside a line.
///
/// In a block of at least ``shortestBlock`` lines, `gain(k) = J(k − 2, k) − J(k − 1, k)` for each
/// line `k` from the block's third; the run of lines with the greatest summed gain (the first
/// such run, on ties) is two columns alternating when that sum is at least ``evidence`` and the
/// run spans ``shortestBlock`` lines or more, counting the two lines that open its columns. Its
/// lines are then read column by column: those at even offsets from the run's start, then
/// those at odd ones. Everything else keeps its place. Deterministic; every line is kept.
///
/// Tuned on the default-mode text of the page benchmark's seed 1998 (`Benchmarks/pages`), with a
/// prototype of these scores: over windows of twelve lines, the summed gain was 3 or more in 86%
/// of the 953 where the gold has two columns alternate, and in 31 of the 15,700 where it has one
/// column read in order.
enum InterleavedColumns {
    /// Fewest lines of a block, and of an alternating run, read as two columns.
    static let shortestBlock = 6
    /// Least summed gain of reading a run as two alternating columns.
    static let evidence = 3.0

    /// A line as read: the index of the printed line it comes from, and its text.
    struct ReadLine: Equatable {
        let printed: Int
        let text: String
    }

    /// The lines of `lines` in the order to read them. Every printed line is read once, but for
    /// one holding two columns' text that alternate with the lines around it
    /// (``splitInTwo(_:width:)``), read as two lines where reading the block as two alternating
    /// columns has more evidence so.
    static func readingOrder(_ lines: [String]) -> [ReadLine] {
        let compact = lines.map(Self.compact)
        let pairs = CharacterPairs(compact)
        var read: [ReadLine] = []
        var start = 0
        while start < compact.count {
            guard !compact[start].isEmpty else { read.append(ReadLine(printed: start, text: lines[start])); start += 1; continue }
            var end = start
            while end < compact.count && !compact[end].isEmpty { end += 1 }
            read += readingOrder(ofBlock: (start..<end).map { ReadLine(printed: $0, text: lines[$0]) }, pairs: pairs)
            start = end
        }
        return read
    }

    /// A block's lines in reading order: its alternating run, if any, read column by column,
    /// with its lines that hold both columns' text split in two when that gives the greater gain.
    static func readingOrder(ofBlock block: [ReadLine], pairs: CharacterPairs) -> [ReadLine] {
        var split: [ReadLine] = [], halves: [Int] = []   // indices in `split` of halves of a printed line
        let width = typicalWidth(block.map { compact($0.text) })
        for line in block {
            guard let width, let (left, right) = splitInTwo(line.text, width: width) else { split.append(line); continue }
            halves += [split.count, split.count + 1]
            split += [ReadLine(printed: line.printed, text: left), ReadLine(printed: line.printed, text: right)]
        }
        let whole = alternatingRun(block.map { compact($0.text) }[...], pairs: pairs)
        var reading = (lines: block, run: whole?.run)
        if !halves.isEmpty, let parted = alternatingRun(split.map { compact($0.text) }[...], pairs: pairs),
           parted.gain > whole?.gain ?? 0, halves.allSatisfy(parted.run.contains) {
            reading = (split, parted.run)
        }
        guard let run = reading.run else { return block }
        var lines = reading.lines
        let columns = run.filter { ($0 - run.lowerBound) % 2 == 0 } + run.filter { ($0 - run.lowerBound) % 2 == 1 }
        lines.replaceSubrange(run, with: columns.map { reading.lines[$0] })
        return lines
    }

    /// The line without spaces, width-folded: what the scores compare.
    static func compact(_ line: String) -> String {
        String(String.UnicodeScalarView(Normalizer.foldWidth(line).unicodeScalars.filter { CharacterClass($0.value) != .space }))
    }

    /// The median length of a block's lines of four characters or more: its column's width in
    /// characters. Nil for a block of fewer than ``shortestBlock`` such lines.
    static func typicalWidth(_ compact: [String]) -> Int? {
        let lengths = compact.map(\.unicodeScalars.count).filter { $0 >= 4 }.sorted()
        return lengths.count >= shortestBlock ? lengths[lengths.count / 2] : nil
    }

    /// A line poppler ran together from two columns whose baselines met (`元旦前后，北京舞台各类迎新音
    /// 《貂蝉》由钱兆熹作曲，王宁配器，`, band-07 of the page benchmark's seed 24): split at a gap whose
    /// text before it fills a column of `width` characters (one fewer to two more: a line with
    /// more punctuation holds more characters, the marks set narrower) and whose text after it
    /// holds two characters or more and no more than a column (three more than `width`). The gap
    /// nearest a column's width when there are several.
    static func splitInTwo(_ line: String, width: Int) -> (left: String, right: String)? {
        let scalars = Array(line.unicodeScalars)
        let isSpace = { (k: Int) in CharacterClass(scalars[k].value) == .space }
        var best: (left: String, right: String, miss: Int)?
        var counted = 0
        for k in scalars.indices {
            guard isSpace(k) else { counted += 1; continue }
            guard k > 0, !isSpace(k - 1) else { continue }
            let left = String(String.UnicodeScalarView(scalars[..<k])), right = String(String.UnicodeScalarView(scalars[(k + 1)...]))
            let rest = compact(right).unicodeScalars.count
            guard (width - 1...width + 2).contains(counted), (2...width + 3).contains(rest) else { continue }
            if best == nil || abs(counted - width) < best!.miss { best = (left, right.trimmingSpaces(), abs(counted - width)) }
        }
        return best.map { ($0.left, $0.right) }
    }

    /// The lines of `block` (indices into it) read as two alternating columns, if any, and the
    /// summed gain of reading them so.
    static func alternatingRun(_ block: ArraySlice<String>, pairs: CharacterPairs) -> (run: ClosedRange<Int>, gain: Double)? {
        guard block.count >= shortestBlock else { return nil }
        let first = block.startIndex
        var best = (gain: 0.0, run: nil as ClosedRange<Int>?)
        var current = 0.0, opening = first + 2
        for k in first + 2..<block.endIndex {
            if current <= 0 { current = 0; opening = k }
            current += continuation(of: block[k - 2], by: block[k], pairs: pairs)
                - continuation(of: block[k - 1], by: block[k], pairs: pairs)
            if current > best.gain { best = (current, (opening - 2)...k) }
        }
        guard best.gain >= evidence, let run = best.run, run.count >= shortestBlock else { return nil }
        return (run, best.gain)
    }

    /// How well `b` continues `a` (the type's documentation gives the scores).
    static func continuation(of a: String, by b: String, pairs: CharacterPairs) -> Double {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return 0 }
        let finished = Normalizer.endsSentence(Array(a.unicodeScalars))
        if PageLine.opensWithAClauseMark(first) { return finished ? -2 : 2 }
        if finished { return 0 }
        return (PageLine.wordRunsAcross(a, into: b) ? 1 : 0) + (pairs.printed(last, first) ? 0.5 : 0)
    }

    /// The pairs of characters a page prints side by side inside its lines.
    struct CharacterPairs {
        private var seen: Set<UInt64> = []

        init(_ lines: [String]) {
            for line in lines {
                for (a, b) in zip(line.unicodeScalars, line.unicodeScalars.dropFirst()) { seen.insert(Self.key(a, b)) }
            }
        }

        func printed(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { seen.contains(Self.key(a, b)) }

        private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }
    }
}

extension PageReader.Page {
    /// Gives lines the numbers they have in the page's text, where they were read in another
    /// order: line `k` as read was printed as line `printedLine[k − 1] + 1`. The explanation and
    /// the unassigned lines are listed in printed order; a piece spans the printed lines of
    /// those it was read from.
    mutating func renumber(printedLine: [Int]) {
        let printed = { (read: Int) in printedLine[read - 1] + 1 }
        unassigned = unassigned.map { PageReader.Unassigned(line: printed($0.line), text: $0.text, reason: $0.reason) }
            .sorted { $0.line < $1.line }
        readings = readings.map { PageReader.LineReading(line: printed($0.line), text: $0.text, piece: $0.piece, role: $0.role, reason: $0.reason) }
            .sorted { $0.line < $1.line }
        for i in articles.indices {
            guard let read = articles[i].lines else { continue }
            let lines = read.map(printed)
            articles[i].lines = lines.min()!...lines.max()!
        }
    }
}
