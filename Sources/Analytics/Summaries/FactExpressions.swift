/// Numbers with their units — the facts a digest must not lose: casualties (`四十七人`,
/// `二千余人`), money (`400亿美元`), shares (`15％`), dates (`1月10日`, `2014年`).
///
/// A number is a run of digits (ASCII or full-width, with an optional decimal part) or of at
/// least two Chinese numerals (`四十七`, so that `一些` is not a number), optionally followed
/// by `余`, `多` or `几`, and it counts only when a unit follows it. Expressions are returned
/// with full-width digits, `．` and `％` in their ASCII forms, in text order. Deterministic.
public enum FactExpressions {
    static let units: [String] = ["%", "人", "名", "位", "元", "美元", "亿", "万", "吨", "公里", "千米", "米", "公斤", "岁",
                        "年", "月", "日", "天", "个", "家", "项", "倍", "次", "座", "户", "台", "辆", "架", "艘", "所",
                        "起", "件", "条", "股", "点", "度", "级", "平方米", "亩", "公顷", "小时", "分钟"]

    public static func numbers(in text: String) -> [String] {
        // Most sentences carry no digit or numeral at all.
        guard text.unicodeScalars.contains(where: { isDigit(folded($0)) || numerals.contains($0) }) else { return [] }
        let scalars = text.unicodeScalars.map(folded)
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            var end = i
            if isDigit(scalars[i]) {
                while end < scalars.count, isDigit(scalars[end]) { end += 1 }
                if end + 1 < scalars.count, scalars[end] == ".", isDigit(scalars[end + 1]) {
                    end += 1
                    while end < scalars.count, isDigit(scalars[end]) { end += 1 }
                }
            } else {
                while end < scalars.count, numerals.contains(scalars[end]) { end += 1 }
                if end - i < 2 { i += 1; continue }
            }
            if end < scalars.count, approximate.contains(scalars[end]) { end += 1 }
            if let unit = sortedUnits.first(where: { starts(scalars, at: end, with: $0) }) {
                end += unit.count
                // `400亿美元`: a magnitude takes the unit after it.
                if unit.count == 1, numerals.contains(unit[0]), let next = sortedUnits.first(where: { starts(scalars, at: end, with: $0) }) {
                    end += next.count
                }
                found.append(String(String.UnicodeScalarView(scalars[i..<end])))
            }
            i = end
        }
        return found
    }

    /// Full-width digits, full stop and percent sign as their ASCII forms (as ``Normalizer/foldWidth(_:)`` folds them).
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF0E, 0xFF05: return Unicode.Scalar(scalar.value - 0xFEE0)!
        default: return scalar
        }
    }

    static let numerals = Set("零〇一二两三四五六七八九十百千万亿".unicodeScalars)
    static let approximate = Set("余多几".unicodeScalars)
    // Longer units first, so a unit that begins another never cuts a match short.
    static let sortedUnits = units.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func starts(_ scalars: [Unicode.Scalar], at index: Int, with unit: [Unicode.Scalar]) -> Bool {
        index + unit.count <= scalars.count && scalars[index..<(index + unit.count)].elementsEqual(unit)
    }
}
