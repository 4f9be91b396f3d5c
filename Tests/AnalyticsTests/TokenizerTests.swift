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
