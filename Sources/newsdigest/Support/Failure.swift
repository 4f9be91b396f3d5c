import Analytics
import Archive
import ArgumentParser
import Report

/// Maps what went wrong to a one-line message and a sysexits code.
enum Failure {
    /// sysexits(3) codes.
    enum Code: Int32 {
        case usage = 64, data = 65, noInput = 66, software = 70, cannotCreate = 73, ioError = 74
    }

    /// Runs `body`; any error is printed as one line on stderr and becomes the matching exit code.
    static func guarding(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            Terminal.clearProgress()
            let (message, code) = describe(error)
            Terminal.note("error: \(message)")
            throw ExitCode(code.rawValue)
        }
    }

    static func describe(_ error: Error) -> (String, Code) {
        switch error {
        case let e as InputError: return (e.description, e.category == .noInput ? .noInput : .data)
        case let e as VectorizerError: return (e.description, .data)
        case let e as Map.BadRecord: return (e.description, .data)
        case let e as Render.NotAReport: return (e.description, .data)
        case let e as OutputError: return (e.description, .cannotCreate)
        case let e as StandardOutputError: return (e.description, .ioError)
        case let e as UsageError: return (e.description, .usage)
        case let e as SelectionError: return (e.description, .noInput)
        case let e as LinearAlgebraError: return (e.description, .software)
        case let e as TemplateError: return (e.description, .data)
        case let e as TrendError: return (e.description, .data)
        case let e as ArchiveError:
            switch e {
            case .unusable: return (e.description, .cannotCreate)
            case .unknownIssue: return (e.description, .noInput)
            default: return (e.description, .data)
            }
        default: return ("\(error)", .software)
        }
    }
}

/// A request that cannot be met as asked (found after parsing, e.g. an unknown --to-id).
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

/// `--issue`, `--from/--to` or `--page` selected no article of the inputs.
struct SelectionError: Error, CustomStringConvertible {
    let description: String
}
