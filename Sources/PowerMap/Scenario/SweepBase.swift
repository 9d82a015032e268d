import NetworkAnalysis

/// What every removal of the ally sweep (rule 9 of <doc:Rules>) is compared with, computed once: the
/// scenario state, its evaluation, and its influence graph's structure (articulation points,
/// dominator tree from the root, reachability from the root).
struct SweepBase: Sendable {
  let model: Model
  /// The state after the scenarios.
  let state: ModelState
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
  /// With undirected fragmentation: its value after removing each node alone, all found in one
  /// O(n + m) search; empty with the directed method.
  let undirectedFragmentationWithout: [Double]
  /// Rule 2 for several removals at once, from Ŵ of ``state``.
  let stanceSolver: SweepStanceSolver
  /// Rule 3 with the plan's ids resolved once.
  let plan: ResolvedPlan
  /// Per state actor: whether it is present, its power (0 when removed), baseline power, interest.
  let present: [Bool]
  let power: [Double]
  let baselinePower: [Double]
  let interest: [Double]
  /// The state's `depends-on` relations, for rule 1 after each removal.
  let dependencyLinks: DependencyCascade.Links

  /// The base of a sweep of `model` under `scenarios`, with dominators from `root` (an actor id).
  ///
  /// `root` nil chooses the first present actor of kind `executive`; a root the scenarios removed
  /// (or no executive) leaves the sweep without root. Throws ``ScenarioRunError/unknownRoot(_:)``
  /// for an id the state does not know.
  init(
    model: Model, scenarios: [Scenario], root: String?, directedFragmentationLimit: Int
  ) throws {
    let state = model.state(applying: scenarios)
    self.model = model
    self.state = state
    before = PlanEvaluation(model: model, state: state)
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
    undirectedFragmentationWithout =
      fragmentationMethod == .undirectedComponents ? graph.graph.undirectedFragmentationAfterRemovingEachNode() : []
    stanceSolver = SweepStanceSolver(
      state: state, effectivePower: before.effectivePower, commitmentIDs: model.commitments.map(\.id))
    plan = ResolvedPlan(model: model, state: state)
    present = state.actors.map(\.present)
    power = state.actors.map { $0.present ? $0.actor.power : 0 }
    baselinePower = state.actors.map(\.baselinePower)
    interest = state.actors.map(\.actor.interest)
    dependencyLinks = DependencyCascade.Links(
      actorCount: state.actors.count, present: state.actors.map(\.present), relations: state.relations)
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

  /// The rows for each removal of `removals` (each: positions of present, distinct actors,
  /// increasing), the same rows as ``evaluateByRebuilding(removing:)`` gives one by one, to the bit.
  ///
  /// Instead of building the state after each removal and evaluating rules 1–4 on it, rule 1 runs
  /// on the state's relations with the removed actors marked absent (the `depends-on` relations a
  /// removal keeps are exactly those from present actors), rule 2 runs ``SweepStanceSolver/lanes``
  /// removals at a time from the state's Ŵ (``SweepStanceSolver``), rule 3 on ids resolved once
  /// (``ResolvedPlan``, which ``PlanEvaluation`` runs too), and fragmentation on the base influence
  /// graph without the removed nodes.
  func evaluate(_ removals: [[Int]]) -> [AllyLoss] {
    keys(removals, withRows: true).compactMap(\.row)
  }

  /// The ranking keys of the rows for each removal of `removals`, with the rows themselves when
  /// `withRows`. Without them this is the first part of ``evaluate(_:)`` (rules 1–3), without the
  /// structural context (weakened actors, articulation, dominators, cut-off and fragmentation) that
  /// the ranking does not read. Each key's `statusChanges`, `deltaViability` and failed commitments
  /// are those of the row ``evaluate(_:)`` gives, to the bit: both come from the same
  /// ``forEachOutcome(_:_:)``.
  func keys(_ removals: [[Int]], withRows: Bool = false) -> [SweepKey] {
    var keys: [SweepKey] = []
    keys.reserveCapacity(removals.count)
    forEachOutcome(removals) { positions, changes, total, effectivePower, _ in
      let row =
        withRows
        ? row(
          removing: positions, failed: changes.failed.map { before.commitments[Int($0)].id },
          improved: changes.improved.map { before.commitments[Int($0)].id }, totalViability: total,
          effectivePower: effectivePower) : nil
      keys.append(
        SweepKey(
          positions: positions, ids: positions.map { state.actors[$0].actor.id }, statusChanges: changes.failed.count,
          deltaViability: total - before.plan.totalViability, failed: changes.failed, improved: changes.improved,
          row: row))
    }
    return keys
  }

  /// V_c after removing each present actor alone (rules 1–3, as ``keys(_:withRows:)`` computes
  /// them), flat by state actor then commitment; zero for absent actors.
  func singleViabilities() -> [Double] {
    let count = plan.commitments.count
    var result = [Double](repeating: 0, count: present.count * count)
    forEachOutcome(presentActors.map { [$0] }) { positions, _, _, _, viabilities in
      for commitment in 0..<count { result[positions[0] * count + commitment] = viabilities[commitment] }
    }
    return result
  }

  /// Rules 1–3 for each removal of `removals`, in order: `body` receives the removed positions, the
  /// indices of the commitments whose status got worse (increasing), ΣV after, p̂ after and V_c after.
  private func forEachOutcome(
    _ removals: [[Int]],
    _ body: (
      _ positions: [Int], _ changes: (failed: [Int32], improved: [Int32]), _ total: Double, _ power: [Double],
      _ viabilities: [Double]
    ) -> Void
  ) {
    var start = 0
    var pressures: [Double] = []
    var viabilities = [Double](repeating: 0, count: plan.commitments.count)
    while start < removals.count {
      let batch = removals[start..<min(start + SweepStanceSolver.lanes, removals.count)]
      start += batch.count
      var cascades: [DependencyCascade] = []
      var presence: [[Bool]] = []
      for positions in batch {
        var present = self.present
        var power = self.power
        for position in positions {
          present[position] = false
          power[position] = 0
        }
        cascades.append(
          DependencyCascade(present: present, power: power, baseline: baselinePower, links: dependencyLinks))
        presence.append(present)
      }
      let stances = stanceSolver.solve(
        zip(batch, cascades).map { SweepStanceSolver.Removal(removed: $0, effectivePower: $1.effectivePower) })
      for (index, positions) in batch.enumerated() {
        let effectivePower = cascades[index].effectivePower
        let weight = (0..<effectivePower.count).map { effectivePower[$0] * interest[$0] }
        plan.evaluate(
          present: presence[index], weight: weight, stance: stances[index].stance,
          positions: stances[index].positions, pressures: &pressures, viabilities: &viabilities, offset: 0)
        var changes: (failed: [Int32], improved: [Int32]) = ([], [])
        var total = 0.0
        for (commitment, viability) in viabilities.enumerated() {
          total = total + viability
          let status = CommitmentStatus(viability: viability, threshold: plan.commitments[commitment].threshold)
          if status > before.commitments[commitment].status { changes.failed.append(Int32(commitment)) }
          if status < before.commitments[commitment].status { changes.improved.append(Int32(commitment)) }
        }
        body(positions, changes, total, effectivePower, viabilities)
      }
    }
  }

  /// The row for removing the actors at `positions`: ``evaluate(_:)`` of that one removal.
  func evaluate(removing positions: [Int]) -> AllyLoss {
    evaluate([positions])[0]
  }

  /// The row of a removal from its rule 1–3 results.
  private func row(
    removing positions: [Int], failed: [String], improved: [String], totalViability: Double,
    effectivePower powerAfter: [Double]
  )
    -> AllyLoss
  {
    let powerBefore = before.effectivePower
    let weakened = presentActors.filter { powerBefore[$0] - powerAfter[$0] > 1e-9 && !positions.contains($0) }
    let removedNodes = positions.compactMap { graph.nodeOfActor[$0] }
    return AllyLoss(
      ids: positions.map { state.actors[$0].actor.id }, statusChanges: failed.count,
      deltaViability: totalViability - before.plan.totalViability, failed: failed, improved: improved,
      weakened: weakened.map { state.actors[$0].actor.id }, articulationPoint: positions.contains { articulation[$0] },
      immediatelyDominates: rootNode == nil ? nil : immediatelyDominated(by: removedNodes),
      cutOffFromRoot: rootNode.map { cutOff(from: $0, removing: removedNodes) },
      fragmentation: fragmentation(removing: removedNodes))
  }

  /// The row for removing the actors at `positions` (present, distinct, increasing), by building
  /// the state after the removal and evaluating it whole: the definition ``evaluate(_:)`` is
  /// tested against.
  func evaluateByRebuilding(removing positions: [Int]) -> AllyLoss {
    var after = state
    for position in positions { after.apply(.remove(actor: state.actors[position].actor.id)) }
    let evaluation = PlanEvaluation(model: model, state: after)
    var failed: [String] = []
    var improved: [String] = []
    for (index, commitment) in evaluation.commitments.enumerated() {
      if commitment.status > before.commitments[index].status { failed.append(commitment.id) }
      if commitment.status < before.commitments[index].status { improved.append(commitment.id) }
    }
    let removed = Set(positions)
    let powerBefore = before.effectivePower
    let powerAfter = evaluation.effectivePower
    let weakened = presentActors.filter { !removed.contains($0) && powerBefore[$0] - powerAfter[$0] > 1e-9 }
    let removedNodes = positions.compactMap { graph.nodeOfActor[$0] }
    return AllyLoss(
      ids: positions.map { state.actors[$0].actor.id }, statusChanges: failed.count,
      deltaViability: evaluation.plan.totalViability - before.plan.totalViability, failed: failed,
      improved: improved, weakened: weakened.map { state.actors[$0].actor.id },
      articulationPoint: positions.contains { articulation[$0] },
      immediatelyDominates: rootNode == nil ? nil : immediatelyDominated(by: removedNodes),
      cutOffFromRoot: rootNode.map { cutOff(from: $0, removing: removedNodes) },
      fragmentation: fragmentation(of: InfluenceGraph(state: after).graph))
  }

  /// The fragmentation of the influence graph without `nodes` — the same as that of the influence
  /// graph of the state without their actors, which is the base graph with their nodes dropped
  /// (``NetworkAnalysis/WeightedDigraph/removing(nodes:)``): the removal drops exactly their influence
  /// relations. One node with the undirected method is read from the values found up front.
  private func fragmentation(removing nodes: [Int]) -> Double {
    if nodes.count == 1, let node = nodes.first, fragmentationMethod == .undirectedComponents {
      return undirectedFragmentationWithout[node]
    }
    switch fragmentationMethod {
    case .directed: return graph.graph.fragmentation(removing: nodes)
    case .undirectedComponents: return graph.graph.removing(nodes: nodes).undirectedFragmentation()
    }
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
  /// passes through it, and to no other node). Several: a breadth-first search avoiding them
  /// (``NetworkAnalysis/WeightedDigraph/reachableCount(from:avoiding:)``).
  private func cutOff(from root: Int, removing nodes: [Int]) -> Int {
    if nodes.count == 1, let node = nodes.first { return max(subtreeSize[node] - 1, 0) }
    let reachableBefore = (0..<graph.graph.nodeCount).count { dominators[$0] != nil && !nodes.contains($0) }
    guard !nodes.contains(root) else { return reachableBefore }
    // The root itself is counted before, and reached after.
    return reachableBefore - 1 - graph.graph.reachableCount(from: root, avoiding: nodes)
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
