extension Array {
    /// The elements for which `isFirst` holds and the others, each in their order.
    func partitioned(_ isFirst: (Element) -> Bool) -> ([Element], [Element]) {
        var first: [Element] = [], second: [Element] = []
        for element in self { if isFirst(element) { first.append(element) } else { second.append(element) } }
        return (first, second)
    }
}
