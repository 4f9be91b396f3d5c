@testable import Analytics
import Foundation
import TestSupport
import Testing

/// Pages typeset from real People's Daily articles the way the seed page is — columns
/// broken at 13–18 characters, blank lines at column breaks, extraction spaces after
/// punctuation, headlines grouped apart from their stories — read back by the page reader.
/// Checks piece F1 (a piece matches an article when ≥ 90% of their Han characters agree)
/// stays at 0.85 or more and headline attachment accuracy at 0.9. Records that hold two wire
/// stories, each closed by its reporters in brackets (`…。（张三）`), are read as two pieces,
/// as they print; against a record's single truth that costs precision (F1 0.89).
///
/// This is a regression check on the conventions the reader was written for, not evidence
/// of how it reads real pages: the pages are written with those very conventions. The
/// figures that count come from real PDFs typeset by XeLaTeX (`Benchmarks/pages/`).
@Suite struct PageTypesettingTests {
    struct Truth {
        let title: String
        let han: [UInt32: Int]
    }

    /// Lays out `articles` as one page of extracted text.
    static func typeset(_ articles: [Article], using g: inout SplitMix64) -> String {
        var out: [String] = []
        var pendingHeadlines: [String] = []
        func random(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(g.next() % UInt64(range.count)) }
        for (index, article) in articles.enumerated() {
            let width = random(13...18)
            var lines: [String] = []
            // The lead prints at the head of the first paragraph, as in the paper.
            let printed = article.lead.map { [$0 + (article.paragraphs.first ?? "")] + article.paragraphs.dropFirst() } ?? article.paragraphs
            for paragraph in printed {
                var scalars = Array(paragraph.unicodeScalars)
                while !scalars.isEmpty {
                    var line = String(String.UnicodeScalarView(scalars.prefix(width)))
                    scalars.removeFirst(min(width, scalars.count))
                    // PDF extraction leaves spaces after some punctuation.
                    if random(0...3) == 0 { line = line.replacingOccurrences(of: "，", with: "， ") }
                    lines.append(line)
                }
            }
            var k = random(10...22)
            while k < lines.count { lines.insert("", at: k); k += random(14...24) }
            let headline = article.title!
            if random(0...3) == 0 {
                out += ["", headline, ""] + lines       // printed above its story
            } else {
                out += lines
                pendingHeadlines.append(headline)       // printed apart, after a group of stories
            }
            if random(0...1) == 0 || index == articles.count - 1 {
                for h in pendingHeadlines { out += ["", h, ""] }
                pendingHeadlines = []
            }
        }
        return out.joined(separator: "\n")
    }

    static func han(_ text: String) -> [UInt32: Int] {
        var counts: [UInt32: Int] = [:]
        for s in text.unicodeScalars where CharacterClass.isHan(s.value) { counts[s.value, default: 0] += 1 }
        return counts
    }

    static func overlap(_ a: [UInt32: Int], _ b: [UInt32: Int]) -> Double {
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        let total = max(a.values.reduce(0, +), b.values.reduce(0, +))
        return total == 0 ? 0 : Double(shared) / Double(total)
    }

    @Test(.needsSharedData("108 People's Daily articles typeset as pages"))
    func peoplesDailyPagesAreCutAndHeadedCorrectly() throws {
        let pool = try TestData.articles("rmrb1998-01-01_20.jsonl.gz").filter { a in
            guard let title = a.title, a.lead != nil else { return false }
            let t = title.unicodeScalars.count
            return (6...30).contains(t) && PageLine.isHeadlineShaped(title)
                && (150...1500).contains(a.body.unicodeScalars.count) && !a.body.contains("附图")
        }
        try #require(pool.count > 300)
        var g = SplitMix64(seed: 1998)
        var truths = 0, produced = 0, matchedPieces = 0, matchedTruths = 0, headed = 0
        for pageIndex in 0..<24 {
            let start = (pageIndex * 7) % (pool.count - 6)
            let articles = Array(pool[start..<(start + 3 + pageIndex % 4)])
            let text = Self.typeset(articles, using: &g)
            let page = PageReader().read(text, id: "p\(pageIndex)")
            let truth = articles.map { Truth(title: $0.title!, han: Self.han(($0.lead ?? "") + $0.body)) }
            let pieces = page.articles.map { Self.han([$0.lead, $0.editorsNote, $0.body].compactMap { $0 }.joined()) }
            truths += truth.count
            produced += pieces.count
            var used = Set<Int>()
            for t in truth {
                guard let best = pieces.indices.filter({ !used.contains($0) }).max(by: { Self.overlap(t.han, pieces[$0]) < Self.overlap(t.han, pieces[$1]) }),
                      Self.overlap(t.han, pieces[best]) >= 0.9 else { continue }
                used.insert(best)
                matchedTruths += 1
                matchedPieces += 1
                if page.articles[best].title == Normalizer().normalize(t.title) { headed += 1 }
            }
        }
        let precision = Double(matchedPieces) / Double(produced), recall = Double(matchedTruths) / Double(truths)
        let f1 = 2 * precision * recall / (precision + recall)
        let accuracy = Double(headed) / Double(truths)
        #expect(f1 >= 0.85, "piece F1 \(f1) (precision \(precision), recall \(recall))")
        #expect(accuracy >= 0.9, "headline accuracy \(accuracy)")
        print("typeset People's Daily pages: \(truths) articles, piece F1 \(f1), headline accuracy \(accuracy)")
    }
}
