@testable import Analytics
import Testing

@Suite struct RadixSorterTests {
    /// Against a comparison sort by (key, original position), for keys of every width from 0
    /// to 32 bits, rows of 0 to 600 words, unique and repeated keys.
    @Test func sortsByKeyKeepingTheOrderOfEqualKeys() {
        var generator = SplitMix64(seed: 15)
        // One sorter for every case: its scratch, grown and reused, must not leak into a sort.
        var sorter = RadixSorter<UInt64>()
        for keyBits in 0...32 {
            for length in [0, 1, 2, 7, 255, 256, 600] {
                let keyLimit = keyBits == 0 ? 1 : UInt64(1) << UInt64(keyBits)
                let repeated = length > 2 && keyBits % 2 == 0
                var words = (0..<length).map { position in
                    let key = repeated ? generator.next() % min(keyLimit, 5) : generator.next() % keyLimit
                    return key << 32 | UInt64(position)
                }
                let expected = words.sorted { ($0 >> 32, $0 & 0xFFFF_FFFF) < ($1 >> 32, $1 & 0xFFFF_FFFF) }
                sorter.sort(&words, keyShift: 32, keyBits: keyBits)
                #expect(words == expected, "\(keyBits) key bits, \(length) words")
            }
        }
    }

    /// Renumbering columns sorts each row by its new columns and drops unmapped ones, the
    /// same on any number of cores (each row is sorted alone).
    @Test func remappedRowsAscend() throws {
        let m = try SparseMatrix(columns: 300, rows: (0..<200).map { r in
            (0..<(r % 37)).map { k in (column: Int32((r * 7 + k * 13) % 300), value: Float(k + 1)) }
                .reduce(into: [(column: Int32, value: Float)]()) { row, entry in if !row.contains(where: { $0.column == entry.column }) { row.append(entry) } }
        })
        // Reverse the columns and drop every third.
        let map = (0..<300).map { $0 % 3 == 0 ? Int32(-1) : Int32(299 - $0) }
        let remapped = m.remappingColumns(map, columns: 300)
        for r in 0..<m.rows {
            let before = zip(m.row(r).columns, m.row(r).values).filter { map[Int($0.0)] >= 0 }
                .map { (map[Int($0.0)], $0.1) }.sorted { $0.0 < $1.0 }
            #expect(Array(remapped.row(r).columns) == before.map(\.0))
            #expect(Array(remapped.row(r).values) == before.map(\.1))
        }
    }
}
