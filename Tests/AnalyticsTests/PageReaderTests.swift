@testable import Analytics
import Foundation
import TestSupport
import Testing

/// The seed page read as an editor would, and the reader's promise that nothing is lost.
@Suite struct PageReaderTests {
    static func seed() throws -> PageReader.Page {
        let page = PageReader().read(try TestData.seedPage(), id: "seed")
        try #require(page.articles.count == 8)
        return page
    }

    @Test func seedPageHasItsEightPiecesInOrder() throws {
        let page = try Self.seed()
        #expect(page.articles.map(\.kind) == [.photo, .statement, .news, .news, .news, .news, .news, .commentary])
        #expect(page.articles.map(\.id) == (1...8).map { "seed-\($0)" })
        #expect(page.articles[1].byline == "区委常委、廿里镇党委书记 毛晓荣")
        #expect(page.articles[7].byline == "柏雷")
        #expect(page.articles[0].byline == "邵秀清 徐凌峰/摄")
        #expect(page.articles[2...6].map(\.lead) == [
            "本报讯（记者 刘威 李钱乾）", "本报讯（记者 刘威 李钱乾）", "本报讯（记者 丰莉莎 邵秀清）",
            "本报讯（记者 周万 邵秀清）", "本报讯（记者 林楠 徐家和）",
        ])
        #expect(page.articles[2...6].map(\.byline) == [
            "记者 刘威 李钱乾", "记者 刘威 李钱乾", "记者 丰莉莎 邵秀清", "记者 周万 邵秀清", "记者 林楠 徐家和",
        ])
        #expect(page.articles.filter { $0.kind != .news }.allSatisfy { $0.lead == nil })
    }

    @Test func headlinesPrintedApartFindTheirStories() throws {
        let a = try Self.seed().articles
        #expect(a[0].title == "项目建设 稳步推进")
        #expect(a[1].title == "推进产城融合大发展 加快建设城市副中心")
        #expect(a[2].title == "聚焦项目 大干快上 以项目建设助推经济社会高质量发展")
        #expect(a[2].kicker == "王慧杰在调研重点项目工作时强调")
        #expect(a[3].title == nil)
        #expect(a[3].displayTitle == "8月25日上午，衢江区现代社区建设工作推进会召开。")
        #expect(a[4].title == "衢江区召开安全生产工作部署会")
        #expect(a[5].title == "区政府召开第11次常务会议")
        #expect(a[6].title == "衢江区上半年35项民生实事项目实现“双过半”")
        #expect(a[7].title == "奏响高品质衢江城市建设最强音")
        #expect(a.filter { $0.kicker != nil }.count == 1)
    }

    @Test func everyPieceStartsAndEndsWhereItsStoryDoes() throws {
        let a = try Self.seed().articles
        let expected: [(String, String)] = [
            ("连日来，衢江区科教产业园（一期）项目加快建设进度", "目前正在进行装饰幕墙的施工。"),
            ("廿里是衢江区的中心镇，也是工业经济的主平台", "更好地服务群众，服务企业。"),
            ("8月26日上午，区委书记王慧杰调研重点项目工作时强调", "为区域经济社会的高质量发展贡献廿里力量。"),
            ("8月25日上午，衢江区现代社区建设工作推进会召开。", "汇报新建社区前期进展情况、存在问题及下步打算。"),
            ("8月28日下午，衢江区召开安全生产工作部署会", "切实守牢安全底线。"),
            ("8月26日下午，区委副书记、代区长贵丽青主持召开区政府第11次常务会议。", "又要服务群众文体生活。"),
            ("民生实事项目是推进民生改善的重要抓手。", "经得起检验的放心工程。"),
            ("幸福是什么？每个人都有自己的答案。", "切实把建设更高品质衢江的宏伟蓝图变为美好现实。"),
        ]
        for (article, (start, end)) in zip(a, expected) {
            #expect(article.body.hasPrefix(start), "\(article.id): \(article.body.prefix(40))")
            #expect(article.body.hasSuffix(end), "\(article.id): \(article.body.suffix(40))")
        }
        #expect(a[4].paragraphs.count >= 2)
        #expect(a.allSatisfy { !$0.sentences.isEmpty })
    }

    /// A page number with its section on one line (`第11版 国内新闻`) is the page's furniture,
    /// not a brief's run-in title: nothing of it is lost.
    @Test func aPageNumberLineIsNoRunInTitle() {
        let text = "第11版 国内新闻\n1998年1月5日\n本报讯 今天上午，全市召开会议。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.number == 11)
        let (missing, extra) = Self.difference(Self.han(of: text), Self.han(of: page))
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing), extra \(extra)")
    }

    /// A reference to another page broken inside its number (`（名单见１` / `２版）`, briefs-12
    /// of the varied pages' seed 12) closes the story: the line that ends the bracket is no page
    /// number.
    @Test func aPageReferenceClosingABracketIsNoPageNumber() throws {
        let text = """
        第10版 国内新闻
        １９９８年１月３日 星期六

        本报讯记者吴亚明报道：本报“我看香港回归”征文获奖作品日前评选揭晓。
        获二、三等奖的作者共１３人。（名单见１
        ２版）
        """
        let page = PageReader().read(text, id: "p")
        #expect(page.number == 10)
        try #require(page.articles.count == 1)
        #expect(page.articles[0].body.hasSuffix("（名单见12版）"), "\(page.articles[0].body.suffix(20))")
    }

    /// Numbered items of a picture report, the second signed by the agency (`…制作服装。（新华社发）`
    /// / `3、进入1月中下旬…`, stacked-06 of the varied pages' seed 12): the third goes on the
    /// report, under its headline.
    @Test func aNumberedItemAfterASignedOneGoesOnTheCollection() throws {
        let text = """
        图片新闻

        1、赞比亚居民最近开始在一些地方合作自建低价住房。图为首都卢萨卡郊区的男女青年用所学技术砌墙。
        2、15日，动物保护主义组织的成员在米兰商业区的一家商店橱窗里宣传动物保护，抗议使用动物皮
        毛制作服装。（新华社发）
        3、进入1月中下旬，埃及全国有6000多家商店纷纷开始了冬季商品大减价，以吸引消费者。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "图片新闻")
        #expect(page.articles[0].body.hasSuffix("以吸引消费者。"))
    }

    @Test func nothingOnTheSeedPageIsLost() throws {
        let text = try TestData.seedPage()
        let page = PageReader().read(text, id: "seed")
        let (missing, extra) = Self.difference(Self.han(of: text), Self.han(of: page))
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing), extra \(extra)")
        #expect(page.unassigned.isEmpty)
    }

    /// Random cuts, shuffled lines, doubled blank lines and stray bytes: the reader never
    /// crashes and every Han character still lands exactly once.
    @Test func fuzzedPagesNeverLoseACharacter() throws {
        let lines = try TestData.seedPage().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var generator = SplitMix64(seed: 20_220_829)
        let strays = ["。", "，", "“", "）", "（", "本报讯", "/ 摄", "柏雷", " ", "\t", "１２", "第7版", "1998年1月25日 星期日", "\u{3000}", "编者按：", "x"]
        for round in 0..<16 {
            var page = lines
            switch round % 4 {
            case 0:
                let cut = Int(generator.next() % UInt64(page.count))
                page = Array(round % 8 == 0 ? page.prefix(cut) : page.suffix(from: cut))
            case 1:
                page.shuffle(using: &generator)
            case 2:
                page = page.flatMap { $0.isEmpty ? ["", ""] : [$0] }
            default:
                for _ in 0..<12 {
                    let i = Int(generator.next() % UInt64(page.count))
                    let stray = strays[Int(generator.next() % UInt64(strays.count))]
                    page[i] = generator.next() % 2 == 0 ? stray + page[i] : page[i] + stray
                }
            }
            let text = page.joined(separator: "\n")
            let read = PageReader().read(text, id: "fuzz")
            let (missing, extra) = Self.difference(Self.han(of: text), Self.han(of: read))
            #expect(missing.isEmpty && extra.isEmpty, "round \(round): missing \(missing), extra \(extra)")
        }
    }

    @Test func pageFurnitureBecomesMetadata() throws {
        let text = "要闻\n1998年1月25日 星期日\n第7版\n\n本报讯（记者 张三）今天上午，\n全市召开会议。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.date == "1998-01-25" && page.number == 7 && page.section == "要闻")
        try #require(page.articles.count == 1)
        #expect(page.articles[0].page == 7 && page.articles[0].date == "1998-01-25")
        #expect(page.articles[0].body == "今天上午，全市召开会议。")
        #expect(page.unassigned.map(\.reason) == ["page furniture", "page furniture", "page furniture"])
    }

    /// A section's name may be set large at the top of a page (`评论`); a longer line at a
    /// headline's size next to the page number is the first story's headline (stacked-09 in
    /// the page benchmark), not a section.
    @Test(arguments: [("评论", "评论", nil), ("巧借东风上层楼", nil, "巧借东风上层楼")] as [(String, String?, String?)])
    func aLargeLineByThePageNumberIsASectionOnlyWhenShort(large: String, section: String?, title: String?) throws {
        let text = "第9版\n\(large)\n\n本报讯（记者 张三）今天上午，\n全市召开会议。\n"
        let styles: [LineStyle?] = [LineStyle(size: 1), LineStyle(size: 2), nil, LineStyle(size: 1), LineStyle(size: 1), nil]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.section == section && page.articles[0].title == title)
    }

    /// A short headline set large by the page number, its subtitle under it (`怀念` /
    /// `——毛主席纪念堂重新开放见闻`, feature-06 of the page benchmark's thirteenth seed), heads
    /// the first story: no section's name has a subtitle.
    @Test func aShortLineByThePageNumberOverASubtitleIsAHeadline() throws {
        let text = "第8版\n怀念\n——毛主席纪念堂重新开放见闻\n\n新华社记者王永治\n来自深圳的邱洪标今天早晨就赶到了纪念堂。\n"
        let styles: [LineStyle?] = [LineStyle(size: 1), LineStyle(size: 1.8), LineStyle(size: 1), nil,
                                    LineStyle(size: 1), LineStyle(size: 1), nil]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.section == nil && page.articles[0].title == "怀念")
    }

    /// In text with no type sizes, a section is named in a word or two (`社会`, `国内新闻`); a
    /// longer line by the date is the first story's headline (band-19 in the page benchmark).
    @Test(arguments: [("国内新闻", "国内新闻", nil), ("科技花开桐柏山", nil, "科技花开桐柏山")] as [(String, String?, String?)])
    func aLineByTheDateInTextIsASectionOnlyWhenShort(line: String, section: String?, title: String?) throws {
        let text = "第7版\n\n\(line)\n\n1998年1月14日\n\n本报讯（记者 张三）桐柏山区的科技\n示范工作今天开花结果。\n"
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.section == section && page.articles[0].title == title)
    }

    /// A page names its section once: a short headline set large and read right after the
    /// masthead's row that named it (`文化`, or `第2版 评论`, kept as the page's number; then the
    /// date, then `痛说赝品`, a side headline topping the first column: feature-17 of the feature
    /// pages' varied seed 17) heads the first story. Where the masthead names none, the line is
    /// still the section.
    @Test(arguments: [("第7版\n文化", "文化", "痛说赝品"), ("第2版 评论", nil, "痛说赝品"), ("第7版", "痛说赝品", nil)] as [(String, String?, String?)])
    func aShortHeadlineAfterTheSectionIsNamedIsAHeadline(masthead: String, section: String?, title: String?) throws {
        let text = "\(masthead)\n人民日报\n1998年1月4日 星期日\n痛说赝品\n\n赝品横行，是1997年艺术品拍卖中最为刺眼的一道“风景线”。\n"
        let rows = masthead.split(separator: "\n").count
        let styles = Array(repeating: LineStyle(size: 1), count: rows + 2) + [LineStyle(size: 2), nil, LineStyle(size: 1), nil]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.section == section && page.articles[0].title == title)
    }

    /// A headline's last line by the editor's line at the page's foot (`饱线` over `责任编辑：丁子`,
    /// band-04 of the varied pages' seed 15) is no section: a section is named by the masthead.
    @Test func aShortLineByTheEditorsLineIsNoSection() throws {
        let text = """
        第7版

        贵州采取得力措施，加大攻
        坚力度，去年又有１７４万贫困人
        口越过温饱线。德江、务川、天柱
        等１２个国家级贫困县基本解决温
        饱，农民人均纯收入１１００元。

        逐户摸底全力攻坚贵
        州１７４万人越过温
        饱线

        责任编辑：丁子
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.section == nil)
        #expect(page.articles[0].title == "逐户摸底全力攻坚贵州174万人越过温饱线")
    }

    @Test func editorsNoteIsKeptApartFromTheStoryAfterIt() throws {
        let text = "编者按：今年以来，各地积极探索，\n成效明显。\n\n本报讯（记者 张三）今天上午，\n全市召开会议。\n"
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.articles[0].kind == .news)
        #expect(page.articles[0].editorsNote == "编者按：今年以来，各地积极探索，成效明显。")
        #expect(page.articles[0].body == "今天上午，全市召开会议。")
    }

    /// An editor's note may be signed (commentary-04 in the page benchmark): the story under it
    /// is still the note's story, not a piece of its own.
    @Test func aSignedEditorsNoteStaysWithTheStoryUnderIt() throws {
        let text = "国商银行倒闭风波\n\n编者按：金融是现代经济的核心，保证金\n融安全万万不可掉以轻心。\n钟行\n这些金融事件的发生，固然有其外部\n原因，但主要的还是内部出了问题。\n"
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "国商银行倒闭风波")
        #expect(page.articles[0].editorsNote?.hasPrefix("编者按：金融是现代经济的核心") == true)
        #expect(page.articles[0].body == "这些金融事件的发生，固然有其外部原因，但主要的还是内部出了问题。")
    }

    /// Text with no type sizes: an editor's note set across its story's columns ends where the
    /// lines go back to a column's width after a finished sentence (commentary-17 of the page
    /// benchmark's seed 24); the story under it is its own, not the note's, and the report after
    /// keeps its headline.
    @Test func anEditorsNoteAcrossTheColumnsEndsWhereTheColumnsBegin() throws {
        let text = """
        推行股份制不可强求
        编者按：办任何事情，做任何工作，都应从本地区、本部门的实际情况出发，不能盲目行事。企业进行股份制改造，要从本企业的实际出发，因企制宜，决不可强求，更不能刮风。
        另外，企业实行股份制后，应切实按照股份制的要求规范运作，不能“换汤不换药”。希望这三封来信能给大家带来一点启示。
        目前，各地都在积极对企业进行股份制改造，进展较快。但
        是，笔者最近到一些企业调查发现，有些企业股份制改造
        存在不少问题，值得引起注意。

        城东新桥今日通车
        本报讯 城东新桥今天上午通车，新桥全长八百米。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles.map(\.title) == ["推行股份制不可强求", "城东新桥今日通车"])
        #expect(page.articles[0].editorsNote?.hasSuffix("希望这三封来信能给大家带来一点启示。") == true)
        #expect(page.articles[0].body == "目前，各地都在积极对企业进行股份制改造，进展较快。但是，笔者最近到一些企业调查发现，有些企业股份制改造存在不少问题，值得引起注意。")
    }

    /// Two stories under a row of headlines, printed one column after the other with no lead
    /// or signature between (commentary-04 and the band family in the page benchmark): the
    /// headline left over takes the story after the column break.
    @Test func aLeftOverHeadlineTakesTheStoryAfterAColumnBreak() throws {
        let text = "世锦赛中国队夺冠\n\n除恶英雄吴宏权\n\n本届世锦赛上中国队再次夺冠，队员\n们表现出色。\n\n一个英雄的名字传遍三湘四水，他就\n是见义勇为的吴宏权。\n"
        let display = LineStyle(size: 1.6, distinctFace: true), body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [display, nil, display, nil, body, body, nil, body, body, nil]
        let page = PageReader().read(text, styles: styles, id: "p")
        #expect(page.articles.map(\.title) == ["世锦赛中国队夺冠", "除恶英雄吴宏权"])
        #expect(page.articles.last?.body == "一个英雄的名字传遍三湘四水，他就是见义勇为的吴宏权。")
    }

    /// Text with no type sizes: one headline left over, sharing no words with any story, and one
    /// story left without a headline go together once the pieces are settled (commentary-03 of
    /// the page benchmark's seed 24: `高奏华夏浩歌` over a commentary on history, the headline of
    /// the story below it right above that story).
    @Test func inTextTheLastHeadlineGoesToTheLastStoryWithoutOne() throws {
        let text = """
        “灭人国者必先亡其史。”有史而不知史，是莫大的悲哀。
        为年轻的指战员提供历史读物，莫如编撰系列历史故事。

        高奏华夏浩歌

        待到山花烂漫时
        曾受业于徐悲鸿门下，又在砚田笔耕墨耘半个多世纪的孙其峰先生，享誉当代画坛。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles.map(\.title) == ["高奏华夏浩歌", "待到山花烂漫时"])
        #expect(page.unassigned.isEmpty)
        #expect(page.readings.first { $0.text == "高奏华夏浩歌" }?.reason.hasSuffix("the one headline left, for the one story left without one") == true)
    }

    /// A headline left over makes the reader try cutting stories at their column breaks; a
    /// signed story it tried to cut and kept whole still ends in its signature, its byline
    /// (commentary-12 of the benchmark's second seed).
    @Test func aStoryKeptWholeAfterATriedCutKeepsItsSignature() throws {
        let text = "世锦赛中国队夺冠\n\n救灾又见子弟兵\n\n东亚货币继续贬值\n\n小城的新年\n\n本届世锦赛上中国队再次夺冠，队员\n们表现出色。\n\n张北地震灾区又见子弟兵救灾，子弟\n兵星夜驰援灾区。\n\n子弟兵救灾视灾区为家乡，事迹感人。\n李德民\n"
        let display = LineStyle(size: 1.6, distinctFace: true), body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [display, nil, display, nil, display, nil, display, nil, body, body, nil, body, body, nil, body, body]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].title == "救灾又见子弟兵")
        #expect(page.articles[1].byline == "李德民")
        #expect(page.articles[1].body == "张北地震灾区又见子弟兵救灾，子弟兵星夜驰援灾区。\n子弟兵救灾视灾区为家乡，事迹感人。")
    }

    /// Text with no type sizes, a story opening with no lead under a one-line headline and
    /// running on to the page's end (mixed-12 in the page benchmark): justified lines fill
    /// their column, so a line far narrower that finishes no sentence is a headline.
    @Test func aNarrowLineAfterAFinishedStoryHeadsTheTextAfterIt() throws {
        let text = """
        本报北京1月6日讯记者艾笑报道：三种疫苗
        研制成功，保护率在百分之九十四以上，我
        国人类基因组研究也取得了丰硕的成果，
        被评为去年中国最有影响的医药科技大事。
        听听游子心里话
        故乡，有如母亲。云游四方也罢，羁旅他
        乡也罢，海内外游子心中的家永远在生养
        他的故乡。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("医药科技大事。"))
        #expect(page.articles[1].title == "听听游子心里话")
        #expect(page.articles[1].body == "故乡，有如母亲。云游四方也罢，羁旅他乡也罢，海内外游子心中的家永远在生养他的故乡。")
    }

    /// Text with no type sizes: a crosshead inside a story, no blank line before or after it,
    /// between two passages on one subject (briefs-17 of the page benchmark), is the story's.
    @Test func aCrossheadInsideTheTextBlockStaysInTheStory() throws {
        let text = """
        武定远，一名普通的基层指导员，把坚持不懈地学习
        马列主义作为人生的崇高追求，并运用学习成果引导
        官兵，带出了一个连年先进、全面过硬的中队。
        校正人生坐标
        透过武定远十多年撰写的两百多万字读书笔记，可以
        清楚地看到科学理论在他人生实践中发挥的作用，他
        不愧是理论的模范实践者，官兵的引路人。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.contains("中队。\n校正人生坐标"))
    }

    /// The crosshead's own words count in telling whether the text goes on with the subject
    /// (`菜篮子工程的提出` under a standfirst on the 菜篮子 project, the text under it on food
    /// prices: photo-15 of the page benchmark's seed 24, the passages' cosine 0.023 alone).
    @Test func aCrossheadSharingTheStorysWordsStaysInTheStory() throws {
        let text = """
        本报记者彭俊
        到１９９７年底，除了奶类和水果，我国
        肉、蛋、蔬菜、水产等农副产品的人均占有
        量均已达到或超过了世界人均水平。这一
        切，发生在中国这样一个刚刚解决温饱的
        发展中的人口大国，不能不说是一个奇迹。
        奇迹来自政府重视———要求“市长负责”
        抓“菜篮子”
        ，一抓就是十年；奇迹更来自改
        革的推动———菜篮子工程实施的十年，是
        中国农村经济改革逐渐走向深入、农业逐
        步走向市场的十年。改革给“菜篮子”建设
        注入了动力，
        “菜篮子”建设也为改革创造
        了良好的环境，为农村经济改革提供了丰
        富的实践经验。
        菜篮子工程的提出
        今天的家庭主妇们，恐怕仍然忘不了８０
        
        年代中期副食品价格高涨的那些日子。据
        统计，１９８７年全国副食品价格平均比
        上年上涨１３．８％，而１９８８年仅鲜菜
        的涨幅就高达３１．７％。
        菜价为什么那么高？怎样才能降下来？那段
        时间，广大市民，尤其是工薪阶层，每天见
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.contains("实践经验。\n菜篮子工程的提出"))
        #expect(page.articles[0].body.hasSuffix("每天见"))
    }

    /// Text with no type sizes: a name-shaped fragment of a line the extraction broke off
    /// (`研讨会得` / `到了…`, stacked-09 of the page benchmark), inside the text's block, is no
    /// signature: the story goes on.
    @Test func aFragmentOfABrokenLineIsNoSignature() throws {
        let text = """
        首届体育新闻传播战略研讨会，1月6日在北京画
        上了一个圆满的句号。
        研讨会得
        到了方方面面的支持，使与会者对体育新闻传播有了
        新的认识，研讨会开得很成功。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == nil)
        #expect(page.articles[0].body.hasSuffix("研讨会开得很成功。"))
    }

    /// Text with no type sizes: a line as short as a name under a finished sentence that no
    /// surname opens (`与人奋斗`, a headline, commentary-15 of the page benchmark) signs nothing.
    @Test func aShortLineNoSurnameOpensIsNoSignature() throws {
        let text = """
        前车之鉴
        去年 5 月，中央纪委专门就王树文徇私舞弊、收受贿赂案转发通报，要求各级领
        导干部要严于律己，管好自己的配偶和子女。
        王树文原是山东省日照市委书记，他的犯罪可以说与他的妻子徐峰丽有着十分密
        切的关系。徐峰丽原在市邮电局当宣传科长，因爱好文体活动，就“变副业为主
        业”，经常参与组织市里的大小文艺晚会等，并让电视台录像，大出风头。不久
        竟低职高挂，到市体委挂任副主任。因体委没有正主任，她实际上是“一把手”
        。

        与人奋斗

        ——为足球拾遗

        举步迈进 1998 年，难以忘却中国足球在过去一年里跌过的跤。关于失利的总结
        尚未完成，新的挑战已经来到面前，时不我待。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == nil)
        #expect(page.articles[0].body.hasSuffix("她实际上是“一把手”。"))
        #expect(page.articles[1].title == "与人奋斗")
    }

    /// A byline naming two reporters run together (`新华社记者王永治牛爱民`, mixed-20 of the page
    /// benchmark) is the lead whole: the names part into two opened by a surname each. Names
    /// that do not (`新华社记者今天从有关部门…`) stay the text's.
    @Test func aBylineOfTwoNamesRunTogetherIsTheLeadWhole() throws {
        let text = """
        驻藏部队援助西藏灾区

        西藏那曲发生特大雪灾后，驻藏部队及时将急需的
        物资送到灾民手中。图为运送救灾物资的某团战士
        与灾民们在一起。

        怀念
        ——毛主席纪念堂重新开放见闻

        新华社记者王永治牛爱民
        来自深圳的邱洪标今天早晨
        6 时 30 分就赶到了毛主席纪
        念堂北门，成为第一个在此排
        队等候的瞻仰者。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].title == "怀念")
        #expect(page.articles[1].lead == "新华社记者王永治牛爱民")
        #expect(page.articles[1].body.hasPrefix("来自深圳的邱洪标"))
        #expect(Surnames.splitsIntoNames("王永治牛爱民") && Surnames.splitsIntoNames("欧阳山李霞"))
        #expect(!Surnames.splitsIntoNames("今天从有关部门") && !Surnames.splitsIntoNames("王永治"))
    }

    /// A note on the writer alone in brackets, no comma in it (`（作者为国家审计署办公厅主任）`,
    /// commentary-12 of the varied pages' seed 23), signs the commentary: it is no bracket of
    /// reporters' names, and the body ends before it.
    @Test func aWritersNoteWithoutACommaSignsTheCommentary() throws {
        #expect(!PageLine.closesWithReporters("（作者为国家审计署办公厅主任）", afterFinishedSentence: true))
        #expect(PageLine.closesWithReporters("（陆君喜张冠军）", afterFinishedSentence: true))
        let text = """
        审计：实行监督的最好武器

        随着社会主义市场经济的发展，审计监督越来越重要。如果内部审计制度都建立和完善了，
        那么我们的管理水平和经济效益就会上一个新的台阶。

        （作者为国家审计署办公厅主任）
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == "（作者为国家审计署办公厅主任）")
        #expect(page.articles[0].body.hasSuffix("就会上一个新的台阶。"))
    }

    /// A sentence broken after its `第`, its next line opening with a page's number
    /// (`…第` / `十二版是市场专题。`, briefs-12 of the varied pages' seed 22), is the story's end,
    /// no page number: a section's name after a number holds no punctuation.
    @Test func aSentenceNamingAPageIsNoPageNumber() throws {
        #expect(PageLine.furniture("十二版是市场专题。") == nil)
        #expect(PageLine.furniture("第12版 经济周刊") != nil)
        let text = """
        出场的话

        老虎拉开了门帘，迈上1998年的舞台。经济
        周刊每周一出版。第九版是热门话题，第
        十二版是市场专题。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("第十二版是市场专题。"), "\(page.articles[0].body)")
    }

    /// Two desks' reporters in the bracket under a wire dateline that ends its line, the bracket
    /// closing two lines further on (`（中央人民广播电台记者李` / `涛，新华社记者王言彬、韩` /
    /// `振军）国务院总理…`, stacked-13 of the varied pages' seed 22): all of it is the lead's.
    @Test func twoDesksReportersInABracketOverThreeLinesAreTheLeads() throws {
        let text = """
        加快石油资源勘探开发

        新华社北京1月15日电
        （中央人民广播电台记者李
        涛，新华社记者王言彬、韩
        振军）国务院总理李鹏今天
        下午接见了石油天然气总公
        司工作会议的代表。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].lead == "新华社北京1月15日电（中央人民广播电台记者李涛，新华社记者王言彬、韩振军）")
        #expect(page.articles[0].body.hasPrefix("国务院总理李鹏今天"))
        // The second desk's word broken, its first character on a line of its own (`新` /
        // `华社记者…`, feature-10 of seed 24).
        let broken = """
        新华社北京１月１５日电
        （中央人民广播电台记者李涛，
        新
        华社记者王言彬、韩振军）国务院总理李鹏今天下午在接
        见中国石油天然气总公司工作会议代表时强调，石油工业
        要继续“稳定东部、发展西部”，加快陆上和海洋石油的
        勘探开发。
        """
        let read = try #require(PageReader().read(broken, id: "feature-10").articles.first)
        #expect(read.lead == "新华社北京1月15日电（中央人民广播电台记者李涛，新华社记者王言彬、韩振军）")
        #expect(read.body.hasPrefix("国务院总理李鹏今天下午在接见"))
        // The bracket closed at the end of its second line, past its first twelve characters
        // (stacked-15 of seed 24).
        let wide = """
        新华社北京１月１５日电
        （中央人民广播电
        台记者李涛，新华社记者王言彬、韩振军）
        国务院总理李鹏今天下午在接见中国石油
        天然气总公司工作会议代表时强调，石油
        工业要继续“稳定东部、发展西部”。
        """
        let closed = try #require(PageReader().read(wide, id: "stacked-15").articles.first)
        #expect(closed.lead == "新华社北京1月15日电（中央人民广播电台记者李涛，新华社记者王言彬、韩振军）")
        #expect(closed.body.hasPrefix("国务院总理李鹏今天下午在接见"))
    }

    /// The reporters' bracket under a wire dateline, broken after its first character and naming
    /// no `记者` (`（李` / `礼章、刘建新）春节前夕…`, stacked-09 of the page benchmark), is the lead's.
    @Test func reportersNamedAloneInABracketBrokenAfterItsFirstCharacterAreTheLeads() throws {
        let text = """
        广东完善优抚制度

        据新华社广州１月１５日电
        （李
        礼章、刘建新）春节前夕，广东
        省各地基层民政部门，
        将一笔笔
        数目可观的优待金送到了义务兵家中。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].lead == "据新华社广州1月15日电（李礼章、刘建新）")
        #expect(page.articles[0].body.hasPrefix("春节前夕，广东省各地"))
    }

    /// Text with no type sizes: a brief's title set apart by a blank line under a finished
    /// sentence (`致读者`, briefs-14 of the page benchmark) heads the brief under it, short as
    /// both are: no line the extraction broke at a gap is set apart by a blank line.
    @Test func aShortTitleAfterABlankLineHeadsTheTextUnderIt() throws {
        let text = """
        １９９７九个机场相继竣工通航

        据介绍，在刚刚过去的一年里，我国邮政

        网新开通了４条快速干线汽车邮路和１２
        条普件汽车邮路以及两条自办航空邮路，
        新建、续建３０个邮件处理中心。目前，
        我国安装信函自动分拣设备的城市达４４
        个，邮政电子化支局达到７５００个。
        ９０年代以来，我国邮政初步建立起支撑
        邮政网络运行的综合计算机系统。邮政业
        务领域进一步扩大，在稳步发展信函、包
        裹、汇兑、报刊发行等传统业务的同时，
        积极发展特快专递和邮政储蓄业务，并相
        继开发了广告信函、商品邮购、国际汇兑
        等多种新型业务。

        致读者
        《社会周刊》今天和读者见面了！
        时光如梭。去年这个时候，
        我们向读者《再
        献真诚》的致辞还言犹在耳，转眼间，我
        们的脚步已迈进了１９９８年。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == nil)
        #expect(page.articles[0].body.hasSuffix("等多种新型业务。"))
        #expect(page.articles[1].title == "致读者")
        #expect(page.articles[1].body.hasPrefix("《社会周刊》今天和读者见面了！"))
    }

    /// Text with no type sizes: a story's first column broken off mid-sentence, another story,
    /// then the rest of the first (band-03 of the page benchmark, poppler reading one row of
    /// columns across stories): the untitled block goes on the open story whose words it shares.
    @Test func aBlockLeftUntitledGoesOnTheStoryThatBrokeOffMidSentence() throws {
        let text = """
        走出交通肇事后的误区

        我们在司法实践中发现，交通肇事发生后，肇事司机
        由于法制观念淡薄和缺乏法律知识，经常步入误区。
        误区一：交通肇事发生后，肇事司机逃逸肇事现场，
        企图逃避因肇事而承担的法律和赔偿责任。如前年１１

        本报北京一月十日讯新华社记者韩振军报道：
        我国陆上石油工业在过去一年中取得重大成绩。

        月１４日中午，南阳市官庄镇农民李某驾驶汽车肇事
        后逃逸，肇事司机步入法律的误区，加重了责任。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "走出交通肇事后的误区")
        #expect(page.articles[0].body.contains("如前年11月14日中午"))
        #expect(page.articles[0].body.hasSuffix("加重了责任。"))
        #expect(page.articles[1].body == "我国陆上石油工业在过去一年中取得重大成绩。")
    }

    /// Text with no type sizes: a story's first column ending on a finished sentence, another
    /// story, then the rest of the first (tabloid-05 of the page benchmark's seed 24): the untitled
    /// block goes on the story it shares its words with, a column breaking where a sentence ends
    /// too.
    @Test func aBlockLeftUntitledGoesOnTheStoryWhoseColumnEndedASentence() throws {
        let text = """
        难忘南极风雪夜
        ——致中国科学院武汉分院副院长吕纯操
        本报记者温红彦
        两年前，一位曾去过南极的朋友就给我讲
        述过你的故事：中国科学院武汉分院有位
        叫吕纯操的研究员，八年间七下南极，在
        1158 个日夜中，历尽艰辛，出色地完成了
        科考任务，归来后却遭受了家庭的不幸。

        升官岂可带走公物
        报载，山东省菏泽地区严把单位、部门干
        部升迁公物处理关，干部调动时，上任不
        接糊涂班，离任不交马虎账，全地区采取
        措施，追缴调动干部账外公物，如桌椅、
        沙发、手机、BP 机等，价值约 288.75
        万元。

        前不久，在北京召开的中国科学院跨世纪
        年轻人才代表会上，我见到了你。
        早晨的中国科技会堂阳光厅，色调一如它
        的名字那样亮丽。朝阳透过穹隆式天窗，
        从你的肩上升起。我走过去说明来意，你
        顿时面带难色，局促地从沙发中站起。虽
        然事先有约，你还是不太愿意讲自己的成
        绩。当我们再次落座，谈到科学考察的意
        义，谈起南极科考的风险和收获，你沉静
        的目光渐渐地将我带进了冰雪南极。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "难忘南极风雪夜")
        #expect(page.articles[0].body.contains("家庭的不幸。前不久，在北京召开的中国科学院"))
        #expect(page.articles[0].body.hasSuffix("带进了冰雪南极。"))
        #expect(page.articles[1].title == "升官岂可带走公物")
        #expect(page.articles[1].body.hasSuffix("万元。"))
    }

    /// Text with no type sizes: the rest of a story read before its headline and first column
    /// (briefs-01 of the page benchmark's seed 24, poppler reading a lower block of the column
    /// first): the untitled block goes on the later story that broke off mid-word (`泰国爆` /
    /// `发金融危机`), not on the finished brief above it, nor stands as a story of its own.
    @Test func aBlockReadBeforeItsStoryGoesOnTheStoryThatBrokeOffMidWord() throws {
        let text = """
        １９９３年１０月至１９９５
        年间，张洪斌、张泽田利用职务
        之便，为招生计划和解决学校
        生源问题，收受学校和个人好
        处费６８０００元。李树清侵吞公款１３
        ９２０３元，已全部追缴。樊本
        奎侵吞公款５００００元，已
        全部追缴。

        发金融危机，旅游业受到影响。
        泰国政府开展神奇旅游年的目
        的就是为了吸引更多的外国游
        客，增加外汇收入，振兴经济。
        预计持续两年的神奇旅游年将

        吸引１６００万外国游客，为
        国家创汇６０００亿铢（约合
        １５０亿美元）
        。

        盼神奇旅游显神威
        ——访泰国旅游机构总裁舍里
        本报驻泰国记者成元生国际广
        播电台记者陆永江
        在９８—９９神奇泰国旅游年
        拉开帷幕之际，泰国旅游机构
        总裁舍里·旺派集在皇家田广

        场临时搭起的办公室里愉快地
        接受了中国记者的专访。
        舍里总裁对记者说，旅游业在
        泰国国民经济中占有重要地位，
        但１９９７年下半年，泰国爆
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == nil)
        #expect(page.articles[0].body.hasSuffix("已全部追缴。"))
        #expect(page.articles[1].title == "盼神奇旅游显神威")
        #expect(page.articles[1].body.contains("泰国爆发金融危机，旅游业受到影响。"))
        #expect(page.articles[1].body.hasSuffix("（约合150亿美元）。"))
    }

    /// A story's rest read before its start, where the start breaks off inside a number
    /// (`…他们在全县２` / `０个乡镇都设立了…`, tabloid-08 of the page benchmark's seed 3, lines 40–79):
    /// the rest goes on the story though the two share few words (0.17).
    @Test func aStorysRestReadEarlyGoesOnItThoughTheyShareFewWords() throws {
        let text = """
        起自己的创业历程，深有感触地说：“下岗
        并不可怕，可怕的是不能从陈旧的观念中解
        放出来。”目前他所创办的安庆家庭服务社
        已吸收４６名下岗青工就业，每天为近百名
        小孩上、下学提供接送服务。

        ０个乡镇都设立了科技信息网，发展科技信
        息员３００名，先后为农民发放各种科技书
        籍５万册。旱垣地区凹底镇科技信息员张
        海泉来信反映，本镇发展果园１．５万亩，因
        果农缺乏管理知识，苹果效益不佳。书店副
        经理任随意和业务主任柴俊民很快与北京
        有关出版社联系，购回了《红富士生产栽培
        技术》
        、
        《苹果修剪图集》等万余册书籍送到
        该镇。二是把“送书下乡”与建立农村图书

        室结合起来，营造“百村书库”工程，通过捐
        书、送书，引导购书等多种渠道和方式，使
        全县３４２个村都建起了以学校为依托的
        农民自己的图书室。三是把“送书”、“用
        书”结合起来，在“用”字上下功夫，注重提
        高科技下乡的实际效果。如今，这个乡养殖
        业迅猛发展，户均养猪５头，养牛２头，人
        均养羊８只，仅此一项，年人均增收３００
        余元。（张岸涛裴双喜郝建平）

        闻喜营造百村书库
        本报讯山西省图书发行先进单位闻喜县新
        华书店持之以恒开展图书下乡活动，力度大，
        工作实，有力地促进了农村两个文明建设。
        闻喜县新华书店共有２６名干部职工。近
        年来，他们针对广大农民渴望知识、重视科
        技的实际，积极开展送书下乡活动。他们一
        是坚持把“送书下乡”与农村奔小康、经济
        发展和扶贫攻坚紧密结合，为农村中心工作
        服务，为农民群众致富服务。他们在全县２

        共享喜悦
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].title == "闻喜营造百村书库")
        #expect(page.articles[1].body.contains("他们在全县20个乡镇都设立了科技信息网"))
        #expect(page.articles[1].body.hasSuffix("年人均增收300余元。（张岸涛裴双喜郝建平）"))
    }

    /// A story's rest read before its start, where poppler broke the start's last line at a
    /// change of font (`《虎` / `踞钟山》以生动的情节…`, mixed-02 of the page benchmark's seed 61,
    /// lines 163–227): the line need not fill its column for the story to be open to its rest.
    @Test func aStorysRestReadEarlyGoesOnItWhereItsLastLineStopsShort() throws {
        let text = """
        如何使赞助一体化可通过四种
        方式：推广、娱乐、奖励和交流，
        这样可以最大限度发挥赞助效
        应。一定要有一些活动将产品
        和赞助联系起来。同时，考虑
        其他推广活动相结合。有选择
        余地的话，让员工参与的项目
        赞助也是赞助一体化的方式之
        一。

        踞钟山》以生动的情节，感人
        的形象教育我们要发扬革命优
        良传统，保持昂扬向上的精神
        状态，真正做到拒腐防变，永
        葆本色。
        《虎踞钟山》连续两次晋京演出，
        驻京部队广大官兵一直是热心
        的观众。海军、空军、二炮、国
        防科工委、军事科学院和北京
        军区的许多干部战士深有感触

        地说，舞台上刘伯承、杨震、甘
        有根、崔保山等一批栩栩如生、
        性格鲜明的艺术形象深深地打
        动了我们，使我们在艺术享受
        的过程中得到许多启发，部队
        欢迎这样的好作品。

        部队官兵盛赞《虎踞钟山》
        据新华社北京 1 月 11 日电
        （记
        者周志方、赵秀娟）观看过大型
        话剧《虎踞钟山》的南京军区、
        广州军区和驻京部队的干部战
        士盛赞这是一部弘扬主旋律的
        优秀作品，有着重要的现实意
        义。
        《虎踞钟山》最早在南京军区
        部队中演出。军区机关干部战
        士观看后与主创人员进行了座

        谈。
        大家认为，这部作品通过讲述
        建国初期刘伯承到南京创办
        军事院校的故事，歌颂了老一
        辈革命家的远见卓识，对我们
        今天的军队建设有许多重要启
        示。
        官兵们说，这部作品没有简单
        地回顾历史，而是将历史和现
        实在舞台上有机地衔接起来，

        回答了两个时代的一个共同主
        题，发人深思，催人奋进，是
        一台弘扬时代主旋律的好戏。
        在广州第五届中国戏剧节期
        间，
        《虎踞钟山》剧组到广州军
        区进行慰问，深深地打动了驻
        守改革开放前沿地区的广大官
        兵。官兵们说，在社会主义市
        场经济的大潮中，我们这支胜
        利之师也面临着新的考验。
        《虎
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("赞助一体化的方式之一。"))
        #expect(page.articles[1].title == "部队官兵盛赞《虎踞钟山》")
        #expect(page.articles[1].body.contains("我们这支胜利之师也面临着新的考验。《虎踞钟山》以生动的情节"))
        #expect(page.articles[1].body.hasSuffix("部队欢迎这样的好作品。"))
    }

    /// A story's rest read before its start, sharing few words with it, where a word runs
    /// across the break (`…蒙特利尔各医院人满为患。患` / `者中除在冰雪中摔伤…`, stacked-20 of the page
    /// benchmark's seed 24, lines 70–90 and 143–185 with the story's middle left out).
    @Test func aStorysShortRestReadEarlyGoesOnItWhereAWordRunsAcross() throws {
        let text = """
        谈起亚洲的两支参赛队，彭绍
        荣认为，
        哈萨克斯坦队以力量见
        长，是中国队的主要对手；伊朗
        队由前苏联队的教练执教，
        近年
        有进步，实力不可忽视。

        者中除在冰雪中摔伤和冻伤的
        人以外，
        还有煤气中毒和食物中
        毒的人，
        因为有人用露营的取暖
        设备在室内取暖而中毒；
        有人食
        用冰箱内原有的变质食品而上
        吐下泻。更让医生们着急的是，
        不少患者在诊治后仍留在医院
        不走，理由很简单：不愿回到又
        冷又没电的家中。

        冰暴袭击蒙特利尔
        本报驻加拿大记者邹德浩
        １月６日至１０日，
        罕见的冰暴
        袭击加拿大名城蒙特利尔，
        使整
        座城市几近瘫痪，
        灾情波及整个
        魁北克省。加拿大气象专家说，
        由于厄尔尼诺现象，
        来自南方的
        强暖流与来自北方的冷空气在
        较低的海平面和地面上空停留，
        从上层暖气团降落的雨水在未
        到达地面之前就全部变成了冰，
        魁北克省部分地区一天之内降
        冰达８０多毫米，降冰量之多、
        密度之大和持续时间之长，
        为近
        半个世纪以来所罕见。

        冰暴袭来时，
        １６座高压电力输
        送铁塔在积冰的重压下倒塌，
        结
        果造成魁北克省有史以来最大
        面积停电，
        １００多万个家庭因
        停电而无法取暖，
        蒙特利尔市区
        主要道路被封闭，
        通往市区的大
        部分桥梁都因安全问题而封闭，
        学校停课，商店关门。
        在断电期间，位于市中心的杂
        货商店，
        除有少量蔬菜和杂货以
        外，
        肉类和冷冻食品都因冷藏柜
        断电而无货可售，
        各餐馆内烛光
        如豆，纷纷停业。
        蒙特利尔各医院人满为患。患
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("实力不可忽视。"))
        #expect(page.articles[1].title == "冰暴袭击蒙特利尔")
        #expect(page.articles[1].body.contains("蒙特利尔各医院人满为患。患者中除在冰雪中摔伤和冻伤的人以外"))
        #expect(page.articles[1].body.hasSuffix("不愿回到又冷又没电的家中。"))
    }

    /// A band of headlines at the page's foot, after the last story's finished text and a blank
    /// line, poppler reading its rows across the headlines (band-10 of the page benchmark's seed
    /// 24, lines 195–276, the two stories before the band): the band heads the stories; it had
    /// gone on the last story's text, and the stories had no headline.
    @Test func aBandAtThePageFootHeadsTheStoriesAboveIt() throws {
        let text = """
        本报北京１月７日讯记者唐维
        红报道：团中央书记处第一书
        记李克强在今天召开的实施再
        就业工程座谈会上指出，各级团
        组织要培养更多的青年兴业领
        头人，推动他们去开拓市场，创
        造新的就业机会，为再就业工程
        做贡献。
        引导、扶持和培养一批青年兴
        业领头人兴办股份制、股份合
        作制、合伙和个体等多种形式
        的企业，直接吸纳下岗青工就
        业，是团组织参与实施再就业工

        程的重要形式。作为兴业领头
        人的代表，１０位青年在座谈会
        上介绍了他们带领下岗青工艰
        苦创业的感人事迹。
        １９９６年从安阳机床厂下岗
        的王保庆谈起自己的创业历程，
        深有感触地说： “下岗并不可
        怕，可怕的是不能从陈旧的观念
        中解放出来。”目前他所创办的
        安庆家庭服务社已吸收４６名
        下岗青工就业，每天为近百名小
        孩上、下学提供接送服务。

        本报北京１月９日讯记者赵志
        文报道：记者从海关总署获悉，
        １９９７年，我国外贸进出口总
        值达３２５０．６亿美元，比１
        ９９６年
        （下同）
        增长１２．１％，
        成为自１９８３年以来连续第
        十五个增长年。其中出口１８
        ２７亿美元，增长２０．９％；进
        口１４２３．６亿美元，增长２．
        ５％。贸易顺差突破４００亿美
        元，达４０３．４亿美元。全年
        对外贸易有如下几个特点：
        出口快速增长，成为推动我国经
        济增长的重要力量。１９９７
        年，我国外贸增长１２．１％，高

        于全球贸易约７％（世界贸易组
        织预测）的增长速度。全年出口
        增长速度高达２０．９％，为１
        ９８０年以来的第四个增长幅
        度超过２０％的年份。在推动
        经济发展的投资、消费和出口
        三大因素中，１９９７年的外贸
        出口成为我国经济保持快速增
        长的重要力量。因受下半年开
        始的东南亚金融危机等的影响，
        我国外贸出口明显受阻，下半年
        出口增长速度降为１７．１％，
        比上半年２６．３％的增长幅度
        低９．２个百分点。

        国务院召开第６５次常务会议
        印尼盾汇率缘何狂跌 ——李鹏主持讨论并原则通过《中华人民共和国土地管
        理法（修订草案）》
        不止
        国家科技领导小组召开 世界游泳锦标赛预赛中国选手一
        路顺风
        会议

        杨丽华：蓝天“金凤凰”

        团组织参与再就业工程的重
        要形式
        ——培养青年兴业领头人

        ——李鹏总理主持审议并原则通过国家科委关于
        加速科技进步汇报提纲等

        我国对外贸易持续增长去年
        进出口总值逾三千二百五十
        亿美元

        责任编辑：刘亮明
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "团组织参与再就业工程的重要形式")
        #expect(page.articles[1].title == "我国对外贸易持续增长去年进出口总值逾三千二百五十亿美元")
        #expect(page.articles[1].body.hasSuffix("低9．2个百分点。"))
    }

    /// A band's headlines printed side by side, read row by row (band-10 of the page benchmark's
    /// seed 24: lines 105–119 and 175–194, two stories with their middles left out, and the band's
    /// row at lines 259–261): the row is cut into its two headlines, and each line under it goes
    /// on the headline a longer word runs across from (`一` / `路顺风`; `召开` / `路顺风` runs `开路`),
    /// else on the other. They had been read as one headline, heading the first story.
    @Test func headlinesPrintedSideBySideInABandAreCutApart() throws {
        let text = """
        新华社北京１月８日电（中央人
        民广播电台记者李涛、新华社记
        者张宿堂）国务院总理、国家科
        技领导小组组长李鹏昨天下午
        主持召开了国家科技领导小组
        第四次会议。会议审议并原则
        通过了国家科委《关于贯彻十五
        大精神，深化科技体制改革，加
        速科技进步的汇报提纲》，国家
        计委、国家科委拟订的《全国科
        技发展“九五”计划和２０１０
        年远景目标纲要（草案）
        》
        ，还就
        有关议题进行了讨论。
        国家科技领导小组副组长温家
        宝、宋健和国家科技领导小组
        其他成员出席了会议。

        本报珀斯１月９日电记者许立
        群报道：第八届世界游泳锦标赛
        今天没有奖牌产生。在男子一
        米板预赛中，中国选手周义霖和
        余卓成顺利过关，分列第一、二
        位。
        从预赛情况看，周义霖和余卓成
        状态良好。两人没有给对手任
        何机会，连得高分。有了这个双
        保险，估计明天该项金牌将落入
        中国队囊中。
        在今天进行的花样游泳双人技
        术预赛中，我国选手李敏和龙艳
        发挥正常，排在第六位，李敏还
        在单人自由预赛中名列第七。

        国家科技领导小组召开 世界游泳锦标赛预赛中国选手一
        路顺风
        会议
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles.map(\.title) == ["国家科技领导小组召开会议", "世界游泳锦标赛预赛中国选手一路顺风"])
        #expect(Self.han(of: page) == Self.han(of: text))
    }

    /// A band at the page's foot whose first line poppler printed as a run-in title and its text
    /// (`莫让国资再“流血”本溪钢铁集团公司新 报刊传递金信息报刊`, band-13 of the page benchmark's seed
    /// 62, lines 228–276): the band's line is whole, run-in title and all (its headlines had lost
    /// the title's characters where another of the line's headlines headed a story).
    @Test func aBandAtThePageFootKeepsItsFirstLineWhole() throws {
        let lines = """
        本报北京１月１１日讯记者江
        世杰报道：去年我国黄金生产
        取得前所未有的好成绩，共计
        完成黄金产量１６６．３吨，是
        计划指标的１．６６倍，比１９
        ９６年增长３７．９％，提前３
        年实现“九五”末期年产黄金１
        ５０吨的目标。

        挖掘企业内部潜力，充分发挥
        现有生产能力等因素之外，一
        个重要原因是市场机制、价格
        杠杆真正起了作用。他介绍说，
        去年国际市场的金价一路下跌，
        我国的黄金收购价格也随之两
        次下调，但仍高于国际市场。黄
        金企业普遍认为我国金价将继

        续下调，于是将历年积存在工
        艺流程中或保险柜里的黄金尽
        数交售，这部分约有２０吨左
        右。
        新任冶金部副部长吴建常，也
        出席了情况通报会。

        冶金部黄金管理局局长王德学
        在日前举行的黄金工业情况通
        报 会 上 说： 对 黄 金 行 业 来 说，
        １９９７年是困难重重的一年，
        黄 金 产 量 之 所 以 大 幅 度 增 长，
        除了全行业结合自身条件认真
        学习邯钢经验，加强地质勘探
        和基建、技改工作，下大力气

        莫让国资再“流血”本溪钢铁集团公司新 报刊传递金信息报刊
        ——上海市检察机关查处国有资产流失犯
        引导致富路清丰农村
        领导班子上任后
        罪述评
        ——封车堵嘴补漏

        １９９７年全国产金
        １６６吨提前三年实
        现“九五”计划目标

        沟通你和我

        党员成为“报发户”
        """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (_, headlines, _) = PageReader.segment(PageLine.classify(lines))
        let band = try #require(headlines.last)
        #expect(band.first?.text == "莫让国资再“流血”本溪钢铁集团公司新 报刊传递金信息报刊")
        #expect(band.first?.runInTitle == nil)
        #expect(band.last?.text == "党员成为“报发户”")
    }

    /// In text, a headline of two phrases parted by a comma, alone between blank lines after a
    /// finished brief (briefs-15 of the page benchmark's seed 24, lines 33–66): it heads the story
    /// it names; it had been read as text and gone on the end of that story.
    @Test func aHeadlineOfTwoPhrasesAloneBetweenBlankLinesHeadsItsStory() throws {
        let text = """

        第８版

        要写得自然，更要活得认真

        本版简讯
        海南超额完成人民日报发行任
        务 本报海口１月２日电记者
        鲍洪俊、吴刚报道：截至１９９
        ７年１２月３１日，海南省１
        ９９８年人民日报的发行量比
        去年同期增长６个百分点。至
        此，本报在海南省的发行已连
        续３年保持稳中有升。

        １９９８年１月４日 星期日

        ——天津作家、学者谈名人自传
        本报记者陈杰
        不久前，
        《今晚报》文化部邀集
        天津一些作家、学者，研讨名人
        传记的文化内涵、走俏的社会
        心理背景。
        在研讨会上，天津市文联主席
        冯骥才以倪萍自传体散文《日
        子》为例，说这样的书以朴素得
        近乎说话的方式述说了演艺界
        明星不轻松的生活内容。这是
        一个活得十分认真又十分使劲
        的人。
        名人通常给人的只是一个平
        面，后面的东西不为人知，所
        以别人写当然不如名人自己站
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].title == "要写得自然，更要活得认真")
        #expect(page.articles[1].body.hasSuffix("所以别人写当然不如名人自己站"))
    }

    /// A note on the source right under the credit closing a picture's caption (`（周文广摄）` /
    /// `（新华社稿）`, mixed-06 of the page benchmark's seed 24, lines 17–61): the caption's; it had
    /// opened a piece, and the rest of the story broken off above (`…报名参加地委组织部组` /
    /// `织的全区统一考试…`) stood apart under it.
    @Test func aSourceNoteUnderACaptionsCreditIsTheCaptions() throws {
        let text = """

        培养扎根乡土的“科班”人才信阳把
        千余村干部送入高校
        本报讯把学历教育延伸到村级
        干部，这是河南信阳地区最近
        加强农村基层干部队伍建设的
        重要举措。目前，该地区共有
        1570 名来自村村落落的村级
        及其后备干部，在河南大学、信
        阳师院、豫南农专等高校接受
        为期两年的脱产大专班学习。
        信阳地区这项工作是从 1997
        年 9 月底开始的，共有 2188
        人踊跃报名参加地委组织部组
        胡宁同志逝世
        新华社北京 1 月 13 日电中国
        科学院院士，北京大学物理系
        教授、原北京大学理论物理研
        究所所长，中国科学院高能物
        理研究所和理论物理研究所研
        究员，著名物理学家胡宁同志，
        因病医治无效，于 1997 年 12
        月 26 日在北京逝世，享年 81
        岁。
        灾后第一顿热饭
        一月十四日中午，一批仿蔬菜
        大棚结构保温简易房在河北地
        震 灾 区 张 北 县 烂 石 山 村 建 成。
        这是搬进保温简易房的武立天
        一家吃上了震后的第一顿热饭。
        （周文广摄）
        （新华社稿）

        织的全区统一考试，被择优录
        取 的 学 员 大 多 是 农 村 有 见 识、
        有文化的优秀青年。地委对他
        们寄予厚望：希望从这里走出
        的“科班”人才能够真正成为
        各村带领群众脱贫致富奔小康
        的“领头雁”
        。另外，信阳地委
        还计划用 3 年时间，通过这种
        培训，使全区 10 县市每村都
        有 1 至 2 名村级干部或村级后
        备干部达到大专文化程度。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 3, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.contains("报名参加地委组织部组织的全区统一考试"))
        #expect(page.articles[2].title == "灾后第一顿热饭")
        #expect(page.articles[2].byline == "（新华社稿）")
        #expect(Self.han(of: page) == Self.han(of: text))
    }

    /// A story's rest opening right under another story's headline and subtitle, printed where
    /// its column broke, no blank line between (photo-02 of the page benchmark's seed 3, lines
    /// 87–93 and 134–169): it goes on the story, though no blank line stands above it.
    @Test func aStorysRestRightUnderAnotherStorysHeadlineGoesOnIt() throws {
        let text = """
        杨丽华：蓝天“金凤凰”
        本报记者徐建中
        1995 年 6 月，杨丽华被中国
        国际航空公司任命为飞行总队
        副总队长。她从一个普通的空
        中小姐，在空中工作 22 年后走
        上领导岗位，不容易啊！
        有人曾经作过一次统计：国航
        的乘务员每天有 400 多人在天
        上飞，有 400 多人分住世界各
        地，他们吃在天上，住在国外，

        再立潮头看何人
        ——评世界女板跳水大势
        从东半球飞到西半球，从南半
        球的盛夏又飞到北半球的严冬。
        有的乘务员长年把小孩放在奶
        奶或姥姥家，难见儿女面，远航
        归来，只能靠磁卡电话听儿女
        叫爸爸妈妈的声音。杨丽华深
        有感慨地说，以上这些虽都是
        乘务员生活的酸甜苦辣的写照，
        但是，一旦他们穿上整齐的国
        航制服，登上蓝天大“舞台”
        ，精
        神面貌立即焕然一新。他们这
        时想的是为旅客提供优质服务。

        本报记者许立群
        尽管中国队在第一天的跳水比
        赛 中 夺 取 了 一 金 一 银 的 佳 绩，
        但人们的总体感觉是忧大于喜。
        并非说男子双人跳台金牌无关
        紧要，但由于它还不是奥运会
        正式比赛项目，其影响力自然
        不足以震撼人心。
        倒是郭晶晶的女子三米跳板银
        牌着实有些分量，首次在国际
        大赛中参加跳板比赛就有上乘
        表现。郭晶晶证明了自己的发
        展潜质，但这并不意味着中国
        选手已具备了在世界大赛中稳
        拿奖牌的实力。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "杨丽华：蓝天“金凤凰”")
        #expect(page.articles[0].body.hasSuffix("他们这时想的是为旅客提供优质服务。"))
        #expect(page.articles[1].title == "再立潮头看何人")
    }

    /// In text, a kicker naming who spoke (`…时指出`) over another story's headline and then its
    /// own (tabloid-05 of the page benchmark's seed 60, lines 56–91): it kicks its own, which had
    /// been left over while the kicker headed the story.
    @Test func aKickerNamingWhoSpokeKicksTheHeadlineOfItsStory() throws {
        let text = """
        元旦前后，市场更加繁荣。一些不法商贩也趁机掺杂使假、缺斤短
        两，坑害顾客。
        去年１２月３０日上午，北京市技术监督局、朝阳区技术监督局及

        二者所属的执法大队，对朝外六里屯地区的粮食批发市场进行了联
        合突击检查。参加检查的大队人马兵分四路。记者参加了市局执法
        大队郝庆申带队的第二路———检查威绿达粮食批发市场。

        于永波会见全军和武警先进典型代表时指出

        男篮联赛开始第二循环强队新年都过
        关

        用先进典型推动部队全面建设
        据新华社北京１２月３１日电（记者罗玉文）中央军委委员、总政治
        部主任于永波日前在会见全军和武警部队先进典型代表时强调，全
        军要认真贯彻落实江泽民主席最近的重要指示精神，形成学习邓小
        平理论的新高潮，把这一学习提高到十五大所达到的新水平，进一
        步加强军队的革命化、现代化、正规化建设。
        于永波等在同应邀参加中宣部召开的全国先进典型座谈会的军队代
        表徐洪刚、韩素云、李国安、邹延龄、第四军医大学学员二大队代
        表李尔青以及武警部队国旗护卫队代表王建华座谈时，称赞他们的
        先进事迹是中华民族传统美德和我党我军优良传统的完美结合，体
        现了我党我军全心全意为人民服务的宗旨，体现了与社会主义市场
        经济相适应的时代精神。
        人民日报

        １９９８年１月５日

        本报讯记者薛原报道：日历翻到了１９９８年，希尔顿全国男篮甲
        Ａ联赛也开始了预赛第二循环。１月４日进行的联赛第十二轮，虽
        然冷门未爆，但强队赢得并不都很轻松。
        辽宁沈飞客车队客场挑战济南军区队，直到终场前３分钟还落后５
        分。关键时刻，队员力拼篮板球，扭转了劣势，最终辽宁队以６０：５
        ７拿下比赛。空军联航队也在主场让上海东方队出了一身冷汗，上
        海队通过积极的防守以７２：６７取胜。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 3, "\(page.articles.map(\.body))")
        #expect(page.articles[1].kicker == "于永波会见全军和武警先进典型代表时指出")
        #expect(page.articles[1].title == "用先进典型推动部队全面建设")
        #expect(page.articles[2].title == "男篮联赛开始第二循环强队新年都过关")
    }

    /// Text with no type sizes: a brief's title between two briefs of one column, no blank line
    /// about it (briefs-02 of the page benchmark's seed 24): `雨中情` names the brief under it,
    /// none of its words in the brief above, though the two share enough common words (`北京`,
    /// `慰问`…) to pass for one subject.
    @Test func aBriefsTitleNamingTheTextUnderItHeadsThatBrief() throws {
        let text = """
        北京市举行老干部迎春团拜
        会
        新华社北京 1 月 9 日电（记
        者徐仁杰）中共北京市委、北
        京市人民政府今天下午举行
        老干部团拜会。300 多位离
        退休老同志与中央和北京市
        有关负责同志相互问候，共迎
        新春。
        雨中情
        1 月 10 日，江苏省文化下乡
        慰问服务团在连绵的冬雨中
        为睢宁县王集乡 2 万多名乡
        亲演出两个多小时的精彩节
        目，深受群众欢迎。
        1：慰问团的演员和工作人员
        齐力推动陷在泥泞中的演出
        道具车。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("共迎新春。"))
        #expect(page.articles[1].title == "雨中情")
        #expect(page.articles[1].body.hasPrefix("1月10日，江苏省文化下乡"))
    }

    /// Text with no type sizes: a block after a finished sentence on another subject is another
    /// story, and its first line, two characters or more narrower than the text under it and
    /// running into it with no word, is that story's headline printed right over it
    /// (stacked-16 of the page benchmark's seed 40): a story's first line fills its column.
    @Test func aNarrowLineOverAStoryOnAnotherSubjectHeadsIt() throws {
        let text = """
        目前，塔吉克斯坦正处于历史的
        转折关头。去年６月２７日，拉
        赫莫诺夫总统与努里在莫斯科签
        署塔民族和解总协议，持续近５
        年的塔内战由此烟退云敛。９月
        １２日，努里开始履行和平使命。
        在一间小客房里，他就关系塔国
        家前途的问题接受了本报记者独
        家专访。

        文化营销一道亮丽的风景
        新春将至，
        正是商家鏖战之时。什
        么优惠酬宾、大幅让利、有奖销
        售……纷纷登台亮相。
        然而，也有一些商家，却在提高自
        己的文化品位上大做文章：上海
        南京路新世界商厦，在大堂里放
        置了一座根雕雄狮，营造出一个
        充满文化氛围的购物环境。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("接受了本报记者独家专访。"))
        #expect(page.articles[1].title == "文化营销一道亮丽的风景")
        #expect(page.articles[1].body.hasPrefix("新春将至，正是商家鏖战之时。"))
    }

    /// Text with no type sizes: a name opening a block, the text under it on another subject
    /// than the story above, is the author's of that text, no signature of the story above
    /// (feature-10 of the page benchmark's seed 56); a caption's title of four characters
    /// shaped like a name (`高原老兵`, tabloid-07 of seed 24) is no author.
    @Test func aNameOpeningABlockOnAnotherSubjectIsTheAuthorsOfTheTextUnderIt() throws {
        let text = """
        涅斯捷鲁什金在接受采访时指出，俄
        主张武器核查小组的人员组成应当更
        加平衡。

        刘世昌
        翻阅由中共党史出版社出版的革命历
        史丛书《冀中回民支队》
        ，激动的泪水
        难以抑止，使人仿佛重新回到五十多
        年前熟悉的冀中抗日根据地，一幕幕
        刀光血影、英勇悲壮的往事，又一次清
        晰地浮现在眼前……
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("应当更加平衡。"))
        #expect(page.articles[1].lead == "刘世昌")
        #expect(page.articles[1].body.hasPrefix("翻阅由中共党史出版社"))

        let caption = """
        会议决定，将以上两项内容提交政协第八届
        全国委员会第二十三次常委会议审议。

        高原老兵
        新疆军区某汽车团团长李福勇，入伍 24 年，闯越
        昆仑 140 余趟，驾车执行高原运输任务 74 万余
        公里，曾 4 次荣立三等功，1 次荣立二等功。图为
        他正在帮战士们检修车辆。 （王卫东摄）
        """
        let photo = PageReader().read(caption, id: "p").articles
        #expect(photo.allSatisfy { $0.lead != "高原老兵" }, "\(photo.map(\.lead))")
        #expect(photo.last?.body.hasPrefix("新疆军区某汽车团团长李福勇") == true, "\(photo.map(\.body))")
    }

    /// Text with no type sizes: a crosshead inside a long story's block opens a section whose
    /// words are those of the story's opening, not of the section right above it
    /// (feature-13 of the page benchmark's seed 40): the story goes on through it.
    @Test func aCrossheadOnTheWholeStorysSubjectStaysInsideIt() throws {
        let text = """
        本报记者冉永平
        成都市一位负责再就业工作的干部说，改革发展到今
        天，人的问题是再也绕不开、再也“赖不掉”的工作。
        一个“赖”字，贴切地反映出再就业工作的难。
        这个“难”该怎样化解？最近，记者到成都、绵阳两
        市采访，听到了许多不凡的见解。
        有岗位为什么不愿去？
        成都发动机公司是一家２万多人的军工大厂，下岗人
        员多。为了安排下岗职工再就业，政府专门组织用人
        单位进厂开招聘洽谈会。公司工会、团委等部门动员
        起来挨家挨户发通知。结果不少人吃了闭门羹。态度
        好一点的下岗职工说：“我们宁可每月拿１５０元生
        活费，也不离开国营厂。”
        同样的情况绵阳市也有。民营企业富临集团欲收购破
        产的经纬编织厂，答应连退休职工都负责安置。职工
        闻讯后，不仅不领情，反而集体到市政府抗议，理由
        是：“我们国企职工怎么能给个体户干活？”
        成都市经委的一位负责同志反思说：“看看我们的一
        些兼并协议，都少不了这样的条款：保留全民所有制
        身份。那么这个身份究竟是什么？为什么职工把它看
        得这么重？”
        四川省劳动部门的同志把原因概括为“两吃”，即吃

        饭和吃药。他们说，过去我们的社会保险只覆盖国企。
        因此职工也会算账，到别的企业去，虽然可能多挣几
        百块，但老了怎么办？生病了怎么办？
        此外，
        “铁饭碗”
        “泥饭碗”的区别，也是阻碍人员流
        动的原因。
        四川同志说，不从根本上解决这两大差别，光强调职
        工转变观念是不行的。因此，四川扩大了社会保险的
        范围，提出“不管在哪儿干，保险接着算”。同时提
        出国企进一步深化用工制度改革，私企进一步规范用
        工行为，逐步取消饭碗的“铁泥”差别。
        误区：甲减下的人让乙背上
        绵阳市一位市领导的话发人深省：“发展和稳定是一
        对矛盾，要发展就要减人增效，要稳定就要再就业。在
        这个问题上最容易犯的错误是做表面文章，即把甲减
        下的人强行让乙背上。看起来矛盾很快解决了，实际
        上仍是在‘赖’，因为用不了多久，新的矛盾就出来
        了。
        ”
        １９９６年绵阳经纬编织厂破产，为了“稳定”
        ，让绵
        阳第一纺织厂整体接收，政府给了１２００万元，组
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.title)) \(page.articles.map(\.body))")
        #expect(page.articles[0].body.contains("误区：甲减下的人让乙背上"))
        #expect(page.articles[0].body.contains("1996年绵阳经纬编织厂破产"))
    }

    /// Text with no type sizes: a note on the writer wrapped over two lines (`（四` /
    /// `川省达川市委安全东）`) finishes the story as a closing bracket on one line does, so the
    /// block after it on another subject is another piece (stacked-18 of the page benchmark's
    /// seed 40, where poppler goes on with a column of the report on the minister's visit).
    @Test func aWrappedNoteOnTheWriterFinishesTheStory() throws {
        let text = """
        随着元旦刚过、春节临近，农村“人情
        债”的送往迎来也进入了一年中的“旺
        季”
        。希望有关部门对此予以高度重视，
        加强教育引导，防止其愈演愈烈。
        （四
        川省达川市委安全东）

        他同加蒂举行了会谈。
        钱其琛说，圣马力诺是欧洲最古老的
        共和国之一，有着悠久的历史。中圣
        友好关系和中圣人民友谊是大国与小
        国合作与友谊的典范。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("防止其愈演愈烈。（四川省达川市委安全东）"))
        #expect(page.articles[1].body.hasPrefix("他同加蒂举行了会谈。"))
    }

    /// Text with no type sizes: a photo's whole caption on one line with its credit, a blank line
    /// over it and a finished sentence above, is a piece of its own, not the end of the story
    /// above (photo-19 of the page benchmark's seed 40).
    @Test func aCaptionOnOneLineWithItsCreditUnderAFinishedStoryIsAPieceOfItsOwn() throws {
        let text = """
        热面积已达八百多万平方米。早在担
        任华北电管局领导时，李鹏就曾多次
        到发电总厂检查指导工作。

        天津龙泰食品有限公司以周边农村２００多家养鸭户为依托，加工白条鸭出口韩国、日本及中东地区，年创汇３００万美元。 马平/摄
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("到发电总厂检查指导工作。"))
        #expect(page.articles[1].body.hasPrefix("天津龙泰食品有限公司"))
        #expect(page.articles[1].byline == "马平/摄")
    }

    /// Text with no type sizes: a line alone at a block's top right above a dateline lead is
    /// that report's headline, though the column before it broke off mid-sentence (photo-02 of
    /// the page benchmark) and it lists with `、`.
    @Test func aLineRightAboveADatelineHeadsTheReportAfterAnUnfinishedColumn() throws {
        let text = """
        去年岁末，在欧安组织外长会议上，与
        会各国就正在酝酿起草的欧洲安全宪章

        国家防总、水利部通知要求各地全力以赴抗旱保春播保夏粮
        新华社北京１月９日电（记者鹿永建）
        秋冬连旱使我国北方农业面临旱情的威
        胁，各地要全力以赴抗旱保春播保夏粮。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("欧洲安全宪章"))
        #expect(page.articles[1].title == "国家防总、水利部通知要求各地全力以赴抗旱保春播保夏粮")
        #expect(page.articles[1].lead == "新华社北京1月9日电（记者鹿永建）")
    }

    /// Text with no type sizes: a headline printed right under a column broken off inside a
    /// clause, no blank line between, heads the report whose lead follows it when it shares words
    /// with that report and not with the text above (mixed-15 of the page benchmark's seed 24).
    @Test func aHeadlineUnderABrokenOffColumnHeadsTheReportItSharesWordsWith() throws {
        let text = """
        自中国大马戏团于去年 12
        月 26 日在悉尼首演，至今已
        一连演出了近 10 场，但观者
        仍络绎不绝，
        热度不减，
        因此主
        办单位打算在原定的 21 场
        以色列外长宣布辞职
        新华社耶路撒冷 1 月 4 日
        电（记者支林飞、戚德良）以
        色列外长利维 4 日宣布，他决
        定辞职，以抗议现政府提出的
        1998 年度财政预算方案。
        利维在特拉维夫举行的记者
        招待会上宣布，由于内塔尼亚
        胡没有对他所提出的修改财
        政预算的一些要求作出答复，
        他将正式递交辞职信。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("在原定的21场"))
        #expect(page.articles[1].title == "以色列外长宣布辞职")
        #expect(page.articles[1].lead == "新华社耶路撒冷1月4日电（记者支林飞、戚德良）")
    }

    /// Text with no type sizes: a headline over two lines, the first listing with `、`, right
    /// above a dateline lead is that report's headline whole (briefs-15 of the page benchmark's
    /// seed 24).
    @Test func aHeadlineOverTwoLinesRightAboveADatelineIsTheReportsWhole() throws {
        let text = """
        国际泳联已做出决定，第九届
        世界游泳锦标赛将于２００１
        年在日本福冈举行，并将由四
        年一届改为两年一届，世界游
        泳运动也将随之翻开崭新的一
        页。

        话剧再次成为热门话题艺术家、评论家在京聚会讨论
        繁荣话剧艺术
        本报北京１月８日讯新年伊
        始，中国话剧９０年纪念活动，
        不仅使首都文艺舞台更加多姿
        多彩，也使“话剧”再次成为
        广大观众和各界人士关注的话
        题。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].title == "话剧再次成为热门话题艺术家、评论家在京聚会讨论繁荣话剧艺术")
        #expect(page.articles[1].body.hasPrefix("新年伊始"))
    }

    /// Text with no type sizes: a headline whose last line holds only a word's end (`队`), right
    /// above a dateline lead, after a blank line under a column broken off mid-sentence, heads
    /// that report; its last line's words are those it makes with the line above (stacked-16 of
    /// the page benchmark's seed 3). Before, both lines went on the story above.
    @Test func aHeadlineEndingOnAWordsLastCharacterHeadsTheReportUnderIt() throws {
        let text = """
        的力量筹集所需资金。另据黑
        龙江、辽宁、吉林、山东、广
        东、湖南、湖北、云南、新
        疆、甘肃、青海等２５个省、
        自治区、直辖市及林业、煤
        炭、航天、核工业、有色、纺
        织、冶金、兵器等８个部门的
        初步统计，目前已筹集资金１
        ５亿元，用于节日期间的解困
        工作。吉林、辽宁、陕西、新

        中科院完成整体定位建设科技国家
        队
        本报北京１月１５日讯记者
        杨健报道：
        到２１世纪初，我国
        科技体制新框架将逐步形成。
        在这一新的总体框架中，中国
        科学院将选择怎样的整体定
        位？
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("陕西、新"))
        #expect(page.articles[1].title == "中科院完成整体定位建设科技国家队")
        #expect(page.articles[1].body.hasPrefix("到21世纪初"))
    }

    /// Text with no type sizes: lines over a dateline lead that share words with the report
    /// head it, but a line whose title poppler ran in before another column's text
    /// (`傅全有在总参军人代表大会上强 李鹏接见…`, stacked-09 of the page benchmark's varied seed
    /// 50) is none of them: taking its text for a headline would lose its title.
    @Test func aLineWithARunInTitleOverAReportsHeadlineKeepsItsTitle() {
        let text = """
        大利对发展对华关系持十分积极的态度。他认为，应从
        战略高度看待两国关系。

        傅全有在总参军人代表大会上强 李鹏接见石油天然气总公司会议代表要求
        加快石油资源勘探开发满足国民
        调实现军队建设跨世纪发展
        据新华社北京电（记者马晓春）中央军委委员、总参谋 经济发展需求
        长傅全有日前在总参军人代表大会上强调，用军队建设

        新华社北京 1 月 15 日电（中央人民广播电台记者李涛，

        跨世纪发展战略目标凝聚力量，鼓舞士气，振奋精神，埋

        新华社记者王言彬、韩振军）国务院总理李鹏今天下午

        头苦干，以高度的政治责任感和使命感，为国家的振兴

        在接见中国石油天然气总公司工作会议代表时强调，石

        和军队现代化建设做出贡献。

        油工业要继续“稳定东部、发展西部”，加快陆上和海

        傅全有说，要充分认清国际战略格局的深刻变化和世界

        洋石油的勘探开发，进一步开发利用国内外“两个市场”
        """
        let page = PageReader().read(text, id: "p")
        let (missing, extra) = Self.difference(Self.han(of: text), Self.han(of: page))
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing), extra \(extra)")
    }

    /// Text with no type sizes: the paper's commentator under a commentary's last sentence
    /// signs it (`本报评论员`, mixed-08 of the page benchmark's seed 24), though no surname opens
    /// the line: it is no headline of the report under it.
    @Test func thePapersCommentatorSignsTheCommentaryAbove() throws {
        let text = """
        商逃避税收、侵害职工合法权
        益，等等。解决这些问题，有
        待于我们进一步扩大开放，在
        实践中提高开放水平。
        本报评论员

        本报广州 1 月 13 日电新华
        社记者邹清丽、本报记者刘桂
        莲报道：国务院总理李鹏对正
        在广东省肇庆市召开的全国
        电子行业工作会议作出书面
        指示。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == "本报评论员")
        #expect(page.articles[1].title == nil)
    }

    /// Text with no type sizes: a paragraph's last line closing with a note on the pictures,
    /// right above a byline, goes on with its text: it holds a bracket, and a word runs across
    /// into it (`当务之` / `急———（附图片 1 张）`, mixed-20 of the page benchmark's varied seed 8).
    @Test func aParagraphsLastLineOverABylineIsNoHeadline() throws {
        let text = """
        重在开拓市场
        市场萎缩，人才流失，企业陷入困境，
        有识之士指出，福州漆器的当务之
        急———（附图片 1 张）
        本报记者江宝章
        尽管已有心理准备，福州漆器的龙
        头企业———第一脱胎漆器厂的破
        旧与逼仄，仍让记者吃惊。
        """
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.allSatisfy { $0.title?.hasPrefix("急") != true }, "\(page.articles.map(\.title))")
        #expect(page.articles.contains { $0.body.contains("当务之急") })
    }

    /// Text with no type sizes: headline-shaped lines right above a line that opens inside a
    /// sentence (`的，斯德哥尔摩是…`, mixed-05 of the page benchmark) are the column's text.
    @Test func linesAboveALineOpeningMidSentenceAreNoHeadline() throws {
        let text = """
        据新华社斯德哥尔摩１月１
        ７日电（记者陈文英、许福
        瑞）瑞典首都斯德哥尔摩是１
        ９９８年欧洲文化首都，它在
        １７日拉开了欧洲文化首都
        活动的序幕。
        欧洲文化首都活动是于１９
        ８５年在希腊首都雅典开始
        的，斯德哥尔摩是第十四个，
        也是历届欧洲文化首都中最
        靠北的一座城市。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == nil)
        #expect(page.articles[0].body.contains("雅典开始的，斯德哥尔摩是第十四个"))
        #expect(page.articles[0].body.hasSuffix("靠北的一座城市。"))
    }

    /// Text with no type sizes: two headline-shaped lines inside a story's block, a paragraph's
    /// first lines with no punctuation in a narrow column, the text after them on the story's
    /// subject (stacked-02 of the page benchmark's second seed), are the story's.
    @Test func headlineShapedLinesInsideTheTextBlockStayInTheStory() throws {
        let text = """
        本报北京１月１１日讯记者江
        世杰报道：去年我国黄金生产
        取得前所未有的好成绩，共计
        完成黄金产量１６６．３吨，是
        计划指标的１．６６倍，比１９
        ９６年增长３７．９％，提前３
        年实现“九五”末期年产黄金１
        ５０吨的目标。
        冶金部黄金管理局局长王德学
        在日前举行的黄金工业情况通
        报会上说：对黄金行业来说，１
        ９９７年是困难重重的一年，
        黄金产量之所以大幅度增长，
        除了全行业结合自身条件认真
        学习邯钢经验，加强地质勘探
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == nil)
        #expect(page.articles[0].body.contains("冶金部黄金管理局局长王德学在日前举行的黄金工业情况通报会上说"))
        #expect(page.articles[0].body.hasSuffix("加强地质勘探"))
    }

    /// Text with no type sizes: a page printing its digits full width (`２３００`) sets a line of
    /// them as wide as its Han characters make it, so the line at a column's top that carries on
    /// a sentence (`…香港红十字会收` / `到的捐款已超过２３００万`, mixed-10 of the page benchmark) is
    /// not narrower than the column and no headline.
    @Test func fullWidthDigitsCountFullWidthInAColumn() throws {
        let text = """
        温暖。
        香港多个社团、机构昨天向香
        港红十字会递送了捐款。东方
        报业集团捐出５００万港元，
        东华三院历届主席会捐出１
        １７万港元，汇丰银行慈善基
        金捐送１００万港元，香港中
        华总商会捐出１００万港元。
        到昨天为止，香港红十字会收

        到的捐款已超过２３００万
        港元。不少市民和团体昨天还
        继续通过新华社香港分社转
        交捐款，一天的总数就超过１
        ０００万港元。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == nil)
        #expect(page.articles[0].body.contains("香港红十字会收到的捐款已超过2300万港元。"))
    }

    /// Text with no type sizes: the end of a line the extraction broke at the gap after a
    /// finished sentence (`法学院攻读硕士学位。` / `她们是应`, stacked-09 of the page benchmark),
    /// its word running on into the next line, signs nothing: the story goes on.
    @Test func theEndOfALineBrokenAtAGapIsNoSignature() throws {
        let text = """
        １９９７年１２月２９日晚，
        记
        者前往北京京西宾馆，
        看望并采
        访了三位已经逝去的党的好干
        部的亲人：孔繁森女儿孔玲、李
        润五妻子丁玉珍、
        马恩华的妻子
        胡花蕊。
        她们是两代人：
        年近６０岁的丁
        玉珍和胡花蕊同志已经退休，
        ２
        ２岁的孔玲则在中国人民大学
        法学院攻读硕士学位。
        她们是应
        邀参加中宣部召开的先进典型
        代表座谈会相聚在一起的。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == nil)
        #expect(page.articles[0].body.hasSuffix("她们是应邀参加中宣部召开的先进典型代表座谈会相聚在一起的。"))
    }

    /// A report under an editor's note is a story of its own, not a second report run on under
    /// the headline above (commentary-06 of the page benchmark): the note stays with it, not
    /// lost.
    @Test func aReportUnderAnEditorsNoteIsNotRunOn() throws {
        let text = """
        古巴举行全国大选
        新华社哈瓦那１月１１日电（记者孙光英）古巴１１日举行第五届全国人民政权代表大会代表选举。
        大选结果将于１２日正式公布。

        ——记吉林市电力器材有限公司
        编者按：一家小厂，白手起家，迅速崛起，靠的是职工艰苦创业。
        本报记者张玉来
        在我国老工业基地吉林市，一家以往名不见经传的小企业引人瞩目。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("大选结果将于12日正式公布。"))
        #expect(page.articles[1].subtitle == "记吉林市电力器材有限公司")
        #expect(page.articles[1].editorsNote == "编者按：一家小厂，白手起家，迅速崛起，靠的是职工艰苦创业。")
    }

    /// Text with no type sizes: after a finished sentence, a block on another subject is
    /// another story (photo-19 of the page benchmark); a block going on with the subject, at a
    /// column's top, is the same story.
    @Test func aBlockOnAnotherSubjectAfterAFinishedSentenceIsAnotherStory() throws {
        let text = """
        团中央日前召开会议，部署青年再就业工作。据了解，团中央将通过举办培训班、组织挂职锻炼、
        建立发展基金等措施，帮助十万名下岗青工再就业。

        团中央要求各级团组织把帮助下岗青工再就业作为今年的重点工作，为下岗青工提供培训机会。

        西非开发银行是在多哥首都洛美落户较早的一家地区性金融机构，在多哥的经济建设中发挥着
        重要作用。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("为下岗青工提供培训机会。"))
        #expect(page.articles[1].body.hasPrefix("西非开发银行"))
    }

    /// So it is where the block's first lines are headline-shaped, no punctuation breaking them
    /// (`日本先锋公司最近开发出比现有数字视` / `盘容量大两倍的…`, under a story on Costa Rica's
    /// tourism, band-06 of the page benchmark's seed 24); a block going on with the subject
    /// (`哥斯达黎加的国土只占地球陆地的万`) stays in the story.
    @Test(arguments: [("""
        日本先锋公司最近开发出比现有数字视
        盘容量大两倍的高密度数字视盘及其录
        放装置。新型数字视盘单面容量为１５
        千兆，
        可记入２小时１３分钟的高清晰度
        动态影像，
        若记录普通影像可达７小时之
        多。
        """, 2), ("""
        哥斯达黎加的国土只占地球陆地的万
        分之三，而生物物种却占世界的５％，其
        中仅花卉就有６０００多种，
        蝴蝶２００
        ０多种，不愧为“中美洲的花园”的美称。
        """, 1)])
    func aBlockOpeningOnHeadlineShapedLinesIsAnotherStoryOnAnotherSubject(block: String, stories: Int) throws {
        let text = """
        哥斯达黎加有丰富多采的旅游资源。哥
        斯达黎加分为三个地形区。
        中部遍布热带
        森林。当飞机接近首都圣何塞时，只见山
        坡到处披着层次分明的绿装：浅绿色的
        是牧场、香蕉林和甘蔗园，墨绿并且纵横
        有序的是咖啡园和森林。
        西部太平洋沿岸
        地区占全国面积的４０％，海岸曲折，沙
        滩松软，有许多半岛和海湾。东部大西洋
        一侧的加勒比低地区多为热带森林和沼
        
        泽地，占全国领土的１／５，年降雨量在
        ３０００毫米以上，
        是各种植物生长的沃
        土。
        """ + "\n\n" + block
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == stories, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasPrefix("哥斯达黎加有丰富多采的旅游资源。"))
        #expect(page.articles.last!.body.hasSuffix(stories == 2 ? "可达7小时之多。" : "的美称。"))
    }

    /// In text, a byline alone on its line right under a standfirst that closes with its note on
    /// the pictures (`…当务之急———（附` / `图片 1 张）` / `本报记者江宝章`, band-01 of the page
    /// benchmark's seed 24) opens no story: the story goes on under it, the byline kept where it
    /// stands. Under a story's finished last sentence the byline opens the next story.
    @Test(arguments: [("之士指出，福州漆器的当务之急———（附\n图片 1 张）", 1), ("之士指出，福州漆器要开拓市场。", 2)])
    func aBylineUnderAStandfirstClosedByItsPictureNoteGoesOn(close: String, stories: Int) throws {
        let text = """
        钱其琛对两国友好合作关系的发展表示满意。

        市场萎缩，人才流失，企业陷入困境，有识
        \(close)
        本报记者江宝章
        尽管已有心理准备，福州漆器的龙头企业
        ———第一脱胎漆器厂的破旧与逼仄，
        仍让
        记者吃惊。该厂副厂长郑朝铨坦承，企业
        效益不好，作为厂领导的他，每月工资不
        足 200 元。
        """
        let page = PageReader().read(text, id: "p")
        let pieces = page.articles.filter { $0.body.contains("福州漆器") || $0.body.contains("郑朝铨") }
        try #require(pieces.count == stories, "\(page.articles.map(\.body))")
        #expect(pieces[0].body.hasPrefix("市场萎缩"))
        #expect(pieces.last!.body.hasSuffix("每月工资不足200元。"))
        #expect(pieces.last!.body.contains("本报记者江宝章") || pieces.last!.lead == "本报记者江宝章")
    }

    /// A headline may part two phrases with a comma (`珀斯，留下问号`) where its subtitle stands
    /// right under it, though the column above it broke off mid-sentence (photo-18 of the page
    /// benchmark's seed 24: poppler goes on with another column there).
    @Test func aHeadlineWithACommaOverItsSubtitleUnderABrokenColumn() throws {
        let text = """
        洋教练助阵篮球冬训
        本报讯记者薛原报道：一位美
        国教练于 1 月 12 日到达柳
        州篮球训练基地，他将在此后
        一个月的时间里指导正在冬
        训中的中国青年女篮。
        这位名叫波特的教练现在是
        美国南加州一所大学的副校

        珀斯，留下问号
        ——评世锦赛上的中国跳水

        本报记者许立群
        本届世界游泳锦标赛与以往
        不同的是增加了跳水比赛的
        项目，共设置了 10 枚金牌。

        但其中分量最重的依然是男
        女三米板和十米台 4 枚奥运
        会金牌。
        """
        // Read as text, it had run on from the brief's broken-off line.
        try expectHeadline("珀斯，留下问号", subtitle: "评世锦赛上的中国跳水", overTheStoryOpening: "本届世界游泳锦标赛", in: text)
    }

    /// Reads `text` as a page and expects the story opening with `opening` to carry `title` and
    /// `subtitle`, and the title to stand in no piece's body.
    private func expectHeadline(_ title: String, subtitle: String, overTheStoryOpening opening: String, in text: String) throws {
        let page = PageReader().read(text, id: "p")
        let story = try #require(page.articles.first { $0.body.hasPrefix(opening) }, "\(page.articles.map(\.body))")
        #expect(story.title == title)
        #expect(story.subtitle == subtitle)
        #expect(!page.articles.contains { $0.body.contains(title) }, "\(page.articles.map(\.body))")
    }

    /// A band of headlines at the foot of the page, read by poppler row by row: its lines stand
    /// as close as a column's, one runs two headlines together, one is a title of two
    /// characters (band-16 of the page benchmark's seed 24, its stories cut to their first
    /// sentences). Each story takes its headline, and none of the band is read as a story.
    @Test func aBandOfHeadlinesReadRowByRowUnderItsStories() throws {
        let text = """
        第１０版

        人民日报

        据新华社北京１月１６日电
        （中央人民广播电台记者李涛、
        新华社记者陈雁）中共中央党校冬季毕业典礼今天上午在
        北京举行。中共中央政治局常委、书记处书记、中央党校
        校长胡锦涛出席毕业典礼，为学员颁发毕业证书，并同学
        员们合影留念。

        本报讯记者夏珺报道：河北省唐山市在发展经济中始终将
        保护耕地放在重要位置来抓，通过控制增量、盘活存量、开
        发复垦等有力措施，探索出一条集约利用土地的路子。

        时下，又是年初岁尾。往年此刻，一些单位不惜专人购买
        礼品，根据受礼者的“官衔”高低和权力大小，安排礼品
        的等级、数量，专人专车送去。
        党中央、国务院三令五申，严禁用公款请客送礼，可此风
        久刹不住。

        美丽的鄱阳湖畔，一部讲述农村改革新故事的八集电视剧
        《远湖》正在这里拍摄。

        本报阿比让１月５日电记者杨贵兰报道：在肯尼亚大选中
        赢得连任的肯尼亚总统莫伊５日在内罗毕宣誓就职。

        据新华社北京１月１１日电（记者周志方、赵秀娟）观看
        过大型话剧《虎踞钟山》的南京军区、广州军区和驻京部
        队的干部战士盛赞这是一部弘扬主旋律的优秀作品，有着
        重要的现实意义。

        新华社北京１月１６日电（记者许基仁、李贺普）中共中
        央政治局委员、国务委员李铁映今天在１９９８年全国体
        委主任会议上说，体育战线要认真学习、全面贯彻党的十
        五大精神，坚持体育事业发展的正确方针政策。

        中央党校举行冬季毕业典礼胡锦涛出席并 控制增量盘活存量开发复垦唐山实现
        为学员颁发毕业证书
        耕地总量动态平衡
        节日谨防公款送礼

        《远湖》

        莫伊蝉联肯尼亚总统

        ——讲述农村新故事

        部队官兵盛赞《虎踞钟山》

        李铁映在全国体委主任会议上强调

        坚持体育事业发展正确方针政策同使用兴奋剂行为进行
        坚决斗争

        责任编辑：兰才基
        """
        let page = PageReader().read(text, id: "p")
        func title(over opening: String) throws -> String? {
            try #require(page.articles.first { $0.body.hasPrefix(opening) }, "\(page.articles.map(\.body))").title
        }
        #expect(try title(over: "美丽的鄱阳湖畔") == "《远湖》")
        #expect(try title(over: "在肯尼亚大选中") == "莫伊蝉联肯尼亚总统")
        #expect(try title(over: "观看过大型话剧") == "部队官兵盛赞《虎踞钟山》")
        // The last of the band's stacked lines, not run on from the headline line above it.
        #expect(try title(over: "时下，又是年初岁尾") == "节日谨防公款送礼")
        #expect(page.articles.count == 7)
        #expect(!page.articles.contains { $0.body.contains("部队官兵盛赞") }, "\(page.articles.map(\.body))")
    }

    /// A band's first headline may part a year from its phrase with a comma (`1998，从平淡中开始`
    /// over `——世锦赛游泳比赛述评`, right under the page's furniture, band-02 of the page
    /// benchmark's seed 24); read as text, it had carried the band's other headlines into a piece
    /// of their own.
    @Test func aBandHeadlineWithAYearAndACommaOverItsSubtitle() throws {
        let text = """
        人民日报
        1998 年 1 月 5 日 星期一

        第4版

        1998，从平淡中开始
        ——世锦赛游泳比赛述评

        摩托送餐风行开罗

        本报记者许立群
        没有一项世界纪录诞生的第八届世界
        游泳锦标赛显得有些平淡，激烈竞争
        的场面未能改变世界泳坛的格局。不
        少项目同 1997 年世界最好成绩相比，
        明显偏低，目前世界泳坛总体上是一
        种低迷徘徊的状态。

        本报驻埃及记者朱梦魁
        眼下，在开罗的大街小巷，送餐摩托越
        来越多。开送餐摩托的一般都是 20 多
        岁的年轻小伙儿，他们在密集的车流
        中游鱼般地忽左忽右，钻进钻出。送餐
        摩托都收拾得锃亮，车座后架的食盒
        上漆着快餐店的名字和标志。
        """
        try expectHeadline("1998，从平淡中开始", subtitle: "世锦赛游泳比赛述评", overTheStoryOpening: "没有一项世界纪录", in: text)
    }

    /// A subtitle led by two dashes may hold clauses (`——查了三户都不合格，旧米充新米，缺斤又短两`
    /// under `联查『威绿达』`, mixed-09 of the page benchmark's seed 24); a dash three wide opens an
    /// item of the text, clauses and all (`———第一个１０年，…`, band-17).
    @Test func aSubtitleOfClausesLedByTwoDashes() throws {
        let text = """
        人民日报
        １９９８年１月１０日

        星期六

        第８版

        要闻

        联查『威绿达』
        ——查了三户都不合格，旧米充新米，缺斤又短两
        本报记者赵志文
        元旦前后，市场更加繁荣。一
        些不法商贩也趁机掺杂使假、
        缺斤短两，坑害顾客。
        """
        let page = PageReader().read(text, id: "p")
        let story = try #require(page.articles.first { $0.body.hasPrefix("元旦前后") }, "\(page.articles.map(\.body))")
        #expect(story.title == "联查『威绿达』")
        #expect(story.subtitle == "查了三户都不合格，旧米充新米，缺斤又短两")
        #expect(page.articles.count == 1)
        #expect(!PageLine.isSubtitle("———第一个１０年，实现群众体育蓬勃开展"))
    }

    /// A subtitle printed apart from its headline (alone between blank lines, over another
    /// story's headline) goes to the story it shares words with as its subtitle, never as its
    /// title (stacked-09 of the page benchmark's third seed, where it had titled the story in
    /// place of `北大荒粮食三年连续大幅增产`).
    @Test func aSubtitlePrintedApartSubtitlesItsStory() throws {
        let text = """
        北大荒粮食三年连续大幅增产

        本报讯北大荒经受洪涝灾害的严峻考验，粮食连续 3 年大幅度增产。1997 年的总产量
        逾 85.2 亿公斤，比上年增长 13 亿公斤。
        为了使粮食不断增产，黑龙江农垦局近几年积极推进体制改革，下力气完善大农场套小农
        场的双层经营体制，建起大农场经营资产，小农场经营生产的新格局。

        ——去年总产量逾 85.2 亿公斤，创下我国农业最高劳动生产率

        美科学家：宇宙将永远膨胀

        据新华社华盛顿 1 月 9 日电（记者谷利源）美国一些天文学家认为，宇宙将永远向外膨
        胀，即使膨胀的速度会放慢，但绝不会最后走向“大坍塌”。
        """
        let page = PageReader().read(text, id: "p")
        let story = try #require(page.articles.first { $0.body.hasPrefix("北大荒经受") }, "\(page.articles.map(\.body))")
        #expect(story.title == "北大荒粮食三年连续大幅增产")
        #expect(story.subtitle == "去年总产量逾85.2亿公斤，创下我国农业最高劳动生产率")
        let other = try #require(page.articles.first { $0.body.hasPrefix("美国一些天文学家") }, "\(page.articles.map(\.body))")
        #expect(other.title == "美科学家：宇宙将永远膨胀")
        #expect(other.subtitle == nil)
    }

    /// Two characters alone after a blank line under a headline are a title of their own
    /// (`定位` over `——求实为上`, stacked-19 of the page benchmark's seed 24), or a section's label,
    /// not the end of the headline above, unless a word runs across (`…“前话现` / `象”`, band-19);
    /// one character is (`济南社区医生入家` / `来`).
    @Test func twoCharactersAfterABlankLineAreNoHeadlinesEnd() {
        func elements(_ raw: [String]) -> [[String]] {
            HeadlineAttachment.elements(of: PageLine.classify(raw).filter { !$0.text.isEmpty }).map { $0.map(\.text) }
        }
        #expect(elements(["团组织参与再就业工程的重要形式", "", "定位"]) == [["团组织参与再就业工程的重要形式"], ["定位"]])
        #expect(elements(["关注现实主题坚持正确方向戏剧界专家关注“前话现", "", "象”"])
                == [["关注现实主题坚持正确方向戏剧界专家关注“前话现", "象”"]])
        #expect(elements(["济南社区医生入家", "", "来"]) == [["济南社区医生入家", "来"]])
    }

    /// In text, a block's first line right over a subtitle is a headline though the column
    /// above it broke off on a short line (`写下了` / `从短缺走向平衡` / `——菜篮子工程建设十年述评（上）`,
    /// feature-15 of the page benchmark's seed 24).
    @Test func aHeadlineOverItsSubtitleUnderAColumnBrokenOffShort() throws {
        let text = """
        来文选》
        、江泽民等党和国家领导人的一系列重要论
        述以及大量的领袖人物传记和历史文学作品，
        写下了

        从短缺走向平衡
        ——菜篮子工程建设十年述评（上）

        本报记者彭俊
        到１９９７年底，除了奶类和水果，我国肉、蛋、蔬
        菜、
        水产等农副产品的人均占有量均已达到或超过了
        世界人均水平。这一切，发生在中国这样一个刚刚解
        决温饱的发展中的人口大国，不能不说是一个奇迹。
        """
        try expectHeadline("从短缺走向平衡", subtitle: "菜篮子工程建设十年述评（上）", overTheStoryOpening: "到1997年底", in: text)
    }

    /// A headline may close on a question (`突破口如何突破？`) where its subtitle stands right
    /// under it (briefs-14 of the page benchmark's fifth seed); the brief above ends at its
    /// finished sentence.
    @Test func aHeadlineClosingOnAQuestionOverItsSubtitle() throws {
        let text = """
        在这次活动中，锦州市的领导和各界群众
        纷纷在向不文明行为告别的百米条幅上签
        字；数百名中小学生走上街头，通过写诗作
        画向广大群众表演交通指挥手势等形式向
        市民宣传交通安全知识；交通事故图片展
        吸引了络绎不绝的群众，血的教训给广大
        市民敲响了警钟。

        突破口如何突破？
        ——纺织总会会长石万鹏谈打好纺织解困攻坚战

        新华社记者李争艳本报记者彭嘉陵
        党中央、国务院最近提出把纺织作为国有
        企业改革和解困的突破口。纺织工业是目
        前国有工业中最为困难的一个行业，已连
        续５年亏损，１９９６年亏损额达１０６
        """
        let page = PageReader().read(text, id: "p")
        let story = try #require(page.articles.first { $0.body.hasPrefix("党中央、国务院最近提出把纺织") }, "\(page.articles.map(\.body))")
        #expect(story.title == "突破口如何突破？")
        #expect(story.subtitle == "纺织总会会长石万鹏谈打好纺织解困攻坚战")
        #expect(page.articles.first?.body.hasSuffix("市民敲响了警钟。") == true)
    }

    /// Headlines may name a speaker or place before a colon (`英国认为：孤立伊朗并非上策` in
    /// stacked-01 of the page benchmark) or a year (a kicker's `1997：竞技场上佳音频传`, stacked-08
    /// of the fifth seed); a lead wrapped before its `报道：` and a clause after a long subject
    /// are no headlines.
    @Test func aHeadlineWithALabelBeforeAColon() throws {
        #expect(PageLine.isHeadlineShaped("英国认为：孤立伊朗并非上策"))
        #expect(PageLine.isHeadlineShaped("1997：竞技场上佳音频传"))
        #expect(!PageLine.isHeadlineShaped("12：新战士正在细心学习"))
        #expect(PageLine.isHeadlineShaped("昆明：实施优惠政策12项"))
        #expect(!PageLine.isHeadlineShaped("者尹树广报道：哈萨克斯坦总"))
        #expect(!PageLine.isHeadlineShaped("国家体委主任伍绍祖说：新中国成立后"))
        #expect(!PageLine.isHeadlineShaped("双方关系得到了发展和巩固："))
        #expect(!PageLine.isHeadlineShaped("2：新战士正在细心学习怎样才能把被子叠"))
        #expect(PageLine.isHeadlineShaped("翰海’97秋拍成交额超九千万"))
        let text = """
        伊朗曾多次指责美国驻海湾军队，骚扰伊朗的
        船只，侵犯其领空，要求美国停止这种行为。
        英国认为：孤立伊朗并非上策
        新华社德黑兰1月16日电（记者荣松）伊朗
        15日向联合国秘书长递交两份照会。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("要求美国停止这种行为。"))
        #expect(page.articles[1].title == "英国认为：孤立伊朗并非上策")
    }

    /// A second report run on under one headline printed in a band below (band-01 in the page
    /// benchmark): the report left without a headline goes with the one before it, whether the
    /// page came with geometry or as text.
    @Test func aSecondReportUnderABandHeadlineContinuesTheStory() throws {
        let text = "本报北京1月12日讯 张家口市发生地\n震后，全国各地纷纷援助。\n本报张北1月12日电 在灾区，解放军\n送来了帐篷和棉衣。\n\n张家口地震牵动八方人心\n"
        let body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [body, body, body, body, nil, LineStyle(size: 1.6, distinctFace: true), nil]
        // The same read as text with no type sizes.
        for page in [PageReader().read(text, styles: styles, id: "p"), PageReader().read(text, id: "p")] {
            try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
            #expect(page.articles[0].title == "张家口地震牵动八方人心")
            #expect(page.articles[0].body.hasSuffix("送来了帐篷和棉衣。"))
        }
    }

    /// In text with no typefaces, a byline standing clearly narrower than the line under it
    /// is the whole lead, names run together (band-08 in the page benchmark); a line that fills
    /// its column as the next does carries on into the body.
    @Test func aBylineStandingApartInTextIsTheWholeLead() {
        let body = PageLine(number: 2, text: "地处潮汕平原小北山下的潮阳市谷饶镇，崛起了一座工业城。", role: .text)
        let (lead, rest) = PageReader.Piece.splitLead([PageLine(number: 1, text: "本报记者李济国张雅心", role: .dateline), body])
        #expect(lead == "本报记者李济国张雅心")
        #expect(rest.map(\.text) == [body.text])
        let wrapped = PageLine(number: 2, text: "区，崛起了一座工业城。", role: .text)
        let (running, _) = PageReader.Piece.splitLead([PageLine(number: 1, text: "本报记者近日在潮阳市谷饶镇采访时来到山", role: .dateline), wrapped])
        #expect(running == "本报记者")
    }

    /// A letter signed with the writer's workplace and name in brackets, wrapped over two lines
    /// (photo-04 in the page benchmark): the story ends there, and the headline after it opens
    /// the next one.
    @Test func aLongBracketedSignatureWrappedOverTwoLinesEndsTheStory() {
        let text = "只要上下共同努力，就能刹住公款送礼之风。（江苏兴化棉纺织厂办公室唐锦\n禄）\n扩大合作共同发展\n本报驻委内瑞拉记者管彦忠\n为了发展委内瑞拉和中国的关系，双方应进一步扩大合作。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.body) == ["只要上下共同努力，就能刹住公款送礼之风。（江苏兴化棉纺织厂办公室唐锦禄）",
                                              "为了发展委内瑞拉和中国的关系，双方应进一步扩大合作。"])
        #expect(page.articles.last?.title == "扩大合作共同发展")
    }

    /// A picture credit in brackets wrapped right after its opening (photo-10 of the benchmark's
    /// second seed): it closes the caption, and the caption after it is one of its own.
    @Test func aCreditWrappedAfterItsOpeningBracketClosesTheCaption() {
        let text = "图为主动献血的芬兰母女俩，这是母亲第二十次献血。（新\n华社记者郑焕清摄）\n\n受低气压的影响，东京普降大雪。图为冒雪前往明治神宫的日本少女。\n\n陈建力/摄\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.body) == ["图为主动献血的芬兰母女俩，这是母亲第二十次献血。",
                                              "受低气压的影响，东京普降大雪。图为冒雪前往明治神宫的日本少女。"])
        #expect(page.articles.map(\.byline) == ["（新华社记者郑焕清摄）", "陈建力/摄"])
    }

    /// A credit broken inside its desk's name (`…与灾民们在一起。 新` / `华社记者 索朗罗布摄`,
    /// photo-20 of the varied pages' seed 15) is whole; the caption ends with its sentence.
    @Test func aCreditBrokenInsideTheDeskIsWhole() {
        let text = "驻藏部队援助西藏灾区\n西藏那曲发生特大雪灾后，驻藏部队及时将急需的食品等运往灾区。图为运送救灾物资的某团战士杜勇和果强与灾民们在一起。 新\n华社记者 索朗罗布摄\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.body) == ["西藏那曲发生特大雪灾后，驻藏部队及时将急需的食品等运往灾区。图为运送救灾物资的某团战士杜勇和果强与灾民们在一起。"])
        #expect(page.articles.map(\.byline) == ["新华社记者 索朗罗布摄"])
    }

    /// A credit naming the reporter's desk, wrapped inside the name, or a slashed one, over a
    /// story after a block break whose first word `摄` could start (`新华社记者周` / `确摄` over
    /// `去年…`, tabloid-08 of the varied pages' seed 21; `周振全/摄`, tabloid-17 of seed 6: jieba
    /// lists `摄去`): the credit closes the caption, the story is one of its own, not led by it.
    @Test(arguments: [("新华社记者周\n确摄", "新华社记者周确摄"), ("\n\n周振全/摄", "周振全/摄")])
    func aCreditSlashedOrNamingItsDeskClosesTheCaptionWhateverWordFollows(credit: String, byline: String) {
        let text = "松花江上冰帆扬\n哈尔滨第十四届冰雪节隆重开幕。图为人们在松花江职工体\n育乐园冰封的江面上乘冰帆滑翔。" + credit
            + "\n\n去年12月7日下午4时30分，上海航空公司的客机将执行上海至大连的航班任务。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.byline) == [byline, nil])
        #expect(page.articles.last?.body.hasPrefix("去年12月7日") == true)
    }

    /// The works a review of an exhibition lists after its reporters' bracket, one a line
    /// (tabloid-19 of seed 5, mixed-09 of the varied pages' seed 20), go on with the review; a
    /// line of text after such a bracket opens a piece of its own.
    @Test(arguments: [(["矿工（石膏）（孙宝田）", "走出黄土地（套色木刻）（曹美）"], true),
                      (["矿工们今天在井下迎来了新年的第一个班次。"], false)])
    func worksListedAfterAReviewGoOnWithIt(after: [String], joins: Bool) {
        let text = "黄河腹地的回声\n\n山西画院作品展在中国美术馆举行，参展的一百六十多幅作品出自十七位画家之手。\n淳厚质朴的艺术底色，是这次画展留给人们的最深刻的印象。（闻力）\n"
            + after.joined(separator: "\n") + "\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.count == (joins ? 1 : 2), "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix(after.last!) == joins)
    }

    /// In text, a caption's first line at a block's top, as wide as the justified lines under it
    /// and with no punctuation of its own (photo-09 of seed 24), is its text, not its title,
    /// though the caption's last line ends short (photo-02 of seed 56). A
    /// title over a caption stands shorter than its text (photo-12 of seed 5), or wraps over
    /// short lines holding no clause (photo-01 of seed 1998): it stays the caption's title.
    @Test(arguments: [
        ("靠绣制床上用品富裕起来的辽宁省\n海城市耿庄镇东耿村年轻农家妇女\n阎亚君，为了提高绣制水平，去年６\n月投资１万多元从沈阳购买了电脑，\n用于产品图案设计。\n（张庆霞摄）",
         nil as String?, "靠绣制床上用品"),
        ("河北遵化市东旧寨镇中小学生与全镇 100 多名生活需要照顾的\n孤寡老人和烈军属结对子，帮他们做家务。图为五虎岭小学的\n少先队员们和高奶奶在一起。\n高远/摄",
         nil, "河北遵化市东旧寨镇"),
        ("江苏省宿豫县重视『菜篮子工程』\n江苏省宿豫县经过坚持不懈的努力，\n『菜篮子工程』成绩斐然。不管春夏秋冬，\n各种蔬菜、瓜果都十分新鲜丰盛。图为该县果品市场一角。\n王爱民/摄",
         "江苏省宿豫县重视『菜篮子工程』", "江苏省宿豫县经过"),
        ("贾庆林在北京经济\n工作会上提出稳中\n求进加快首都经济\n发展\n“丢掉铁饭碗也没啥可怕的。”原江西铅山县永平镇垦殖场职工方明东深有体会地说。\n章平摄",
         "贾庆林在北京经济工作会上提出稳中求进加快首都经济发展", "“丢掉铁饭碗"),
    ])
    func aCaptionsFirstLineAsWideAsItsTextIsNoTitle(caption: String, title: String?, opening: String) throws {
        let text = "李鹏会见德国客人\n国务院总理李鹏今天在中南海会见了德国客人。\n\n" + caption + "\n"
        let page = PageReader().read(text, id: "p")
        let piece = try #require(page.articles.first { $0.body.hasPrefix(opening) }, "\(page.articles.map(\.body))")
        if let title {
            #expect(page.articles.contains { $0.title == title })
        } else {
            #expect(piece.title == nil)
        }
    }

    /// In text, a caption whose first line is as wide as its text, after a story it shares words
    /// with (`国有`), is a piece of its own, closed by its credit: untitled, not run on from the
    /// story (tabloid-01 of the varied pages' seed 21).
    @Test func aCaptionAfterAStoryOnItsSubjectIsAPieceOfItsOwn() throws {
        let text = "１９９５年，该院查处国有资产流失罪案４５件，占经济罪案的３６％，\n案值１００万元，流失的国有资产１０００万元；\n１９９６年，该院查处国有资产流失罪案４８件，占经济罪案的５２％，\n案值暴涨至５００万元，流失的国有资产高达４０００万元；\n１９９７年１至１０月，该院查处国有资产流失罪案５５件，占同期\n经济罪案的６８％，国有资产流失总额高达１亿元，其中仅一件侵占国\n有资产罪案就流失国有资产７０００万元……\n\n曾被亏损问题严重困扰的国有特大型企业———中国第二重型机械集团公司现已\n开始扭亏增盈。公司从转变思想观念入手，在全体职工中树立市场意识和效益意\n识，并建立了扭亏增盈目标责任制，使企业出现了新的活力。图为工人们正在加\n工发电机主轴。\n新华社记者 熊汝清摄\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.count == 2)
        let caption = try #require(page.articles.last)
        #expect(caption.title == nil)
        #expect(caption.body.hasPrefix("曾被亏损问题严重困扰的国有特大型企业"))
        #expect(caption.byline == "新华社记者 熊汝清摄")
        #expect(page.articles.first?.body.hasSuffix("国有资产7000万元……") == true)
    }

    /// A credit `名字/摄` broken inside the name, its first character after the caption's last
    /// sentence (`…深受群众欢迎。宋` / `振平/摄`, photo-02 of the varied pages' seed 7): the
    /// credit is whole, the caption ends with its sentence.
    @Test func aSlashedCreditBrokenInsideTheNameIsWhole() {
        let text = "农民乐队新年为群众义演\n\n江西临川市洋洲镇的农民乐队走村串户为农民义演，深受群众欢迎。宋\n振平/摄\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.body) == ["江西临川市洋洲镇的农民乐队走村串户为农民义演，深受群众欢迎。"])
        #expect(page.articles.map(\.byline) == ["宋振平/摄"])
    }

    /// A note on the writer wrapped over two lines (mixed-11 of the benchmark's second seed) or,
    /// in a narrow column, three (mixed-10 of the fourth) signs the commentary, out of its body.
    @Test(arguments: ["（作者系原冀中回民支队政委，中\n国人民解放军空军原副政委）", "（作者系原冀中回民支队政委，\n中国人民解放军空军原副政\n委）"])
    func aNoteOnTheWriterWrappedOverLinesSignsTheStory(note: String) {
        let text = "翻阅这部书，我们看到先烈的精神永垂青史，代代相承。\n" + note + "\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.body) == ["翻阅这部书，我们看到先烈的精神永垂青史，代代相承。"])
        #expect(page.articles.first?.byline == "（作者系原冀中回民支队政委，中国人民解放军空军原副政委）")
    }

    /// Another paper's reporters with the agency's, the byline wrapped onto a short line over the
    /// text (commentary-12 of the benchmark's second seed, commentary-09 of seed 1998), or the
    /// agency's reporter and correspondents, wrapped inside `通讯员` (band-04 of seed 24): one lead.
    @Test(arguments: ["中国国防报记者黄运成新华\n社记者贾永黄秋生", "中国国防报记者黄运成新华社记者贾\n永黄秋生", "新华社记者蔡晖贾永新华社通\n讯员张应银樊增民"])
    func aBylineOfTwoDesksWrappedOntoAShortLineIsOneLead(byline: String) {
        let text = "优秀退伍兵盛云龙\n\n" + byline + "\n一位29岁的退伍兵，用5年时间，使一个濒临倒闭的乡\n镇小厂，一跃成为连年产值超亿元的企业。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.lead) == [byline.replacingOccurrences(of: "\n", with: "")])
        #expect(page.articles.first?.body == "一位29岁的退伍兵，用5年时间，使一个濒临倒闭的乡镇小厂，一跃成为连年产值超亿元的企业。")
    }

    /// A byline naming three desks' reporters, a broadcaster's among them
    /// (`新华社记者刘建新中央人民广播电台记` / `者胡训军本报记者郭嘉`, band-07 of the benchmark's
    /// third seed), is one lead, wrapped onto a short line or on a line of its own over the text;
    /// so where two names run together after a desk (`…新华社记者贾永黄秋生`, commentary-15), and
    /// in a record's first paragraph. A reporter's name printed right before a broadcaster
    /// (`胡训军中央电视台记者`) stays a name.
    @Test func aBylineOfThreeDesksABroadcastersAmongThemIsOneLead() {
        let text = "勿忘父老乡亲\n\n新华社记者刘建新中央人民广播电台记\n者胡训军本报记者郭嘉\n湖南省吉首军分区司令员彭楚政扶贫济\n困、热心为民，人民群众称他扶贫司令。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.lead) == ["新华社记者刘建新中央人民广播电台记者胡训军本报记者郭嘉"])
        #expect(page.articles.first?.body == "湖南省吉首军分区司令员彭楚政扶贫济困、热心为民，人民群众称他扶贫司令。")
        #expect(PageLine.reporters(in: "新华社记者刘建新中央人民广播电台记者胡训军本报记者郭嘉") == "记者 刘建新 胡训军 郭嘉")
        let body = "一位29岁的退伍兵，用5年时间，使一个濒临倒闭的乡镇小厂，一跃成为连年产值超亿元的企业。"
        for byline in ["中国国防报记者黄运成新华社记者贾永黄秋生", "本报驻泰国记者成元生国际广播电台记者陆永江"] {
            let record = PageReader.Piece.splitLead(paragraphs: [byline, body])
            #expect(record.lead == byline && record.paragraphs == [body])
        }
        #expect(PageLine.reporters(in: "新华社记者胡训军中央电视台记者郭嘉") == "记者 胡训军 郭嘉")
    }

    /// The same byline wrapped twice in a narrow column, its last line clearly narrower than
    /// the text under it (band-09 of the page benchmark's seed 3, default-mode text): one lead.
    @Test func aBylineOfThreeDesksWrappedTwiceIsOneLead() {
        let text = "他们有13家。\n\n新华社记者刘建新中央人民\n广播电台记者胡训军本报记\n者郭嘉\n湖南省吉首军分区司令员彭\n楚政扶贫济困、热心为民，人\n民群众称他扶贫司令。\n"
        let page = PageReader().read(text, id: "p")
        let report = page.articles.first { $0.body.hasPrefix("湖南省吉首军分区司令员") }
        #expect(report?.lead == "新华社记者刘建新中央人民广播电台记者胡训军本报记者郭嘉", "\(page.articles.map(\.body))")
        #expect(report?.byline == "记者 刘建新 胡训军 郭嘉")
        // `--explain` reads the three lines as the lead, as the article does.
        #expect(page.readings.filter { $0.role == .lead }.map(\.line) == [3, 4, 5])
        #expect(page.readings.first { $0.line == 6 }?.role == .body)
    }

    /// A byline read before another report's dateline, its own story's lines interleaved with
    /// that report's (stacked-20 of the page benchmark's seed 3, default-mode text): no article
    /// is printed with no body; the byline is listed unassigned and no character is lost.
    @Test func aBylinePartedFromItsTextIsNoArticle() {
        let text = """
        要写得自然，更要活得认真
        ——天津作家、学者谈名人自传

        本报记者陈杰
        本报广州一月十四日电记者梁兆明报道：进入一九九八
        不久前，
        《今晚报》文化部邀集天津一些作家、学者，研
        年，广东省六十万绝对贫困人口已基本解决温饱。至此，
        讨名人传记的文化内涵、走俏的社会心理背景。

        """
        let page = PageReader().read(text, id: "p")
        #expect(!page.articles.isEmpty)
        #expect(page.articles.allSatisfy { !$0.body.isEmpty }, "\(page.articles.map(\.body))")
        #expect(page.articles.map(\.id) == page.articles.indices.map { "p-\($0 + 1)" })
        #expect(page.unassigned.map(\.text) == ["本报记者陈杰"])
        #expect(page.unassigned.first?.line == 4)
        #expect(page.articles.contains { $0.lead == "本报广州一月十四日电记者梁兆明报道：" })
    }

    /// A note on the text in brackets at a paragraph's end (`（全文另发）`, mixed-11 of the
    /// benchmark's fourth seed, mixed-15 of the second) names no reporters: the story goes on.
    @Test func aNoteOnTheTextInBracketsDoesNotCloseTheStory() {
        let text = "座谈会举行\n\n新华社北京1月15日电 座谈会今天在人民大会堂举行。\n江泽民说，要把伟大事业全面推向21世纪。（全文另发）\n中共中央政治局委员张万年在座谈会上发言。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.count == 1)
        #expect(page.articles.first.map { $0.body.contains("（全文另发）") && $0.body.hasSuffix("张万年在座谈会上发言。") } == true,
                "\(page.articles.map(\.body))")
    }

    /// The reporters' bracket wrapped right after its opening (band-07 of the benchmark's second
    /// seed): it closes the story all the same, and the untitled story after it is one of its own.
    @Test func reportersWrappedAfterTheirOpeningBracketCloseTheStory() {
        let text = "一般刷牙只能清洁牙齿表面的污垢和细菌，洗牙器还能去除齿斑，具有健齿等效果。（乌\n兰察夫）\n根据邮电部对寻呼台联网漫游业务所作的界定，每一\n个联网漫游有权用户都可实现对被叫用户的寻呼。\n"
        let page = PageReader().read(text, id: "p")
        #expect(page.articles.map(\.body) == ["一般刷牙只能清洁牙齿表面的污垢和细菌，洗牙器还能去除齿斑，具有健齿等效果。（乌兰察夫）",
                                              "根据邮电部对寻呼台联网漫游业务所作的界定，每一个联网漫游有权用户都可实现对被叫用户的寻呼。"])
    }

    /// A collection of items, each opening with its mark, some signed, one a note on the
    /// source (stacked-15 and band-19 in the page benchmark): one piece.
    @Test func signedItemsOfACollectionStayInOnePiece() throws {
        let text = """
        新当选的巴基斯坦总统今天宣读了总统就职誓词。
        信息廊
        △国家计委提出加强国际商业贷款管理。对那些实
        力不强的企业从严控制。（宋光茂）
        △国家技术监督局推出机动车安全技术新标准。（以
        上由本报新闻信息供稿）
        △上海第一八佰伴红火。消费者对其前景普遍看好。
        （龚雯）
        △VCD有降价空间。据行家分析，再度降价很有可能。
        （宋光茂）
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].body.hasPrefix("△国家计委提出"))
        #expect(page.articles[1].body.hasSuffix("再度降价很有可能。（宋光茂）"))
    }

    /// Headlines printed together in a band, each story under its own subtitle and byline
    /// (photo-04 in the page benchmark): a `——` line between a finished story and a lead is the
    /// next story's subtitle, and the story still takes its headline from the band.
    @Test func aSubtitleOverAStoryWhoseHeadlineIsInABand() throws {
        let text = """
        节日谨防公款送礼

        扩大合作共同发展

        喜看火箭排云上

        时下，又是年初岁尾，一些单位专人购买礼品送礼。只要上下共同努力，就能刹住公款送礼之风。（唐锦禄）
        ——访拉丁美洲议会副议长本西德
        本报驻委内瑞拉记者管彦忠
        为了发展委内瑞拉和中国的关系，双方应进一步扩大合作，利用优势互补，求得共同发展。
        ——访长三甲、长三乙运载火箭总设计
        师龙乐豪
        本报记者贾西平
        细心的读者会发现，我国为外国发射的卫星多了起来，火箭发射的成功率很高。

        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 3, "\(page.articles.map(\.body))")
        #expect(page.articles.map(\.title) == ["节日谨防公款送礼", "扩大合作共同发展", "喜看火箭排云上"])
        #expect(page.articles.map(\.subtitle) == [nil, "访拉丁美洲议会副议长本西德", "访长三甲、长三乙运载火箭总设计师龙乐豪"])
        #expect(page.articles[1].body.hasPrefix("为了发展委内瑞拉") && page.articles[2].body.hasPrefix("细心的读者"))
        // With an editor's note between the subtitle and the lead (commentary-06).
        let noted = PageReader().read("""
        古巴举行全国大选

        小厂崛起靠的是精神

        古巴11日举行第五届全国人民政权代表大会代表选举。大选结果将于12日正式公布。
        ——记吉林市电力器材有限公司
        编者按：一家小厂，白手起家，迅速崛起，靠的是职工艰苦创业。
        本报记者张玉来
        在我国老工业基地吉林市，一家以往名不见经传的小厂迅速崛起，靠的是职工的精神。

        """, id: "q")
        try #require(noted.articles.count == 2, "\(noted.articles.map(\.body))")
        #expect(noted.articles[0].body == "古巴11日举行第五届全国人民政权代表大会代表选举。大选结果将于12日正式公布。")
        #expect(noted.articles[1].subtitle == "记吉林市电力器材有限公司")
        #expect(noted.articles[1].title == "小厂崛起靠的是精神")
        #expect(noted.articles[1].editorsNote == "编者按：一家小厂，白手起家，迅速崛起，靠的是职工艰苦创业。")
    }

    /// A commentary signed by a note on its writer in brackets (commentary-08 in the page
    /// benchmark): the note ends the piece and is its byline, not its body's last sentence.
    @Test func anAuthorsNoteInBracketsSignsACommentary() {
        let page = PageReader().read("鲜血和生命写成的历史\n\n烈士的英灵辉映着冀中大地。他们的精神永垂青史，代代相承。\n（作者系原冀中回民支队政委，中国人民解放军空军原副政委）\n", id: "p")
        #expect(page.articles.map(\.body) == ["烈士的英灵辉映着冀中大地。他们的精神永垂青史，代代相承。"])
        #expect(page.articles.first?.byline == "（作者系原冀中回民支队政委，中国人民解放军空军原副政委）")
    }

    @Test func wireLeadsAndBylinesBrokenOverLines() {
        let page = PageReader().read("新华社北京1月1日电（记者 张三\n李四）国务院今天发布\n通知。\n", id: "p")
        #expect(page.articles.first?.lead == "新华社北京1月1日电（记者 张三 李四）")
        #expect(page.articles.first?.byline == "记者 张三 李四")
        #expect(page.articles.first?.body == "国务院今天发布通知。")
        // Reporters of two agencies before 报道：, wrapped onto the next line.
        let joint = PageReader().read("本报北京1月17日讯新华社记者王明、本报\n记者李华报道：会议今天开幕。\n", id: "q")
        #expect(joint.articles.first?.lead == "本报北京1月17日讯新华社记者王明、本报记者李华报道：")
        #expect(joint.articles.first?.body == "会议今天开幕。")
        // Three desks' reporters in a column thirteen characters wide: the lead runs over four
        // lines (mixed-17 of seed 24, whose lines these are).
        let narrow = PageReader().read("本报北京１月１４日讯中央人\n民广播电台记者张应银、新华\n社记者蔡晖、本报记者马利报\n道：近日，首都各新闻单位连\n续报道了甘肃省河西军民创建。\n", id: "r")
        #expect(narrow.articles.first?.lead == "本报北京1月14日讯中央人民广播电台记者张应银、新华社记者蔡晖、本报记者马利报道：")
        #expect(narrow.articles.first?.body == "近日，首都各新闻单位连续报道了甘肃省河西军民创建。")
    }

    /// Run-in titles in text with no type sizes (briefs-09 in the page benchmark): the gap after
    /// the title is one space in the text however wide it is printed, so the line looks up to
    /// two characters narrower than the one under it; a title may name its place before a colon.
    @Test func runInTitlesWithAWideGapOrAPlaceBeforeAColon() {
        let text = """
        他说，双方的合作还将继续扩大。
        江泽民会见西班牙客人 新华社北京
        一月十三日电国家主席江泽民今天在中
        南海会见了西班牙客人，宾主进行了友
        好的交谈。
        武汉：自学考试升温 近年来，武汉市
        报名参加自学考试的人数从几千人上升
        到九万多人。
        """
        let briefs = PageReader().read(text, id: "p").articles.filter { $0.title != nil }
        #expect(briefs.map(\.title) == ["江泽民会见西班牙客人", "武汉：自学考试升温"])
        #expect(briefs.first?.lead == "新华社北京一月十三日电")
        #expect(briefs.first?.body == "国家主席江泽民今天在中南海会见了西班牙客人，宾主进行了友好的交谈。")
        #expect(briefs.last?.body == "近年来，武汉市报名参加自学考试的人数从几千人上升到九万多人。")
    }

    /// A run-in title may hold quotes or a book's title, whole (`《林散之书法集》显大家风范 本报讯`,
    /// briefs-12 of seed 24): the brief is one of its own, not the end of the brief above.
    @Test func aRunInTitleMayHoldABooksTitle() {
        let text = """
        菜花西红柿橙子可抗癌 据波兰《法律与经济报》报道，
        波兰消费者医疗中心认为，菜花、西红柿、橙子等是最具
        抗癌作用的蔬菜和水果。
        《林散之书法集》显大家风范 本报讯
        “九五”规划国家重点图书《林散之书
        法集》日前由古吴轩出版社出版。
        """
        let briefs = PageReader().read(text, id: "p").articles
        #expect(briefs.map(\.title) == ["菜花西红柿橙子可抗癌", "《林散之书法集》显大家风范"])
        #expect(briefs.last?.lead == "本报讯")
        #expect(briefs.last?.body.hasPrefix("“九五”规划国家重点图书") == true, "\(briefs.map(\.body))")
    }

    /// A run-in title may be a quote whole, the gap after its closing mark kept
    /// (`『只想做一个合格的医生』 刚过而立`, briefs-09 of seed 56), or hold Latin letters
    /// (`中影中唱组建ＶＣＤ生产线 由全国…`, briefs-15 of seed 40) or a year's apostrophe
    /// (`’９９世界邮展筹备正酣 本报讯…`, briefs-07 of seed 56): each brief is one of its own.
    @Test func aRunInTitleMayBeAQuoteOrHoldLatinLettersOrAYearsApostrophe() throws {
        let text = """
        国的农业科技革命取得实实在在的效
        果。

        『只想做一个合格的医生』 刚过而立
        之年的黄斌，出生于一个中医世家，从
        小耳濡目染，领受了传统中医的熏陶。

        中影中唱组建ＶＣＤ生产线 由全国影视、音像行业的两
        家主要企业———中国电影公司和中国唱片总公司，共同
        投资组建的华韵影视光盘公司，日前在北京正式投入生
        产。
        """
        let briefs = PageReader().read(text, id: "p").articles
        try #require(briefs.count == 3, "\(briefs.map(\.body))")
        #expect(briefs.map(\.title) == [nil, "『只想做一个合格的医生』", "中影中唱组建VCD生产线"])
        #expect(briefs[1].body.hasPrefix("刚过而立之年的黄斌") == true, "\(briefs.map(\.body))")
        #expect(briefs[2].body.hasPrefix("由全国影视、音像行业") == true, "\(briefs.map(\.body))")
        #expect(PageLine.tidy("“三讲” 教育活动在全国展开") == "“三讲”教育活动在全国展开")
        #expect(PageLine.runInTitle(PageLine.tidy("’９９世界邮展筹备正酣 本报讯中国’９９世界邮展"))?.title == "’99世界邮展筹备正酣")
    }

    /// A run-in title may close with a quote it holds, the gap after it kept (`莫把入股当“集资”
    /// 时下，…`, briefs-15 of seed 40; `七位“亲闺女” ８９岁的烈军属`, briefs-05): the brief is one of
    /// its own; a quoted word after a clause (`据说，“钥匙孔效应” 的自叙`) closes no title.
    @Test func aRunInTitleMayCloseWithAQuote() throws {
        let text = """
        极参与中国市场的竞争，扩大在华投资和技术转让，推动
        中美经贸关系进一步向前发展。
        莫把入股当“集资” 时下，以推行股份制或股份合作制
        为主要形式的产权制度改革，已在各地展开。然而，有些
        企业改制后，一些职工的权益难以保障，改制时所入股金
        实际上等同于“集资”
        。
        """
        let briefs = PageReader().read(text, id: "p").articles
        try #require(briefs.count == 2, "\(briefs.map(\.body))")
        #expect(briefs[1].title == "莫把入股当“集资”")
        #expect(briefs[1].body.hasPrefix("时下，以推行股份制"))
        #expect(PageLine.tidy("七位“亲闺女” ８９岁的烈军属") == "七位“亲闺女” 89岁的烈军属")
        #expect(PageLine.tidy("据说，“钥匙孔效应” 的自叙") == "据说，“钥匙孔效应”的自叙")
    }

    /// A run-in title may print a year's zeros as `○` (`二○○○年长城将竖立倒计时钟`, briefs-20 of
    /// seed 3, its dateline broken before `讯`): the brief is one of its own, its lead whole.
    @Test func aRunInTitleMayPrintAYearsZerosAsCircles() {
        let text = """
        图季曼说，东斯拉沃尼亚地区顺利实现统一意味着该地区
        的战争最终结束，克罗地亚实现了对该地区的主权和领土
        完整。
        二 ○○○ 年长城将竖立倒计时钟 本报北京 1 月 9 日
        讯记者徐卫东报道：2000 年将是个世界性的节日，为
        庆祝这一历史时刻，由人民日报社发起并经有关部门批
        准，人民日报国际部。
        """
        let briefs = PageReader().read(text, id: "p").articles
        #expect(briefs.map(\.title) == [nil, "二○○○年长城将竖立倒计时钟"])
        #expect(briefs.last?.lead == "本报北京1月9日讯记者徐卫东报道：")
        #expect(briefs.last?.body.hasPrefix("2000年将是个世界性的节日") == true, "\(briefs.map(\.body))")
        #expect(PageLine.runInTitle("○国家计委提出加强国际商业贷款管理 本报讯") == nil)
    }

    /// Four columns' lines poppler ran together, one with a book title's marks before a gap
    /// (`医院等一百个单位获得『三下乡』先进集体 乡三百三十多万场，… 中宣部…`, photo-02 of the varied
    /// pages' seed 41), hold no run-in title: the text after the gap has gaps of its own.
    @Test func linesOfColumnsRunTogetherHoldNoRunInTitle() {
        let text = "体、先进个人表彰电视电话会议今天在京召 问题。据不完全统计，一年来，共送去图书一 乡村医务人员培训班一点七万余次，培训了 持经常化，服务热情高，甘于作奉献。他们\n开。中国农业科学院、中央电视台、北京协和 点三亿多册，建起图书室五万多个，送戏下 五十多万人。\n\n用自己的实际行动，弘扬了中华民族扶贫助\n\n医院等一百个单位获得『三下乡』先进集体 乡三百三十多万场，送电影下乡一千零二十 中宣部常务副部长刘云山在会上讲话。他 困的传统美德，体现了党和政府对农民的关\n称号；中国评剧院演员戴月琴、河北农大副 多万场；送科技录像带近三十万盘，科技人 说，『三下乡』体现了中央加强精神文明建 心，反映了广大文化科技卫生工作者对农民\n教授王金春等一百位同志荣获『三下乡』先 员下乡一百四十多万人次，举办科技大集十 设的要求，体现了中央加强农业和农村工作 的感情，架起了城乡协调发展、共同进步的\n"
        let articles = PageReader().read(text, id: "p").articles
        #expect(!articles.contains { $0.title?.hasPrefix("医院等一百个单位") == true }, "\(articles.map(\.title))")
        #expect(articles.contains { $0.body.contains("医院等一百个单位获得『三下乡』先进集体") })
    }

    /// The editor's afterword printed right under a story its reporters closed (`＊＊＊` /
    /// `编者的话：`, stacked-18 in the page benchmark; `编后：`) is still the story's.
    @Test(arguments: ["＊＊＊\n编者的话：\n近年来，反腐败年年抓。\n", "编后：这种做法值得推广。\n"])
    func anEditorsAfterwordStaysWithItsStory(afterword: String) {
        let text = "整顿财经纪律\n\n本报讯 山西省委、省政府于1993年开始整顿财经纪律。\n有关人员受到处分。（晋正言）\n" + afterword
        let articles = PageReader().read(text, id: "p").articles
        #expect(articles.count == 1, "\(articles.map(\.body))")
        #expect(articles.first?.title == "整顿财经纪律")
        #expect(articles.first?.body.hasSuffix(afterword.split(separator: "\n").last.map(String.init) ?? "") == true, "\(articles.map(\.body))")
    }

    /// A run-in title may name the paper (`本报珍藏版在意首发`, briefs-19 of the page benchmark's
    /// second seed): words opening as a lead's do are a lead only where a lead follows from them.
    @Test func aRunInTitleMayNameThePaper() {
        let text = "他说，双方的合作还将继续扩大。\n本报珍藏版在意首发 本报罗\n马1月13日电记者罗晋标报\n道：珍藏版今天在罗马首发。\n"
        let brief = PageReader().read(text, id: "p").articles.last
        #expect(brief?.title == "本报珍藏版在意首发")
        #expect(brief?.lead == "本报罗马1月13日电记者罗晋标报道：")
        #expect(PageLine.runInTitle("本报北京 1 月 5 日讯 记者今天获悉") == nil)
    }

    /// A column of briefs under its label (`简讯`, briefs-01 and briefs-03 in the page benchmark):
    /// the label is the page's furniture and the brief under it opens with its run-in title,
    /// whose full-width digits and wide gap make its line look three characters narrower.
    @Test func briefsUnderTheirColumnLabel() {
        let text = """
        简讯
        江苏供销社分流职工１３万 本报讯
        记者赵志文报道：几年来，江苏省供销
        社五年安置社会就业人员十三万人。
        """
        let page = PageReader().read(text, id: "p")
        #expect(page.section == "简讯")
        #expect(page.articles.map(\.title) == ["江苏供销社分流职工13万"])
        #expect(page.articles.first?.lead == "本报讯记者赵志文报道：")
        #expect(page.articles.first?.body == "几年来，江苏省供销社五年安置社会就业人员十三万人。")
    }

    /// Briefs stacked in a column: each title printed at the start of its first line, the
    /// dateline broken at the line's end (`本报北京1月` / `18日讯…`).
    @Test func runInTitlesOpenBriefsAndBrokenDatelinesAreWhole() {
        let text = """
        上一则简讯的最后一句话写在这里。
        城东新桥今日通车 本报杭州1月
        18日讯记者王明报道：城东新桥
        今天上午正式通车，全长一千
        二百米，双向六车道。
        老街改造全面完工 老街改造工
        程历时两年，近日全面完工，
        街区恢复了旧日风貌。
        """
        let page = PageReader().read(text, id: "p")
        let briefs = page.articles.filter { $0.title != nil }
        #expect(briefs.map(\.title) == ["城东新桥今日通车", "老街改造全面完工"])
        #expect(briefs.first?.lead == "本报杭州1月18日讯记者王明报道：")
        #expect(briefs.first?.body == "城东新桥今天上午正式通车，全长一千二百米，双向六车道。")
        #expect(briefs.last?.body == "老街改造工程历时两年，近日全面完工，街区恢复了旧日风貌。")
        #expect(PageReaderTests.han(of: page) == PageReaderTests.han(of: text))
    }

    /// A wire dateline ending its line, the next opening with the reporters' names in brackets
    /// and no `记者` (briefs-14 of the benchmark's second seed): the names are the lead's.
    @Test func reportersNamedAloneInBracketsUnderAWireDateline() {
        let text = """
        上一则简讯的最后一句话写在这里。
        军委总部救灾物资运抵拉萨 据新华社拉萨1月4日电
        （刘道国、张贵剑）1月3日，一辆辆满载棉衣、棉被和帐
        篷等防冻防寒物资的汽车开出拉萨贡嘎机场。
        """
        let page = PageReader().read(text, id: "p")
        let brief = page.articles.first { $0.title != nil }
        #expect(brief?.title == "军委总部救灾物资运抵拉萨")
        #expect(brief?.lead == "据新华社拉萨1月4日电（刘道国、张贵剑）")
        #expect(brief?.body == "1月3日，一辆辆满载棉衣、棉被和帐篷等防冻防寒物资的汽车开出拉萨贡嘎机场。")
    }

    /// A wire dateline broken before its last word right under a brief's title line
    /// (briefs-19 of the benchmark's second seed): the lead is whole, out of the body.
    @Test func aDatelineBrokenBeforeItsLastWordUnderATitle() {
        let text = """
        上一则简讯的最后一句话写在这里。
        美声称不排除单独对伊采取行动
        新华社华盛顿1月13日
        电（记者符泉生）白宫13日表
        示，在同伊拉克的对峙中，美国
        不排除采取单独行动。
        """
        let page = PageReader().read(text, id: "p")
        let brief = page.articles.first { $0.title != nil }
        #expect(brief?.title == "美声称不排除单独对伊采取行动")
        #expect(brief?.lead == "新华社华盛顿1月13日电（记者符泉生）")
        #expect(brief?.body == "白宫13日表示，在同伊拉克的对峙中，美国不排除采取单独行动。")
    }

    /// Text with no type sizes: two agency reports the paper took (`据新华社…电`) one right
    /// after the other (band-02 of the page benchmark) are one story, cut as one piece whatever
    /// headlines the page prints; a report of the paper's own after them opens another.
    @Test func twoAgencyReportsRunOnAreOnePiece() throws {
        let lines = """
        据新华社莫斯科1月14日电俄罗斯外长普里马科夫14日表示，俄罗斯
        反对动用武力解决与伊拉克武器核查有关的问题。
        据新华社巴格达1月14日电（记者顾正龙）伊拉克副总理阿齐兹14日晚
        警告说，伊拉克将不会对武器核查问题继续保持沉默。
        本报太原1月3日电东方不亮西方亮，三万多下岗职工在吕梁山区找到了
        用武之地。
        """.split(separator: "\n").map(String.init)
        let (pieces, _, _) = PageReader.segment(PageLine.classify(lines))
        #expect(pieces.map(\.lines.count) == [4, 2])
    }

    /// A brief under an untitled report, its title run in before its lead (briefs-03 of the
    /// page benchmark): a piece of its own, never joined to the report as a second wire report
    /// would be, and its title is kept (no Han character of the page is lost).
    @Test func aRunInTitledBriefUnderAnUntitledReportStaysApart() throws {
        let text = """
        本报鞍山1月5日电辽宁省鞍山市公
        安机关经过积极侦查，于12月31日
        成功破获特大抢枪案，缴获勃朗宁手
        枪1支，子弹37发，参战民
        警无一伤亡。
        我国将实行统一供种 本报讯记者董
        建勤从农业部获悉：今年我国11亿亩
        主要农作物将实行统一供种，标牌统供
        率将达80％。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[1].title == "我国将实行统一供种")
        #expect(PageReaderTests.han(of: page) == PageReaderTests.han(of: text))
    }

    /// A run-in title of two characters is a title before a lead (`铁路 本报讯…`, briefs-03 of
    /// the benchmark's second seed); before other text two characters are not taken as one.
    @Test func aTwoCharacterRunInTitleBeforeALead() {
        let text = """
        上一则简讯的最后一句话写在这里。
        铁路 本报讯全国铁路系统送温暖活动
        注重开发性帮困解困，取得了明显效果。
        据悉 全路已累计帮困七万多户，解困
        六万户，受到职工的普遍欢迎。
        """
        let page = PageReader().read(text, id: "p")
        let brief = page.articles.first { $0.title != nil }
        #expect(brief?.title == "铁路")
        #expect(brief?.lead == "本报讯")
        #expect(brief?.body.hasPrefix("全国铁路系统送温暖活动注重开发性帮困解困") == true)
        #expect(page.articles.allSatisfy { $0.title != "据悉" })
    }

    /// pdftotext text: a column broke off mid-sentence, and the next block is another story's
    /// headline, narrower than the column, then that story's editor's note.
    @Test func aHeadlineWhereAColumnBrokeOffMidSentence() {
        let text = """
        老城区改造工程进展顺利，居民们纷纷表示，这次改造
        让老街焕发了新的生机，也让大家的生活更加方便和

        银行倒闭风波
        编者按：金融安全关系经济全局。
        一家老牌银行日前宣布倒闭，储户纷纷前往银行网点询问
        存款的去向，当地政府已经成立工作组处理善后事宜。
        """
        let page = PageReader().read(text, id: "p")
        let story = page.articles.first { $0.title == "银行倒闭风波" }
        #expect(story?.body == "一家老牌银行日前宣布倒闭，储户纷纷前往银行网点询问存款的去向，当地政府已经成立工作组处理善后事宜。")
        #expect(story?.editorsNote?.contains("金融安全关系经济全局") == true)
        #expect(page.articles.first?.body.hasSuffix("更加方便和") == true)
    }

    /// Text with no type sizes: a headline under a column that broke off mid-sentence, over text
    /// on another subject (commentary-05 of the page benchmark: a commentary on state firms,
    /// then a visit to a village), heads that text; the column's sentence goes on elsewhere.
    @Test func aHeadlineWhereAColumnBrokeOffHeadsTextOnAnotherSubject() throws {
        let text = """
        今年和今后一段时期，国有企业
        深化改革的目标已经确定，就是
        党的十五大和十五届一中全会提
        出的，用 3 年左右时间，通过改
        革、改组、改造和加强管理，使大
        多数国有大中型亏损企业摆脱困
        境，力争到本世纪末大多数国有
        大中型骨干企业初步建立现代企

        走访牧奎村
        朔风卷地，大兴安岭脚下的牧奎
        村已披上了厚厚的银装，缕缕炊
        烟从农家小院里缓缓地飘出，为
        这片荒寒的土地上平添了几分生
        气。
        我踏着积雪走向机关扶持的几个
        贫困户。随着咯咯吱吱的脚步声，
        便来到了张文学石头墙围起的小
        院门，老张急忙从屋里奔迎出来，
        头上的皮帽耳忽闪忽闪的。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("初步建立现代企"))
        #expect(page.articles[1].title == "走访牧奎村")
        #expect(page.articles[1].body.hasPrefix("朔风卷地"))
    }

    /// A brief's title between two briefs, no blank line around it (briefs-11 of the page
    /// benchmark's seed 1998): the text under it, a brief's length on another subject than the
    /// brief above, runs up to the next report's headline over its lead, so it is a brief of
    /// its own, not the brief above going on.
    @Test func aBriefsTitleBetweenBriefsHeadsTheTextUpToTheNextReport() throws {
        let text = """
        天津读者好福气邮局送报到家门
        本报天津１月３日电记者陈杰报道：爱读
        报刊的天津人真是福气，从１月１日起，各
        种报纸杂志都能送到居民家门口。你看，家
        门口挂着免费赠送的各种报箱，红报箱投
        的是《今晚报》
        ，绿报箱上刻着“中国邮政”
        ，
        蓝报箱、黄报箱分别投的是自办发行的《天
        津日报》和《天津广播电视报》
        。记者１日
        早晨出门采访，中午回家收到当日套红喜
        庆的《人民日报》和《天津日报》
        ，傍晚打
        开屋门拿到《今晚报》。
        埃及政府加强旅游景点的保护
        由于１９９７年９月和１１月在埃及的开
        罗和卢克索市连续发生两起恶性恐怖袭击
        外国游客事件，埃及政府近日增加警力，在
        开罗市区和各旅游景点部署了大量荷枪实
        弹的警察，以防恐怖袭击事件的再度发生。
        １、图为在埃及科普特教区旅游点值勤的
        警察。
        巴基斯坦新总统宣誓就职
        据新华社伊斯兰堡１月１日电（记者杨士
        龙）新当选的巴基斯坦总统拉菲克·塔拉尔
        今天在这里宣誓就职。他是巴建国以来的
        第九任总统。
        就职仪式今天上午在位于伊斯兰堡市中心
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 3, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasSuffix("傍晚打开屋门拿到《今晚报》。"))
        #expect(page.articles[1].title == "埃及政府加强旅游景点的保护")
        #expect(page.articles[1].body.hasPrefix("由于1997年9月"))
        #expect(page.articles[2].title == "巴基斯坦新总统宣誓就职")
    }

    /// A title run in before text that opens with a number keeps its gap, which the spaces
    /// set around numbers would take with them: before a date closed by a comma, opening a
    /// caption (photo-10 of the page benchmark's seed 1998), and before a full-width number
    /// (briefs-01). A sentence opening with a year (commentary-14) has no title.
    @Test func aTitleRunInBeforeANumberHeadsItsText() throws {
        let caption = """
        四座新
        建核电
        站进展
        顺利

        冬泳迎新年 1998 年元旦，全国各地开展丰富多彩的健身活动。这是广西南
        宁近千名冬泳爱好者冒雨横渡邕江，迎接新年。
        陈天湖/摄

        世界游泳锦标赛
        陈妍夺得第二金
        本报珀斯 1 月 14 日电记者许
        立群报道：中国选手陈妍今晚
        在第八届世界游泳锦标赛女
        子 400 米自由泳决赛中，以
        4 分 06 秒 72 的成绩夺得冠
        军，这是她在本次世锦赛上获
        """
        let captioned = PageReader().read(caption, id: "p")
        try #require(captioned.articles.count == 3, "\(captioned.articles.map(\.body))")
        #expect(captioned.articles[1].title == "冬泳迎新年")
        #expect(captioned.articles[1].body.hasPrefix("1998年元旦，全国各地"))
        let briefs = """
        １：在北京电报局营业大厅内，每天前来
        办理入网手续和咨询网上业务的人络绎不
        绝。
        湖南涌现３５万养猪大户 １９９７年湖
        南省已有１６户养猪万头大户。据统计，
        １
        ９９７年全省出栏肉猪１０００头至５０
        ００头的大户达１４２户，出栏５０００
        头至１万头的达１０７户，出栏在３０头
        以上的专业大户已达３５万多户，他们共
        出栏肉猪１４００多万头，占全省出栏猪
        """
        let brief = try #require(PageReader().read(briefs, id: "q").articles.last)
        #expect(brief.title == "湖南涌现35万养猪大户")
        #expect(brief.body.hasPrefix("1997年湖南省已有16户"))
        let story = """
        继续加强和改善宏观调
        控
        ——四论今年经济工作主要任务
        在刚刚过去的 1997 年，我国经济继续
        保持了“一低一高”的发展势头，在物
        价涨幅回落到 0.8% 的同时，国民生产
        总值仍然增长 8.8%。这是党中央、国
        """
        let article = try #require(PageReader().read(story, id: "r").articles.first)
        #expect(article.body.hasPrefix("在刚刚过去的1997年，我国经济继续保持"))
    }

    /// A title as short as a name, after a caption its credit closed and right over a
    /// subtitle, is the story's headline, not the caption's signature (mixed-20 of the page
    /// benchmark's seed 1998).
    @Test func aShortTitleOverASubtitleIsAHeadline() throws {
        let text = """
        驻藏部队援助西藏灾区
        西藏那曲发生特大雪灾后，驻藏部队及时将急需的食品等运往灾区。图为运
        送救灾物资的某团战士杜勇和果强与灾民们在一起。 新华社记者 索朗罗
        布摄

        怀念
        ——毛主席纪念堂重新开放见闻

        新华社记者王永治牛爱民
        来自深圳的邱洪标今天早晨
        6 时 30 分就赶到了毛主席纪
        念堂北门，成为第一个在此排
        队等候的瞻仰者。毛主席纪
        念堂经过九个月的维修后于
        1 月 6 日重新开放。
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].byline == "新华社记者 索朗罗布摄")
        #expect(page.articles[1].title == "怀念")
        #expect(page.articles[1].subtitle == "毛主席纪念堂重新开放见闻")
    }

    /// A statement's signature broken inside the name in a narrow column signs the statement
    /// whole; the office is no title run in before text (commentary-18 of the varied pages'
    /// seed 13).
    @Test func aSignatureBrokenInsideTheNameSignsTheStatement() throws {
        let text = """
        人心顺事业兴

        目前，改革正处于攻坚阶段。“两个根本转变”过程
        中，不可避免地会产生观念的碰撞、利益的冲突。如
        果这些热点冷静了，焦点消除了，难点解决了，人民
        自然就答应、赞成、满意、高兴。
        中共湖南岳阳市委书记 阳宝
        华
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].kind == .statement)
        #expect(page.articles[0].byline == "中共湖南岳阳市委书记 阳宝华")
        #expect(page.articles[0].body.hasSuffix("满意、高兴。"))
    }

    /// A statement's signature whose office is too long for one line, broken inside the office
    /// (`…国务院证券委主任、中` / `国证监会主席 周正庆`, commentary-12 of the varied pages' seed 20,
    /// as the PDF reads it), signs the statement whole.
    @Test func aSignatureBrokenInsideALongOfficeSignsTheStatement() throws {
        let text = """
        积极发展规范运作

        平，不断加强市场规范化建设，及时防范和
        化解市场风险，切实保护广大投资人利益。
        借此机会，向人民日报的广大读者以及全体
        证券投资者、证券监管工作人员、证券从业
        人员、上市公司职工拜年。同时，预祝人民
        日报财税金融专版有一个高的起点，办出特
        色，办出水平，为促进我国证券市场稳步健
        康发展作出贡献。
        国务院副秘书长、国务院证券委主任、中
        国证监会主席 周正庆
        """
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].kind == .statement)
        #expect(page.articles[0].byline == "国务院副秘书长、国务院证券委主任、中国证监会主席 周正庆")
        #expect(page.articles[0].body.hasSuffix("稳步健康发展作出贡献。"))
    }

    /// The last line of an editor's note in a face of its own, as long as a title but running
    /// into the sentence's end on the next line, is the note's, no headline (commentary-15 of
    /// the varied pages' seed 13).
    @Test func aNoteLineRunningIntoItsSentencesEndIsNoHeadline() throws {
        let text = """
        推行股份制不可强求

        编者按：企业实行股份制后，应切实按照股份制的
        要求规范运作，不能“换汤不换药”。
        希望这三封来信能给大家带来一点启
        示。

        目前，各地都在积极对企业进行股份制改造，进
        展较快。但是，有些企业股份制改造流于形式。
        """
        let display = LineStyle(size: 1.8, distinctFace: true), note = LineStyle(size: 1, distinctFace: true)
        let body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [display, nil, note, note, note, note, nil, body, body]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "推行股份制不可强求")
        #expect(page.articles[0].editorsNote?.hasSuffix("希望这三封来信能给大家带来一点启示。") == true)
        #expect(page.articles[0].body.hasPrefix("目前，各地都在积极对企业"))
    }

    /// A subtitle in body type broken over three lines, the third opening with a bracket inside
    /// the book title the second left open, is whole under its headline (commentary-05 of the
    /// varied pages' seed 13).
    @Test func aSubtitleOverThreeLinesStaysWhole() throws {
        let text = """
        国务院召开第65次常务会议
        ——李鹏主持讨论并原则通过
        《中华人民共和国土地管理法
        （修订草案）》

        新华社北京1月9日电 国务院总理李鹏今天上午主持召开国务院第65次常务会议，讨论并原则通过《中华人民共和国土地管理法（修订草案）》。
        """
        let display = LineStyle(size: 2, distinctFace: true), body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [display, body, body, body, nil, body]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "国务院召开第65次常务会议")
        #expect(page.articles[0].subtitle == "李鹏主持讨论并原则通过《中华人民共和国土地管理法（修订草案）》")
    }

    /// In a band of headlines, a kicker in display type but in a face of its own, right before
    /// a headline half as large again on the same story, is that headline's kicker, no
    /// headline of its own (band-01 of the varied pages' seed 15).
    @Test func aKickerInABandHeadsNoStoryOfItsOwn() throws {
        let text = """
        李鹏接见海关关长会议代表

        国民经济运行平稳税收征管措施加强

        海关去年征税九百四十亿创历史最高纪录

        马耳他总理会见钱其琛

        国务院总理李鹏今天下午在人民大会堂接见全国海关关长会议代表，
        强调海关的职能不能削弱，只能加强。

        记者今天从海关总署了解到，1997年全国海关征税九百四十亿元，
        创历史最高纪录。去年海关税收大幅度增长的主要原因是，国民经济
        运行平稳，税收征管措施加强。

        马耳他总理桑特13日在这里会见了来访的钱其琛副总理。
        """
        let headline = { (size: Double) in LineStyle(size: size, distinctFace: true, headlineFace: true) }
        let kicker = LineStyle(size: 1.4, distinctFace: true, headlineFace: false), body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [headline(3), nil, kicker, nil, headline(2.9), nil, headline(2.4), nil,
                                    body, body, nil, body, body, body, nil, body]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 3, "\(page.articles.map(\.body))")
        #expect(page.articles.map(\.title) == ["李鹏接见海关关长会议代表", "海关去年征税九百四十亿创历史最高纪录", "马耳他总理会见钱其琛"])
        #expect(page.articles[1].kicker == "国民经济运行平稳税收征管措施加强")
    }

    /// A photo credit whose desk the extraction printed on a line of its own, before or after
    /// the name (photo-01 of the varied pages' seed 7, photo-03 of seed 15), closes its caption
    /// whole; the desk alone opens no report.
    @Test func aCreditsDeskOnALineOfItsOwnJoinsTheCredit() throws {
        for (first, second) in [("新华社记者", "刘卫兵摄"), ("刘卫兵摄", "新华社记者")] {
            let text = """
            瑞雪降京城
            一月十三日，北京市区普降中雪，京城街头银装素裹。

            \(first)

            \(second)

            鞍山破获特大抢枪案

            本报讯 辽宁省鞍山市公安机关经过积极侦查，破获一起特大抢枪案。
            """
            let page = PageReader().read(text, id: "p")
            try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
            #expect(page.articles[0].byline == "新华社记者 刘卫兵摄")
            #expect(page.articles[1].title == "鞍山破获特大抢枪案")
        }
    }

    /// A subtitle's last line may hold clauses and brackets where sizes are known, when it ends
    /// its block narrower than the line above (`（上）`, commentary-13 of the varied pages' seed
    /// 15; `5亿吨，生产原油1580万吨`, commentary-06): the subtitle's, no piece of its own. A story's
    /// first line right under a subtitle fills its column and goes on: it stays the story's.
    @Test func aSubtitlesLastLineMayHoldClausesAndBrackets() throws {
        let display = LineStyle(size: 1.9, distinctFace: true), body = LineStyle(size: 1, distinctFace: false)
        for (tail, subtitle) in [("（上）", "菜篮子工程建设十年述评（上）"), ("十年，成效显著", "菜篮子工程建设十年述评十年，成效显著")] {
            let text = "从短缺走向平衡\n——菜篮子工程建设十年述评\n\(tail)\n\n本报北京1月5日讯 到1997年底，除了奶类和水产品以外，我国主要农产品的供应已经基本平衡。\n"
            let page = PageReader().read(text, styles: [display, body, body, nil, body], id: "p")
            try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
            #expect(page.articles[0].subtitle == subtitle)
        }
        let text = "从短缺走向平衡\n——菜篮子工程建设十年述评\n到1997年底，除了奶类和水产\n品以外，我国主要农产品的供\n应已经基本平衡。\n"
        let page = PageReader().read(text, styles: [display, body, body, body, body], id: "p")
        try #require(page.articles.count == 1, "\(page.articles.map(\.body))")
        #expect(page.articles[0].body.hasPrefix("到1997年底"))
    }

    /// Where sizes are known, a story's column broken off mid-sentence goes on after another
    /// story's headline printed at the break, whose own story stands further on (stacked-06 of
    /// the varied pages' seed 13: `…其实，山东队赛前的低调恰` / `联查『威绿达』` / `恰为队员卸下了包袱…`).
    @Test func aColumnBrokenOffMidSentenceGoesOnAfterAnotherStorysHeadline() throws {
        let text = """
        变与不变间

        要说变化，这个赛季的男篮甲A联赛变化不
        小。山东队是本赛季唯一没有人员变化的球
        队，却取得积分榜第二的位置。其实，山东
        队赛前在联赛开始以前一直保持的低调恰

        联查威绿达米店

        恰为队员卸下了包袱，每场球都全力去拼。
        山东队的低调，有时也是取胜之道。

        本报讯 工商部门联查威绿达米店，查了三
        户米店都不合格，旧米充新米，缺斤短两。
        """
        let display = LineStyle(size: 1.9, distinctFace: true), body = LineStyle(size: 1, distinctFace: false)
        let styles: [LineStyle?] = [display, nil, body, body, body, body, nil, display, nil, body, body, nil, body, body]
        let page = PageReader().read(text, styles: styles, id: "p")
        try #require(page.articles.count == 2, "\(page.articles.map(\.body))")
        #expect(page.articles[0].title == "变与不变间")
        #expect(page.articles[0].body.hasSuffix("有时也是取胜之道。"))
        #expect(page.articles[1].title == "联查威绿达米店")
    }

    /// Inputs the page fuzz target (`Fuzz/`) first stopped on: a compatibility ideograph
    /// (U+F901) and a Kangxi radical (U+2F1F) come out as the Han characters they stand for.
    @Test func compatibilityIdeographsComeOutAsTheirHanCharacters() {
        let page = PageReader().read("Y\n\u{F901}", id: "p")
        #expect(page.articles.map(\.body).joined() + page.unassigned.map(\.text).joined() == "Y\u{66F4}")
        let radical = PageReader().read("\u{FFFD}O\u{FFFD}\u{FFFD}\u{2F1F}\u{FFFD}/", id: "q")
        #expect((radical.articles.map(\.body).joined() + radical.unassigned.map(\.text).joined()).contains("\u{571F}"))
    }

    /// An input the page fuzz target stopped on (CI at e89bd7e: the seed page's lines mangled
    /// into invalid UTF-8, one `İ` among them): the headline matcher's vocabulary, fitted on
    /// the stories, held `i̇` (i and a combining dot: `İ` lower-cased), which did not read back as
    /// one token, and the process stopped. Here the same in a page of two lines.
    @Test func aDottedCapitalIInAStoryReadsThrough() throws {
        let text = "广州亚运会开幕\n\n本报讯　İSTANBUL代表团今天上午抵达广州，参加亚运会。\n"
        let page = PageReader().read(text, id: "p")
        try #require(page.articles.count == 1)
        #expect(page.articles[0].title == "广州亚运会开幕")
        #expect(((page.articles[0].lead ?? "") + page.articles[0].body).contains("İSTANBUL代表团今天上午抵达广州"))
    }

    /// Characters of `a` not in `b` and of `b` not in `a`, counting repeats.
    static func difference(_ a: [UInt32], _ b: [UInt32]) -> (String, String) {
        var counts: [UInt32: Int] = [:]
        for v in a { counts[v, default: 0] += 1 }
        for v in b { counts[v, default: 0] -= 1 }
        func text(_ keep: (Int) -> Bool) -> String {
            String(String.UnicodeScalarView(counts.keys.sorted().filter { keep(counts[$0]!) }.compactMap(Unicode.Scalar.init)))
        }
        return (text { $0 > 0 }, text { $0 < 0 })
    }

    static func han(of text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter(CharacterClass.isHan).sorted()
    }

    static func han(of page: PageReader.Page) -> [UInt32] {
        // A report's byline names the reporters of its lead: printed once, in the lead. A byline
        // the lead does not hold (a picture credit under the report) was printed apart.
        func printedApart(_ byline: String?, lead: String?) -> String? {
            guard let byline, let lead else { return byline }
            let name = String(String.UnicodeScalarView(byline.unicodeScalars.filter { CharacterClass.isHan($0.value) }))
            let printed = String(String.UnicodeScalarView(lead.unicodeScalars.filter { CharacterClass.isHan($0.value) }))
            return printed.contains(name) ? nil : byline
        }
        let parts = page.articles.flatMap { a in
            [a.kicker, a.title, a.subtitle, a.editorsNote, a.lead, printedApart(a.byline, lead: a.lead), a.body].compactMap { $0 }
        } + page.unassigned.map(\.text)
        return han(of: parts.joined(separator: "\n"))
    }
}

@Suite struct CorpusAssemblyTests {
    @Test func aRecordsDatelineLeadIsKeptApartFromItsBody() throws {
        let record = Document(id: "r", title: "国务院发布通知", body: "新华社北京１月５日电（记者 张三）国务院今天发布通知。\n通知要求各地做好工作。")
        let plain = Document(id: "s", body: "今天天气很好。\n大家都出门了。")
        let articles = Corpus.assemble([record, plain]).articles
        try #require(articles.count == 2)
        #expect(articles[0].lead == "新华社北京1月5日电（记者 张三）" && articles[0].byline == "记者 张三")
        #expect(articles[0].paragraphs == ["国务院今天发布通知。", "通知要求各地做好工作。"])
        #expect(articles[1].lead == nil && articles[1].paragraphs == ["今天天气很好。", "大家都出门了。"])
    }

    /// A record's credit or signature, printed at its end, is its byline, out of the body, as on
    /// a page; under a report whose lead names reporters it stays in the body.
    @Test(arguments: [
        ("元旦，各地开展冬泳活动。\n（新华社记者 王五摄）", "（新华社记者 王五摄）", ["元旦，各地开展冬泳活动。"]),
        ("元旦，各地开展冬泳活动。\n冬泳队员跃入水中。新华社记者 王五摄", "新华社记者 王五摄", ["元旦，各地开展冬泳活动。", "冬泳队员跃入水中。"]),
        ("这件事值得深思。\n本报评论员", "本报评论员", ["这件事值得深思。"]),
        ("我吃过许多面。\n那碗面最香。\n（作者单位：北京市委）", "（作者单位：北京市委）", ["我吃过许多面。", "那碗面最香。"]),
        ("本报讯 今天上午开会。\n会议很成功。\n（新华社记者 王五摄）", "（新华社记者 王五摄）", ["今天上午开会。", "会议很成功。"]),
        ("本报讯（记者 张三）今天上午开会。\n本报评论员", "记者 张三", ["今天上午开会。", "本报评论员"]),
        ("大家都出门了。\n这件事值得深思。", nil, ["大家都出门了。", "这件事值得深思。"]),
    ] as [(String, String?, [String])])
    func aRecordsClosingBylineIsKeptApartFromItsBody(body: String, byline: String?, paragraphs: [String]) throws {
        let articles = Corpus.assemble([Document(id: "r", title: "标题", body: body)]).articles
        try #require(articles.count == 1)
        #expect(articles[0].byline == byline)
        #expect(articles[0].paragraphs == paragraphs)
    }

    @Test func issueComesFromTheFileNameWhenNothingElseSaysIt() {
        #expect(IssueDate.fromFileName("pages/2022-08-29/a.txt") == nil)
        #expect(IssueDate.fromFileName("pages/rmrb-2022-08-29-p1.txt") == "2022-08-29")
        #expect(IssueDate.fromFileName("20220829_01.txt") == "2022-08-29")
        #expect(IssueDate.fromFileName("000_7ace637069ccde80.txt") == nil)
        let page = Document(id: "x", body: "本报讯（记者 张三）今天上午，\n全市召开会议。", layout: .page, source: "dir/20220829_03.txt")
        #expect(Corpus.assemble([page]).articles.first?.issue == "2022-08-29")
        // A default issue names only what says nothing itself.
        #expect(Corpus.assemble([page], defaultIssue: "第100期").articles.first?.issue == "2022-08-29")
        let undated = Document(id: "y", body: page.body, layout: .page, source: "dir/page.txt")
        #expect(Corpus.assemble([undated], defaultIssue: "第100期").articles.first?.issue == "第100期")
    }

    @Test func issueDatesAreRealDaysInASCIIDigits() {
        #expect(IssueDate.parse("１９９８-０１-０５") == nil)
        #expect(IssueDate.fromFileName("rmrb-２０２２０８２９.txt") == nil)
        #expect(IssueDate.parse("2022-02-31") == nil)
        #expect(IssueDate.fromFileName("20220230_01.txt") == nil)
        #expect(IssueDate.parse("2024-02-29") == "2024-02-29")
        #expect(IssueDate.parse("2023-02-29") == nil)
        #expect(IssueDate.parse("1900-02-29") == nil && IssueDate.parse("2000-02-29") == "2000-02-29")
        #expect(IssueDate.parse("2022-04-31") == nil && IssueDate.parse("2022-12-31") == "2022-12-31")
        #expect(Period.day.key(for: "2022-13-01") == nil)
        #expect(Period.month.key(for: "2022-02-31") == nil)
        #expect(Period.week.key(for: "1998-01-05") == "1998-W02")
    }

    @Test func articleFilesTakeTheirFirstLineAsHeadlineWhenItLooksLikeOne() {
        let article = Corpus.assemble([Document(id: "a", body: "衢江区召开安全生产工作部署会\n８月２８日下午，衢江区召开会议。\n会议指出，要抓好落实。", layout: .article)]).articles[0]
        #expect(article.title == "衢江区召开安全生产工作部署会")
        #expect(article.paragraphs == ["8月28日下午，衢江区召开会议。", "会议指出，要抓好落实。"])
        let untitled = Corpus.assemble([Document(id: "b", body: "会议指出，要抓好落实。\n第二段。", layout: .article)]).articles[0]
        #expect(untitled.title == nil)
    }

    @Test(.needsSharedData("a People's Daily record"))
    func recordsKeepTheirFields() throws {
        let article = try #require(TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 1).first)
        #expect(article.id == "19980101-01-001" && article.issue == "1998-01-01" && article.date == "1998-01-01" && article.page == 1)
        #expect(article.title == "迈向充满希望的新世纪——一九九八年新年讲话（附图片1张）")
        #expect(article.paragraphs.first == "中共中央总书记、国家主席江泽民")
    }

    @Test(.needsSharedData("300 People's Daily records"))
    func gb18030ReadsTheSameAsUTF8() throws {
        let documents = try TestData.corpus("rmrb1998-01-01_20.jsonl.gz", limit: 300)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nd-gb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let utf8 = folder.appendingPathComponent("rmrb.jsonl"), gb = folder.appendingPathComponent("rmrb-gb.jsonl")
        let lines = documents.map { d in
            "{\"id\":\"\(d.id)\",\"issue\":\"\(d.issue ?? "")\",\"title\":\(quoted(d.title ?? "")),\"body\":\(quoted(d.body))}"
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: utf8)
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", utf8.path, "-o", gb.path]
        try iconv.run()
        iconv.waitUntilExit()
        #expect(iconv.terminationStatus == 0)
        let fromUTF8 = try CorpusReader().read([utf8.path]).documents
        let fromGB = try CorpusReader().read([gb.path]).documents
        #expect(fromGB.count == 300)
        #expect(fromGB.map(\.body) == fromUTF8.map(\.body) && fromGB.map(\.title) == fromUTF8.map(\.title))
        #expect(try CorpusReader(encoding: "gb18030").read([gb.path]).documents.map(\.body) == fromUTF8.map(\.body))
        #expect(throws: InputError.self) { try CorpusReader(encoding: "no-such-encoding").read([gb.path]) }
    }

    private func quoted(_ s: String) -> String {
        String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
    }
}
