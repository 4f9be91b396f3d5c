/// How the text stages see a Unicode scalar.
///
/// One classification serves normalisation, sentence splitting and tokenising, so the
/// three stages always agree on what a CJK character or a word character is.
public enum CharacterClass: Equatable, Sendable {
    /// A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).
    case han
    /// An ASCII letter or another alphabetic, non-Han letter (Latin, Greek, Cyrillic, kana, hangul).
    case letter
    /// An ASCII digit 0–9 (full-width digits are half-width after normalisation).
    case digit
    /// White space of any kind.
    case space
    /// Everything else: punctuation, symbols, controls.
    case other

    @inlinable
    public init(_ value: UInt32) {
        if value < 0x80 {
            switch value {
            case 0x30...0x39: self = .digit
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x09...0x0D, 0x20: self = .space
            default: self = .other
            }
            return
        }
        if CharacterClass.isHan(value) { self = .han; return }
        switch value {
        case 0x3000: self = .space; return
        case 0x3001...0x303F: self = .other; return
        case 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: self = .space; return
        case 0x200B...0x2027, 0x202A...0x202E, 0x2030...0x205E: self = .other; return
        case 0xFF10...0xFF19: self = .digit; return
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: self = .letter; return
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: self = .other; return
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { self = .other; return }
        let properties = scalar.properties
        if properties.isWhitespace { self = .space } else if properties.isAlphabetic { self = .letter } else { self = .other }
    }

    /// Han ideographs: the ranges a Chinese newspaper prints, plus 〇 (U+3007).
    @inlinable
    public static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x3134F, 0xF900...0xFAFF, 0x3007: return true
        default: return false
        }
    }

    /// A dense number for each Han character, `0..<98_577`, in the order of the ranges of
    /// ``isHan(_:)``: the unified block, extension A, 〇, the compatibility block, then
    /// extensions B and later. `value` must be Han.
    @inlinable
    public static func hanIndex(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x4E00...0x9FFF: return value - 0x4E00
        case 0x3400...0x4DBF: return 20_992 + value - 0x3400
        case 0x3007: return 27_584
        case 0xF900...0xFAFF: return 27_585 + value - 0xF900
        default: return 28_097 + value - 0x20000
        }
    }

    /// The Han character numbered `index` by ``hanIndex(_:)``.
    @inlinable
    public static func han(fromIndex index: UInt32) -> UInt32 {
        switch index {
        case 0..<20_992: return 0x4E00 + index
        case 20_992..<27_584: return 0x3400 + index - 20_992
        case 27_584: return 0x3007
        case 27_585..<28_097: return 0xF900 + index - 27_585
        default: return 0x20000 + index - 28_097
        }
    }

    /// A combining mark (general category Mn, Mc or Me), which belongs to the character before it.
    @inlinable
    public static func isCombiningMark(_ value: UInt32) -> Bool {
        guard value >= 0x300, let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// CJK and full-width punctuation (U+3000–U+303F, U+FF00–U+FF65 minus letters and digits,
    /// the general punctuation quotes and ellipsis). Spaces next to these are dropped by the normaliser.
    @inlinable
    public static func isCJKPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x3000...0x303F, 0xFE10...0xFE1F, 0xFE30...0xFE4F: return true
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7, 0x2022: return true
        default: return false
        }
    }
}
