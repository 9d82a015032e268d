import NetworkAnalysis

/// What every removal of the ally sweep (rule 9 of DESIGN.md) is compared with, computed once: the
/// scenario state, its evaluation, and its influence graph's structure (articulation points,
/// dominator tree from the root, reachability from the root).
struct SweepBase: Sendable {
  let model: Model
  /// The state after the scenarios.
  let state: ModelState
  /// s⁰*, the baseline effective stance of the model.
  let baselineStance: [Double]
  /// Rules 1–4 on ``state``.
  let before: PlanEvaluation
  /// The positions of the present actors, in state order.
  let presentActors: [Int]
  /// The influence graph of ``state``.
  let graph: InfluenceGraph
  /// Whether each state actor is an articulation point of the undirected influence graph.
  let articulation: [Bool]
  /// The root's node, if the sweep has a root.
  let rootNode: Int?
  /// The immediate dominator of every node from the root (nil: unreachable), when there is a root.
  let dominators: [Int?]
  /// The size of every node's dominator subtree (itself included; 0 when unreachable).
  let subtreeSize: [Int]
  /// How fragmentation is measured.
  let fragmentationMethod: FragmentationMethod

  /// The base of a sweep of `model` under `scenarios`, with dominators from `root` (an actor id).
  ///
  /// `root` nil chooses the first present actor of kind `executive`; a root the scenarios removed
  /// (or no executive) leaves the sweep without root. Throws ``ScenarioRunError/unknownRoot(_:)``
  /// for an id the state does not know.
  init(model: Model, scenarios: [Scenario], root: String?, directedFragmentationLimit: Int) throws {
    let state = model.state(applying: scenarios)
    let baselineStance = model.baselineEffectiveStance()
    self.model = model
    self.state = state
    self.baselineStance = baselineStance
    before = PlanEvaluation(model: model, state: state, baselineStance: baselineStance)
    presentActors = state.actors.indices.filter { state.actors[$0].present }
    let graph = InfluenceGraph(state: state)
    self.graph = graph
    var articulation = [Bool](repeating: false, count: state.actors.count)
    for node in graph.graph.articulationPoints() { articulation[graph.presentActors[node]] = true }
    self.articulation = articulation

    let rootPosition: Int?
    if let root {
      guard let position = state.index(of: root) else { throw ScenarioRunError.unknownRoot(root) }
      rootPosition = position
    } else {
      rootPosition = state.actors.indices.first {
        state.actors[$0].present && state.actors[$0].actor.kind == .executive
      }
    }
    let rootNode = rootPosition.flatMap { graph.nodeOfActor[$0] }
    self.rootNode = rootNode
    let nodeCount = graph.graph.nodeCount
    if let rootNode {
      let dominators = graph.graph.immediateDominators(root: rootNode)
      self.dominators = dominators
      subtreeSize = Self.subtreeSizes(dominators: dominators, root: rootNode)
    } else {
      dominators = [Int?](repeating: nil, count: nodeCount)
      subtreeSize = [Int](repeating: 0, count: nodeCount)
    }
    fragmentationMethod = presentActors.count > directedFragmentationLimit ? .undirectedComponents : .directed
  }

  /// The id of the root, if any.
  var rootID: String? { rootNode.map { state.actors[graph.presentActors[$0]].actor.id } }

  /// The fragmentation of the influence graph `graph` by the sweep's method.
  func fragmentation(of graph: WeightedDigraph) -> Double {
    switch fragmentationMethod {
    case .directed: graph.fragmentation()
    case .undirectedComponents: graph.undirectedFragmentation()
    }
  }

  /// The row for removing the actors at `positions` (present, distinct, increasing).
  func evaluate(removing positions: [Int]) -> AllyLoss {
    var after = state
    for position in positions { after.apply(.remove(actor: state.actors[position].actor.id)) }
    let evaluation = PlanEvaluation(model: model, state: after, baselineStance: baselineStance)
    var failed: [String] = []
    for (index, commitment) in evaluation.commitments.enumerated()
    where commitment.status > before.commitments[index].status {
      failed.append(commitment.id)
    }
    let removed = Set(positions)
    let powerBefore = before.effectivePower
    let powerAfter = evaluation.effectivePower
    let weakened = presentActors.filter { !removed.contains($0) && powerBefore[$0] - powerAfter[$0] > 1e-9 }
    let removedNodes = positions.compactMap { graph.nodeOfActor[$0] }
    return AllyLoss(
      ids: positions.map { state.actors[$0].actor.id }, statusChanges: failed.count,
      deltaViability: evaluation.plan.totalViability - before.plan.totalViability, failed: failed,
      weakened: weakened.map { state.actors[$0].actor.id }, articulationPoint: positions.contains { articulation[$0] },
      immediatelyDominates: rootNode == nil ? nil : immediatelyDominated(by: removedNodes),
      cutOffFromRoot: rootNode.map { cutOff(from: $0, removing: removedNodes) },
      fragmentation: fragmentation(of: InfluenceGraph(state: after).graph))
  }

  /// The ids of the nodes (not in `nodes`) whose immediate dominator is one of `nodes`, in state order.
  private func immediatelyDominated(by nodes: [Int]) -> [String] {
    (0..<graph.graph.nodeCount).filter { node in
      guard let dominator = dominators[node], dominator != node, !nodes.contains(node) else { return false }
      return nodes.contains(dominator)
    }.map { state.actors[graph.presentActors[$0]].actor.id }
  }

  /// The number of nodes (not in `nodes`) reachable from `root` before and not after removing `nodes`.
  ///
  /// One node: its dominator subtree size − 1 (every path from the root to a node of its subtree
  /// passes through it, and to no other node). Several: a breadth-first search avoiding them.
  private func cutOff(from root: Int, removing nodes: [Int]) -> Int {
    if nodes.count == 1, let node = nodes.first { return max(subtreeSize[node] - 1, 0) }
    let reachableBefore = (0..<graph.graph.nodeCount).count { dominators[$0] != nil && !nodes.contains($0) }
    guard !nodes.contains(root) else { return reachableBefore }
    let digraph = graph.graph
    var seen = [Bool](repeating: false, count: digraph.nodeCount)
    for node in nodes { seen[node] = true }
    seen[root] = true
    var queue = [root]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for entry in digraph.outOffsets[node]..<digraph.outOffsets[node + 1] {
        let target = Int(digraph.outTargets[entry])
        if !seen[target] {
          seen[target] = true
          queue.append(target)
        }
      }
    }
    return reachableBefore - queue.count
  }

  /// The size of every node's subtree in the dominator tree `dominators` rooted at `root`.
  private static func subtreeSizes(dominators: [Int?], root: Int) -> [Int] {
    var size = [Int](repeating: 0, count: dominators.count)
    var children = [[Int]](repeating: [], count: dominators.count)
    for (node, dominator) in dominators.enumerated() {
      guard let dominator else { continue }
      size[node] = 1
      if node != root { children[dominator].append(node) }
    }
    // Post-order without recursion: visit the tree breadth-first, then add sizes from the leaves up.
    var order = [root]
    var head = 0
    while head < order.count {
      order += children[order[head]]
      head += 1
    }
    for node in order.reversed() where node != root {
      if let dominator = dominators[node] { size[dominator] += size[node] }
    }
    return size
  }
}
