/// Reads the text of one printed page, as extracted from PDF, into the articles on it.
///
/// 1. Lines are classified (``PageLine``): furniture, dateline leads, photo credits,
///    signatures, headline candidates, text.
/// 2. The page is cut into pieces: a dateline lead opens a report; a photo credit or a
///    signature closes the piece it ends; text after a closed piece opens a new one, unless it
///    is the editor's afterword to it (`编后：`). Where sizes are known, a byline or a name alone
///    on its line with the text going on right under it is inside the story, under its
///    standfirst. A run of headline candidates is a group of headlines printed apart when it is
///    followed by a dateline or the end of the page, when the piece before it is closed, when
///    it has two or more lines or a line with a gap between phrases (`项目建设 稳步推进`), or when
///    the text after it closes with a signature or credit before another dateline or
///    candidate; otherwise its lines are ordinary text broken at a column end, and stay in the
///    body. In text without sizes, words decide what layout cannot: a block after a finished
///    sentence on another subject (``continuesTheSubject(at:in:of:)``) opens a piece (its first
///    line its headline where narrower than the text under it or naming that text), and a
///    headline- or name-shaped line inside a block between passages on one subject is the
///    text's own (a crosshead, a fragment the extraction broke off).
/// 3. Each piece's lines become paragraphs: a line that finishes a sentence and is shorter
///    than the piece's column ends one; other breaks and blank lines are column wraps. An
///    editor's note (`编者按`) joins the story after it.
/// 4. Headlines are attached by ``HeadlineAttachment`` (TF-IDF cosine, layout as tie-breaker);
///    in text, once the pieces are settled, headlines left over go to the stories left without
///    one (``HeadlineAttachment/LastPairing``).
///
/// Nothing is lost: every line lands in a piece (title, kicker, byline or body) or in
/// ``Page/unassigned`` with the reason.
public struct PageReader: Sendable {
    public init() {}

    /// A page read into articles.
    public struct Page: Sendable, Equatable {
        public var articles: [Article]
        /// From a date line on the page (`YYYY-MM-DD`).
        public var date: String?
        /// From a page number on the page (`第7版`).
        public var number: Int?
        public var section: String?
        /// Lines that belong to no article, with why.
        public var unassigned: [Unassigned]
        /// Every content line: what it was taken as, for which piece, and why.
        public var readings: [LineReading] = []
        /// How sure the reader is of each piece's bounds and headline, 0…1, by article id.
        public var confidence: [String: Double] = [:]
    }

    /// What one line of the page was taken as, and why.
    public struct LineReading: Sendable, Equatable, Codable {
        /// A line's part in its piece, or why it has none; the raw value is the name shown.
        public enum Role: String, Sendable, Codable, CaseIterable {
            case headline, kicker, subtitle, lead, body, note, caption, credit, signature, furniture, unassigned
        }

        public let line: Int
        public let text: String
        public let piece: String?
        public let role: Role
        public let reason: String
    }

    public struct Unassigned: Sendable, Equatable, Codable {
        public let line: Int
        public let text: String
        public let reason: String
    }

    /// Reads `text`; articles are numbered `<id>-1`, `<id>-2`, … in reading order.
    /// `styles`, for a page read from PDF, gives how each line is set (``TypesetText``): lines
    /// set well above the body type are headlines whatever their words.
    public func read(_ text: String, styles: [LineStyle?]? = nil, id: String, issue: String? = nil, page: Int? = nil) -> Page {
        let printedLines = Normalizer.lines(of: text).map { scalars -> String in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        // Text without geometry may hold two columns' lines alternating; a page read from PDF
        // comes in reading order already.
        let read = styles == nil ? InterleavedColumns.reading(printedLines)
            : printedLines.enumerated().map { InterleavedColumns.ReadLine(printed: $0.offset, text: $0.element) }
        let lines = PageLine.classify(read.map(\.text), styles: styles)
        var result = Page(articles: [], date: nil, number: nil, section: nil, unassigned: [])
        for line in lines {
            guard case .furniture(let f) = line.role else { continue }
            switch f {
            case .date(let d): result.date = result.date ?? d
            case .page(let n): result.number = result.number ?? n
            case .section(let s): result.section = result.section ?? s
            case .editor, .masthead: break
            }
            result.unassigned.append(Unassigned(line: line.number, text: line.printed, reason: "page furniture"))
        }
        let (segmented, headlines, crossheads) = PageReader.segment(lines)
        var pieces = PageReader.mergeEditorsNotes(segmented)
        pieces = PageReader.joinAcrossPictures(pieces, headlines) ?? pieces
        pieces = PageReader.joinWorksLists(pieces, headlines) ?? pieces
        var (articles, attached) = PageReader.titled(pieces, headlines, id: id)
        if let cut = PageReader.cutForLeftOverHeadlines(pieces, headlines, attached, id: id) {
            pieces = cut
            (articles, attached) = PageReader.titled(pieces, headlines, id: id)
        }
        if let joined = PageReader.joinUntitledReports(pieces, articles, headlinesAbove: attached.adjacent) {
            pieces = joined
            (articles, attached) = PageReader.titled(pieces, headlines, id: id)
        }
        if let joined = PageReader.joinContinuations(pieces, articles) {
            pieces = joined
            (articles, attached) = PageReader.titled(pieces, headlines, id: id)
        }
        if let (kept, textless) = PageReader.withoutTextlessPieces(pieces, articles) {
            pieces = kept
            (articles, attached) = PageReader.titled(pieces, headlines, id: id)
            result.unassigned += textless.map { Unassigned(line: $0.number, text: $0.printed, reason: "byline or lead parted from its text") }
        }
        if styles == nil, !attached.cellsLeft.isEmpty || headlines.joined().contains(where: { attached.roles[$0.number] == nil }) {
            (articles, attached) = PageReader.titled(pieces, headlines, id: id, pairingTheLast: .evenInText)
        }
        for line in headlines.joined() where attached.roles[line.number] == nil {
            result.unassigned.append(Unassigned(line: line.number, text: line.printed, reason: "headline that matches no article"))
        }
        for cell in attached.cellsLeft {
            result.unassigned.append(Unassigned(line: cell.number, text: cell.printed, reason: "headline that matches no article"))
        }
        result.unassigned.sort { $0.line < $1.line }
        result.readings = PageReader.readings(lines, pieces: pieces, articles: articles, headlines: attached, crossheads: crossheads,
                                              unassigned: result.unassigned)
        for (index, piece) in pieces.enumerated() {
            result.confidence[articles[index].id] = piece.confidence(titled: articles[index].title != nil,
                                                                     headlineAbove: attached.adjacent.contains(articles[index].id))
        }
        for i in articles.indices {
            articles[i].issue = issue ?? result.date
            articles[i].date = result.date
            articles[i].page = page ?? result.number
            articles[i].section = result.section
        }
        result.articles = articles
        let printedLine = read.map(\.printed)
        if !printedLine.elementsEqual(printedLines.indices) { result.renumber(printedLine: printedLine) }
        return result
    }

    // MARK: - Explanation

    static func readings(_ lines: [PageLine], pieces: [Piece], articles: [Article], headlines: HeadlineAttachment.Result,
                         crossheads: Set<Int>, unassigned: [Unassigned]) -> [LineReading] {
        var byLine: [Int: LineReading] = [:]
        for item in unassigned {
            let role: LineReading.Role = item.reason == "page furniture" ? .furniture : .unassigned
            byLine[item.line] = LineReading(line: item.line, text: item.text, piece: nil, role: role, reason: item.reason)
        }
        for (number, role) in headlines.roles {
            let line = lines[number - 1]
            let type = line.size.map { String(format: "set at %.1f× body type", $0) } ?? "short, no sentence punctuation, after a finished sentence"
            byLine[number] = LineReading(line: number, text: line.text, piece: role.piece, role: role.role,
                                         reason: "\(type); \(role.why)")
        }
        for (piece, article) in zip(pieces, articles) {
            for line in piece.preface {
                byLine[line.number] = LineReading(line: line.number, text: line.text, piece: article.id, role: .note, reason: "editor's note (编者按) above the story")
            }
            // A lead wrapped over lines (`新华社记者刘建新中央人民` / `广播电台记者胡训军本报记` /
            // `者郭嘉`): the lines after the first that the article's lead takes, whole or in part.
            let leadLines: Set<Int>
            if piece.opensWithDateline {
                let body = PageReader.Piece.splitLead(piece.lines).1
                let wholeInBody = Set(body.filter { rest in piece.lines.contains { $0.number == rest.number && $0.text == rest.text } }.map(\.number))
                leadLines = Set(piece.lines.dropFirst().prefix { !wholeInBody.contains($0.number) }.map(\.number))
            } else {
                leadLines = []
            }
            for (k, line) in piece.lines.enumerated() {
                let (role, reason): (LineReading.Role, String)
                switch line.role {
                case _ where k == 0 && line.runInTitle != nil:
                    (role, reason) = (.headline, "a run-in title (\(line.runInTitle!)) opens the line, the text follows: a brief")
                case .dateline where k == 0: (role, reason) = (.lead, "opens with a dateline lead (本报…讯, 新华社…电): a new report")
                case _ where leadLines.contains(line.number): (role, reason) = (.lead, "the lead goes on, wrapped onto this line")
                case .credit: (role, reason) = (.credit, "ends with a photo credit (…/摄): closes a caption")
                case .signature: (role, reason) = (.signature, "a name (after an office), or a note on the writer in brackets, under a finished sentence: closes a signed piece")
                case .reporters: (role, reason) = (.body, "ends with the reporters in brackets: closes the story")
                case .candidate where crossheads.contains(line.number):
                    (role, reason) = (.body, "a crosshead: centred in a face of its own between passages of the story")
                case .candidate: (role, reason) = (.body, "headline-shaped, but the text around it runs on: a column break")
                default:
                    (role, reason) = k == 0 && piece.isEditorsNote ? (.note, "opens with 编者按")
                        : (article.kind == .photo ? (.caption, "text of a photo caption") : (.body, k == 0 ? "text after a closed piece or a headline: a new piece" : "continues the piece"))
                }
                byLine[line.number] = LineReading(line: line.number, text: line.text, piece: article.id, role: role, reason: reason)
            }
        }
        return byLine.keys.sorted().map { byLine[$0]! }
    }

    /// The pieces' articles, numbered `<id>-1`, `<id>-2`, … and titled by the page's headlines.
    static func titled(_ pieces: [Piece], _ headlines: [[PageLine]], id: String,
                       pairingTheLast: HeadlineAttachment.LastPairing = .whereSized) -> ([Article], HeadlineAttachment.Result) {
        var articles = pieces.enumerated().map { index, piece in piece.article(id: "\(id)-\(index + 1)", position: index) }
        let attached = HeadlineAttachment.attach(headlines, to: &articles, pairingTheLast: pairingTheLast)
        return (articles, attached)
    }

    /// Where headlines were left over, the stories they head may have run on into one piece:
    /// two stories printed one after the other under a row or band of headlines meet at a block
    /// break (a column's top) after a finished sentence, with no lead or signature between.
    /// Such breaks are cut one at a time. Each is tried on the pieces cut so far; of those whose
    /// part after the cut takes a headline and that give one more headline a story (where sizes
    /// are known, the passages either side sharing words under 0.2, ``sharedWords(_:_:)``: a
    /// report on Beijing's economy broken at a column's top gave more, and lost its second half
    /// to a band's headline whose story stood further on, band-08 of the varied pages' seed 19),
    /// the one across which the fewest words are shared is kept, and the next is sought. Cut at
    /// every break at once, a page had more parts than headlines, and the headlines went to the
    /// wrong ones: a report's second column took its headline and its lead none (band-07 of the
    /// fifth seed), a story's second half the next story's headline (band-08 of seed 24); and
    /// where a story's first column follows a report's end, its second column taking the
    /// headline, fewer words are shared across the first break (band-20 of seed 24). So is a cut
    /// kept that makes a doubtful headline, one given to a story only for want of another
    /// (``HeadlineAttachment/Result/pairedByElimination``) or a title in a deck's size taken as
    /// the subtitle of the headline before it, no dash leading it (`《远湖》` under
    /// `阿不来提·阿不都热西提当选…`, band-20 of the varied pages' seed 11: it matched best the piece
    /// its story had run into, as another headline did), the headline of a part either side and
    /// parts passages on different subjects (``sharedWords(_:_:)`` of the 15 lines either side
    /// under 0.1: 0.01–0.04 between the stories of the tuning pages' bands, 0.40 inside a story
    /// whose headline a kicker read apart had sent elsewhere, band-05 of the sixth seed). Where
    /// a headline was left over and sizes are known, a cut is made first before a collection of
    /// marked items (`△我国将颁布禁用含铅汽油公告。…`) under a story with none: the collection's
    /// title (`信息专递`, band-11 of the varied pages' seed 19) shares no words with its items.
    /// Nil when no headline was left over or doubtful, or no cut is kept. Deterministic: of cuts
    /// sharing as few words, the first in reading order.
    static func cutForLeftOverHeadlines(_ pieces: [Piece], _ headlines: [[PageLine]], _ attached: HeadlineAttachment.Result,
                                        id: String) -> [Piece]? {
        let leftOver = Set(headlines.joined().map(\.number).filter { attached.roles[$0] == nil })
        let doubtful = Set(headlines.joined().filter {
            attached.pairedByElimination.contains($0.number)
                || (attached.roles[$0.number]?.role == .subtitle && !HeadlineAttachment.isSubtitle($0) && $0.isDeck)
        }.map(\.number))
        guard !leftOver.isEmpty || !doubtful.isEmpty else { return nil }
        // Every block break after a finished sentence: the piece and the line it would open.
        let breaks = pieces.indices.flatMap { p in
            pieces[p].lines.indices.dropFirst().filter { k in
                let line = pieces[p].lines[k]
                return line.afterBlank && line.role == .text && line.runInTitle == nil && PageLine.endsSentence(pieces[p].lines[k - 1].text)
            }.map { [p, $0] }
        }
        guard !breaks.isEmpty else { return nil }
        // The pieces cut at `cuts`, and the part each cut opens.
        func cut(at cuts: Set<[Int]>) -> (parts: [Piece], opened: [[Int]: Int]) {
            var parts: [Piece] = []
            var opened: [[Int]: Int] = [:]
            for (p, piece) in pieces.enumerated() {
                parts.append(Piece(lines: [], closedBy: nil, preface: piece.preface))
                for (k, line) in piece.lines.enumerated() {
                    if cuts.contains([p, k]) {
                        opened[[p, k]] = parts.count
                        parts.append(Piece())
                    }
                    parts[parts.count - 1].lines.append(line)
                }
                parts[parts.count - 1].closedBy = piece.closedBy
            }
            return (parts, opened)
        }
        // Where sizes are known, a collection of marked items opening a block under a story
        // that has none is the story the headline left over heads.
        var kept: Set<[Int]> = leftOver.isEmpty ? [] : Set(breaks.filter { b in
            let (piece, k) = (pieces[b[0]], b[1])
            return piece.lines[k].size != nil && PageLine.itemMark(piece.lines[k].text) != nil
                && piece.lines[..<k].allSatisfy { PageLine.itemMark($0.text) == nil }
        })
        // How many headline lines are given to stories.
        var headlinesGiven = titled(cut(at: kept).parts, headlines, id: id, pairingTheLast: .inABand).1.roles.count
        var stillDoubtful = doubtful
        // One cut at a time (``HeadlineAttachment`` gives the headlines one to one, best match
        // first: a part cut off that is no story of its own draws one away from its story), or
        // two where no one cut gains: a band's headlines left over go to the stories left
        // without, in the band's order, only as many of each (`只要人人都献出爱` and `飞越珠穆朗玛`
        // for the third and fifth of six stories, band-20 of seed 3).
        while true {
            let open = breaks.filter { !kept.contains($0) }
            var best: (cuts: Set<[Int]>, shared: Double, given: Int, settled: Set<Int>)?
            // The pairs are built only where no single cut gains.
            let singles = { open.map { Set([$0]) } }, pairs = { open.indices.flatMap { a in open[(a + 1)...].map { Set([open[a], $0]) } } }
            for candidates in [singles, pairs] {
                for candidate in candidates() {
                    let (trial, opened) = cut(at: kept.union(candidate))
                    let (articles, trialAttached) = titled(trial, headlines, id: id, pairingTheLast: .inABand)
                    // Each part a cut opens, and the most words shared across one of the cuts.
                    let parts = candidate.map { opened[$0]! }.sorted()
                    let shared = parts.map { sharedWords(trial[$0 - 1].closingPassage, trial[$0].openingPassage) }.max()!
                    let sides = Set(parts.flatMap { [articles[$0 - 1].id, articles[$0].id] })
                    // A doubtful headline a cut makes the headline of a part either side.
                    let settled = Set(stillDoubtful.filter { line in
                        trialAttached.roles[line].map { sides.contains($0.piece) && $0.role == .headline } == true && shared < 0.1
                    })
                    // Cuts that give more headlines a story gain, however the others move (a part
                    // cut off may take a headline another story held, which then takes the one
                    // left over: band-06 of the fifth seed).
                    let sized = trial[parts[0]].lines[0].size != nil
                    let gains = parts.allSatisfy { articles[$0].title != nil }
                        && ((trialAttached.roles.count > headlinesGiven && (!sized || shared < 0.2)) || !settled.isEmpty)
                    if gains, best.map({ shared < $0.shared }) ?? true { best = (candidate, shared, trialAttached.roles.count, settled) }
                }
                if best != nil { break }
            }
            guard let best else { break }
            kept.formUnion(best.cuts)
            headlinesGiven = best.given
            stillDoubtful.subtract(best.settled)
        }
        return kept.isEmpty ? nil : cut(at: kept).parts
    }

    /// A report left without a headline that opens with a dateline right under a finished
    /// report with one, no block break between, is a second wire report run on under that
    /// headline (band-01 in the page benchmark): the two are one piece; after a block break (a
    /// column's top), or after the first report's reporters in brackets (`（梁文龙）`, mixed-08 of
    /// the fifth seed), only when both are filed from the same place on the same day (stacked-11
    /// of the fourth seed) or, where sizes tell a column's top, share words (``sharedWords(_:_:)``
    /// of their text after the leads, 0.1 or more: a roundup's reports from Bangkok and London,
    /// from Beijing and Hefei; on the tuning seeds, leads still in, such pairs gave 0.17–0.50,
    /// a report and the next story 0.06 or less; in text a block break is as often another
    /// story's start). So is a report with a
    /// headline right under a finished one without, when both are filed from the same place on
    /// the same day (`本报罗马1月15日电` twice, band-11) or the headline was not printed right above
    /// the second (it stands in a band, band-16): the headline matched the second report's words
    /// better. Where sizes are known, a picture's captions read between the two stand aside, the
    /// second report then standing apart (tabloid-09 and -11 of seed 11). A report an editor's
    /// note introduces is a story of its own, never run on. Nil when there is none.
    static func joinUntitledReports(_ pieces: [Piece], _ articles: [Article], headlinesAbove: Set<String>) -> [Piece]? {
        var result: [Piece] = []
        // Each piece's headline so far, and whether it was printed right above the piece.
        var heads: [(title: String?, above: Bool)] = []
        for (piece, article) in zip(pieces, articles) {
            let captions = piece.lines.first?.size == nil ? 0 : captionsReadLast(result)
            let above = result.count - 1 - captions
            if piece.opensWithDateline, piece.preface.isEmpty, let first = piece.lines.first, first.runInTitle == nil, above >= 0,
               case let previous = result[above], case let head = heads[above], previous.opensWithDateline,
               previous.closedBy == nil || previous.closedBy == .reporters,
               let last = previous.lines.last, PageLine.endsSentence(last.text) || previous.closedBy == .reporters {
                let filedAlike = PageLine.filedAlike(previous.lines[0].text, first.text)
                // The report above took the headline, or this one took it though it heads the
                // pair (its words matched better, or it stands in a band).
                let runsOn = article.title == nil && head.title != nil
                let headsThePair = article.title != nil && head.title == nil && (filedAlike || !headlinesAbove.contains(article.id))
                let standsApart = first.afterBlank || previous.closedBy != nil || captions > 0
                // Where sizes tell a column's top: the reports share words, or the untitled one
                // shares words with the other's headline, printed right above the first report or
                // matched to the second (a headline of two clauses, one for each report:
                // `内塔尼亚胡又渡政治难关以内阁提出撤军先决条件`; a band's headline over the first
                // may be two run together).
                let headline = runsOn ? (head.above ? head.title : nil) : article.title
                let untitledText = runsOn ? piece.reportText : previous.reportText
                let sameSubject = first.size != nil && (sharedWords(previous.reportText, piece.reportText) >= 0.1
                    || headline.map { sharedWords($0, untitledText) >= 0.05 } == true)
                if (runsOn || headsThePair) && (!standsApart || filedAlike || sameSubject) {
                    result[above].goOn(with: piece)
                    heads[above].title = head.title ?? article.title
                    continue
                }
            }
            // An untitled item right under a titled report its reporters in brackets closed, where
            // sizes are known and the two share words: the report's further item (`…（陆君喜张冠军
            // 张津雪孙继革）` / `张北县大河乡村民李海武的妻子…`, commentary-04 of the varied pages'
            // seed 21), not a story of its own, which would carry a headline.
            if !piece.opensWithDateline, piece.preface.isEmpty, article.title == nil, let first = piece.lines.first,
               first.runInTitle == nil, first.size != nil, let previous = result.last, heads.last?.title != nil,
               previous.closedBy == .reporters, sharedWords(previous.reportText, piece.reportText) >= 0.1 {
                result[result.count - 1].goOn(with: piece)
                continue
            }
            result.append(piece)
            heads.append((article.title, headlinesAbove.contains(article.id)))
        }
        return result.count < pieces.count ? result : nil
    }

    /// A piece whose article has no body, only a byline, a lead, a signature or a credit (and
    /// perhaps the headline it drew), is what the text's order tore off its story: a byline read
    /// before another report's dateline (`本报记者陈杰` over `本报广州一月十四日电…`), an
    /// author's name read apart from the commentary it signs (`宋瑞祥`), both where poppler
    /// interleaved columns. No story of the page benchmark's gold has no body. Such pieces are
    /// dropped and their lines listed unassigned, so that no article is printed empty and no
    /// character is lost; the headlines are given again without them. Nil when every piece has
    /// text.
    static func withoutTextlessPieces(_ pieces: [Piece], _ articles: [Article]) -> (kept: [Piece], textless: [PageLine])? {
        let textless = pieces.indices.filter { articles[$0].body.isEmpty }
        guard !textless.isEmpty else { return nil }
        let kept = pieces.indices.filter { !textless.contains($0) }.map { pieces[$0] }
        return (kept, textless.flatMap { pieces[$0].preface + pieces[$0].lines })
    }

    /// In text, poppler may read a story's first column, then other stories, then its second
    /// column (band-03 of the page benchmark: `…如前年１１` | three stories | `月１４日中午…`);
    /// where sizes are known, another story's headline may stand at the break, its own story
    /// further on (`…山东队赛前的低调恰` | `联查『威绿达』` | `恰为队员…`, stacked-06 of the varied
    /// pages' seed 13). It may also read a column's rest before its story's start (briefs-01 of
    /// seed 24: `发金融危机，旅游业受到影响。…` | `盼神奇旅游显神威` and its story to
    /// `…但１９９７年下半年，泰国爆`).
    /// A piece that may be another's continuation (``openingOfAContinuation(_:_:)``) goes on the
    /// piece, earlier or later in reading order, left open to it (``leastShare(toGoOn:with:holdsASentence:)``)
    /// that shares most words with it: ``sharedWords(_:_:)`` of the open piece's last 15 lines
    /// and this piece's first 15, at least the least share; the first in reading order on equal
    /// shares. Every story of the page benchmark's gold but a photo's caption has a headline, so
    /// a piece without one is far likelier a story's rest than a story: weighing the pieces either
    /// side at once, where each direction had a pass and a threshold of its own (0.2 for a rest
    /// read early without a word across), gave +34 pieces on the work seeds 24, 3, 60, 61 and 62
    /// (text), 5 pages losing one. Pieces are taken in page order, each open piece as far as it
    /// has been carried on. Nil when there is none.
    static func joinContinuations(_ pieces: [Piece], _ articles: [Article]) -> [Piece]? {
        var work: [Piece?] = pieces
        for (i, (piece, article)) in zip(pieces, articles).enumerated() {
            guard let first = openingOfAContinuation(piece, article), let carried = work[i] else { continue }
            let opening = piece.openingPassage
            let holdsASentence = piece.lines.contains { $0.text.unicodeScalars.contains(where: SentenceSplitter.isTerminator) }
            let open = work.indices.compactMap { k -> (index: Int, shared: Double)? in
                guard k != i, let candidate = work[k],
                      let least = leastShare(toGoOn: candidate, with: first, holdsASentence: holdsASentence && k < i) else { return nil }
                let shared = sharedWords(candidate.closingPassage, opening)
                return shared >= least ? (k, shared) : nil
            }
            guard let best = open.max(by: { $0.shared < $1.shared })?.index else { continue }
            work[best]?.goOn(with: carried)
            work[i] = nil
        }
        let result = work.compactMap { $0 }
        return result.count < pieces.count ? result : nil
    }

    /// The first line of `piece` where the piece may be the rest of another story that poppler
    /// read apart: it has no headline and opens with text (no lead, no run-in title, no editor's
    /// note, no caption closed by a credit), a blank line above it or none (poppler may print a
    /// rest right under another story's headline and subtitle: `——评世界女板跳水大势` over
    /// `从东半球飞到西半球，…`, photo-02 of seed 3; requiring the blank line gave 12 pieces fewer
    /// on the seven work seeds, and no page more). The text may be headline-shaped, read as a
    /// story's text at a column break (`厂等企业长期超标排污是造成邳苍分洪道河流污染的`, band-20 of
    /// seed 24).
    static func openingOfAContinuation(_ piece: Piece, _ article: Article) -> PageLine? {
        guard article.title == nil, let first = piece.lines.first, [.text, .candidate].contains(first.role),
              first.runInTitle == nil, piece.preface.isEmpty, !piece.isEditorsNote, piece.closedBy != .credit else { return nil }
        return first
    }

    /// The least share of words (``sharedWords(_:_:)``) with which a piece opening with `first`
    /// goes on `piece`, or nil where `piece` is not left open to it. Open: nothing closed it and
    /// its last line is text, no subtitle. Broken off mid-sentence (its last lines finish no
    /// sentence, ``Piece/endsSentence``), 0.05 (on the tuning seeds right joins gave 0.06–0.48,
    /// wrong ones 0.03–0.39), or 0.02 where a word runs across the break into `first`
    /// (``PageLine/wordRunsAcross(_:into:words:)``: `…人满为患。患` / `者中除在冰雪中…`, stacked-20
    /// of seed 24; a short rest shares few words with anything). The last line need not fill its
    /// column, and may be shaped like a headline: poppler breaks lines where the font changes
    /// (`…使所有各国都从这种关系中` / `《虎` before `踞钟山》以生动的情节…`, mixed-02 of seed 61;
    /// testing the shape as well gave 12 pieces fewer on the work seeds). A column breaks where a
    /// sentence ends too: a finished piece read before is open to text holding a sentence of its
    /// own (`holdsASentence`; headlines of a band read as text hold none) at 0.1
    /// (`…归来后却遭受了家庭的不幸。` | two stories | `前不久，在北京召开的中国科学院跨世纪…`,
    /// tabloid-05 of seed 24).
    static func leastShare(toGoOn piece: Piece, with first: PageLine, holdsASentence: Bool) -> Double? {
        guard piece.closedBy == nil, let last = piece.lines.last, last.role == .text, !last.text.hasPrefix("—") else { return nil }
        if piece.endsSentence { return holdsASentence ? 0.1 : nil }
        return PageLine.wordRunsAcross(last.text, into: first.text) ? 0.02 : 0.05
    }

    // MARK: - Segmentation

    /// The lines of one piece, in page order, and how it ended.
    struct Piece {
        var lines: [PageLine] = []
        var closedBy: PageLine.Role?
        /// An editor's note printed above the story: the first paragraph of its body.
        var preface: [PageLine] = []

        var opensWithDateline: Bool { lines.first?.role == .dateline }

        /// Whether the piece so far is a standfirst set larger (``PageLine/markStandfirsts``),
        /// under its byline or not, or opening with its dateline set as large (`本报讯北大荒经受
        /// 洪涝灾害的严峻考验，…`, one line across the columns, feature-09 of the feature pages'
        /// varied seed 31): the story's text goes on under it in body type.
        var isStandfirst: Bool {
            let standfirst = lines.drop { $0.role == .dateline && !$0.isSetLarge }
            return !standfirst.isEmpty && standfirst.allSatisfy { [.text, .dateline].contains($0.role) && $0.isSetLarge }
        }

        /// Whether the piece so far is a standfirst over the columns `line` opens: a few lines of
        /// text, under its byline or not, each set half again as wide as `line`'s column and
        /// reaching over its left edge (`尽管中国队在第一天的跳水比赛中夺取了一金一银的佳绩，…`
        /// across three columns of its story, feature-11 of the varied pages' seed 41), but for
        /// the paragraph's last line, which may stop short at that edge. A lead opening the
        /// paragraph is its text (`本报东京1月12日电记者张国成报道：日本首相…` / `金融体系的稳定。`
        /// across four columns, feature-20 of the feature pages' varied seed 45).
        func isStandfirst(over line: PageLine) -> Bool {
            guard let column = line.span else { return false }
            func opensAtTheEdge(_ text: PageLine) -> Bool { text.span.map { $0.lowerBound <= column.lowerBound + 1 } == true }
            func spansTheColumns(_ text: PageLine) -> Bool {
                guard let span = text.span else { return false }
                return opensAtTheEdge(text) && span.upperBound - span.lowerBound >= 1.5 * (column.upperBound - column.lowerBound)
                    && span.upperBound > column.upperBound
            }
            let standfirst = lines.drop { $0.role == .dateline && !spansTheColumns($0) }
            guard let last = standfirst.last, standfirst.count <= 4,
                  standfirst.allSatisfy({ [.text, .dateline].contains($0.role) }) else { return false }
            return standfirst.dropLast().allSatisfy(spansTheColumns)
                && (spansTheColumns(last) || (standfirst.count > 1 && opensAtTheEdge(last)))
        }

        /// The piece goes on with `next`: its lines, and what closed it.
        mutating func goOn(with next: Piece) {
            lines += next.lines
            closedBy = next.closedBy
        }

        /// The text of its first and of its last ``PageReader/passageLines`` lines: the passages
        /// whose words tell whether the text before or after it is on its subject.
        var openingPassage: String { lines.prefix(PageReader.passageLines).map(\.text).joined() }
        var closingPassage: String { lines.suffix(PageReader.passageLines).map(\.text).joined() }

        /// The text of all its lines.
        var text: String { lines.map(\.text).joined() }

        /// Whether its text ends a sentence, on its last line or, a wrapped note in brackets, its
        /// last two (``PageLine/endsSentence(_:after:)``).
        var endsSentence: Bool {
            guard let last = lines.last else { return false }
            return PageLine.endsSentence(last.text, after: lines.dropLast().last?.text)
        }

        /// Whether the piece's text is a brief's length (``PageReader/captionLength`` characters at most).
        var isBriefLength: Bool { text.count <= PageReader.captionLength }

        /// The piece's text without the dateline lead it opens with (whose words every report
        /// from one place and day shares).
        var reportText: String {
            guard let first = lines.first else { return "" }
            let opening = PageLine.datelineLead(in: first.text).map { String(first.text[$0.upperBound...]) } ?? first.text
            return ([opening] + lines.dropFirst().map(\.text)).joined()
        }

        /// How sure the reader is of the piece: the mean of how it starts (a dateline lead 1,
        /// a headline right above 0.9, else 0.5), how it ends (a credit or signature 1, else 0.7)
        /// and its headline (printed right above 1, matched by words elsewhere 0.8, none 0.5).
        func confidence(titled: Bool, headlineAbove: Bool) -> Double {
            let start = opensWithDateline ? 1.0 : (headlineAbove ? 0.9 : 0.5)
            let end = closedBy == nil ? 0.7 : 1.0
            let headline = headlineAbove ? 1.0 : (titled ? 0.8 : 0.5)
            return ((start + end + headline) / 3 * 100).rounded() / 100
        }
        var isEditorsNote: Bool { lines.first.map { PageLine.opensEditorsNote($0.text) } ?? false }

        /// Whether the piece is an editor's note that ends before `line`: after a finished
        /// sentence, the text leaves the note's setting.
        /// - Set in a face of its own, the note ends where the text returns to the body's face
        ///   (commentary-19 of the fourth seed: a rule, no gap, between the note and the letters
        ///   it introduces).
        /// - In text, set across its story's columns, it ends where the lines go back to a
        ///   column's width: under half the note's widest line (commentary-17 of seed 24: the
        ///   note 79 characters wide, the letters under it 26). Not at a fragment poppler broke
        ///   off the note's own sentence (`”`, `，荡涤`, commentary-09).
        func editorsNoteEnds(before line: PageLine) -> Bool {
            guard isEditorsNote, let previous = lines.last, PageLine.endsSentence(previous.text) else { return false }
            if previous.distinctFace == true, line.distinctFace == false { return true }
            guard line.size == nil, !PageLine.opensMidSentence(line.text), let widest = lines.map(\.width).max() else { return false }
            return line.width * 2 < widest
        }
    }

    /// The pieces, the groups of headlines printed apart (each group in page order), and the
    /// numbers of the lines read as crossheads inside the pieces (for the explanation).
    static func segment(_ lines: [PageLine]) -> (pieces: [Piece], headlines: [[PageLine]], crossheads: Set<Int>) {
        let content = lines.filter { $0.isContent && !$0.isFurniture }
        var pieces: [Piece] = []
        var headlines: [[PageLine]] = []
        var crossheads: Set<Int> = []
        var current: Piece?
        func close(by role: PageLine.Role? = nil) {
            if var piece = current, !piece.lines.isEmpty {
                piece.closedBy = role
                pieces.append(piece)
            }
            current = nil
        }
        var i = 0
        while i < content.count {
            let line = content[i]
            // A brief's run-in title opens a piece of its own, which it heads.
            if line.runInTitle != nil { close() }
            switch line.role {
            case .dateline:
                // A second wire report run on under one headline (`据新华社华盛顿…电` after
                // `新华社德黑兰…电`), printed above or in a band: the story goes on, unless a block
                // break stands between. Without geometry only where both are reports the paper
                // took from the agency (`据新华社…电`, a roundup's form): text pages print headlines
                // apart from their stories, and one story follows another with no break.
                if let piece = current, piece.opensWithDateline, !line.afterBlank, !line.opensRow,
                   line.size != nil || (line.text.hasPrefix("据") && piece.lines[0].text.hasPrefix("据")),
                   let previous = piece.lines.last, PageLine.endsSentence(previous.text) {
                    current!.lines.append(line)
                } else if PageLine.isBylineAlone(line.text), !line.afterBlank, !line.opensRow, let piece = current,
                          piece.lines.allSatisfy(\.isBylineLead) {
                    // A byline naming two desks' reporters, broken where the second desk starts
                    // (`《中国电力报》记者张大和` / `本报记者江玉`): one lead.
                    current!.lines.append(line)
                } else if PageLine.isBylineAlone(line.text), let piece = current, !piece.opensWithDateline, !piece.isEditorsNote,
                          goesOnInColumn(at: i, in: content) || crossheadFollows(byline: i, in: content, under: piece)
                            || ((!line.afterBlank || (line.size != nil && !line.opensRow))
                                && PageLine.closesWithPictureNote(piece.lines.suffix(2).map(\.text).joined())) {
                    // A byline alone on its line under a standfirst (`本报记者贺广华` under a few
                    // sentences introducing the story), the text going on below it, or a crosshead
                    // opening its first section: one story. So where the standfirst closes with its
                    // note on the pictures (`…当务之急———（附` / `图片 1 张）` / `本报记者江宝章`,
                    // band-01 of seed 24): in text right under it, in a PDF at the next column's
                    // top too (`…卓有成效。（附图片1张）` / `本报记者贺广华`, feature-11 of the
                    // feature pages' varied seed 47). An editor's note is no standfirst: the story
                    // it introduces opens at the byline.
                    current!.lines.append(line)
                } else {
                    close()
                    current = Piece(lines: [line])
                }
            case .signature(hasOffice: false) where namesTheAuthor(at: i, in: content, under: current):
                // No signature: the byline of the story going on below it, in text a story of its own.
                if line.size == nil { close() }
                if current == nil { current = Piece() }
                current!.lines.append(line)
            case .signature(hasOffice: false) where current.map { !$0.isEditorsNote && standsInsideTheText(at: i, in: content, under: $0) } == true
                && !PageLine.isAuthorNote(line.text):
                // A fragment of a line the extraction broke off; an editor's note is still signed
                // by its writer (`钟行`) with the story going on under it.
                current!.lines.append(line)
            case .signature(hasOffice: false) where current.map { brokenOffAtAGap(at: i, in: content, under: $0) } == true:
                // The end of a line the extraction broke at the gap after a finished sentence
                // (`她们是应` / `邀参加中宣部召开的先进典型`, stacked-09): the piece's text, and so is
                // the headline-shaped line its word runs on into.
                current!.lines += [line, content[i + 1]]
                i += 1
            case .signature where current == nil && i + 1 < content.count && !content[i + 1].afterBlank && content[i + 1].role == .text:
                // A name-shaped line that signs nothing, the text going on under it, is a title
                // (a caption's, `喜迁新居`, under another story's headline).
                close()
                headlines.append([line])
            case .credit, .signature, .reporters:
                if line.role == .credit, let piece = current, let cut = captionStart(in: piece) {
                    current!.lines = Array(piece.lines[..<cut])
                    close()
                    current = Piece(lines: Array(piece.lines[cut...]))
                } else if line.role == .credit, PageLine.creditRange(line.text)?.lowerBound != line.text.startIndex,
                          let piece = current, setApartBySize(line, from: piece) {
                    // A caption of one line closed by its credit, set in its own size under a
                    // picture, after the story read before it (`广州花都市…供应市场。（新华社记者
                    // 潘家珉摄）`, photo-05 of the varied pages' seed 12).
                    close()
                } else if line.role == .credit, line.size == nil, line.afterBlank, let credit = PageLine.creditRange(line.text),
                          line.text[..<credit.lowerBound].count >= 20, current?.endsSentence == true {
                    // In text, a whole caption on one line with its credit, a blank line over it,
                    // under a finished story (`天津龙泰食品有限公司以…年创汇３００万美元。 马平/摄`,
                    // photo-19 of seed 40).
                    close()
                }
                if current == nil { current = Piece() }
                current!.lines.append(line)
                close(by: line.role)
            case _ where opensABandAtThePageFoot(at: i, in: content):
                // The page's last block is a band of headlines, no text a story goes on with; a
                // line's run-in title is none, but its first headline.
                close()
                headlines.append(content[i...].map { line in
                    var line = line
                    (line.text, line.runInTitle) = (line.printed, nil)
                    return line
                })
                i = content.count
                continue
            case .candidate:
                let end = endOfCandidates(from: i, in: content)
                let run = Array(content[i...end])
                let crosshead = current.map { isCrosshead(run, after: end, in: content, under: $0) } ?? false
                if current == nil || (!crosshead && isHeadlineGroup(run, after: end, in: content, under: current!)) {
                    // Headlines printed where a column broke off mid-sentence belong to a story
                    // further on; the text after them carries on the sentence, unless it opens
                    // a piece of its own or is on another subject: then the headline heads it,
                    // and the broken-off column waits for its rest (``joinContinuations``).
                    let resumes = i > 0 && PageLine.interruptsSentence(run[0], after: content[i - 1])
                        && end + 1 < content.count && content[end + 1].role == .text && !PageLine.opensEditorsNote(content[end + 1].text)
                        && current.map { continuesTheSubject(at: end + 1, in: content, of: $0) } != false
                        || current.map { standsOverAnotherStory(run, after: end, in: content, under: $0) } == true
                    if !resumes { close() }
                    headlines.append(run)
                } else {
                    if crosshead {
                        crossheads.formUnion(run.map(\.number))
                    } else if run[0].size == nil, run[0].afterBlank, let piece = current, piece.endsSentence, !piece.isStandfirst(over: run[0]),
                              !continuesTheSubject(passage(openedBy: run, at: end, in: content), of: piece) {
                        // In text, a block after a finished sentence on another subject is another
                        // story, though its first lines are headline-shaped (a story opening on
                        // lines no punctuation breaks, `日本先锋公司最近开发出比现有数字视` under
                        // `…奖励安排到哥斯达黎加来。`, band-06 of seed 24). A line of its own words
                        // over that story, naming it, is its headline, printed over its text with no
                        // blank line between (`文化营销一道亮丽的风景` / `新春将至，…`, stacked-16 of seed 40).
                        close()
                        if run.count == 1, standsNarrowerThanItsText(at: end, in: content)
                            || titlesThePassage(below: end, in: content, after: piece, ofAnyLength: true) {
                            headlines.append(run)
                            i = end + 1
                            continue
                        }
                        current = Piece()
                    }
                    current!.lines.append(contentsOf: run)
                }
                i = end
            default:
                // Where sizes are known, text set in another size starts a new piece.
                if let piece = current, setApartBySize(line, from: piece) { close() }
                if current?.editorsNoteEnds(before: line) == true { close() }
                // Where every column stopped after a finished sentence, the next row is another story;
                // in text, so is a block after a finished sentence on another subject, or a photo's
                // caption (``PageLine/opensACaption(_:over:)``).
                // Not under a standfirst set across the columns of its story.
                if line.opensRow || (line.size == nil && line.afterBlank
                                     && (PageLine.opensACaption(line, over: content[(i + 1)...])
                                         || current.map { !continuesTheSubject(at: i, in: content, of: $0) } == true)),
                   current?.endsSentence == true, current?.isStandfirst(over: line) == false { close() }
                // The editor's afterword (`编后：`, `＊＊＊` / `编者的话：`) printed right under a story
                // its reporters closed is still the story's.
                if current == nil, !line.afterBlank, PageLine.opensAfterword(line.text), let last = pieces.popLast() { current = last }
                // A note on the source right under the credit closing a caption (`（周文广摄）` /
                // `（新华社稿）`, mixed-06 of seed 24) is the caption's, no story's first line.
                if current == nil, !line.afterBlank, PageLine.isSourceNote(line.text), let last = pieces.last, last.closedBy == .credit,
                   last.lines.last?.number == content[i - 1].number {
                    pieces[pieces.count - 1].lines.append(line)
                    i += 1
                    continue
                }
                // A collection of items, each opening with its mark or number, goes on after an
                // item its writer signed (`…看好。（龚雯）` / `△VCD有降价空间…`; `…制作服装。（新华社发）`
                // / `3、进入1月中下旬…`, stacked-06 of the varied pages' seed 12).
                if current == nil, let last = pieces.last, i > 0, last.lines.last?.number == content[i - 1].number,
                   PageLine.continuesItems(last.lines.map(\.text), with: line.text) {
                    current = pieces.popLast()
                }
                if current == nil { current = Piece() }
                current!.lines.append(line)
            }
            i += 1
        }
        close()
        return (pieces, headlines, crossheads)
    }

    /// Where sizes are known: whether `line`, set in another size than the end of the open
    /// `piece`, is another element (a caption under a photo, an editor's note). Not after a lead
    /// line whose sentence runs on: its lead word set in a face of its own sizes it apart; nor
    /// after any line whose sentence runs on when both are within a deck's step of body type
    /// (`报记者李舫报道：全国『三下乡』活动先`, its corner brackets from a face whose box stands 7%
    /// taller, stacked-06 of the fifth seed).
    static func setApartBySize(_ line: PageLine, from piece: Piece) -> Bool {
        guard let size = line.size, let previous = piece.lines.last, let previousSize = previous.size,
              !line.isSetInTheSameType(as: previous) else { return false }
        if piece.isStandfirst, !line.isSetLarge { return false }
        return PageLine.endsSentence(previous.text) || !((piece.lines.count == 1 && piece.opensWithDateline)
            || [size, previousSize].allSatisfy({ abs($0 - 1) < PageLine.deckSize - 1 }))
    }

    /// Where sizes are known: whether the name at `i`, alone on its line, is the author's of the
    /// story going on right under it — under `piece`'s standfirst, or, with no piece open, right
    /// under the headline (there a name of two or three characters: four are as often a
    /// caption's title, `罕见海龟`). Under an editor's note it is not: there it opens the story the
    /// note introduces. In text, a name of two or three characters opening a block, the text
    /// going on right under it on another subject than the piece above
    /// (``continuesTheSubject(at:in:of:)``), is the author's of that text, no signature of the
    /// piece (`刘世昌` / `翻阅由中共党史出版社…`, feature-10 of seed 56; `高原老兵` over a caption
    /// is its title).
    static func namesTheAuthor(at i: Int, in content: [PageLine], under piece: Piece?) -> Bool {
        let shortAsAName = content[i].text.unicodeScalars.count <= 3
        guard let piece else {
            return shortAsAName && i > 0 && content[i - 1].role == .candidate && goesOnInColumn(at: i, in: content, opening: true)
        }
        if content[i].size == nil {
            return shortAsAName && content[i].afterBlank && i + 1 < content.count && content[i + 1].role == .text
                && !content[i + 1].afterBlank && !continuesTheSubject(at: i + 1, in: content, of: piece)
        }
        // Under a standfirst set across the columns, the name opens the first of them (`南宫品`
        // under `赝品横行，…一道“坎”。`, feature-04 of the feature pages' varied seed 8).
        return !piece.isEditorsNote && goesOnInColumn(at: i, in: content, opening: piece.isStandfirst)
    }

    /// Where sizes are known: whether the line at `i` stands in its column's flow, text set at
    /// its size going on right under it, no blank line or row break before or after it (before
    /// it allowed when `opening` a piece, under a headline).
    static func goesOnInColumn(at i: Int, in content: [PageLine], opening: Bool = false) -> Bool {
        let line = content[i]
        guard line.size != nil, opening || (!line.afterBlank && !line.opensRow), i + 1 < content.count else { return false }
        let next = content[i + 1]
        return next.role == .text && !next.afterBlank && !next.opensRow && next.runInTitle == nil
            && next.size != nil && next.isSetInTheSameType(as: line)
    }

    /// The index of the last of the headline-shaped lines that run on from `i` in `content`.
    static func endOfCandidates(from i: Int, in content: [PageLine]) -> Int {
        var end = i
        while end + 1 < content.count, content[end + 1].role == .candidate { end += 1 }
        return end
    }

    /// Whether a run of headline-shaped lines inside the open `piece`, no crosshead of it
    /// (``isCrosshead(_:after:in:under:)``, asked first), is printed headlines.
    static func isHeadlineGroup(_ run: [PageLine], after end: Int, in content: [PageLine], under piece: Piece) -> Bool {
        // A face of its own sets a line apart, but not inside a story set in that face throughout.
        let setApartByFace = { (line: PageLine) in
            line.distinctFace == true && !([piece.lines.last, end + 1 < content.count ? content[end + 1] : nil].allSatisfy {
                $0.map { $0.role == .text && $0.distinctFace == true && $0.isSetInTheSameType(as: line) } == true
            })
        }
        if run.contains(where: { $0.isDisplay || setApartByFace($0) || hasPhraseGap($0.text) }) { return true }
        let start = end - run.count + 1
        if start > 0, PageLine.interruptsSentence(run[0], after: content[start - 1]) { return true }
        // Where the page's geometry is known, one line spanning its column as the line under it
        // does (from within half an em of where that line starts to where it ends, or past) is the
        // column's text: a paragraph's first line with no punctuation but dashes and quotes
        // (`奇迹来自政府重视———要求“市长负责”` over `抓“菜篮子”，一抓就是十年；…`, feature-02 of the
        // varied pages' seed 51).
        if run.count == 1, end + 1 < content.count, case let next = content[end + 1], next.role == .text, !next.afterBlank,
           let span = run[0].span, let below = next.span,
           abs(span.lowerBound - below.lowerBound) <= 0.5, span.upperBound >= below.upperBound - 0.5 { return false }
        // In text, a brief's title between two briefs of one column, naming the text under it.
        if run.count == 1, run[0].size == nil, end + 1 < content.count, content[end + 1].role == .text,
           titlesThePassage(below: end, in: content, after: piece) { return true }
        // Inside the text's block between two passages on one subject: a crosshead, a fragment,
        // or a paragraph's first lines with no punctuation in a narrow column (`冶金部黄金管理局局长王德学` /
        // `在日前举行的黄金工业情况通`, stacked-02 of the second seed).
        if run.allSatisfy({ !$0.afterBlank }), standsInsideTheText(at: end, in: content, under: piece) { return false }
        let column = columnWidth(of: piece.lines)
        // Two or more lines, unless every one is exactly as wide as the column they would continue.
        let fillsColumn = { (line: PageLine) in column.map { abs(line.width - $0) <= 2 } ?? false }
        if run.count >= 2 && !run.allSatisfy(fillsColumn) { return true }
        guard end + 1 < content.count else { return true }
        // A lead, or an editor's note, which stands between a headline and its story.
        if content[end + 1].role == .dateline || PageLine.opensEditorsNote(content[end + 1].text) { return true }
        // Lines exactly as wide as the column they stand in are that column's text.
        if run.allSatisfy(fillsColumn) { return false }
        // A line the extraction broke at a wide justification gap (`为了使这些` | `大多数是…`):
        // with the line after it, it fills no more than the column, and no blank line sets it
        // apart (`致读者` over a brief's first short line is its title, briefs-14).
        if let column, run.count == 1, !run[0].afterBlank, content[end + 1].role == .text,
           run[0].width + content[end + 1].width <= column + 1 { return false }
        // In text, a run standing in no block of its own whose last word goes on into the next
        // line (`中央军委向参加抗震` / `救灾的全体官兵…`) is the column's text, broken off.
        if run.allSatisfy({ $0.size == nil }), !run[0].afterBlank, !content[end + 1].afterBlank, content[end + 1].role == .text,
           PageLine.wordRunsAcross(run[run.count - 1].text, into: content[end + 1].text) { return false }
        // Justified text fills its column but for a paragraph's last line, which finishes a
        // sentence: a line clearly narrower, finishing none, is no body text.
        if let column, run.allSatisfy({ $0.width * 10 <= column * 7 }) { return true }
        // The text after the run must close as a piece of its own before anything else starts,
        // or, a brief's length (``captionLength`` at most) on another subject than
        // the piece, run up to the next report's headlines over that report's lead (a brief's
        // title between briefs, `埃及政府加强旅游景点的保护` / `由于1997年…`, then `巴基斯坦新总统宣誓就职` /
        // `据新华社…`).
        var next = end + 1, length = 0
        while next < content.count {
            switch content[next].role {
            case .credit, .signature, .reporters: return true
            case .dateline: return false
            case .candidate:
                next = endOfCandidates(from: next, in: content)
                return next + 1 < content.count && content[next + 1].role == .dateline && length <= captionLength
                    && !continuesTheSubject(at: end + 1, in: content, of: piece)
            default:
                length += content[next].text.count
                next += 1
            }
        }
        return false
    }

    /// Where the page's geometry is known: whether `run` is a crosshead (小标题) of the open
    /// `piece`: one or two lines (or up to three such paragraphs) in a face of their own at the
    /// body's size (under a deck's), centred in the column between a finished sentence of the
    /// piece's text and more text in its type (or the body's, under a standfirst set larger),
    /// in a story under a headline in display type (`菜篮子工程的提出` in a review of ten years'
    /// 菜篮子工程) or else, longer than a brief (``captionLength``), between passages on one
    /// subject (they share words, the cosine of their bigram counts at least 0.03, as in
    /// ``continuesTheSubject(at:in:of:)``).
    /// A brief's title between briefs, in the same face, stands under a brief: flush left, or
    /// over another subject. A byline alone may stand between the sentence and the crosshead
    /// (`本报记者贺广华`, closing a standfirst). The authors' names set so (`徐建中陈波赵川东`) may
    /// stand under a standfirst that runs on into the story (`…而机舱里热闹极了———`): a byline,
    /// the story going on under it. A story opening with a byline alone on its line is no
    /// brief, however short its text above the crosshead.
    static func isCrosshead(_ run: [PageLine], after end: Int, in content: [PageLine], under piece: Piece) -> Bool {
        // The piece's text, less a byline alone under its standfirst.
        let byline = piece.lines.reversed().prefix(while: \.isBylineLead).count
        // A story opening with its reporter's byline alone on a line (`本报记者李中文`), which a
        // brief does not carry, its headline read further up (feature-05 of the varied pages' seed 41).
        let opensWithBylineAlone = piece.lines.first?.isBylineLead == true
        // Up to three crossheads, each a paragraph of its own of a line or two (a profile's
        // labels: `荣誉模范团长` / `工作单位北京军区给水工程团` / `目前状况带领全团指战员在第一线打` `井`,
        // feature-12 and feature-07 of the feature pages' varied seed 32).
        let starts = run.indices.filter { $0 == 0 || run[$0].afterBlank } + [run.count]
        guard starts.count <= 4, zip(starts, starts.dropFirst()).allSatisfy({ $1 - $0 <= 2 }),
              run.allSatisfy({ $0.size != nil && $0.distinctFace == true && !$0.isSetLarge }),
              piece.lines.count > byline, case let text = piece.lines.dropLast(byline), let last = text.last, last.role == .text, last.size != nil,
              // A note in brackets may wrap (`…卓有成效。（附图片1` / `张）`).
              PageLine.endsSentence(text.suffix(2).map(\.text).joined()) || Surnames.splitsIntoNames(run.map(\.text).joined()),
              end + 1 < content.count, case let next = content[end + 1], next.role == .text, next.size != nil,
              next.isSetInTheSameType(as: last) || piece.isStandfirst else { return false }
        // Its column: the text's under it, or the piece's above it (a crosshead may top a column
        // or end one), from where those lines start (a paragraph's first line indented) to where
        // most of them end (a line may run over the edge, a paragraph's last stop short). One
        // character short of the column, a crosshead stands under half an em in from either edge
        // (`财政收入继续保持高增长势头` 0.475 em, feature-11 of the varied pages' seed 41), a third of
        // one where dashes fill it out (`李宁牌———中国体育用品第一品牌` 0.34 em, feature-10 of the
        // feature pages' varied seed 17).
        let below = content[(end + 1)...].prefix(passageLines).prefix { $0.role == .text }
        let centred = [(Array(below), next), (Array(piece.lines.suffix(passageLines)), last)].contains { lines, reference in
            guard let edge = reference.span?.lowerBound else { return false }
            let inColumn = lines.compactMap(\.span).filter { abs($0.lowerBound - edge) <= 2.5 }
            let column = inColumn.map(\.lowerBound).min()!...inColumn.map(\.upperBound).sorted()[inColumn.count / 2]
            return run.indices.allSatisfy { k in
                guard let span = run[k].span else { return false }
                let left = span.lowerBound - column.lowerBound, right = column.upperBound - span.upperBound
                // A line the crosshead wraps from fills the column (`目前状况带领全团指战员在第一线打` / `井`).
                let wraps = k + 1 < run.count && !run[k + 1].afterBlank
                return left >= 0.3 && abs(left - right) <= 1 || wraps && max(abs(left), abs(right)) < 0.3
            }
        }
        // The crosshead's own words count with the text under it (`菜篮子工程的提出` over `今天的家庭主妇们…`).
        return centred && (standsUnderADisplayHeadline(piece, in: content)
            || (!piece.isBriefLength || opensWithBylineAlone)
                && sharedWords(piece.closingPassage, passage(openedBy: run, at: end, in: content)) >= 0.03)
    }

    /// Where the page's geometry is known: whether the headline-shaped lines right under the
    /// byline at `i`, which would close the open `piece`'s standfirst, are a crosshead
    /// (``isCrosshead(_:after:in:under:)``).
    static func crossheadFollows(byline i: Int, in content: [PageLine], under piece: Piece) -> Bool {
        guard i + 1 < content.count, content[i + 1].role == .candidate else { return false }
        let end = endOfCandidates(from: i + 1, in: content)
        var signed = piece
        signed.lines.append(content[i])
        return isCrosshead(Array(content[(i + 1)...end]), after: end, in: content, under: signed)
    }

    /// Whether the headline-shaped lines read right before the `piece`'s first line (a kicker or
    /// a deck among them) include one in display type: a story's headline, not a brief's title.
    static func standsUnderADisplayHeadline(_ piece: Piece, in content: [PageLine]) -> Bool {
        guard let first = piece.lines.first, let start = content.firstIndex(where: { $0.number == first.number }) else { return false }
        return content[..<start].reversed().prefix { $0.role == .candidate }.contains(where: \.isDisplay)
    }

    /// In text without sizes: whether the line at `i` stands inside the open `piece`'s block, no
    /// blank line before or after it (a headline or a signature ends a block or stands in its
    /// own), between two passages on one subject: a crosshead (`校正人生坐标`) or a fragment of
    /// a line the extraction broke off (`研讨会得` / `到了…`), the piece's own. The line's own
    /// words count with the passage under it: a crosshead names its section's subject
    /// (`菜篮子工程的提出`, photo-15 of seed 24). The subject is the piece's last 15 lines or, as
    /// sharing words at the same 0.03, the whole piece: a long story's section may turn from the
    /// one before it to a side of the story told further up (`误区：甲减下的人让乙背上` under a
    /// section on insurance, its words those of the story's opening, feature-13 of seed 40).
    static func standsInsideTheText(at i: Int, in content: [PageLine], under piece: Piece) -> Bool {
        guard content[i].size == nil, !content[i].afterBlank, i + 1 < content.count, !content[i + 1].afterBlank,
              content[i + 1].role == .text else { return false }
        let below = passage(openedBy: content[i...i], at: i, in: content)
        return continuesTheSubject(below, of: piece) || areOnOneSubject(piece.text, below)
    }

    /// Whether the line at `i`, under a finished sentence of the open `piece` of a brief's length
    /// (``captionLength`` at most), names the passage under it and not the piece: half or more of
    /// its words (two at least, ``Tokenizer``'s) recur in the passage below
    /// (``passage(from:in:)``), none in the piece, and no word runs across from it into the next
    /// line (``PageLine/wordRunsAcross(_:into:words:)``: `…发生在伊朗的7.1级地震造成的伤` / `亡…`).
    /// So stands a brief's title between two briefs of one column (`雨中情` over `1月10日，江苏省
    /// 文化下乡慰问服务团在连绵的冬雨中…`, under `…共迎新春。`, briefs-02 of seed 24), whose passages
    /// share enough of a page's common words to pass for one subject. Under a longer piece such a
    /// line is as often a crosshead (`重塑交警新形象`, feature-10 of the varied pages' seed 50),
    /// unless the passage below is known to be on another subject: then the piece may be
    /// `ofAnyLength`.
    static func titlesThePassage(below i: Int, in content: [PageLine], after piece: Piece, ofAnyLength: Bool = false) -> Bool {
        guard piece.endsSentence, ofAnyLength || piece.isBriefLength,
              i + 1 < content.count, !PageLine.wordRunsAcross(content[i].text, into: content[i + 1].text) else { return false }
        let tokenizer = Tokenizer()
        let words = Set(tokenizer.tokens(content[i].text))
        guard words.count >= 2 else { return false }
        let below = Set(tokenizer.tokens(passage(from: i + 1, in: content))), above = Set(tokenizer.tokens(piece.closingPassage))
        return words.isDisjoint(with: above) && words.filter(below.contains).count * 2 >= words.count
    }

    /// In text without sizes: whether the line at `i`, over text, stands two characters or more
    /// narrower than the column of the text under it (``columnWidth(of:)`` of
    /// ``linesOfPassage(from:in:)``), no word running across from it into the next line: a story's first
    /// line fills its column; its headline, printed right over it, need not.
    static func standsNarrowerThanItsText(at i: Int, in content: [PageLine]) -> Bool {
        // A column is measured on three text lines or more, so the next line is text.
        guard content[i].size == nil, let column = columnWidth(of: Array(linesOfPassage(from: i + 1, in: content))),
              !PageLine.wordRunsAcross(content[i].text, into: content[i + 1].text) else { return false }
        return content[i].width + 4 <= column
    }

    /// In text without sizes: whether the short line at `i` is the end of the open `piece`'s
    /// last line, which the extraction broke at the wide gap after a finished sentence
    /// (`法学院攻读硕士学位。` / `她们是应`): the two no wider than the column (a character's play),
    /// its word running on into the headline-shaped line after it (`邀参加中宣部召开的先进典型`).
    static func brokenOffAtAGap(at i: Int, in content: [PageLine], under piece: Piece) -> Bool {
        guard content[i].size == nil, !content[i].afterBlank, let last = piece.lines.last, i > 0, last.number == content[i - 1].number,
              i + 1 < content.count, case let rest = content[i + 1], rest.role == .candidate, !rest.afterBlank,
              let column = columnWidth(of: piece.lines) else { return false }
        return last.width + content[i].width <= column + 2 && PageLine.wordRunsAcross(content[i].text, into: rest.text)
    }

    /// The most characters a caption or a brief holds, as the reader tells them from a story.
    static let captionLength = 200

    /// Where sizes are known, the caption a photo credit closes may have been read on from the
    /// story before it, set in the same type (a picture at a column's top beside a story's end,
    /// photo-01 of the varied pages' seed 10): the caption starts at the piece's last block break
    /// after a finished sentence when what follows is a caption's length (200 characters at most)
    /// on another subject than the three lines or more before (``continuesTheSubject(at:in:of:)``).
    /// A caption with a title run in is one piece (`七位“亲闺女”`, photo-02: a blank line inside it).
    static func captionStart(in piece: Piece) -> Int? {
        guard piece.lines.first?.runInTitle == nil, let cut = piece.lines.indices.last(where: { k in
            k >= 3 && piece.lines[k].afterBlank && piece.lines[k].role == .text && piece.lines[k].size != nil
                && PageLine.endsSentence(piece.lines[k - 1].text)
        }) else { return nil }
        let caption = piece.lines[cut...]
        guard caption.map(\.text).joined().count <= captionLength else { return nil }
        let before = Piece(lines: Array(piece.lines[..<cut]))
        return continuesTheSubject(at: 0, in: Array(caption), of: before) ? nil : cut
    }

    /// Where sizes are known: whether display headlines printed where the open `piece`'s column
    /// broke off mid-sentence head another story, the text after them carrying on the piece
    /// (`…车右侧的玻璃被砸烂了一块，` | `校园打工求自立` | `车内物品被洗劫一空。…`, commentary-12 of
    /// the varied pages' seed 16): that text is on the piece's subject
    /// (``continuesTheSubject(at:in:of:)``) and shares no words with the headlines, which a
    /// story's first lines nearly always do with its own. Broken off: the piece's last line fills
    /// its column; one clearly narrower ended there (`『我天天都在网上看人民日报』` closing a story
    /// before `读新书`, stacked-08 of the varied pages' seed 22).
    static func standsOverAnotherStory(_ run: [PageLine], after end: Int, in content: [PageLine], under piece: Piece) -> Bool {
        guard run.allSatisfy(\.isDisplay), let last = piece.lines.last, last.role == .text, !PageLine.endsSentence(last.text),
              columnWidth(of: piece.lines).map({ last.width * 10 > $0 * 7 }) ?? true,
              !last.text.hasSuffix("："), end + 1 < content.count, content[end + 1].role == .text,
              !PageLine.opensEditorsNote(content[end + 1].text) else { return false }
        return continuesTheSubject(at: end + 1, in: content, of: piece)
            && sharedWords(HeadlineAttachment.joined(run), passage(from: end + 1, in: content)) == 0
    }

    /// In text, whether the lines from `i` to the page's end, a blank line above them, are a band
    /// of headlines printed under the stories: two lines or more, no dateline among them and none
    /// holding a sentence's end, a comma or a semicolon. Every story ends on a sentence's end, so
    /// none ends there; poppler reads the band's rows across its headlines (`国家科技领导小组召开
    /// 世界游泳锦标赛预赛中国选手一` / `路顺风` / `会议`, band-10 of the page benchmark's seed 24,
    /// where the band had gone on the last story's text: no line of it heads anything there).
    static func opensABandAtThePageFoot(at i: Int, in content: [PageLine]) -> Bool {
        let rest = content[i...]
        guard rest.count >= 2, content[i].size == nil, content[i].afterBlank else { return false }
        return rest.allSatisfy { line in
            line.role != .dateline && !line.text.unicodeScalars.contains { SentenceSplitter.isTerminator($0) || "，；".unicodeScalars.contains($0) }
        }
    }

    /// Whether the text from line `i` on (up to 15 lines) is on the subject of the open `piece`'s
    /// last 15 lines: they share words, the cosine of their bigram counts at least 0.03 (passages
    /// of one story nearly always do, neighbouring stories on a page seldom). A passage too short
    /// to tell (under 20 characters either side) counts as on the subject.
    static func continuesTheSubject(at i: Int, in content: [PageLine], of piece: Piece) -> Bool {
        continuesTheSubject(passage(from: i, in: content), of: piece)
    }

    /// Whether the passage `after` is on the subject of the open `piece`'s last 15 lines, as in
    /// ``continuesTheSubject(at:in:of:)``.
    static func continuesTheSubject(_ after: String, of piece: Piece) -> Bool {
        areOnOneSubject(piece.closingPassage, after)
    }

    /// Whether the passages `before` and `after` share words as one subject's do, as in
    /// ``continuesTheSubject(at:in:of:)``: cosine 0.03 or more, or either under 20 characters.
    static func areOnOneSubject(_ before: String, _ after: String) -> Bool {
        guard before.count >= 20, after.count >= 20 else { return true }
        return sharedWords(before, after) >= 0.03
    }

    /// How many lines a passage compared for shared words holds.
    static let passageLines = 15

    /// Up to ``passageLines`` content lines from `i`, up to the first that is not text.
    static func linesOfPassage(from i: Int, in content: [PageLine]) -> ArraySlice<PageLine> {
        content[i...].prefix(passageLines).prefix { $0.role == .text }
    }

    /// The text of the lines of ``linesOfPassage(from:in:)``.
    static func passage(from i: Int, in content: [PageLine]) -> String {
        linesOfPassage(from: i, in: content).map(\.text).joined()
    }

    /// The text of `run`, the lines of `content` ending at `end`, and of the passage under it
    /// (``passage(from:in:)``): lines heading a passage (a crosshead, a block's headline-shaped
    /// first lines) count with it in telling its subject.
    static func passage(openedBy run: some Collection<PageLine>, at end: Int, in content: [PageLine]) -> String {
        run.map(\.text).joined() + passage(from: end + 1, in: content)
    }

    /// How much two passages share their words: the cosine of their token counts (character
    /// bigrams, ``Tokenizer``), 0…1, symmetric.
    static func sharedWords(_ a: String, _ b: String) -> Double {
        let tokenizer = Tokenizer()
        let x = Dictionary(tokenizer.tokens(a).map { ($0, 1.0) }, uniquingKeysWith: +)
        let y = Dictionary(tokenizer.tokens(b).map { ($0, 1.0) }, uniquingKeysWith: +)
        let dot = x.reduce(0.0) { $0 + $1.value * (y[$1.key] ?? 0) }
        let norms = (x.values.reduce(0) { $0 + $1 * $1 } * y.values.reduce(0) { $0 + $1 * $1 }).squareRoot()
        return norms > 0 ? dot / norms : 0
    }

    /// The most common display width of a piece's lines (its column), if it has a few lines.
    static func columnWidth(of lines: [PageLine]) -> Int? {
        guard lines.count >= 3 else { return nil }
        var counts: [Int: Int] = [:]
        for line in lines { counts[line.width, default: 0] += 1 }
        return counts.mostCommonKey
    }

    /// A space between two Han characters, as headlines use between phrases.
    static func hasPhraseGap(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 2 else { return false }
        return (1..<(scalars.count - 1)).contains { k in
            scalars[k] == " " && CharacterClass.isHan(scalars[k - 1].value) && CharacterClass.isHan(scalars[k + 1].value)
        }
    }

    /// Where sizes are known, text right under a photo's caption and credit, no headline
    /// printed between, goes on the story over the picture: of the pieces read before the
    /// caption (and before the captions read together with it: two pictures' captions, tabloid-11
    /// of the varied pages' seed 21), the one left open (no credit or signature closed it, its
    /// last line text) sharing most words with it (``sharedWords(_:_:)`` of their passages, 0.05 or
    /// more): a picture set inside the story's column (tabloid-01 of the page benchmark; the
    /// story's first column read before another story, tabloid-12 of varied 21), whichever
    /// headline the text under it would match better (the one over the story's first two lines
    /// matched its rest, tabloid-20). Where few words are shared (a story's first two lines over
    /// the picture, tabloid-06 of seed 5), the open piece the text goes on from across the
    /// picture (in its column; under the captions in the next column, which the picture tops,
    /// tabloid-11 of the varied pages' seed 27; or at its height in the next column beyond the
    /// captions; a story beside read in between, tabloid-13 of the varied pages' seed 25).
    /// Before headlines are matched, so that they match whole stories. Nil when there is none.
    static func joinAcrossPictures(_ pieces: [Piece], _ headlines: [[PageLine]]) -> [Piece]? {
        var result: [Piece] = []
        /// The open piece before the last `captions` sharing most words with `piece`, the later of
        /// equals, and those words.
        func closest(to piece: Piece, before captions: Int) -> (index: Int, shared: Double)? {
            var best: (index: Int, shared: Double)?
            for k in result.indices.dropLast(captions) where result[k].closedBy == nil && result[k].lines.last?.role == .text {
                let shared = sharedWords(result[k].closingPassage, piece.openingPassage)
                if shared >= best?.shared ?? 0 { best = (k, shared) }
            }
            return best
        }
        let pageLines = pieces.flatMap(\.lines) + headlines.joined()
        /// The open piece read before the last `captions` that `piece` goes on from across the
        /// picture, the latest if several: in its column, under the captions, which stand in it
        /// too below the piece's last line; in a column to its right, under the captions, with
        /// nothing printed above them there down from the piece's first line (the picture tops
        /// that column); or at the top of a column to its right, as high as the piece's first
        /// line, the captions between the two columns or in the piece's own under its last line.
        func storyAcrossThePicture(_ piece: Piece, captions: Int) -> Int? {
            guard let text = columnSpan(of: piece.lines.prefix(columnLines)), let textTop = piece.lines.first?.top else { return nil }
            let captionLines = result.suffix(captions).flatMap(\.lines)
            return result.indices.dropLast(captions).last { k in
                guard result[k].closedBy == nil, result[k].lines.last?.role == .text,
                      let printed = columnSpan(of: result[k].lines.suffix(columnLines)) else { return false }
                // Lines that all stop short of the column's edge (a paragraph's one line under a
                // byline, tabloid-17 of the varied pages' seed 29) stand in the column of the text
                // they are flush with and narrower than.
                let story = sharesColumn(printed, text) || (abs(printed.lowerBound - text.lowerBound) <= 1 && printed.upperBound < text.upperBound)
                    ? text : printed
                let bottom = result[k].lines.last?.top ?? .infinity
                let underTheStory = { (line: PageLine) in stands(line, within: story) && (line.top ?? 0) > bottom }
                if story == text {
                    return captionLines.allSatisfy { underTheStory($0) && ($0.top ?? .infinity) < textTop }
                }
                guard let storyTop = result[k].lines.first?.top, story.upperBound < text.lowerBound else { return false }
                if let captionTop = captionLines.compactMap(\.top).min(), captionTop > storyTop,
                   captionLines.allSatisfy({ line in stands(line, within: text) && (line.top ?? .infinity) < textTop }),
                   !pageLines.contains(where: { line in
                       stands(line, within: text) && (line.top ?? 0) > storyTop - 0.5 && (line.top ?? .infinity) < captionTop
                   }) {
                    return true
                }
                guard abs(storyTop - textTop) <= 0.5 else { return false }
                return captionLines.allSatisfy { line in
                    stands(line, within: story.upperBound...text.lowerBound) || underTheStory(line)
                }
            }
        }
        for piece in pieces {
            let captions = captionsReadLast(result)
            if let first = piece.lines.first, first.size != nil, first.role == .text, first.runInTitle == nil,
               piece.preface.isEmpty, !piece.isEditorsNote, !piece.opensWithDateline, piece.closedBy != .credit,
               captions > 0, let credit = result.last?.lines.last,
               !headlinePrinted(between: credit, and: first, headlines),
               let story = closest(to: piece, before: captions).flatMap({ $0.shared >= 0.05 ? $0.index : nil })
                ?? storyAcrossThePicture(piece, captions: captions) {
                result[story].goOn(with: piece)
                continue
            }
            result.append(piece)
        }
        return result.count < pieces.count ? result : nil
    }

    /// A list of works shown, one a line (`矿工（石膏）（孙宝田）`: title, medium, artist), right
    /// after a review closed by its reporters' bracket, no headline between, goes on with the
    /// review (tabloid-19 of seed 5, mixed-09 of the varied pages' seed 20). Nil when there is
    /// none.
    static func joinWorksLists(_ pieces: [Piece], _ headlines: [[PageLine]]) -> [Piece]? {
        var result: [Piece] = []
        for piece in pieces {
            if let review = result.last, review.closedBy == .reporters, let last = review.lines.last, let first = piece.lines.first,
               piece.preface.isEmpty, !headlinePrinted(between: last, and: first, headlines),
               piece.lines.allSatisfy(\.showsAWork) {
                result[result.count - 1].goOn(with: piece)
                continue
            }
            result.append(piece)
        }
        return result.count < pieces.count ? result : nil
    }

    /// Whether one of `headlines` is printed between two lines of the page (in reading order).
    static func headlinePrinted(between above: PageLine, and below: PageLine, _ headlines: [[PageLine]]) -> Bool {
        headlines.joined().contains { $0.number > above.number && $0.number < below.number }
    }

    /// How many lines at a piece's end or start tell the column it stands in there: one of them
    /// at least is full, where a piece joined over columns stands in more than one.
    static let columnLines = 3

    /// The column lines are set in, when they came with geometry: the span of the widest (a
    /// justified column's full lines fill it).
    static func columnSpan(of lines: some Collection<PageLine>) -> ClosedRange<Double>? {
        lines.compactMap(\.span).max { $0.upperBound - $0.lowerBound < $1.upperBound - $1.lowerBound }
    }

    /// Whether two columns are one: both edges within an em.
    static func sharesColumn(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        abs(a.lowerBound - b.lowerBound) <= 1 && abs(a.upperBound - b.upperBound) <= 1
    }

    /// Whether a line stands within a column, give or take an em; false where its place is not known.
    static func stands(_ line: PageLine, within column: ClosedRange<Double>) -> Bool {
        guard let span = line.span else { return false }
        return span.lowerBound >= column.lowerBound - 1 && span.upperBound <= column.upperBound + 1
    }

    /// How many of the pieces read last are captions, each closed by its picture's credit.
    static func captionsReadLast(_ pieces: [Piece]) -> Int {
        pieces.reversed().prefix { $0.closedBy == .credit }.count
    }

    /// An editor's note is printed above the story it introduces; it joins that story.
    static func mergeEditorsNotes(_ pieces: [Piece]) -> [Piece] {
        var merged: [Piece] = []
        var pending: [PageLine] = []
        for piece in pieces {
            // A note may be signed (`编者按：… 钟行`): the story still follows it.
            let signed = { if case .signature = piece.closedBy { return true } else { return false } }()
            if piece.isEditorsNote && (piece.closedBy == nil || signed) {
                pending += piece.lines
                continue
            }
            var piece = piece
            piece.preface = pending
            pending = []
            merged.append(piece)
        }
        if !pending.isEmpty { merged.append(Piece(lines: pending, closedBy: nil)) }
        return merged
    }
}

extension PageReader.Piece {
    /// The article this piece prints: kind, byline, inline caption title and paragraphs.
    func article(id: String, position: Int) -> Article {
        // Only the first line's run-in title heads the piece; one further in, where pieces were
        // joined, is printed text of the body.
        var body = lines.enumerated().map { k, line in
            k == 0 || line.runInTitle == nil ? line : PageLine(number: line.number, text: line.printed, role: line.role)
        }
        var byline: String?
        var lead: String?
        var title: String?
        var kind = Article.Kind.other
        let normalizer = Normalizer()

        /// The credit closing the body, taken off it; the words before it on its line stay.
        func takeCredit() -> String? {
            guard let last = body.popLast() else { return nil }
            let (before, credit) = PageLine.splitCredit(last.text) ?? ("", last.text)
            if !before.isEmpty { body.append(PageLine(number: last.number, text: before, role: .text)) }
            return normalizer.normalize(credit)
        }

        if opensWithDateline {
            // A report keeps its dateline lead apart, its reporters as byline; a signature under
            // it stays in the body, and so does a picture credit when the lead names reporters.
            kind = .news
            let (printed, rest) = PageReader.Piece.splitLead(body)
            lead = normalizer.normalize(printed)
            byline = lead.flatMap(PageLine.reporters(in:))
            body = rest
            if byline == nil, closedBy == .credit, body.count > 1 { byline = takeCredit() }
        } else if case .signature(hasOffice: false)? = lines.first?.role, lines.count > 1 {
            // An author's name over the story (`刘世昌`): its lead, and its byline unless a
            // note on the writer signs the story off.
            lead = normalizer.normalize(lines[0].text)
            body.removeFirst()
            if case .signature? = closedBy, body.count > 1, let last = body.popLast() {
                byline = normalizer.normalize(last.text)
            } else {
                byline = lead
            }
            kind = .commentary
        } else if case .signature(let hasOffice)? = closedBy, let last = body.popLast() {
            byline = normalizer.normalize(last.text)
            kind = hasOffice ? .statement : .commentary
        } else if closedBy == .credit {
            byline = takeCredit()
            kind = .photo
        }
        if let runIn = lines.first?.runInTitle {
            title = normalizer.normalize(runIn)
        } else if kind == .photo, let first = body.first, let (caption, rest) = PageReader.Piece.splitInlineTitle(first.text) {
            title = caption
            body[0] = PageLine(number: first.number, text: rest, role: .text)
        }
        let numbers = (preface + lines).map(\.number)
        // An editor's note printed above the story is kept apart from it: its own piece before
        // the story, or the first paragraph of a piece that opens with `编者按`.
        var paragraphs = PageReader.Piece.paragraphs(body)
        var note = preface.isEmpty ? nil : PageReader.Piece.paragraphs(preface).joined(separator: "\n")
        if note == nil, isEditorsNote, paragraphs.count > 1 { note = paragraphs.removeFirst() }
        return Article(id: id, kind: kind, title: title, lead: lead, byline: byline, editorsNote: note,
                       paragraphs: paragraphs,
                       position: position, lines: numbers.min().map { $0...numbers.max()! })
    }

    /// A record's paragraphs with the dateline lead that opens the first taken out, if it opens with one.
    static func splitLead(paragraphs: [String]) -> (lead: String?, paragraphs: [String]) {
        guard let first = paragraphs.first, PageLine.isDateline(first) else { return (nil, paragraphs) }
        let (lead, rest) = splitLead([PageLine(number: 1, text: first, role: .dateline)])
        // A lead that is the whole paragraph is a byline line of its own only when more follows.
        guard !lead.isEmpty, !(rest.isEmpty && paragraphs.count == 1) else { return (nil, paragraphs) }
        return (lead, rest.map(\.text) + paragraphs.dropFirst())
    }

    /// A record's byline printed at its end, and its paragraphs without it, as a page is read: a
    /// last paragraph that is a signature (`本报评论员`, `北京市委书记 张三`, `（作者单位：…）`) or a
    /// photo credit (`（新华社记者 王五摄）`), or a credit ending the last paragraph. Under a report
    /// whose lead names reporters, nothing is taken: its byline is the lead's.
    static func splitClosingByline(paragraphs: [String], leadNamesReporters: Bool) -> (byline: String?, paragraphs: [String]) {
        guard !leadNamesReporters, paragraphs.count >= 2, let last = paragraphs.last?.trimmingSpaces() else { return (nil, paragraphs) }
        if PageLine.signature(last) != nil || PageLine.isAuthorNote(last) {
            return (last, Array(paragraphs.dropLast()))
        }
        guard let (before, credit) = PageLine.splitCredit(last) else { return (nil, paragraphs) }
        return (credit, paragraphs.dropLast() + (before.isEmpty ? [] : [before]))
    }

    /// The dateline lead (through the reporters' closing bracket, across lines if need be) and
    /// the body lines after it.
    static func splitLead(_ lines: [PageLine]) -> (String, [PageLine]) {
        guard let first = lines.first else { return ("", []) }
        let scalars = Array(first.text.unicodeScalars)
        let leadWord = PageLine.datelineLead(in: first.text)
        var k = leadWord.map { first.text.unicodeScalars.distance(from: first.text.startIndex, to: $0.upperBound) } ?? 0
        while k < scalars.count, scalars[k] == " " { k += 1 }
        // `本报天津1月24日电记者肖荻、傲腾报道：`, possibly wrapped over up to five lines (three desks' reporters
        // in a narrow column run over four, mixed-17 of seed 24).
        if let reported = PageLine.reportedLead(lines.prefix(5).map(\.text), from: k) {
            let last = lines[reported.line]
            let lead = lines.prefix(reported.line).map(\.text).joined() + String(last.text[..<reported.end])
            return (lead, restLines(String(last.text[reported.end...]), last, lines.dropFirst(reported.line + 1)))
        }
        // `本报记者 张三 李四` alone on its line: the whole line is the lead.
        let rest = String(String.UnicodeScalarView(scalars[k...]))
        let names = rest.split(whereSeparator: { $0 == " " || $0 == "、" })
        let reporterLead = first.text.prefixMatch(of: PageLine.bylineWords) != nil
        // `新华社北京1月5日电` ending its line, the reporters' bracket opening the next, closed
        // there or early on the line after (`（记者景如月、张洪河、王` / `金涛）记者在…`; names alone,
        // `（李` / `礼章、刘建新）春节前夕…`, stacked-09).
        // Two desks' reporters may close the bracket a line later (`（中央人民广播电台记者李` /
        // `涛，新华社记者王言彬、韩` / `振军）国务院总理…`, stacked-13 of the varied pages' seed 22),
        // the second desk's word perhaps broken across (`（中央人民广播电台记者李涛，` / `新` /
        // `华社记者王言彬、韩振军）国务院…`, feature-10 of seed 24). A line the bracket ends may hold
        // the two desks whole (`（中央人民广播电` / `台记者李涛，新华社记者王言彬、韩振军）`, stacked-15).
        let closesEarly = { (line: Int, within: Int) in lines.count > line && lines[line].text.prefix(within).contains("）") }
        let leftOpen = lines.count > 1 && lines[1].text.hasPrefix("（") && !lines[1].text.contains("）")
        let bracketOnNextLine = k >= scalars.count && lines.count > 1
            && (PageLine.opensWithReporters(lines[1].text)
                || (leftOpen && closesEarly(2, 24) && (lines[1].text + lines[2].text.prefix { $0 != "）" }).contains("记者"))
                || (leftOpen && closesEarly(2, 12) && PageLine.opensWithReporters(lines[1].text + lines[2].text))
                || (leftOpen && lines[1].text.contains("记者") && lines.count > 3 && !lines[2].text.contains("）")
                    && (lines[2].text + lines[3].text.prefix(12)).contains("记者") && closesEarly(3, 12)))
        let allHan = { (name: Substring) in name.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }
        // Set in a face of its own, or in text with no faces standing clearly narrower than the
        // line under it, the line is a byline whatever its names' length (`本报记者余继军何伟`).
        // So is one set flush right over the text (`新华社记者王永治牛爱民`, feature-06 of the
        // feature pages' seed 13).
        let flushRight = lines.count > 1 && first.span.flatMap { span in
            lines[1].span.map { span.lowerBound > $0.lowerBound + 4 && abs(span.upperBound - $0.upperBound) <= 1 }
        } == true
        let standsApart = first.distinctFace == true || flushRight
            || (first.distinctFace == nil && lines.count > 1 && PageLine.standsNarrower(first, than: lines[1]))
        // Three desks' reporters (`新华社记者刘建新中央人民广播电台记者胡训军本报记者郭嘉`) run longer,
        // in a face of their own.
        let bylineApart = reporterLead && standsApart && names.allSatisfy(allHan)
            && rest.unicodeScalars.count <= (first.distinctFace == true ? 32 : 16)
        // Its names wrapped onto a line of their own in the same face (`新华社记者贾永蔡晖本报记` / `者马利`),
        // or, without faces, onto a line standing clearly narrower than the text under it
        // (`中国国防报记者黄运成新华社记者贾` / `永黄秋生`, `…新华` / `社记者贾永黄秋生`).
        // A line naming a desk may run to twelve characters, as may one a desk's word wrapped onto
        // (`新华社记者蔡晖贾永新华社通` / `讯员张应银樊增民`, band-04 of seed 24); names alone, to six.
        let joined = first.text + (lines.count > 1 ? lines[1].text : "")
        let deskEndsBelow = joined.ranges(of: PageLine.bylineWords).last.map {
            joined.unicodeScalars.distance(from: joined.startIndex, to: $0.upperBound) > first.text.unicodeScalars.count
        } == true
        if lines.count > 1, lines[1].text.unicodeScalars.count <= (lines[1].text.contains("记者") || deskEndsBelow ? 12 : 6),
           lines[1].text.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }),
           bylineApart && lines[1].distinctFace == true
            || (first.distinctFace == nil && lines.count > 2 && PageLine.isBylineAlone(first.text + lines[1].text)
                && PageLine.standsNarrower(lines[1], than: lines[2]))
            // Or two desks' reporters, the last name wrapped (`《中国电力报》记者张大和本报记者江` / `玉`;
            // `新华社通讯员史照栋新华社记者赵忠` / `生`, feature-05 of the default seed).
            || (reporterLead && lines.count > 2 && PageLine.namesReportersOfDesks(rest + lines[1].text)
                && PageLine.standsNarrower(lines[1], than: lines[2])) {
            return (first.text + lines[1].text, Array(lines.dropFirst(2)))
        }
        // Or wrapped twice in a narrow column, the last line clearly narrower than the text under
        // it (`新华社记者刘建新中央人民` / `广播电台记者胡训军本报记` / `者郭嘉`, band-09 of seed 3).
        if reporterLead, lines.count > 3, PageLine.namesReportersOfDesks(rest + lines[1].text + lines[2].text),
           PageLine.standsNarrower(lines[2], than: lines[3]) {
            return (first.text + lines[1].text + lines[2].text, Array(lines.dropFirst(3)))
        }
        // Names after a dateline, not in brackets (`新华社北京1月5日电 张三 李四`); not words
        // listed with `、` on a line as wide as the next, the text running on (`据新华社北京1月19日电
        // 党中央、国务` / `院高度重视…`, `本报贵阳1月3日电贵阳市委、市政府`, photo-11 and
        // commentary-09 of the fifth seed).
        let runsOn = !rest.contains(" ") && !reporterLead && lines.count > 1 && !PageLine.standsNarrower(first, than: lines[1])
        // In text, after a reporter's desk, names may run together (`新华社记者王永治牛爱民`,
        // mixed-20): each opened by a surname. Where faces are known, so may a byline in the body's
        // face on a line of its own, clearly narrower than the text under it (`本报记者王锦鹄毛磊`
        // in the kaiti of its story, feature-05 of the varied pages' seed 51); one in a face of its
        // own is ``bylineApart``.
        let namesRunTogether = reporterLead && (first.distinctFace == nil || (lines.count > 1 && PageLine.standsNarrower(first, than: lines[1])))
        if (k >= scalars.count && !bracketOnNextLine) || bylineApart || (reporterLead && PageLine.namesReportersOfDesks(rest))
            || (names.count >= (reporterLead ? 1 : 2) && !runsOn
                && names.allSatisfy({ allHan($0) && ($0.unicodeScalars.count <= 4 || (namesRunTogether && Surnames.splitsIntoNames(String($0)))) })) {
            return (first.text, Array(lines.dropFirst()))
        }
        guard bracketOnNextLine || scalars[k] == "（" || scalars[k] == "(" else {
            return (String(String.UnicodeScalarView(scalars[..<k])), restLines(String(String.UnicodeScalarView(scalars[k...])), first, lines.dropFirst()))
        }
        // The bracket of reporters, possibly broken over lines: join those with a space.
        var lead = String.UnicodeScalarView(scalars[..<k])
        var lineIndex = 0
        var position = k
        var current = scalars
        if bracketOnNextLine {
            lineIndex = 1
            position = 0
            current = Array(lines[1].text.unicodeScalars)
        }
        while true {
            while position < current.count {
                let s = current[position]
                lead.append(s)
                position += 1
                if s == "）" || s == ")" {
                    let rest = String(String.UnicodeScalarView(current[position...]))
                    return (String(lead), restLines(rest, lines[lineIndex], lines.dropFirst(lineIndex + 1)))
                }
            }
            lineIndex += 1
            guard lineIndex < lines.count, lineIndex <= (bracketOnNextLine ? 3 : 2) else {
                // No closing bracket near: treat the first line as the lead.
                return (first.text, Array(lines.dropFirst()))
            }
            // Names set apart by spaces (`（记者 张三` / `李四）`) broke between two names; names set
            // apart by `、` (`（记者景如月、张洪河、王` / `金涛）`) may break inside one.
            let bracket = lead.reversed().prefix { $0 != "（" && $0 != "(" }
            if bracket.contains(" ") { lead.append(" ") }
            current = Array(lines[lineIndex].text.unicodeScalars)
            position = 0
        }
    }

    private static func restLines(_ rest: String, _ line: PageLine, _ following: ArraySlice<PageLine>) -> [PageLine] {
        let trimmed = rest.trimmingSpaces()
        return (trimmed.isEmpty ? [] : [PageLine(number: line.number, text: trimmed, role: .text)]) + following
    }

    /// A caption's own headline printed at the start of its first line: phrases of Han
    /// characters separated by spaces, before the first phrase with punctuation.
    static func splitInlineTitle(_ text: String) -> (String, String)? {
        let chunks = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var title: [String] = []
        for chunk in chunks {
            let hanOnly = chunk.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) }
            if hanOnly && chunk.unicodeScalars.count <= 10 { title.append(chunk) } else { break }
        }
        guard !title.isEmpty, title.count < chunks.count else { return nil }
        let rest = chunks.dropFirst(title.count).joined(separator: " ")
        return (title.joined(separator: " "), rest)
    }

    /// Paragraphs from lines wrapped at the piece's column width.
    static func paragraphs(_ lines: [PageLine]) -> [String] {
        let widths = lines.map(\.width)
        let column = widths.sorted().dropLast(widths.count / 5).last ?? 0
        let normalizer = Normalizer()
        var paragraphs: [String] = []
        var current: [String] = []
        for (line, width) in zip(lines, widths) {
            current.append(line.text)
            if PageLine.endsSentence(line.text) && width <= column - 3 {
                paragraphs.append(normalizer.paragraph(joining: current))
                current = []
            }
        }
        if !current.isEmpty { paragraphs.append(normalizer.paragraph(joining: current)) }
        return paragraphs.filter { !$0.isEmpty }
    }
}
