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
        with different content is replaced only with --replace.

        Examples:
          newsdigest ingest --archive news.sqlite ../shared/data/rmrb1998-01-01_20.jsonl.gz
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
            let report = try NewsArchive(path: input.archive!).ingest(corpus, date: date, replace: replace)
            var lines: [String] = []
            if !report.added.isEmpty { lines.append("added \(report.added.count) issue(s): \(report.added.joined(separator: ", "))") }
            if !report.replaced.isEmpty { lines.append("replaced \(report.replaced.count) issue(s): \(report.replaced.joined(separator: ", "))") }
            if !report.unchanged.isEmpty { lines.append("unchanged \(report.unchanged.count) issue(s) (same content already archived): \(report.unchanged.joined(separator: ", "))") }
            Terminal.write(lines.joined(separator: "\n") + "\n")
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

    @Option(help: "Output format: text, markdown or json.")
    var format: OutputFormat = .text

    func run() throws {
        try Failure.guarding {
            guard FileManager.default.fileExists(atPath: archive) else { throw InputError.fileNotFound(path: archive) }
            let issues = try NewsArchive(path: archive).issues()
            switch format {
            case .json:
                struct Body: Encodable { let issues: [NewsArchive.IssueSummary] }
                Terminal.write(JSONOutput.encode(Body(issues: issues)))
            case .text:
                var table = TextTable(columns: [.init("issue"), .init("date"), .init("articles", .right)])
                for i in issues { table.append([i.id, i.date ?? "—", String(i.articles)]) }
                Terminal.write(table.render())
            case .markdown:
                var table = MarkdownTable(header: ["issue", "date", "articles"], alignments: [.left, .left, .right])
                table.rows = issues.map { [$0.id, $0.date ?? "—", String($0.articles)] }
                Terminal.write(table.render())
            }
        }
    }
}
