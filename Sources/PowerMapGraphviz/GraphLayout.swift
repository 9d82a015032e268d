import CGraphviz
import Foundation

/// A layout read back from Graphviz: where the engine put every node, edge and cluster.
///
/// Coordinates are Graphviz's: points (1/72 inch), y upwards. Edge geometry is kept as the
/// attribute strings Graphviz wrote (`pos`, `lp`, …), to be handed back to Graphviz unchanged
/// when the drawing is composed (see ``MapComposer``).
package struct GraphLayout: Sendable, Equatable {
  /// The bounding box of the whole drawing.
  package var boundingBox: Box
  /// Nodes by name.
  package var nodes: [String: Node]
  /// Edges by their `id` attribute (edges without an id are not read).
  package var edges: [String: [String: String]]
  /// Clusters by subgraph name: the geometry attributes Graphviz wrote (`bb`, `lp`).
  package var clusters: [String: [String: String]]
  /// Graphviz's warnings during the layout.
  package var warnings: [String] = []

  /// A box in points.
  package struct Box: Sendable, Equatable {
    /// Lower-left x.
    package var minX: Double
    /// Lower-left y.
    package var minY: Double
    /// Upper-right x.
    package var maxX: Double
    /// Upper-right y.
    package var maxY: Double

    /// Width in points.
    package var width: Double { maxX - minX }
    /// Height in points.
    package var height: Double { maxY - minY }
  }

  /// One laid-out node.
  package struct Node: Sendable, Equatable {
    /// Centre x, points.
    package var x: Double
    /// Centre y, points.
    package var y: Double
    /// Width, points (Graphviz's `width` is in inches; converted).
    package var width: Double
    /// Height, points.
    package var height: Double
  }

  /// The attributes of edges and clusters that carry geometry.
  static let edgeGeometry = ["pos", "lp", "xlp", "head_lp", "tail_lp"]
  static let clusterGeometry = ["bb", "lp"]

  /// Reads the layout of `graph`, whose attributes `attach_attrs` has filled.
  static func read(from graph: UnsafeMutablePointer<Agraph_t>) -> GraphLayout {
    func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
      guard let value = pm_get(object, name) else { return nil }
      let text = String(cString: value)
      return text.isEmpty ? nil : text
    }
    let graphObject = UnsafeMutableRawPointer(graph)
    let box = attribute(graphObject, "bb").flatMap(Box.init(graphvizText:)) ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0)
    var nodes: [String: Node] = [:]
    var edges: [String: [String: String]] = [:]
    var node = pm_first_node(graph)
    while let current = node {
      let object = UnsafeMutableRawPointer(current)
      if let namePointer = pm_name(object) {
        let name = String(cString: namePointer)
        let position = (attribute(object, "pos") ?? "").split(separator: ",").compactMap {
          Double($0.trimmingCharacters(in: CharacterSet(charactersIn: " !")))
        }
        let width = attribute(object, "width").flatMap(Double.init) ?? 0
        let height = attribute(object, "height").flatMap(Double.init) ?? 0
        if position.count >= 2 {
          nodes[name] = Node(x: position[0], y: position[1], width: width * 72, height: height * 72)
        }
      }
      var edge = pm_first_out_edge(graph, current)
      while let currentEdge = edge {
        let edgeObject = UnsafeMutableRawPointer(currentEdge)
        if let id = attribute(edgeObject, "id") {
          var geometry: [String: String] = [:]
          for name in edgeGeometry { geometry[name] = attribute(edgeObject, name) }
          edges[id] = geometry
        }
        edge = pm_next_out_edge(graph, currentEdge)
      }
      node = pm_next_node(graph, current)
    }
    var clusters: [String: [String: String]] = [:]
    func readSubgraphs(of parent: UnsafeMutablePointer<Agraph_t>) {
      var subgraph = pm_first_subgraph(parent)
      while let current = subgraph {
        let object = UnsafeMutableRawPointer(current)
        if let namePointer = pm_name(object) {
          let name = String(cString: namePointer)
          if name.hasPrefix("cluster") {
            var geometry: [String: String] = [:]
            for key in clusterGeometry { geometry[key] = attribute(object, key) }
            clusters[name] = geometry
          }
        }
        readSubgraphs(of: current)
        subgraph = pm_next_subgraph(current)
      }
    }
    readSubgraphs(of: graph)
    return GraphLayout(boundingBox: box, nodes: nodes, edges: edges, clusters: clusters)
  }
}

// In an extension, so that the box keeps the memberwise initializer Swift synthesizes.
extension GraphLayout.Box {
  /// The box of Graphviz's `bb` attribute ("llx,lly,urx,ury"), or nil when it does not parse.
  package init?(graphvizText text: String) {
    let numbers = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard numbers.count == 4 else { return nil }
    self.init(minX: numbers[0], minY: numbers[1], maxX: numbers[2], maxY: numbers[3])
  }
}
