import Foundation

/// Page text from a PDF through poppler's `pdftotext`, in reading order — the text a user
/// gets by copying from the page, which ``PageReader`` is built for.
enum PDFText {
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    static func extract(_ bytes: [UInt8], path: String) throws -> String {
        guard let tool = executable("pdftotext") else { throw InputError.pdfToolMissing(path: path) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdigest-pdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page.pdf"), output = folder.appendingPathComponent("page.txt")
        do { try Data(bytes).write(to: input) } catch {
            throw InputError.pdfUnreadable(path: path, reason: "cannot stage the file: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-nopgbrk", input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw InputError.pdfToolMissing(path: path) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw InputError.pdfUnreadable(path: path, reason: reason)
        }
        let text = try TextDecoding.decode([UInt8](data), path: path)
        guard text.unicodeScalars.contains(where: { CharacterClass($0.value) != .space }) else {
            throw InputError.pdfUnreadable(path: path, reason: "no text layer (a scanned page needs OCR first)")
        }
        return text
    }

    /// The first `name` on `$PATH` that can be run.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
