#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
private let systemClose = Glibc.close
private let systemSync = Glibc.fsync
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private let systemClose = Darwin.close
private let systemSync = Darwin.fsync
#endif

/// A new file written front to back, whose bytes leave the page cache soon after they are
/// written: every `window` bytes, the window just written is handed to the disk and the one
/// before it (on disk by then) is dropped from the cache.
///
/// Why: gigabytes written through the page cache fill it with dirty pages, and from then on
/// every write waits on reclaim. Measured on 2 cores and 24 GiB, writing 18 GB in 1 MB pieces
/// cost 34 s of system time plainly and 6 s this way (`vectorize` of a million articles writes
/// 18 GB). The advice is only advice: where the system ignores it, the file is still written.
struct WriteBehindFile: ~Copyable {
    /// The name errors give the file: where it will end up, not where it is staged.
    let name: String
    /// -1 once closed.
    private var descriptor: Int32
    private var written: Int64 = 0
    /// Where the window being handed to the disk begins, and where the one before it began.
    private var windowStart: Int64 = 0
    private var previousWindowStart: Int64 = 0
    private let window: Int64

    /// Creates (or empties) the file at `path`, with the permissions the umask allows any new
    /// file; errors call it `name`.
    init(creating path: String, name: String? = nil, window: Int64 = 64 << 20) throws(OutputError) {
        self.name = name ?? path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputError.cannotCreate(path: self.name, reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
        self.window = window
    }

    deinit { if descriptor >= 0 { _ = systemClose(descriptor) } }

    /// Appends `bytes` to the file.
    mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(count < 0 ? String(cString: strerror(errno)) : "nothing more could be written") }
            offset += count
        }
        written += Int64(bytes.count)
        if written - windowStart >= window {
            #if os(Linux)
            // On Linux, "don't need" starts writing a range's dirty pages back and drops its
            // clean ones: the previous window's pages, written back since the last call, go.
            _ = posix_fadvise(descriptor, off_t(previousWindowStart), off_t(written - previousWindowStart), POSIX_FADV_DONTNEED)
            #endif
            previousWindowStart = windowStart
            windowStart = written
        }
    }

    /// Waits for every byte to reach the disk, then closes the file. Writing back happens
    /// after `write` returns and `close` does not report its failures (a full or failing disk
    /// under pages already dropped from the cache): only `fsync` does. Most of the file is on
    /// disk by then, so the wait is for the last windows.
    consuming func close() throws(OutputError) {
        var synced = systemSync(descriptor)
        while synced != 0 && errno == EINTR { synced = systemSync(descriptor) }
        let reason = synced == 0 ? nil : String(cString: strerror(errno))
        // Linux releases the descriptor even when close is interrupted.
        _ = systemClose(descriptor)
        descriptor = -1
        if let reason { throw failure(reason) }
    }

    private func failure(_ reason: String) -> OutputError {
        OutputError.cannotCreate(path: name, reason: reason)
    }
}
