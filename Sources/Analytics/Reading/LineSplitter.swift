/// Cuts bytes that arrive in chunks into lines (without their line feeds), numbered from 1,
/// each with the offset of its first byte in the whole input. A line longer than `limit`
/// bytes is an error naming it as soon as its bytes pass the limit, so a stream with no line
/// breaks cannot fill memory.
struct LineSplitter {
    let limit: Int
    let path: String
    private var partial: [UInt8] = []
    private var line = 1
    /// The offset of the first byte of the line being gathered.
    private var lineStart = 0

    init(limit: Int, path: String) {
        self.limit = limit
        self.path = path
    }

    /// Hands each line `chunk` completes to `body(line, number, offset)`.
    mutating func feed(_ chunk: [UInt8], _ body: (ArraySlice<UInt8>, Int, Int) throws -> Void) throws {
        var start = chunk.startIndex
        while let end = chunk[start...].firstIndex(of: 0x0A) {
            if partial.isEmpty {
                try emit(chunk[start..<end], body)
            } else {
                partial += chunk[start..<end]
                try emit(partial[...], body)
                partial.removeAll(keepingCapacity: true)
            }
            lineStart += 1
            start = end + 1
        }
        partial += chunk[start...]
        if partial.count > limit { throw InputError.recordTooLarge(path: path, line: line, limit: limit) }
    }

    /// Hands on the last line when the input does not end with a line feed.
    mutating func finish(_ body: (ArraySlice<UInt8>, Int, Int) throws -> Void) throws {
        if !partial.isEmpty { try emit(partial[...], body) }
        partial.removeAll()
    }

    private mutating func emit(_ bytes: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>, Int, Int) throws -> Void) throws {
        if bytes.count > limit { throw InputError.recordTooLarge(path: path, line: line, limit: limit) }
        try body(bytes, line, lineStart)
        line += 1
        lineStart += bytes.count
    }
}
