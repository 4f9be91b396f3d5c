// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsDigest",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsdigest", targets: ["newsdigest"]),
        .library(name: "Analytics", targets: ["Analytics"]),
        .library(name: "Report", targets: ["Report"]),
        .library(name: "Archive", targets: ["Archive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
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
            exclude: ["Text/stopwords-iso-zh.LICENSE", "Text/jieba.LICENSE"],
            // Compiled in, so a copied binary needs no resource bundle beside it.
            resources: [.embedInCode("Text/stopwords-iso-zh.txt")]
        ),
        // Scores to documents.
        .target(name: "Report", dependencies: ["Analytics", .product(name: "Mustache", package: "swift-mustache")]),
        // The SQLite archive of ingested issues.
        .target(name: "Archive", dependencies: ["Analytics", .product(name: "GRDB", package: "GRDB.swift")]),
        // The command-line tool.
        .executableTarget(
            name: "newsdigest",
            dependencies: [
                "Report", "Analytics", "Archive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The sample page (a link to seeds/), compiled in for `newsdigest` with no input.
            resources: [.embedInCode("Resources/sample-page.txt")]
        ),
        // Throughput measurements; never run by `swift test`.
        .executableTarget(
            name: "newsdigest-bench",
            dependencies: ["Analytics"],
            path: "Benchmarks/Sources"
        ),
        // Paths to the seed page, Tests/Fixtures and ../shared/data, for every test target.
        .target(name: "TestSupport", dependencies: ["Analytics"], path: "Tests/TestSupport"),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "TestSupport"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "TestSupport"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "NewsDigestTests", dependencies: ["newsdigest", "Archive", "Analytics", "Report", "TestSupport"], exclude: ["Golden"]),
    ]
)
