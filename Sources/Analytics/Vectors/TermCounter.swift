/// Counts the tokens of one document after another into a sparse document × term matrix.
///
/// Two ways to name a column:
/// - ``Columns/vocabulary``: each distinct token gets an id in first-seen order, kept in an
///   open-addressing table (see ``Vocabulary`` for the fitted, sorted form);
/// - ``Columns/hashed(bits:)``: the column is the low `bits` bits of the token's
///   ``StableHash``, like scikit-learn's `HashingVectorizer(alternate_sign=False)`; no token
///   text is kept.
///
/// A counter made with ``init(known:)`` counts only the terms of a fitted ``Vocabulary``, as its
/// columns, and passes over every other token: what a fitted vectoriser's transform needs,
/// without interning or naming the tokens it will drop.
///
/// Stop words are dropped before counting. In vocabulary mode a row's entries are in the
/// order their terms first appeared in the document (``Vocabulary/fit(counts:terms:options:)``
/// sorts them as it renumbers the columns); in hashed and known-vocabulary mode they ascend.
public struct TermCounter: Sendable {
    public enum Columns: Equatable, Sendable {
        case vocabulary
        case hashed(bits: Int)
    }

    public let columns: Columns
    private let tokenizer = Tokenizer()
    private var table = TermTable()
    private let stopTable: TermTable
    private var scratch: [UInt8] = []
    private var rowBuffer: [Int32] = []
    private var rowCounts: [Float] = []
    private var sorter = RadixSorter<Int32>()
    /// Per term in vocabulary mode: the last row it was seen in (high half; ``stopMark`` for a
    /// stop word) and where its count sits in that row (low half), so a repeated token costs
    /// one increment and one memory access.
    private var lastSeen: [UInt64] = []
    private static let stopMark = UInt64(UInt32.max) << 32
    private static let unseen = UInt64(UInt32.max - 1) << 32
    /// In known-vocabulary mode: the vocabulary's terms, table id = column.
    private var known: TermTable?

    private(set) var rowPointers: [Int] = [0]
    private(set) var columnIndices: [Int32] = []
    private(set) var values: [Float] = []

    public init(columns: Columns = .vocabulary, stopWords: StopWords = .isoChinese) {
        self.columns = columns
        // The built-in list's table is made once: a page's headline matching makes counters by the dozen.
        let stops = stopWords == .isoChinese ? TermCounter.builtInStops : TermCounter.table(of: stopWords)
        stopTable = stops
        if columns == .vocabulary {
            // Stop words take the first ids so one probe both interns a token and tells a stop word.
            table = stops
            lastSeen = Array(repeating: TermCounter.stopMark, count: stops.count)
        }
    }

    /// Counts only `vocabulary`'s terms, column `c` for `vocabulary.terms[c]`.
    /// - Precondition: every term is exactly one token (as every fitted vocabulary's are).
    init(known vocabulary: Vocabulary) {
        columns = .vocabulary
        stopTable = TermTable(capacity: 0)
        var terms = TermTable(capacity: max(16, vocabulary.count))
        let interned = TermCounter.intern(wholeTokens: vocabulary.terms, into: &terms)
        precondition(interned == vocabulary.count && terms.count == vocabulary.count,
                     "a fitted vocabulary's terms are distinct single tokens")
        known = terms
    }

    private static let builtInStops = table(of: .isoChinese)

    /// The stop words that are exactly one token each, interned in code point order (a stop
    /// word that is not exactly one token can never match one).
    private static func table(of stopWords: StopWords) -> TermTable {
        var stops = TermTable(capacity: max(16, stopWords.words.count))
        _ = intern(wholeTokens: stopWords.words.sorted(), into: &stops)
        return stops
    }

    /// Interns, in order, each of `words` that is exactly one token; returns how many were.
    private static func intern(wholeTokens words: [String], into table: inout TermTable) -> Int {
        var scratch: [UInt8] = []
        var interned = 0
        for word in words {
            var word = word
            word.withUTF8 { bytes in
                var tokens = 0, whole = false
                Tokenizer().forEachToken(in: bytes, scratch: &scratch) { token in
                    tokens += 1
                    whole = tokens == 1 && token.bytes.count == bytes.count
                    if whole { _ = table.intern(token) }
                }
                if whole && tokens == 1 { interned += 1 }
            }
        }
        return interned
    }

    public var documentCount: Int { rowPointers.count - 1 }

    /// Adds one document (normalised text) as the next row.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(utf8: $0) }
    }

    /// Adds one document given as valid UTF-8 bytes.
    public mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if let table = known {
            addSorted(bytes, columnCount: table.count) { table.lookup($0) }
        } else {
            switch columns {
            case .vocabulary: addCountingTerms(bytes)
            case .hashed(let bits):
                let mask = (UInt64(1) << UInt64(bits)) - 1, stops = stopTable
                addSorted(bytes, columnCount: 1 << bits) { stops.lookup($0) == nil ? Int32(truncatingIfNeeded: StableHash.hash($0.bytes) & mask) : nil }
            }
        }
        rowPointers.append(columnIndices.count)
    }

    private mutating func addCountingTerms(_ bytes: UnsafeBufferPointer<UInt8>) {
        let row = UInt64(documentCount) << 32
        // Work on locals: the closure below then touches plain arrays, not `self`'s.
        var table = self.table, lastSeen = self.lastSeen, rowBuffer = self.rowBuffer, rowCounts = self.rowCounts
        var scratch = self.scratch
        self.table = TermTable(capacity: 0)
        self.lastSeen = []
        rowBuffer.removeAll(keepingCapacity: true)
        rowCounts.removeAll(keepingCapacity: true)
        tokenizer.forEachToken(in: bytes, scratch: &scratch) { token in
            let id = Int(table.intern(token))
            if id == lastSeen.count { lastSeen.append(TermCounter.unseen) }
            let seen = lastSeen[id]
            if seen & 0xFFFF_FFFF_0000_0000 == row {
                rowCounts[Int(seen & 0xFFFF_FFFF)] += 1
            } else if seen != TermCounter.stopMark {
                lastSeen[id] = row | UInt64(rowBuffer.count)
                rowBuffer.append(Int32(id))
                rowCounts.append(1)
            }
        }
        // Left in first-seen order: fitting renumbers the columns and sorts each row once then.
        columnIndices.append(contentsOf: rowBuffer)
        values.append(contentsOf: rowCounts)
        self.table = table
        self.lastSeen = lastSeen
        self.rowBuffer = rowBuffer
        self.rowCounts = rowCounts
        self.scratch = scratch
    }

    /// Adds the row of the columns `column` gives the tokens (nil: not counted), ascending;
    /// every column below `columnCount`.
    @inline(__always)
    private mutating func addSorted(_ bytes: UnsafeBufferPointer<UInt8>, columnCount: Int, column: (Tokenizer.Token) -> Int32?) {
        rowBuffer.removeAll(keepingCapacity: true)
        var scratch = self.scratch
        tokenizer.forEachToken(in: bytes, scratch: &scratch) { token in
            if let c = column(token) { rowBuffer.append(c) }
        }
        self.scratch = scratch
        sorter.sort(&rowBuffer, keyBits: RadixSorter<Int32>.keyBits(below: columnCount))
        var i = 0
        while i < rowBuffer.count {
            var j = i + 1
            while j < rowBuffer.count, rowBuffer[j] == rowBuffer[i] { j += 1 }
            columnIndices.append(rowBuffer[i])
            values.append(Float(j - i))
            i = j
        }
    }

    /// Adds `other`'s documents after this counter's, as if they had been added here: its
    /// terms are interned in the order it first saw them, so the columns and rows are exactly
    /// those of counting every document with one counter. Both counters must have the same
    /// columns and stop words.
    public mutating func append(_ other: TermCounter) {
        precondition(columns == other.columns && known?.count == other.known?.count, "counters with different columns")
        let shift = columnIndices.count
        switch columns {
        case .vocabulary where known != nil:
            columnIndices.append(contentsOf: other.columnIndices)
        case .vocabulary:
            let ids = table.intern(contentsOf: other.table)
            if lastSeen.count < table.count { lastSeen += Array(repeating: TermCounter.unseen, count: table.count - lastSeen.count) }
            columnIndices.append(contentsOf: other.columnIndices.lazy.map { ids[Int($0)] })
        case .hashed:
            columnIndices.append(contentsOf: other.columnIndices)
        }
        values.append(contentsOf: other.values)
        rowPointers.append(contentsOf: other.rowPointers.dropFirst().lazy.map { $0 + shift })
    }

    /// The counts so far: one row per document; in vocabulary mode one column per term id
    /// (stop words included, always empty), in hashed mode `2^bits` columns.
    public func counts() -> SparseMatrix {
        let width: Int
        switch columns {
        case .vocabulary: width = known?.count ?? table.count
        case .hashed(let bits): width = 1 << bits
        }
        return SparseMatrix(rows: documentCount, columns: width, uncheckedRowPointers: rowPointers,
                            columnIndices: columnIndices, values: values)
    }

    /// The token text of each column in vocabulary mode (empty in hashed and known-vocabulary mode).
    public func terms() -> [String] {
        columns == .vocabulary && known == nil ? (0..<table.count).map { table.term($0) } : []
    }
}
