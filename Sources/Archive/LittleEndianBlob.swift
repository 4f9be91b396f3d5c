import Foundation

/// Numbers stored as little-endian bytes in a blob, the same on every machine.
enum LittleEndianBlob {
    static func data<T: FixedWidthInteger>(_ values: [T]) -> Data {
        values.map(\.littleEndian).withUnsafeBytes { Data($0) }
    }

    /// nil when the blob is not a whole number of values.
    static func values<T: FixedWidthInteger>(_ data: Data, as: T.Type) -> [T]? {
        guard data.count % MemoryLayout<T>.size == 0 else { return nil }
        return data.withUnsafeBytes { raw in
            (0..<(data.count / MemoryLayout<T>.size)).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
        }
    }
}
