extension Importance: CustomStringConvertible {
    /// The formula with the weights in use, as the digest's footer states it.
    public var description: String {
        "\(centralityWeight)·LexRank centrality + \(pageWeight)/page + \(positionWeight)/(1+position) + \(lengthWeight)·length"
    }
}
