import Analytics
import ArgumentParser
import Report

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure summaries against reference summaries (character ROUGE).",
        discussion: """
        Reads records that carry a `summary` and scores newsdigest's summary of each body, \
        beside LEAD-1 and LEAD (leading sentences to the same length), with character-level \
        ROUGE-1, ROUGE-2 and ROUGE-L F1 computed as rouge-chinese computes them on \
        space-separated letters and digits. Sentences are taken in rank order until their \
        letters and digits reach the reference's length.

        Examples:
          newsdigest evaluate lcsts-part3-dev.jsonl.gz --min-human-label 3
          newsdigest evaluate lcsts-part3-dev.jsonl.gz --min-human-label 3 --split report
          newsdigest evaluate clts-samples.jsonl.gz --format json
        """)

    @Argument(help: "JSON Lines records with `body` and `summary`.")
    var inputs: [String]

    @Option(name: .customLong("min-human-label"), help: "Keep only records whose human_label is at least this (LCSTS uses 3).")
    var minHumanLabel: Int?

    @Option(help: ArgumentHelp("Score only half of the records: 'tune' (the half the summariser's weights were chosen on) or 'report' (the half kept for figures), by a stable hash of each id.", valueName: "all|tune|report"))
    var split: EvaluationSplit = .all

    @OptionGroup var output: FormatOption

    func run() throws {
        try Failure.guarding {
            let documents = try CorpusReader(format: .jsonl).read(inputs).documents
                .filter { document in minHumanLabel.map { (document.humanLabel ?? 0) >= $0 } ?? true }
                .filter { split.contains(id: $0.id) }
            let evaluation = try SummaryEvaluation(documents: documents)
            guard evaluation.records > 0 else {
                throw UsageError(description: "no record has a `summary`\(minHumanLabel.map { " and human_label ≥ \($0)" } ?? "")")
            }
            try Terminal.write(RougeTable(evaluation: evaluation, split: split).render(output.format))
        }
    }
}
