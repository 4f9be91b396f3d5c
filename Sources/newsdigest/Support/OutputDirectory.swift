import Analytics
import Foundation

/// Writes a set of files into a folder all at once, so the folder holds the whole new set or
/// the whole previous one, never a mix:
/// 1. every file is written to a hidden staging folder inside the target;
/// 2. each file it replaces is hard-linked into the staging folder, so its bytes stay
///    reachable; a file that cannot be linked (immutable, a folder) fails here, before
///    anything changed;
/// 3. the new files are renamed into place; if one rename fails, the ones already renamed are
///    put back from their links (or removed, where there was none before).
/// Other files in the folder are left alone.
struct OutputDirectory {
    let path: String

    /// One file of the set: its name and what writes its bytes, piece by piece, so a file of
    /// gigabytes need not be held whole.
    struct File {
        let name: String
        let write: (_ emit: ([UInt8]) throws -> Void) throws -> Void

        init(name: String, writer: @escaping (_ emit: ([UInt8]) throws -> Void) throws -> Void) {
            self.name = name
            write = writer
        }

        init(name: String, contents: [UInt8]) {
            self.init(name: name) { emit in try emit(contents) }
        }
    }

    func write(_ files: [File]) throws {
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
                    let staged = (staging as NSString).appendingPathComponent(file.name)
                    var handle = try WriteBehindFile(creating: staged, name: (path as NSString).appendingPathComponent(file.name))
                    try file.write { try handle.write($0) }
                    try handle.close()
                }
                let targets = files.map { (path as NSString).appendingPathComponent($0.name) }
                let previous = files.map { (staging as NSString).appendingPathComponent(".previous-" + $0.name) }
                var hadPrevious: [Bool] = []
                for (target, keep) in zip(targets, previous) {
                    let exists = fm.fileExists(atPath: target) || (try? fm.destinationOfSymbolicLink(atPath: target)) != nil
                    if exists && link(target, keep) != 0 {
                        throw OutputError.cannotCreate(path: target, reason: "cannot be replaced: \(String(cString: strerror(errno))); nothing was changed")
                    }
                    hadPrevious.append(exists)
                }
                for (k, file) in files.enumerated() {
                    guard rename((staging as NSString).appendingPathComponent(file.name), targets[k]) != 0 else { continue }
                    let reason = String(cString: strerror(errno))
                    for j in (0..<k).reversed() {
                        _ = hadPrevious[j] ? rename(previous[j], targets[j]) : unlink(targets[j])
                    }
                    throw OutputError.cannotCreate(path: targets[k], reason: "\(reason); the folder keeps its previous files")
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
