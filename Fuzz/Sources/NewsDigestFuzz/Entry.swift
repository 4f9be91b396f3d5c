import Foundation

// libFuzzer's entry points. SwiftPM links an executable with `main` set to `<Module>_main`,
// which `-parse-as-library` does not emit, so that symbol is defined here and hands over to
// libFuzzer's driver. The target comes from `$NEWSDIGEST_FUZZ_TARGET`.

nonisolated(unsafe) private var target: Target = .jsonl

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    target.run(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
}

@_cdecl("NewsDigestFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let name = ProcessInfo.processInfo.environment["NEWSDIGEST_FUZZ_TARGET"] ?? ""
    guard let chosen = Target(rawValue: name) else {
        let names = Target.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("set NEWSDIGEST_FUZZ_TARGET to one of: \(names)\n".utf8))
        return 64
    }
    target = chosen
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { testOneInput($0, $1) }
}
