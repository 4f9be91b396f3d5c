import CZlib

/// zlib's inflate over a gzip stream — or several members one after another, as `gzip -d`
/// reads them — handing out at most 64 KiB of output at a time, so no input inflates
/// further than its reader asks. Anything after the last member that is not another member
/// is ignored, as gzip does; a stream that stops inside a member is an error.
final class GzipInflater {
    static func isCompressed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var i = bytes.makeIterator()
        return i.next() == 0x1F && i.next() == 0x8B
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let path: String
    private var input: [UInt8] = []
    private var consumed = 0
    private var compressedBytes = 0
    private var finishedMember = false
    private var ended = false
    private var output = [UInt8](repeating: 0, count: 1 << 16)

    init(path: String) throws {
        self.path = path
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 window bits + 32: accept a gzip or zlib header.
        // On failure `deinit` frees the stream (inflateEnd on a stream that never started is harmless).
        guard inflateInit2_(stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw InputError.corruptGzip(path: path, reason: "zlib could not start")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The next inflated bytes (never empty), or nil at the end; `more` gives the next
    /// compressed chunk (never empty) or nil when the compressed input ends.
    func next(more: () throws -> [UInt8]?) throws -> [UInt8]? {
        while !ended {
            if consumed == input.count || (finishedMember && input.count - consumed < 2) {
                guard let chunk = try more() else {
                    if !finishedMember { throw InputError.truncatedGzip(path: path, compressedBytes: compressedBytes) }
                    ended = true
                    return nil
                }
                input = Array(input[consumed...]) + chunk
                consumed = 0
                compressedBytes += chunk.count
                continue
            }
            if finishedMember {
                guard input[consumed] == 0x1F, input[consumed + 1] == 0x8B else { ended = true; return nil }
                inflateReset(stream)
                finishedMember = false
            }
            let (status, produced) = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer -> (Int32, Int) in
                    stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress! + consumed)
                    stream.pointee.avail_in = UInt32(inBuffer.count - consumed)
                    stream.pointee.next_out = outBuffer.baseAddress
                    stream.pointee.avail_out = UInt32(outBuffer.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    consumed = inBuffer.count - Int(stream.pointee.avail_in)
                    return (status, outBuffer.count - Int(stream.pointee.avail_out))
                }
            }
            switch status {
            case Z_STREAM_END: finishedMember = true
            case Z_OK: break
            case Z_BUF_ERROR where consumed == input.count || produced > 0: break
            default:
                let reason = status == Z_BUF_ERROR ? "inflate made no progress" : stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw InputError.corruptGzip(path: path, reason: reason)
            }
            if produced > 0 { return Array(output[..<produced]) }
        }
        return nil
    }
}
