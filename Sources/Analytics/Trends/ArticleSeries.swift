/// Articles of one day printed as a series under one template (`王启民先进模范近如何⑵`,
/// `侯殿禄先进模范近如何⑵`, …): their shared labels (`目前状况：`, `近如何`) are the page's
/// layout, not news, so a burst counts a series once.
///
/// Two articles of the same period are one series when their headlines, each at least 6
/// characters, share their last 4 characters or their first 4. Series are the connected groups
/// (``DisjointSets``); every article not in one is its own. Deterministic.
enum ArticleSeries {
    static let affixLength = 4

    /// The series of each article, given by its headline, as the index of its first member.
    static func groups(titles: [String?], periodOf: [Int]) -> [Int] {
        var sets = DisjointSets(count: titles.count)
        var firstWithAffix: [String: Int] = [:]
        for (i, title) in titles.enumerated() {
            guard let title, title.count >= 6 else { continue }
            for affix in ["<" + String(title.prefix(affixLength)), ">" + String(title.suffix(affixLength))] {
                let key = "\(periodOf[i])|\(affix)"
                if let first = firstWithAffix[key] { sets.union(first, i) } else { firstWithAffix[key] = i }
            }
        }
        return (0..<titles.count).map { sets.root($0) }
    }
}
