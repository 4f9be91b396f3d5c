import Analytics
import ArgumentParser
import Dispatch
import Foundation
import Report

/// The process's edges: stderr notes, the terminal's width, and whether anyone is watching.
enum Terminal {
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The widths text output may take, in columns.
    static let widths = 20...1000

    /// Columns available for text output: `--width`, else `$COLUMNS`, else the terminal's, else
    /// 100; always within ``widths``.
    static func width(override: Int?) -> Int {
        let clamp = { (columns: Int) in min(widths.upperBound, max(widths.lowerBound, columns)) }
        if let override { return clamp(override) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return clamp(columns) }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return clamp(Int(size.ws_col)) }
        return 100
    }

    /// A line on stderr prefixed with the tool's name.
    static func note(_ message: String) {
        _ = writeAll("newsdigest: \(inert(message))\n", to: STDERR_FILENO)
    }

    /// The report on standard output; a full disk, a closed pipe or a closed descriptor is an
    /// error (exit 74), never a crash or a silently short file.
    static func write(_ text: String) throws {
        if let failure = writeAll(inert(text), to: STDOUT_FILENO) { throw StandardOutputError(reason: failure) }
    }

    /// `text` without the control characters a terminal would act on (escape sequences, C1
    /// controls, carriage returns, DEL): an id, an issue or a file name taken from the input
    /// can then never move the cursor, recolour or retitle the user's terminal. Line breaks
    /// and tabs stay; JSON escapes its own.
    static func inert(_ text: String) -> String {
        let isControl = { (v: UInt32) in (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) }
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0.value) }))
    }

    /// Writes every byte, retrying when interrupted; the reason when it cannot.
    private static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            bytes = bytes.dropFirst(written)
        }
        return nil
    }

    /// Progress on long work: on stderr, and only when stderr is a terminal.
    static func progress(_ message: String) {
        guard standardErrorIsTerminal else { return }
        _ = writeAll("\r\u{1B}[K\(message)", to: STDERR_FILENO)
    }

    /// A bar with counts and the time left at the rate so far: `[██████░░░░] 500/2012 articles · 3 s left`.
    static func progress(_ done: Int, of total: Int, _ unit: String, since start: UInt64) {
        guard standardErrorIsTerminal, total > 0 else { return }
        let filled = min(20, done * 20 / total)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let left = done > 0 ? elapsed * Double(total - done) / Double(done) : 0
        let eta = done > 0 && done < total ? String(format: " · %.0f s left", left.rounded(.up)) : ""
        progress("[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled) + "] \(done)/\(total) \(unit)" + eta)
    }

    static func clearProgress() {
        guard standardErrorIsTerminal else { return }
        _ = writeAll("\r\u{1B}[K", to: STDERR_FILENO)
    }
}

/// `--width`: how wide text output may be.
struct DisplayOptions: ParsableArguments {
    @Option(help: "Width of text output in columns, 20 to 1000. (default: $COLUMNS or the terminal's)")
    var width: Int?

    var columns: Int { Terminal.width(override: width) }

    /// The longest bar of a keyword chart: what the width leaves beside rank, term and figures.
    var keywordBarWidth: Int { max(10, columns - 50) }
}

/// `--template`, `--format` and `--width` of the reports (digest, trend).
struct LayoutOptions: ParsableArguments {
    @Option(name: .customLong("template"), help: "A folder of Mustache templates (digest.text.mustache, trend.html.mustache, …) to use instead of the built-in ones.")
    var templateDirectory: String?

    @OptionGroup var output: FormatOption

    @OptionGroup var display: DisplayOptions

    /// The templates to render with; a `--template` that is not a folder is missing input.
    func templates() throws -> TemplateSet {
        if let templateDirectory {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templateDirectory, isDirectory: &isFolder) else {
                throw InputError.fileNotFound(path: templateDirectory)
            }
            guard isFolder.boolValue else {
                throw InputError.unreadable(path: templateDirectory, reason: "--template takes a folder of .mustache files, not a file")
            }
        }
        return TemplateSet(directory: templateDirectory)
    }
}

/// Standard output could not take the report.
struct StandardOutputError: Error, CustomStringConvertible {
    let reason: String
    var description: String { "standard output cannot be written (\(reason)); check the disk or the pipe it goes to" }
}
