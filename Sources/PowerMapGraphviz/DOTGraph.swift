/// A Graphviz graph as PowerMap writes it: attributes, nodes, edges and clusters, serialised to
/// DOT by ``dotText``.
///
/// Nodes are written in order (Graphviz draws them in that order, so earlier nodes lie beneath
/// later ones), then clusters (which only list their members), then edges.
public struct DOTGraph: Sendable, Equatable {
  /// The graph's name.
  public var name: String
  /// Whether edges are directed (`digraph`).
  public var directed: Bool
  /// Graph attributes.
  public var attributes: DOTAttributes
  /// Defaults for every node.
  public var nodeDefaults: DOTAttributes
  /// Defaults for every edge.
  public var edgeDefaults: DOTAttributes
  /// The nodes, in drawing order.
  public var nodes: [DOTNode]
  /// The edges.
  public var edges: [DOTEdge]
  /// Clusters (subgraphs named `cluster…`), each drawn as a box around its members.
  public var clusters: [DOTCluster]

  /// An empty graph.
  public init(
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
  public var dotText: String {
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
public struct DOTNode: Sendable, Equatable {
  /// The node's name (any text; quoted as needed).
  public var name: String
  /// Its attributes.
  public var attributes: DOTAttributes

  /// A node named `name`.
  public init(_ name: String, _ attributes: DOTAttributes = [:]) {
    self.name = name
    self.attributes = attributes
  }
}

/// An edge between two named nodes.
public struct DOTEdge: Sendable, Equatable {
  /// The tail node's name.
  public var from: String
  /// The head node's name.
  public var to: String
  /// Its attributes; an `id` identifies it when a layout is read back (``GraphLayout``).
  public var attributes: DOTAttributes

  /// An edge `from` → `to`.
  public init(from: String, to: String, _ attributes: DOTAttributes = [:]) {
    self.from = from
    self.to = to
    self.attributes = attributes
  }
}

/// A cluster: a subgraph drawn as a box around its members (dot and fdp lay them out together).
public struct DOTCluster: Sendable, Equatable {
  /// The subgraph's name; Graphviz treats it as a cluster only when it starts with `cluster`.
  public var name: String
  /// The cluster's attributes (label, style, colours, and `bb` once laid out).
  public var attributes: DOTAttributes
  /// The names of its member nodes.
  public var members: [String]
  /// Groups of members placed on the same rank (dot only).
  public var sameRank: [[String]]

  /// A cluster named `name` (prefixed with `cluster_` when it does not start with `cluster`).
  public init(name: String, attributes: DOTAttributes = [:], members: [String] = [], sameRank: [[String]] = []) {
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
