import Foundation

/// Runs a producer on a thread of its own, at most ``depth`` items ahead of the consumer, so
/// that work for one core overlaps with the work after it: reading the next batch of a corpus
/// (inflating, splitting lines, parsing JSON) with processing the last one, formatting the
/// next piece of a matrix with writing the last one to disk.
///
/// The consumer sees exactly the producer's items, in the order sent, so results do not
/// depend on timing or on the number of cores. An error from the producer reaches the
/// consumer after every item sent before it, as it would without the thread; an error from
/// the consumer stops the producer at its next `send` and is rethrown once the producer has
/// returned. Either way the producer's thread has finished when ``run(depth:produce:consume:)``
/// returns.
public enum Pipeline {
    /// Runs `produce` on its own thread, handing each item it sends to `consume` on the
    /// calling thread. `depth` (at least 1) items may wait between them.
    public static func run<Item>(depth: Int = 1, produce: (_ send: (Item) throws -> Void) throws -> Void,
                                 consume: (Item) throws -> Void) throws {
        precondition(depth >= 1, "at least one item may wait")
        let channel = Channel<Item>(capacity: depth)
        let finished = DispatchSemaphore(value: 0)
        try withoutActuallyEscaping(produce) { produce in
            let job = Job(produce: produce, channel: channel)
            // A thread of its own with a main thread's stack: the producer parses nested JSON.
            let thread = Thread {
                job.run()
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            defer {
                channel.cancel()
                finished.wait()
            }
            while let item = try channel.receive() { try consume(item) }
        }
    }

    /// Runs `background` on a thread of its own while `foreground` runs on the calling thread,
    /// and returns the background's result once both have finished; an error from either is
    /// thrown then (the background's after the foreground has run).
    public static func alongside<Result>(_ background: () throws -> Result, while foreground: () throws -> Void) throws -> Result {
        var result: Result?
        // The first item starts the foreground; the second is the result.
        try run(produce: { send in
            try send(nil)
            try send(background())
        }, consume: { (item: Result?) in
            if let item { result = item } else { try foreground() }
        })
        return result!
    }

    /// The producer, handed to its thread and dropped there once it has returned: the thread
    /// object may outlive `run`, and the closure must not.
    private final class Job<Item>: @unchecked Sendable {
        private var produce: ((_ send: (Item) throws -> Void) throws -> Void)?
        private let channel: Channel<Item>

        init(produce: @escaping (_ send: (Item) throws -> Void) throws -> Void, channel: Channel<Item>) {
            self.produce = produce
            self.channel = channel
        }

        func run() {
            guard let produce else { return }
            self.produce = nil
            do {
                try produce(channel.send)
                channel.close(failure: nil)
            } catch {
                channel.close(failure: error)
            }
        }
    }

    /// Stops a producer whose consumer has given up.
    private struct Cancelled: Error {}

    /// A bounded first-in first-out queue between one producer and one consumer.
    private final class Channel<Item>: @unchecked Sendable {
        private let condition = NSCondition()
        private let capacity: Int
        private var items: [Item] = []
        private var closed = false
        private var failure: (any Error)?
        private var cancelled = false

        init(capacity: Int) {
            self.capacity = capacity
        }

        func send(_ item: Item) throws {
            condition.lock()
            defer { condition.unlock() }
            while items.count >= capacity && !cancelled { condition.wait() }
            if cancelled { throw Cancelled() }
            items.append(item)
            condition.broadcast()
        }

        func close(failure: (any Error)?) {
            condition.lock()
            defer { condition.unlock() }
            closed = true
            self.failure = failure
            condition.broadcast()
        }

        func cancel() {
            condition.lock()
            defer { condition.unlock() }
            cancelled = true
            items = []
            condition.broadcast()
        }

        /// The next item; nil once the producer has finished and everything sent was received.
        func receive() throws -> Item? {
            condition.lock()
            defer { condition.unlock() }
            while items.isEmpty && !closed { condition.wait() }
            if !items.isEmpty {
                let item = items.removeFirst()
                condition.broadcast()
                return item
            }
            if let failure, !(failure is Cancelled) { throw failure }
            return nil
        }
    }
}
