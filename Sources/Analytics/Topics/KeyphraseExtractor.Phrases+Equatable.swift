extension KeyphraseExtractor.Phrases: Equatable {
    /// The same phrases with the same counts, read up to the same length (the word dictionary
    /// cutting the texts is not compared).
    public static func == (a: Self, b: Self) -> Bool {
        a.phrases == b.phrases && a.counts == b.counts && a.maxLength == b.maxLength
    }
}
