/// A Graphviz graph as PowerMap writes it: attributes, nodes, edges and clusters, serialised to
/// DOT by ``dotText``.
///
/// Nodes are written in order (Graphviz draws them in that order, so earlier nodes lie beneath
/// later ones), then clusters (which only list their members), then edges.
package struct DOTGraph: Sendable, Equatable {
  /// The graph's name.
  package var name: String
  /// Whether edges are directed (`digraph`).
  package var directed: Bool
  /// Graph attributes.
  package var attributes: DOTAttributes
  /// Defaults for every node.
  package var nodeDefaults: DOTAttributes
  /// Defaults for every edge.
  package var edgeDefaults: DOTAttributes
  /// The nodes, in drawing order.
  package var nodes: [DOTNode]
  /// The edges.
  package var edges: [DOTEdge]
  /// Clusters (subgraphs named `cluster…`), each drawn as a box around its members.
  package var clusters: [DOTCluster]

  /// An empty graph.
  package init(
    name: String, directed: Bool = true, attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
    edgeDefaults: DOTAttributes = [:]
  ) {
    self.name = name
    self.directed = directed
    self.attributes = attributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = []
    self.edges = []
    self.clusters = []
  }

  /// The graph in DOT.
  package var dotText: String {
    var lines: [String] = []
    lines.reserveCapacity(nodes.count + edges.count + 8)
    lines.append((directed ? "digraph " : "graph ") + DOTEscaping.identifier(name) + " {")
    if !attributes.isEmpty { lines.append("  graph " + attributes.dotText + ";") }
    if !nodeDefaults.isEmpty { lines.append("  node " + nodeDefaults.dotText + ";") }
    if !edgeDefaults.isEmpty { lines.append("  edge " + edgeDefaults.dotText + ";") }
    for node in nodes {
      let attributes = node.attributes.dotText
      lines.append("  " + DOTEscaping.identifier(node.name) + (attributes.isEmpty ? "" : " " + attributes) + ";")
    }
    for cluster in clusters { lines.append(contentsOf: cluster.dotLines(indent: "  ")) }
    let arrow = directed ? " -> " : " -- "
    for edge in edges {
      let attributes = edge.attributes.dotText
      lines.append(
        "  " + DOTEscaping.identifier(edge.from) + arrow + DOTEscaping.identifier(edge.to)
          + (attributes.isEmpty ? "" : " " + attributes) + ";")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A node: a unique name and its attributes.
package struct DOTNode: Sendable, Equatable {
  /// The node's name (any text; quoted as needed).
  package var name: String
  /// Its attributes.
  package var attributes: DOTAttributes

  /// A node named `name`.
  package init(_ name: String, _ attributes: DOTAttributes = [:]) {
    self.name = name
    self.attributes = attributes
  }
}

/// An edge between two named nodes.
package struct DOTEdge: Sendable, Equatable {
  /// The tail node's name.
  package var from: String
  /// The head node's name.
  package var to: String
  /// Its attributes; an `id` identifies it when a layout is read back (``GraphLayout``).
  package var attributes: DOTAttributes

  /// An edge `from` → `to`.
  package init(from: String, to: String, _ attributes: DOTAttributes = [:]) {
    self.from = from
    self.to = to
    self.attributes = attributes
  }
}

/// A cluster: a subgraph drawn as a box around its members (dot and fdp lay them out together).
package struct DOTCluster: Sendable, Equatable {
  /// The subgraph's name; Graphviz treats it as a cluster only when it starts with `cluster`.
  package var name: String
  /// The cluster's attributes (label, style, colours, and `bb` once laid out).
  package var attributes: DOTAttributes
  /// The names of its member nodes.
  package var members: [String]
  /// Groups of members placed on the same rank (dot only).
  package var sameRank: [[String]]

  /// A cluster named `name` (prefixed with `cluster_` when it does not start with `cluster`).
  package init(name: String, attributes: DOTAttributes = [:], members: [String] = [], sameRank: [[String]] = []) {
    self.name = name.hasPrefix("cluster") ? name : "cluster_" + name
    self.attributes = attributes
    self.members = members
    self.sameRank = sameRank
  }

  func dotLines(indent: String) -> [String] {
    var lines = [indent + "subgraph " + DOTEscaping.identifier(name) + " {"]
    if !attributes.isEmpty { lines.append(indent + "  graph " + attributes.dotText + ";") }
    for member in members { lines.append(indent + "  " + DOTEscaping.identifier(member) + ";") }
    for group in sameRank where !group.isEmpty {
      lines.append(
        indent + "  { rank=same; " + group.map { DOTEscaping.identifier($0) + ";" }.joined(separator: " ") + " }")
    }
    lines.append(indent + "}")
    return lines
  }
}
