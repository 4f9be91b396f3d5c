import Dispatch
import Foundation

/// What to undo when the process is interrupted (SIGINT, SIGTERM) before a piece of work
/// finishes: a temporary folder, a half-written output folder, a child process.
///
/// The first use installs dispatch signal sources for both signals; a signal then runs every
/// registered cleanup, newest first, restores the default action and sends the signal again,
/// so the process still ends as killed by it (a shell sees 130 or 143).
public enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cleanups: [(id: Int, run: @Sendable () -> Void)] = []
    nonisolated(unsafe) private static var lastID = 0
    nonisolated(unsafe) private static var interrupted = false

    nonisolated(unsafe) private static let sources: [DispatchSourceSignal] = [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
            let pending = lock.withLock { () -> [@Sendable () -> Void] in
                interrupted = true
                defer { cleanups = [] }
                return cleanups.reversed().map(\.run)
            }
            for cleanup in pending { cleanup() }
            // Die by the signal from this thread: a process started by one whose threads block
            // signals inherits the mask, so unblock it here rather than count on another thread.
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, number)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            signal(number, SIG_DFL)
            raise(number)
        }
        source.resume()
        return source
    }

    /// Parks the calling thread for good when a signal is being handled: work that failed
    /// because a cleanup killed its child process must not report that failure and exit
    /// first — the process ends by the signal.
    public static func parkIfInterrupted() {
        guard lock.withLock({ interrupted }) else { return }
        while true { pause() }
    }

    /// Runs `body`; if SIGINT or SIGTERM arrives before it returns, `cleanup` runs first.
    public static func cleaningUp<T>(_ cleanup: @escaping @Sendable () -> Void, _ body: () throws -> T) rethrows -> T {
        _ = sources
        let id = lock.withLock { () -> Int in
            lastID += 1
            cleanups.append((lastID, cleanup))
            return lastID
        }
        defer { lock.withLock { cleanups.removeAll { $0.id == id } } }
        return try body()
    }
}
