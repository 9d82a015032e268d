/// One effect of a scenario step on the declared stances and positions of a state, resolved to a
/// state position: the one implementation of what steps do to stances (rule 2's s⁰ and s⁰⁽ᶜ⁾).
///
/// ``ModelState`` applies these to its actors, and Monte Carlo (rule 10 of <doc:Rules>) replays
/// them on each sample's noisy stances (``StanceSheet``), separating them from everything else
/// steps do (presence, power, interest, affiliation, relations), which does not depend on stances
/// and is computed once per combination of steps. No step reads a stance except to shift it, so
/// the stances after the steps are the noisy stances with these operations applied in order:
///
/// - `set {stance: v}` → `assign(i, clamp(v))` (the general stance; positions stay);
/// - `shift {stance: d}` → `shift(i, d)`: the general stance and every declared position move by d;
/// - `set {commitment: c, stance: v}` → `assignPosition(i, c, clamp(v))`;
/// - `shift {commitment: c, stance: d}` → `shiftPosition(i, c, d)`, from the general stance when
///   no position on c is declared;
/// - `transition` → for every selected actor, `occupy(i, clamp(stance))` (a new occupant: its
///   declared positions are dropped) or `shift(i, shift)`; the selection is that of
///   ``ModelState/apply(_:)-(ScenarioAction)`` (the listed actors, plus the present actors of the
///   affiliation, narrowed by `kinds`), made on the state the earlier steps left;
/// - `add` → `introduce(i, actor)`: its stance and positions as given, at the actor's position
///   (its old one when the id exists, the next free one otherwise);
/// - `remove`, `cut`, `link`, unknown ids and removed actors (whose values are frozen) → nothing.
///
/// where clamp is to [−1, 1] and a shift computes `clamp(s + d)`.
enum StanceOperation: Sendable, Equatable {
  /// sᵢ = value; positions unchanged.
  case assign(position: Int, value: Double)
  /// sᵢ = clamp(sᵢ + amount); every declared position likewise.
  case shift(position: Int, amount: Double)
  /// sᵢ = value; every declared position dropped.
  case occupy(position: Int, value: Double)
  /// The position on `commitment` = value.
  case assignPosition(position: Int, commitment: String, value: Double)
  /// The position on `commitment` = clamp(position (or sᵢ when none) + amount).
  case shiftPosition(position: Int, commitment: String, amount: Double)
  /// sᵢ and the positions of a newly added actor, as given.
  case introduce(position: Int, stance: Double, positions: [String: Double])

  /// The stance operations of `action` when applied to `state` (the state before the step).
  static func operations(of action: ScenarioAction, on state: ModelState) -> [StanceOperation] {
    switch action {
    case .remove, .cut, .link:
      return []
    case .set(let update):
      guard let position = state.presentIndex(of: update.actor), let stance = update.stance else { return [] }
      if let commitment = update.commitment {
        return [.assignPosition(position: position, commitment: commitment, value: clampStance(stance))]
      }
      return [.assign(position: position, value: clampStance(stance))]
    case .shift(let shift):
      guard let position = state.presentIndex(of: shift.actor), let amount = shift.stance else { return [] }
      if let commitment = shift.commitment {
        return [.shiftPosition(position: position, commitment: commitment, amount: amount)]
      }
      return [.shift(position: position, amount: amount)]
    case .transition(let transition):
      let selected = selection(of: transition, in: state)
      if let stance = transition.stance {
        return selected.map { .occupy(position: $0, value: clampStance(stance)) }
      } else if let amount = transition.shift {
        return selected.map { .shift(position: $0, amount: amount) }
      }
      return []
    case .add(let actor):
      return [
        .introduce(
          position: state.index(of: actor.id) ?? state.actors.count, stance: actor.stance, positions: actor.positions)
      ]
    }
  }

  /// The actors a transition selects in `state`, increasing.
  static func selection(of transition: Transition, in state: ModelState) -> [Int] {
    var selected = [Bool](repeating: false, count: state.actors.count)
    for id in transition.actors {
      if let position = state.presentIndex(of: id) { selected[position] = true }
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

  /// Applies the operation to `sheet`.
  func apply<Sheet: StanceSheet>(to sheet: inout Sheet) {
    switch self {
    case .assign(let position, let value):
      sheet.setStance(value, of: position)
    case .shift(let position, let amount):
      sheet.setStance(clampStance(sheet.stance(of: position) + amount), of: position)
      sheet.moveDeclaredPositions(of: position) { clampStance($0 + amount) }
    case .occupy(let position, let value):
      sheet.setStance(value, of: position)
      sheet.dropPositions(of: position)
    case .assignPosition(let position, let commitment, let value):
      sheet.setPosition(value, of: position, on: commitment)
    case .shiftPosition(let position, let commitment, let amount):
      let start = sheet.declaredPosition(of: position, on: commitment) ?? sheet.stance(of: position)
      sheet.setPosition(clampStance(start + amount), of: position, on: commitment)
    case .introduce(let position, let stance, let positions):
      sheet.setStance(stance, of: position)
      sheet.dropPositions(of: position)
      for (commitment, value) in positions { sheet.setPosition(value, of: position, on: commitment) }
    }
  }
}

/// Where stance operations write: the actors' general stances and declared positions, by state
/// position. ``ModelState`` is one; Monte Carlo's ``IssueSheet`` another.
protocol StanceSheet {
  func stance(of actor: Int) -> Double
  mutating func setStance(_ value: Double, of actor: Int)
  func declaredPosition(of actor: Int, on commitment: String) -> Double?
  mutating func setPosition(_ value: Double, of actor: Int, on commitment: String)
  mutating func moveDeclaredPositions(of actor: Int, _ move: (Double) -> Double)
  mutating func dropPositions(of actor: Int)
}

private func clampStance(_ value: Double) -> Double { min(max(value, -1), 1) }
