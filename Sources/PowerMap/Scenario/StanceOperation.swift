/// One effect of a scenario step on the declared stances of a state, resolved to a state position.
///
/// Monte Carlo (rule 10 of <doc:Rules>) separates what a sample's steps do to declared stances —
/// which it must replay on each sample's noisy stances — from everything else they do (presence,
/// power, interest, affiliation, relations), which does not depend on stances and is computed once
/// per combination of steps. No step reads a stance except to shift it, so the stances after the
/// steps are the noisy stances with these operations applied in order:
///
/// - `set {stance: v}` → `assign(i, clamp(v))`; `shift {stance: d}` → `shift(i, d)`;
/// - `transition` → for every selected actor, `assign(i, clamp(stance))` or `shift(i, shift)`;
///   the selection is that of ``ModelState/apply(_:)-(ScenarioAction)`` (the listed actors, plus
///   the present actors of the affiliation, narrowed by `kinds`), made on the state the earlier
///   steps left;
/// - `add` → `assign(i, stance)` unclamped (the actor is stored as given), at the actor's position
///   (its old one when the id exists, the next free one otherwise);
/// - `remove`, `cut`, `link`, unknown ids and removed actors (whose values are frozen) → nothing.
///
/// where clamp is to [−1, 1] and `shift` computes `clamp(s + d)`: the same operations as
/// `ModelState+Applying.swift`, so the stances are bit-identical.
enum StanceOperation: Sendable, Equatable {
  /// sᵢ = value.
  case assign(position: Int, value: Double)
  /// sᵢ = clamp(sᵢ + amount, −1, 1).
  case shift(position: Int, amount: Double)

  /// The stance operations of `action` when applied to `state` (the state before the step).
  static func operations(of action: ScenarioAction, on state: ModelState) -> [StanceOperation] {
    switch action {
    case .remove, .cut, .link:
      return []
    case .set(let update):
      guard let position = state.index(of: update.actor), state.actors[position].present, let stance = update.stance
      else { return [] }
      return [.assign(position: position, value: clampStance(stance))]
    case .shift(let shift):
      guard let position = state.index(of: shift.actor), state.actors[position].present, let amount = shift.stance
      else { return [] }
      return [.shift(position: position, amount: amount)]
    case .transition(let transition):
      let selected = selection(of: transition, in: state)
      if let stance = transition.stance {
        return selected.map { .assign(position: $0, value: clampStance(stance)) }
      } else if let amount = transition.shift {
        return selected.map { .shift(position: $0, amount: amount) }
      }
      return []
    case .add(let actor):
      return [.assign(position: state.index(of: actor.id) ?? state.actors.count, value: actor.stance)]
    }
  }

  /// The positions a transition selects in `state`, increasing: the listed actors that are present
  /// plus, with an affiliation, every present actor of that affiliation whose kind is among `kinds`
  /// (when given).
  static func selection(of transition: Transition, in state: ModelState) -> [Int] {
    var selected = [Bool](repeating: false, count: state.actors.count)
    for id in transition.actors {
      if let position = state.index(of: id), state.actors[position].present { selected[position] = true }
    }
    if let affiliation = transition.affiliation {
      let kinds = transition.kinds.map(Set.init)
      for (position, actor) in state.actors.enumerated() where actor.present && actor.actor.affiliation == affiliation {
        if let kinds, !kinds.contains(actor.actor.kind) { continue }
        selected[position] = true
      }
    }
    return selected.indices.filter { selected[$0] }
  }

  /// Applies the operation to `stances`.
  func apply(to stances: inout [Double]) {
    switch self {
    case .assign(let position, let value): stances[position] = value
    case .shift(let position, let amount): stances[position] = clampStance(stances[position] + amount)
    }
  }
}

private func clampStance(_ value: Double) -> Double { min(max(value, -1), 1) }
