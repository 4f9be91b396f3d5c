extension TopicSpace {
    /// The first bytes of a model file.
    static let magic = Array("NDMODEL1".utf8)

    /// The space as bytes, the same on every machine: ``ClusterModel``'s layout with no centroid.
    public func serialized() -> [UInt8] {
        serialized(centroids: try! DenseMatrix(rows: 0, columns: dimensions))
    }

    /// Reads ``serialized()``'s bytes; bytes that are not a space are an error naming `path` and the byte.
    public init(serialized bytes: [UInt8], path: String) throws {
        let (space, centroids) = try TopicSpace.decode(bytes, path: path, expected: "a topic space of an archive's trend index")
        guard centroids.rows == 0 else {
            throw InputError.corruptText(path: path, byte: 0, reason: "a cluster model with \(centroids.rows) centroids where a topic space was expected")
        }
        self = space
    }

    /// `NDMODEL1`, then little-endian UInt32s (terms m, rank r, centroids t, documents n,
    /// sublinearTF, smoothIDF, norm, useIDF), m document frequencies (UInt32), m IDF values,
    /// m×r loadings and t×r centroids (Float32), the terms' UTF-8 byte count (UInt32) and the
    /// terms, each ended by a line feed.
    func serialized(centroids: DenseMatrix) -> [UInt8] {
        var out = TopicSpace.magic
        func put(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { out += $0 } }
        func put(_ values: [Float]) { for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { out += $0 } } }
        let options = tfidf.options
        for value in [vocabulary.count, loadings.columns, centroids.rows, tfidf.documentCount, options.sublinearTF ? 1 : 0,
                      options.smoothIDF ? 1 : 0, RowNorm.allCases.firstIndex(of: options.norm)!, options.useIDF ? 1 : 0] {
            put(value)
        }
        vocabulary.documentFrequencies.forEach(put)
        put(tfidf.idf)
        put(loadings.storage)
        put(centroids.storage)
        let terms = Array(vocabulary.terms.map { $0 + "\n" }.joined().utf8)
        put(terms.count)
        out += terms
        return out
    }

    /// A space and the centroids stored with it; an error naming `path`, the byte and what
    /// was `expected` when the bytes are not such.
    static func decode(_ bytes: [UInt8], path: String, expected: String) throws -> (TopicSpace, DenseMatrix) {
        var offset = 0
        func corrupt(_ reason: String) -> InputError {
            .corruptText(path: path, byte: offset, reason: "\(reason); not \(expected)")
        }
        func take(_ count: Int) throws -> ArraySlice<UInt8> {
            guard count >= 0, count <= bytes.count - offset else { throw corrupt("the file ends early") }
            defer { offset += count }
            return bytes[offset..<(offset + count)]
        }
        func word() throws -> Int {
            Int(try take(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        func floats(_ count: Int) throws -> [Float] {
            guard count <= (bytes.count - offset) / 4 else { throw corrupt("the file ends early") }
            return try (0..<count).map { _ in Float(bitPattern: UInt32(try word())) }
        }
        guard Array(try take(magic.count)) == magic else { offset = 0; throw corrupt("no NDMODEL1 header") }
        let (m, r, t, n) = (try word(), try word(), try word(), try word())
        let flags = try (0..<4).map { _ in try word() }
        guard flags[2] < RowNorm.allCases.count else { throw corrupt("unknown row norm \(flags[2])") }
        guard m.multipliedReportingOverflow(by: max(r, 1)).overflow == false, m * r <= bytes.count else { throw corrupt("\(m) terms × \(r) dimensions cannot fit the file") }
        guard t.multipliedReportingOverflow(by: max(r, 1)).overflow == false, t * r <= bytes.count else { throw corrupt("\(t) centroids × \(r) dimensions cannot fit the file") }
        let frequencies = try (0..<m).map { _ in try word() }
        let idf = try floats(m), loadings = try floats(m * r), centroids = try floats(t * r)
        let termStart = offset
        let termBytes = try take(try word())
        guard offset == bytes.count else { throw corrupt("\(bytes.count - offset) bytes after the terms") }
        guard let text = String(validating: termBytes, as: UTF8.self) else { offset = termStart; throw corrupt("the terms are not UTF-8") }
        let terms = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        guard terms.count == m, zip(terms, terms.dropFirst()).allSatisfy({ $0.utf8.lexicographicallyPrecedes($1.utf8) }) else {
            offset = termStart
            throw corrupt("\(terms.count) terms for \(m), or not distinct and in code point order")
        }
        // A term the tokenizer would not give back whole could never be counted.
        var termOffset = termStart + 4
        for term in terms {
            guard Tokenizer().tokens(term) == [term] else { offset = termOffset; throw corrupt("the term “\(term)” is not one token") }
            termOffset += term.utf8.count + 1
        }
        let options = TfidfOptions(sublinearTF: flags[0] != 0, smoothIDF: flags[1] != 0, norm: RowNorm.allCases[flags[2]], useIDF: flags[3] != 0)
        let space = try TopicSpace(vocabulary: Vocabulary(terms: terms, documentFrequencies: frequencies),
                                   tfidf: TfidfModel(options: options, idf: idf, documentCount: n),
                                   loadings: DenseMatrix(rows: m, columns: r, storage: loadings))
        return (space, try DenseMatrix(rows: t, columns: r, storage: centroids))
    }
}
