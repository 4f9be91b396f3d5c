// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the readers. Built apart from the main package because they need
// `-parse-as-library` and sanitizer flags on every module: see `scripts/fuzz`.
let package = Package(
    name: "NewsDigestFuzz",
    dependencies: [.package(name: "NewsDigest", path: "..")],
    targets: [
        .executableTarget(name: "NewsDigestFuzz", dependencies: [.product(name: "Analytics", package: "NewsDigest")]),
    ]
)
