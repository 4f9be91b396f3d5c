import Analytics
import TestSupport
import Testing

@Suite struct VectorizerTests {
    static func texts(_ limit: Int) throws -> [String] {
        try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: limit).map(\.analysisText)
    }

    @Test(.needsSharedData("People's Daily articles")) func vocabularyIsSortedByCodePointAndCountsMatchTheTokenizer() throws {
        let texts = try Self.texts(40)
        let fit = try TfidfVectorizer(stopWords: .none).fit(texts)
        let terms = try #require(fit.fitted.vocabulary).terms
        #expect(zip(terms, terms.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // Row sums are the token counts of each text.
        let tokenizer = Tokenizer()
        for r in [0, 7, 39] {
            #expect(Int(fit.counts.row(r).values.reduce(0, +)) == tokenizer.tokens(texts[r]).count)
        }
        // A term's count in a row is its number of occurrences.
        let vocabulary = try #require(fit.fitted.vocabulary)
        let tokens = tokenizer.tokens(texts[0])
        let row = fit.counts.row(0)
        for (column, value) in zip(row.columns, row.values).prefix(50) {
            #expect(tokens.filter { $0 == vocabulary.terms[Int(column)] }.count == Int(value))
        }
    }

    /// Counting in parts, as `fit` does on several cores, gives the columns and rows of one counter.
    @Test func countersAppendedInOrderEqualOneCounter() throws {
        let lines = try TestData.seedPage().split(separator: "\n").map { Normalizer().normalize(String($0)) }.filter { !$0.isEmpty }
        for columns in [TermCounter.Columns.vocabulary, .hashed(bits: 12)] {
            var whole = TermCounter(columns: columns)
            for line in lines { whole.add(line) }
            var parts = [TermCounter(columns: columns), TermCounter(columns: columns), TermCounter(columns: columns)]
            for (i, line) in lines.enumerated() { parts[min(2, 3 * i / lines.count)].add(line) }
            var merged = parts[0]
            for part in parts.dropFirst() { merged.append(part) }
            #expect(merged.terms() == whole.terms())
            #expect(merged.counts() == whole.counts())
            #expect(merged.documentCount == lines.count)
        }
    }

    /// A fitted vectoriser counts new texts over its vocabulary alone (``TermCounter/init(known:)``):
    /// what counting every token and keeping the vocabulary's terms gives, columns ascending.
    @Test func countsOverAFittedVocabularyKeepOnlyItsTerms() throws {
        let lines = try TestData.seedPage().split(separator: "\n").map { Normalizer().normalize(String($0)) }.filter { !$0.isEmpty }
        let fit = try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2))).fit(Array(lines.prefix(lines.count / 2)))
        let vocabulary = try #require(fit.fitted.vocabulary)
        let unseen = Array(lines.suffix(from: lines.count / 2))
        let counts = fit.fitted.counts(unseen)
        var everything = TermCounter()
        for line in unseen { everything.add(line) }
        let terms = everything.terms(), raw = everything.counts()
        for r in 0..<unseen.count {
            let row = raw.row(r)
            let expected = zip(row.columns, row.values).compactMap { c, v in vocabulary.column(of: terms[Int(c)]).map { (Int32($0), v) } }
                .sorted { $0.0 < $1.0 }
            #expect(counts.row(r).columns.elementsEqual(expected.map(\.0)) && counts.row(r).values.elementsEqual(expected.map(\.1)))
        }
        #expect(counts.columns == vocabulary.count && counts.nonzeroCount > 0 && counts.nonzeroCount < raw.nonzeroCount)
    }

    @Test(.needsSharedData("People's Daily articles")) func documentOrderDoesNotChangeTheVocabularyOrTheWeights() throws {
        let texts = try Self.texts(60)
        let forward = try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2))).fit(texts)
        let backward = try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2))).fit(texts.reversed())
        #expect(forward.fitted.vocabulary == backward.fitted.vocabulary)
        #expect(forward.fitted.model == backward.fitted.model)
        #expect(forward.weights.selectingRows(Array((0..<60).reversed())) == backward.weights)
    }

    @Test(.needsSharedData("People's Daily articles")) func documentFrequencyLimitsAndMaxFeaturesPrune() throws {
        let texts = try Self.texts(200)
        let options = VocabularyOptions(minDF: .count(3), maxDF: .proportion(0.5))
        let fit = try TfidfVectorizer(vocabulary: options).fit(texts)
        let vocabulary = try #require(fit.fitted.vocabulary)
        #expect(vocabulary.documentFrequencies.allSatisfy { $0 >= 3 && $0 <= 100 })
        #expect(fit.counts.columnNonzeroCounts() == vocabulary.documentFrequencies)

        let all = try TfidfVectorizer().fit(texts)
        let limited = try TfidfVectorizer(vocabulary: VocabularyOptions(maxFeatures: 100)).fit(texts)
        #expect(limited.fitted.vocabulary?.count == 100)
        // The kept terms are the 100 with the highest total counts.
        let totals = all.counts.columnSums()
        let allTerms = try #require(all.fitted.vocabulary).terms
        let threshold = totals.sorted(by: >)[99]
        for term in try #require(limited.fitted.vocabulary).terms {
            #expect(totals[try #require(all.fitted.vocabulary?.column(of: term))] >= threshold)
        }
        #expect(allTerms.count > 100)
    }

    @Test(.needsSharedData("People's Daily articles")) func stopWordsAreNotCounted() throws {
        let fit = try TfidfVectorizer().fit(try Self.texts(50))
        let terms = Set(try #require(fit.fitted.vocabulary).terms)
        #expect(!terms.contains("我们") && !terms.contains("的") && !terms.contains("一个"))
        #expect(terms.contains("经济"))
    }

    @Test(.needsSharedData("People's Daily articles")) func contradictoryOrEmptyingLimitsAreErrors() throws {
        let texts = try Self.texts(10)
        #expect(throws: VectorizerError.self) {
            try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(5), maxDF: .count(2))).fit(texts)
        }
        #expect(throws: VectorizerError.noTermsLeft(documents: 2)) {
            try TfidfVectorizer().fit(["我们", "一个"])
        }
    }

    @Test(.needsSharedData("People's Daily articles")) func hashedColumnsHoldTheSameCountsAsTheVocabulary() throws {
        let texts = try Self.texts(30)
        let plain = try TfidfVectorizer().fit(texts)
        let hashed = try TfidfVectorizer(hashBits: 18).fit(texts)
        #expect(hashed.fitted.vocabulary == nil)
        #expect(hashed.counts.columns == 1 << 18)
        let vocabulary = try #require(plain.fitted.vocabulary)
        // Each term lands in the column its stable hash names (collisions only add).
        let row = plain.counts.row(3)
        let hashedDense = hashed.counts.denseRows()[3]
        for (column, value) in zip(row.columns, row.values) {
            let h = Int(StableHash.hash(vocabulary.terms[Int(column)]) & ((1 << 18) - 1))
            #expect(hashedDense[h] >= value)
        }
        #expect(hashed.counts.values.reduce(0, +) == plain.counts.values.reduce(0, +))
    }

    @Test(.needsSharedData("People's Daily articles")) func transformOfATrainingTextEqualsItsRow() throws {
        let texts = try Self.texts(25)
        for hashBits in [nil, 16] as [Int?] {
            let fit = try TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2)), hashBits: hashBits).fit(texts)
            let again = fit.fitted.transform([texts[4]])
            #expect(again == fit.weights.selectingRows([4]))
        }
    }

    @Test func stableHashIsTheSameEverywhere() {
        // Fixed values: a change here renumbers every hashed column users have on disk.
        #expect(StableHash.hash("社区") == 0xD2C5_916E_9B22_9704)
        #expect(StableHash.hash("the quick brown fox") == 0x43B5_4BED_B10D_A7A8)
        #expect(StableHash.hash("现代") != StableHash.hash("代现"))
    }
}
