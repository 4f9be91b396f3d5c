import CZlib

/// gzip (and zlib) decompression through the system zlib, concatenated members included.
enum Gzip {
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes; `path` names the file in errors. A line of the inflated text
    /// longer than `maxLineBytes` stops inflating with an error naming it, so a small file that
    /// inflates to gigabytes without a line break never fills memory.
    static func decompress(_ input: [UInt8], path: String, maxLineBytes: Int = CorpusReader.defaultMaxRecordBytes) throws -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 32: accept a gzip or zlib header.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw InputError.corruptGzip(path: path, reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var limit = LineLengthLimit(limit: maxLineBytes, path: path)
        try input.withUnsafeBufferPointer { inBuffer in
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = UInt32(inBuffer.count)
            var finishedMember = false
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let inflated = chunk[0..<(chunk.count - Int(stream.avail_out))]
                try limit.check(inflated)
                output.append(contentsOf: inflated)
                switch status {
                case Z_STREAM_END:
                    finishedMember = true
                    // Another gzip member may follow; anything else after the end is ignored, as gzip does.
                    let consumed = inBuffer.count - Int(stream.avail_in)
                    if stream.avail_in >= 2, inBuffer[consumed] == 0x1F, inBuffer[consumed + 1] == 0x8B {
                        inflateReset(&stream)
                        finishedMember = false
                        continue
                    }
                    return
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    if !finishedMember { throw InputError.truncatedGzip(path: path, compressedBytes: inBuffer.count) }
                    return
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    throw InputError.corruptGzip(path: path, reason: reason)
                }
            }
        }
        return output
    }
}
