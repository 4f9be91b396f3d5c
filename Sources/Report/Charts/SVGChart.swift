import Analytics
import Foundation

/// Inline SVG charts for HTML reports: no script, no external font or file, every label escaped.
public enum SVGChart {
    /// Horizontal bars, one per item, scaled to the largest value.
    public static func bars(_ items: [(label: String, value: Double)], width: Int = 560) -> String {
        let rowHeight = 22, labelWidth = 150
        let top = items.map(\.value).max() ?? 1
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(items.count * rowHeight + 10)\" role=\"img\">"
        for (i, item) in items.enumerated() {
            let y = i * rowHeight + 5
            let length = top > 0 ? Int(Double(width - labelWidth - 60) * item.value / top) : 0
            svg += "<text x=\"0\" y=\"\(y + 15)\">\(escape(item.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(max(1, length))\" height=\"14\" fill=\"#36c\"/>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\">\(escape(number(item.value)))</text>"
        }
        return svg + "</svg>"
    }

    /// One line per series over the same periods, with a legend.
    public static func lines(_ series: [(label: String, values: [Int])], periods: [String], width: Int = 640, height: Int = 240) -> String {
        let palette = ["#36c", "#c33", "#393", "#f90", "#909", "#099", "#666", "#c6c", "#960", "#06c"]
        let left = 40, right = 160, top = 10, bottom = 30
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maxValue = max(1, series.flatMap(\.values).max() ?? 1)
        func x(_ i: Int) -> Int { left + (periods.count > 1 ? i * plotWidth / (periods.count - 1) : plotWidth / 2) }
        func y(_ v: Int) -> Int { top + plotHeight - v * plotHeight / maxValue }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\">"
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#999\"/>"
        svg += "<text x=\"0\" y=\"\(top + 10)\">\(maxValue)</text><text x=\"0\" y=\"\(top + plotHeight)\">0</text>"
        if let first = periods.first, let last = periods.last {
            svg += "<text x=\"\(left)\" y=\"\(height - 8)\">\(escape(first))</text>"
            svg += "<text x=\"\(left + plotWidth - 70)\" y=\"\(height - 8)\">\(escape(last))</text>"
        }
        for (s, item) in series.enumerated() {
            let color = palette[s % palette.count]
            let points = item.values.enumerated().map { "\(x($0)),\(y($1))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"/>"
            svg += "<rect x=\"\(width - right + 10)\" y=\"\(top + s * 18)\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(width - right + 26)\" y=\"\(top + s * 18 + 10)\">\(escape(DisplayWidth.truncate(item.label, to: 20)))</text>"
        }
        return svg + "</svg>"
    }

    /// Text made safe inside XML and HTML.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(format: "%.3f", v)
    }
}

/// `▁▂▃▄▅▆▇█` scaled to the series' own maximum (a zero is `▁`… only when everything is zero:
/// zero periods print a space so a gap shows as a gap).
/// One block character a value, scaled to the largest: `▁` the smallest nonzero share, `█` the
/// largest, a space for zero.
public enum Sparkline {
    public static func render(_ values: [Int]) -> String {
        render(values.map(Double.init))
    }

    public static func render(_ values: [Double]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        let top = values.max() ?? 0
        return String(values.map { v in
            guard top > 0 else { return blocks[0] }
            guard v > 0 else { return " " }
            return blocks[min(7, max(0, Int((v * 8 / top).rounded(.up)) - 1))]
        })
    }
}
