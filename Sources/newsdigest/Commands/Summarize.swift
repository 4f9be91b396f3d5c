import Analytics
import ArgumentParser
import Report

struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise each article in one or two of its own sentences.",
        discussion: """
        Sentences are scored \(Summarizer()): how much of a \
        sentence the rest of the story repeats (coverage), LexRank centrality over the cosine of \
        their character-bigram TF-IDF, their place in the article (counting more the longer the \
        story), their likeness to the headline and whether they carry a number with its unit; \
        then picked by maximal marginal relevance and given in article order, whole. Only \
        whole sentences are printed, never a byline, subtitle or picture note; in a \
        commentary a question is not chosen first. With --chars, the best sentence is given \
        even when it alone is longer than the budget, and the summary says so. Summaries are \
        written as the input is read; a bad record stops them there, with an error naming it \
        and a non-zero exit.

        Examples:
          newsdigest summarize page.txt --sentences 1
          newsdigest summarize corpus.jsonl.gz --chars 80 --format json
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var length: SummaryLength

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    func run() throws {
        try Failure.guarding {
            // Each article is summarised on its own: written batch by batch as the input is read.
            var writer = SummaryList.Writer(format: output.format, width: display.columns)
            try input.forEachSelectedBatch { batch in
                let summaries = try Summarizer().summarizeEach(batch.articles, budget: length.budget)
                try Terminal.write(writer.add(batch.articles, summaries))
            }
            try Terminal.write(writer.finish())
        }
    }
}

/// How long a summary may be; shared by `summarize` and `map summarize`.
struct SummaryLength: ParsableArguments {
    @Option(help: "Sentences per summary.")
    var sentences: Int?

    @Option(help: "Letters and digits per summary (instead of --sentences).")
    var chars: Int?

    func validate() throws {
        if sentences != nil && chars != nil { throw ValidationError("give --sentences or --chars, not both") }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let chars, chars < 1 { throw ValidationError("--chars must be at least 1") }
    }

    /// Two sentences unless asked otherwise.
    var budget: Summarizer.Budget { chars.map { .characters($0) } ?? .sentences(sentences ?? 2) }
}
