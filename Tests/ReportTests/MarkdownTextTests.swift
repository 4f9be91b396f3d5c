import Analytics
import Foundation
@testable import Report
import TestSupport
import Testing

@Suite struct MarkdownTextTests {
    @Test func syntaxIsEscapedAndLineBreaksJoined() {
        #expect(MarkdownText.escaped("a|b\n# c <b>*x*</b> [l](u) `c` ~s~ \\") == "a\\|b # c \\<b\\>\\*x\\*\\</b\\> \\[l\\](u) \\`c\\` \\~s\\~ \\\\")
        #expect(MarkdownText.escaped("# 标题") == "\\# 标题" && MarkdownText.escaped("- 一") == "\\- 一" && MarkdownText.escaped("a-b#c") == "a-b#c")
        #expect(MarkdownText.escaped("衢江区召开安全生产工作部署会") == "衢江区召开安全生产工作部署会")
    }

    @Test func aDigestInMarkdownKeepsHostileTitlesInsideTheirHeadings() throws {
        // A record whose title and issue carry a line break, a heading mark, a table bar and raw HTML.
        let hostile = Document(id: "x|1", issue: "2022-08-29", title: "项目<script>alert(1)</script>\n# 假标题 | 列",
                               body: "衢江区召开安全生产工作部署会，部署除险保安百日攻坚行动。会议指出，安全生产工作事关区域发展。")
        let articles = Corpus.assemble([hostile]).articles + PageReader().read(try TestData.seedPage(), id: "seed").articles
        let digest = try Digest.build(issue: "2022-08-29", articles: articles)
        let markdown = try DigestRenderer(templates: TemplateSet(), width: 100).render(digest, format: .markdown)
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("# 假标题") })
        // (The normaliser joins the title's lines and drops the spaces between Han characters.)
        #expect(markdown.contains("**项目\\<script\\>alert(1)\\</script\\> #假标题\\|列**"))
    }
}
