import Foundation
import TestSupport

/// Runs the built `newsdigest` binary as a user would.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var repositoryRoot: URL { TestData.repositoryRoot }

    static func sharedData(_ name: String) -> String { TestData.sharedDataPath(name) }

    static var binary: URL {
        // swift test runs from the products folder that also holds the tool.
        Bundle.main.bundleURL.appendingPathComponent("newsdigest")
    }

    /// Runs `executable` (the built tool) in `folder` (the repository root) with `COLUMNS=100`.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    executable: URL = binary, in folder: URL = repositoryRoot) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["COLUMNS"] = "100"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // Output goes to files, so a large output can never fill a pipe and stall the tool.
        let streams = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: streams) }
        let outURL = streams.appendingPathComponent("stdout"), errURL = streams.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdigest-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
