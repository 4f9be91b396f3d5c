/// Extractive summaries: whole sentences of the text, chosen for saying what the rest of the
/// story repeats, for coming early in a long story and for echoing the headline, without
/// saying the same thing twice.
///
/// Each printable sentence (``PrintableSentences``) `i` of an article with `n` of them gets
///
///     score = 1.0·coverage + 0.2·centrality + min(1, (n − 1)/40)·1/(1 + i) + 0.5·headline + 0.05·facts
///
/// - **coverage**: the share of the sentence's character bigrams that occur in another sentence
///   of the candidates — a sentence made of what the story keeps saying states its point;
/// - **centrality**: LexRank (``LexRank``) over the cosine of the sentences' character-bigram
///   TF-IDF vectors (the similarity matrix a sparse product, faster than a densified `sgemm` at
///   a story's size, and never touching OpenBLAS's thread pool while many stories are
///   summarised at once);
/// - **lead**: `1 / (1 + i)`, weighted by how long the story is: news is written top-down, so
///   in a long article the opening carries it, while in a post of three sentences every
///   sentence is the opening and coverage decides;
/// - **headline**: cosine with the headline (and kicker), 0 when there is none — the editor
///   already said what matters;
/// - **facts**: 1 when the sentence carries a number with its unit (``FactExpressions``):
///   casualties, money, shares and dates are what a reader of a digest needs.
///
/// The weights were chosen on the `tune` half of LCSTS (``EvaluationSplit``), with the long
/// CLTS samples deciding how the lead grows with length; figures are reported on the `report`
/// half. The fact weight is the one that gave the best ROUGE there; larger ones carried more
/// of the references' numbers and lost ROUGE (0.1: 34% of them, ROUGE-1 −0.5).
///
/// Sentences are then picked by maximal marginal relevance,
/// `λ·score − (1 − λ)·max cos(s, chosen)` with `λ = 0.7`, until the ``Budget`` is met, and come
/// back in article order. In a piece that argues (a commentary or statement) a question is never
/// the first pick while a statement is left: a rhetorical question does not say what the piece
/// argues. A sentence is never cut. Deterministic.
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

    public var coverageWeight = 1.0
    public var centralityWeight = 0.2
    public var leadWeight = 1.0
    /// How many sentences an article needs for its lead to count in full.
    public var leadLength = 40
    public var headlineWeight = 0.5
    public var factWeight = 0.05
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
        let coverage = Summarizer.coverage(counts: fit.counts, documentFrequencies: fit.fitted.documentFrequencies)
        let headlines = articles.map { [$0.kicker, $0.title].compactMap { $0 }.joined(separator: " ") }
        let headlineVectors = fit.fitted.transform(headlines)
        let scores = candidates.enumerated().map { s, candidate in
            let sentences = sentencesPerArticle[candidate.article].count
            let lead = min(1, Double(sentences - 1) / Double(leadLength)) / Double(1 + candidate.index)
            let headline = headlines[candidate.article].isEmpty ? 0 : headlineVectors.dot(row: candidate.article, with: fit.weights, row: s)
            let facts: Double = FactExpressions.numbers(in: candidate.text).isEmpty ? 0 : 1
            return coverageWeight * coverage[s] + centralityWeight * centrality[s] + leadWeight * lead
                + headlineWeight * headline + factWeight * facts
        }
        let questions = candidates.map { articles[$0.article].argues && Summarizer.isQuestion($0.text) }
        let lengths = candidates.map { Summarizer.contentLength($0.text) }
        let chosen = select(scores: scores, similarity: similarity, keep: keep, lengths: lengths, questions: questions, budget: budget)
        let sentences = chosen.sorted { (candidates[$0].article, candidates[$0].index) < (candidates[$1].article, candidates[$1].index) }
            .map { Sentence(article: candidates[$0].article, index: candidates[$0].index, text: candidates[$0].text, score: scores[$0]) }
        let overBudget = sentences.count == 1 && Summarizer.exceeds(sentences[0].text, budget)
        return Summary(sentences: sentences, overBudget: overBudget)
    }

    /// Maximal marginal relevance under the budget; returns candidate indices in pick order.
    /// The first pick is a statement whenever one is left.
    func select(scores: [Double], similarity: DenseMatrix, keep: [Bool], lengths: [Int], questions: [Bool], budget: Budget) -> [Int] {
        let top = scores.max() ?? 1
        let relevance = scores.map { top > 0 ? $0 / top : 0 }
        var chosen: [Int] = []
        var used = 0
        var remaining = Set(scores.indices.filter { keep[$0] })
        while !remaining.isEmpty {
            let statements: Set<Int> = chosen.isEmpty ? remaining.filter { !questions[$0] } : []
            let pool = statements.isEmpty ? remaining : statements
            let next = pool.max { a, b in
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

    /// For each row of `counts`, the share of its count in columns that occur in at least one
    /// other row (document frequency ≥ 2).
    static func coverage(counts: SparseMatrix, documentFrequencies: [Int]) -> [Double] {
        (0..<counts.rows).map { r in
            let row = counts.row(r)
            var shared: Float = 0, total: Float = 0
            for (c, v) in zip(row.columns, row.values) {
                total += v
                if documentFrequencies[Int(c)] >= 2 { shared += v }
            }
            return total > 0 ? Double(shared / total) : 0
        }
    }

    /// A sentence that ends in a question mark (before any closing quote or bracket).
    static func isQuestion(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.reversed().first(where: { !SentenceSplitter.isClosing($0) }) else { return false }
        return last == "？" || last == "?"
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
