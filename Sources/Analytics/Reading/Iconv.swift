#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversion from legacy encodings (GB18030, GBK, Big5, …) to UTF-8 through the C
/// library's iconv.
enum Iconv {
    enum Failure: Error, Equatable {
        case unknownEncoding(String)
        /// The input is not valid in that encoding from this byte on.
        case invalid(byte: Int)
    }

    static func decode(_ bytes: [UInt8], from encoding: String) throws -> String {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { throw Failure.unknownEncoding(encoding) }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let (status, consumed, produced) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int, Int) in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result == Int(bitPattern: UInt(bitPattern: -1)) ? -1 : 0, inBuffer.count - inLeft, outBuffer.count - outLeft)
            }
        }
        guard status == 0, consumed == bytes.count else { throw Failure.invalid(byte: consumed) }
        return String(decoding: output[..<produced], as: UTF8.self)
    }
}
