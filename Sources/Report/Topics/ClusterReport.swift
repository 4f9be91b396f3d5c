import Analytics
import Foundation

/// Topics as blocks an editor scans (label first, then the headlines), or as JSON:
/// `{"k", "criterion", "objective", "silhouette", "clusters": [{"id", "label", "keyphrases", "size",
/// "other", "articles": [ids]}], "assignments": {articleId: clusterId}, "duplicates": [[ids]], "notes",
/// "furniture": [{"phrase", "share"}], "commonWords": [{"phrase", "share"}]}` (`other` is true for
/// the articles that fit no topic, listed last; `furniture` and `commonWords` are what was learned
/// from the articles never to label a topic, filled when the topics were found with
/// ``TopicOptions/listsLearned``). With `explain`, text and Markdown list them too.
public struct ClusterReport: Sendable {
    /// What the report says of an article: its id and the headline it is listed by.
    public struct Heading: Sendable, Equatable {
        public let id: String
        public let title: String

        public init(_ article: Article) {
            id = article.id
            title = article.displayTitle
        }
    }

    public let articles: [Heading]
    public let topics: Topics
    /// Headlines listed under a topic in text and Markdown before `… N more` (nil: all of them).
    public var headlinesPerTopic: Int?
    public var explain: Bool

    public init(articles: [Article], topics: Topics, headlinesPerTopic: Int? = 10, explain: Bool = false) {
        self.init(headings: articles.map(Heading.init), topics: topics, headlinesPerTopic: headlinesPerTopic, explain: explain)
    }

    /// `headings` in the order of the articles `topics` was found for.
    public init(headings: [Heading], topics: Topics, headlinesPerTopic: Int? = 10, explain: Bool = false) {
        self.articles = headings
        self.topics = topics
        self.headlinesPerTopic = headlinesPerTopic
        self.explain = explain
    }

    public func render(_ format: OutputFormat, width: Int = 100) -> String {
        switch format {
        case .text, .markdown:
            let markdown = format == .markdown
            var out = markdown ? "" : String(format: "%d topics · %@ · silhouette %.3f · objective %.1f\n\n", topics.k, topics.criterion,
                                             topics.silhouette, topics.objective)
            for topic in topics.clusters {
                out += markdown ? "## \(MarkdownText.escaped(topic.label))\n\n" : "■ \(topic.label)  (\(topic.members.count))\n"
                if !topic.keyphrases.isEmpty {
                    out += markdown ? "*\(MarkdownText.escaped(topic.keyphrases.joined(separator: "、")))*\n\n" : "  " + topic.keyphrases.joined(separator: "、") + "\n"
                }
                let shown = topic.members.prefix(headlinesPerTopic ?? topic.members.count)
                for i in shown {
                    let line = articles[i].title
                    out += markdown ? "- \(MarkdownText.escaped(line))\n" : "  · " + DisplayWidth.truncate(line, to: max(20, width - 4)) + "\n"
                }
                if shown.count < topic.members.count {
                    out += (markdown ? "- " : "  ") + "… \(topic.members.count - shown.count) more (--all lists every one)\n"
                }
                out += "\n"
            }
            if !topics.duplicates.isEmpty {
                out += markdown ? "## Near-duplicates\n\n" : "Near-duplicates:\n"
                for group in topics.duplicates {
                    let ids = group.map { articles[$0].id }.joined(separator: " = ")
                    out += markdown ? "- \(MarkdownText.escaped(ids))\n" : "  · \(ids)\n"
                }
                out += "\n"
            }
            for note in topics.notes { out += markdown ? "> \(MarkdownText.escaped(note))\n" : "note: \(note)\n" }
            if explain {
                for (name, learned) in [("furniture (datelines, bylines, credits)", topics.furniture), ("common words (spread evenly)", topics.commonWords)] {
                    let shown = learned.prefix(40).map { "\($0.phrase) \(Int(($0.share * 100).rounded()))%" }
                    let more = learned.count > 40 ? " · … \(learned.count - 40) more (--format json lists all)" : ""
                    out += (markdown ? "> " : "") + "learned \(name), never a label: " + (shown.isEmpty ? "none" : shown.joined(separator: " · ") + more) + "\n"
                }
            }
            return out
        case .html:
            return HTMLPage.preformatted(title: "Topics", render(.text, width: width))
        case .json:
            struct Cluster: Encodable { let id: Int; let label: String; let keyphrases: [String]; let size: Int; let other: Bool; let articles: [String] }
            struct Learned: Encodable { let phrase: String; let share: Double }
            struct Body: Encodable {
                let k: Int; let criterion: String; let objective: Double; let silhouette: Double; let clusters: [Cluster]
                let assignments: [String: Int]; let duplicates: [[String]]; let notes: [String]; let furniture: [Learned]
                let commonWords: [Learned]
            }
            var assignments: [String: Int] = [:]
            for (i, a) in articles.enumerated() { assignments[a.id] = topics.assignments[i] }
            return JSONOutput.encode(Body(
                // Sums over every article of Float products: their last digits differ by BLAS
                // kernel (Prescott's from Haswell's by 1e-5 on a day of People's Daily).
                k: topics.k, criterion: topics.criterion, objective: JSONOutput.rounded(topics.objective, places: 3),
                silhouette: JSONOutput.rounded(topics.silhouette, places: 3),
                clusters: topics.clusters.map { Cluster(id: $0.id, label: $0.label, keyphrases: $0.keyphrases, size: $0.members.count,
                                                        other: $0.isOther, articles: $0.members.map { articles[$0].id }) },
                assignments: assignments, duplicates: topics.duplicates.map { $0.map { articles[$0].id } }, notes: topics.notes,
                furniture: topics.furniture.map { Learned(phrase: $0.phrase, share: JSONOutput.rounded($0.share)) },
                commonWords: topics.commonWords.map { Learned(phrase: $0.phrase, share: JSONOutput.rounded($0.share)) }))
        }
    }
}
