import Foundation

/// Dunning's log-likelihood ratio G² for a term seen `a` times among `sizeA` tokens of one
/// part of a corpus and `b` times among `sizeB` tokens of the other:
///
///     E₁ = sizeA·(a+b)/(sizeA+sizeB),  E₂ = sizeB·(a+b)/(sizeA+sizeB)
///     G² = 2·(a·ln(a/E₁) + b·ln(b/E₂))      (a term with count 0 adds 0)
///
/// Large when the term's rate differs between the parts more than chance allows (see
/// ``significantAt05`` and ``significantAt001``). Signed here: positive when the term is
/// over-represented in the first part. Symmetric up to sign.
public enum Keyness {
    /// The |G²| at or above which a difference is significant at p < 0.05: the 95th
    /// percentile of χ² with one degree of freedom, which G² follows when the rates are equal.
    public static let significantAt05 = 3.84
    /// The |G²| at or above which a difference is significant at p < 0.001 (χ², one degree of freedom).
    public static let significantAt001 = 10.83

    /// ``logLikelihood(a:sizeA:b:sizeB:)`` rounded to two decimals, as reports show it and rank by.
    public static func reported(a: Double, sizeA: Double, b: Double, sizeB: Double) -> Double {
        (logLikelihood(a: a, sizeA: sizeA, b: b, sizeB: sizeB) * 100).rounded() / 100
    }

    public static func logLikelihood(a: Double, sizeA: Double, b: Double, sizeB: Double) -> Double {
        let total = sizeA + sizeB
        guard total > 0, a + b > 0 else { return 0 }
        let e1 = sizeA * (a + b) / total, e2 = sizeB * (a + b) / total
        var g = 0.0
        if a > 0, e1 > 0 { g += a * log(a / e1) }
        if b > 0, e2 > 0 { g += b * log(b / e2) }
        let over = sizeB == 0 || (sizeA > 0 && a / sizeA >= b / sizeB)
        return (over ? 2 : -2) * g
    }
}
