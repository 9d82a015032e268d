/// The layout engine and options of a map, chosen by the map and its size (or by `--layout`).
///
/// Measured on scale-free actor networks on the 2-core development machine (the `dot` command,
/// labelled nodes): `dot` 0.05 s at 50 nodes but 0.9 s at 200 and over a minute at 1,000; `fdp`
/// 0.45 s at 50, 12 s at 200; `neato` with `overlap=prism` 0.09 / 0.6 / 12 s at 50 / 200 / 1,000;
/// `sfdp` with `overlap=prism` 0.11 / 0.24 / 2.1 s. Spline routing around nodes (`splines=true`)
/// is what explodes: 0.6 s at 50 nodes, 14 s at 200. `splines=curved` is not used: Graphviz 2.42
/// bends curved edges around every simple cycle of the graph, which it enumerates one by one — a
/// 100-actor model with 5 relations per actor did not finish in 10 minutes. Hence:
///
/// | map | actors | engine | options |
/// |---|---|---|---|
/// | power, scenario | ≤ 60 | `neato`, then level bands | bands by level (``LevelBands``), edges routed around nodes (`nop`, `splines=true`) |
/// | power, scenario | 61–300 | `neato`, then level bands | as above, straight edges |
/// | power, scenario | > 300 (with `--full`) | `sfdp` | `overlap=prism`, straight edges |
/// | grid | any | `nop2` | positions pinned at (interest, power); labels placed by PowerMap |
/// | commitments | ≤ 400 nodes | `dot` | left to right: actors → needs → commitments ← obstacles |
/// | commitments | > 400 nodes | `sfdp` | `overlap=prism`, straight edges |
/// | commitment | any | `dot` | left to right: needs → the commitment, its obstacles under it |
///
/// With `--layout`, the engine is the user's and the options follow it: clusters by level only for
/// `dot` and `fdp` (the engines that draw them), `splines=true` only up to 60 nodes. Level bands lay a map out for its page (``LevelBands``: rows
/// packed to the page's proportions), which is why every power and scenario map drawn in full up to
/// the overview's threshold uses them: `sfdp` leaves no say over how much room the labels get.
package struct LayoutPlan: Sendable, Equatable {
  /// The Graphviz engine of the first pass.
  package var engine: String
  /// Graph attributes for that engine (`overlap`, `splines`, `sep`, …).
  package var attributes: DOTAttributes
  /// Whether the engine itself draws the level clusters (`dot`, `fdp`).
  package var clustersByLevel: Bool
  /// Whether the first pass only orders the actors and ``LevelBands`` places them in bands by
  /// level, the edges then routed with `nop` (the default for power and scenario maps of up to 300 actors).
  package var levelBands: Bool

  /// The most actors drawn with every actor named and edges routed around nodes.
  package static let smallMapLimit = 60
  /// The most actors drawn in level bands (the overview's threshold, ``MapOverview/actorThreshold``).
  package static let bandedMapLimit = MapOverview.actorThreshold
  /// The most nodes the commitments map lays out with `dot`.
  package static let layeredLimit = 400

  /// A plan with the given values.
  package init(engine: String, attributes: DOTAttributes = [:], clustersByLevel: Bool = false, levelBands: Bool = false)
  {
    self.engine = engine
    self.attributes = attributes
    self.clustersByLevel = clustersByLevel
    self.levelBands = levelBands
  }

  /// A short description for messages: "neato + level bands", "sfdp".
  package var summary: String { levelBands ? engine + " + level bands" : engine }

  /// The plan for `kind` with `nodeCount` nodes (actors for the power and scenario maps, every node
  /// for the commitments map), or for the engine the user chose.
  package static func choose(for kind: MapKind, nodeCount: Int, override: LayoutEngine? = nil) -> LayoutPlan {
    switch kind {
    case .grid:
      return LayoutPlan(engine: "nop2", attributes: ["splines": .plain("line")])
    case .commitment:
      return plan(engine: override?.rawValue ?? "dot", nodeCount: nodeCount, layered: true)
    case .commitments:
      let engine = override?.rawValue ?? (nodeCount <= layeredLimit ? "dot" : "sfdp")
      return plan(engine: engine, nodeCount: nodeCount, layered: true)
    case .power, .scenario:
      if override == nil && nodeCount <= bandedMapLimit {
        var bands = plan(engine: "neato", nodeCount: nodeCount, layered: false)
        bands.levelBands = true
        bands.clustersByLevel = false
        return bands
      }
      let engine = override?.rawValue ?? "sfdp"
      return plan(engine: engine, nodeCount: nodeCount, layered: false)
    }
  }

  private static func plan(engine: String, nodeCount: Int, layered: Bool) -> LayoutPlan {
    var attributes: DOTAttributes = [:]
    let small = nodeCount <= smallMapLimit
    switch engine {
    case "dot":
      attributes["splines"] = .plain("true")
      attributes["nodesep"] = .number(0.25)
      attributes["ranksep"] = .number(layered ? 0.9 : 0.6)
      attributes["newrank"] = .bool(true)
      if layered { attributes["rankdir"] = .plain("LR") }
    case "fdp":
      attributes["splines"] = .plain(small ? "true" : "line")
      attributes["overlap"] = .plain("prism")
      attributes["sep"] = .plain("+8")
      attributes["K"] = .number(1.1)
    case "circo":
      attributes["splines"] = .plain(small ? "true" : "line")
      attributes["mindist"] = .number(0.6)
    default:  // neato, sfdp
      attributes["overlap"] = .plain("prism")
      attributes["sep"] = .plain("+8")
      attributes["splines"] = .plain(small ? "true" : "line")
    }
    return LayoutPlan(engine: engine, attributes: attributes, clustersByLevel: engine == "dot" || engine == "fdp")
  }
}
