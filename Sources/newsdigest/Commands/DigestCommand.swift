import Analytics
import Dispatch
import ArgumentParser
import Report

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "The digest of an issue: top stories with summaries, topics, keywords.",
        discussion: """
        One digest per issue in the input. Stories are ranked by importance (degree \
        centrality on the article-similarity graph, page, position and length) and summarised \
        in their own sentences; topics are labelled with keyphrases and summarised across \
        their articles; the keyword chart counts keyphrases. The footer says how it was \
        computed. Layouts are Mustache templates; --template DIR restyles them.

        Examples:
          newsdigest digest                                  # the sample page
          newsdigest digest pages/2022-08-29/ --paper 衢江报 --format html > digest.html
          newsdigest digest --archive news.sqlite --issue 1998-01-05 --format markdown
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "The paper's name for the header.")
    var paper: String?

    @Option(help: "How many top stories to list.")
    var top = 10

    @Option(name: .customLong("summary-sentences"), help: "Sentences in each story's summary.")
    var summarySentences = 2

    @Flag(help: "Digest every issue of the input, oldest first (default: the latest issue, when the input holds several).")
    var all = false

    @OptionGroup(title: "Topics") var topics: TopicChoice

    @OptionGroup var layout: LayoutOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if !(1...5).contains(summarySentences) { throw ValidationError("--summary-sentences must be between 1 and 5") }
    }

    func run() throws {
        try Failure.guarding {
            let corpus = try input.readCorpus()
            let options = DigestOptions(paper: paper, top: top, summarySentences: summarySentences,
                                        topics: topics.options)
            let latestFirst = corpus.issuesLatestFirst
            var issues = Dictionary(grouping: corpus.articles, by: { $0.issue ?? "issue not given" })
                .sorted { (latestFirst.firstIndex(of: $0.key) ?? .max) > (latestFirst.firstIndex(of: $1.key) ?? .max) }
            if !all, issues.count > 1, let latest = issues.last {
                Terminal.note("the input holds \(issues.count) issues; this is the latest, \(latest.key) (--issue ID for another, --all for every one)")
                issues = [latest]
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let digests = try DenseMaths.measured("digesting") {
                try issues.enumerated().map { n, entry in
                    if issues.count > 1 { Terminal.progress(n, of: issues.count, "issues digested", since: start) }
                    return try Digest.build(issue: entry.key, articles: entry.value, options: options)
                }
            }
            Terminal.clearProgress()
            let renderer = DigestRenderer(templates: try layout.templates(), width: layout.display.columns)
            try Terminal.write(try renderer.render(digests, format: layout.output.format))
        }
    }
}
