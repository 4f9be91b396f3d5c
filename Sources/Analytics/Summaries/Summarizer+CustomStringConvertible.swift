extension Summarizer: CustomStringConvertible {
    /// The scoring with the weights in use, as the digest's footer states it.
    public var description: String {
        "\(coverageWeight)·coverage + \(centralityWeight)·LexRank + \(leadWeight)·lead (in full from \(leadLength) sentences) + "
            + "\(headlineWeight)·headline + \(factWeight)·facts, MMR λ \(lambda)"
    }
}
