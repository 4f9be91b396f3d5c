// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsDigest",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsdigest", targets: ["newsdigest"]),
        .library(name: "Analytics", targets: ["Analytics"]),
        .library(name: "Report", targets: ["Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C shims: each a module map over a Debian -dev package, nothing else.
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Text to numbers to scores.
        .target(
            name: "Analytics",
            dependencies: ["CBLAS", "CZlib"],
            exclude: ["Text/stopwords-iso-zh.LICENSE"]
        ),
        // Scores to documents.
        .target(name: "Report", dependencies: ["Analytics"]),
        // The command-line tool.
        .executableTarget(
            name: "newsdigest",
            dependencies: [
                "Report", "Analytics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput measurements; never run by `swift test`.
        .executableTarget(
            name: "newsdigest-bench",
            dependencies: ["Analytics"],
            path: "Benchmarks/Sources"
        ),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "NewsDigestTests", dependencies: ["newsdigest"], exclude: ["Golden"]),
    ]
)
