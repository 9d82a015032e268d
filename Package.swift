// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
  name: "PowerMap",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "PowerMap", targets: ["PowerMap"]),
    .library(name: "NetworkAnalysis", targets: ["NetworkAnalysis"]),
    .library(name: "PowerMapGraphviz", targets: ["PowerMapGraphviz"]),
    .executable(name: "powermap", targets: ["powermap"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(name: "NetworkAnalysis"),
    .target(
      name: "PowerMap",
      dependencies: ["NetworkAnalysis", .product(name: "Yams", package: "Yams")]
    ),
    .target(name: "PowerMapGraphviz", dependencies: ["PowerMap", "CGraphviz"]),
    .target(name: "PowerMapReport", dependencies: ["PowerMap", "PowerMapGraphviz"]),
    // The workshop server of `powermap serve`: the JSON API and the web app in App/.
    .target(
      name: "PowerMapServer",
      dependencies: [
        "PowerMap", "PowerMapGraphviz", "PowerMapReport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      exclude: ["API.md"],
      resources: [.copy("App")]
    ),
    .executableTarget(
      name: "powermap",
      dependencies: [
        "PowerMap", "PowerMapGraphviz", "PowerMapReport", "PowerMapServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What every test target shares: the package root, closeness checks, golden files, the shipped
    // models and a runner of the built binary.
    .target(name: "TestSupport", dependencies: ["PowerMap"], path: "Tests/TestSupport"),
    .testTarget(
      name: "NetworkAnalysisTests", dependencies: ["NetworkAnalysis", "TestSupport"], resources: [.copy("Fixtures")]),
    .testTarget(name: "PowerMapTests", dependencies: ["PowerMap", "TestSupport"], resources: [.copy("Fixtures")]),
    .testTarget(name: "PowerMapGraphvizTests", dependencies: ["PowerMapGraphviz", "TestSupport"]),
    .testTarget(name: "PowerMapReportTests", dependencies: ["PowerMapReport", "TestSupport"]),
    .testTarget(
      name: "PowerMapServerTests",
      dependencies: [
        "PowerMapServer", "powermap", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    // The fuzz invariant, shared by FuzzTests and the libFuzzer harnesses below.
    .target(name: "FuzzInvariants", dependencies: ["PowerMap"], path: "Fuzz/Sources/FuzzInvariants"),
    .testTarget(
      name: "FuzzTests", dependencies: ["PowerMap", "PowerMapGraphviz", "TestSupport", "FuzzInvariants"],
      exclude: ["Corpus"]),
    .testTarget(name: "EndToEndTests", dependencies: ["powermap", "TestSupport"], resources: [.copy("Fixtures")]),
    // Compiled against the public API alone, as a script or an example would be.
    .testTarget(name: "PublicAPITests", dependencies: ["PowerMap"], packageAccess: false),
    .executableTarget(
      name: "loss-of-ally-table", dependencies: ["PowerMap"], path: "Examples/LossOfAllyTable", packageAccess: false),
    .executableTarget(
      name: "stance-sweep", dependencies: ["PowerMap"], path: "Examples/StanceSweep", packageAccess: false),
  ],
  swiftLanguageModes: [.v6]
)

// The benchmarks and the libFuzzer harnesses reach into the package (`package` access), so they are
// targets of this package, declared only when asked for: `make bench` sets POWERMAP_BENCHMARKS=1 and
// `make fuzz` POWERMAP_FUZZ=1, each building in a scratch path of its own (Benchmarks/.build,
// Fuzz/.build), so `swift build` and `make test` never build them.
let environment = ProcessInfo.processInfo.environment
if environment["POWERMAP_BENCHMARKS"] == "1" {
  package.targets.append(
    .executableTarget(
      name: "powermap-bench", dependencies: ["PowerMap", "NetworkAnalysis", "PowerMapGraphviz"],
      path: "Benchmarks/Sources/powermap-bench"))
}
if environment["POWERMAP_FUZZ"] == "1" {
  package.targets += [
    .target(name: "FuzzMain", path: "Fuzz/Sources/FuzzMain"),
    .target(name: "FuzzSupport", dependencies: ["PowerMap", "FuzzInvariants"], path: "Fuzz/Sources/FuzzSupport"),
  ]
  for harness in ["fuzz-model", "fuzz-scenario", "fuzz-csv", "fuzz-mactor", "fuzz-dot"] {
    package.targets.append(
      .executableTarget(
        name: harness, dependencies: ["FuzzSupport", "FuzzMain", "PowerMap", "PowerMapGraphviz"],
        path: "Fuzz/Sources/\(harness)"))
  }
}
