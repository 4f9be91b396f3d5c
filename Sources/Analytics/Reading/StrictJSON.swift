/// What `JSONDecoder` lets through and other tools read differently: a key given twice in one
/// object (the decoder keeps one value, some tools the first, others the last) and a comma
/// before `}` or `]`. A record with either is refused rather than read one way silently.
enum StrictJSON {
    /// The first such problem in `bytes`, a JSON text the decoder has accepted, and the offset of
    /// the byte it is at. Keys are compared as written (`"a"` and `"\u0061"` are not matched).
    static func problem(in bytes: [UInt8]) -> (byte: Int, reason: String)? {
        enum Frame { case object(keys: Set<ArraySlice<UInt8>>, expectingKey: Bool), array }
        var stack: [Frame] = []
        var lastSignificant: (byte: UInt8, offset: Int) = (0, 0)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                let start = i + 1
                i = start
                while i < bytes.count && bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                if case .object(var keys, true)? = stack.last {
                    let key = bytes[start..<min(i, bytes.count)]
                    if keys.contains(key) {
                        return (start - 1, "key \"\(String(decoding: key, as: UTF8.self))\" appears twice in one object")
                    }
                    keys.insert(key)
                    stack[stack.count - 1] = .object(keys: keys, expectingKey: false)
                }
                lastSignificant = (UInt8(ascii: "\""), start - 1)
            case UInt8(ascii: "{"):
                stack.append(.object(keys: [], expectingKey: true))
                lastSignificant = (b, i)
            case UInt8(ascii: "["):
                stack.append(.array)
                lastSignificant = (b, i)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if lastSignificant.byte == UInt8(ascii: ",") {
                    return (lastSignificant.offset, "a comma before \(b == UInt8(ascii: "}") ? "}" : "]") (a trailing comma)")
                }
                stack.removeLast()
                lastSignificant = (b, i)
            case UInt8(ascii: ","):
                if case .object(let keys, _)? = stack.last { stack[stack.count - 1] = .object(keys: keys, expectingKey: true) }
                lastSignificant = (b, i)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            default:
                lastSignificant = (b, i)
            }
            i += 1
        }
        return nil
    }
}
