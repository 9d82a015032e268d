/// Deterministic application of scenario steps (the scenario steps of <doc:ModelFormat>).
///
/// Steps are applied in order, each to the state the previous one left. Every step kind:
///
/// - `remove: ID` — the actor withdraws: `present = false`, power 0, and every relation from or to
///   it is dropped except the `depends-on` relations of *others on it*, which stay so that rule 1
///   carries its loss to them (its own `depends-on` relations go).
/// - `set` — the given attributes are set (then clamped to their ranges: power and interest to
///   [0, 1], stance to [−1, 1]); declared positions stay. With `commitment`, only the position on
///   that commitment is set.
/// - `shift` — the given amounts are added, then clamped the same way; a stance shift moves every
///   declared position by the same amount. With `commitment`, only that position moves, starting
///   from the general stance when none is declared.
/// - `transition` — selects the listed actors plus, when `affiliation` is given, every *present*
///   actor whose affiliation equals it and, when `kinds` is given, whose kind is among `kinds`
///   (`kinds` narrows only the affiliation clause; listed actors are always selected, and without
///   `affiliation` only the listed actors are). Each selected actor gets affiliation `to`, stance
///   `stance` (a new occupant: its declared positions are dropped) or its stance and positions
///   shifted by `shift` (clamped), and power `power` when given. When both `stance` and `shift`
///   are given (the loader rejects this), `stance` wins.
/// - `cut: {from, to, kind?}` — drops the relations from → to of that kind, or of every kind.
///   Alliance and conflict act in both directions, so a cut also drops an alliance or conflict
///   written to → from.
/// - `link` — appends the relation (parallel relations may exist; each analysis says how it
///   merges them). A link with a removed end is not added.
/// - `add` — appends a present actor whose baselines are the values it is added with. Adding an id
///   the state already has (the loader rejects this) brings that actor back: its attributes are
///   replaced and it is present again, with its original baselines.
///
/// What steps do to stances and positions is ``StanceOperation``'s (shared with Monte Carlo).
///
/// A removed actor is frozen: it keeps power 0 and the other values it had when it was removed.
/// `set`, `shift` and `transition` leave it unchanged (a transition's `actors` may list it; it is
/// skipped), and it stays absent. The loader warns about such steps within a scenario.
///
/// Steps naming an actor the state does not know are a programmer error (the loader validates
/// scenarios against the model with located errors); they are skipped without effect — a `link`
/// with an unknown end is not added, unknown ids in a transition's list are ignored — so no input
/// can crash the application.
extension ModelState {
  /// The state after `step`; its probability is ignored (deterministic runs apply every step).
  package func applying(_ step: ScenarioStep) -> ModelState {
    var state = self
    state.apply(step.action)
    return state
  }

  /// The state after every step of `scenario`, in order.
  package func applying(_ scenario: Scenario) -> ModelState {
    var state = self
    for step in scenario.steps { state.apply(step.action) }
    return state
  }

  /// Applies `step` in place; its probability is ignored.
  package mutating func apply(_ step: ScenarioStep) {
    apply(step.action)
  }

  /// Applies `action` in place.
  package mutating func apply(_ action: ScenarioAction) {
    if case .add(let actor) = action {
      add(actor)
      return
    }
    // What the step does to stances and positions (one implementation, shared with Monte Carlo),
    // resolved on the state before the step.
    let stanceOperations = StanceOperation.operations(of: action, on: self)
    applyWithoutStances(action)
    for operation in stanceOperations { operation.apply(to: &self) }
  }

  /// Everything `action` does except to stances and positions.
  private mutating func applyWithoutStances(_ action: ScenarioAction) {
    switch action {
    case .remove(let id): remove(id)
    case .set(let update): set(update)
    case .shift(let shift): self.shift(shift)
    case .transition(let transition): self.transition(transition)
    case .cut(let from, let to, let kind): cut(from: from, to: to, kind: kind)
    case .link(let relation): link(relation)
    case .add(let actor): add(actor)
    }
  }

  private mutating func remove(_ id: String) {
    guard let position = index[id] else { return }
    actors[position].present = false
    actors[position].actor.power = 0
    relations.removeAll { relation in
      guard relation.from == position || relation.to == position else { return false }
      let othersDependence = relation.kind == .dependsOn && relation.to == position && relation.from != position
      return !othersDependence
    }
  }

  private mutating func set(_ update: ActorUpdate) {
    guard let position = index[update.actor], actors[position].present else { return }
    if let power = update.power {
      actors[position].actor.power = clampUnit(power)
    }
    if let interest = update.interest { actors[position].actor.interest = clampUnit(interest) }
    if let affiliation = update.affiliation { actors[position].actor.affiliation = affiliation }
  }

  private mutating func shift(_ shift: ActorShift) {
    guard let position = index[shift.actor], actors[position].present else { return }
    if let power = shift.power {
      actors[position].actor.power = clampUnit(actors[position].actor.power + power)
    }
    if let interest = shift.interest {
      actors[position].actor.interest = clampUnit(actors[position].actor.interest + interest)
    }
  }

  private mutating func transition(_ transition: Transition) {
    for position in StanceOperation.selection(of: transition, in: self) {
      actors[position].actor.affiliation = transition.to
      if let power = transition.power {
        actors[position].actor.power = clampUnit(power)
      }
    }
  }

  private mutating func cut(from: String, to: String, kind: RelationKind?) {
    guard let source = index[from], let target = index[to] else { return }
    relations.removeAll { relation in
      if let kind, relation.kind != kind { return false }
      if relation.from == source && relation.to == target { return true }
      return relation.kind.isSymmetric && relation.from == target && relation.to == source
    }
  }

  private mutating func link(_ relation: Relation) {
    guard let source = index[relation.from], let target = index[relation.to], actors[source].present,
      actors[target].present
    else { return }
    relations.append(IndexedRelation(from: source, to: target, kind: relation.kind, weight: relation.weight))
  }

  private mutating func add(_ actor: Actor) {
    if let position = index[actor.id] {
      actors[position].actor = actor
      actors[position].present = true
    } else {
      append(actor)
    }
  }
}

private func clampUnit(_ value: Double) -> Double { min(max(value, 0), 1) }
