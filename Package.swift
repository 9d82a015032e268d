// swift-tools-version: 6.0
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
    .executableTarget(
      name: "powermap",
      dependencies: [
        "PowerMap", "PowerMapGraphviz", "PowerMapReport",
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
      name: "FuzzTests", dependencies: ["PowerMap", "PowerMapGraphviz", "TestSupport"], exclude: ["Corpus"]),
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
