/// Gives headlines printed apart from their stories to the stories they head.
///
/// A group of headline lines is first cut into elements: lines that follow one another
/// without a blank line, in one type size, are one headline broken over lines (a subtitle's
/// `——` starts a new element). Elements become headlines with their kicker (引题) and
/// subtitle (副题): an element led by `——` is the subtitle of the headline above it; where
/// type sizes are known, the largest elements are headlines, a smaller one just before a
/// headline its kicker and one just after its subtitle; without sizes, two neighbouring
/// elements whose best match is the same article are kicker and headline.
///
/// Each headline (with kicker and subtitle) is compared with every article body by TF-IDF
/// cosine (vocabulary fitted on the page's bodies, character bigrams, stop words removed) and
/// headlines go to articles one to one, best cosine first, the story printed right below a
/// headline having ``adjacencyBonus`` added; on equal scores the article printed nearer wins.
/// A group that is only a subtitle (`——…` over a story whose headline stands in a band) is the
/// subtitle of the story right below it, which still takes a headline; one over no story, or
/// opening a group of headlines, is printed apart from its headline and goes, after the
/// headlines, to the story it shares most words with.
/// A headline whose score is below ``threshold`` is left unattached unless it is left over
/// with stories left without one (``LastPairing``), and an article that already has a title
/// (a caption's own) takes none. Deterministic.
enum HeadlineAttachment {
    static let threshold: Float = 0.05
    static let adjacencyBonus: Float = 0.1

    struct Unit {
        var kicker: [PageLine] = []
        var main: [PageLine]
        var subtitle: [PageLine] = []
        var text: String { [kicker, main, subtitle].filter { !$0.isEmpty }.map(HeadlineAttachment.joined).joined(separator: " ") }
        var lines: [PageLine] { kicker + main + subtitle }
    }

    /// Lines of one element joined as a wrapped headline is: nothing between CJK characters.
    static func joined(_ lines: [PageLine]) -> String {
        Normalizer().paragraph(joining: lines.map(\.text))
    }

    /// The elements of a group: runs of lines with no blank line between, in one type size. A
    /// line at the size of the line above goes with it even after a blank line when it is one
    /// character (`济南社区医生入家` / `来`, mixed-12 in the page benchmark: no headline is so
    /// short), or two that a word runs into from the line above; or, where sizes are known, any
    /// line a word runs into (`四大气象科` / `学试验将展开`, mixed-15; in text, without sizes,
    /// headlines of a band stand that close). Two characters alone are more often a section's label
    /// or a title of their own (`简讯`, `定位`, `怀念` under a headline: on the fortieth session's
    /// text work sets, 34 of the 35 such lines whose reading the gold settles stand apart).
    static func elements(of group: [PageLine]) -> [[PageLine]] {
        var result: [[PageLine]] = []
        for line in group {
            let length = line.text.unicodeScalars.count
            if let previous = result.last?.last, !isSubtitle(line), abs((line.size ?? 1) - (previous.size ?? 1)) < 0.08,
               !line.afterBlank || length == 1
                || ((length == 2 || line.size != nil) && PageLine.wordRunsAcross(previous.text, into: line.text)) {
                result[result.count - 1].append(line)
            } else {
                result.append([line])
            }
        }
        return result
    }

    /// In text, an element of three lines or more cut apart where a line matches one story best
    /// and the line above another, each at ``threshold`` or above and at least twice what it
    /// scores with the other's story (`scores`, a row a line, `row(line)`), no word running
    /// across: without sizes a band's headlines, poppler reading its rows line by line, stand as
    /// close as one headline's lines (`耕地总量动态平衡` / `节日谨防公款送礼`, band-16 of seed 24).
    /// Two lines are left whole: a headline of two phrases, each matching one part of a roundup
    /// the page's stories were cut into, is printed over two lines.
    static func cutByMatch(_ element: [PageLine], scores: DenseMatrix, row: (PageLine) -> Int, articles: Int) -> [[PageLine]] {
        guard element.count >= 3 else { return [element] }
        func headsAnother(_ line: PageLine, under above: PageLine) -> Bool {
            guard let own = bestMatch(row(line), scores: scores, articles: articles),
                  let other = bestMatch(row(above), scores: scores, articles: articles), own != other else { return false }
            return scores[row(line), other] * 2 <= scores[row(line), own] && scores[row(above), own] * 2 <= scores[row(above), other]
                && !PageLine.wordRunsAcross(above.text, into: line.text)
        }
        var result: [[PageLine]] = []
        for line in element {
            if let above = result.last?.last, !headsAnother(line, under: above) {
                result[result.count - 1].append(line)
            } else {
                result.append([line])
            }
        }
        return result
    }

    static func isSubtitle(_ line: PageLine) -> Bool { opensSubtitle(line.text) }
    static func opensSubtitle(_ text: String) -> Bool { text.hasPrefix("—") || text.hasPrefix("--") }

    /// What attaching did: each headline line's role and piece, and the pieces whose headline
    /// was printed right above them.
    struct Result {
        var roles: [Int: (piece: String, role: PageReader.LineReading.Role, why: String)] = [:]
        var adjacent: Set<String> = []
        /// Headlines printed side by side on one line (``cuttingSideBySide(_:scores:articles:)``) that
        /// headed no story while another on their line did.
        var cellsLeft: [PageLine] = []
        /// The story each line or cell given went to, by ``PageLine/cellKey``.
        fileprivate var given: [String: String] = [:]
        /// Lines given to a story for want of any other (the one headline left, for the one
        /// story left; a band's headlines left, for its stories left, in the band's order),
        /// sharing no words with it.
        var pairedByElimination: Set<Int> = []

        /// Records that `lines` (whole lines or cells) went to story `id` in `role`, for the reason `why`.
        mutating func record(_ lines: [PageLine], to id: String, as role: PageReader.LineReading.Role, why: String) {
            for line in lines {
                roles[line.number] = (id, role, why)
                given[line.cellKey] = id
            }
        }
    }

    /// When headlines left over go to the stories left without one (the one to the one, or a
    /// band's in its order), sharing no words with them: only a band's headline (a group of
    /// three or more) where sizes are known; any headline where sizes are known; or any, in text
    /// too, once the page's pieces are settled. Without sizes a line left over as a "headline"
    /// may be a line of text broken off, and a story titled so early is not joined by its
    /// rests: paired while the pieces were still being joined, the work seeds of the page
    /// benchmark gained 19 headlines and lost 10 pieces; paired after, 36 headlines and no piece.
    enum LastPairing { case inABand, whereSized, evenInText }

    /// Sets `title`, `kicker` and `subtitle` on the articles.
    static func attach(_ groups: [[PageLine]], to articles: inout [Article], pairingTheLast: LastPairing = .whereSized) -> Result {
        guard !groups.isEmpty, !articles.isEmpty,
              let fit = try? TfidfVectorizer().fit(articles.map(\.analysisText)) else { return Result() }
        let normalizer = Normalizer()
        func scores(_ texts: [String]) -> DenseMatrix? {
            try? CosineSimilarity.sparse(fit.fitted.transform(texts.map { normalizer.normalize($0) }), fit.weights)
        }
        var units: [Unit] = []
        // The units of each band (a group of three or more), in the band's order.
        var bands: [Range<Int>] = []
        // Subtitles printed apart from their stories and headlines.
        var subtitlesApart: [[PageLine]] = []
        var attached = Result()
        // Every group's lines, a line printed side by side as its cells.
        var groupLines: [PageLine] = []
        for group in groups {
            let group = group.contains(where: { $0.size != nil }) ? group : cuttingSideBySide(group, scores: scores, articles: articles.count)
            groupLines += group
            var elements = elements(of: group)
            // A subtitle opening a group of headlines is printed apart from its own, which
            // stands elsewhere: it subtitles no headline after it.
            if let first = elements.firstIndex(where: { !isSubtitle($0[0]) }), first > 0 {
                subtitlesApart.append(Array(elements[..<first].joined()))
                elements.removeFirst(first)
            }
            // Only a subtitle, over its story, the headline printed elsewhere (in a band): the
            // story's subtitle, and the story still takes its headline.
            if elements.allSatisfy({ isSubtitle($0[0]) }) {
                let unit = Unit(main: [], subtitle: group)
                if let a = articles.indices.first(where: { articles[$0].subtitle == nil && isRightAbove(unit, articles[$0]) }) {
                    articles[a].subtitle = subtitleText(group, normalizer)
                    attached.record(group, to: articles[a].id, as: .subtitle, why: "led by ——, printed right above the story")
                } else {
                    subtitlesApart.append(group)
                }
                continue
            }
            let before = units.count
            if elements.contains(where: { $0[0].size != nil }) {
                let elementScores = scores(elements.map(joined))
                units += unitsBySize(elements) { e in
                    elementScores.flatMap { bestMatch(e, scores: $0, articles: articles.count) }
                }
            } else if let lineScores = scores(group.map(\.text)) {
                let row = Dictionary(group.enumerated().map { ($1.cellKey, $0) }, uniquingKeysWith: { first, _ in first })
                elements = elements.flatMap { cutByMatch($0, scores: lineScores, row: { row[$0.cellKey]! }, articles: articles.count) }
                if let elementScores = scores(elements.map(joined)) {
                    units += unitsByMatch(elements, scores: elementScores, articles: articles.count)
                }
            }
            if units.count - before >= 3 { bands.append(before..<units.count) }
        }
        // A line printed side by side, a cell of it given: where each cell went, and the cells left.
        func finished() -> Result {
            let sideBySide = Dictionary(grouping: groupLines, by: \.number).filter { $0.value.count > 1 }
            for (number, cells) in sideBySide.sorted(by: { $0.key < $1.key }) {
                guard let role = attached.roles[number] else { continue }
                let each = cells.map { "\($0.text) → \(attached.given[$0.cellKey] ?? "no story")" }.joined(separator: ", ")
                attached.roles[number] = (role.piece, role.role, "headlines printed side by side, read apart: \(each)")
                attached.cellsLeft += cells.filter { attached.given[$0.cellKey] == nil }
            }
            return attached
        }
        guard let unitScores = scores(units.map(\.text)) else {
            giveSubtitlesApart(subtitlesApart, to: &articles, scores: scores, attached: &attached)
            return finished()
        }
        var pairs: [(unit: Int, article: Int, score: Float, distance: Int)] = []
        for u in units.indices {
            for a in articles.indices where articles[a].title == nil {
                // A headline printed right above a story is most likely its own: it needs no
                // shared words, and wins ties by a margin.
                let score = unitScores[u, a] + (isRightAbove(units[u], articles[a]) ? adjacencyBonus : 0)
                if score >= threshold {
                    pairs.append((u, a, score, distance(units[u].main[0].number, articles[a].lines)))
                }
            }
        }
        pairs.sort { ($0.score, -$0.distance, -$0.unit, -$0.article) > ($1.score, -$1.distance, -$1.unit, -$1.article) }
        // The story each unit given so far went to.
        var storyOf: [Int: Int] = [:]
        func give(_ u: Int, to a: Int, _ why: (Bool) -> String) {
            storyOf[u] = a
            let unit = units[u]
            articles[a].title = normalizer.normalize(joined(unit.main))
            articles[a].kicker = unit.kicker.isEmpty ? nil : normalizer.normalize(joined(unit.kicker))
            if !unit.subtitle.isEmpty {
                // Beside a subtitle printed over the story, if any: no line of the page is dropped.
                articles[a].subtitle = [subtitleText(unit.subtitle, normalizer), articles[a].subtitle]
                    .compactMap { $0 }.joined(separator: " ")
            }
            let adjacent = isRightAbove(unit, articles[a])
            let id = articles[a].id
            if adjacent { attached.adjacent.insert(id) }
            attached.record(unit.kicker, to: id, as: .kicker, why: why(adjacent))
            attached.record(unit.main, to: id, as: .headline, why: why(adjacent))
            attached.record(unit.subtitle, to: id, as: .subtitle, why: why(adjacent))
        }
        for pair in pairs where storyOf[pair.unit] == nil && articles[pair.article].title == nil {
            let cosine = unitScores[pair.unit, pair.article]
            give(pair.unit, to: pair.article) { adjacent in
                String(format: adjacent ? "printed right above the story (cosine %.2f)" : "shares words with the story (cosine %.2f)", cosine)
            }
        }
        // One headline left and one story left without one, not a photo's caption: they go
        // together, though they share no words (`飞越珠穆朗玛` over a flight to Lhasa, band-10 in
        // the page benchmark; in text, `高奏华夏浩歌` over a commentary on history, commentary-03
        // of seed 24), as ``LastPairing`` allows.
        let leftUnits = units.indices.filter { storyOf[$0] == nil }
        let leftArticles = articles.indices.filter { articles[$0].title == nil && articles[$0].kind != .photo }
        let mayPair = { (u: Int) in pairingTheLast == .evenInText || units[u].main.allSatisfy { $0.size != nil } }
        if leftUnits.count == 1, leftArticles.count == 1, let last = leftUnits.first, mayPair(last),
           pairingTheLast != .inABand || bands.contains(where: { $0.contains(last) }) {
            give(last, to: leftArticles[0]) { _ in "the one headline left, for the one story left without one" }
            attached.pairedByElimination.formUnion(units[last].lines.map(\.number))
        } else if leftUnits.count >= 2, leftUnits.count == leftArticles.count, let band = bands.first(where: { $0.contains(leftUnits[0]) }),
                  leftUnits.allSatisfy({ band.contains($0) && mayPair($0) }),
                  inBandOrder(zip(leftUnits, leftArticles), among: storyOf.filter { band.contains($0.key) }) {
            // Headlines of a band left over, as many as the stories left without one: a band's
            // stories stand in its headlines' order, so each goes to the story standing where
            // it stands among those the band's other headlines took (`只要人人都献出爱` and
            // `飞越珠穆朗玛` for the third and fifth of six stories, band-20 of seed 3).
            for (u, a) in zip(leftUnits, leftArticles) {
                give(u, to: a) { _ in "a band's headline left, for the story standing where it stands in the band" }
                attached.pairedByElimination.formUnion(units[u].lines.map(\.number))
            }
        }
        giveSubtitlesApart(subtitlesApart, to: &articles, scores: scores, attached: &attached)
        return finished()
    }

    /// Subtitles printed apart from their stories (alone between blank lines, in a band:
    /// `——查了三户都不合格，…` under the story before it) go to the story they share most words
    /// with, at ``threshold`` or above, among those with no subtitle yet; one taken for a
    /// headline had titled a story whose own headline stood elsewhere (`——去年总产量逾85.2亿公斤，…`
    /// over `北大荒粮食三年连续大幅增产`'s story, stacked-09 of the page benchmark's third seed).
    private static func giveSubtitlesApart(_ groups: [[PageLine]], to articles: inout [Article],
                                           scores: ([String]) -> DenseMatrix?, attached: inout Result) {
        let normalizer = Normalizer()
        guard !groups.isEmpty, let matrix = scores(groups.map(joined)) else { return }
        let pairs = groups.indices.flatMap { g in articles.indices.map { (group: g, article: $0, score: matrix[g, $0]) } }
            .filter { $0.score >= threshold }
            .sorted { ($0.score, -$0.group, -$0.article) > ($1.score, -$1.group, -$1.article) }
        var given: Set<Int> = []
        for pair in pairs where !given.contains(pair.group) && articles[pair.article].subtitle == nil {
            given.insert(pair.group)
            articles[pair.article].subtitle = subtitleText(groups[pair.group], normalizer)
            let why = String(format: "led by ——, printed apart; shares words with the story (cosine %.2f)", pair.score)
            attached.record(groups[pair.group], to: articles[pair.article].id, as: .subtitle, why: why)
        }
    }

    /// Whether the `pairs` of a band's units and stories, with the `attached` ones, keep one
    /// order: a unit before another heads a story before the other's.
    static func inBandOrder(_ pairs: some Sequence<(Int, Int)>, among attached: [Int: Int]) -> Bool {
        let all = (Array(pairs) + attached.map { ($0.key, $0.value) }).sorted { $0.0 < $1.0 }
        return zip(all, all.dropFirst()).allSatisfy { $0.1 < $1.1 }
    }

    /// A subtitle's text: its lines joined and normalised, the leading dash dropped.
    static func subtitleText(_ lines: [PageLine], _ normalizer: Normalizer) -> String {
        String(normalizer.normalize(joined(lines)).drop { $0 == "—" || $0 == "-" })
    }

    /// Where sizes are known: elements set at headline size (and the largest) are headlines; a
    /// smaller element is the subtitle of the headline before it when led by `——` or when no
    /// headline follows it directly, else the kicker of the headline after it. Of two elements
    /// (besides subtitles), one in display type is a kicker too when the other, larger, follows
    /// it and both match one story best (`电子信息产业保持高速增长态势` at 1.4× over `李鹏对电子
    /// 行业…` at 2.7×, stacked-19 of the benchmark's fourth seed), or, the two alone, it matches
    /// a story and the larger none (`伊拉克禁止核查小组执行任务…` over `克林顿称萨达姆无权决定人选`,
    /// tabloid-03 of the benchmark): `story(e)` tells the story element `e` matches best, if any.
    /// In a band of more, where two headlines match best the one piece two stories ran into,
    /// only when set in another face than the headlines' and the headline after it is half as
    /// large again (`国民经济运行平稳税收征管措施加强` in kaiti
    /// at 1.4× over `海关去年征税…` at 2.9×, band-01 of the varied pages' seed 15). In a band
    /// of three titles or more, an element in a deck's size after a blank line (or first)
    /// heads the story it matches best where no other title of the band matches that story
    /// best (`爱多杯中国围棋电视快棋赛开战丁伟中盘胜张璇` at 1.2× before the next row's headline
    /// at 1.6×, band-02 of the varied pages' seed 12;
    /// `东方不亮西方亮三万下岗职工上吕梁` first in the band of band-17; two such one after another,
    /// band-01 of seed 13); a kicker matches its headline's story (`吴邦国分别致信…` over `医药：…`,
    /// band-14 of the fifth seed, read apart from it). Over one headline a kicker may match best
    /// another part of a roundup than its headline does (stacked-14 of the varied pages' seed 10).
    static func unitsBySize(_ elements: [[PageLine]], story: (Int) -> Int? = { _ in nil }) -> [Unit] {
        let largest = elements.map { $0[0].size ?? 1 }.max() ?? 1
        let size = { (index: Int) in elements[index][0].size ?? 1 }
        let titles = elements.indices.filter { !isSubtitle(elements[$0][0]) }
        let headlineAndKickerAlone = titles.count == 2, inABand = titles.count >= 3
        // A title set below the body's size is a caption's own (`磁卡电话进村` under `京城新景观`,
        // photo-07 in the page benchmark), never the deck of a headline above it; over a
        // headline of the same story it is that headline's kicker (kaiti at 0.85× body type,
        // mixed-17 of the varied pages' seed 16).
        let isMain = elements.indices.map { index in
            let element = elements[index]
            guard !isSubtitle(element[0]) else { return false }
            if size(index) >= largest - 0.08 { return true }
            // The last title of a band's row kicks no headline of the next row (`李鹏会见英国客人` at
            // 1.2× ending a row, `火车今年继续提速` at 1.3× opening the next, band-15 of the varied
            // pages' seed 24): it heads a story of its own.
            if inABand, index + 1 < elements.count, elements[index + 1][0].opensRow, element[0].isSetLarge { return true }
            if inABand, element[0].isDeck, index == 0 || element[0].afterBlank, let own = story(index) {
                if titles.allSatisfy({ $0 == index || story($0) != own }) { return true }
            }
            let standsAlone = element[0].isDisplay || size(index) < 0.95
            let beforeTitle = index + 1 < elements.count && !isSubtitle(elements[index + 1][0])
            guard beforeTitle else { return standsAlone }
            let kickerInABand = inABand && element[0].headlineFace == false && elements[index + 1][0].headlineFace == true
                && size(index + 1) >= 1.5 * size(index)
            let kicksNext = (headlineAndKickerAlone || kickerInABand) && size(index + 1) >= size(index) + 0.3
                && story(index) != nil && (story(index) == story(index + 1) || headlineAndKickerAlone && story(index + 1) == nil)
            return standsAlone && !kicksNext
        }
        var units: [Unit] = []
        var pendingKicker: [PageLine] = []
        for (index, element) in elements.enumerated() {
            if isMain[index] {
                units.append(Unit(kicker: pendingKicker, main: element))
                pendingKicker = []
            } else if !units.isEmpty && (isSubtitle(element[0]) || !(index + 1 < elements.count && isMain[index + 1])) {
                units[units.count - 1].subtitle += element
            } else {
                pendingKicker += element
            }
        }
        if !pendingKicker.isEmpty { units.append(Unit(main: pendingKicker)) }
        return units
    }

    /// The article element `e` matches best, at ``threshold`` or above, if any.
    static func bestMatch(_ e: Int, scores: DenseMatrix, articles: Int) -> Int? {
        guard articles > 0 else { return nil }
        let best = (0..<articles).max { scores[e, $0] < scores[e, $1] }!
        return scores[e, best] >= threshold ? best : nil
    }

    /// Without sizes: a `——` element is the subtitle of the one before it; two neighbouring
    /// elements whose best match is the same article are kicker and headline. A kicker naming who
    /// spoke (``reportsASpeaker(_:)``) kicks the element after it where either matches no article,
    /// or the one after that where that one matches its article and the one between another
    /// (`于永波会见全军和武警先进典型代表时指出` / `男篮联赛开始第二循环强队新年都过关` /
    /// `用先进典型推动部队全面建设`, tabloid-05 of the page benchmark's seed 60).
    static func unitsByMatch(_ elements: [[PageLine]], scores: DenseMatrix, articles: Int) -> [Unit] {
        let best = elements.indices.map { bestMatch($0, scores: scores, articles: articles) }
        let speaks = elements.map { reportsASpeaker(joined($0)) }
        func mayHead(_ j: Int) -> Bool { j < elements.count && !isSubtitle(elements[j][0]) && !speaks[j] }
        var units: [Unit] = []
        var i = 0
        while i < elements.count {
            if isSubtitle(elements[i][0]), !units.isEmpty {
                units[units.count - 1].subtitle += elements[i]
                i += 1
            } else if i + 1 < elements.count, !isSubtitle(elements[i + 1][0]), best[i] != nil, best[i + 1] == best[i] {
                units.append(Unit(kicker: elements[i], main: elements[i + 1]))
                i += 2
            } else if speaks[i], mayHead(i + 1), mayHead(i + 2), best[i] != nil, best[i + 2] == best[i], best[i + 1] != best[i] {
                units.append(Unit(main: elements[i + 1]))
                units.append(Unit(kicker: elements[i], main: elements[i + 2]))
                i += 3
            } else if speaks[i], mayHead(i + 1), best[i] == nil || best[i + 1] == nil {
                units.append(Unit(kicker: elements[i], main: elements[i + 1]))
                i += 2
            } else {
                units.append(Unit(main: elements[i]))
                i += 1
            }
        }
        return units
    }

    /// The verbs a kicker naming who spoke closes on (`李铁映在全国体委主任会议上强调`): on the
    /// page benchmark's five work seeds (tuning families) the first four close 94 kickers and no
    /// headline but for `要求` as a noun, after another of them (`…代表指出联合国应关注伊拉克正当要求`).
    static let speechVerbs = ["强调", "指出", "提出", "要求", "表示"]

    /// Whether `text` is a kicker naming who spoke, and where: it closes on one of the
    /// ``speechVerbs`` and holds none before.
    static func reportsASpeaker(_ text: String) -> Bool {
        guard let verb = speechVerbs.first(where: { text.hasSuffix($0) }) else { return false }
        let before = text.dropLast(verb.count)
        return !speechVerbs.contains { before.contains($0) }
    }

    /// Whether the story starts right below the headline: at most two blank lines between.
    static func isRightAbove(_ unit: Unit, _ article: Article) -> Bool {
        guard let start = article.lines?.lowerBound, let last = unit.lines.map(\.number).max() else { return false }
        return start > last && start - last <= 3
    }

    private static func distance(_ line: Int, _ range: ClosedRange<Int>?) -> Int {
        guard let range else { return Int.max / 2 }
        return line < range.lowerBound ? range.lowerBound - line : max(0, line - range.upperBound)
    }
}
