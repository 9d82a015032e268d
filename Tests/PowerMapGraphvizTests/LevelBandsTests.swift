import Testing

@testable import PowerMapGraphviz

/// The level bands' rows (``LevelBands/arrange(bands:items:scale:aspect:rowWidth:)``): packed for
/// the page's proportions, and stretched to a row width where a map leaves its page blank across.
struct LevelBandsTests {
  /// Two bands of 25 items each (20 × 20 points), spread evenly over 500 points by the force
  /// layout: 50 items, so the rows are packed.
  static func bands() -> ([LevelBands.Band], [String: LevelBands.Item]) {
    var items: [String: LevelBands.Item] = [:]
    let bands = ["upper", "lower"].map { band in
      let names = (0..<25).map { "\(band)\($0)" }
      for (index, name) in names.enumerated() {
        items[name] = LevelBands.Item(name: name, x: Double(index) * 500 / 24, y: 0, width: 20, height: 20)
      }
      return LevelBands.Band(cluster: DOTCluster(name: "cluster_\(band)", members: names))
    }
    return (bands, items)
  }

  /// The width of a cluster's `bb`.
  static func width(_ cluster: DOTCluster) throws -> Double {
    guard case .plain(let box)? = cluster.attributes["bb"] else { throw BandsError.noBox }
    let corners = box.split(separator: ",").compactMap { Double($0) }
    #expect(corners.count == 4)
    return corners[2] - corners[0]
  }

  enum BandsError: Error { case noBox }

  @Test func aWideFrameKeepsEachBandInOneRowSideBySide() throws {
    let (bands, items) = Self.bands()
    let arranged = LevelBands.arrange(bands: bands, items: items, aspect: 100)
    // 25 items of 20 points with 30-point gaps: 25 × 20 + 24 × 30 = 1,220, and 12 of padding a side.
    for cluster in arranged.clusters { #expect(abs(try Self.width(cluster) - 1_244) < 0.01) }
    // One row: every item of a band at the same height.
    #expect(Set(bands[0].cluster.members.compactMap { arranged.positions[$0]?.y }).count == 1)
  }

  @Test func aRowWidthStretchesTheRowsInTheForceLayoutsOrder() throws {
    let (bands, items) = Self.bands()
    let arranged = LevelBands.arrange(bands: bands, items: items, aspect: 100, rowWidth: 3_000)
    // The force layout's 500 points stretched so that the outer items' outlines are 3,000 apart
    // (their centres 2,980), and the padding.
    for cluster in arranged.clusters { #expect(abs(try Self.width(cluster) - 3_024) < 0.01) }
    let xs = bands[0].cluster.members.compactMap { arranged.positions[$0]?.x }
    #expect(xs.count == 25)
    #expect(zip(xs, xs.dropFirst()).allSatisfy { abs($1 - $0 - 2_980.0 / 24) < 0.01 }, "evenly spread, in order")
  }

  @Test func aRowWidthNarrowerThanTheRowsIsIgnored() throws {
    let (bands, items) = Self.bands()
    let wide = LevelBands.arrange(bands: bands, items: items, aspect: 100)
    let narrow = LevelBands.arrange(bands: bands, items: items, aspect: 100, rowWidth: 600)
    #expect(narrow.clusters == wide.clusters)
  }
}
