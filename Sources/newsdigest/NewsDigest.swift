import ArgumentParser

@main
struct NewsDigest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdigest",
        abstract: "Digests, topics and keyword charts from Chinese newspaper text.",
        discussion: """
        Reads articles from JSON Lines records (.jsonl, .jsonl.gz), newspaper pages (text \
        extracted from PDF, or .pdf through pdftotext), article files, folders of them, \
        standard input ('-'), or an archive made by `ingest` (--archive FILE). With no INPUT, \
        a command reads the sample newspaper page built into the tool.

        Running newsdigest with no arguments prints the digest of the sample page.

        Exit codes: 0 success, 64 usage error, 65 bad input data, 66 input missing or \
        unreadable, 73 output cannot be written, 74 standard output failed (disk full, pipe \
        closed), 70 internal error. An archive is only ever written by ingest.
        """,
        version: "0.1.0",
        subcommands: [DigestCommand.self, Articles.self, Keywords.self, Cluster.self, Summarize.self, Ingest.self, Issues.self, Trend.self, Vectorize.self, Similar.self, Evaluate.self, Map.self, Render.self, Doctor.self],
        defaultSubcommand: DigestCommand.self
    )
}
