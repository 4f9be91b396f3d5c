/// Counts the tokens of one document after another into a sparse document × term matrix.
///
/// Two ways to name a column:
/// - ``Columns/vocabulary``: each distinct token gets an id in first-seen order, kept in an
///   open-addressing table (see ``Vocabulary`` for the fitted, sorted form);
/// - ``Columns/hashed(bits:)``: the column is the low `bits` bits of the token's
///   ``StableHash``, like scikit-learn's `HashingVectorizer(alternate_sign=False)`; no token
///   text is kept.
///
/// Stop words are dropped before counting. Rows come out with ascending column indices.
public struct TermCounter {
    public enum Columns: Equatable, Sendable {
        case vocabulary
        case hashed(bits: Int)
    }

    public let columns: Columns
    private let tokenizer = Tokenizer()
    private var table = TermTable()
    private var isStopWord: [Bool] = []
    private let stopTable: TermTable
    private var scratch: [UInt8] = []
    private var rowBuffer: [Int32] = []
    // Per-term bookkeeping for the vocabulary mode: the last row a term was seen in and where
    // its count sits in that row, so a repeated token costs one increment.
    private var lastRow: [Int32] = []
    private var positionInRow: [Int32] = []
    private var rowCounts: [Float] = []

    private(set) var rowPointers: [Int] = [0]
    private(set) var columnIndices: [Int32] = []
    private(set) var values: [Float] = []

    public init(columns: Columns = .vocabulary, stopWords: StopWords = .isoChinese) {
        self.columns = columns
        var stops = TermTable(capacity: max(16, stopWords.words.count))
        for word in stopWords.words.sorted() {
            var word = word
            _ = word.withUTF8 { stops.intern($0) }
        }
        stopTable = stops
        if columns == .vocabulary {
            // Stop words take the first ids so one probe both interns a token and tells a stop word.
            table = stops
            isStopWord = Array(repeating: true, count: stops.count)
            lastRow = Array(repeating: -1, count: stops.count)
            positionInRow = Array(repeating: 0, count: stops.count)
        }
    }

    public var documentCount: Int { rowPointers.count - 1 }

    /// Adds one document (normalised text) as the next row.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(utf8: $0) }
    }

    /// Adds one document given as valid UTF-8 bytes.
    public mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        switch columns {
        case .vocabulary: addCountingTerms(bytes)
        case .hashed(let bits): addHashing(bytes, mask: (UInt64(1) << UInt64(bits)) - 1)
        }
        rowPointers.append(columnIndices.count)
    }

    private mutating func addCountingTerms(_ bytes: UnsafeBufferPointer<UInt8>) {
        let row = Int32(documentCount)
        rowBuffer.removeAll(keepingCapacity: true)
        rowCounts.removeAll(keepingCapacity: true)
        var scratch = self.scratch
        tokenizer.forEachToken(in: bytes, scratch: &scratch) { token in
            let id = Int(table.intern(token))
            if id == isStopWord.count {
                isStopWord.append(false)
                lastRow.append(-1)
                positionInRow.append(0)
            }
            if isStopWord[id] { return }
            if lastRow[id] != row {
                lastRow[id] = row
                positionInRow[id] = Int32(rowBuffer.count)
                rowBuffer.append(Int32(id))
                rowCounts.append(1)
            } else {
                rowCounts[Int(positionInRow[id])] += 1
            }
        }
        self.scratch = scratch
        let order = rowBuffer.indices.sorted { rowBuffer[$0] < rowBuffer[$1] }
        for i in order {
            columnIndices.append(rowBuffer[i])
            values.append(rowCounts[i])
        }
    }

    private mutating func addHashing(_ bytes: UnsafeBufferPointer<UInt8>, mask: UInt64) {
        rowBuffer.removeAll(keepingCapacity: true)
        var scratch = self.scratch
        tokenizer.forEachToken(in: bytes, scratch: &scratch) { token in
            if stopTable.lookup(token) != nil { return }
            rowBuffer.append(Int32(truncatingIfNeeded: StableHash.hash(token) & mask))
        }
        self.scratch = scratch
        rowBuffer.sort()
        var i = 0
        while i < rowBuffer.count {
            var j = i + 1
            while j < rowBuffer.count, rowBuffer[j] == rowBuffer[i] { j += 1 }
            columnIndices.append(rowBuffer[i])
            values.append(Float(j - i))
            i = j
        }
    }

    /// The counts so far: one row per document; in vocabulary mode one column per term id
    /// (stop words included, always empty), in hashed mode `2^bits` columns.
    public func counts() -> SparseMatrix {
        let width: Int
        switch columns {
        case .vocabulary: width = table.count
        case .hashed(let bits): width = 1 << bits
        }
        return SparseMatrix(rows: documentCount, columns: width, rowPointers: rowPointers,
                            columnIndices: columnIndices, values: values)
    }

    /// The token text of each column in vocabulary mode (empty in hashed mode).
    public func terms() -> [String] {
        columns == .vocabulary ? (0..<table.count).map { table.term($0) } : []
    }
}
