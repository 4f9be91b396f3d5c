extension Importance: CustomStringConvertible {
    /// The formula with the weights in use, as the digest's footer states it.
    public var description: String {
        "\(coverageWeight)·coverage (cosine ≥ \(coverageThreshold)) + \(pageWeight)/page + \(positionWeight)/(1+position) + "
            + "\(headlineWeight)·headline + \(leadWeight)·lead + \(lengthWeight)·length, halved for pictures and briefs below a page's lead"
    }
}
