import Analytics
import ArgumentParser
import Foundation
import Report

/// The map side of a distributed job (`spark/`): each command reads JSON Lines records on
/// standard input and writes one JSON line an article on standard output, in input order.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per-article records for a distributed job: JSON Lines in on standard input, JSON Lines out.",
        discussion: """
        Each input record gives exactly one output line, in input order, with the article's \
        id and issue; the same record gives the same bytes on every machine. A malformed \
        record, a repeated id or text that is not UTF-8 (or the --encoding given) stops the \
        command with exit 65 and a message naming the line of standard input, so a job that \
        runs these commands per partition never loses a record silently.

        The Spark driver in spark/ runs them per partition and does the reducing (document \
        frequencies, IDF, TF-IDF rows, keyword counts, clusters, trends).

        Examples:
          zcat corpus.jsonl.gz | newsdigest map counts > counts.jsonl
          zcat corpus.jsonl.gz | newsdigest map counts --hash-bits 20
          newsdigest map summarize --sentences 1 < corpus.jsonl
          newsdigest map keyphrases < corpus.jsonl
          newsdigest cluster sample.jsonl --k 20 --save-model topics.model
          newsdigest map assign --model topics.model < corpus.jsonl
        """,
        subcommands: [Counts.self, Summaries.self, Candidates.self, Assign.self])
}

extension Map {
    /// Records read from standard input batch by batch.
    struct Records: ParsableArguments {
        @Option(help: "The text encoding of the records, one that keeps ASCII's bytes such as gb18030 (default: detect UTF-8 or GB18030).")
        var encoding: String?

        @Option(name: .customLong("max-record-size"), help: ArgumentHelp(
            "The longest record, in MB; a longer one is an error naming its line.", valueName: "MB"))
        var maxRecordSize: Int = CorpusReader.defaultMaxRecordBytes >> 20

        func validate() throws {
            if !(1...2048).contains(maxRecordSize) { throw ValidationError("--max-record-size takes megabytes from 1 to 2048") }
        }

        /// Reads the records and writes, batch by batch, the lines `render` makes of their articles.
        func map(_ render: ([Article]) throws -> String) throws {
            var reader = CorpusReader(format: .jsonl, encoding: encoding)
            reader.maxRecordBytes = maxRecordSize << 20
            do {
                try reader.forEachRecordBatch(descriptor: STDIN_FILENO, name: "<stdin>") { documents in
                    let articles = Corpus.assemble(documents).articles
                    // A record is one article; a count that differs would lose or invent one.
                    precondition(articles.count == documents.count, "one article a record")
                    try Terminal.write(try render(articles))
                }
            } catch let error as InputError where error.problem != error.description {
                // The reader's advice to skip bad records does not apply: a map skips none.
                throw BadRecord(problem: error.problem)
            }
        }
    }

    /// A record a map command cannot take; it stops rather than drop it.
    struct BadRecord: Error, CustomStringConvertible {
        let problem: String
        var description: String { problem + "; a map command skips no record: fix or remove it before the job" }
    }

    struct Counts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Term counts per article: {\"id\", \"issue\", \"terms\": {token: count}}.",
            discussion: """
            Tokens are those of `vectorize`: CJK character bigrams, whole Latin words and numbers, \
            stop words left out. Summed over articles they are `vectorize`'s counts; the number of \
            records holding a token is its document frequency. With --hash-bits the record holds \
            {"hashBits": N, "columns": {"column": count}} instead, columns as `vectorize --hash-bits N` numbers them (0-based).
            """)

        @OptionGroup var records: Records
        @OptionGroup var stopWords: StopWordOption
        @OptionGroup var hashing: HashingOption

        func run() throws {
            try Failure.guarding {
                let stopList = try stopWords.list()
                try records.map { articles in
                    var counter = TermCounter(columns: hashing.hashBits.map { .hashed(bits: $0) } ?? .vocabulary, stopWords: stopList)
                    for article in articles { counter.add(article.analysisText) }
                    let counts = counter.counts(), terms = counter.terms()
                    return articles.indices.map { r in
                        let row = counts.row(r)
                        let pairs = zip(row.columns, row.values).map { (Int($0), Int($1)) }
                        if let bits = hashing.hashBits {
                            return MapRecords.hashedCounts(articles[r], hashBits: bits, columns: Dictionary(uniqueKeysWithValues: pairs))
                        }
                        return MapRecords.termCounts(articles[r], terms: Dictionary(uniqueKeysWithValues: pairs.map { (terms[$0], $1) }))
                    }.joined()
                }
            }
        }
    }

    struct Summaries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summarize",
            abstract: "Each article's summary and the scores of its chosen sentences, as `summarize --format json` gives them.")

        @OptionGroup var records: Records
        @OptionGroup var length: SummaryLength

        func run() throws {
            try Failure.guarding {
                try records.map { articles in
                    let summaries = try Summarizer().summarizeEach(articles, budget: length.budget)
                    return zip(articles, summaries).map(MapRecords.summary).joined()
                }
            }
        }
    }

    struct Candidates: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keyphrases",
            abstract: "Keyphrase candidates per article: {\"id\", \"issue\", \"candidates\": {ngram: count}}.",
            discussion: """
            Candidates are the runs of 2 to 4 Han characters (overlaps counted) that keyphrase \
            extraction starts from; summed over articles they are the corpus's candidate counts.
            """)

        @OptionGroup var records: Records

        func run() throws {
            try Failure.guarding {
                let extractor = KeyphraseExtractor()
                try records.map { articles in
                    articles.map { MapRecords.candidates($0, counts: extractor.candidateCounts($0.analysisText)) }.joined()
                }
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The topic of each article under a saved model: {\"id\", \"issue\", \"topic\"}.",
            discussion: """
            The model is one written by `cluster --save-model`; each article joins the topic of \
            its nearest centroid, exactly as `cluster` places the articles beyond its --sample.
            """)

        @OptionGroup var records: Records

        @Option(help: ArgumentHelp("A model written by `newsdigest cluster --save-model`.", valueName: "file"))
        var model: String

        func run() throws {
            try Failure.guarding {
                guard let bytes = FileManager.default.contents(atPath: model) else {
                    throw FileManager.default.fileExists(atPath: model) ? InputError.unreadable(path: model, reason: "permission denied or not a file")
                                                                        : InputError.fileNotFound(path: model)
                }
                let fitted = try ClusterModel(serialized: Array(bytes), path: model)
                try records.map { articles in
                    zip(articles, fitted.assign(articles.map(\.analysisText))).map(MapRecords.topic).joined()
                }
            }
        }
    }
}
