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
/// Two columns' lines are not always one a line: where their baselines meet, one printed line
/// holds both, a space apart (``sideBySide(_:width:)``); where a quotation mark or a comma sits
/// off the baseline, one column line comes in pieces (``columnLines(_:width:)``). A block's lines
/// are first cut and grouped into column lines.
///
/// In a block of at least ``shortestBlock`` column lines, `gain(k) = J(k − 2, k) − J(k − 1, k)`
/// for each line `k` from the block's third; the run of lines with the greatest summed gain (the
/// first such run, on ties) is two columns alternating when that sum is at least ``evidence`` and
/// the run spans ``shortestBlock`` lines or more, counting the two lines that open its columns.
/// The line above the run joins it where it opens a column (``opensAColumn(_:above:_:width:pairs:)``).
/// The run is then read column by column: the lines at even offsets from its start, then those
/// at odd ones, or the other way round where that column's last line runs on into the other's
/// first (``columns(of:_:pairs:)``). Everything else keeps its place, as printed. Deterministic;
/// every character is kept.
///
/// Tuned on the default-mode text of the page benchmark's seed 1998 (`Benchmarks/pages`), with a
/// prototype of these scores: over windows of twelve lines, the summed gain was 3 or more in 86%
/// of the 953 where the gold has two columns alternate, and in 31 of the 15,700 where it has one
/// column read in order. Cutting, grouping, the line above and the column order were added on the
/// default-mode text of seeds 24, 3, 60 to 64 (the fifty-seventh session; `Benchmarks/pages/README.md`).
enum InterleavedColumns {
    /// Fewest lines of a block, and of an alternating run, read as two columns.
    static let shortestBlock = 6
    /// Least summed gain of reading a run as two alternating columns.
    static let evidence = 3.0

    /// A line as read: its text and the index of the printed line it comes from. A printed line
    /// holding two columns' lines side by side is read as two lines; a column line printed in
    /// pieces is read as one, numbered as its first piece.
    struct ReadLine: Equatable {
        let printed: Int
        let text: String
    }

    /// `lines` as read: each block's alternating run column by column, everything else as printed.
    static func reading(_ lines: [String]) -> [ReadLine] {
        let compact = lines.map(compacted)
        let pairs = CharacterPairs(compact)
        var read: [ReadLine] = []
        var start = 0
        while start < lines.count {
            guard !compact[start].isEmpty else { read.append(ReadLine(printed: start, text: lines[start])); start += 1; continue }
            var end = start
            while end < lines.count && !compact[end].isEmpty { end += 1 }
            read += readingBlock(lines, compact, start..<end, pairs: pairs)
            start = end
        }
        return read
    }

    private static func compacted(_ line: String) -> String {
        String(String.UnicodeScalarView(Normalizer.foldWidth(line).unicodeScalars.filter { CharacterClass($0.value) != .space }))
    }

    /// One block of lines with text, as read.
    private static func readingBlock(_ lines: [String], _ compactLines: [String], _ block: Range<Int>, pairs: CharacterPairs) -> [ReadLine] {
        let width = columnWidth(block.map { (lines[$0], compactLines[$0]) })
        let cut = block.map { index in (index, sideBySide(lines[index], width: width)) }
        let parts = cut.flatMap { index, texts in texts.map { ReadLine(printed: index, text: $0) } }
        let compact = cut.flatMap { index, texts in texts.count == 1 ? [compactLines[index]] : texts.map(compacted) }
        let groups = columnLines(compact, width: width)
        let joined = groups.map { $0.map { compact[$0] }.joined() }
        guard var run = alternatingRun(joined[...], pairs: pairs) else {
            return block.map { ReadLine(printed: $0, text: lines[$0]) }
        }
        // A column's opening line above the run, its gain lost where no word runs across.
        if run.lowerBound > 0, opensAColumn(joined[run.lowerBound - 1], above: joined[run.lowerBound], joined[run.lowerBound + 1],
                                                 width: width, pairs: pairs) {
            run = run.lowerBound - 1...run.upperBound
        }
        let before = groups[..<run.lowerBound].joined(), after = groups[(run.upperBound + 1)...].joined()
        let columns = columns(of: run, joined, pairs: pairs).map { group in
            ReadLine(printed: parts[groups[group][0]].printed, text: groups[group].map { parts[$0].text }.joined())
        }
        return before.map { parts[$0] } + columns + after.map { parts[$0] }
    }

    /// Whether `line`, the line above a run whose first two lines are `first` and `second`, opens
    /// the column `second` is in: it is a column line's width, ends no sentence, and `second`
    /// runs on from it at least as well as `first` does.
    private static func opensAColumn(_ line: String, above first: String, _ second: String, width: Int, pairs: CharacterPairs) -> Bool {
        abs(line.unicodeScalars.count - width) <= 1 && !Normalizer.endsSentence(Array(line.unicodeScalars))
            && continuation(of: line, by: second, pairs: pairs) >= continuation(of: line, by: first, pairs: pairs)
    }

    /// The parts of a block grouped into the column lines they were printed as: a part shorter
    /// than a column's width by two characters or more that ends no sentence is a piece of a line
    /// text extraction broke (at a quotation mark, a comma: `在` / `全县深入开展了“优美环境”` / `、` /
    /// `“优`, band-07 of the page benchmark's seed 24), and joins the part before it where the two
    /// together are no wider than a column line and two characters (a closing quotation mark
    /// broken off after a finished sentence too: `…没有一名党员。` / `”他介绍…`).
    static func columnLines(_ parts: [String], width: Int) -> [[Int]] {
        var groups: [[Int]] = [], groupWidth = 0
        for (index, part) in parts.enumerated() {
            let count = part.unicodeScalars.count
            let broken = width >= 8 && count < width - 1 && !Normalizer.endsSentence(Array(part.unicodeScalars))
            if broken, !groups.isEmpty, groupWidth + count <= width + 2 {
                groups[groups.count - 1].append(index)
                groupWidth += count
            } else {
                groups.append([index])
                groupWidth = count
            }
        }
        return groups
    }

    /// The lines of `run` column by column: those at even offsets from its start, then those at
    /// odd ones, or the other way round where the odd ones' last line continues the even ones'
    /// first better than the even ones' last continues the odd ones' first: the column whose
    /// baseline sits higher on the page need not be the first.
    private static func columns(of run: ClosedRange<Int>, _ compact: [String], pairs: CharacterPairs) -> [Int] {
        let even = run.filter { ($0 - run.lowerBound) % 2 == 0 }, odd = run.filter { ($0 - run.lowerBound) % 2 == 1 }
        let evenFirst = continuation(of: compact[even.last!], by: compact[odd.first!], pairs: pairs)
        let oddFirst = continuation(of: compact[odd.last!], by: compact[even.first!], pairs: pairs)
        return oddFirst > evenFirst ? odd + even : even + odd
    }

    /// The width of a block's column lines: the commonest count of characters among its lines
    /// that hold no space (the wider, on ties).
    private static func columnWidth(_ block: [(printed: String, compact: String)]) -> Int {
        var counts: [Int: Int] = [:]
        for line in block where !line.printed.unicodeScalars.contains(where: { CharacterClass($0.value) == .space }) {
            counts[line.compact.unicodeScalars.count, default: 0] += 1
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }

    /// `line` as one line, or as two where it holds two columns' lines side by side: the text
    /// before a space is a column line's width (within a character), and two characters or more
    /// follow it. Not beside a digit, nor between two Latin letters, which justified text spaces apart.
    static func sideBySide(_ line: String, width: Int) -> [String] {
        guard width >= 8 else { return [line] }
        let scalars = Array(line.unicodeScalars)
        let isSpace = { (scalar: Unicode.Scalar) in CharacterClass(scalar.value) == .space }
        var k = 0
        while k < scalars.count {
            guard isSpace(scalars[k]) else { k += 1; continue }
            var after = k
            while after < scalars.count && isSpace(scalars[after]) { after += 1 }
            let left = String(String.UnicodeScalarView(scalars[..<k])), right = String(String.UnicodeScalarView(scalars[after...]))
            let (l, r) = (compacted(left).unicodeScalars, compacted(right).unicodeScalars)
            if let last = l.last, let first = r.first, abs(l.count - width) <= 1, r.count >= 2,
               !(last.isASCII && first.isASCII), CharacterClass(last.value) != .digit, CharacterClass(first.value) != .digit {
                return [left, right]
            }
            k = after
        }
        return [line]
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
