import Foundation

/// Calendar periods that trends are counted in. Dates are `YYYY-MM-DD`, read in UTC.
public enum Period: String, Sendable, CaseIterable, Codable {
    case day, week, month

    /// The period a date falls in: `1998-01-05`, `1998-W02` (ISO 8601 week), or `1998-01`.
    public func key(for date: String) -> String? {
        guard let day = Period.parse(date) else { return nil }
        switch self {
        case .day: return date
        case .month: return String(date.prefix(7))
        case .week:
            let calendar = Period.calendar
            let week = calendar.component(.weekOfYear, from: day), year = calendar.component(.yearForWeekOfYear, from: day)
            return String(format: "%04d-W%02d", year, week)
        }
    }

    /// Every period from the first to the last key, with no gaps, in order.
    public func keys(from first: String, to last: String) -> [String] {
        guard let start = Period.parse(first), let end = Period.parse(last), start <= end else { return [] }
        var keys: [String] = []
        var day = start
        while day <= end {
            if let key = key(for: Period.format(day)), keys.last != key { keys.append(key) }
            day = Period.calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return keys
    }

    /// Days from `first` to `last` (dates `YYYY-MM-DD`), or nil for a date that is not one.
    static func days(from first: String, to last: String) -> Int? {
        guard let start = parse(first), let end = parse(last) else { return nil }
        return calendar.dateComponents([.day], from: start, to: end).day
    }

    static var calendar: Calendar {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }

    static func parse(_ date: String) -> Date? {
        guard let day = IssueDate.components(date) else { return nil }
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }

    static func format(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}

extension Article {
    /// The article's date: its own, or its issue's when that is a date.
    public var effectiveDate: String? { date ?? IssueDate.parse(issue) }

    /// The day a trend counts the article on: ``effectiveDate`` when it is a `YYYY-MM-DD` day
    /// (``Period/key(for:)`` has a period for it); trends leave the others out.
    public var trendDate: String? { IssueDate.parse(effectiveDate) }
}
