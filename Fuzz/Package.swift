// swift-tools-version: 6.0
// libFuzzer harnesses for PowerMap's input readers. A separate package, so that `swift build` and
// `make test` of PowerMap never build them. The sanitizer flags come from the command line, so that
// every module (PowerMap, Yams and its C parser included) is instrumented: see README.md.
import PackageDescription

func harness(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
  .executableTarget(name: name, dependencies: ["FuzzSupport", "FuzzMain"] + dependencies)
}

let package = Package(
  name: "PowerMapFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "PowerMap", path: "..")],
  targets: [
    .target(name: "FuzzMain"),
    .target(name: "FuzzSupport", dependencies: [.product(name: "PowerMap", package: "PowerMap")]),
    harness("fuzz-model", [.product(name: "PowerMap", package: "PowerMap")]),
    harness("fuzz-scenario", [.product(name: "PowerMap", package: "PowerMap")]),
    harness("fuzz-csv", [.product(name: "PowerMap", package: "PowerMap")]),
    harness("fuzz-mactor", [.product(name: "PowerMap", package: "PowerMap")]),
    harness(
      "fuzz-dot",
      [.product(name: "PowerMap", package: "PowerMap"), .product(name: "PowerMapGraphviz", package: "PowerMap")]),
  ],
  swiftLanguageModes: [.v6]
)
