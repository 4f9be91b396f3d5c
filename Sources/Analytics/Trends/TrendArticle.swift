/// What a trend reads of an article besides its text: when and where it was printed, and its
/// headline — little enough to hold for every article of a large archive.
public struct TrendArticle: Sendable, Equatable {
    /// ``Article/effectiveDate``.
    public let date: String?
    public let page: Int?
    public let position: Int
    public let title: String?
    /// ``Article/displayTitle``.
    public let displayTitle: String

    public init(date: String?, page: Int?, position: Int, title: String?, displayTitle: String) {
        self.date = date
        self.page = page
        self.position = position
        self.title = title
        self.displayTitle = displayTitle
    }

    public init(_ article: Article) {
        self.init(date: article.effectiveDate, page: article.page, position: article.position, title: article.title,
                  displayTitle: article.displayTitle)
    }
}
