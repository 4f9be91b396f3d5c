/// The longest line (record or page line) a text input may hold, checked as its bytes arrive,
/// so a file with no line breaks (a gzip of zeros, a runaway dump) is refused after `limit`
/// bytes instead of filling memory. Counts bytes between line feeds (0x0A), which every
/// encoding the reader accepts without a byte-order mark keeps.
struct LineLengthLimit {
    /// In bytes; ``CorpusReader/defaultMaxRecordBytes`` unless the reader says otherwise.
    let limit: Int
    let path: String
    private(set) var line = 1
    private var current = 0

    init(limit: Int, path: String) {
        self.limit = limit
        self.path = path
    }

    mutating func check<Bytes: Collection>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                current = 0
            } else {
                current += 1
                if current > limit { throw InputError.recordTooLarge(path: path, line: line, limit: limit) }
            }
        }
    }
}
