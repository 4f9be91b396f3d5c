/// Why input could not be read. Each message names the file and, where it applies, the line
/// or byte, and says what to do.
public enum InputError: Error, Equatable, CustomStringConvertible {
    /// What kind of failure this is, for exit codes.
    public enum Category: Sendable { case noInput, data }

    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case emptyDirectory(path: String)
    case emptyFile(path: String)
    case invalidUTF8(path: String, line: Int, byte: Int)
    case nulByte(path: String, line: Int, byte: Int)
    /// `line` where it can be told: the encoding keeps ASCII's line feeds.
    case corruptText(path: String, line: Int? = nil, byte: Int, reason: String)
    case unknownEncoding(path: String, encoding: String)
    case pdfToolMissing(path: String)
    case pdfUnreadable(path: String, reason: String)
    case sideBySideColumns(path: String, line: Int)
    case corruptGzip(path: String, reason: String)
    case truncatedGzip(path: String, compressedBytes: Int)
    case malformedRecord(path: String, line: Int, reason: String)
    case noDocuments(sources: [String])
    case duplicateID(id: String, source: String, first: String)
    case recordTooLarge(path: String, line: Int, limit: Int)

    public var category: Category {
        switch self {
        case .fileNotFound, .unreadable, .emptyDirectory: return .noInput
        default: return .data
        }
    }

    /// What is wrong with a record, without the advice ``description`` adds: the notice of
    /// records skipped under `--skip-bad-records` uses it.
    public var problem: String {
        switch self {
        case let .malformedRecord(path, line, reason): return "\(path):\(line): \(reason)"
        case let .duplicateID(id, source, first): return "\(source): id \"\(id)\" was already given at \(first)"
        default: return description
        }
    }

    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "\(path): no such file or directory"
        case let .unreadable(path, reason):
            return "\(path): cannot be read (\(reason))"
        case let .emptyDirectory(path):
            return "\(path): the folder holds no .txt, .pdf, .jsonl or .jsonl.gz files"
        case let .emptyFile(path):
            return "\(path): the file is empty; give a file with at least one article"
        case let .invalidUTF8(path, line, byte):
            return "\(path):\(line): invalid UTF-8 at byte \(byte), and not GB18030 either; name the encoding with --encoding or convert the file to UTF-8"
        case let .nulByte(path, line, byte):
            return "\(path):\(line): NUL byte at byte \(byte); this looks like a binary file, not text"
        case let .corruptText(path, line, byte, reason):
            return "\(path)\(line.map { ":\($0)" } ?? ""): byte \(byte): \(reason)"
        case let .unknownEncoding(path, encoding):
            return "\(path): unknown encoding '\(encoding)'; try utf-8, gb18030, gbk, big5 or utf-16 (iconv -l lists all)"
        case let .pdfToolMissing(path):
            return "\(path): reading PDF needs pdftotext; install it with: apt-get install poppler-utils"
        case let .pdfUnreadable(path, reason):
            return "\(path): pdftotext could not read the PDF (\(reason))"
        case let .sideBySideColumns(path, line):
            return "\(path):\(line): columns run side by side on one line, as `pdftotext -layout` writes them; the page reader needs one column at a time: extract with plain `pdftotext page.pdf page.txt`, or give the PDF itself"
        case let .corruptGzip(path, reason):
            return "\(path): corrupt gzip data (\(reason))"
        case let .recordTooLarge(path, line, limit):
            return "\(path):\(line): a line longer than \(limit / (1 << 20)) MB; a record or page line may be at most --max-record-size MB (split the record, or raise the limit)"
        case let .truncatedGzip(path, compressedBytes):
            return "\(path): gzip stream ends early after \(compressedBytes) compressed bytes; the file is truncated"
        case .malformedRecord:
            return problem + "; fix the record or pass --skip-bad-records"
        case .duplicateID:
            return problem + "; ids must be unique (rename one, or pass --skip-bad-records to keep the first)"
        case let .noDocuments(sources):
            let names = sources.isEmpty ? "the input" : sources.joined(separator: ", ")
            return "no articles found in \(names); give at least one non-empty article"
        }
    }
}
