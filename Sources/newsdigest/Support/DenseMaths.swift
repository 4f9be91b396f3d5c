import Analytics

/// The once-per-process notice that dense maths runs on a fallback OpenBLAS kernel.
enum DenseMaths {
    nonisolated(unsafe) private static var warned = false

    /// Call before dense BLAS work; prints the advice on stderr the first time only.
    static func checkKernel(_ info: OpenBLASInfo = .current()) {
        guard !warned, let warning = info.fallbackWarning else { return }
        warned = true
        Terminal.note(warning)
    }
}
