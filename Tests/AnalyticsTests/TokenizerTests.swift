import Analytics
import TestSupport
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test func hanRunsBecomeBigrams() {
        #expect(tokenizer.tokens("现代社区") == ["现代", "代社", "社区"])
    }

    @Test func aOneCharacterRunIsItself() {
        #expect(tokenizer.tokens("在，现代") == ["在", "现代"])
    }

    @Test func bigramsNeverCrossPunctuationLatinDigitsOrSpaces() {
        #expect(tokenizer.tokens("项目，建设PPT演示8月 邵秀清 徐") == ["项目", "建设", "ppt", "演示", "8", "月", "邵秀", "秀清", "徐"])
    }

    @Test func latinWordsAreLowerCasedAndNumbersKeptWhole() {
        #expect(tokenizer.tokens("U18 女排 3-0 COVID19 8.27亿 1998年 Ünïcode") ==
            ["u18", "女排", "3", "0", "covid19", "8.27", "亿", "1998", "年", "ünïcode"])
    }

    /// A fitted vocabulary's terms are tokens, and a transform finds them by tokenising them
    /// again: `İ` lower-cases to i and a combining dot (U+0307), which once ended the word, so
    /// a page holding it stopped the headline matcher (found by the `page` fuzz target).
    @Test func aLowerCasedWordWithACombiningMarkStaysOneToken() {
        #expect(tokenizer.tokens("İSTANBUL") == ["i\u{307}stanbul"])
        #expect(tokenizer.tokens("i\u{307}stanbul") == ["i\u{307}stanbul"])
        #expect(tokenizer.tokens("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"])
    }

    @Test func everyTokenIsItsOwnOneToken() {
        // Every scalar outside the Han blocks, alone and inside a Latin word.
        var broken: [String] = []
        for value in UInt32(0x80)...0x2FFFF where !CharacterClass.isHan(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "A\(scalar)B"] {
                for token in tokenizer.tokens(text) where tokenizer.tokens(token) != [token] {
                    broken.append("U+\(String(value, radix: 16, uppercase: true)): \(token)")
                }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    @Test func supplementaryPlaneHanCharactersCount() {
        #expect(tokenizer.tokens("𠀀𠀁好") == ["𠀀𠀁", "𠀁好"])
    }

    @Test func punctuationAloneHasNoTokens() {
        #expect(tokenizer.tokens("，。“”（）！？ ... --").isEmpty)
    }

    @Test func seedPageTokensAreBigramsOfItsRuns() throws {
        let text = Normalizer(lineBreaks: .wrapped).normalize(try TestData.seedPage())
        let tokens = tokenizer.tokens(text)
        #expect(tokens.contains("社区") && tokens.contains("现代") && tokens.contains("廿里"))
        #expect(tokens.contains("11") && tokens.contains("ppt") && tokens.contains("1559"))
        // Every Han token is one or two characters and appears in the text as written.
        for token in Set(tokens) where token.unicodeScalars.allSatisfy({ CharacterClass.isHan($0.value) }) {
            #expect(token.unicodeScalars.count <= 2)
            #expect(text.contains(token))
        }
    }
}
