import Analytics
import ArgumentParser
import Report

struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read pages, records or article files into the articles an editor sees.",
        discussion: """
        A page of text extracted from PDF is cut into its pieces — reports opening with a \
        dateline (本报讯…), photo captions ending with a credit (… / 摄), signed statements and \
        commentaries — and headlines printed apart are attached to their stories. Lines that \
        belong to no piece are listed, never dropped.

        Examples:
          newsdigest articles page.txt
          newsdigest articles page.pdf --format json
          newsdigest articles page.txt --explain
          newsdigest articles pages/2022-08-29/ --issue 2022-08-29
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    @Flag(help: "For pages: show what each line was taken as (headline, kicker, subtitle, lead, body, note, caption, credit, signature, furniture) and why. JSON adds an \"explanation\" list.")
    var explain = false

    func run() throws {
        try Failure.guarding {
            let corpus = try input.readCorpus()
            try Terminal.write(ArticleList(corpus: corpus, explain: explain).render(output.format, width: display.columns))
        }
    }
}
