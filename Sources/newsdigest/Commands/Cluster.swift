import Analytics
import ArgumentParser
import Report

/// `--k` and `--seed` of the topic model, for the reports that find topics.
struct TopicChoice: ParsableArguments {
    @Option(help: "Number of topics. (default: chosen by silhouette)")
    var k: Int?

    @Option(help: "Seed for k-means++ and the LSA projection.")
    var seed: UInt64 = 0

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
    }

    var options: TopicOptions { TopicOptions(k: k, seed: seed) }
}

struct Cluster: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group articles into topics labelled with keyphrases.",
        discussion: """
        Spherical k-means (cosine) on LSA vectors of character-bigram TF-IDF (on the TF-IDF \
        rows themselves for up to 60 articles), k-means++ seeding, the best of several \
        restarts. Articles are ordered by content first, so the same articles give the same \
        topics in any input order; --seed changes the random draws. Without --k, k is chosen \
        by cosine silhouette between --min-k and --max-k. Near-duplicates (TF-IDF cosine ≥ 0.8) \
        are reported, and with --collapse-duplicates clustered as one.

        Examples:
          newsdigest cluster cnews.jsonl.gz --k 10
          newsdigest cluster issue/ --format json > topics.json
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var topics: TopicChoice

    @Option(name: .customLong("min-k"), help: "Smallest k tried when choosing k.")
    var minK = 2

    @Option(name: .customLong("max-k"), help: "Largest k tried when choosing k.")
    var maxK = 20

    @Option(help: "LSA dimensions.")
    var dimensions = 100

    @Flag(help: "List every headline of every topic (default: the first 10 of each, then how many more; JSON always has all).")
    var all = false

    @Flag(name: .customLong("collapse-duplicates"), help: "Cluster each group of near-duplicates as one article.")
    var collapseDuplicates = false

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if minK < 1 || maxK < minK { throw ValidationError("need 1 ≤ --min-k ≤ --max-k") }
        if !(1...1000).contains(dimensions) { throw ValidationError("--dimensions must be between 1 and 1000") }
    }

    func run() throws {
        try Failure.guarding {
            let articles = try input.readCorpus().articles
            let options = TopicOptions(k: topics.k, minK: minK, maxK: maxK, seed: topics.seed, dimensions: dimensions,
                                       collapseDuplicates: collapseDuplicates)
            let topics = try DenseMaths.measured("finding topics") { try TopicModel.fit(articles, options: options) }
            try Terminal.write(ClusterReport(articles: articles, topics: topics, headlinesPerTopic: all ? nil : 10).render(output.format, width: display.columns))
        }
    }
}
