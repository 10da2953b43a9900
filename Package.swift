// swift-tools-version:6.1
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SiteGenCore", targets: ["SiteGenCore"]),
        .library(name: "SiteGenTemplates", targets: ["SiteGenTemplates"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Test-only: the oracle of the differential test of sitegen's own template engine.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The preview server (sitegen serve). Its default traits pull in swift-configuration,
        // which sitegen does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Graceful shutdown of the preview server's file watcher (already used by Hummingbird).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // NIOPosix, already under Hummingbird: the preview binds its port once before the first
        // build, to know a free port (--port 0) and to say a taken one is taken.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // @TemplateContext: a typed context's keys and values written from its declaration at
        // compile time, instead of through Codable's boxes at run time (a third of context time).
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // jemalloc on Linux, with its settings, for the executables (the test bundles keep
        // glibc's malloc; building them still builds sitegen, so scripts/install-deps installs
        // libjemalloc-dev): see allocator.c and BENCHMARKS.md.
        .target(
            name: "CAllocator",
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // sitegen's Mustache engine: parse, compile, render; it knows nothing of briefings.
        .macro(
            name: "SiteGenTemplatesMacros",
            dependencies: [
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ]
        ),
        .target(name: "SiteGenTemplates", dependencies: ["SiteGenTemplatesMacros"]),
        .target(
            name: "SiteGenCore",
            dependencies: [
                "CCmark",
                "CLibXML2",
                "SiteGenTemplates",
                .product(name: "Yams", package: "Yams"),
            ],
            // The built-in theme, compiled into the binary so that sitegen runs without its files.
            resources: [.embedInCode("DefaultTheme")]
        ),
        .target(
            name: "SiteGenServer",
            dependencies: [
                "SiteGenCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "CAllocator",
                "SiteGenCore",
                "SiteGenServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sitegen-bench",
            dependencies: ["CAllocator", "SiteGenCore", "SiteGenTemplates"],
            path: "Sources/SiteGenBench"
        ),
        // `make fuzz`: a libFuzzer target over the path a content file takes. A plain build makes
        // it a command that replays inputs; under `make fuzz` its main runs libFuzzer's driver.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["SiteGenCore", "CLibFuzzer"],
            path: "Sources/SiteGenFuzz"
        ),
        // What the two test targets share: a report on a program that hangs in a test.
        .target(
            name: "TestSupport",
            dependencies: ["SiteGenCore", "SiteGenTemplates"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "SiteGenTemplatesTests",
            dependencies: ["SiteGenTemplates", "TestSupport", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "SiteGenCoreTests",
            // swift-mustache and Yams as oracles: the template engine and the YAML composer are
            // sitegen's own, and tests compare them with these.
            dependencies: [
                "SiteGenCore", "TestSupport", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "SiteGenServerTests",
            dependencies: [
                "SiteGenServer",
                "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ]
)
