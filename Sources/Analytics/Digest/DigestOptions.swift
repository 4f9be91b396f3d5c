/// What a ``Digest`` shows: how many stories, how long their summaries, how topics are found.
public struct DigestOptions: Sendable {
    /// The paper's name for the header.
    public var paper: String?
    /// How many top stories to list. Default 10.
    public var top: Int
    /// Sentences in each story's summary. Default 2.
    public var summarySentences: Int
    /// Keyphrases in the keyword chart. Default 15.
    public var keywordCount: Int
    public var topics: TopicOptions
    /// Ranks the stories.
    public var importance: Importance
    /// Summarises the stories and the topics.
    public var summarizer: Summarizer

    public init(paper: String? = nil, top: Int = 10, summarySentences: Int = 2, keywordCount: Int = 15,
                topics: TopicOptions = TopicOptions(), importance: Importance = Importance(), summarizer: Summarizer = Summarizer()) {
        self.paper = paper
        self.top = top
        self.summarySentences = summarySentences
        self.keywordCount = keywordCount
        self.topics = topics
        self.importance = importance
        self.summarizer = summarizer
    }
}
