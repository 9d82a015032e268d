import NetworkAnalysis

/// The influence graph of rule 5 of <doc:Rules>: the present actors of a state and their positive
/// influence relations.
///
/// One node per present actor, in state order. An edge j → i for every authority, oversight,
/// funding and influence relation j → i, and for an alliance both j → i and i → j; conflict,
/// `depends-on` and `information` relations are left out, and so is a relation from an actor to
/// itself. Parallel relations merge into one edge carrying the strongest weight
/// (`NetworkAnalysis.ParallelEdgePolicy.keepMaximum`).
package struct InfluenceGraph: Sendable {
  /// The graph on nodes `0..<presentActors.count`.
  package let graph: WeightedDigraph
  /// The state index of every node.
  package let presentActors: [Int]
  /// The node of every state actor, or nil for a removed actor.
  package let nodeOfActor: [Int?]

  /// The influence graph of `state`.
  package init(state: ModelState) {
    var nodeOfActor = [Int?](repeating: nil, count: state.actors.count)
    var presentActors: [Int] = []
    for (position, actor) in state.actors.enumerated() where actor.present {
      nodeOfActor[position] = presentActors.count
      presentActors.append(position)
    }
    var edges: [WeightedEdge] = []
    edges.reserveCapacity(state.relations.count)
    for relation in state.relations where relation.kind.isInfluence && relation.kind != .conflict {
      guard let source = nodeOfActor[relation.from], let target = nodeOfActor[relation.to], source != target
      else { continue }
      edges.append(WeightedEdge(source: source, target: target, weight: relation.weight))
      if relation.kind == .alliance {
        edges.append(WeightedEdge(source: target, target: source, weight: relation.weight))
      }
    }
    self.graph = WeightedDigraph(nodeCount: presentActors.count, edges: edges, parallelEdges: .keepMaximum)
    self.presentActors = presentActors
    self.nodeOfActor = nodeOfActor
  }

  /// Spreads per-node values over the state's actors, `absent` for removed actors.
  package func perActor<Value>(_ values: [Value], absent: Value) -> [Value] {
    nodeOfActor.map { node in node.map { values[$0] } ?? absent }
  }
}
