extension Summarizer: CustomStringConvertible {
    /// The scoring with the weights in use, as the digest's footer states it.
    public var description: String {
        "\(centralityWeight)·LexRank + \(leadWeight)·lead + \(headlineWeight)·headline, MMR λ \(lambda)"
    }
}
