import Analytics
import Foundation
import TestSupport
import Testing

/// Agreement with scikit-learn's TfidfTransformer on counts it was given
/// (fixture made by scripts/make_tfidf_fixture.py).
@Suite struct TfidfTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let sublinearTF: Bool
            let smoothIDF: Bool
            let norm: String?
            let idf: [Double]
            let tfidf: [[Double]]
        }
        let rows: Int
        let cols: Int
        let counts: [[Int]]
        let cases: [Case]
    }

    static func fixture() throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: TestData.fixture("tfidf-sklearn.json"))
    }

    static func countsMatrix(_ f: Fixture) throws -> SparseMatrix {
        try SparseMatrix(columns: f.cols, rows: f.counts.map { row in
            row.enumerated().filter { $0.element != 0 }.map { (column: Int32($0.offset), value: Float($0.element)) }
        })
    }

    @Test func matchesScikitLearnForEveryOptionCombination() throws {
        let f = try Self.fixture()
        #expect(f.cases.count == 8)
        let counts = try Self.countsMatrix(f)
        for c in f.cases {
            let options = TfidfOptions(sublinearTF: c.sublinearTF, smoothIDF: c.smoothIDF, norm: c.norm == "l2" ? .l2 : .none)
            let model = TfidfModel.fit(counts: counts, options: options)
            for (ours, theirs) in zip(model.idf, c.idf) {
                #expect(abs(Double(ours) - theirs) <= 1e-5 * max(1, abs(theirs)), "idf, case \(c.sublinearTF) \(c.smoothIDF) \(c.norm ?? "none")")
            }
            let dense = model.transform(counts).denseRows()
            var largest = 0.0
            for (r, row) in c.tfidf.enumerated() {
                for (j, expected) in row.enumerated() { largest = max(largest, abs(Double(dense[r][j]) - expected)) }
            }
            #expect(largest <= 1e-5, "case sublinear=\(c.sublinearTF) smooth=\(c.smoothIDF) norm=\(c.norm ?? "none"): \(largest)")
        }
    }

    @Test func emptyRowsStayZeroAndL2RowsHaveUnitNorm() throws {
        let counts = try Self.countsMatrix(Self.fixture())
        let weights = TfidfModel.fit(counts: counts).transform(counts)
        for r in 0..<weights.rows {
            let row = weights.row(r).values
            let norm = row.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
            #expect(row.isEmpty ? norm == 0 : abs(norm - 1) < 1e-6)
        }
    }
}
