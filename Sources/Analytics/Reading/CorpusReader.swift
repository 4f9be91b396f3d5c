import Foundation

/// How the articles of an input are laid out.
public enum InputFormat: String, Sendable, CaseIterable {
    /// JSON Lines: one record `{id, date?, issue?, page?, title?, body, …}` a line.
    case jsonl
    /// A text file is one printed page (text extracted from PDF).
    case page
    /// A text file is one article.
    case article
}

/// What reading produced: the articles in input order, and the records skipped as bad.
public struct ReadResult: Sendable {
    public var documents: [Document] = []
    /// Bad records passed over because ``CorpusReader/skipBadRecords`` was set.
    public var skipped: [InputError] = []
    /// Entries of input folders passed over because they are not regular files (a FIFO would
    /// block the read forever, a device never end).
    public var notFiles: [String] = []

    public init(documents: [Document] = [], skipped: [InputError] = []) {
        self.documents = documents
        self.skipped = skipped
    }
}

/// Reads articles from files, folders and standard input (`-`).
///
/// - gzip is recognised by its magic bytes, whatever the file is called.
/// - The format comes from ``format`` when set, else from the name (`.jsonl`, `.ndjson`,
///   `.json` → JSON Lines) or the content (a first `{` → JSON Lines); a text file is a page
///   or an article by how its lines break (``Layout/guess(_:)``), a page too when its columns
///   stand side by side (to be refused with advice). `.pdf` pages are read through
///   `pdftotext`.
/// - A folder contributes its `.txt`, `.jsonl` and `.jsonl.gz` files in name order; entries
///   that are not regular files are passed over and listed in ``ReadResult/notFiles``.
/// - JSON Lines are read record by record as the bytes arrive (inflated 64 KiB at a time for
///   gzip; ``JSONLinesReader``), so reading holds one line and the articles kept, never the
///   file; UTF-16 and UTF-32, pages, articles and PDFs are gathered whole first.
/// - Devices are refused. A line (a record, a page line) longer than ``maxRecordBytes`` is an
///   error naming it, found while the bytes arrive, so no input without line breaks can fill
///   memory.
/// - Nothing is dropped silently: a bad record is an error naming the file and line, unless
///   ``skipBadRecords`` is set, in which case it is listed in ``ReadResult/skipped``.
public struct CorpusReader: Sendable {
    public var format: InputFormat?
    public var skipBadRecords: Bool
    /// The text encoding of every input (an iconv name); nil detects UTF-8, UTF-16 or GB18030.
    public var encoding: String?
    /// How long `pdftotext` may take over one `.pdf`, in seconds (default 120); a file that
    /// takes longer is an error naming it.
    public var pdfTimeLimit: Double = PDFText.defaultTimeLimit
    /// The longest line an input may hold, in bytes (default 32 MiB).
    public var maxRecordBytes: Int = CorpusReader.defaultMaxRecordBytes
    public static let defaultMaxRecordBytes = 32 << 20

    public init(format: InputFormat? = nil, skipBadRecords: Bool = false, encoding: String? = nil) {
        self.format = format
        self.skipBadRecords = skipBadRecords
        self.encoding = encoding
    }

    /// Reads every input in order; `-` is standard input.
    public func read(_ paths: [String]) throws -> ReadResult {
        var result = ReadResult()
        try forEachBatch(paths, batchSize: .max) { batch in
            result.documents += batch.documents
            result.skipped += batch.skipped
            result.notFiles += batch.notFiles
        }
        return result
    }

    /// Reads every input in order as ``read(_:)`` does, handing the documents on as they are
    /// read, `batchSize` at a time (the last batch may be smaller), so memory follows the batch,
    /// not the input: JSON Lines are handed on as their records arrive; a page, an article or
    /// a PDF as soon as its file is read. Skipped records and passed-over folder entries ride
    /// with the batch they were met in.
    ///
    /// The same rules as ``read(_:)``: two documents with one id are an error naming both (or,
    /// with ``skipBadRecords``, the second is skipped), and inputs with no document at all are
    /// an error after the last batch.
    public func forEachBatch(_ paths: [String], batchSize: Int, _ body: (ReadResult) throws -> Void) throws {
        var batches = DocumentBatches(size: batchSize, skipBadRecords: skipBadRecords)
        var pending = ReadResult()
        for path in paths {
            if path == "-" {
                var stream = try ByteStream(descriptor: STDIN_FILENO, path: "<stdin>")
                try read(&stream, name: "<stdin>", into: &pending) { try batches.handOn(&$0, all: false, to: body) }
                continue
            }
            let (files, notFiles) = try CorpusReader.expand(path)
            pending.notFiles += notFiles
            for file in files { try read(file: file, into: &pending) { try batches.handOn(&$0, all: false, to: body) } }
        }
        try batches.handOn(&pending, all: true, to: body)
        if batches.documentsHandedOn == 0 { throw InputError.noDocuments(sources: paths.map { $0 == "-" ? "<stdin>" : $0 }) }
    }

    /// Reads the articles of the file at `path` as its bytes arrive. Devices and sockets are refused.
    /// `chunkRead` is given `result` each time a piece of the file has been added to it.
    public func read(file path: String, into result: inout ReadResult,
                     chunkRead: (inout ReadResult) throws -> Void = { _ in }) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw InputError.fileNotFound(path: path) }
        if isFolder.boolValue { throw InputError.unreadable(path: path, reason: "it is a folder, not a file") }
        if let type = CorpusReader.fileType(of: path), type == S_IFCHR || type == S_IFBLK || type == S_IFSOCK {
            throw InputError.unreadable(path: path, reason: "it is a device or socket, not a file")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var stream = try ByteStream(descriptor: descriptor, path: path)
        try read(&stream, name: path, into: &result, chunkRead: chunkRead)
    }

    /// Reads the articles in `bytes`, a file called `name`.
    public func read(bytes raw: [UInt8], name: String, into result: inout ReadResult) throws {
        var stream = try ByteStream(bytes: raw, path: name)
        try read(&stream, name: name, into: &result)
    }

    /// JSON Lines is read record by record as the bytes arrive (``JSONLinesReader``) when its
    /// encoding keeps ASCII's line feeds: the one asked for, or, undetected, when its opening
    /// lines (up to 4 KiB) are UTF-8. Anything else — a page, an article, a PDF, UTF-16, a file
    /// whose opening lines are not UTF-8 — is gathered whole first, with no line longer than
    /// ``maxRecordBytes``, and its encoding told from all of it.
    private func read(_ stream: inout ByteStream, name: String, into result: inout ReadResult,
                      chunkRead: (inout ReadResult) throws -> Void = { _ in }) throws {
        var head: [UInt8] = []
        while head.count < 1 << 12, let chunk = try stream.next() { head += chunk }
        let isText = !PDFText.isPDF(head)
        let lineByLine = encoding.map(TextDecoding.keepsASCII)
            ?? (String(validating: head[..<(head.lastIndex(of: 0x0A) ?? head.endIndex)], as: UTF8.self) != nil)
        if isText, !TextDecoding.hasWideByteOrderMark(head), lineByLine,
           (format ?? CorpusReader.guessFormat(name: name, text: String(decoding: head, as: UTF8.self))) == .jsonl {
            var records = JSONLinesReader(path: name, encoding: encoding, skipBadRecords: skipBadRecords, maxLineBytes: maxRecordBytes)
            var chunk: [UInt8]? = head
            while let bytes = chunk {
                try records.feed(bytes, into: &result)
                try chunkRead(&result)
                chunk = try stream.next()
            }
            try records.finish(into: &result)
            if !records.sawContent { throw InputError.emptyFile(path: name) }
            try chunkRead(&result)
            return
        }
        var bytes = head
        var lines = LineSplitter(limit: maxRecordBytes, path: name)
        let skip: (ArraySlice<UInt8>, Int, Int) -> Void = { _, _, _ in }
        if isText { try lines.feed(head, skip) }
        while let chunk = try stream.next() {
            if isText { try lines.feed(chunk, skip) }
            bytes += chunk
        }
        try read(whole: bytes, name: name, into: &result)
        try chunkRead(&result)
    }

    private func read(whole bytes: [UInt8], name: String, into result: inout ReadResult) throws {
        if PDFText.isPDF(bytes) {
            let pages = try PDFText.extract(bytes, path: name, timeLimit: pdfTimeLimit)
            for (index, page) in pages.enumerated() {
                let id = pages.count == 1 ? CorpusReader.stem(of: name) : "\(CorpusReader.stem(of: name))-p\(index + 1)"
                var document = Document(id: id, body: page.text, layout: .page, source: name)
                document.lineStyles = page.styles
                result.documents.append(document)
            }
            return
        }
        let text = try TextDecoding.decode(bytes, path: name, encoding: encoding)
        if text.unicodeScalars.allSatisfy({ CharacterClass($0.value) == .space }) { throw InputError.emptyFile(path: name) }
        switch format ?? CorpusReader.guessFormat(name: name, text: text) {
        case .jsonl:
            // Decoded whole (UTF-16, UTF-32, an encoding told from all of it): the records are
            // read from the text's UTF-8.
            var records = JSONLinesReader(path: name, encoding: "utf-8", skipBadRecords: skipBadRecords, maxLineBytes: maxRecordBytes)
            try records.feed(Array(text.utf8), into: &result)
            try records.finish(into: &result)
        case .page:
            if let line = CorpusReader.sideBySideColumns(in: text) { throw InputError.sideBySideColumns(path: name, line: line) }
            result.documents.append(Document(id: CorpusReader.stem(of: name), body: text, layout: .page, source: name))
        case .article: result.documents.append(Document(id: CorpusReader.stem(of: name), body: text, layout: .article, source: name))
        }
    }

    /// The first line of columns set side by side, when at least three of the page's lines hold
    /// a run of three or more spaces between words and, with the lines pushed right by eight or
    /// more spaces, they make a fifth or more of its lines: `pdftotext -layout` keeps the
    /// page's geometry that way (a column standing alone is pushed to where it was printed),
    /// where plain extraction gives one column at a time. A paragraph's indent (two to four
    /// spaces) refuses nothing.
    static func sideBySideColumns(in text: String) -> Int? {
        var content = 0
        var sideBySide: [Int] = []
        var pushedRight = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            content += 1
            if trimmed.contains("   ") || trimmed.contains("\u{3000}\u{3000}\u{3000}") {
                sideBySide.append(index + 1)
            } else if line.hasPrefix("        ") {
                pushedRight += 1
            }
        }
        guard sideBySide.count >= 3, (sideBySide.count + pushedRight) * 5 >= content else { return nil }
        return sideBySide.first
    }

    // MARK: - Files

    static func guessFormat(name: String, text: String) -> InputFormat {
        let lower = name.lowercased().replacingOccurrences(of: ".gz", with: "")
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
        let first = text.unicodeScalars.first { CharacterClass($0.value) != .space && $0 != "\u{FEFF}" }
        if first == "{" && !lower.hasSuffix(".txt") { return .jsonl }
        // Columns side by side (`pdftotext -layout`) are a page, to be refused with advice.
        return Layout.guess(text) == .page || sideBySideColumns(in: text) != nil ? .page : .article
    }

    static func stem(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in [".gz", ".txt", ".jsonl", ".json", ".pdf"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        return name
    }

    /// The files a path stands for: itself, or a folder's regular files of the kinds read, in
    /// name order, and the folder's entries of those names that are not regular files.
    static func expand(_ path: String) throws -> (files: [String], notFiles: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.fileNotFound(path: path)
        }
        guard isDirectory.boolValue else { return ([path], []) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw InputError.unreadable(path: path, reason: "the folder cannot be listed")
        }
        let files = names.filter { name in
            let lower = name.lowercased()
            return !name.hasPrefix(".") && [".txt", ".jsonl", ".jsonl.gz", ".ndjson", ".pdf"].contains { lower.hasSuffix($0) }
        }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let paths = files.map { (path as NSString).appendingPathComponent($0) }
        let (regular, others) = paths.partitioned { fileType(of: $0) == S_IFREG }
        guard !regular.isEmpty else { throw InputError.emptyDirectory(path: path) }
        return (regular, others)
    }

    /// The `S_IF…` type of what `path` names, following symbolic links; nil if it cannot be told.
    static func fileType(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}

/// Cuts documents read into batches of `size` in input order, each document's id checked
/// against every id handed on before.
struct DocumentBatches {
    let size: Int
    let skipBadRecords: Bool
    private var ids = IDRegister()
    private(set) var documentsHandedOn = 0

    init(size: Int, skipBadRecords: Bool) {
        precondition(size > 0, "a batch holds at least one document")
        self.size = size
        self.skipBadRecords = skipBadRecords
    }

    /// Hands on every full batch of `pending`, and with `all` what is left (skipped records and
    /// passed-over entries included). A repeated id is an error, or with `skipBadRecords` a
    /// skipped record.
    mutating func handOn(_ pending: inout ReadResult, all: Bool, to body: (ReadResult) throws -> Void) throws {
        while pending.documents.count >= size
                || (all && !(pending.documents.isEmpty && pending.skipped.isEmpty && pending.notFiles.isEmpty)) {
            var batch = ReadResult()
            let taken = pending.documents.count <= size ? pending.documents : Array(pending.documents.prefix(size))
            pending.documents = pending.documents.count <= size ? [] : Array(pending.documents.dropFirst(size))
            batch.skipped = pending.skipped
            batch.notFiles = pending.notFiles
            pending.skipped = []
            pending.notFiles = []
            for document in taken {
                if let error = ids.admit(document) {
                    guard skipBadRecords else { throw error }
                    batch.skipped.append(error)
                    continue
                }
                batch.documents.append(document)
            }
            documentsHandedOn += batch.documents.count
            try body(batch)
        }
    }
}

/// Where each id was first given; a later document with the same id is refused, naming both.
struct IDRegister {
    private var firstSource: [String: String] = [:]

    /// nil when `document`'s id is new (and now registered), else the error naming both places.
    mutating func admit(_ document: Document) -> InputError? {
        if let first = firstSource[document.id] { return .duplicateID(id: document.id, source: document.source, first: first) }
        firstSource[document.id] = document.source
        return nil
    }
}
