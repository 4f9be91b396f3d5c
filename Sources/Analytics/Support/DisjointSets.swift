/// Disjoint sets over `0..<count` (union-find), joined pair by pair.
///
/// Union by smaller root: a union hangs the larger of the two roots under the smaller, so
/// every set's root is its smallest member, and roots and ``groups()`` depend only on which
/// pairs were joined, never on the order they were joined in. Path halving: finding a root
/// points every other node on the way at its grandparent, which keeps the trees shallow.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The smallest member of the set holding `i`.
    mutating func root(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]
            i = parent[i]
        }
        return i
    }

    /// Joins the sets holding `a` and `b`.
    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Every set, members ascending, sets in order of their smallest member.
    mutating func groups() -> [[Int]] {
        var slot = [Int](repeating: -1, count: parent.count)
        var groups: [[Int]] = []
        for i in parent.indices {
            let r = root(i)
            if slot[r] < 0 {
                slot[r] = groups.count
                groups.append([])
            }
            groups[slot[r]].append(i)
        }
        return groups
    }
}
