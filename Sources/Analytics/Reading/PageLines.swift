import Foundation

/// What one line of extracted page text is, judged from the line and its neighbours.
///
/// The rules are the typesetting conventions of Chinese newspapers:
/// - a **dateline lead** opens a report: `本报讯`, `本报记者`, `本报X月X日讯`, `新华社X地X月X日电`, …
///   at the start of a line that does not continue a clause (a wire credit quoted after `，` is not one);
/// - a **photo credit** closes a caption: `… / 摄`;
/// - a **signature** closes a statement or commentary: a short line after a finished sentence
///   holding a name of two to four Han characters, alone or after an office (`区委常委、廿里镇党委书记 毛晓荣`);
/// - **furniture** is the page's own data: a date line (`1998年1月25日 星期日`), a page
///   number (`第7版`), a section name printed next to them;
/// - a **headline candidate** is short, has no sentence punctuation and follows a finished
///   sentence — whether it really is a headline is decided by ``PageReader`` from what follows it.
struct PageLine: Equatable {
    enum Role: Equatable {
        case blank
        case furniture(Furniture)
        case dateline
        case credit
        case signature(hasOffice: Bool)
        /// The reporters in brackets after a story's last sentence (`…解决。（张三 李四）`): ends the story, stays in it.
        case reporters
        case candidate
        case text
    }

    enum Furniture: Equatable {
        case date(String)
        case page(Int)
        case section(String)
        /// The page's editor (`责任编辑：张三`).
        case editor(String)
        /// The paper's name or the weekday, printed in the masthead (`人民日报`, `星期一`), which
        /// text extraction may set on lines of their own anywhere on the page.
        case masthead(String)
    }

    /// 1-based line number on the page.
    let number: Int
    /// The line width-folded and trimmed.
    var text: String
    var role: Role
    /// The type size relative to the page's body type, when the page came with geometry.
    var size: Double? = nil
    /// Whether the line is set in a face other than the body's, when the typefaces are known.
    var distinctFace: Bool? = nil
    /// Whether the line is set in the display headlines' face (``LineStyle/headlineFace``).
    var headlineFace: Bool? = nil
    /// Whether a blank line (a block break) stands between this line and the content before it.
    var afterBlank = false
    /// Whether the line opens a row of the page (``LineStyle/opensRow``).
    var opensRow = false
    /// A brief's title printed at the start of its first line (`香港将建特区政府总部 香港特区…`);
    /// `text` then holds the rest of the line.
    var runInTitle: String?
    /// Whether the line printed its digits full width (`１９９８`), each as wide as a Han
    /// character, which `text` folds to ASCII.
    var fullWidthDigits = false
    /// Where the line stands across the page, in ems of the body type (``LineStyle/span``),
    /// when the page came with geometry.
    var span: ClosedRange<Double>? = nil
    /// The line's top on the page, in ems of the body type (``LineStyle/top``), when the page
    /// came with geometry.
    var top: Double? = nil

    /// The line's width as printed, in terminal columns (a Han character two): its run-in title's
    /// and `text`'s, its digits counted full width where they were printed so (justified columns
    /// of a page printing `２３００` are as wide as their Han characters make them).
    var width: Int {
        let width = DisplayWidth.of(printed)
        guard fullWidthDigits else { return width }
        return width + printed.unicodeScalars.filter { CharacterClass($0.value) == .digit }.count
    }

    /// The line as printed: its run-in title, if any, and its text.
    var printed: String { runInTitle.map { $0 + " " + text } ?? text }

    /// Set well above body type: a headline, whatever its words.
    var isDisplay: Bool { (size ?? 0) >= PageLine.displaySize }
    /// Larger than body type but smaller than a headline: a kicker or subtitle beside one.
    var isDeck: Bool { isSetLarge && !isDisplay }
    /// Set larger than the body: at a deck's size or a display's.
    var isSetLarge: Bool { (size ?? 0) >= PageLine.deckSize }
    static let displaySize = 1.3
    static let deckSize = 1.08

    /// Whether the line shows a work a review lists, whole (``shownWork``).
    var showsAWork: Bool { printed.wholeMatch(of: PageLine.shownWork) != nil }

    /// Whether the two lines are set in one type size (within 5%), or their sizes are not known:
    /// a word or a sentence runs on only between lines of one size.
    func isSetInTheSameType(as other: PageLine) -> Bool {
        guard let size, let otherSize = other.size else { return true }
        return abs(size - otherSize) <= 0.05
    }

    /// Classifies lines of page text; `styles`, when the page came with geometry, gives each
    /// line's type size relative to the body type.
    static func classify(_ rawLines: [String], styles: [LineStyle?]? = nil) -> [PageLine] {
        var lines = rawLines.enumerated().map { index, raw -> PageLine in
            var text = tidy(raw)
            let style = styles.flatMap { index < $0.count ? $0[index] : nil }
            var runInTitle: String?
            if let title = style?.runInTitle.map(tidy), text.hasPrefix(title), text.count > title.count,
               datelineLead(in: title) == nil, !["本报", "新华社", "据", "记者", "中新社"].contains(where: title.hasPrefix) {
                let rest = String(text.dropFirst(title.count)).trimmingCharacters(in: .whitespaces)
                // Two characters are a title only before a lead (`铁路 本报讯…`) or a date opening a
                // caption (`示威 1月15日，…`, briefs-14 of the varied pages' seed 9): a name set bold
                // is as short.
                let opensReport = isDateline(rest) || rest.prefixMatch(of: /\d{1,2}月\d{1,2}日/) != nil
                if title.unicodeScalars.filter({ CharacterClass.isHan($0.value) }).count >= (opensReport ? 2 : 3) {
                    runInTitle = title
                    text = rest
                }
            }
            return PageLine(number: index + 1, text: text, role: text.isEmpty ? .blank : .text, size: style?.size,
                            distinctFace: style?.distinctFace, headlineFace: style?.headlineFace, opensRow: style?.opensRow ?? false, runInTitle: runInTitle,
                            fullWidthDigits: raw.unicodeScalars.contains(where: isFullWidthDigit), span: style?.span, top: style?.top)
        }
        var content = lines.indices.filter { lines[$0].role != .blank }
        for (k, i) in content.enumerated() where k > 0 { lines[i].afterBlank = content[k - 1] + 1 < i }
        joinWrappedRunInTitles(&lines, content: content)
        content = lines.indices.filter { lines[$0].role != .blank }
        // A title run in by its face opens a piece only where a piece may open.
        for (k, i) in content.enumerated() where lines[i].runInTitle != nil && !opensText(lines, content, k) {
            lines[i].text = lines[i].runInTitle! + lines[i].text
            lines[i].runInTitle = nil
        }
        separateRunInTitles(&lines, content: content)
        joinWrappedSignatures(&lines, content: content)
        joinBrokenDatelines(&lines, content: content)
        joinBrokenDates(&lines, content: content)
        joinWrappedCredits(&lines, content: content)
        joinCreditsToTheirDesks(&lines, content: content)
        joinWrappedAuthorNotes(&lines, content: content)
        joinWrappedBylines(&lines, content: content)
        content = lines.indices.filter { lines[$0].role != .blank }
        for (k, i) in content.enumerated() {
            let text = lines[i].text
            // Headlines and signatures stand after a finished sentence, a closed piece, the page's
            // furniture, or another headline set apart by a blank line.
            let afterFinishedSentence: Bool
            if k == 0 {
                afterFinishedSentence = true
            } else {
                let previous = lines[content[k - 1]]
                switch previous.role {
                case .furniture, .credit, .signature, .reporters: afterFinishedSentence = true
                case .candidate: afterFinishedSentence = lines[i].afterBlank
                default:
                    // A work a review lists (`走出黄土地（套色木刻）（曹美）`) is whole on its line.
                    afterFinishedSentence = endsSentence(previous.text, after: k >= 2 ? lines[content[k - 2]].text : nil)
                        || previous.showsAWork
                }
            }
            // Where a headline may stand: after a finished sentence, or, in text, cutting into one.
            let mayHead = afterFinishedSentence || interruptsSentence(lines[i], after: k > 0 ? lines[content[k - 1]] : nil)
            let overSubtitle = k + 1 < content.count && !lines[content[k + 1]].afterBlank && isSubtitle(lines[content[k + 1]].text)
            if let furniture = furniture(text) {
                lines[i].role = .furniture(furniture)
            } else if let credit = creditRange(text),
                      !(isBareText(credit: String(text[credit])) && k + 1 < content.count
                        && lines[i].isSetInTheSameType(as: lines[content[k + 1]]) && wordRunsAcross(text, into: lines[content[k + 1]].text)) {
                // Before leads: a credit may name a reporter as a byline does (`新华社记者 沈桥摄`).
                // Not text whose last word runs on, a whole line (`想象即将到来的零下二十余摄` /
                // `氏度的低温`, stacked-10 of the fifth seed) or a sentence's start after a finished
                // one (`…是一场革命。它是对从电视摄` / `录设备、演播设备…`, stacked-15 of the varied
                // pages' seed 51); a credit slashed, in brackets or
                // naming the reporter's desk is no such text, whatever word its `摄` might start
                // (`新华社记者周确摄` over `去年…`, tabloid-08 of the varied pages' seed 21;
                // `周振全/摄` over `去年…`, tabloid-17 of seed 6: jieba lists `摄去`), nor one set in
                // caption type over body type (`周振全摄` over `去年…`, tabloid-18 of varied seed 27).
                lines[i].role = .credit
            } else if isDateline(text), !(k > 0 && (endsClause(lines[content[k - 1]].text) || leavesBracketOpen(lines[content[k - 1]].text))),
                      !(k > 0 && lines[i].size != nil && !lines[i].afterBlank && lines[content[k - 1]].role == .text
                        && !afterFinishedSentence && !filedFrom(text)) {
                // Not inside a sentence or a bracket the line before left open (`…购物环境（图为` /
                // `新华社记者陈飞摄）；`, a picture's credit run into the text); where the page's
                // columns are known, no reporter's byline where the text of the line right above
                // runs on (`…钱其琛副总理兼外长在接受` / `本报记者年终专访时所说`, photo-06 of the
                // fifth seed). A lead naming where and when it was filed opens a report anyway.
                lines[i].role = .dateline
            } else if closesWithReporters(text, afterFinishedSentence: afterFinishedSentence) {
                lines[i].role = .reporters
            } else if lines[i].runInTitle != nil {
                lines[i].role = .text
            } else if lines[i].isSetLarge {
                lines[i].role = .candidate
            } else if k > 0, case let previous = lines[content[k - 1]], previous.role == .dateline, !lines[i].afterBlank,
                      previous.distinctFace == true, lines[i].distinctFace == true, lines[i].headlineFace == previous.headlineFace,
                      !endsSentence(previous.text), !previous.text.hasSuffix("：") {
                // A lead in a face of its own wrapped onto the next line in that face
                // (`据新华社北京1月15日电` / `综合本社驻布鲁塞尔和伦敦` / `记者报道：…`) goes on there.
                lines[i].role = .text
            } else if k > 0, afterFinishedSentence, lines[i].headlineFace == true, signature(text) == false {
                // A short title at body size in the headlines' face (a brief's `李国安`, `雨中情`):
                // a name signing a story is set in another face, or the body's.
                lines[i].role = .candidate
            } else if k > 0, afterFinishedSentence, !opensRowUnderText(lines, content, k), !headsSmallerTextUnderIt(lines, content, k),
                      let office = signature(text) {
                // A title as short as a name right over a subtitle is a headline (`怀念` /
                // `——毛主席纪念堂重新开放见闻`), no signature. In text, so is one no surname opens
                // (`致读者`, `经济`: a brief's title, a section's); where faces are known they tell.
                // The paper's commentator (`本报评论员`) signs, whatever opens it.
                let noName = !office && !Surnames.opens(text) && !text.hasSuffix("评论员")
                if !overSubtitle, noName, lines[i].size != nil, lines[i].distinctFace == false,
                   !standsFlushRight(lines[i], under: lines[content[k - 1]]) {
                    // Where faces are known, a line in the body's own face that names no one
                    // (`合格`, heading a list in a story, tabloid-17 of varied seed 27) is its text;
                    // set flush right it signs the story (`计喆`, its surname a rare one).
                    lines[i].role = .text
                } else {
                    lines[i].role = overSubtitle || (noName && lines[i].size == nil) ? .candidate : .signature(hasOffice: office)
                }
            } else if k > 0, afterFinishedSentence, isAuthorNote(text) {
                lines[i].role = .signature(hasOffice: false)
            } else if k > 0, lines[content[k - 1]].role == .candidate, isSubtitle(text, clausesAllowed: lines[i].size != nil) {
                // Where type sizes are known the line above is display type: a subtitle of clauses
                // under it (band-04 of the varied pages' seed 10) is no item of a text run on from
                // a line taken for a headline, as it can be in text.
                lines[i].role = .candidate
            } else if k > 0, afterFinishedSentence, isSubtitle(text),
                      content[(k + 1)...].prefix(2).contains(where: { isDateline(lines[$0].text) || opensEditorsNote(lines[$0].text) })
                        || (lines[i].afterBlank && k + 1 < content.count && lines[content[k + 1]].afterBlank) {
                // A story's subtitle, its headline printed apart (in a band): after the story
                // before, finished, and right before its own lead or editor's note (its second
                // line, if it wraps, between), or alone between blank lines.
                lines[i].role = .candidate
            } else if lines[i].size == nil, lines[i].afterBlank, afterFinishedSentence, k + 1 == content.count || lines[content[k + 1]].afterBlank,
                      k == 0 || lines[content[k - 1]].role == .candidate || lines[content[k - 1]].isFurniture || !lines[content[k - 1]].afterBlank,
                      text.unicodeScalars.count <= 12, !isHeadlineShaped(text), isHeadlineShapedOverASubtitle(text) {
                // In text, a line alone between blank lines after a finished sentence, of twelve
                // characters at most (a column's line is longer), two phrases parted by a comma or
                // closing on a question, is a headline (`要写得自然，更要活得认真`, briefs-15 of
                // seed 24; `珀斯，留下问号` among a stack of headlines): a column's text broken at a
                // blank line fills its column and goes on after it. Not where the line above
                // stands alone too, neither furniture nor a headline: poppler may set a blank line
                // under every line of a page (`…创历史新低。` / `苏哈托举行会见后说，苏哈托十分明`,
                // band-10 of the varied pages' seed 65).
                lines[i].role = .candidate
            } else if overSubtitle, isHeadlineShapedOverASubtitle(text),
                      mayHead ? !isHeadlineShaped(text) : lines[i].size == nil && lines[i].afterBlank {
                // A subtitle right under a line shows it a headline (a sentence is never followed
                // by one), though it closes on a question (`突破口如何突破？` over `——纺织总会会长石万
                // 鹏谈…`) or parts two phrases with a comma (`珀斯，留下问号` over `——评世锦赛上的中国跳水`,
                // photo-18 of seed 24). Where a headline may stand, a line plainly headline-shaped is
                // left to the rule after this one; in text, a block's first line over a subtitle is a
                // headline wherever it stands: under a column broken off, whose last line may be
                // short (`写下了` / `从短缺走向平衡` / `——菜篮子工程建设十年述评（上）`, feature-15 of
                // seed 24).
                lines[i].role = .candidate
            } else if lines[i].distinctFace == true, lines[i].headlineFace != false, isHeadlineShaped(text) {
                // A title in the headline face at body size: a brief's, or a caption's. A line of
                // an editor's note in a face of its own (`严重冲击了一些国家的经济发`) is none.
                lines[i].role = .candidate
            } else if lines[i].size == nil, k + 1 < content.count, !lines[content[k + 1]].afterBlank, isDateline(lines[content[k + 1]].text),
                      let headline = headlineOverTheReport(lines, content, k)
                        ?? (lines[i].afterBlank && isHeadlineShaped(text.filter { $0 != "、" }) ? k...k : nil) {
                // In text, a line alone at a block's top right above a dateline lead heads that
                // report, though the column before it broke off mid-sentence (poppler goes on with
                // another column); such a headline may list with `、` (`国家防总、水利部通知要求…`).
                // Sharing words with the report, it may stand over two lines or three, and may
                // stand right under the broken-off text.
                for j in content[headline] { lines[j].role = .candidate }
            } else if lines[i].size != nil, lines[i].afterBlank, k + 1 < content.count, lines[content[k + 1]].isDisplay,
                      (lines[i].distinctFace == true && afterFinishedSentence) || (k > 0 && isSetInAnotherFace(lines[i], than: lines[content[k - 1]])),
                      isHeadlineShaped(text.filter { $0 != "：" }) {
                // A kicker at body size in a face of its own, a blank line over it, right over
                // display type (set close or a blank line apart), may run two phrases together,
                // the second with its label's colon (`外国政要回首1997年俄总统：经济停止下滑趋势`,
                // stacked-13 of the varied pages' seed 16; feature-19 of the feature pages' seed 15).
                // Set in a face other than the text above it, it is no line of that text, finished
                // or not (a table's last row over `国务院三峡建委第七次会议召开` in kaiti, feature-05
                // of the feature pages' seed 44), even in the face most of the page is set in (a
                // kaiti kicker under a story set in the serif face where most stories are kaiti,
                // feature-09 of that seed).
                lines[i].role = .candidate
            } else if lines[i].distinctFace != false,
                      mayHead, isHeadlineShaped(text),
                      !opensAStorySetInItsFace(lines, content, k), !opensACaption(lines[i], over: content[(k + 1)...].lazy.map { lines[$0] }) {
                lines[i].role = .candidate
            } else if k > 0, lines[content[k - 1]].role == .candidate, !lines[i].afterBlank,
                      case let subtitle = continuesSubtitle(lines, content, k), lines[i].distinctFace != false || subtitle,
                      continuesHeadline(text, lines[content[k - 1]].text, dashesSetWide: lines[i].size != nil,
                                        clausesAllowed: subtitle && lines[i].size != nil && standsNarrower(lines[i], than: lines[content[k - 1]])
                                            && (k + 1 == content.count || lines[content[k + 1]].afterBlank)) {
                // The second or third line of a headline broken over lines: no sentence punctuation,
                // and no wider than the line above it. A subtitle may be set in the body's face, and
                // where sizes are known its last line may hold clauses and brackets when it ends
                // the block narrower than the line above (`——菜篮子工程建设十年述评` / `（上）`,
                // `——去年三大油田探明加控制储量3．` / `5亿吨，生产原油1580万吨`, commentary-13 and -06
                // of the varied pages' seed 15): a story's first line fills its column and goes on.
                lines[i].role = .candidate
            }
        }
        // In text, a line opening inside a sentence (`的，斯德哥尔摩是第十四个，`) carries on the
        // lines above it: headline-shaped lines right above it, in its block, are its column's text.
        // Where sizes are known, so does the one line right above in its type and face (the last
        // line of an editor's note in a face of its own: `希望这三封来信能给大家带来一点启` / `示。`,
        // commentary-15 of the varied pages' seed 13).
        for (k, i) in content.enumerated() where k > 0 && lines[i].role == .text && opensMidSentence(lines[i].text) {
            if lines[i].size != nil {
                let above = content[k - 1]
                if lines[above].role == .candidate, !lines[i].afterBlank, !lines[above].isSetLarge,
                   lines[above].distinctFace == lines[i].distinctFace, lines[above].headlineFace == lines[i].headlineFace {
                    lines[above].role = .text
                }
                continue
            }
            var j = k - 1
            while j >= 0, lines[content[j]].role == .candidate, lines[content[j]].size == nil, j == k - 1 || !lines[content[j + 1]].afterBlank {
                lines[content[j]].role = .text
                j -= 1
            }
        }
        markBandsOfHeadlines(&lines, content: content)
        markKickersOverHeadlines(&lines, content: content)
        markStandfirsts(&lines, content: content)
        markSections(&lines, content: content)
        return lines
    }

    /// In text, a run of three lines or more with no sentence in it, each headline-shaped (two
    /// Han characters are enough: `《远湖》`; two such side by side, a subtitle, or the end of the
    /// headline line above it), that opens the page or follows its furniture, a finished
    /// sentence or a headline, and ends the page or stands over its furniture or a report's lead,
    /// is a band of headlines: poppler reads a band's rows line by line, so its headlines stand
    /// as close as a column's lines (`为学员颁发毕业证书` / `耕地总量动态平衡` / `节日谨防公款送礼` at the
    /// foot of band-16 of seed 24).
    private static func markBandsOfHeadlines(_ lines: inout [PageLine], content: [Int]) {
        func standsInABand(_ k: Int, after first: Int) -> Bool {
            // A line poppler ran two headlines together on reads as a run-in title and its text.
            let line = lines[content[k]], text = line.printed
            guard line.size == nil, [.text, .candidate].contains(line.role) else { return false }
            if isSubtitle(text) || text.split(separator: " ").allSatisfy({ isHeadlineShaped(String($0), fewestHan: 2) }) { return true }
            return k > first && !line.afterBlank && continuesHeadline(line.text, lines[content[k - 1]].text, dashesSetWide: false)
        }
        var k = 0
        while k < content.count {
            guard standsInABand(k, after: k) else { k += 1; continue }
            var end = k
            while end + 1 < content.count, standsInABand(end + 1, after: k) { end += 1 }
            let opens = k == 0 || {
                let before = lines[content[k - 1]]
                return before.isFurniture || before.role == .candidate || endsSentence(before.text)
            }()
            let closes = end + 1 == content.count || [.dateline, .reporters].contains(lines[content[end + 1]].role)
                || lines[content[end + 1]].isFurniture
            if end - k >= 2, opens, closes {
                for j in k...end where lines[content[j]].role == .text {
                    lines[content[j]].text = lines[content[j]].printed
                    lines[content[j]].runInTitle = nil
                    lines[content[j]].role = .candidate
                }
            }
            k = end + 1
        }
    }

    /// Where faces are known: a block of one or two lines in a face of its own at the body's size
    /// or under, after a finished sentence and right over display type, with no sentence in it,
    /// is a kicker (`外国政要回首1997年俄总` / `统：经济停止下滑趋势` in kaiti over `德外长：欧洲取得
    /// 全面成就…`, commentary-16 of seed 24), not the end of the story above. So is one
    /// headline-shaped line in the body's face that opens a row of the page, as no story's last
    /// line does (`北大荒粮食三年连续大幅增产` over `去年总产量逾８５．２亿公斤…`, feature-05 of the varied
    /// pages' seed 51).
    private static func markKickersOverHeadlines(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where k > 0 && lines[i].afterBlank && lines[i].role == .text
            && lines[i].headlineFace != true && !lines[i].isSetLarge && endsSentence(lines[content[k - 1]].text) {
            // In a face of its own the kicker may wrap onto a second line; in the body's face it is
            // one line, opening a row.
            let inItsOwnFace = lines[i].distinctFace == true
            guard inItsOwnFace || (lines[i].opensRow && isHeadlineShaped(lines[i].text)) else { continue }
            var end = k
            while inItsOwnFace, end + 1 < content.count, case let next = lines[content[end + 1]], !next.afterBlank, next.role == .text,
                  next.distinctFace == true {
                end += 1
            }
            guard end - k <= 1, end + 1 < content.count, case let next = lines[content[end + 1]], next.afterBlank, next.isDisplay,
                  !content[k...end].contains(where: { lines[$0].text.unicodeScalars.contains { SentenceSplitter.isTerminator($0) || $0 == "，" } })
            else { continue }
            for j in content[k...end] { lines[j].role = .candidate }
        }
    }

    /// Where sizes are known: headline-shaped lines in one type larger than the body's that hold
    /// a full stop (`。`, which no headline or deck prints), or clauses over fifty characters or
    /// more (longer than a deck: `提起“李宁”，人们会浮想联翩：…迎风招展的旗帜！`), and close a
    /// sentence or a list's lead-in (`…全年对外贸易有如下几个特点：`, feature-01 of the feature
    /// pages' varied seed 17), no `——` before them, are a paragraph set larger over the story's
    /// text (a standfirst across its columns: `贯通渭北15个乡（镇）、237个村…` over
    /// `近年来，由于排碱渠…`), not a deck.
    private static func markStandfirsts(_ lines: inout [PageLine], content: [Int]) {
        var k = 0
        while k < content.count {
            let first = lines[content[k]]
            guard first.role == .candidate, first.isSetLarge else { k += 1; continue }
            var end = k
            while end + 1 < content.count, case let next = lines[content[end + 1]], next.role == .candidate,
                  !next.afterBlank, next.isSetInTheSameType(as: first) {
                end += 1
            }
            let text = content[k...end].map { lines[$0].text }.joined()
            if !text.hasPrefix("——"), text.contains("。") || (text.count >= 50 && text.contains("，")), endsSentence(text) || text.hasSuffix("：") {
                for j in content[k...end] { lines[j].role = .text }
            }
            k = end + 1
        }
    }

    /// The line width-folded, with the spaces justification and letter-spacing put in taken
    /// out: none next to CJK punctuation or between a Han character and a digit or Latin
    /// letter (`1 月 24 日`), and where most of the line's characters stand alone between spaces,
    /// three Han characters or more among them (`新 华 社 东 京`, `比 1 9 9 2 年 增 长`: full-width
    /// digits are spaced as Han characters are), none at all but between Latin words
    /// (`New York`). A single gap between phrases (`项目建设 稳步推进`) and between names stays.
    static func tidy(_ raw: String) -> String {
        let folded = Normalizer.foldWidth(raw)
        let chunks = folded.split(whereSeparator: { CharacterClass($0.unicodeScalars.first!.value) == .space })
        let loneClass = { (k: Int) -> CharacterClass? in
            guard chunks.indices.contains(k), chunks[k].unicodeScalars.count == 1 else { return nil }
            return CharacterClass(chunks[k].unicodeScalars.first!.value)
        }
        // Digits standing alone one after another are one number spaced out (`1 9 9 2`); a lone
        // digit elsewhere is a number set apart as every number is (`1 月 9 日`).
        var words = 0, lone = 0, loneHan = 0
        for k in chunks.indices where !(loneClass(k) == .digit && loneClass(k - 1) == .digit) {
            words += 1
            if loneClass(k) == .han { loneHan += 1 }
            if loneClass(k) == .han || (loneClass(k) == .digit && loneClass(k + 1) == .digit) { lone += 1 }
        }
        guard loneHan >= 3, lone * 2 >= words else {
            return (titleBeforeANumber(raw) ?? titleInQuotes(raw)).map { tidy($0.title) + " " + tidy($0.rest) }
                ?? Normalizer.cleanSpaces(Array(folded.unicodeScalars))
        }
        // Letters on both sides of a gap part two words where either side is a word of two
        // letters or more (`New York`); single letters are one word spaced out (`A P E C`).
        let isLetter = { (scalar: Unicode.Scalar) in CharacterClass(scalar.value) == .letter }
        var closed = String(chunks[0])
        for (before, chunk) in zip(chunks, chunks.dropFirst()) {
            if isLetter(before.unicodeScalars.last!), isLetter(chunk.unicodeScalars.first!),
               before.unicodeScalars.count > 1 || chunk.unicodeScalars.count > 1 {
                closed += " "
            }
            closed += chunk
        }
        return Normalizer.cleanSpaces(Array(closed.unicodeScalars))
    }

    /// A digit printed full width (`１９９８`), as wide as a Han character.
    static func isFullWidthDigit(_ scalar: Unicode.Scalar) -> Bool { (0xFF10...0xFF19).contains(scalar.value) }

    /// A brief's or caption's title at the line's start whose text opens with a number
    /// (`湖南涌现３５万养猪大户 １９９７年湖`, `冬泳迎新年 1998 年元旦，`): the gap between them is a phrase
    /// gap, which ``tidy(_:)`` would take out with the spaces set around numbers. It is one where
    /// the number is full width (set as Han characters are, with no space around it), or a date
    /// closed by a comma (`1 月 5 日，`: a sentence opening with a year, `在刚刚过去的 1997 年，`, is none).
    static func titleBeforeANumber(_ raw: String) -> (title: String, rest: String)? {
        let line = raw.trimmingSpaces()
        guard let gap = line.firstIndex(where: { CharacterClass($0.unicodeScalars.first!.value) == .space }) else { return nil }
        let title = line[..<gap], rest = String(line[gap...]).trimmingSpaces()
        guard (4...20).contains(title.unicodeScalars.count),
              title.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || isFullWidthDigit($0) }),
              CharacterClass.isHan(title.unicodeScalars.first!.value), CharacterClass.isHan(title.unicodeScalars.last!.value),
              let first = rest.unicodeScalars.first else { return nil }
        guard isFullWidthDigit(first) || Normalizer.foldWidth(rest).prefixMatch(of: LinePatterns.dateOpeningACaption) != nil else { return nil }
        return (String(title), rest)
    }

    /// A brief's title closing with quotes or a book title's marks at the line's start, a gap
    /// before its text (`『只想做一个合格的医生』 刚过而立`, `“我真的爱看……” 去年十一月`,
    /// `莫把入股当“集资” 时下，…`, `七位“亲闺女” ８９岁的…`): a phrase gap, which ``tidy(_:)`` would
    /// take out with the spaces set next to CJK punctuation. The title holds four Han characters
    /// or more and, where the quote does not open the line, is headline-shaped; the text after
    /// the gap opens with a Han character or a full-width digit.
    static func titleInQuotes(_ raw: String) -> (title: String, rest: String)? {
        let line = raw.trimmingSpaces()
        let marks: [Character: Character] = ["“": "”", "『": "』", "《": "》", "「": "」"]
        guard let open = line.firstIndex(where: { marks[$0] != nil }), let close = line[open...].firstIndex(of: marks[line[open]]!) else { return nil }
        let title = line[...close], after = line[line.index(after: close)...]
        guard let gap = after.first, CharacterClass(gap.unicodeScalars.first!.value) == .space,
              case let rest = String(after).trimmingSpaces(), let opening = rest.unicodeScalars.first,
              CharacterClass.isHan(opening.value) || isFullWidthDigit(opening),
              title.unicodeScalars.filter({ CharacterClass.isHan($0.value) }).count >= 4,
              open == line.startIndex || isHeadlineShaped(String(title)) else { return nil }
        return (String(title), rest)
    }

    /// Briefs and captions print their title at the start of the first line, a phrase gap
    /// before the text (`文化部春节晚会准备就绪 本报北京1月`, `项目建设 稳步推进 连日来，…`). Such a
    /// line opens after a finished sentence, is set in the body type and fills the column as the
    /// line after it does (but for the gap, one space in the text however wide it is printed,
    /// and full-width digits folded to half width: up to three characters);
    /// a headline with a phrase gap stands apart, shorter than the column or larger than the
    /// text under it. The title is the run of title phrases (Han, with digits, Latin letters, a
    /// colon or a year's apostrophe inside: `武汉：自学考试升温`, `中影中唱组建VCD生产线`,
    /// `’99世界邮展筹备正酣`; quotes and book titles whole: `《林散之书法集》显大家风范`) before the
    /// text, which starts at the first phrase with anything else in it or at a dateline; when
    /// every phrase is a title phrase, the first alone.
    static func separateRunInTitles(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where k + 1 < content.count {
            let next = lines[content[k + 1]]
            guard lines[i].runInTitle == nil, opensText(lines, content, k), !next.afterBlank, !lines[i].isSetLarge,
                  furniture(lines[i].text) == nil,
                  lines[i].isSetInTheSameType(as: next),
                  lines[i].width >= next.width - 6,
                  let (title, rest) = runInTitle(lines[i].text) else { continue }
            lines[i].runInTitle = title
            lines[i].text = rest
        }
    }

    static func runInTitle(_ text: String) -> (title: String, rest: String)? {
        let opening = "“《『".unicodeScalars, closing = "”》』".unicodeScalars
        let phrases = text.split(separator: " ").map(String.init)
        guard phrases.count >= 2 else { return nil }
        // A phrase opening with a lead's words is the lead, unless the words from it on open no
        // lead (`本报珍藏版在意首发 本报罗…`: the paper's own name in a title). Inside a phrase, `○`
        // is the zero of a year (`二○○○年长城将竖立倒计时钟`); opening a line it marks an item.
        let isTitlePhrase = { (index: Int) in
            let phrase = phrases[index]
            return (2...20).contains(phrase.unicodeScalars.count)
                && !(["本报", "新华社", "据新华", "中新社"].contains(where: phrase.hasPrefix) && isDateline(phrases[index...].joined()))
                && phrase.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) || $0.properties.numericType == .decimal || ($0.isASCII && CharacterClass($0.value) == .letter)
                    || $0 == "：" || $0 == "○" || $0 == "’" || opening.contains($0) || closing.contains($0) }
                && (CharacterClass.isHan(phrase.unicodeScalars.first!.value) || opening.contains(phrase.unicodeScalars.first!)
                    || phrase.prefixMatch(of: /’\d\d/) != nil)
                && (CharacterClass.isHan(phrase.unicodeScalars.last!.value) || closing.contains(phrase.unicodeScalars.last!))
                && (phrase.unicodeScalars.allSatisfy { !opening.contains($0) && !closing.contains($0) } || isHeadlineShaped(phrase))
        }
        var count = phrases.indices.prefix { isTitlePhrase($0) }.count
        if count == phrases.count { count = 1 }
        let title = phrases.prefix(count).joined(separator: " ")
        let rest = phrases.dropFirst(count).joined(separator: " ")
        let opensWithDateline = isDateline(rest)
        // Text with a phrase gap of its own is two columns' lines poppler ran together
        // (`医院等一百个单位获得『三下乡』先进集体 乡三百三十多万场，… 中宣部…`, photo-02 of the varied
        // pages' seed 41), no brief's first line; unless it opens with a dateline (`金大中会见绍罗什
        // 本报汉城1月4日电记者 育产业…`, briefs-16 of the varied pages' seed 20).
        guard opensWithDateline || !PageReader.hasPhraseGap(rest) else { return nil }
        // Two or three characters are a title only before a lead (`铁路 本报讯…`).
        guard count > 0, title.unicodeScalars.count >= (opensWithDateline ? 2 : 4) else { return nil }
        return (title, rest)
    }

    /// Whether content line `k`, where sizes are known, is set in the smaller type of the text
    /// right under it, not in the type of the text above: a caption's title (`罕见海龟` over its
    /// caption, at the foot of a story), no signature of the story above. Under a headline or
    /// its subtitle, a name in the text's type is the author's (`刘世昌` under a subtitle set
    /// larger than the body, mixed-06 of the varied pages' seed 20).
    private static func headsSmallerTextUnderIt(_ lines: [PageLine], _ content: [Int], _ k: Int) -> Bool {
        guard k + 1 < content.count, !lines[content[k - 1]].isFurniture, lines[content[k - 1]].role != .candidate, let size = lines[content[k]].size,
              let above = lines[content[k - 1]].size, let below = lines[content[k + 1]].size,
              !lines[content[k + 1]].afterBlank else { return false }
        return size < above - 0.05 && abs(below - size) <= 0.05
    }

    /// Whether content line `k`, set in a face of its own, opens a row of the page under the
    /// text of a story (`图片新闻` over a photo's caption): a title, no signature of the story
    /// above, which ended with its row. Under a headline, or under an editor's note (the block
    /// above opening with `编者按`), a name opening the row is the story's author (`王佑民`).
    private static func opensRowUnderText(_ lines: [PageLine], _ content: [Int], _ k: Int) -> Bool {
        guard lines[content[k]].opensRow, lines[content[k]].distinctFace == true,
              lines[content[k - 1]].role != .candidate else { return false }
        for j in stride(from: k - 1, through: 0, by: -1) {
            let line = lines[content[j]]
            if opensEditorsNote(line.text) { return false }
            if line.afterBlank || line.role == .candidate { break }
        }
        return true
    }

    /// Whether content line `k` may open a piece: the first, after a block break, after a
    /// finished sentence, or after the page's furniture (a briefs column's label).
    private static func opensText(_ lines: [PageLine], _ content: [Int], _ k: Int) -> Bool {
        guard k > 0, !lines[content[k]].afterBlank else { return true }
        let previous = lines[content[k - 1]].text
        // A reporters' credit can wrap: `…的成就。（归` / `昌张兴华）`.
        let wrappedCredit = k >= 2 && !previous.contains("（") && previous.hasSuffix("）")
            && endsSentence(lines[content[k - 2]].text + previous)
        return endsSentence(previous) || wrappedCredit || furniture(previous) != nil
    }

    /// Whether the line opens with the reporters of the wire dateline above it in brackets
    /// (`（记者刘春贤）陶铸同志…`, `（刘道国、张贵剑）1月3日…`).
    static func opensWithReporters(_ text: String) -> Bool { text.prefixMatch(of: LinePatterns.reportersInBrackets) != nil }

    /// A brief's run-in title too long for its line wraps: the line right above, where a piece
    /// may open, a title at body size in a face of its own, is its start (`二○○○年长城将竖立倒` /
    /// `计时钟` run in before `本报北京1月9日讯…`, mixed-03 of the varied pages' seed 19). The two
    /// become the title, the line above left blank. Not a lead set so (a dateline or a byline's
    /// desk above, band-20 and commentary-05 of seed 1998).
    static func joinWrappedRunInTitles(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where k > 0 && lines[i].runInTitle != nil && !lines[i].afterBlank {
            let above = content[k - 1]
            guard lines[above].runInTitle == nil, lines[above].distinctFace == true, lines[above].size != nil,
                  !lines[above].isSetLarge, isHeadlineShaped(lines[above].text), opensText(lines, content, k - 1),
                  // A lead in a face of its own wraps too (`本报天津1月7日电新华社记者` / `张建新、…报道：为…`).
                  !isDateline(lines[above].text), lines[above].text.firstMatch(of: bylineWords) == nil
            else { continue }
            lines[i].runInTitle = lines[above].text + lines[i].runInTitle!
            leaveBlank(above, in: &lines)
        }
    }

    /// A dateline broken over two or three lines (`本报北京1月` / `18日讯记者…`) becomes one line,
    /// the others left blank, so the lead is found whole; so does a whole dateline and the line
    /// opening with its reporters (`新华社长沙1月16日电` / `（记者刘春贤）陶铸同志…`).
    static func joinBrokenDatelines(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where k + 1 < content.count && !lines[i].text.isEmpty {
            let j = content[k + 1]
            // Under a title line (no finished sentence above), only a line that is a dateline but
            // for its last word (`新华社华盛顿1月13日` / `电（记者符泉生）…`): a body line may open with
            // the agency's name.
            // A blank line between is no break where the first line stops before the day
            // (`新华社莫斯科1月12` / `日电（记者盛世良）…`, `据新华社` / `德黑兰1月16日电（记者荣松）…`
            // after a brief's run-in title in the lead's face, which poppler gives a flow of its
            // own: briefs-06 of the varied pages' seeds 10 and 19).
            let beforeTheDay = lines[i].text.wholeMatch(of: LinePatterns.datelineBrokenInTheDate) != nil
                || lines[i].text.wholeMatch(of: LinePatterns.datelineDesk) != nil
            guard opensText(lines, content, k) || lines[i].runInTitle != nil || lines[i].text.wholeMatch(of: LinePatterns.datelineToTheDay) != nil
                    || beforeTheDay,
                  !lines[j].afterBlank || beforeTheDay, lines[i].text.unicodeScalars.count <= 24 else { continue }
            let joined = lines[i].text + lines[j].text
            let afterFirst = joined.unicodeScalars.index(joined.startIndex, offsetBy: lines[i].text.unicodeScalars.count)
            guard let lead = datelineLead(in: joined) else {
                // A narrow column may break it twice (`据` / `新华社斯德哥尔摩1月9日` / `电（记者…）`).
                guard k + 2 < content.count, lines[i].text.unicodeScalars.count <= 4, !lines[content[k + 2]].afterBlank else { continue }
                let l = content[k + 2]
                let whole = joined + lines[l].text
                let afterSecond = whole.unicodeScalars.index(whole.startIndex, offsetBy: joined.unicodeScalars.count)
                guard let lead = datelineLead(in: whole), lead.upperBound > afterSecond else { continue }
                join([j, l], onto: i, in: &lines)
                continue
            }
            let brokenInside = !isDateline(lines[i].text) && lead.upperBound > afterFirst
            let reportersAfter = lead.upperBound == afterFirst && opensWithReporters(lines[j].text)
            guard brokenInside || reportersAfter else { continue }
            join([j], onto: i, in: &lines)
        }
    }

    /// Lines `others` joined onto line `i`, in order, and left blank: one line the extraction
    /// broke becomes whole again, and every line keeps its number.
    private static func join(_ others: [Int], onto i: Int, in lines: inout [PageLine]) {
        for j in others {
            lines[i].text += lines[j].text
            leaveBlank(j, in: &lines)
        }
    }

    /// Line `j` left blank, its text moved onto another line: every line keeps its number.
    private static func leaveBlank(_ j: Int, in lines: inout [PageLine]) {
        lines[j].text = ""
        lines[j].role = .blank
    }

    /// A photo credit whose desk the extraction set apart, on a line of its own right before or
    /// after the name's (`新华社记者` / `刘卫兵摄`, photo-01 of the varied pages' seed 7; `姚大伟摄` /
    /// `新华社记者`, photo-03 of seed 15), becomes one line, the other left blank: the credit
    /// closes its caption, and the desk alone opens no report. A desk ending the caption's last
    /// sentence's line (`…这是她第二十次献血。新华社记者` / `郑焕清摄`, photo-02 of seed 16) moves
    /// onto the name's line.
    static func joinCreditsToTheirDesks(_ lines: inout [PageLine], content: [Int]) {
        let deskAlone = { (text: String) in text.wholeMatch(of: bylineWords) != nil }
        let nameCredit = { (text: String) in
            text.unicodeScalars.count <= 6 && creditRange(text)?.lowerBound == text.startIndex && text.firstMatch(of: bylineWords) == nil
        }
        let deskAfterASentence = { (text: String) -> String.Index? in
            guard let stop = text.lastIndex(where: { "。！？".contains($0) }) else { return nil }
            let desk = text.index(after: stop)
            return desk < text.endIndex && text[desk...].wholeMatch(of: bylineWords) != nil ? desk : nil
        }
        for (k, i) in content.enumerated() where k + 1 < content.count && !lines[i].text.isEmpty {
            let j = content[k + 1]
            if nameCredit(lines[j].text), let desk = deskAfterASentence(lines[i].text) {
                lines[j].text = lines[i].text[desk...] + " " + lines[j].text
                lines[i].text = String(lines[i].text[..<desk])
                continue
            }
            if deskAlone(lines[i].text), nameCredit(lines[j].text) {
                lines[i].text += " " + lines[j].text
            } else if nameCredit(lines[i].text), deskAlone(lines[j].text) {
                lines[i].text = lines[j].text + " " + lines[i].text
            } else {
                continue
            }
            leaveBlank(j, in: &lines)
        }
    }

    /// A signature naming an office broken inside the name in a narrow column, after the
    /// story's last sentence (`财政部部长兼国家税务总局局长 刘` / `仲藜`, `中共湖南岳阳市委书记 阳宝` / `华`,
    /// commentary-02 and -18 of the varied pages' seed 13), or inside an office too long for
    /// one line (`中国剧协副主席、中央戏剧学院院` / `长 徐晓钟`, `…国务院证券委主任、中` / `国证监会主席 周正庆`,
    /// commentary-09 and -12 of the varied pages' seed 20), or between the office and the name
    /// (`…中国证监会主席` / `周正庆`, commentary-10 of the varied pages' seed 24; the name ending its
    /// block, as a byline over a story's text does not: `本报驻泰国记者成元生国际广播电台记者` /
    /// `陆永江`, band-16 of the fifth seed), becomes one line,
    /// the second left blank, so it signs the story: no title run in before text, nor a kicker.
    /// So does an office and a name on one baseline an em apart, which poppler gives as two lines
    /// and the page's order may part with a blank (`中央实验话剧院导演` · `查明哲`, commentary-19 of
    /// the varied pages' seed 41).
    static func joinWrappedSignatures(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where k > 0 && k + 1 < content.count {
            let j = content[k + 1]
            guard !lines[j].afterBlank || standsBeside(lines[j], lines[i]), endsSentence(lines[content[k - 1]].text) else { continue }
            let joined = lines[i].printed + lines[j].text
            let nameBroken = lines[j].text.unicodeScalars.count <= 3 && signature(joined) == true
            let officeBroken = signature(lines[j].text) == true && signature(joined) == true
            let endsBlock = k + 2 == content.count || lines[content[k + 2]].afterBlank
            let nameUnder = endsBlock && signature(lines[j].text) == false && signature(lines[i].printed + " " + lines[j].text) == true
            guard nameBroken || officeBroken || nameUnder else { continue }
            // The office may have been taken for a title run in, by its face or the gap after it.
            lines[i].text = lines[i].printed + (nameUnder ? " " : "")
            lines[i].runInTitle = nil
            join([j], onto: i, in: &lines)
        }
    }

    /// Where the page's geometry is known: whether `line` stands on the baseline of `other`, to
    /// its right.
    static func standsBeside(_ line: PageLine, _ other: PageLine) -> Bool {
        guard let top = line.top, let otherTop = other.top, let span = line.span, let otherSpan = other.span else { return false }
        return abs(top - otherTop) <= 0.2 && span.lowerBound > otherSpan.upperBound
    }

    /// The page's date broken over two lines (`1998年` / `1月14日 星期三`) becomes one line, the
    /// second left blank, so it is read as the page's furniture, not as text.
    static func joinBrokenDates(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where k + 1 < content.count && !lines[i].text.isEmpty {
            let j = content[k + 1]
            guard lines[i].text.wholeMatch(of: LinePatterns.dateLine) == nil,
                  (lines[i].text + lines[j].text).wholeMatch(of: LinePatterns.dateLine) != nil else { continue }
            join([j], onto: i, in: &lines)
        }
    }

    /// A note on the writer wrapped over two or three lines (`（作者系原冀中回民支队政委，中` /
    /// `国人民解放军空军原副政委）`; in a narrow column `…政委，` / `中国人民解放军空军原副政` / `委）`)
    /// becomes one line, the others left blank, so it signs the story.
    static func joinWrappedAuthorNotes(_ lines: inout [PageLine], content: [Int]) {
        for (k, i) in content.enumerated() where lines[i].text.hasPrefix("（") && !lines[i].text.contains("）") {
            for count in 1...2 where k + count < content.count {
                let rest = content[(k + 1)...(k + count)]
                guard !rest.contains(where: { lines[$0].text.contains("（") }) else { break }
                if isAuthorNote(lines[i].text + rest.map { lines[$0].text }.joined()) {
                    join(Array(rest), onto: i, in: &lines)
                    break
                }
            }
        }
    }

    /// A byline alone in a face of its own wrapped onto the next line in the same face, in a
    /// name or where another desk's words start or run (`中国国防报记者黄运成新华` / `社记者贾永黄秋生`,
    /// `…新华社记者贾` / `永黄秋生`, `新华社记者蔡晖贾永新华社通` / `讯员张应银樊增民`), becomes one
    /// line, the second left blank, so the second part is read neither as a title nor as text.
    static func joinWrappedBylines(_ lines: inout [PageLine], content: [Int]) {
        func desks(_ text: String) -> Int { text.matches(of: /记者|通讯员/).count }
        for (k, i) in content.enumerated() where k + 1 < content.count && lines[i].distinctFace == true
            && lines[i].text.prefixMatch(of: bylineWords) != nil {
            let j = content[k + 1]
            let joined = lines[i].text + lines[j].text
            guard !lines[j].afterBlank, lines[j].distinctFace == true, lines[j].headlineFace == lines[i].headlineFace,
                  joined.unicodeScalars.count <= 40, joined.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || $0 == "、" }),
                  lines[j].text.unicodeScalars.count <= 6 || desks(joined) > desks(lines[i].text) else { continue }
            join([j], onto: i, in: &lines)
        }
    }

    /// A photo credit wrapped after the caption's last sentence (`…接待顾客。新华社记者` / `蔡国兆摄`,
    /// `…第二十次献血。（新` / `华社记者郑焕清摄）`), or the reporters' bracket after a story's
    /// (`…具有健齿等效果。（乌` / `兰察夫）`): the words after that sentence go to the next line,
    /// so the text ends with its sentence and the credit or the bracket is whole on its line.
    static func joinWrappedCredits(_ lines: inout [PageLine], content: [Int]) {
        for (k, j) in content.enumerated() where k > 0 {
            let i = content[k - 1]
            let scalars = lines[i].text.unicodeScalars
            guard let last = scalars.lastIndex(where: SentenceSplitter.isTerminator) else { continue }
            var start = scalars.index(after: last)
            while start < scalars.endIndex, SentenceSplitter.isClosing(scalars[start]) { start = scalars.index(after: start) }
            let tail = String(scalars[start...])
            guard !tail.isEmpty else { continue }
            let next = lines[j].text
            if tail.first == "（" {
                let bracket = tail + next
                guard !tail.contains("）"), !next.contains("（"),
                      closesWithReporters(bracket, afterFinishedSentence: true) || creditRange(bracket)?.lowerBound == bracket.startIndex else { continue }
            } else {
                guard !lines[j].afterBlank else { continue }
                // The credit's line may hold the name's last character alone (`…新华社记者索朗罗` / `布摄`).
                let nameEnd = next.unicodeScalars.count <= 3 && next.hasSuffix("摄")
                guard nameEnd || creditRange(next)?.lowerBound == next.startIndex else { continue }
                // The reporter's words may straddle the break (`…新华社记` / `者王五摄`, the desk's
                // too: `…与灾民们在一起。 新` / `华社记者 索朗罗布摄`, photo-20 of the varied pages'
                // seed 15), or the name alone (`…搬进新居。 杜` / `华举摄`, `…深受群众欢迎。宋` / `振平/摄`).
                let name = tail.trimmingCharacters(in: .whitespaces)
                let slashedRest = next.prefixMatch(of: /(\p{Han}{1,3})\s*\/\s*摄/).map { $0.1.unicodeScalars.count }
                let joined = name + next
                let straddlesDesk = joined.prefixMatch(of: bylineWords).map {
                    joined[..<$0.range.upperBound].unicodeScalars.count > name.unicodeScalars.count
                } == true
                guard tail.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || $0 == " " || $0 == "、" }),
                      straddlesDesk ? (1...12).contains(name.unicodeScalars.count)
                        : (tail + next.prefix(1)).contains("记者") ? (2...12).contains(tail.unicodeScalars.count)
                        : (1...3).contains(name.unicodeScalars.count)
                            && (nameEnd && name.unicodeScalars.count + next.unicodeScalars.count <= 5
                                || slashedRest.map { (2...4).contains(name.unicodeScalars.count + $0) } == true)
                else { continue }
            }
            lines[i].text = String(scalars[..<start])
            lines[j].text = tail.trimmingCharacters(in: .whitespaces) + next
        }
    }

    // MARK: - Rules

    static func furniture(_ text: String) -> Furniture? {
        if let m = text.wholeMatch(of: LinePatterns.dateLine),
           let year = Int(m.1), let month = Int(m.2), let day = Int(m.3), (1...12).contains(month), (1...31).contains(day) {
            return .date(String(format: "%04d-%02d-%02d", year, month, day))
        }
        if let m = text.wholeMatch(of: LinePatterns.editor) {
            return .editor(String(m.1))
        }
        if let m = text.wholeMatch(of: LinePatterns.pageNumber), let page = number(String(m.1)) {
            return .page(page)
        }
        if text.wholeMatch(of: MastheadPatterns.masthead) != nil { return .masthead(text) }
        if text.wholeMatch(of: MastheadPatterns.supplement) != nil || text.wholeMatch(of: MastheadPatterns.briefsColumn) != nil {
            return .section(text)
        }
        return nil
    }

    /// Built once: a regex literal is parsed again each time it is evaluated.
    private enum LinePatterns {
        nonisolated(unsafe) static let dateLine = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周)[一二三四五六日天])?/
        nonisolated(unsafe) static let editor = /[（(]?\s*(?:责任编辑|本版编辑|本版责编|责编)\s*[:：]?\s*(.+?)\s*[）)]?/
        /// `第11版 国内新闻`; not `２版）`, which closes a reference broken inside its number, nor
        /// a sentence's end broken after its `第` (`…第` / `十二版是市场专题。`, briefs-12 of the
        /// varied pages' seed 22): a section's name holds no punctuation.
        nonisolated(unsafe) static let pageNumber = /第?\s*([0-9一二三四五六七八九十]+)\s*版(?:\s*[:：]?\s*[^\s）)。，；！？]{1,8})?/
        nonisolated(unsafe) static let reported = /报道[：:]/
        nonisolated(unsafe) static let dateOpeningACaption = /(?:\d{4} *年 *元旦|\d{1,2} *月 *\d{1,2} *日)(?:上午|中午|下午|晚上?|凌晨)? *，/
        nonisolated(unsafe) static let slashedCredit = /(?:\/|／)\s*摄(?:影)?\s*$/
        nonisolated(unsafe) static let bracketedCredit = /[（(][^（）()，。]{2,24}摄(?:影)?[）)]\s*$/
        nonisolated(unsafe) static let bareCredit = /(?:^|[。！？”])\s*[\p{Han}、· ]{2,16}摄\s*$/
        /// Who wrote a commentary, in brackets under it: `（作者系原冀中回民支队政委）`, `（作者为…）`.
        nonisolated(unsafe) static let authorNote = /[（(]作者(?:系|为|是|单位)[^（）()]{2,50}[）)]/
        nonisolated(unsafe) static let closingBracket = /[（(]([^（）()]{2,16})[）)]\s*$/
        /// A note on who supplied a picture or text, alone in its brackets: `（新华社稿）`, `（新华社发）`.
        nonisolated(unsafe) static let sourceNote = /[（(]\p{Han}{2,12}(?:稿|发)[）)]/
        /// The note that pictures go with a story (`（附图片1张）`), closing its standfirst.
        nonisolated(unsafe) static let pictureNote = /[（(]\s*附图片?\s*[0-9一二三四五六七八九十]+\s*张\s*[）)]\s*$/
        /// The desk a dateline opens with: `新华社`, `据中新社`, `本报`.
        private static let desk = #"据?(?:新华社|中新社|本报)"#
        /// A dateline but for its last word: desk, place and day (`新华社华盛顿1月13日`).
        nonisolated(unsafe) static let datelineToTheDay = try! Regex(desk + #"\p{Han}{1,10}\d{1,2}月\d{1,2}日"#)
        /// A dateline stopping inside its date (`新华社莫斯科1月12`, `本报福州1月`).
        nonisolated(unsafe) static let datelineBrokenInTheDate = try! Regex(desk + #"\p{Han}{1,10}\d{1,2}(?:月\d{0,2})?"#)
        /// A dateline's desk alone, its place and day on the next line (`据新华社`).
        nonisolated(unsafe) static let datelineDesk = try! Regex(desk)
        /// The reporters a wire dateline names after it: `（记者刘春贤）`, `（新华社记者王黎、李贺普）`,
        /// or their names alone (`（刘道国、张贵剑）`).
        nonisolated(unsafe) static let reportersInBrackets =
            /[（(](?:[^（）()，。]{0,8}记者[^（）()，。]{1,24}|\p{Han}{2,4}(?:[、 ·]\p{Han}{2,4})*)[）)]/
    }

    /// Built once: a regex literal is parsed again each time it is evaluated.
    private enum MastheadPatterns {
        nonisolated(unsafe) static let masthead = /(?:星期|周)[一二三四五六日天]|\p{Han}{2,6}(?:日报|晚报|时报|商报|周报)/
        /// A weekly or supplement's name (`经济周刊`, `国际副刊`).
        nonisolated(unsafe) static let supplement = /\p{Han}{0,4}(?:周刊|副刊|专刊)/
        /// The label over a column of briefs (`简讯`, `本版简讯`, `国际快讯`, `新闻速递`, `综合消息`).
        nonisolated(unsafe) static let briefsColumn = /\p{Han}{0,2}(?:简讯|简报|快讯|短讯|速递)|综合消息|新闻集锦/
    }

    /// A Han-only line of two to five characters among the first or last lines of the page,
    /// next to a date or page number: sections are named in a word or two (`社会`, `国内新闻`),
    /// and a longer line there is a headline (`科技花开桐柏山`). Set at a headline's size, only a
    /// name of up to four characters is a section's. A brief's first line, its title run in
    /// (`新标签检验新鲜度 英国塞恩`, briefs-09 of the varied pages' seed 19), names no section.
    /// A page names its section once: of the lines that could name it, the shortest does (`社会`,
    /// not the headline `东瀛看丰田` read before it in text, feature-18 of the feature pages' seed
    /// 3), and none where the masthead names it already (`第2版 评论`, `经济周刊`): a short headline
    /// by the masthead's row is then the headline (`痛说赝品`, a side headline topping the first
    /// column, feature-13 of the feature pages' varied seed 20).
    private static func markSections(_ lines: inout [PageLine], content: [Int]) {
        let namesTheSection = { (line: PageLine) -> Bool in
            switch line.role {
            // Not a column of briefs' label (`简讯`).
            case .furniture(.section(let name)): name.wholeMatch(of: MastheadPatterns.briefsColumn) == nil
            case .furniture(.page): line.text.firstIndex(of: "版").map { line.text[$0...].dropFirst().unicodeScalars.contains { CharacterClass.isHan($0.value) } } ?? false
            default: false
            }
        }
        guard !content.contains(where: { namesTheSection(lines[$0]) }) else { return }
        var names: [Int] = []
        for (k, i) in content.enumerated() where [.candidate, .text, .signature(hasOffice: false)].contains(lines[i].role)
            && (!lines[i].isDisplay || lines[i].text.unicodeScalars.count <= 4) && lines[i].runInTitle == nil {
            let text = lines[i].text
            let hanOnly = text.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) }
            guard hanOnly, (2...5).contains(text.unicodeScalars.count), k < 6 || k >= content.count - 6 else { continue }
            // A section's name stands in a block of its own; a caption's title goes on into its
            // caption (`送法下乡` read right after the masthead's row, mixed-08 of the fifth seed).
            if k + 1 < content.count, !lines[content[k + 1]].afterBlank, lines[content[k + 1]].role == .text { continue }
            // A headline's subtitle stands under it (`怀念` / `——毛主席纪念堂重新开放见闻` right under
            // the masthead's row, feature-06 of the thirteenth seed); no section's name has one.
            if k + 1 < content.count, lines[content[k + 1]].text.hasPrefix("——") { continue }
            let neighbours = [k - 1, k + 1].filter { content.indices.contains($0) }.map { lines[content[$0]].role }
            // Not by the editor's line: a section is named by the masthead's date or page number.
            if neighbours.contains(where: { if case .furniture(let f) = $0, !f.isSection, !f.isEditor { return true } else { return false } }) {
                names.append(i)
            }
        }
        if let name = names.min(by: { lines[$0].text.unicodeScalars.count < lines[$1].text.unicodeScalars.count }) {
            lines[name].role = .furniture(.section(lines[name].text))
        }
    }

    static func number(_ text: String) -> Int? {
        if let n = Int(text) { return n }
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text == "十" { return 10 }
        if text.hasPrefix("十"), let d = digits[text.last!] { return 10 + d }
        if text.count == 1, let d = digits[text.first!] { return d }
        if text.count == 2, text.last == "十", let d = digits[text.first!] { return d * 10 }
        if text.count == 3, Array(text)[1] == "十", let a = digits[text.first!], let b = digits[text.last!] { return a * 10 + b }
        return nil
    }

    /// Whether the line opens an editor's note (`编者按：…`), printed between a headline and its story.
    static func opensEditorsNote(_ text: String) -> Bool { text.hasPrefix("编者按") }

    /// The mark a line opens with when it starts an item of a collection (`△国家计委提出…`,
    /// `▲配备好你的电脑…`), if any.
    static func itemMark(_ text: String) -> Character? {
        guard let first = text.first, "△▲●○◆◇■□☆★".contains(first) else { return nil }
        return first
    }

    /// The number a line opens with when it starts a numbered item (`3、进入1月中下旬…`,
    /// `二、…`), if any.
    static func itemNumber(_ text: String) -> Int? {
        guard let mark = text.prefix(4).firstIndex(of: "、") else { return nil }
        return number(String(text[..<mark]))
    }

    /// Whether `text` opens the next item of a collection whose lines so far are `lines`: the
    /// mark its first item opened with (`△`), or the number after one of its items' (`3、`
    /// after `2、`).
    static func continuesItems(_ lines: [String], with text: String) -> Bool {
        if let mark = itemMark(text) { return lines.first.flatMap(itemMark) == mark }
        guard let n = itemNumber(text), n >= 2 else { return false }
        return lines.contains { itemNumber($0) == n - 1 }
    }

    /// Whether a line opens the editor's afterword to a story (`编后：`, `编者的话：`), or is the row
    /// of asterisks set before it (`＊＊＊`).
    static func opensAfterword(_ text: String) -> Bool {
        let words = text.drop { "＊*※ ".contains($0) }
        return words.hasPrefix("编后") || words.hasPrefix("编者的话") || (words.isEmpty && text.filter { "＊*※".contains($0) }.count >= 3)
    }

    static func isDateline(_ text: String) -> Bool { datelineLead(in: text) != nil }

    /// Whether `text` opens with a lead that says it was filed (`…电`, `本报讯`), not a byline alone.
    static func filedFrom(_ text: String) -> Bool {
        datelineLead(in: text).map { text[$0].contains { $0 == "电" || $0 == "讯" } } ?? false
    }

    /// The lead word a report opens with (`本报讯`, `本报记者`, `新华社北京1月5日电`), when
    /// `text` starts with one.
    static func datelineLead(in text: String) -> Range<String.Index>? {
        // Most lines open with none of the lead words; the regex runs only on those that do.
        guard let first = text.unicodeScalars.first, "本据新中《".unicodeScalars.contains(first) else { return nil }
        return text.prefixMatch(of: datelineLeadPattern)?.range
    }

    /// Whether two lines open with dateline leads filed from the same place on the same day
    /// (`本报罗马1月15日电…` and `本报罗马1月15日电记者…`; `据新华社马尼拉1月11日电` and
    /// `新华社马尼拉1月11日电`): the leads up to their `电` or `讯`, `据` aside, are equal and name a day.
    static func filedAlike(_ a: String, _ b: String) -> Bool {
        func filed(_ text: String) -> Substring? {
            guard let lead = datelineLead(in: text) else { return nil }
            var printed = text[lead]
            if printed.hasPrefix("据") { printed = printed.dropFirst() }
            guard let end = printed.firstIndex(where: { $0 == "电" || $0 == "讯" }), printed[..<end].contains("日") else { return nil }
            return printed[...end]
        }
        guard let x = filed(a), let y = filed(b) else { return false }
        return x == y
    }

    /// The desk a reporter writes for, as a byline names it before `记者` or `通讯员`: `本报`,
    /// `本报特约`, `本报特派`, `本报驻埃及`, `新华社`, `新华社特派`, or another paper (`中国国防报`,
    /// `经济日报`, `《中国电力报》`) or a broadcaster (`中央人民广播电台`, `中央电视台`) in a report
    /// written with it. A broadcaster is named by two characters before its kind (or is
    /// `中国国际广播电台`), so a reporter's name printed before it (`胡训军中央电视台记者`) stays a name.
    /// One pattern serves the dateline leads, the bylines and the reporters' names below.
    private static let reportersDesk = #"(?:本报(?:驻[^，。：\s]{1,10}?|特派|特约)?|新华社(?:特派)?|\p{Han}{1,4}?(?:日报|晚报|时报|军报|国防报|青年报)|中国国际广播电台|\p{Han}{2}(?:人民广播电台|广播电台|电视台)|《\p{Han}{1,8}报》)"#

    /// Built once: a regex is parsed again each time a literal is evaluated.
    nonisolated(unsafe) private static let datelineLeadPattern =
        try! Regex(#"本报讯|"# + reportersDesk + #"(?:记者|通讯员)|本报[^，。\s]{1,12}?[讯电]|据?(?:新华社|中新社|新华网)[^，。]{1,25}?电"#)

    /// The words a byline opens with: `本报记者`, `本报通讯员`, `本报特约记者`, `本报特派记者`,
    /// `本报驻埃及记者`, `新华社记者`.
    nonisolated(unsafe) static let bylineWords = try! Regex(reportersDesk + "(?:记者|通讯员)")

    /// Whether the line was read as a lead that is a byline alone on its line (``isBylineAlone(_:)``).
    var isBylineLead: Bool { role == .dateline && PageLine.isBylineAlone(text) }

    /// A byline alone on its line: `本报记者贺广华`, `本报特派记者 尹树广`, `新华社记者王黎、李贺普`.
    static func isBylineAlone(_ text: String) -> Bool {
        guard let words = text.prefixMatch(of: bylineWords) else { return false }
        let names = text[words.range.upperBound...].unicodeScalars
        return (2...16).contains(names.count) && names.allSatisfy { CharacterClass.isHan($0.value) || " 、·".unicodeScalars.contains($0) }
    }

    /// Whether `text`, after a byline's first desk (`《中国电力报》记者`), goes on with a name and
    /// another desk's reporter (`张大和本报记者江玉`): names of two to four Han characters, or names
    /// run together (``Surnames/splitsIntoNames(_:)``, `黄运成新华社记者贾永黄秋生`), parted by desks.
    static func namesReportersOfDesks(_ text: String) -> Bool {
        let names = text.split(separator: bylineWords, omittingEmptySubsequences: false)
        return names.count >= 2 && names.allSatisfy { name in
            name.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) }
                && ((2...4).contains(name.unicodeScalars.count) || Surnames.splitsIntoNames(String(name)))
        }
    }

    /// Where a lead of the form `…电记者张三、李四报道：` ends: the line (an index into `lines`,
    /// which may hold the lead wrapped over several) and the index after its colon, when `报道：`
    /// follows the lead word at scalar offset `start` within 40 characters that name reporters
    /// (`记者张三`, `新华社记者王黎、本报记者杜英姿`, `通讯员…`) and hold no clause punctuation.
    static func reportedLead(_ lines: [String], from start: Int) -> (line: Int, end: String.Index)? {
        guard let first = lines.first else { return nil }
        let parts = [String(String.UnicodeScalarView(first.unicodeScalars.dropFirst(start)))] + lines.dropFirst()
        let joined = parts.joined()
        guard let match = joined.firstMatch(of: LinePatterns.reported) else { return nil }
        let reporters = joined[..<match.range.lowerBound]
        guard reporters.unicodeScalars.count <= 40, reporters.contains("记者") || reporters.contains("通讯员"),
              !reporters.unicodeScalars.contains(where: { "，。；！？,;".unicodeScalars.contains($0) }) else { return nil }
        var end = joined.unicodeScalars.distance(from: joined.startIndex, to: match.range.upperBound)
        for (index, part) in parts.enumerated() {
            let length = part.unicodeScalars.count
            if end <= length {
                let line = lines[index]
                return (index, line.unicodeScalars.index(line.startIndex, offsetBy: end + (index == 0 ? start : 0)))
            }
            end -= length
        }
        return nil
    }

    /// The reporters a dateline lead names: the bracket after the lead word (`（记者 张三）`),
    /// `记者张三、李四` before `报道`, or the names after `本报记者` (or `本报驻埃及记者`, `新华社记者`).
    static func reporters(in lead: String) -> String? {
        guard lead.contains("记者") || lead.contains("通讯员") else { return nil }
        if let m = lead.firstMatch(of: ReporterPatterns.bracketed) { return String(m.1).trimmingSpaces() }
        if let m = lead.firstMatch(of: ReporterPatterns.reported) { return String(m.1) + String(m.2) }
        // Two desks' reporters (`《中国电力报》记者张大和本报记者江玉`): their names.
        if let m = lead.firstMatch(of: ReporterPatterns.ownReporters) { return "记者 " + m.1.split(separator: bylineWords).joined(separator: " ") }
        return nil
    }

    /// Built once: a regex literal is parsed again each time it is evaluated.
    private enum ReporterPatterns {
        nonisolated(unsafe) static let bracketed = /[（(]([^（）()]*(?:记者|通讯员)[^（）()]*)[）)]/
        nonisolated(unsafe) static let reported = /((?:特约)?记者|通讯员)(.+?)报道/
        nonisolated(unsafe) static let ownReporters = try! Regex("^" + reportersDesk + #"记者\s*(.+)$"#, as: (Substring, Substring).self)
    }

    /// The words before the photo credit `text` ends with (trimmed, maybe empty) and the credit,
    /// if it ends with one.
    static func splitCredit(_ text: String) -> (before: String, credit: String)? {
        creditRange(text).map { (String(text[..<$0.lowerBound]).trimmingSpaces(), String(text[$0])) }
    }

    /// A work shown at an exhibition, as a review lists it: its title, then its medium and its
    /// artist in brackets (`走出黄土地（套色木刻）（曹美）`).
    nonisolated(unsafe) static let shownWork = /[^（）。，]{1,16}（[^（）。，]{1,8}）（[^（）。，]{2,8}）/

    /// Whether a credit reads as text might (`…二十余摄`): no slash, no brackets, no desk.
    static func isBareText(credit text: String) -> Bool {
        text.firstMatch(of: LinePatterns.slashedCredit) == nil && text.firstMatch(of: LinePatterns.bracketedCredit) == nil
            && text.prefixMatch(of: bylineWords) == nil
    }

    /// Where the photo credit starts in `text` (after the last finished sentence), if it ends with one.
    static func creditRange(_ text: String) -> Range<String.Index>? {
        // `名字/摄`, `（新华社记者王五摄）`, or `新华社记者王五摄` after the last sentence.
        let slashed = text.firstMatch(of: LinePatterns.slashedCredit) != nil
        let bracketed = text.firstMatch(of: LinePatterns.bracketedCredit) != nil
        // Not a sentence ending in a verb on `摄` (`…欲倾毕生心血为百年诞辰拍摄`, mixed-05 of the
        // varied pages' seed 7): a credit's `摄` follows a name.
        let bare = text.firstMatch(of: LinePatterns.bareCredit) != nil
            && WordDictionary.jieba.count(of: String(text.trimmingSpaces().suffix(2))) == 0
        guard slashed || bracketed || bare else { return nil }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        for i in scalars.indices where SentenceSplitter.isTerminator(scalars[i]) {
            start = scalars.index(after: i)
        }
        while start < scalars.endIndex, CharacterClass(scalars[start].value) == .space || SentenceSplitter.isClosing(scalars[start]) {
            start = scalars.index(after: start)
        }
        return start..<text.endIndex
    }

    static let offices = ["书记", "长", "主任", "委员", "常委", "主席", "经理", "记者", "编辑", "评论员", "总监", "教授",
                          "代表", "院士", "理事", "专家", "负责人", "研究员", "干部", "党员", "医生", "律师", "董事",
                          "导演", "编剧", "主编", "作家", "顾问", "政委", "司令员"]

    /// Words ending as an office does (`长`) that name none: a section's title wrapped before its
    /// last word (`财政收入继续保持高增长` / `势头`, photo-18 of the varied pages' seed 41) is no
    /// office over a name.
    static let notOffices = ["增长", "成长", "延长", "生长", "擅长", "特长", "专长", "漫长", "助长", "见长"]

    /// Who wrote a commentary, in brackets under it: `（作者系原冀中回民支队政委）`, `（作者单位：…）`.
    static func isAuthorNote(_ text: String) -> Bool { text.wholeMatch(of: LinePatterns.authorNote) != nil }

    /// Whether `text` is a signature line, and if so whether it names an office before the name.
    static func signature(_ text: String) -> Bool? {
        let chunks = text.split(separator: " ").map(String.init)
        guard let name = chunks.last, text.unicodeScalars.count <= 40 else { return nil }
        let isHan = { (s: String) in s.unicodeScalars.allSatisfy { CharacterClass.isHan($0.value) } }
        if name.hasSuffix("评论员") && isHan(name) && chunks.count == 1 { return false }
        guard isHan(name), (2...4).contains(name.unicodeScalars.count) else { return nil }
        if chunks.count == 1 { return false }
        let office = chunks.dropLast().joined()
        guard office.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) || $0 == "、" }),
              offices.contains(where: { office.hasSuffix($0) }), !notOffices.contains(where: { office.hasSuffix($0) }) else { return nil }
        return true
    }

    /// Where the page's geometry is known: whether the line at `k` (an index into `content`), in
    /// a face of its own at the body's size, is the first line of a story set in that face
    /// throughout (`我的故乡雷州半岛是出产红薯的` / `地方。我自小就是吃红薯长大的。`, in kaiti): one of
    /// the two lines under it is in the same face and size, holds a sentence's punctuation (the
    /// lines of a kicker set so hold none, stacked-08 of the fifth seed) and spans the same
    /// column, from the same start to the same end within half an em (justified; a closing mark
    /// may hang).
    static func opensAStorySetInItsFace(_ lines: [PageLine], _ content: [Int], _ k: Int) -> Bool {
        let line = lines[content[k]]
        guard line.distinctFace == true, line.size != nil, !line.isSetLarge, let span = line.span else { return false }
        return content[(k + 1)...].prefix(2).contains { j in
            let other = lines[j]
            guard other.distinctFace == true, other.headlineFace == line.headlineFace, line.isSetInTheSameType(as: other),
                  !isHeadlineShaped(other.text), let otherSpan = other.span else { return false }
            return abs(otherSpan.lowerBound - span.lowerBound) <= 0.25 && abs(otherSpan.upperBound - span.upperBound) <= 0.5
        }
    }

    /// In text: whether `line`, at a block's top, is the first line of a photo's caption, given
    /// the lines `under` it: the block closes with a photo credit within eight lines, and the two
    /// lines under it short of the caption's last, which may end short (its one line, if one) are
    /// as wide as it is, within one and a half Han characters, one of them holding clause or
    /// sentence punctuation (`靠绣制床上用品富裕起来的辽宁省` / `海城市耿庄镇东耿村年轻农家妇女` /
    /// `阎亚君，为了提高绣制水平，去年６`, photo-09 of seed 24): a caption's justified lines fill its
    /// measure from the first. A title over a caption stands shorter than its text
    /// (`江苏省宿豫县重视『菜篮子工程』`, photo-12 of seed 5; `开罗开辟埃及国内第一条步行街`, two
    /// characters short, photo-15 of the varied pages' seed 8), or wraps over lines that hold no
    /// clause (`贾庆林在北京经济` / `工作会上提出稳中` / `求进加快首都经济`, photo-01 of seed 1998).
    static func opensACaption(_ line: PageLine, over under: some Collection<PageLine>) -> Bool {
        guard line.size == nil, line.afterBlank else { return false }
        // Nine lines tell a block of eight from a longer one.
        let block = Array(under.lazy.prefix { !$0.afterBlank }.prefix(9))
        guard block.count >= 2, block.count <= 8, creditRange(block[block.count - 1].text) != nil else { return false }
        let full = block.count >= 3 ? block.dropLast(2).prefix(2) : block.prefix(1)
        return full.allSatisfy { abs($0.width - line.width) <= 3 } && full.contains { !isHeadlineShaped($0.text) }
    }

    /// Where the page's geometry is known: whether `line` is set flush right right under
    /// `above` (its top half an em to two and a half below that line's, not atop another column):
    /// it starts over 4 ems right of where that line starts and reaches at least as far right,
    /// but for an em (a signature, under a paragraph's last line).
    static func standsFlushRight(_ line: PageLine, under above: PageLine) -> Bool {
        guard let span = line.span, let aboveSpan = above.span, let top = line.top, let aboveTop = above.top,
              (0.5...2.5).contains(top - aboveTop) else { return false }
        return span.lowerBound > aboveSpan.lowerBound + 4 && span.upperBound >= aboveSpan.upperBound - 1
    }

    /// Short, at least four Han characters, no clause or sentence punctuation but a colon after
    /// a label of two to six Han characters (not `编者按：`, which opens an editor's note), and
    /// quotes and brackets that open and close on the line (an apostrophe before digits, `’97`,
    /// is none).
    static func isHeadlineShaped(_ text: String, fewestHan: Int = 4) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let han = scalars.filter { CharacterClass.isHan($0.value) }.count
        guard han >= fewestHan, scalars.count <= 40, !opensEditorsNote(text) else { return false }
        // `（桂望国 曹冬蓉）` alone on a line credits reporters; it is no headline.
        if let first = scalars.first, first == "（" || first == "(", scalars.last == "）" || scalars.last == ")" { return false }
        // Nor is a work a review lists (`矿工（石膏）（孙宝田）`).
        if text.wholeMatch(of: shownWork) != nil { return false }
        if scalars.contains(where: { SentenceSplitter.isTerminator($0) || "。，、,:".unicodeScalars.contains($0) }) { return false }
        // A colon only after a label of Han characters, a name or place (`英国认为：孤立伊朗并非
        // 上策`, `昆明：…`), or after a year (a kicker's `1997：竞技场上佳音频传`); not after a
        // lead's `…报道：` or a picture's number (`2：新战士…`).
        if let colon = scalars.firstIndex(of: "：") {
            let label = scalars[..<colon]
            let year = label.count == 4 && label.allSatisfy { CharacterClass($0.value) == .digit }
            guard (2...6).contains(colon), colon < scalars.count - 1, year || label.allSatisfy({ CharacterClass.isHan($0.value) }),
                  !text.contains("报道：") else { return false }
        }
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("「", "」"), ("‘", "’")]
        for (open, close) in pairs {
            var depth = 0
            for (k, s) in scalars.enumerated() {
                // `’97`: an apostrophe before a year's digits closes no quote.
                if s == "’", k + 1 < scalars.count, CharacterClass(scalars[k + 1].value) == .digit { continue }
                if s == open { depth += 1 } else if s == close { depth -= 1; if depth < 0 { return false } }
            }
            if depth != 0 { return false }
        }
        return true
    }

    /// Headline-shaped once a closing `？` or `！` is dropped and two phrases parted by one `，`
    /// (two Han characters or digits or more each: `1998，从平淡中开始`) are read as one: what a
    /// headline over a subtitle may be.
    static func isHeadlineShapedOverASubtitle(_ text: String) -> Bool {
        let closed = text.hasSuffix("？") || text.hasSuffix("！") ? String(text.dropLast()) : text
        let phrases = closed.split(separator: "，", omittingEmptySubsequences: false)
        guard phrases.count <= 2,
              phrases.allSatisfy({ $0.unicodeScalars.filter { CharacterClass.isHan($0.value) || CharacterClass($0.value) == .digit }.count >= 2 })
        else { return false }
        return isHeadlineShaped(phrases.joined())
    }

    /// Whether `line`, after a block break, cuts into a sentence the block before it left
    /// open, while clearly narrower than that block's last line: text carried on from a column
    /// end fills its column, so a short line there is the headline of the next story, printed
    /// where the column of the story before it broke off. Only for text without type sizes:
    /// where sizes are known, a headline is found by its size.
    static func interruptsSentence(_ line: PageLine, after previous: PageLine?) -> Bool {
        guard line.size == nil, line.afterBlank, let previous, previous.role == .text, !endsSentence(previous.text) else { return false }
        return standsNarrower(line, than: previous)
    }

    /// Whether the faces of both lines are known and one is the body's and the other not.
    static func isSetInAnotherFace(_ line: PageLine, than other: PageLine) -> Bool {
        guard let face = line.distinctFace, let otherFace = other.distinctFace else { return false }
        return face != otherFace
    }

    /// In text, the headline of the report whose dateline lead follows line `k` of `content`,
    /// where poppler goes on with another column right over it: line `k` and up to two lines
    /// above it (its first may stand after a blank line), each headline-shaped (`、` allowed;
    /// line `k` of three characters or fewer, a word's end, with the line above it),
    /// with no bracket (`急———（附图片1张）` closes a paragraph) and no title run in (a line holding
    /// two columns' text, `傅全有在总参军人代表大会上强 李鹏接见…`, stacked-09 of the page benchmark's
    /// varied seed 50, would lose its title), and sharing words with the report's opening passage
    /// (``PageReader/sharedWords(_:_:)`` at least 0.05). The first is no subtitle, and together
    /// they share more with the report than with the text above them. Without a blank line over
    /// them, that text breaks off inside a clause and no word runs across from it.
    /// `以色列外长宣布辞职` under `办单位打算在原定的 21 场`, over `新华社耶路撒冷 1 月 4 日` /
    /// `电（记者支林飞、戚德良）以色列外长利维 4 日宣布…` (mixed-15 of seed 24);
    /// `话剧再次成为热门话题艺术家、评论家在京聚会讨论` / `繁荣话剧艺术` (briefs-15). Nil when there is none.
    static func headlineOverTheReport(_ lines: [PageLine], _ content: [Int], _ k: Int) -> ClosedRange<Int>? {
        // The lines under `k` are not classified yet: all text, as the passage takes them.
        let report = PageReader.passage(from: k + 1, in: content.map { lines[$0] })
        // A headline's last line may hold no more than a word's end (`中科院完成整体定位建设科技国家` /
        // `队`, stacked-16 of seed 3): its words are those it makes with the line above, and it
        // heads nothing alone.
        let endsOnAWordsEnd = k > 0 && lines[content[k]].text.count <= 3 && !lines[content[k]].afterBlank
        func heads(_ j: Int) -> Bool {
            let text = lines[content[j]].text
            let words = j == k && endsOnAWordsEnd ? lines[content[j - 1]].text + text : text
            return lines[content[j]].role == .text && lines[content[j]].runInTitle == nil
                && isHeadlineShaped(words.filter { $0 != "、" }) && !text.contains("（")
                && PageReader.sharedWords(words, report) >= 0.05
        }
        guard heads(k) else { return nil }
        var top = k
        while top > 0, k - top < 2, !lines[content[top]].afterBlank, heads(top - 1) { top -= 1 }
        guard top < k || !endsOnAWordsEnd else { return nil }
        // A subtitle's headline stands over it (`要写得自然，更要活得认真` over `——天津作家、学者…`, mixed-08).
        guard !HeadlineAttachment.isSubtitle(lines[content[top]]) else { return nil }
        if !lines[content[top]].afterBlank {
            guard top > 0, case let above = lines[content[top - 1]], above.role == .text, !endsSentence(above.text), !endsClause(above.text),
                  !wordRunsAcross(above.text, into: lines[content[top]].text) else { return nil }
        }
        let headline = content[top...k].map { lines[$0].text }.joined()
        let textAbove = content[..<top].suffix(PageReader.passageLines).reversed().prefix { lines[$0].role == .text }
            .reversed().map { lines[$0].text }.joined()
        return PageReader.sharedWords(headline, report) > PageReader.sharedWords(headline, textAbove) ? top...k : nil
    }

    /// Whether `text` is clearly narrower than `other`: two columns (one Han character) or more,
    /// more than a justified line's play.
    static func standsNarrower(_ line: PageLine, than other: PageLine) -> Bool {
        line.width <= other.width - 4
    }

    /// A subtitle (副题) under a headline: led by a dash, one short phrase (`——访…总设计师龙乐豪`),
    /// in whatever face; with `clausesAllowed`, clauses parted by `，` too
    /// (`——查了三户都不合格，旧米充新米，缺斤又短两`), broken after one
    /// (`——勉励广大职工发挥工人阶级主力军作用，` / `为企业改革发展建功立业`, band-02 of the varied
    /// pages' seed 12), where elsewhere a dash and a comma open an item of the text. Led by two
    /// dashes exactly, it may hold clauses anyway: the paper sets a dash in its text three wide
    /// (`———第一个10年，实现群众体育…`; in the corpus 306 such dashes in bodies against 9 of two,
    /// 110 subtitles of two against 3 of three), a subtitle's two (`——查了三户都不合格，旧米充新米，
    /// 缺斤又短两`, band-10 of seed 24).
    static func isSubtitle(_ text: String, clausesAllowed: Bool = false) -> Bool {
        let scalars = text.unicodeScalars
        let clausesAllowed = clausesAllowed || (text.hasPrefix("——") && !text.hasPrefix("———"))
        guard text.hasPrefix("——") || text.hasPrefix("--"), scalars.count <= 40, clausesAllowed || !text.hasSuffix("，") else { return false }
        return !scalars.contains { SentenceSplitter.isTerminator($0) || (!clausesAllowed && $0 == "，") }
    }

    /// Whether content line `k` stands right under a subtitle's line (its first, `——…`, or one
    /// carrying it on in the same block: `——李鹏主持讨论并原则通过` / `《中华人民共和国土地管理法` /
    /// `（修订草案）》`, commentary-05 of the varied pages' seed 13).
    private static func continuesSubtitle(_ lines: [PageLine], _ content: [Int], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, lines[content[j]].role == .candidate {
            if isSubtitle(lines[content[j]].text, clausesAllowed: lines[content[k]].size != nil) { return true }
            guard !lines[content[j]].afterBlank else { return false }
            j -= 1
        }
        return false
    }

    /// A line that can carry on the headline line above it: headline-shaped but for length (one
    /// Han character is enough) and no wider than it — with the dashes leading a subtitle an em
    /// wide each, as its Han characters, where `dashesSetWide` (the page's type is known: in
    /// text, a list's items run on from dashes in the body too). Brackets are allowed in a line
    /// that closes a book title the line above left open (`——李鹏主持讨论并原则通过《中华人民共和国
    /// 土地` / `管理法（修订草案）》`, band-04 of the varied pages' seed 12); `clausesAllowed`, any
    /// mark but a sentence's end is, and no Han character is needed.
    static func continuesHeadline(_ text: String, _ above: String, dashesSetWide: Bool, clausesAllowed: Bool = false) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let closesTitle = leavesBracketOpen(above, opening: "《", closing: "》") && text.contains("》")
        let marks = clausesAllowed ? "" : closesTitle ? "。，、：,:" : "。，、：,:（）()"
        // A subtitle's last line may be a number alone (`——…地方财政收入增长` / `25.5%`).
        guard clausesAllowed || scalars.contains(where: { CharacterClass.isHan($0.value) }),
              !scalars.contains(where: { SentenceSplitter.isTerminator($0) || marks.unicodeScalars.contains($0) })
        else { return false }
        // `——海关去年征税九百四十亿` / `比上年增一成创历史最高纪录` (stacked-10 of the fifth seed).
        let dashes = dashesSetWide && isSubtitle(above, clausesAllowed: true) ? above.unicodeScalars.prefix { $0 == "—" }.count : 0
        return DisplayWidth.of(text) <= DisplayWidth.of(above) + dashes
    }

    /// Whether `text` is a note alone on who supplied a picture or text (`（新华社稿）`).
    static func isSourceNote(_ text: String) -> Bool { text.wholeMatch(of: LinePatterns.sourceNote) != nil }

    /// Whether `text` closes with the note that pictures go with the story (`…当务之急———（附图片1张）`).
    /// The paper prints it under a story's standfirst; in the corpus no story ends with it.
    static func closesWithPictureNote(_ text: String) -> Bool {
        text.firstMatch(of: LinePatterns.pictureNote) != nil
    }

    /// Whether the line ends a story with its reporters in brackets (`…解决。（张三 李四）`, or
    /// the bracket alone after a finished sentence): names only, no photo credit.
    static func closesWithReporters(_ text: String, afterFinishedSentence: Bool) -> Bool {
        guard let m = text.firstMatch(of: LinePatterns.closingBracket) else { return false }
        let names = m.1.unicodeScalars
        // A note on the picture (`（新华社发美联社照片）`, `（附图片1张）`), on the source
        // (`（新华社稿）`, `（以上由本报新闻信息供稿）`, under items that may go on) or on the text
        // (`（全文另发）`, `（待续）`, in a story that may go on) names no reporters.
        guard !["摄", "照片", "图片", "稿", "全文", "待续", "未完", "转第", "接第"].contains(where: m.1.contains), names.allSatisfy({ CharacterClass.isHan($0.value) || " 、·".unicodeScalars.contains($0) }) else { return false }
        // A note on the writer (`（作者为国家审计署办公厅主任）`, commentary-12 of the varied pages'
        // seed 23) signs the piece; it names no reporters.
        guard !isAuthorNote(text) else { return false }
        // Words no name is made of: a sentence in brackets (`（我真的喜欢你们这个站点）`, a reader's
        // line translated, band-02 of the varied pages' seed 10) closes nothing.
        guard !names.contains(where: { "的们这那是了吗呢吧".unicodeScalars.contains($0) }) else { return false }
        let before = Array(text[..<m.range.lowerBound].unicodeScalars)
        return before.allSatisfy { CharacterClass($0.value) == .space } ? afterFinishedSentence : Normalizer.endsSentence(before)
    }

    /// Whether `text` opens more brackets than it closes: round ones unless other marks are
    /// given (a book title's `《` and `》`).
    static func leavesBracketOpen(_ text: String, opening: String = "（(", closing: String = "）)") -> Bool {
        let scalars = text.unicodeScalars
        return scalars.filter { opening.unicodeScalars.contains($0) }.count > scalars.filter { closing.unicodeScalars.contains($0) }.count
    }

    /// Whether a line ends inside a sentence, at a comma, enumeration comma or colon.
    static func endsClause(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return "，、：,:".unicodeScalars.contains(last)
    }

    /// Whether `first` closes or continues a clause (`，` `、` `。` `：` `）` `”`…; not `’`), so a line
    /// opening with it runs on from the text before.
    static func opensWithAClauseMark(_ first: Unicode.Scalar) -> Bool { "，、。：；！？）」』”,;:)".unicodeScalars.contains(first) }

    /// Whether `text` opens inside a sentence, as no paragraph or headline does: with a mark
    /// that closes or continues one (`，` `、` `。` `：` `）` `”`…; not `’`, an apostrophe before a
    /// year), or one Han character and a mark inside or at the end of a sentence (`的，斯德哥尔摩是…`,
    /// `划。其主要目的…`; not a closing bracket: a headline wraps before its last word, `略』农行…`;
    /// not a list's `一、`).
    static func opensMidSentence(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(2))
        guard let first = scalars.first else { return false }
        if opensWithAClauseMark(first) { return true }
        guard scalars.count == 2, CharacterClass.isHan(first.value), "，、。：；！？".unicodeScalars.contains(scalars[1]) else { return false }
        // `一、` numbers an item of a list, which opens a paragraph.
        return !(scalars[1] == "、" && "一二三四五六七八九十".unicodeScalars.contains(first))
    }

    /// Whether a word of the dictionary runs across the break from `a` into `b` (`…参加抗震` /
    /// `救灾的…`, `…健全监督` / `机制…`): two to six Han characters, up to three on each side, not
    /// cutting through a commoner word on both sides (`…伊拉克议长` / `成像机…`: `长成` cuts
    /// through `议长` and `成像`; two headlines of a band, band-20 of the varied pages' seed 13).
    /// So does a number, its digits on both sides or its unit after the break (`…在全县2` /
    /// `0个乡镇…`, `…记录着100` / `个控制点…`, tabloid-08 and briefs-09 of seed 3).
    static func wordRunsAcross(_ a: String, into b: String, words: WordDictionary = .jieba) -> Bool {
        let tail = Array(a.unicodeScalars.suffix(3)), head = Array(b.unicodeScalars.prefix(3))
        guard let last = tail.last, let first = head.first else { return false }
        let isDigit = { (scalar: Unicode.Scalar) in CharacterClass(scalar.value) == .digit || isFullWidthDigit(scalar) }
        if isDigit(last), isDigit(first) || "个万亿元年月日名人次多余岁家件项位吨米%％".unicodeScalars.contains(first) { return true }
        let count = { (scalars: ArraySlice<Unicode.Scalar>) in words.count(of: String(String.UnicodeScalarView(scalars))) }
        for i in 1...tail.count {
            for j in 1...head.count {
                let n = count(tail.suffix(i) + head.prefix(j))
                guard n > 0 else { continue }
                let cutsBefore = (i + 1..<tail.count + 1).contains { count(tail.suffix($0)) > n }
                let cutsAfter = (j + 1..<head.count + 1).contains { count(head.prefix($0)) > n }
                if !(cutsBefore && cutsAfter) { return true }
            }
        }
        return false
    }

    /// Whether `text`, a line under the line `above`, ends a sentence (``endsSentence(_:)``),
    /// alone or, holding no opening bracket, with `above`: a reporters' credit or a note on the
    /// writer can wrap (`…演出。（宗` / `素华）`, `（四` / `川省达川市委安全东）`).
    static func endsSentence(_ text: String, after above: String?) -> Bool {
        endsSentence(text) || (!text.contains("（") && above.map { endsSentence($0 + text) } == true)
    }

    /// Whether a line ends with sentence-final punctuation (closing quotes and brackets allowed
    /// after it), or with a finished sentence and the reporters' names in brackets: `…演出。（宗素华）`,
    /// a writer's workplace too (up to 24 characters: `…之风。（江苏兴化棉纺织厂办公室唐锦禄）`).
    /// So does a line that is one quotation in corner brackets, set as a paragraph of its own
    /// (`『我天天都在网上看人民日报』` closing a story, band-12 of seed 24).
    static func endsSentence(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "『", scalars.last == "』", scalars.dropFirst().dropLast().allSatisfy({ $0 != "『" && $0 != "』" }) { return true }
        // A note in brackets after the sentence's end, inside its quotation marks or not
        // (`『Idoreallylikeyoursite！（我真的喜欢你们这个站点）』`), ends it.
        let beforeClosingQuotes = scalars.lastIndex { !"』”」’".unicodeScalars.contains($0) }.map { Array(scalars[...$0]) } ?? []
        if let last = beforeClosingQuotes.last, last == "）" || last == ")",
           let open = beforeClosingQuotes.lastIndex(where: { $0 == "（" || $0 == "(" }), beforeClosingQuotes.count - open <= 26 {
            if open == 0 { return true }
            scalars = Array(beforeClosingQuotes[..<open])
        }
        return Normalizer.endsSentence(scalars)
    }

    var isContent: Bool { role != .blank }
    var isFurniture: Bool { if case .furniture = role { return true } else { return false } }
}

extension PageLine.Furniture {
    var isSection: Bool { if case .section = self { return true } else { return false } }
    var isEditor: Bool { if case .editor = self { return true } else { return false } }
}
