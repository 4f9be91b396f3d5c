import Foundation

/// The one JSON encoder every report uses: sorted keys and fixed indentation, so the same
/// result always gives the same bytes.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `value` as one line of JSON Lines: sorted keys, no line break inside, one at the end.
    public static func line<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A weight rounded to six decimals (or `places`), so JSON shows `0.123457`, not Float noise.
    public static func rounded(_ value: Double, places: Int = 6) -> Double {
        let scale = Foundation.pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
