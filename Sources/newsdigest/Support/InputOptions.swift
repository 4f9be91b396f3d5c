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

    @Option(help: "Only this issue (an id or a date). Inputs that name no issue of their own (a page without a date line) are taken as this issue.")
    var issue: String?

    @Option(help: "Only articles dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only articles of this page.")
    var page: Int?

    @Option(help: "Read stored issues from this archive instead of files.")
    var archive: String?

    @Option(name: .customLong("pdf-time-limit"), help: "Seconds pdftotext may take over one .pdf before the file is an error.")
    var pdfTimeLimit: Double = 120

    @Option(name: .customLong("max-record-size"), help: ArgumentHelp(
        "The longest line an input may hold, in MB: a JSON record or a line of a page. A longer one is an error naming it, so a file without line breaks cannot fill memory.",
        valueName: "MB"))
    var maxRecordSize: Int = CorpusReader.defaultMaxRecordBytes >> 20

    @Flag(name: .customLong("skip-bad-records"), help: "Skip malformed JSON lines (and say how many) instead of stopping at the first.")
    var skipBadRecords = false

    func validate() throws {
        if !(1...2048).contains(maxRecordSize) { throw ValidationError("--max-record-size takes megabytes from 1 to 2048") }
        if !(pdfTimeLimit > 0 && pdfTimeLimit <= 86_400) { throw ValidationError("--pdf-time-limit takes seconds, more than 0 and at most 86400") }
        for (name, date) in [("--from", from), ("--to", to)] {
            if let date, IssueDate.parse(date) == nil { throw ValidationError("\(name) takes a date as YYYY-MM-DD, not '\(date)'") }
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to); give the earlier day first") }
        if let page, page < 1 { throw ValidationError("--page must be at least 1") }
    }

    var selection: Selection { Selection(issue: issue, from: from, to: to, page: page) }

    /// The articles `--issue`, `--from`, `--to` and `--page` select, in input order; skipped
    /// records are reported on stderr. `useArchive` false reads the files even when
    /// `--archive` is given (ingest writes to it).
    func readCorpus(useArchive: Bool = true) throws -> Corpus {
        try readCorpusAndSource(useArchive: useArchive).selected
    }

    /// The selected articles, and every article of the inputs or the archive they were taken
    /// from (the reference a selection is compared with): read from an archive only when
    /// asked for (without the articles' raw text, which no command reads), and never read
    /// twice from files.
    func readCorpusAndSource(useArchive: Bool = true) throws -> (selected: Corpus, all: () throws -> Corpus) {
        if useArchive, let archive {
            let stored = try openArchive(archive)
            let corpus = Corpus(articles: try stored.articles(issue: issue, from: from, to: to, withRaw: false)).selecting(selection)
            if corpus.articles.isEmpty {
                if let issue, try !stored.issues().contains(where: { $0.id == issue }) { throw ArchiveError.unknownIssue(issue: issue) }
                throw nothingSelected(in: Corpus(articles: try stored.articles(withRaw: false)), sources: [archive])
            }
            return (corpus, { Corpus(articles: try stored.articles(withRaw: false)) })
        }
        let all = try readInputs()
        let corpus = all.selecting(selection)
        if corpus.articles.isEmpty { throw nothingSelected(in: all, sources: inputs.isEmpty ? [SamplePage.name] : inputs) }
        return (corpus, { all })
    }

    /// Every article of `--archive` with its trend index entry, when the archive has an index
    /// serving the topic `options` (when given) and nothing narrows the selection; else nil
    /// (the articles are then read whole).
    func indexedTrend(serving options: TopicOptions? = nil) throws -> IndexedTrend? {
        guard let archive, selection.isEmpty else { return nil }
        return try openArchive(archive).indexedTrend(serving: options)
    }

    private func openArchive(_ archive: String) throws -> NewsArchive {
        guard inputs.isEmpty else { throw UsageError(description: "give either --archive or input files, not both") }
        guard FileManager.default.fileExists(atPath: archive) else { throw InputError.fileNotFound(path: archive) }
        return try NewsArchive(path: archive)
    }

    /// The selected articles in input order, as ``readCorpus(useArchive:)`` gives them, handed
    /// on a batch at a time as the inputs are read, so that no more than a batch of texts need
    /// be held: records `batchSize` at a time, pages a file at a time. An archive or the
    /// bundled sample page comes as one batch. The same errors as ``readCorpus(useArchive:)``,
    /// after the last batch when nothing was selected.
    func forEachSelectedBatch(batchSize: Int = InputOptions.batchSize, _ body: (Corpus) throws -> Void) throws {
        if archive != nil || inputs.isEmpty { return try body(readCorpus()) }
        var read = 0, selected = 0
        var recency = IssueRecency()
        try forEachInputBatch(batchSize: batchSize) { corpus in
            read += corpus.articles.count
            let chosen = corpus.selecting(selection)
            if !selection.isEmpty { recency.add(corpus.articles) }
            selected += chosen.articles.count
            if !chosen.articles.isEmpty { try body(chosen) }
        }
        if read == 0 { throw InputError.noDocuments(sources: inputs) }
        if selected == 0 { throw nothingSelected(issues: recency.latestFirst, sources: inputs) }
    }

    /// The selected articles counted batch by batch as they are read, then fitted with
    /// `configuration`: only the counts outlive a batch. `each` sees every batch's articles.
    func fitSelected(_ configuration: TfidfVectorizer, each: ([Article]) -> Void = { _ in }) throws -> TfidfVectorizer.Fit {
        var counter = configuration.makeCounter()
        try forEachSelectedBatch { batch in
            counter.append(configuration.count(batch.articles.map(\.analysisText)))
            each(batch.articles)
        }
        return try configuration.fit(consume counter)
    }

    /// Records read and assembled at a time: enough to keep both cores busy, few enough
    /// that only a batch of texts need be held at once.
    static let batchSize = 4096

    /// Every article of the inputs; batch by batch, so each batch is normalised on every core
    /// while the next is read and parsed.
    private func readInputs() throws -> Corpus {
        var all = Corpus(articles: [])
        try forEachInputBatch(batchSize: InputOptions.batchSize) { all.append($0) }
        guard !all.articles.isEmpty else { throw InputError.noDocuments(sources: inputs) }
        return all
    }

    /// Every article of the inputs (or the sample page), assembled a batch at a time as read;
    /// passed-over entries and skipped records are reported on stderr after the last batch.
    private func forEachInputBatch(batchSize: Int, _ body: (Corpus) throws -> Void) throws {
        var reader = CorpusReader(format: inputFormat, skipBadRecords: skipBadRecords, encoding: encoding)
        reader.pdfTimeLimit = pdfTimeLimit
        reader.maxRecordBytes = maxRecordSize << 20
        var assembler = CorpusAssembler(defaultIssue: issue)
        if inputs.isEmpty { return try body(assembler.assemble([try SamplePage.document()])) }
        var notFiles: [String] = [], skipped: [InputError] = []
        do {
            // The next batch is read while this one is assembled and used.
            try Pipeline.run(produce: { send in try reader.forEachBatch(inputs, batchSize: batchSize, send) }) { batch in
                notFiles += batch.notFiles
                skipped += batch.skipped
                try body(assembler.assemble(batch.documents))
            }
        } catch InputError.fileNotFound(let path) where path == inputs.first && !path.contains("/") && !path.contains(".") {
            // `newsdigest vectorise x` reaches the default command with a typo as its input.
            let commands = NewsDigest.configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
            throw UsageError(description: "'\(path)' is neither a command nor a file; the commands are \(commands) (see newsdigest --help)")
        }
        if let first = notFiles.first {
            let more = notFiles.count > 1 ? " and \(notFiles.count - 1) more" : ""
            Terminal.note("passed over \(first)\(more): not a regular file (a FIFO, device or socket)")
        }
        if let first = skipped.first {
            Terminal.note("skipped \(skipped.count) bad record(s); the first: \(first.problem)")
        }
    }

    /// Why the selection is empty, naming what the inputs do hold.
    private func nothingSelected(in all: Corpus, sources: [String]) -> Error {
        if all.articles.isEmpty { return InputError.noDocuments(sources: sources) }
        return nothingSelected(issues: all.issuesLatestFirst, sources: sources)
    }

    private func nothingSelected(issues: [String], sources: [String]) -> Error {
        let wanted = [issue.map { "issue \($0)" }, from.map { "from \($0)" }, to.map { "to \($0)" }, page.map { "page \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        let held = issues.isEmpty ? "no issue names" : "issues " + issues.prefix(8).joined(separator: ", ") + (issues.count > 8 ? ", … (\(issues.count) in all)" : "")
        return SelectionError(description: "\(sources.joined(separator: ", ")): no article for \(wanted); the input holds \(held)")
    }
}

extension InputFormat: ExpressibleByArgument {}
extension EvaluationSplit: ExpressibleByArgument {}
