// swift-tools-version: 6.0
// Benchmarks live in their own package so that `swift build` and `make test` of PowerMap never
// build or run them. `make bench` (from the repository root) runs them in release mode.
import PackageDescription

let package = Package(
  name: "PowerMapBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "PowerMap", path: "..")],
  targets: [
    .executableTarget(
      name: "powermap-bench",
      dependencies: [
        .product(name: "PowerMap", package: "PowerMap"),
        .product(name: "NetworkAnalysis", package: "PowerMap"),
        .product(name: "PowerMapGraphviz", package: "PowerMap"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
