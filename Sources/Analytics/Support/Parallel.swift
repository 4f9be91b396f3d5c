import Dispatch

/// Maps independent work over the machine's cores; the result is in input order and does not
/// depend on the number of cores.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        let chunks = Swift.min(items.count, 64)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for i in (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks) {
                    out[i] = transform(items[i])
                }
            }
        }
        return results.map { $0! }
    }
}
