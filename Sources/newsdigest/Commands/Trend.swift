import Analytics
import ArgumentParser
import Report

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Topic trends, bursts and keyword trends across issues.",
        discussion: """
        Topics are found over the whole window and counted per period, and ranked by news \
        value: the strength of their strongest burst, their articles per period against their \
        own trailing 7 periods scaled by each period's size (Poisson tail below 0.01, at least 3 \
        articles a period; strength −log₁₀ p summed over the burst), so a story that breaks \
        outranks a steady beat; topics without a burst follow by size. Each shows its burst, a \
        sparkline, its share, its top headlines and a direction: new, gone, rising or falling \
        (signed log-likelihood G² of the second half of the window against the first, beyond \
        ±\(Keyness.significantAt05)), else steady. Bursts are keyphrases with the same test, \
        strongest first (--bursts N of them).

        Over a whole archive of more than 20,000 dated articles (no --issue, --from, --to or \
        --page), trend reads the trend index that ingest keeps — each article's keyphrases and \
        its point in the topic space — instead of analysing every text again: the same report \
        as from the texts while the index covers every article; after later ingests, a note \
        says how many it was fitted on (ingest fits it again when the archive has doubled).

        Examples:
          newsdigest ingest --archive news.sqlite rmrb1998-01.jsonl.gz
          newsdigest trend --archive news.sqlite --by day
          newsdigest trend --archive news.sqlite --from 1998-01-05 --to 1998-01-15 --format html > trend.html
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Count per day, week or month.")
    var by: Period = .day

    @Option(help: "How many bursts to list.")
    var bursts = 20

    @OptionGroup(title: "Topics") var topics: TopicChoice

    @OptionGroup var layout: LayoutOptions

    func validate() throws {
        if bursts < 0 { throw ValidationError("--bursts must be 0 or more") }
    }

    func run() throws {
        try Failure.guarding {
            let options = TrendOptions(period: by, topics: topics.options, burstCount: bursts)
            let report: TrendReport
            if let indexed = try input.indexedTrend(serving: options.topics) {
                Terminal.progress("finding topics and bursts in \(indexed.articles.count) articles by the archive's trend index…")
                report = try DenseMaths.measured("finding trends") {
                    try TrendAnalysis.analyse(indexed.articles, entries: indexed.entries, index: indexed.index, addedSinceFit: indexed.addedSinceFit,
                                              documents: indexed.documents, options: options)
                }
            } else {
                let articles = try input.readCorpus().articles
                Terminal.progress("finding topics and bursts in \(articles.count) articles…")
                report = try DenseMaths.measured("finding trends") { try TrendAnalysis.analyse(articles, options: options) }
            }
            Terminal.clearProgress()
            let renderer = TrendRenderer(templates: try layout.templates(), width: layout.display.columns)
            try Terminal.write(try renderer.render(report, period: by, format: layout.output.format))
        }
    }
}

extension Period: ExpressibleByArgument {}
