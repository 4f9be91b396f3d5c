import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The typefaces of a PDF's text runs, as poppler's `pdftohtml -xml` reports them: each run's
/// box (in pdftohtml's own scale, given by the page width) and font family. `pdftotext`'s word
/// boxes carry no font; these give each word its face (``PDFLayout/assignFaces(_:)``), since a
/// newspaper sets headlines, titles and leads in a face other than the body's.
struct PDFFaces: Equatable {
    struct Run: Equatable {
        var left, top, right, bottom: Double
        var face: String

        func contains(_ x: Double, _ y: Double) -> Bool { left <= x && x <= right && top <= y && y <= bottom }
    }

    struct Page: Equatable {
        var width: Double
        var runs: [Run]
    }

    var pages: [Page]

    static func parse(_ data: Data) -> PDFFaces? {
        let delegate = FontRunParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return PDFFaces(pages: delegate.pages)
    }

    /// A font's family without the subset tag PDF writers put before it (`DLACQT+UMingCN`).
    static func family(_ name: String) -> String {
        name.split(separator: "+", maxSplits: 1).last.map(String.init) ?? name
    }
}

private final class FontRunParser: NSObject, XMLParserDelegate {
    var pages: [PDFFaces.Page] = []
    private var families: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? 0 }
        switch name {
        case "page": pages.append(PDFFaces.Page(width: number("width"), runs: []))
        case "fontspec":
            if let id = attributes["id"], let family = attributes["family"] { families[id] = PDFFaces.family(family) }
        case "text":
            guard !pages.isEmpty, let face = attributes["font"].flatMap({ families[$0] }) else { return }
            let left = number("left"), top = number("top")
            pages[pages.count - 1].runs.append(PDFFaces.Run(left: left, top: top, right: left + number("width"),
                                                            bottom: top + number("height"), face: face))
        default: break
        }
    }
}
