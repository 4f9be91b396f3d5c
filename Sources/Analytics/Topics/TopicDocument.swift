/// What finding topics needs of an article, and no more, so a million articles can be held
/// without their bodies, paragraphs and raw text: the text analysed (``Article/analysisText``),
/// how many of its first lines are headline matter, and the issue and page it was printed in.
public struct TopicDocument: Sendable, Equatable {
    public let text: String
    public let headLineCount: Int
    /// `issue|page` (the effective date when there is no issue; empty parts when unknown).
    public let section: String

    public init(_ article: Article) {
        text = article.analysisText
        headLineCount = article.analysisHeadLineCount
        section = "\(article.issue ?? article.effectiveDate ?? "")|\(article.page.map(String.init) ?? "")"
    }
}
