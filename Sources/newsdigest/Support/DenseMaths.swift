import Analytics
import Dispatch

/// The fallback-kernel advice outside `doctor`, given only where it can matter: after a stage
/// with dense maths (LSA, k-means) that ran long on a generic OpenBLAS kernel. On a month of
/// articles forcing the AVX-512 kernel changed `cluster` from 8.7 to 8.8 s (sparse work
/// dominates); on 100k articles from 136 to 78 s. Below ``noticeableSeconds`` it is noise.
enum DenseMaths {
    static let noticeableSeconds = 30.0

    /// Runs `stage`; when it took ``noticeableSeconds`` or more on a fallback kernel, says so on stderr.
    static func measured<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if seconds >= noticeableSeconds, let warning = OpenBLASInfo.current().fallbackWarning {
            Terminal.note("\(stage) took \(Int(seconds)) s; \(warning)")
        }
        return result
    }
}
