/// Extractive summaries: whole sentences of the text, chosen for being central, early and
/// close to the headline, without saying the same thing twice.
///
/// Each sentence gets
///
///     score = 0.35·centrality + 0.45·lead + 0.20·headline
///
/// - **centrality**: LexRank (``LexRank``) over the cosine of the sentences' character-bigram
///   TF-IDF vectors (idf fitted on the sentences; the similarity matrix a sparse product, which
///   is faster than a densified `sgemm` at a story's size and never touches OpenBLAS's
///   thread pool while many stories are summarised at once) — what the rest of the story
///   keeps repeating is its point;
/// - **lead**: `1 / (1 + i)` for the i-th sentence of its article — news is written top-down:
///   on LCSTS posts and the CLTS long articles alike, leading sentences are what editors keep
///   (with lead weighted below centrality, long-article ROUGE-1 fell from 36 to 32);
/// - **headline**: cosine with the headline, when there is one (else its weight is shared out
///   between the other two) — the editor already said what matters.
///
/// Sentences are then picked by maximal marginal relevance,
/// `λ·score − (1 − λ)·max cos(s, chosen)` with `λ = 0.7`, until the ``Budget`` is met, and come
/// back in article order. A sentence is never cut. Deterministic.
public struct Summarizer: Sendable {
    public enum Budget: Sendable, Equatable {
        /// At most this many sentences.
        case sentences(Int)
        /// At most this many characters (letters and digits); the best sentence is given whole
        /// even when it alone is longer, and the summary says so (``Summary/overBudget``).
        case characters(Int)
        /// Sentences in rank order until their letters and digits reach this many (the last may
        /// go over) — the selection rule of the peer evaluation in `shared/peers/summarize.py`.
        case reachCharacters(Int)
    }

    public struct Sentence: Sendable, Equatable {
        /// The article it comes from (index into the articles given) and its place among the
        /// article's printable sentences (``PrintableSentences``).
        public let article: Int
        public let index: Int
        public let text: String
        public let score: Double
    }

    public struct Summary: Sendable, Equatable {
        /// The chosen sentences, in article order.
        public let sentences: [Sentence]
        /// True when the only sentence chosen is longer than a ``Budget/characters(_:)`` budget.
        public let overBudget: Bool
        public var text: String { sentences.map(\.text).joined() }
    }

    public var centralityWeight = 0.35
    public var leadWeight = 0.45
    public var headlineWeight = 0.20
    public var lambda = 0.7
    /// Sentences at least this similar to one kept already are dropped from a topic summary.
    public var duplicateThreshold: Float = 0.9
    /// The most sentences a topic summary weighs (see ``summarize(_:budget:)``).
    public var maxCandidates = 800
    /// Which sentences may be chosen at all.
    public var printable = PrintableSentences()

    public init() {}

    /// A summary of one article.
    public func summarize(_ article: Article, budget: Budget) throws -> Summary {
        try summarize([article], budget: budget)
    }

    /// A summary of each article, computed on all cores; in the articles' order.
    public func summarizeEach(_ articles: [Article], budget: Budget) throws -> [Summary] {
        try Parallel.map(articles) { article in Result { try self.summarize(article, budget: budget) } }.map { try $0.get() }
    }

    /// A summary of several articles (a topic): the same scoring over all their sentences,
    /// near-identical sentences (the same wire copy printed twice) kept once, each chosen
    /// sentence attributed to its article.
    public func summarize(_ articles: [Article], budget: Budget) throws -> Summary {
        var candidates: [(article: Int, index: Int, text: String)] = []
        var seen = Set<String>()
        // A large topic is read from its articles' leading sentences: at most
        // `maxCandidates` sentences, the first ones of every article first.
        let sentencesPerArticle = articles.map(printable.of)
        var depth = sentencesPerArticle.map(\.count).max() ?? 0
        while depth > 1 && sentencesPerArticle.reduce(0, { $0 + min($1.count, depth) }) > maxCandidates { depth -= 1 }
        for (a, sentences) in sentencesPerArticle.enumerated() {
            for (i, sentence) in sentences.prefix(depth).enumerated() {
                if seen.insert(sentence).inserted { candidates.append((a, i, sentence)) }
            }
        }
        guard !candidates.isEmpty else { return Summary(sentences: [], overBudget: false) }
        if candidates.count == 1 {
            let only = candidates[0]
            return Summary(sentences: [Sentence(article: only.article, index: only.index, text: only.text, score: 1)],
                           overBudget: Summarizer.exceeds(only.text, budget))
        }
        let vectorizer = TfidfVectorizer(stopWords: .none)
        let fit = try vectorizer.fit(candidates.map(\.text))
        let similarity = try CosineSimilarity.sparse(fit.weights, fit.weights)
        // Drop near-identical sentences (a reprint's copy), keeping the first.
        var keep = [Bool](repeating: true, count: candidates.count)
        for i in candidates.indices where keep[i] {
            for j in (i + 1)..<max(i + 1, candidates.count) where keep[j] && similarity[i, j] >= duplicateThreshold && candidates[i].article != candidates[j].article {
                keep[j] = false
            }
        }
        let centrality = try LexRank.centrality(similarity: similarity)
        let headlines = articles.map { [$0.kicker, $0.title].compactMap { $0 }.joined(separator: " ") }
        let headlineVectors = fit.fitted.transform(headlines)
        var scores = [Double](repeating: 0, count: candidates.count)
        for (s, candidate) in candidates.enumerated() {
            let lead = 1 / Double(1 + candidate.index)
            let hasHeadline = !headlines[candidate.article].isEmpty
            let headline = hasHeadline ? headlineVectors.dot(row: candidate.article, with: fit.weights, row: s) : 0
            let (wc, wl, wh) = hasHeadline
                ? (centralityWeight, leadWeight, headlineWeight)
                : (centralityWeight / (centralityWeight + leadWeight), leadWeight / (centralityWeight + leadWeight), 0)
            scores[s] = wc * centrality[s] + wl * lead + wh * headline
        }
        let lengths = candidates.map { Summarizer.contentLength($0.text) }
        let chosen = select(scores: scores, similarity: similarity, keep: keep, lengths: lengths, budget: budget)
        let sentences = chosen.sorted { (candidates[$0].article, candidates[$0].index) < (candidates[$1].article, candidates[$1].index) }
            .map { Sentence(article: candidates[$0].article, index: candidates[$0].index, text: candidates[$0].text, score: scores[$0]) }
        let overBudget = sentences.count == 1 && Summarizer.exceeds(sentences[0].text, budget)
        return Summary(sentences: sentences, overBudget: overBudget)
    }

    /// Maximal marginal relevance under the budget; returns candidate indices in pick order.
    func select(scores: [Double], similarity: DenseMatrix, keep: [Bool], lengths: [Int], budget: Budget) -> [Int] {
        let top = scores.max() ?? 1
        let relevance = scores.map { top > 0 ? $0 / top : 0 }
        var chosen: [Int] = []
        var used = 0
        var remaining = Set(scores.indices.filter { keep[$0] })
        while !remaining.isEmpty {
            let next = remaining.max { a, b in
                let ma = lambda * relevance[a] - (1 - lambda) * Double(chosen.map { similarity[a, $0] }.max() ?? 0)
                let mb = lambda * relevance[b] - (1 - lambda) * Double(chosen.map { similarity[b, $0] }.max() ?? 0)
                return ma != mb ? ma < mb : a > b
            }!
            let length = lengths[next]
            switch budget {
            case .sentences(let n):
                guard chosen.count < n else { return chosen }
            case .characters(let n):
                // The best sentence is always given; later ones only while they fit.
                if !chosen.isEmpty && used + length > n { remaining.remove(next); continue }
            case .reachCharacters(let n):
                guard used < n else { return chosen }
            }
            chosen.append(next)
            used += length
            remaining.remove(next)
        }
        return chosen
    }

    static func exceeds(_ text: String, _ budget: Budget) -> Bool {
        if case .characters(let n) = budget { return contentLength(text) > n }
        return false
    }

    /// How many letters and digits `text` has.
    public static func contentLength(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isContent($1) ? 1 : 0) }
    }

    /// Letters and digits (Unicode categories L and N), the characters ROUGE counts.
    public static func contentCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(isContent)))
    }

    static func isContent(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if CharacterClass.isHan(v) { return true }
        if CharacterClass.isCJKPunctuation(v) { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
