extension CorpusReader {
    /// Reads JSON Lines records from `descriptor` as their bytes arrive and hands them to `body`
    /// in input order, at most `batchSize` at a time, so memory follows the batch, not the input.
    ///
    /// The same rules as ``read(_:)``: a malformed record, a line longer than
    /// ``maxRecordBytes``, text that is not in the input's encoding, or an id seen before in this
    /// input is an error naming `name` and the line. An input with no record gives no batch.
    /// The input is JSON Lines whatever ``format`` says; its encoding must keep ASCII's bytes
    /// (UTF-8 or GB18030, detected or given).
    public func forEachRecordBatch(descriptor: Int32, name: String, batchSize: Int = 256,
                                   _ body: ([Document]) throws -> Void) throws {
        if let encoding, !TextDecoding.keepsASCII(encoding) {
            throw InputError.unknownEncoding(path: name, encoding: "\(encoding) (records are read line by line: give an encoding that keeps ASCII's bytes)")
        }
        var stream = try ByteStream(descriptor: descriptor, path: name)
        var records = JSONLinesReader(path: name, encoding: encoding, skipBadRecords: false, maxLineBytes: maxRecordBytes)
        var batches = DocumentBatches(size: batchSize, skipBadRecords: false)
        var pending = ReadResult()
        while let chunk = try stream.next() {
            try records.feed(chunk, into: &pending)
            try batches.handOn(&pending, all: false) { try body($0.documents) }
        }
        try records.finish(into: &pending)
        try batches.handOn(&pending, all: true) { try body($0.documents) }
    }
}
