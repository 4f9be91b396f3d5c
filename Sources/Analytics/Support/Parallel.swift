import Dispatch

/// Maps independent work over the machine's cores; the result is in input order and does not
/// depend on the number of cores.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer.baseAddress!
            forEachPart(of: items.count) { part in
                for i in part { out[i] = transform(items[i]) }
            }
        }
        return results.map { $0! }
    }

    /// Calls `body` with consecutive parts of `0..<count` — at most `parts` of them, of near
    /// equal size, together covering it once — on every core. Parts run in any order and at
    /// once: `body` must touch only what its part owns.
    public static func forEachPart(of count: Int, parts: Int = 64, _ body: @Sendable (Range<Int>) -> Void) {
        let parts = Swift.max(1, Swift.min(count, parts))
        guard parts > 1 else { return count > 0 ? body(0..<count) : () }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            body((count * part / parts)..<(count * (part + 1) / parts))
        }
    }
}
