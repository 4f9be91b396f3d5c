import Foundation

/// The vector norm applied to each TF-IDF row.
public enum RowNorm: String, Equatable, Sendable, CaseIterable {
    case l2, l1, none
}

/// How term counts become TF-IDF weights; the configuration half of a ``TfidfModel``.
///
/// For a term `t` in document `d` of a corpus of `n` documents, `df(t)` of which contain `t`:
///
///     tf(t, d)  = count(t, d)                    or, with sublinearTF, 1 + ln count(t, d)
///     idf(t)    = ln((1 + n) / (1 + df(t))) + 1  with smoothIDF (as if one extra document held every term)
///               = ln(n / df(t)) + 1              without
///     w(t, d)   = tf(t, d) · idf(t), then each row divided by its L2 (or L1) norm
///
/// Exactly scikit-learn's `TfidfTransformer`. Defaults: `sublinearTF = true`,
/// `smoothIDF = true`, `norm = .l2`, `useIDF = true`. Rows with no terms stay zero.
public struct TfidfOptions: Equatable, Sendable {
    public var sublinearTF: Bool
    public var smoothIDF: Bool
    public var norm: RowNorm
    public var useIDF: Bool

    public init(sublinearTF: Bool = true, smoothIDF: Bool = true, norm: RowNorm = .l2, useIDF: Bool = true) {
        self.sublinearTF = sublinearTF
        self.smoothIDF = smoothIDF
        self.norm = norm
        self.useIDF = useIDF
    }
}

/// Fitted TF-IDF state: the options and the inverse document frequency of each column.
/// Deterministic: the same counts give the same model, whatever the row order.
public struct TfidfModel: Equatable, Sendable {
    public let options: TfidfOptions
    public let idf: [Float]
    public let documentCount: Int

    public init(options: TfidfOptions, idf: [Float], documentCount: Int) {
        self.options = options
        self.idf = idf
        self.documentCount = documentCount
    }

    /// Learns `idf` from a document × term count matrix.
    public static func fit(counts: SparseMatrix, options: TfidfOptions = TfidfOptions()) -> TfidfModel {
        fit(documentFrequencies: counts.columnNonzeroCounts(), documentCount: counts.rows, options: options)
    }

    /// Learns `idf` from each column's document frequency among `documentCount` documents.
    public static func fit(documentFrequencies df: [Int], documentCount: Int, options: TfidfOptions = TfidfOptions()) -> TfidfModel {
        let n = Double(documentCount)
        let smooth = options.smoothIDF ? 1.0 : 0.0
        let idf: [Float] = df.map { d in
            guard options.useIDF else { return 1 }
            // An unseen column has no defined idf without smoothing; 0 keeps it out of every row.
            if d == 0 && !options.smoothIDF { return 0 }
            return Float(Foundation.log((n + smooth) / (Double(d) + smooth)) + 1)
        }
        return TfidfModel(options: options, idf: idf, documentCount: documentCount)
    }

    /// Weights and normalises counts whose columns match the fitted ones; rows are weighed on
    /// every core, each row alone, so the result does not depend on their number.
    public func transform(_ counts: SparseMatrix) -> SparseMatrix {
        precondition(counts.columns == idf.count, "counts have \(counts.columns) columns, the model \(idf.count)")
        var values = counts.values
        values.withUnsafeMutableBufferPointer { values in
            nonisolated(unsafe) let values = values
            Parallel.forEachPart(of: counts.rows) { part in
                for r in part { weigh(values, range: counts.rowPointers[r]..<counts.rowPointers[r + 1], columns: counts.columnIndices) }
            }
        }
        return SparseMatrix(rows: counts.rows, columns: counts.columns, uncheckedRowPointers: counts.rowPointers,
                            columnIndices: counts.columnIndices, values: values)
    }

    /// One row's counts in `values[range]` replaced by their normalised weights.
    private func weigh(_ values: UnsafeMutableBufferPointer<Float>, range: Range<Int>, columns: [Int32]) {
        var norm = 0.0
        for k in range {
            let count = Double(values[k])
            let tf = options.sublinearTF ? 1 + Foundation.log(count) : count
            let w = tf * Double(idf[Int(columns[k])])
            values[k] = Float(w)
            switch options.norm {
            case .l2: norm += w * w
            case .l1: norm += abs(w)
            case .none: break
            }
        }
        if options.norm == .l2 { norm = norm.squareRoot() }
        if options.norm != .none, norm > 0 {
            for k in range { values[k] = Float(Double(values[k]) / norm) }
        }
    }
}
