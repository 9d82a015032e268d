/// Rule 1 of <doc:Rules>: the dependency cascade, which turns power into effective power.
///
/// For each `depends-on` relation a → b with weight w, a keeps a share (1 − w·loss_b) of its power:
///
///     p̂ₐ = pₐ · Π_{a→b} (1 − w_ab · loss_b)
///     loss_b = 1                               if b is removed
///            = 0                               if p⁰_b = 0
///            = clamp(1 − p̂_b / p⁰_b, 0, 1)    otherwise
///
/// The map is iterated Jacobi-style (every p̂ of round t+1 from the p̂ of round t) from p̂ = p until
/// max|Δ| < 1e-12 or 1,000 rounds; p̂ decreases monotonically, so it converges to the greatest
/// fixpoint below p. Each `depends-on` relation counts once, so parallel relations multiply.
/// Dependency cycles (a depends on b depends on a) are fine: the iteration settles on the fixpoint.
/// Removed actors have p = p̂ = 0; present actors whose power a scenario raised above p⁰ have loss 0.
///
/// Cost: one round touches only the actors one of whose dependencies changed in the round before,
/// so a round is O(relations of those actors) and the whole cascade O(rounds · depends-on relations)
/// at worst.
package struct DependencyCascade: Sendable, Codable, Equatable {
  /// p̂ᵢ for every actor of the state, in ``ModelState/actors`` order (0 for removed actors).
  package var effectivePower: [Double]
  /// loss_b at the fixpoint for every actor (1 for removed actors).
  package var loss: [Double]
  /// The number of Jacobi rounds run.
  package var rounds: Int
  /// Whether max|Δ| fell below the tolerance within the round limit.
  package var converged: Bool

  /// The convergence tolerance of rule 1 of <doc:Rules>, 1e-12.
  package static let tolerance = 1e-12
  /// The round limit of rule 1 of <doc:Rules>, 1,000.
  package static let maximumRounds = 1_000

  /// Runs the cascade on `state`.
  package init(
    state: ModelState, tolerance: Double = DependencyCascade.tolerance,
    maximumRounds: Int = DependencyCascade.maximumRounds
  ) {
    self.init(
      present: state.actors.map(\.present), power: state.actors.map { $0.present ? $0.actor.power : 0 },
      baseline: state.actors.map(\.baselinePower), relations: state.relations, tolerance: tolerance,
      maximumRounds: maximumRounds)
  }

  /// The `depends-on` relations of a state in CSR form, by dependent (a) and by dependency (b),
  /// each in relation order: built once, they serve every removal of the ally sweep.
  struct Links: Sendable {
    var outStart: [Int]
    var dependency: [Int]
    var dependencyWeight: [Double]
    var inStart: [Int]
    var dependent: [Int]

    /// The links of the `depends-on` relations among `relations` whose `from` actor is present.
    init(actorCount count: Int, present: [Bool], relations: [IndexedRelation]) {
      var outCount = [Int](repeating: 0, count: count + 1)
      var inCount = [Int](repeating: 0, count: count + 1)
      for relation in relations where relation.kind == .dependsOn && present[relation.from] {
        outCount[relation.from + 1] += 1
        inCount[relation.to + 1] += 1
      }
      for position in 0..<count {
        outCount[position + 1] += outCount[position]
        inCount[position + 1] += inCount[position]
      }
      outStart = outCount
      inStart = inCount
      var outFill = outStart
      var inFill = inStart
      dependency = [Int](repeating: 0, count: outStart[count])
      dependencyWeight = [Double](repeating: 0, count: outStart[count])
      dependent = [Int](repeating: 0, count: inStart[count])
      for relation in relations where relation.kind == .dependsOn && present[relation.from] {
        dependency[outFill[relation.from]] = relation.to
        dependencyWeight[outFill[relation.from]] = relation.weight
        outFill[relation.from] += 1
        dependent[inFill[relation.to]] = relation.from
        inFill[relation.to] += 1
      }
    }
  }

  /// Runs the cascade on a state given by its parts: whether each actor is present, its power (0 for
  /// removed actors), its baseline power, and the state's relations (only the `depends-on` ones from
  /// present actors are read, in order).
  init(
    present: [Bool], power: [Double], baseline: [Double], relations: [IndexedRelation],
    tolerance: Double = DependencyCascade.tolerance, maximumRounds: Int = DependencyCascade.maximumRounds
  ) {
    self.init(
      present: present, power: power, baseline: baseline,
      links: Links(actorCount: present.count, present: present, relations: relations), tolerance: tolerance,
      maximumRounds: maximumRounds)
  }

  /// Runs the cascade with `links` built for a superset of the present actors: relations from
  /// actors now absent are skipped, which is what building the links with `present` would do
  /// (same relations, same order). The ally sweep builds the links of the state once and passes
  /// the presence after each removal: the `depends-on` relations a removal keeps are exactly those
  /// from present actors.
  init(
    present: [Bool], power: [Double], baseline: [Double], links: Links,
    tolerance: Double = DependencyCascade.tolerance, maximumRounds: Int = DependencyCascade.maximumRounds
  ) {
    let count = present.count
    let outStart = links.outStart
    let inStart = links.inStart
    let dependency = links.dependency
    let dependencyWeight = links.dependencyWeight
    let dependent = links.dependent

    func lossOf(_ actor: Int, _ effective: [Double]) -> Double {
      if !present[actor] { return 1 }
      let base = baseline[actor]
      if base == 0 { return 0 }
      return min(max(1 - effective[actor] / base, 0), 1)
    }

    var effective = power
    var dirty = (0..<count).filter { present[$0] && outStart[$0 + 1] > outStart[$0] }
    var mark = [Bool](repeating: false, count: count)
    var rounds = 0
    var converged = dirty.isEmpty
    var updates: [(actor: Int, value: Double)] = []
    while !dirty.isEmpty && rounds < maximumRounds {
      rounds += 1
      updates.removeAll(keepingCapacity: true)
      var largest = 0.0
      for actor in dirty {
        var share = 1.0
        for edge in outStart[actor]..<outStart[actor + 1] {
          share *= 1 - dependencyWeight[edge] * lossOf(dependency[edge], effective)
        }
        let value = power[actor] * share
        let delta = abs(value - effective[actor])
        if delta > 0 {
          updates.append((actor, value))
          largest = max(largest, delta)
        }
      }
      var next: [Int] = []
      for update in updates {
        effective[update.actor] = update.value
        for edge in inStart[update.actor]..<inStart[update.actor + 1]
        where !mark[dependent[edge]] && present[dependent[edge]] {
          mark[dependent[edge]] = true
          next.append(dependent[edge])
        }
      }
      for actor in next { mark[actor] = false }
      if largest < tolerance {
        converged = true
        break
      }
      dirty = next
    }
    if dirty.isEmpty { converged = true }

    self.effectivePower = effective
    self.loss = (0..<count).map { lossOf($0, effective) }
    self.rounds = rounds
    self.converged = converged
  }
}
