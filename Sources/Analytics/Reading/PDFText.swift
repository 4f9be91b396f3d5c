import Foundation

/// Pages of a PDF through poppler's `pdftotext -bbox-layout`: each page's text in poppler's
/// reading order with the type size of every line (``PDFLayout``), which ``PageReader`` reads
/// headlines from.
enum PDFText {
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// How long `pdftotext` may take over one file, in seconds, unless the reader says
    /// otherwise: a newspaper page takes well under a second, so a file still running after
    /// two minutes is stuck.
    static let defaultTimeLimit: Double = 120

    static func extract(_ bytes: [UInt8], path: String, timeLimit: Double = defaultTimeLimit) throws -> [TypesetText] {
        guard let pdftotext = executable("pdftotext") else { throw InputError.pdfToolMissing(path: path) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdigest-pdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page.pdf"), output = folder.appendingPathComponent("page.html")
        do { try Data(bytes).write(to: input) } catch {
            throw InputError.pdfUnreadable(path: path, reason: "cannot stage the file: \(error.localizedDescription)")
        }
        try run(pdftotext, ["-enc", "UTF-8", "-bbox-layout", input.path, output.path], folder: folder, path: path, timeLimit: timeLimit)
        guard let data = try? Data(contentsOf: output) else {
            throw InputError.pdfUnreadable(path: path, reason: "pdftotext wrote nothing")
        }
        guard var layout = PDFLayout.parse(data) else {
            throw InputError.pdfUnreadable(path: path, reason: "its -bbox-layout output is not well-formed XHTML")
        }
        if let (page, lost, all) = mostlyWithoutUnicode(layout) {
            throw InputError.pdfUnreadable(path: path, reason: "page \(page): \(lost) of its \(all) characters came out as U+FFFD, since its fonts map their glyphs to no Unicode; export the PDF again with Unicode maps (ToUnicode) for its fonts, or OCR it")
        }
        // Typefaces come from pdftohtml (the same poppler package); without it, or if it
        // fails on a file pdftotext could read, sizes alone.
        if let pdftohtml = executable("pdftohtml") {
            let fonts = folder.appendingPathComponent("fonts")
            try? run(pdftohtml, ["-xml", "-i", "-q", "-enc", "UTF-8", input.path, fonts.path], folder: folder, path: path, timeLimit: timeLimit)
            if let data = try? Data(contentsOf: fonts.appendingPathExtension("xml")), let faces = PDFFaces.parse(data) {
                layout.assignFaces(faces)
            }
        }
        layout.scaleBoxesToTheEm()
        let pages = layout.pages.filter { !$0.lines.isEmpty }.map(PDFLayout.typeset)
        guard !pages.isEmpty else {
            throw InputError.pdfUnreadable(path: path, reason: "no text layer (a scanned page needs OCR first)")
        }
        return pages
    }

    /// The first page (numbered from 1) most of whose characters poppler could not map to
    /// Unicode, with how many of how many: a PDF writer that dropped its fonts' maps (cairo
    /// rewriting Fandol fonts does) leaves text no reader can use.
    static func mostlyWithoutUnicode(_ layout: PDFLayout) -> (page: Int, lost: Int, all: Int)? {
        for (index, page) in layout.pages.enumerated() {
            let scalars = page.lines.flatMap(\.words).flatMap(\.text.unicodeScalars)
            let lost = scalars.count { $0 == "\u{FFFD}" }
            if lost * 2 > scalars.count { return (index + 1, lost, scalars.count) }
        }
        return nil
    }

    /// Runs one of poppler's tools on the staged file: killed after `timeLimit` seconds, and on
    /// SIGINT or SIGTERM with the staging `folder` removed.
    private static func run(_ tool: String, _ arguments: [String], folder: URL, path: String, timeLimit: Double) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let started = Date()
        let name = URL(fileURLWithPath: tool).lastPathComponent
        let (message, timedOut) = try Interruption.cleaningUp({
            if process.processIdentifier > 0 { kill(process.processIdentifier, SIGKILL) }
            try? FileManager.default.removeItem(at: folder)
        }) { () throws -> (String, Bool) in
            do { try process.run() } catch { throw InputError.pdfToolMissing(path: path) }
            // The timer holds the process id, not the process: a cancelled timer stays queued
            // until its time, and with it whatever it holds (the process, its pipe).
            let pid = process.processIdentifier
            let deadline = DispatchWorkItem { kill(pid, SIGKILL) }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: deadline)
            // Read here, not by FileHandle, whose read traps when a signal interrupts it; closed
            // here, so a folder of a thousand PDFs does not run out of descriptors.
            var message: [UInt8] = []
            defer { try? errors.fileHandleForReading.close() }
            while let chunk = try ByteStream.chunk(of: errors.fileHandleForReading.fileDescriptor, path: path) { message += chunk }
            process.waitUntilExit()
            deadline.cancel()
            Interruption.parkIfInterrupted()
            return (String(decoding: message, as: UTF8.self),
                    process.terminationReason == .uncaughtSignal && Date().timeIntervalSince(started) >= timeLimit)
        }
        if timedOut {
            throw InputError.pdfUnreadable(path: path, reason: "\(name) did not finish within \(Int(timeLimit)) s (--pdf-time-limit)")
        }
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "\(name) exit status \(process.terminationStatus)"
            throw InputError.pdfUnreadable(path: path, reason: reason)
        }
    }

    /// The first `name` on `$PATH` that can be run.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
