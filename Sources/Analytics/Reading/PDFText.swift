import Foundation

/// Pages of a PDF through poppler's `pdftotext -bbox-layout`: each page's text in poppler's
/// reading order with the type size of every line (``PDFLayout``), which ``PageReader`` reads
/// headlines from.
enum PDFText {
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    static func extract(_ bytes: [UInt8], path: String) throws -> [TypesetText] {
        guard let tool = executable("pdftotext") else { throw InputError.pdfToolMissing(path: path) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdigest-pdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page.pdf"), output = folder.appendingPathComponent("page.html")
        do { try Data(bytes).write(to: input) } catch {
            throw InputError.pdfUnreadable(path: path, reason: "cannot stage the file: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-bbox-layout", input.path, output.path]
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
        guard let layout = PDFLayout.parse(data) else {
            throw InputError.pdfUnreadable(path: path, reason: "its -bbox-layout output is not well-formed XHTML")
        }
        let pages = layout.pages.filter { !$0.lines.isEmpty }.map(PDFLayout.typeset)
        guard !pages.isEmpty else {
            throw InputError.pdfUnreadable(path: path, reason: "no text layer (a scanned page needs OCR first)")
        }
        return pages
    }

    /// The first `name` on `$PATH` that can be run.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
