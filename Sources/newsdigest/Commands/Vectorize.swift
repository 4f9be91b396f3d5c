import Analytics
import Dispatch
import ArgumentParser
import Foundation
import Report

struct Vectorize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a corpus into TF-IDF matrices on disk.",
        discussion: """
        Writes four files into the output folder, all or none:
          counts.mtx      raw term counts (Matrix Market, one row a document)
          tfidf.mtx       TF-IDF weights, the same shape
          vocabulary.tsv  column, token, document frequency (1-based columns)
          documents.tsv   row, id, issue, title

        Weights follow scikit-learn's TfidfTransformer: tf = 1 + ln(count) (--sublinear-tf), \
        idf = ln((1+n)/(1+df)) + 1 (--smooth-idf), rows scaled to unit L2 norm (--norm l2). \
        With the defaults, TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm='l2') \
        applied to counts.mtx gives tfidf.mtx.

        Examples:
          newsdigest vectorize corpus.jsonl.gz --output vectors/
          newsdigest vectorize articles/ --output vectors/ --min-df 2 --max-df 0.5
          newsdigest vectorize big.jsonl.gz --output vectors/ --hash-bits 20
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup(title: "Vectoriser") var vectorizer: VectorizerOptions

    @Option(name: .shortAndLong, help: "Folder to write the matrices into (created if missing).")
    var output: String

    @OptionGroup var hashing: HashingOption

    func validate() throws {
        if hashing.hashBits != nil, vectorizer.maxFeatures != nil {
            throw ValidationError("--max-features needs a vocabulary; it cannot be used with --hash-bits")
        }
    }

    func run() throws {
        try Failure.guarding {
            let configuration = try vectorizer.vectorizer(hashBits: hashing.hashBits)
            // Counted batch by batch as read: only the counts and each article's row of
            // documents.tsv outlive a batch, never the corpus's text.
            var documents: [VectorFiles.DocumentRow] = []
            Terminal.progress("reading and counting…")
            let fit = try input.fitSelected(configuration) { articles in
                documents += articles.map { VectorFiles.DocumentRow(id: $0.id, issue: $0.issue, title: $0.title) }
                Terminal.progress("read and counted \(documents.count) articles…")
            }
            Terminal.progress("writing…")
            try OutputDirectory(path: output).write(VectorFiles.render(fit, documents: documents))
            Terminal.clearProgress()
            Terminal.note("wrote \(fit.counts.rows) documents × \(fit.counts.columns) columns (\(fit.counts.nonzeroCount) nonzero) to \(output)")
        }
    }
}

/// The four files of `vectorize`.
enum VectorFiles {
    /// What documents.tsv says of an article.
    struct DocumentRow {
        let id: String
        let issue: String?
        let title: String?
    }

    static func render(_ fit: TfidfVectorizer.Fit, documents: [DocumentRow]) -> [OutputDirectory.File] {
        let fitted = fit.fitted
        let vocabularyRows: [[String]]
        if let vocabulary = fitted.vocabulary {
            vocabularyRows = vocabulary.terms.indices.map { [String($0 + 1), vocabulary.terms[$0], String(vocabulary.documentFrequencies[$0])] }
        } else {
            // Hashed columns have no token text; list the columns in use.
            vocabularyRows = fitted.documentFrequencies.indices.filter { fitted.documentFrequencies[$0] > 0 }
                .map { [String($0 + 1), "", String(fitted.documentFrequencies[$0])] }
        }
        let options = fitted.model.options
        let comment = "newsdigest: sublinearTF=\(options.sublinearTF) smoothIDF=\(options.smoothIDF) norm=\(options.norm.rawValue)"
        return [
            .init(name: "counts.mtx") { try MatrixMarket.write(fit.counts, comment: "newsdigest: raw term counts", to: $0) },
            .init(name: "tfidf.mtx") { try MatrixMarket.write(fit.weights, comment: comment, to: $0) },
            .init(name: "vocabulary.tsv", contents: Array(TSV.render(header: ["column", "token", "df"], rows: vocabularyRows).utf8)),
            .init(name: "documents.tsv", contents: Array(TSV.render(header: ["row", "id", "issue", "title"], rows: documents.enumerated().map {
                [String($0 + 1), $1.id, $1.issue ?? "", $1.title ?? ""]
            }).utf8)),
        ]
    }
}
