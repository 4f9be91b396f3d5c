import Analytics
import ArgumentParser
import Foundation

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the OpenBLAS build and kernel in use, and check dense maths works.",
        discussion: """
        Debian's OpenBLAS may not recognise a new CPU and fall back to generic kernels that \
        are several times slower. doctor says which kernel runs and, when a faster one fits \
        the CPU, which OPENBLAS_CORETYPE to start newsdigest with. newsdigest never changes \
        that variable itself: OpenBLAS reads it only when it loads.
        """)

    func run() throws {
        try Failure.guarding {
            let info = OpenBLASInfo.current()
            var lines = [
                "OpenBLAS config:   \(info.configuration)",
                "OpenBLAS core:     \(info.coreName)",
                "OpenBLAS threads:  1 a call (of \(info.threads)); newsdigest splits large products over the cores in fixed blocks, so results do not depend on how many there are",
                "CPU:               \(info.cpuModel ?? "unknown")",
                "CPU features:      \(info.cpuFeatures.isEmpty ? "none of avx, avx2, avx512f, fma" : info.cpuFeatures.sorted().joined(separator: " "))",
                "OPENBLAS_CORETYPE: \(info.coreTypeVariable ?? "(not set)")",
            ]
            let check = try SelfCheck.sgemm()
            lines.append(String(format: "sgemm self-check:  %@ (largest difference from a plain loop %.2e)",
                                check.passed ? "ok" : "FAILED", check.largestDifference))
            if let better = info.recommendedCoreType {
                lines.append("verdict:           fallback kernel; run with OPENBLAS_CORETYPE=\(better) for full speed")
            } else {
                lines.append("verdict:           the kernel matches the CPU")
            }
            try Terminal.write(lines.joined(separator: "\n") + "\n")
            if !check.passed { throw ExitCode(Failure.Code.software.rawValue) }
        }
    }
}

/// A small sgemm compared with a plain triple loop, so a broken BLAS shows itself.
enum SelfCheck {
    static func sgemm() throws -> (passed: Bool, largestDifference: Double) {
        let n = 48
        var generator = SplitMix64(seed: 42)
        let a = try DenseMatrix(rows: n, columns: n, storage: (0..<n * n).map { _ in generator.nextUnitFloat() })
        let b = try DenseMatrix(rows: n, columns: n, storage: (0..<n * n).map { _ in generator.nextUnitFloat() })
        var c = try DenseMatrix(rows: n, columns: n)
        try BLAS.gemm(a, b, into: &c)
        var largest = 0.0
        for i in 0..<n {
            for j in 0..<n {
                var sum = 0.0
                for k in 0..<n { sum += Double(a[i, k]) * Double(b[k, j]) }
                largest = max(largest, abs(sum - Double(c[i, j])))
            }
        }
        return (largest < 1e-3, largest)
    }
}
