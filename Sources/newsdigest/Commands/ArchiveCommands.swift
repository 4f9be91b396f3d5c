import Analytics
import Foundation
import Archive
import ArgumentParser
import Report

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store issues in an archive (SQLite).",
        discussion: """
        --archive names the archive file to write (created if missing). One transaction per \
        run: everything lands or nothing does, even if the process is \
        killed. Ingesting the same content again changes nothing and says so; an issue stored \
        with different content is replaced only with --replace. Above 20,000 dated articles \
        the same transaction keeps the trend index that `trend` over the whole archive reads \
        (fitted afresh when the archive has doubled since its last fit).

        Examples:
          newsdigest ingest --archive news.sqlite rmrb1998-01.jsonl.gz
          newsdigest ingest --archive news.sqlite pages/ --issue 2022-08-29 --date 2022-08-29
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "The date of the issues ingested (YYYY-MM-DD), when the inputs do not say.")
    var date: String?

    @Flag(help: "Replace stored issues whose content changed.")
    var replace = false

    func validate() throws {
        if input.inputs.isEmpty { throw ValidationError("give the files or folders to ingest") }
        if let date, IssueDate.parse(date) == nil { throw ValidationError("--date must be YYYY-MM-DD") }
        if input.archive == nil { throw ValidationError("name the archive to write with --archive FILE") }
    }

    func run() throws {
        try Failure.guarding {
            let corpus = try input.readCorpus(useArchive: false)
            let path = input.archive ?? ""
            let existed = FileManager.default.fileExists(atPath: path)
            let report: NewsArchive.IngestReport
            do {
                report = try NewsArchive(path: path, access: .write).ingest(corpus, date: date, replace: replace)
            } catch {
                // A failed first ingest leaves no empty archive behind.
                if !existed { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
                throw error
            }
            var lines: [String] = []
            if !report.added.isEmpty { lines.append("added \(report.added.count) issue(s): \(report.added.joined(separator: ", "))") }
            if !report.replaced.isEmpty { lines.append("replaced \(report.replaced.count) issue(s): \(report.replaced.joined(separator: ", "))") }
            switch report.index {
            case .unchanged, .none, .extended(articles: 0, _): break
            case let .fitted(articles): lines.append("trend index fitted on \(articles) dated article(s)")
            case let .extended(articles, fittedOn): lines.append("trend index extended to \(articles) more article(s) (fitted on \(fittedOn))")
            }
            if !report.unchanged.isEmpty { lines.append("unchanged \(report.unchanged.count) issue(s) (same content already archived): \(report.unchanged.joined(separator: ", "))") }
            try Terminal.write(lines.joined(separator: "\n") + "\n")
        }
    }
}

struct Issues: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the issues in an archive.",
        discussion: """
        JSON: {"issues": [{"id", "date", "articles"}]}, by date.

        Example:
          newsdigest issues --archive news.sqlite --format json
        """)

    @Option(help: "The archive file.")
    var archive: String

    @OptionGroup var output: FormatOption

    func run() throws {
        try Failure.guarding {
            guard FileManager.default.fileExists(atPath: archive) else { throw InputError.fileNotFound(path: archive) }
            let issues = try NewsArchive(path: archive).issues()
            try Terminal.write(IssueTable(issues: issues.map { IssueTable.Entry(id: $0.id, date: $0.date, articles: $0.articles) }).render(output.format))
        }
    }
}
