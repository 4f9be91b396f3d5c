@testable import Analytics
import Testing

@Suite struct ArticleSeriesTests {
    @Test func aDaysTemplateHeadlinesFormOneSeriesAndOtherDaysDoNot() {
        let titles = ["王启民先进模范近如何⑵", "侯殿禄先进模范近如何⑵", "包起帆先进模范近如何⑵", "张北－尚义发生六点二级地震", "李四先进模范近如何⑵"]
        let groups = ArticleSeries.groups(titles: titles, periodOf: [0, 0, 0, 0, 1])
        #expect(groups == [0, 0, 0, 3, 4])
    }

    @Test func templateTermsDoNotBurst() throws {
        // Six template pieces on the last day share their labels.
        var articles: [Article] = []
        for day in 1...9 {
            for n in 0..<10 {
                articles.append(Article(id: "d\(day)-\(n)", issue: "1998-01-0\(day)", title: "第\(day)天第\(n)篇普通报道标题",
                                        paragraphs: ["今天各地照常生产生活，市场供应平稳有序。"]))
            }
        }
        for n in 0..<6 {
            articles.append(Article(id: "t\(n)", issue: "1998-01-09", title: "模范\(n)号先进模范近如何",
                                    paragraphs: ["目前状况：仍在岗位上忙碌着。附记：目前状况良好。"]))
        }
        let report = try TrendAnalysis.analyse(articles, options: TrendOptions(topics: TopicOptions(k: 1)))
        #expect(!report.bursts.contains { $0.term.contains("目前状况") }, "\(report.bursts.map(\.term))")
    }
}

@Suite struct TimelineTests {
    @Test func aStrayDateMillenniaAwayListsOnlyThePeriodsWithArticles() throws {
        // Before, every day from 0001-01-01 to 9999-12-31 was a period: minutes of work and a line per empty day.
        let articles = [("a", "0001-01-01"), ("b", "1998-01-05"), ("c", "1998-01-07"), ("d", "9999-12-31")].map { id, date in
            Article(id: id, issue: date, title: "项目建设稳步推进", paragraphs: ["衢江区项目建设稳步推进。"])
        }
        let timeline = try Timeline(articles.map(TrendArticle.init), period: .day)
        #expect(timeline.periods == ["0001-01-01", "1998-01-05", "1998-01-07", "9999-12-31"] && timeline.totals == [1, 1, 1, 1])
        #expect(timeline.notes.first?.hasPrefix("the dates run from 0001-01-01 to 9999-12-31") == true)
        // A span of years is still listed day by day, quiet days as zeros.
        let dense = try Timeline(articles[1...2].map(TrendArticle.init), period: .day)
        #expect(dense.periods == ["1998-01-05", "1998-01-06", "1998-01-07"] && dense.totals == [1, 0, 1] && dense.notes.isEmpty)
    }
}
