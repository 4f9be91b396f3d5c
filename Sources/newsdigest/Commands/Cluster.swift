import Analytics
import ArgumentParser
import Foundation
import Report

/// `--k` and `--seed` of the topic model, for the reports that find topics.
struct TopicChoice: ParsableArguments {
    @Option(help: "Number of topics. (default: for an issue, groups of articles linked by --link; for more than 500 articles, chosen by silhouette)")
    var k: Int?

    @Option(help: "Without --k, the average TF-IDF cosine at which groups of articles join into one topic (0–1).")
    var link: Float = TopicOptions().linkageThreshold

    @Option(help: "Seed for k-means++ and the LSA projection.")
    var seed: UInt64 = 0

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if !(0...1).contains(link) { throw ValidationError("--link must be between 0 and 1") }
    }

    var options: TopicOptions {
        var options = TopicOptions(k: k, seed: seed)
        options.linkageThreshold = link
        return options
    }
}

struct Cluster: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group articles into topics labelled with keyphrases.",
        discussion: """
        Spherical k-means (cosine) on LSA vectors of character-bigram TF-IDF (on the TF-IDF \
        rows themselves for up to 60 articles), k-means++ seeding, the best of several \
        restarts. Articles are ordered by content first, so the same articles give the same \
        topics in any input order; --seed changes the random draws. Without --k, an issue (up \
        to 500 articles) is grouped by average linkage: groups whose articles' mean TF-IDF \
        cosine is at least --link join, pieces of one story come together, and articles linked \
        to no other are listed last as "other" instead of being forced into a topic. Larger \
        sets take the k between --min-k and --max-k with the best cosine silhouette. The first \
        line says which criterion decided. Labels are keyphrases that set the topic apart and \
        occur in at least 40% of its articles; phrases spread evenly over the paper (新华社, \
        本报讯, 记者) never label a topic; --explain lists the ones learned from the input. Near-duplicates (TF-IDF cosine ≥ 0.8) are reported, \
        and with --collapse-duplicates clustered as one. Above --sample articles (default \
        20,000) the topics are fitted on the first --sample in content order and every other \
        article joins the topic of its nearest centroid; --save-model writes that model, which \
        `newsdigest map assign` applies to any records (the Spark job in spark/ does).

        Examples:
          newsdigest cluster cnews.jsonl.gz --k 10
          newsdigest cluster issue/ --format json > topics.json
          newsdigest cluster --archive paper.db --issue 1998-01-17 --explain
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

    @Flag(help: "Also list the furniture (新华社, 本报讯 …) learned from the input, which never labels a topic.")
    var explain = false

    @Option(help: "Above this many articles, fit the topics on this many (the first in content order, the same in any input order) and place each other article in the topic of its nearest centroid.")
    var sample = TopicOptions().sampleSize ?? 20_000

    @Option(name: .customLong("save-model"), help: ArgumentHelp(
        "Also write the fitted model (vocabulary, IDF, LSA loadings, centroids) to FILE, for `newsdigest map assign --model FILE`.",
        valueName: "file"))
    var saveModel: String?

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if minK < 1 || maxK < minK { throw ValidationError("need 1 ≤ --min-k ≤ --max-k") }
        if !(1...1000).contains(dimensions) { throw ValidationError("--dimensions must be between 1 and 1000") }
        if sample < 100 { throw ValidationError("--sample must be at least 100") }
    }

    func run() throws {
        try Failure.guarding {
            // Read batch by batch: of each article only what the topics and the report need is kept.
            var documents: [TopicDocument] = [], headings: [ClusterReport.Heading] = []
            try input.forEachSelectedBatch { batch in
                documents += batch.articles.map(TopicDocument.init)
                headings += batch.articles.map(ClusterReport.Heading.init)
                Terminal.progress("read \(documents.count) articles…")
            }
            var options = topics.options
            options.minK = minK
            options.maxK = maxK
            options.dimensions = dimensions
            options.collapseDuplicates = collapseDuplicates
            options.listsLearned = explain
            options.sampleSize = sample
            Terminal.progress("finding topics in \(documents.count) articles…")
            let topics = try DenseMaths.measured("finding topics") { try TopicModel.fit(documents: documents, options: options) }
            if let saveModel {
                guard let model = topics.model else {
                    throw UsageError(description: "--save-model: these topics have no model to save; one is fitted when more than 60 articles are clustered by k-means (give --k, or more than 500 articles)")
                }
                let file = URL(fileURLWithPath: saveModel)
                try OutputDirectory(path: file.deletingLastPathComponent().path).write([.init(name: file.lastPathComponent, contents: model.serialized())])
            }
            Terminal.clearProgress()
            try Terminal.write(ClusterReport(headings: headings, topics: topics, headlinesPerTopic: all ? nil : 10, explain: explain).render(output.format, width: display.columns))
        }
    }
}
