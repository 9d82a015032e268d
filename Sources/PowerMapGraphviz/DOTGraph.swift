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
  package var dotText: String { dotText(omitting: []) }

  /// The attributes that only paint a map (colours, tooltips, links): a layout does not read them.
  package static let paintAttributes: Set<String> = [
    "tooltip", "color", "fillcolor", "fontcolor", "bgcolor", "pencolor", "URL", "href", "target", "class",
  ]

  /// The graph in DOT for a layout: without its ``paintAttributes``, so that edits that only
  /// repaint a map give the same text, and Graphviz's layout of it can be reused
  /// (see ``Graphviz/layout(dot:engine:)``).
  package var layoutText: String { dotText(omitting: Self.paintAttributes) }

  /// The graph in DOT without the attributes named in `omitted`.
  package func dotText(omitting omitted: Set<String>) -> String {
    var text = ""
    text.reserveCapacity(256 * (nodes.count + edges.count) + 512)
    text += directed ? "digraph " : "graph "
    DOTEscaping.appendIdentifier(name, to: &text)
    text += " {\n"
    for (keyword, defaults) in [("graph", attributes), ("node", nodeDefaults), ("edge", edgeDefaults)]
    where defaults.list.contains(where: { !omitted.contains($0.name) }) {
      text += "  " + keyword + " "
      defaults.append(to: &text, omitting: omitted)
      text += ";\n"
    }
    for node in nodes {
      text += "  "
      DOTEscaping.appendIdentifier(node.name, to: &text)
      Self.appendAttributes(node.attributes, to: &text, omitting: omitted)
    }
    for cluster in clusters { cluster.append(to: &text, indent: "  ", omitting: omitted) }
    let arrow = directed ? " -> " : " -- "
    for edge in edges {
      text += "  "
      DOTEscaping.appendIdentifier(edge.from, to: &text)
      text += arrow
      DOTEscaping.appendIdentifier(edge.to, to: &text)
      Self.appendAttributes(edge.attributes, to: &text, omitting: omitted)
    }
    text += "}\n"
    return text
  }

  /// Appends ` [attributes];` (or `;` without attributes) and a newline to `text`.
  private static func appendAttributes(
    _ attributes: DOTAttributes, to text: inout String, omitting omitted: Set<String>
  ) {
    if attributes.list.contains(where: { !omitted.contains($0.name) }) {
      text += " "
      attributes.append(to: &text, omitting: omitted)
    }
    text += ";\n"
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

  /// Appends the subgraph in DOT to `text`, each line indented by `indent`.
  func append(to text: inout String, indent: String, omitting omitted: Set<String>) {
    text += indent + "subgraph "
    DOTEscaping.appendIdentifier(name, to: &text)
    text += " {\n"
    if attributes.list.contains(where: { !omitted.contains($0.name) }) {
      text += indent + "  graph "
      attributes.append(to: &text, omitting: omitted)
      text += ";\n"
    }
    for member in members {
      text += indent + "  "
      DOTEscaping.appendIdentifier(member, to: &text)
      text += ";\n"
    }
    for group in sameRank where !group.isEmpty {
      text += indent + "  { rank=same;"
      for member in group {
        text += " "
        DOTEscaping.appendIdentifier(member, to: &text)
        text += ";"
      }
      text += " }\n"
    }
    text += indent + "}\n"
  }
}
