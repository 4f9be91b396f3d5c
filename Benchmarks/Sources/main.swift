// newsdigest-bench: throughput of the text-to-vectors stages on real corpora.
//
//   swift run -c release newsdigest-bench CORPUS.jsonl.gz [...]
//
// For each corpus it times, on one core, each stage once after a warm-up run:
// read (gunzip + JSON), normalise, tokenise + count, and TF-IDF fitting, and prints a
// Markdown table row per corpus with MB/s over the UTF-8 bytes each stage consumed.
// The OpenBLAS core in use is printed first, as every benchmark here reports it.
import Analytics
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The best of `repeats` runs, so a stray scheduler hiccup does not set the figure.
func best(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<repeats { times.append(try seconds(body)) }
    return times.min() ?? 0
}

// `newsdigest-bench keyphrases CORPUS` prints, per article, its ten best keyphrases (JSON Lines
// {"id", "keyphrases"}), ranked by TF-IDF weight within the article — the input of
// Benchmarks/keyphrase_boundaries.py.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "keyphrases" {
    let articles = Corpus.assemble(try CorpusReader().read([CommandLine.arguments[2]]).documents).articles
    let texts = articles.map(\.analysisText)
    let phrases = KeyphraseExtractor(sizedFor: texts).fit(texts)
    let counts = phrases.counts(texts)
    let weights = TfidfModel.fit(counts: counts).transform(counts)
    for (r, article) in articles.enumerated() {
        let row = weights.row(r)
        let best = zip(row.columns, row.values).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(10)
        let line = try JSONSerialization.data(withJSONObject: ["id": article.id, "keyphrases": best.map { phrases.phrases[Int($0.0)] }],
                                               options: .sortedKeys)
        print(String(decoding: line, as: UTF8.self))
    }
    exit(0)
}

let paths = Array(CommandLine.arguments.dropFirst())
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: newsdigest-bench CORPUS.jsonl.gz [...] | newsdigest-bench keyphrases CORPUS\n".utf8))
    exit(64)
}

let blas = OpenBLASInfo.current()
print("OpenBLAS core: \(blas.coreName) (\(blas.configuration)); CPU: \(blas.cpuModel ?? "unknown")")
print("")
print("| corpus | docs | read s | normalise s | normalised MB | tokenise+count s | tokenise+count MB/s | tokenise+count MB/s (whitespace-free bodies) | TF-IDF fit s | vocabulary |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for path in paths {
    var documents: [Document] = []
    let read = try seconds { documents = try CorpusReader().read([path]).documents }
    var texts: [String] = []
    let normalise = seconds { texts = Corpus.assemble(documents).articles.map(\.analysisText) }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    // The peers' basis: bodies with all white space removed (what sklearn tokenises).
    let bodies = documents.map { String($0.body.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
    let bodyBytes = bodies.reduce(0) { $0 + $1.utf8.count }
    let vectorizer = TfidfVectorizer(vocabulary: VocabularyOptions(minDF: .count(2)))
    var counter = vectorizer.makeCounter()
    let count = best(5) {
        counter = vectorizer.makeCounter()
        for text in texts { counter.add(text) }
    }
    let countBodies = best(5) {
        var c = vectorizer.makeCounter()
        for body in bodies { c.add(body) }
    }
    var vocabularySize = 0
    let fit = try best(3) { vocabularySize = try vectorizer.fit(counter).fitted.vocabulary?.count ?? 0 }
    let name = (path as NSString).lastPathComponent
    print(String(format: "| %@ | %d | %.3f | %.3f | %.2f | %.3f | %.1f | %.1f | %.3f | %d |",
                 name, documents.count, read, normalise, Double(bytes) / 1e6, count, Double(bytes) / 1e6 / count,
                 Double(bodyBytes) / 1e6 / countBodies, fit, vocabularySize))
}
