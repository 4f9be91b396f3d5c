import CBLAS
import Foundation

/// What OpenBLAS says about itself, and whether it runs a kernel below what the CPU can do.
///
/// Debian's OpenBLAS 0.3.21 does not recognise some newer CPUs and falls back to generic
/// kernels (`Prescott`), several times slower on `sgemm` than the AVX2 (`Haswell`) or AVX-512
/// (`SkylakeX`) kernels the CPU could run. OpenBLAS reads `OPENBLAS_CORETYPE` only when it
/// loads, so the fix is the user's to make before starting the process; this type only
/// reports it and never changes the environment.
public struct OpenBLASInfo: Equatable, Sendable {
    /// `openblas_get_config()`, e.g. `OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Prescott MAX_THREADS=64`.
    public let configuration: String
    /// `openblas_get_corename()`, the kernel family in use, e.g. `Prescott`.
    public let coreName: String
    public let threads: Int
    /// Instruction-set extensions the CPU reports that matter to the choice of kernel.
    public let cpuFeatures: Set<String>
    /// The CPU model name, when the system says.
    public let cpuModel: String?
    /// `OPENBLAS_CORETYPE` as this process found it.
    public let coreTypeVariable: String?

    public init(configuration: String, coreName: String, threads: Int, cpuFeatures: Set<String>, cpuModel: String?, coreTypeVariable: String?) {
        self.configuration = configuration
        self.coreName = coreName
        self.threads = threads
        self.cpuFeatures = cpuFeatures
        self.cpuModel = cpuModel
        self.coreTypeVariable = coreTypeVariable
    }

    /// The running process's OpenBLAS and CPU (Linux `/proc/cpuinfo`).
    public static func current() -> OpenBLASInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        var features = Set<String>()
        var model: String?
        for line in cpuinfo.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "flags", features.isEmpty {
                features = Set(parts[1].split(separator: " ").map(String.init).filter { ["avx", "avx2", "avx512f", "fma"].contains($0) })
            } else if parts[0] == "model name", model == nil {
                model = parts[1]
            }
        }
        return OpenBLASInfo(
            configuration: openblas_get_config().map { String(cString: $0) }?.trimmingCharacters(in: .whitespaces) ?? "unknown",
            coreName: openblas_get_corename().map { String(cString: $0) } ?? "unknown",
            threads: Int(openblas_get_num_threads()),
            cpuFeatures: features,
            cpuModel: model,
            coreTypeVariable: ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
        )
    }

    /// Kernels that use AVX-512, and those that use at least AVX2.
    static let avx512Cores: Set<String> = ["skylakex", "cooperlake", "sapphirerapids"]
    static let avx2Cores: Set<String> = avx512Cores.union(["haswell", "zen", "excavator"])

    /// The `OPENBLAS_CORETYPE` value that would run faster kernels on this CPU, or nil when
    /// the kernel in use already matches the CPU's best instruction set.
    public var recommendedCoreType: String? {
        let core = coreName.lowercased()
        if cpuFeatures.contains("avx512f"), !OpenBLASInfo.avx512Cores.contains(core) { return "SkylakeX" }
        if cpuFeatures.contains("avx2"), !OpenBLASInfo.avx2Cores.contains(core) { return "Haswell" }
        return nil
    }

    /// A one-paragraph warning for stderr, or nil when nothing is to be done.
    public var fallbackWarning: String? {
        guard let better = recommendedCoreType else { return nil }
        let isa = better == "SkylakeX" ? "AVX-512" : "AVX2"
        return "warning: OpenBLAS runs its generic '\(coreName)' kernels on a CPU with \(isa); dense maths is several times slower than it could be. Start newsdigest with OPENBLAS_CORETYPE=\(better) in the environment (e.g. `OPENBLAS_CORETYPE=\(better) newsdigest …`)."
    }
}
