import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The commitments map for A3 (`--map commitments`): each commitment and its need boxes in a frame
/// of their own, frames apart, and the obstacles right of the commitments.
struct CommitmentsOverviewLayoutTests {
  /// A box `x1,y1,x2,y2` from a `bb` attribute.
  private static func box(_ value: DOTValue?) -> [Double]? {
    guard case .plain(let text)? = value else { return nil }
    let numbers = text.split(separator: ",").compactMap { Double($0) }
    return numbers.count == 4 ? numbers : nil
  }

  /// A point `x,y` from a `pos` attribute.
  private static func point(_ value: DOTValue?) -> [Double]? {
    guard case .plain(let text)? = value else { return nil }
    let numbers = text.split(separator: ",").prefix(2).compactMap { Double($0) }
    return numbers.count == 2 ? numbers : nil
  }

  @Test(arguments: MapTestSupport.shippedModels)
  func needBoxesSitInTheirCommitmentsFrame(_ file: String) throws {
    let model = try MapTestSupport.model(file)
    let composed = try MapRenderer.compose(
      Simulation(model: model).run([]), options: MapOptions(kind: .commitments, paper: .a3))
    let graph = composed.graph
    var frames: [[Double]] = []
    for (index, commitment) in model.commitments.enumerated() {
      let cluster = try #require(graph.clusters.first { $0.name == "cluster_commitment_\(index)" })
      let frame = try #require(Self.box(cluster.attributes["bb"]), "\(cluster.name) has no box")
      frames.append(frame)
      let needs = commitment.needs.dimensions.filter { !$0.actors.isEmpty }.map {
        "need:\(commitment.id):\($0.dimension.rawValue)"
      }
      #expect(Set(cluster.members) == Set(["commitment:" + commitment.id] + needs))
      for member in cluster.members {
        let node = try #require(graph.nodes.first { $0.name == member })
        let position = try #require(Self.point(node.attributes["pos"]))
        #expect(
          (frame[0]...frame[2]).contains(position[0]) && (frame[1]...frame[3]).contains(position[1]),
          "\(member) lies outside its frame")
      }
    }
    // No two frames overlap, so no need → commitment line crosses another commitment's.
    for (first, a) in frames.enumerated() {
      for b in frames[(first + 1)...] {
        #expect(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1], "frames \(a) and \(b) overlap")
      }
    }
    // Obstacles stand right of every commitment.
    let right = frames.map { $0[2] }.max() ?? 0
    for obstacle in model.obstacles {
      let node = try #require(graph.nodes.first { $0.name == "obstacle:" + obstacle.id })
      let position = try #require(Self.point(node.attributes["pos"]))
      #expect(position[0] > right, "obstacle \(obstacle.id) is not right of the commitments")
    }
  }
}
