import Foundation

/// One JSON Lines record checked field by field, so a bad record is reported by what is
/// wrong with it rather than by a decoder's coding path.
enum JSONRecord {
    static func document(from line: String, path: String, line number: Int) throws -> Document {
        func bad(_ reason: String) -> InputError { .malformedRecord(path: path, line: number, reason: reason) }
        // A String's own UTF-8 copies at memory speed; a Substring's went scalar by scalar.
        let bytes = Array(line.utf8)
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
            // (A blank line never gets here; the reader skips it.)
        } catch let DecodingError.dataCorrupted(context) {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw bad("not valid JSON" + (underlying.map { " (\($0))" } ?? ""))
        } catch {
            throw bad("not valid JSON")
        }
        if let (byte, reason) = StrictJSON.problem(in: bytes) { throw bad("byte \(byte + 1) of the line: \(reason)") }
        guard case .object(let object) = value else {
            throw bad("the line is \(value.kind), not a JSON object with a \"body\"")
        }
        func string(_ key: String) throws -> String? {
            switch object[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case .number(_, let exact)?: return exact
            case let other?: throw bad("field \"\(key)\" is \(other.kind), not a string")
            }
        }
        guard let bodyValue = object["body"], bodyValue != .null else { throw bad("the record has no \"body\"") }
        guard case .string(let body) = bodyValue else { throw bad("field \"body\" is \(bodyValue.kind), not a string") }
        if body.unicodeScalars.allSatisfy({ CharacterClass($0.value) == .space }) { throw bad("field \"body\" is empty") }
        var page: Int?
        switch object["page"] {
        case nil, .null?: page = nil
        case .number(let n, _)? where n == n.rounded() && abs(n) < 1e9: page = Int(n)
        case .string(let s)? where Int(s) != nil: page = Int(s)
        case let other?: throw bad("field \"page\" is \(other.kind), not a whole number")
        }
        var humanLabel: Int?
        if case .number(let n, _)? = object["human_label"], n == n.rounded(), abs(n) < 1e9 { humanLabel = Int(n) }
        return Document(
            id: try string("id") ?? "\((path as NSString).lastPathComponent):\(number)",
            date: try string("date"), issue: try string("issue"), page: page, title: try string("title"),
            body: body, label: try string("label"), summary: try string("summary"), humanLabel: humanLabel,
            layout: .record, source: "\(path):\(number)")
    }
}

/// Any JSON value, decoded without losing what kind it was. A number keeps its decimal digits
/// exactly (up to 38 of them) besides its `Double`, so `12345678901234567890` and
/// `12345678901234567891` stay two ids.
enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), number(Double, exact: String), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Strings first: most values of a record are, and each kind tried in vain throws an error.
        if container.decodeNil() { self = .null }
        else if let s = try? container.decode(String.self) { self = .string(s) }
        else if let b = try? container.decode(Bool.self) { self = .bool(b) }
        else if let d = try? container.decode(Decimal.self), d.isFinite { self = .number(NSDecimalNumber(decimal: d).doubleValue, exact: "\(d)") }
        else if let n = try? container.decode(Double.self) { self = .number(n, exact: "\(n)") }
        else if let a = try? container.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
