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

    /// The order to read `lines` in: a permutation of their indices.
    static func readingOrder(_ lines: [String]) -> [Int] {
        let compact = lines.map { line in
            String(String.UnicodeScalarView(Normalizer.foldWidth(line).unicodeScalars.filter { CharacterClass($0.value) != .space }))
        }
        let pairs = CharacterPairs(compact)
        var order = Array(lines.indices)
        var start = 0
        while start < compact.count {
            guard !compact[start].isEmpty else { start += 1; continue }
            var end = start
            while end < compact.count && !compact[end].isEmpty { end += 1 }
            if let run = alternatingRun(compact[start..<end], pairs: pairs) {
                let columns = run.filter { ($0 - run.lowerBound) % 2 == 0 } + run.filter { ($0 - run.lowerBound) % 2 == 1 }
                order.replaceSubrange(run, with: columns)
            }
            start = end
        }
        return order
    }

    /// The lines of `block` (indices into the page) read as two alternating columns, if any.
    static func alternatingRun(_ block: ArraySlice<String>, pairs: CharacterPairs) -> ClosedRange<Int>? {
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
        return run
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
