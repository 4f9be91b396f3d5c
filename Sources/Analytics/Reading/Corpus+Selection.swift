/// Which articles of a corpus a command works on: `--issue`, `--from`/`--to` and `--page`,
/// the same on files, folders, standard input and an archive.
public struct Selection: Sendable, Equatable {
    /// Only this issue.
    public var issue: String?
    /// Only articles dated on or after this day (`YYYY-MM-DD`).
    public var from: String?
    /// Only articles dated on or before this day (`YYYY-MM-DD`).
    public var to: String?
    /// Only this page.
    public var page: Int?

    public init(issue: String? = nil, from: String? = nil, to: String? = nil, page: Int? = nil) {
        self.issue = issue
        self.from = from
        self.to = to
        self.page = page
    }

    public var isEmpty: Bool { issue == nil && from == nil && to == nil && page == nil }

    public func contains(_ article: Article) -> Bool {
        if let issue, article.issue != issue { return false }
        if let page, article.page != page { return false }
        if from != nil || to != nil {
            guard let date = article.effectiveDate else { return false }
            if let from, date < from { return false }
            if let to, date > to { return false }
        }
        return true
    }
}

extension Corpus {
    /// The corpus with only the articles `selection` contains, in the same order.
    public func selecting(_ selection: Selection) -> Corpus {
        guard !selection.isEmpty else { return self }
        var selected = self
        selected.articles = articles.filter(selection.contains)
        return selected
    }

    /// What the articles `selection` picks are compared with to see what is new in them: the
    /// articles dated before the first of them, or, when none is, every article not selected.
    public func reference(for selection: Selection) -> [Article] {
        let others = articles.filter { !selection.contains($0) }
        guard let first = articles.filter(selection.contains).compactMap(\.effectiveDate).min() else { return others }
        let earlier = others.filter { ($0.effectiveDate ?? first) < first }
        return earlier.isEmpty ? others : earlier
    }

    /// The issues present, most recent first: by date, then by id.
    public var issuesLatestFirst: [String] {
        var recency = IssueRecency()
        recency.add(articles)
        return recency.latestFirst
    }
}

/// The issues of articles seen so far with the latest date of each, to list them most recent
/// first (by date, then by id) without keeping the articles.
public struct IssueRecency: Sendable {
    private var latest: [String: String] = [:]

    public init() {}

    public mutating func add(_ articles: [Article]) {
        for article in articles {
            guard let issue = article.issue else { continue }
            latest[issue] = max(latest[issue] ?? "", article.effectiveDate ?? "")
        }
    }

    public var latestFirst: [String] {
        latest.keys.sorted { (latest[$0]!, $0) > (latest[$1]!, $1) }
    }
}
