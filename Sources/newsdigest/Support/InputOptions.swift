import Analytics
import Archive
import ArgumentParser
import Foundation

/// Where articles come from: shared by every command that reads them.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files (.jsonl, .jsonl.gz, .txt), folders, or '-' for standard input. Default: the bundled sample page.",
        valueName: "input"))
    var inputs: [String] = []

    @Option(name: .customLong("input-format"), help: "Read every input as 'jsonl', 'page' (extracted page text) or 'article' (one article a file) instead of guessing from its name and content.")
    var inputFormat: InputFormat?

    @Option(help: "The text encoding of the inputs, e.g. gb18030 or big5 (default: detect UTF-8, UTF-16 with a byte-order mark, or GB18030).")
    var encoding: String?

    @Option(help: "The issue these inputs belong to (default: the records' issue or date, a date on the page, or a date in the file name).")
    var issue: String?

    @Option(help: "Read stored issues from this archive instead of files (with --issue, or --from/--to).")
    var archive: String?

    @Flag(name: .customLong("skip-bad-records"), help: "Skip malformed JSON lines (and say how many) instead of stopping at the first.")
    var skipBadRecords = false

    /// The articles, in input order; skipped records are reported on stderr.
    /// `useArchive` false reads the files even when `--archive` is given (ingest writes to it);
    /// `range` selects archived issues by date.
    func readCorpus(useArchive: Bool = true, range: DateRange? = nil) throws -> Corpus {
        let (from, to) = (range?.from, range?.to)
        if useArchive, let archive {
            guard inputs.isEmpty else { throw UsageError(description: "give either --archive or input files, not both") }
            guard FileManager.default.fileExists(atPath: archive) else { throw InputError.fileNotFound(path: archive) }
            let articles = try NewsArchive(path: archive).articles(issue: issue, from: from, to: to)
            guard !articles.isEmpty else {
                if let issue { throw ArchiveError.unknownIssue(issue: issue) }
                throw InputError.noDocuments(sources: [archive + (from.map { " from \($0)" } ?? "") + (to.map { " to \($0)" } ?? "")])
            }
            return Corpus(articles: articles)
        }
        if from != nil || to != nil { throw UsageError(description: "--from and --to select issues of an --archive") }
        let reader = CorpusReader(format: inputFormat, skipBadRecords: skipBadRecords, encoding: encoding)
        let result: ReadResult
        if inputs.isEmpty {
            result = ReadResult(documents: [try SamplePage.document()], skipped: [])
        } else {
            do {
                result = try reader.read(inputs)
            } catch InputError.fileNotFound(let path) where path == inputs.first && !path.contains("/") && !path.contains(".") {
                // `newsdigest vectorise x` reaches the default command with a typo as its input.
                let commands = NewsDigest.configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
                throw UsageError(description: "'\(path)' is neither a command nor a file; the commands are \(commands) (see newsdigest --help)")
            }
        }
        if let first = result.skipped.first {
            Terminal.note("skipped \(result.skipped.count) bad record(s); the first: \(first)")
        }
        let corpus = Corpus.assemble(result.documents, issue: issue)
        guard !corpus.articles.isEmpty else { throw InputError.noDocuments(sources: inputs) }
        return corpus
    }
}

/// `--from`/`--to`: which archived issues to read, by date.
struct DateRange: ParsableArguments {
    @Option(help: "With --archive: the first issue date to read (YYYY-MM-DD).")
    var from: String?

    @Option(help: "With --archive: the last issue date to read (YYYY-MM-DD).")
    var to: String?

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where IssueDate.parse(date) == nil {
            throw ValidationError("--from and --to take dates as YYYY-MM-DD, not '\(date)'")
        }
    }
}

extension InputFormat: ExpressibleByArgument {}
