import ArgumentParser
import Report

/// `--format`, declared once for every command.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text (aligned for a terminal), markdown, json (stable, for machines) or html (one self-contained page).")
    var format: OutputFormat = .text
}

extension OutputFormat: ExpressibleByArgument {}
