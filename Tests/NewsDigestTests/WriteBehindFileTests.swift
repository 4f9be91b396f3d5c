import Analytics
import Foundation
import Testing
@testable import newsdigest

/// `vectorize` writes gigabytes through ``WriteBehindFile``, dropping what it wrote from the
/// page cache window by window (#15); the bytes on disk must be exactly those written.
@Suite struct WriteBehindFileTests {
    @Test func manyWindowsWrittenReadBackExactly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("write-behind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out").path
        var expected: [UInt8] = []
        var file = try WriteBehindFile(creating: path, window: 4096)
        var generator = SplitMix64(seed: 7)
        for piece in 0..<300 {
            let bytes = (0..<Int(generator.next() % 3000)).map { UInt8(truncatingIfNeeded: $0 &+ piece) }
            try file.write(bytes)
            expected += bytes
        }
        try file.close()
        #expect(expected.count > 100 * 4096)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    /// A full disk is an error naming the file where it was to go, not where it was staged.
    @Test func aFullDiskIsAnErrorNamingTheFile() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        var file = try WriteBehindFile(creating: "/dev/full", name: "vectors/counts.mtx")
        do {
            try file.write(Array(repeating: 0x31, count: 10))
            Issue.record("writing to /dev/full succeeded")
        } catch {
            #expect(error.description == "vectors/counts.mtx: cannot be written (\(String(cString: strerror(ENOSPC))))")
        }
    }

    @Test func aFileThatCannotBeCreatedIsNamed() {
        #expect(throws: OutputError.self) { try WriteBehindFile(creating: "/nonexistent-folder/out") }
        do {
            _ = try WriteBehindFile(creating: "/nonexistent-folder/out")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent-folder/out: cannot be written ("))
        }
    }
}
