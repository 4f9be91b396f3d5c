import Foundation
import Mustache

/// The layouts a report renders with: the built-in ones, or a newsroom's from a folder.
public struct TemplateSet: Sendable {
    /// How deeply `{{#section}}`s may nest: far beyond any layout, far below the stack's limit.
    public static let maximumSectionDepth = 64

    private let directory: String?

    /// `directory`: where `NAME.mustache` files replace built-in layouts (any missing file
    /// keeps the built-in one).
    public init(directory: String? = nil) {
        self.directory = directory
    }

    /// Renders `context` with the layout called `name` (`digest.text`, `trend.html`, …).
    public func render(_ name: String, context: [String: Any]) throws -> String {
        var source = DefaultTemplates.all[name]!
        if let directory {
            let path = (directory as NSString).appendingPathComponent("\(name).mustache")
            if FileManager.default.fileExists(atPath: path) {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw TemplateError.unreadable(path: path) }
                source = text
            }
        }
        // The parser recurses once per open section: bound the depth before handing it over.
        var depth = 0, deepest = 0
        for match in source.matches(of: /\{\{\s*([#^\/])/) {
            depth += match.output.1 == "/" ? -1 : 1
            deepest = max(deepest, depth)
        }
        if deepest > TemplateSet.maximumSectionDepth {
            throw TemplateError.invalid(name: name, reason: "sections are nested \(deepest) deep; at most \(TemplateSet.maximumSectionDepth) are allowed")
        }
        do {
            return try MustacheTemplate(string: source).render(context)
        } catch {
            throw TemplateError.invalid(name: name, reason: "\(error)")
        }
    }
}

public enum TemplateError: Error, CustomStringConvertible {
    case unreadable(path: String)
    case invalid(name: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path): return "\(path): the template cannot be read as UTF-8 text"
        case let .invalid(name, reason): return "template \(name): \(reason); fix the template or remove it to use the built-in one"
        }
    }
}
