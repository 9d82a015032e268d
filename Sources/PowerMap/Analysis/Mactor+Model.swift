extension Mactor {
  /// MACTOR derived from a model state (rule 7 of <doc:Rules>): the present actors in state order,
  /// the commitments as objectives.
  ///
  ///     MIDᵢⱼ  = round(4·w) of the strongest positive influence relation i → j (authority, oversight,
  ///              funding, influence; alliance counts both ways; conflict and non-influence kinds
  ///              are left out), 0 without one
  ///     2MAOᵢₒ = round(4 · s*⁽ᵒ⁾ᵢ · qᵢ) when i is listed in any dimension of commitment o's needs, else 0
  ///
  /// Rounding is half away from zero (`Double.rounded()`), so w = 0.125 gives 1 and s*q = −0.625 gives −3.
  ///
  /// - Parameters:
  ///   - model: the model.
  ///   - state: a state of `model` (after zero or more scenario steps).
  ///   - effectiveStance: s* and s*⁽ᶜ⁾ of `state` (rule 2); 2MAO reads the position on each objective.
  /// - Throws: ``MactorError/tooManyActors(count:limit:)`` above ``maximumActors`` present actors.
  package init(model: Model, state: ModelState, effectiveStance: EffectiveStance) throws {
    let present = state.actors.indices.filter { state.actors[$0].present }
    guard present.count <= Self.maximumActors else {
      throw MactorError.tooManyActors(count: present.count, limit: Self.maximumActors)
    }
    var compact = [Int](repeating: -1, count: state.actors.count)
    for (position, actor) in present.enumerated() { compact[actor] = position }
    let n = present.count
    var mid = Array(repeating: [Int](repeating: 0, count: n), count: n)
    for relation in state.relations where relation.kind.isInfluence && relation.kind != .conflict {
      let from = compact[relation.from]
      let to = compact[relation.to]
      guard from >= 0, to >= 0, from != to else { continue }
      let strength = Int((4 * relation.weight).rounded())
      mid[from][to] = max(mid[from][to], min(max(strength, 0), 4))
      if relation.kind == .alliance { mid[to][from] = max(mid[to][from], min(max(strength, 0), 4)) }
    }
    var mao = Array(repeating: [Int](repeating: 0, count: model.commitments.count), count: n)
    for (objective, commitment) in model.commitments.enumerated() {
      let stance = effectiveStance.positions.stance(onCommitment: objective, general: effectiveStance.stance)
      for position in state.uniquePositions(of: commitment.needs.allListings) {
        let row = compact[position]
        guard row >= 0 else { continue }
        let actor = state.actors[position]
        let value = Int((4 * stance[position] * actor.interest).rounded())
        mao[row][objective] = min(max(value, -4), 4)
      }
    }
    try self.init(
      actors: present.map { state.actors[$0].id }, mid: mid, objectives: model.commitments.map(\.id), mao: mao)
  }
}
