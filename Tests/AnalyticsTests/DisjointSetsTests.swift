@testable import Analytics
import Testing

@Suite struct DisjointSetsTests {
    @Test func rootsAreSmallestMembersWhateverTheUnionOrder() {
        let pairs = [(5, 3), (3, 1), (6, 2), (4, 6), (1, 5)]
        var forward = DisjointSets(count: 8), backward = DisjointSets(count: 8)
        for (a, b) in pairs { forward.union(a, b) }
        for (a, b) in pairs.reversed() { backward.union(b, a) }
        #expect(forward.groups() == [[0], [1, 3, 5], [2, 4, 6], [7]])
        #expect(backward.groups() == forward.groups())
        #expect((0..<8).map { forward.root($0) } == [0, 1, 2, 1, 2, 1, 2, 7])
    }

    @Test func aLongChainCollapsesIntoOneSet() {
        var sets = DisjointSets(count: 1000)
        for i in (1..<1000).reversed() { sets.union(i, i - 1) }
        #expect(sets.root(999) == 0)
        #expect(sets.groups() == [Array(0..<1000)])
    }
}
