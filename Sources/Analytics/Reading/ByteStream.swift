import Foundation

/// The bytes of one input — an open file, standard input, or bytes already in memory — chunk
/// by chunk, inflated on the way when they start with gzip's magic bytes. Chunks are at most
/// 64 KiB (a chunk of bytes in memory is handed out whole unless it must be inflated).
struct ByteStream {
    private enum Source {
        case descriptor(Int32)
        case memory([UInt8])
    }

    let path: String
    private var source: Source
    private var sourceEnded = false
    /// Raw bytes read to tell gzip, not yet handed on.
    private var pending: [UInt8]?
    private var inflater: GzipInflater?

    /// Reads from `descriptor`, which the caller keeps open until the stream ends.
    init(descriptor: Int32, path: String) throws {
        try self.init(source: .descriptor(descriptor), path: path)
    }

    init(bytes: [UInt8], path: String) throws {
        try self.init(source: .memory(bytes), path: path)
    }

    private init(source: Source, path: String) throws {
        self.path = path
        self.source = source
        self.inflater = nil
        var head: [UInt8] = []
        while head.count < 2, let chunk = try nextRaw() { head += chunk }
        pending = head.isEmpty ? nil : head
        inflater = GzipInflater.isCompressed(head) ? try GzipInflater(path: path) : nil
    }

    /// The next bytes (never empty), or nil at the end of the input.
    mutating func next() throws -> [UInt8]? {
        guard let inflater else { return try takePending() ?? nextRaw() }
        return try inflater.next { try takePending() ?? nextRaw() }
    }

    private mutating func takePending() -> [UInt8]? {
        defer { pending = nil }
        return pending
    }

    private mutating func nextRaw() throws -> [UInt8]? {
        guard !sourceEnded else { return nil }
        switch source {
        case .memory(let bytes):
            sourceEnded = true
            source = .memory([])
            return bytes.isEmpty ? nil : bytes
        case .descriptor(let descriptor):
            guard let chunk = try ByteStream.chunk(of: descriptor, path: path) else {
                sourceEnded = true
                return nil
            }
            return chunk
        }
    }

    /// The next bytes `descriptor` gives (up to 64 KiB), or nil at its end; a read interrupted
    /// by a signal is tried again.
    static func chunk(of descriptor: Int32, path: String) throws -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return Array(chunk[..<count]) }
            if count == 0 { return nil }
            if errno != EINTR { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        }
    }
}
