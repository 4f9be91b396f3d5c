extension HeadlineAttachment {
    /// In text, a band's headlines printed side by side, which poppler reads row by row, set
    /// apart: a line holding two headlines' lines or more, a space between them, each of four
    /// characters or more and each matching another story best (at ``threshold`` or above), with
    /// lines under it before a blank line (a line alone may be one headline of two phrases, each
    /// nearer another story: `推进产城融合大发展 加快建设城市副中心` on the seed page), is cut into
    /// its cells (`国家科技领导小组召开 世界游泳锦标赛预赛中国选手一`, then `路顺风` and
    /// `会议`, band-10 of the page benchmark's seed 24). Each line under it, up to a blank line,
    /// goes on the cell a word runs across from (``PageLine/wordRunsAcross(_:into:words:)``), the
    /// longest such word deciding between cells (`…选手一` / `路顺风` makes `一路顺风`, `…召开` /
    /// `路顺风` only `开路`); where none does, or several equally, on the one among them whose
    /// story it brings the cell's text nearer, by most, else on the one after the cell the line
    /// above went on. A row cut into as many cells as the row above goes on that row's cells, in
    /// order. Each cell, with its lines, then stands apart, a blank line above it: an element of
    /// its own (``elements(of:)``). Cells keep their line's number.
    ///
    /// `scores` gives, for some texts, their cosines with the `articles` stories (a row a text).
    static func cuttingSideBySide(_ group: [PageLine], scores: ([String]) -> DenseMatrix?, articles: Int) -> [PageLine] {
        var result: [PageLine] = []
        var row: [[PageLine]] = []
        var lastCell = 0
        func closeRow() {
            for (index, cell) in row.enumerated() {
                var cell = cell
                if index > 0 { cell[0].afterBlank = true }
                result += cell
            }
            row = []
        }
        for (index, line) in group.enumerated() {
            if line.afterBlank { closeRow() }
            let wraps = index + 1 < group.count && !group[index + 1].afterBlank
            if row.isEmpty && !wraps {
                result.append(line)
            } else if let cells = cells(of: line, scores: scores, articles: articles) {
                if row.count == cells.count {
                    for k in cells.indices { row[k].append(cells[k]) }
                } else {
                    closeRow()
                    row = cells.map { [$0] }
                }
                lastCell = cells.count - 1
            } else if !row.isEmpty {
                var line = line
                line.afterBlank = false
                let cell = cell(taking: line, in: row, after: lastCell, scores: scores, articles: articles)
                row[cell].append(line)
                lastCell = cell
            } else {
                result.append(line)
            }
        }
        closeRow()
        return result
    }

    /// The cells of `line` printed side by side, as ``cuttingSideBySide(_:scores:articles:)`` cuts
    /// them, or nil where it holds one headline's line.
    private static func cells(of line: PageLine, scores: ([String]) -> DenseMatrix?, articles: Int) -> [PageLine]? {
        let parts = line.text.split(separator: " ").map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ $0.unicodeScalars.count >= 4 }), let matrix = scores(parts) else { return nil }
        let stories = parts.indices.map { bestMatch($0, scores: matrix, articles: articles) }
        guard stories.allSatisfy({ $0 != nil }), zip(stories, stories.dropFirst()).allSatisfy({ $0 != $1 }) else { return nil }
        return parts.map { part in
            var cell = line
            cell.text = part
            cell.runInTitle = nil
            return cell
        }
    }

    /// The cell of `row` that `line`, read under it, goes on, as ``cuttingSideBySide(_:scores:articles:)``
    /// tells; `lastCell` took the line above.
    private static func cell(taking line: PageLine, in row: [[PageLine]], after lastCell: Int,
                             scores: ([String]) -> DenseMatrix?, articles: Int) -> Int {
        let runOn = row.indices.filter { PageLine.wordRunsAcross(row[$0].last!.text, into: line.text) }
        let across = runOn.map { longestWordAcross(row[$0].last!.text, into: line.text) }
        let longest = across.max()
        let candidates = runOn.isEmpty ? Array(row.indices) : runOn.indices.filter { across[$0] == longest }.map { runOn[$0] }
        guard candidates.count > 1 else { return candidates[0] }
        // Rows 2k and 2k + 1: candidate k's text without the line and with it.
        let matrix = scores(candidates.flatMap { [joined(row[$0]), joined(row[$0] + [line])] })
        let gains = candidates.indices.map { k -> Float in
            guard let matrix, let story = bestMatch(2 * k, scores: matrix, articles: articles) else { return 0 }
            return matrix[2 * k + 1, story] - matrix[2 * k, story]
        }
        if let most = gains.max(), most > 0, gains.filter({ $0 == most }).count == 1 {
            return candidates[gains.firstIndex(of: most)!]
        }
        let next = (lastCell + 1) % row.count
        return candidates.contains(next) ? next : candidates[0]
    }

    /// The length of the longest word of the dictionary running across from `a` into `b`, up to
    /// three characters of each (0 where none does).
    private static func longestWordAcross(_ a: String, into b: String, words: WordDictionary = .jieba) -> Int {
        let tail = Array(a.unicodeScalars.suffix(3)), head = Array(b.unicodeScalars.prefix(3))
        var longest = 0
        for i in tail.indices {
            for j in head.indices where tail.count - i + j + 1 > longest {
                let word = String(String.UnicodeScalarView(tail[i...] + head[...j]))
                if words.count(of: word) > 0 { longest = tail.count - i + j + 1 }
            }
        }
        return longest
    }
}

extension PageLine {
    /// A line's number and text: one cell of a line printed side by side, or the whole line.
    var cellKey: String { "\(number):\(text)" }
}
