import Analytics
import ArgumentParser

/// The vectoriser's options, named as in the Swift API and the JSON.
struct VectorizerOptions: ParsableArguments {
    @Option(name: .customLong("min-df"), help: "Drop terms in fewer documents than this: a count (2) or a proportion (0.01).")
    var minDF: DocumentFrequencyLimit = .count(1)

    @Option(name: .customLong("max-df"), help: "Drop terms in more documents than this: a count (500) or a proportion (0.5).")
    var maxDF: DocumentFrequencyLimit = .proportion(1.0)

    @Option(name: .customLong("max-features"), help: "Keep only the N terms with the highest total count. (default: all)")
    var maxFeatures: Int?

    @Flag(name: .customLong("sublinear-tf"), inversion: .prefixedNo, help: "Use 1 + ln(count) as term frequency.")
    var sublinearTF = true

    @Flag(name: .customLong("smooth-idf"), inversion: .prefixedNo, help: "idf = ln((1+n)/(1+df)) + 1; without it ln(n/df) + 1.")
    var smoothIDF = true

    @Option(help: "Row normalisation: l2, l1 or none.")
    var norm: RowNorm = .l2

    @OptionGroup var stopWords: StopWordOption

    func validate() throws {
        if let maxFeatures, maxFeatures < 1 { throw ValidationError("--max-features must be at least 1") }
    }

    func vectorizer(hashBits: Int? = nil) throws -> TfidfVectorizer {
        TfidfVectorizer(
            stopWords: try stopWords.list(),
            vocabulary: VocabularyOptions(minDF: minDF, maxDF: maxDF, maxFeatures: maxFeatures),
            tfidf: TfidfOptions(sublinearTF: sublinearTF, smoothIDF: smoothIDF, norm: norm),
            hashBits: hashBits)
    }
}

/// Hashed columns instead of a vocabulary; shared by `vectorize` and `map counts`.
struct HashingOption: ParsableArguments {
    @Option(name: .customLong("hash-bits"), help: ArgumentHelp(
        "Hash tokens into 2^N columns instead of holding a vocabulary: a token's column is the low N bits of StableHash of its UTF-8 bytes (N in 1…24; no --max-features).",
        valueName: "N"))
    var hashBits: Int?

    func validate() throws {
        if let hashBits, !TfidfVectorizer.hashBitsRange.contains(hashBits) {
            throw ValidationError("--hash-bits must be between 1 and 24")
        }
    }
}

/// The stop list: the built-in one, none, or a file; shared by the vectoriser and `map counts`.
struct StopWordOption: ParsableArguments {
    @Option(name: .customLong("stop-words"), help: ArgumentHelp(
        "'builtin' (stopwords-iso Chinese, 793 entries), 'none', or a file with one word a line.",
        valueName: "builtin|none|file"))
    var stopWords = "builtin"

    func list() throws -> StopWords {
        switch stopWords {
        case "builtin": return .isoChinese
        case "none": return .none
        default:
            var result = ReadResult()
            do {
                try CorpusReader(format: .article).read(file: stopWords, into: &result)
            } catch InputError.emptyFile {
                throw UsageError(description: "--stop-words \(stopWords): the file holds no word; give one word a line, or --stop-words none")
            }
            return StopWords(parsing: result.documents.map(\.body).joined(separator: "\n"))
        }
    }
}

extension DocumentFrequencyLimit: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public var defaultValueDescription: String { description }
}

extension RowNorm: ExpressibleByArgument {}
