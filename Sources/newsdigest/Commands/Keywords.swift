import Analytics
import ArgumentParser
import Report

struct Keywords: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chart the keywords of a corpus as a table.",
        discussion: """
        Terms are keyphrases: runs of Han characters the corpus itself shows to be words \
        (frequent, cohesive, free at both ends), with no dictionary; --terms bigrams charts \
        CJK character bigrams and whole Latin words and numbers instead. Stop words are removed. \
        By default keyphrases are ranked by keyness: how much more often the input uses them \
        than general Chinese does (G² against jieba's word counts), so a page's 现代社区 comes \
        before the 工作 and 发展 of every page; with --issue, --from/--to or --page the reference \
        is the other articles instead. --rank-by count ranks by occurrences (the default for \
        bigrams); --rank-by weight by the sum of TF-IDF weights over all documents, so a term \
        prominent in many articles beats one repeated in a single article.

        Examples:
          newsdigest keywords corpus.jsonl.gz --top 30
          newsdigest keywords page.txt --format markdown > keywords.md
          cat corpus.jsonl | newsdigest keywords - --format json
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Vectoriser") var vectorizer: VectorizerOptions

    @Option(help: "How many keywords to show.")
    var top = 20

    @Option(help: "Chart 'phrases' (keyphrases found in the corpus, such as 现代社区) or 'bigrams' (character bigrams and Latin words).")
    var terms: TermKind = .phrases

    enum TermKind: String, ExpressibleByArgument, CaseIterable { case phrases, bigrams }

    @Option(name: .customLong("rank-by"), help: ArgumentHelp(
        "Rank by 'count' (occurrences), 'weight' (summed TF-IDF) or 'keyness' (G² of the occurrences against general Chinese, jieba's word counts; when --issue, --from/--to or --page select part of the input, against the issues dated before them, or the rest of the input when none is, in at least 2 selected articles). Default: keyness for phrases, count for bigrams.",
        valueName: "count|weight|keyness"))
    var rankBy: KeywordRanking.Order?

    @Option(help: "Chart keyphrases per day, week or month (terms × periods) instead of in total.")
    var by: Period?

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "What rose and fell between two issues or periods (an issue id, a date, 1998-W02 or 1998-01), ranked by log-likelihood G².",
        valueName: "A B"))
    var compare: [String] = []

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two issues or periods, A and B") }
        if by != nil && !compare.isEmpty { throw ValidationError("give --by or --compare, not both") }
        if rankBy == .keyness && terms == .bigrams { throw ValidationError("--rank-by keyness ranks keyphrases; leave out --terms bigrams") }
    }

    func run() throws {
        try Failure.guarding {
            let order = rankBy ?? (terms == .bigrams ? .count : .keyness)
            guard by == nil, compare.isEmpty, order != .keyness || input.selection.isEmpty else {
                return try runOnArticles(order: order)
            }
            // The whole selection charted at once: read batch by batch, keeping only the counts
            // (bigrams) or the analysed texts (phrases), never the articles.
            let configuration = try vectorizer.vectorizer()
            let keywords: [Keyword]
            var articleCount = 0
            switch terms {
            case .bigrams:
                let fit = try input.fitSelected(configuration) { articleCount += $0.count }
                keywords = KeywordRanking.rank(terms: fit.fitted.vocabulary?.terms ?? [], counts: fit.counts, weights: fit.weights, by: order, top: top)
            case .phrases:
                var texts: [String] = []
                try input.forEachSelectedBatch { texts += $0.articles.map(\.analysisText) }
                articleCount = texts.count
                keywords = try rankPhrases(texts, order: order, configuration: configuration)
            }
            try chart(keywords, order: order, articleCount: articleCount)
        }
    }

    /// `--by`, `--compare` and keyness against the rest of the input need the articles themselves.
    private func runOnArticles(order: KeywordRanking.Order) throws {
        if let by, let indexed = try input.indexedTrend() {
            let series = try TrendAnalysis.keywordSeries(indexed.articles, entries: indexed.entries, index: indexed.index,
                                                         addedSinceFit: indexed.addedSinceFit, period: by, top: top)
            return try Terminal.write(KeywordSeriesTable(series: series, period: by).render(output.format, width: display.columns))
        }
        let (corpus, source) = try input.readCorpusAndSource()
        let articles = corpus.articles
        if let by {
            let series = try TrendAnalysis.keywordSeries(articles, period: by, top: top)
            try Terminal.write(KeywordSeriesTable(series: series, period: by).render(output.format, width: display.columns))
            return
        }
        if compare.count == 2 {
            let select = { (key: String) in
                articles.filter { article in
                    article.issue == key || Period.allCases.contains { article.effectiveDate.flatMap($0.key(for:)) == key }
                }
            }
            let (a, b) = (select(compare[0]), select(compare[1]))
            for (key, part) in [(compare[0], a), (compare[1], b)] where part.isEmpty {
                throw UsageError(description: "--compare \(key): no article belongs to that issue or period")
            }
            let changes = KeywordComparison.compare(a, b, top: top)
            try Terminal.write(KeywordComparisonTable(a: compare[0], b: compare[1], rose: changes.rose, fell: changes.fell).render(output.format))
            return
        }
        // Keyness of a selection, against the issues before it (or the rest of the input).
        let reference = try source().reference(for: input.selection)
        let keywords: [Keyword]
        if reference.isEmpty {
            Terminal.note("the selection is the whole input, so there is nothing to compare it with: keyness is against general Chinese")
            keywords = try rankPhrases(articles.map(\.analysisText), order: order, configuration: try vectorizer.vectorizer())
        } else {
            keywords = KeywordComparison.distinctive(articles, against: reference, top: top)
        }
        try chart(keywords, order: order, articleCount: articles.count)
    }

    private func rankPhrases(_ texts: [String], order: KeywordRanking.Order, configuration: TfidfVectorizer) throws -> [Keyword] {
        let extractor = KeyphraseExtractor(sizedFor: texts, stopWords: configuration.stopWords)
        return try KeywordRanking.rankPhrases(texts, extractor: extractor, vocabulary: configuration.vocabulary,
                                              tfidf: configuration.tfidf, by: order, top: top)
    }

    private func chart(_ keywords: [Keyword], order: KeywordRanking.Order, articleCount: Int) throws {
        if keywords.isEmpty && terms == .phrases {
            Terminal.note("no keyphrase recurs in these \(articleCount) article(s), so the chart is empty; --terms bigrams charts character bigrams and whole words")
        }
        try Terminal.write(KeywordChart(keywords: keywords, order: order, barWidth: display.keywordBarWidth).render(output.format))
    }
}

extension KeywordRanking.Order: ExpressibleByArgument {}
