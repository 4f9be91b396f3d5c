/// Character-level ROUGE, computed as `rouge-chinese` computes it on space-separated content
/// characters (letters and digits; punctuation and spaces removed):
///
/// - ROUGE-N: the *sets* of character n-grams of hypothesis and reference (`exclusive=True`),
///   `P = |H ∩ R| / |H|`, `R = |H ∩ R| / |R|`;
/// - ROUGE-L (summary level): the longest common subsequence of the two character sequences
///   (with punctuation gone each is one "sentence"), `P = LCS / |H|`, `R = LCS / |R|`;
/// - `F = 2PR / (P + R + 1e-8)`, as the library computes it.
///
/// Both texts are width-folded first (``Normalizer/foldWidth(_:)``), since summaries are made
/// from normalised text. Symmetric in P and R; deterministic.
public struct Rouge: Sendable, Equatable {
    public let rouge1: Double
    public let rouge2: Double
    public let rougeL: Double

    public init(rouge1: Double, rouge2: Double, rougeL: Double) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
    }

    public init(hypothesis: String, reference: String) {
        let h = Array(Summarizer.contentCharacters(Normalizer.foldWidth(hypothesis)).unicodeScalars.map(\.value))
        let r = Array(Summarizer.contentCharacters(Normalizer.foldWidth(reference)).unicodeScalars.map(\.value))
        rouge1 = Rouge.rougeN(h, r, n: 1)
        rouge2 = Rouge.rougeN(h, r, n: 2)
        rougeL = Rouge.rougeL(h, r)
    }

    static func f(overlap: Double, hypothesis: Double, reference: Double) -> Double {
        let p = hypothesis > 0 ? overlap / hypothesis : 0
        let r = reference > 0 ? overlap / reference : 0
        return 2 * (p * r / (p + r + 1e-8))
    }

    static func rougeN(_ h: [UInt32], _ r: [UInt32], n: Int) -> Double {
        func grams(_ x: [UInt32]) -> Set<[UInt32]> {
            guard x.count >= n else { return [] }
            return Set((0...(x.count - n)).map { Array(x[$0..<($0 + n)]) })
        }
        let hg = grams(h), rg = grams(r)
        return f(overlap: Double(hg.intersection(rg).count), hypothesis: Double(hg.count), reference: Double(rg.count))
    }

    static func rougeL(_ h: [UInt32], _ r: [UInt32]) -> Double {
        guard !h.isEmpty, !r.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: r.count + 1)
        var current = previous
        for x in h {
            for (j, y) in r.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return f(overlap: Double(previous[r.count]), hypothesis: Double(h.count), reference: Double(r.count))
    }

    /// The mean of several scores.
    public static func mean(_ scores: [Rouge]) -> Rouge {
        let n = Double(max(1, scores.count))
        return Rouge(rouge1: scores.reduce(0) { $0 + $1.rouge1 } / n, rouge2: scores.reduce(0) { $0 + $1.rouge2 } / n,
                     rougeL: scores.reduce(0) { $0 + $1.rougeL } / n)
    }
}
