import Analytics

/// The sample newspaper page (`seeds/000_7ace637069ccde80.txt`), compiled into the binary so
/// that `newsdigest` with no input works from any folder, including an installed copy.
enum SamplePage {
    /// The name the page's pieces are read under, as if the file had been given.
    static let name = "seeds/000_7ace637069ccde80.txt"

    static func document() throws -> Document {
        var result = ReadResult()
        try CorpusReader(format: .page).read(bytes: PackageResources.sample_page_txt, name: name, into: &result)
        return result.documents[0]
    }
}
