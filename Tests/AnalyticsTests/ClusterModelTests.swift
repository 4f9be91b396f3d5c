@testable import Analytics
import Foundation
import TestSupport
import Testing

/// A topic fit on a sample places the other articles by its saved model, the same way in any
/// process: what lets `cluster` scale and a Spark job agree with it.
@Suite struct ClusterModelTests {
    /// Two terms, each loading on its own direction, one centroid on each.
    static func twoTopicModel() throws -> ClusterModel {
        try ClusterModel(vocabulary: Vocabulary(terms: ["城市", "项目"], documentFrequencies: [3, 2]),
                         tfidf: TfidfModel(options: TfidfOptions(), idf: [1.2, 1.5], documentCount: 4),
                         loadings: DenseMatrix([[1, 0], [0, 1]]), centroids: DenseMatrix([[1, 0], [0, 1]]))
    }

    /// Points are worked out a block of rows at a time, by column: each must still be its
    /// row's terms summed in order, bit for bit, across blocks and with dimensions that do not
    /// fill the four-wide lanes.
    @Test func pointsAreEachRowSummedInColumnOrder() throws {
        var generator = SplitMix64(seed: 11)
        let terms = 300, dimensions = 7, documents = 2_500
        let loadings = try DenseMatrix(rows: terms, columns: dimensions,
                                       storage: (0..<(terms * dimensions)).map { _ in Float(Int(generator.next() % 2001) - 1000) / 997 })
        let rows = try SparseMatrix(columns: terms, rows: (0..<documents).map { d in
            Set((0..<(d % 40)).map { _ in Int32(generator.next() % UInt64(terms)) }).map { (column: $0, value: Float(generator.next() % 1000) / 313) }
        })
        let space = try TopicSpace(vocabulary: Vocabulary(terms: (0..<terms).map { "词\(1000 + $0)" }, documentFrequencies: Array(repeating: 1, count: terms)),
                                   tfidf: TfidfModel(options: TfidfOptions(), idf: Array(repeating: 1, count: terms), documentCount: documents),
                                   loadings: loadings)
        let points = space.points(weights: rows)
        #expect(points.count == documents)
        for d in 0..<documents {
            var expected = [Double](repeating: 0, count: dimensions)
            for (column, weight) in zip(rows.row(d).columns, rows.row(d).values) {
                for j in 0..<dimensions { expected[j] += Double(weight) * Double(loadings.storage[Int(column) * dimensions + j]) }
            }
            #expect(points[d] == expected, "document \(d)")
        }
    }

    @Test func anArticleJoinsTheTopicOfItsNearestCentroid() throws {
        let model = try Self.twoTopicModel()
        // 城市 twice outweighs 项目 once; an article with no known term joins topic 0.
        #expect(model.assign(["项目建设", "城市城市项目", "城市项目项目", "天气晴朗"]) == [1, 0, 1, 0])
    }

    @Test func aSavedModelReadsBackEqualAndADamagedOneNamesTheByte() throws {
        let model = try Self.twoTopicModel()
        let bytes = model.serialized()
        #expect(try ClusterModel(serialized: bytes, path: "m") == model)
        #expect(throws: InputError.corruptText(path: "m", byte: 0, reason: "no NDMODEL1 header; not a cluster model written by `newsdigest cluster --save-model`")) {
            try ClusterModel(serialized: Array("NOTMODEL and more".utf8), path: "m")
        }
        do {
            _ = try ClusterModel(serialized: Array(bytes.dropLast(3)), path: "m")
            Issue.record("a truncated model was read")
        } catch let InputError.corruptText(path, _, byte, reason) {
            #expect(path == "m" && byte > 8 && byte < bytes.count && reason.contains("ends early"), "\(byte) \(reason)")
        }
        // 项目 → 项abc: the same bytes long and still in order, but two tokens, which transforming
        // texts with the model could never count.
        var twoTokens = bytes
        twoTokens.replaceSubrange((bytes.count - 7)..<(bytes.count - 1), with: Array("项abc".utf8))
        #expect(throws: InputError.corruptText(path: "m", byte: bytes.count - 7, reason: "the term “项abc” is not one token; not a cluster model written by `newsdigest cluster --save-model`")) {
            try ClusterModel(serialized: twoTokens, path: "m")
        }
    }

    /// Placing four dimensions at a time gives the topic of the plain loop in the documented
    /// order (terms in row order, then dimensions): each dimension's sum is the same.
    @Test(.needsSharedData("200 articles of People's Daily"))
    func placementEqualsThePlainLoop() throws {
        let articles = try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 200)
        let model = try #require(try TopicModel.fit(articles, options: TopicOptions(k: 6, seed: 1)).model)
        let weights = model.vectorizer.transform(articles.map(\.analysisText))
        let plain = (0..<weights.rows).map { i -> Int in
            let row = weights.row(i)
            var point = [Double](repeating: 0, count: model.loadings.columns)
            for (c, w) in zip(row.columns, row.values) {
                for j in point.indices { point[j] += Double(w) * Double(model.loadings.row(Int(c))[model.loadings.row(Int(c)).startIndex + j]) }
            }
            let norm = point.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return 0 }
            let scores = (0..<model.topicCount).map { t in
                zip(point, model.centroids.row(t)).reduce(0.0) { $0 + $1.0 * Double($1.1) } / norm
            }
            return scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
        }
        #expect(model.assign(weights: weights) == plain)
        #expect(Set(plain).count > 1)
    }

    @Test(.needsSharedData("300 articles of People's Daily"))
    func beyondTheSampleArticlesArePlacedByTheModelInAnyInputOrder() throws {
        let articles = try TestData.articles("rmrb1998-01-01_20.jsonl.gz", limit: 300)
        var options = TopicOptions(k: 8, seed: 2)
        options.sampleSize = 150
        let topics = try TopicModel.fit(articles, options: options)
        let model = try #require(topics.model)
        let order = TopicModel.canonicalOrder(articles.map(\.analysisText))
        let sample = Array(order.prefix(150)), rest = Array(order.dropFirst(150))
        // The sample's topics are those of fitting it alone; the rest are the model's.
        let alone = try TopicModel.fit(sample.map { articles[$0] }, options: options)
        #expect(sample.map { topics.assignments[$0] } == alone.assignments)
        #expect(rest.map { topics.assignments[$0] } == model.assign(rest.map { articles[$0].analysisText }))
        #expect(Set(rest.map { topics.assignments[$0] }).count > 1)
        #expect(topics.notes.last?.contains("fitted on 150 of 300 articles") == true)
        #expect(topics.clusters.reduce(0) { $0 + $1.members.count } == 300)
        // The sample is chosen by content, so arrival order changes nothing.
        let reversed = try TopicModel.fit(articles.reversed(), options: options)
        let byID = { (t: Topics, list: [Article]) in Dictionary(uniqueKeysWithValues: zip(list.map(\.id), t.assignments)) }
        #expect(byID(reversed, articles.reversed()) == byID(topics, articles))
        #expect(try ClusterModel(serialized: model.serialized(), path: "m") == model)
    }
}
