extension Dictionary where Key: Comparable, Value: Comparable {
    /// The key with the largest value, the smallest such key on ties: deterministic whatever
    /// the dictionary's order.
    var mostCommonKey: Key? {
        self.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
