import Analytics
import Foundation

/// Writes a set of files into a folder all at once: every file goes to a hidden staging
/// folder beside the target first and is moved into place only when all were written, so
/// a failure never leaves a partial file that looks complete.
struct OutputDirectory {
    let path: String

    func write(_ files: [(name: String, contents: [UInt8])]) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw OutputError.notAFolder(path: path)
        }
        do { try fm.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw OutputError.cannotCreate(path: path, reason: error.localizedDescription)
        }
        let staging = (path as NSString).appendingPathComponent(".newsdigest-partial-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? fm.removeItem(atPath: staging) }
        try Interruption.cleaningUp({ try? FileManager.default.removeItem(atPath: staging) }) {
            do {
                try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
                for file in files {
                    try Data(file.contents).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(file.name)))
                }
                for file in files {
                    let target = (path as NSString).appendingPathComponent(file.name)
                    if rename((staging as NSString).appendingPathComponent(file.name), target) != 0 {
                        throw OutputError.cannotCreate(path: target, reason: String(cString: strerror(errno)))
                    }
                }
            } catch let error as OutputError {
                throw error
            } catch {
                throw OutputError.cannotCreate(path: path, reason: error.localizedDescription)
            }
        }
    }
}

enum OutputError: Error, CustomStringConvertible {
    case notAFolder(path: String)
    case cannotCreate(path: String, reason: String)

    var description: String {
        switch self {
        case let .notAFolder(path): return "\(path): exists and is not a folder; choose another --output"
        case let .cannotCreate(path, reason): return "\(path): cannot be written (\(reason))"
        }
    }
}
