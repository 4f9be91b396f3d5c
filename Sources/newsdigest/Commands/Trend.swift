import Analytics
import ArgumentParser
import Report

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Topic trends, bursts and keyword trends across issues.",
        discussion: """
        Topics are found over the whole window and counted per period, with a sparkline, their \
        share of coverage and a direction: new, gone, rising or falling (signed log-likelihood \
        G² of the second half of the window against the first, beyond ±3.84), else steady. \
        Bursts are keyphrases mentioned in far more articles than their trailing 7 periods \
        predict (Poisson tail below 0.01, at least 3 articles), with the periods they start \
        and end and their strength (−log₁₀ p).

        Examples:
          newsdigest ingest --archive news.sqlite rmrb1998-01.jsonl.gz
          newsdigest trend --archive news.sqlite --by day
          newsdigest trend --archive news.sqlite --from 1998-01-05 --to 1998-01-15 --format html > trend.html
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Count per day, week or month.")
    var by: Period = .day

    @OptionGroup(title: "Topics") var topics: TopicChoice

    @OptionGroup var layout: LayoutOptions

    func run() throws {
        try Failure.guarding {
            let articles = try input.readCorpus().articles
            Terminal.progress("finding topics and bursts in \(articles.count) articles…")
            let report = try DenseMaths.measured("finding trends") { try TrendAnalysis.analyse(articles, options: TrendOptions(period: by, topics: topics.options)) }
            Terminal.clearProgress()
            let renderer = TrendRenderer(templates: TemplateSet(directory: layout.templateDirectory), width: layout.display.columns)
            Terminal.write(try renderer.render(report, period: by, format: layout.output.format))
        }
    }
}

extension Period: ExpressibleByArgument {}
