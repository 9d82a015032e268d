/// A named sequence of changes to a model, applied in order: a change of government, the loss
/// of an ally, a new alliance.
public struct Scenario: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var description: String?
  public var steps: [ScenarioStep]

  public init(id: String, title: String? = nil, description: String? = nil, steps: [ScenarioStep]) {
    self.id = id
    self.title = title ?? id
    self.description = description
    self.steps = steps
  }
}

/// One step of a scenario and the probability that it happens in a Monte Carlo sample.
public struct ScenarioStep: Sendable, Equatable {
  public var action: ScenarioAction
  /// In [0, 1]; 1 when the file gives none. Deterministic runs apply every step.
  public var probability: Double

  public init(_ action: ScenarioAction, probability: Double = 1) {
    self.action = action
    self.probability = probability
  }
}

/// What a scenario step does; the cases are the step kinds of <doc:ModelFormat>.
///
/// A removed actor is frozen: `set`, `shift` and `transition` leave it unchanged, and a `link`
/// with a removed end is not added (see `ModelState.apply(_:)`).
public enum ScenarioAction: Sendable, Equatable {
  /// The actor withdraws: power 0, its relations gone except others' `depends-on` on it.
  case remove(actor: String)
  /// Sets the given attributes of one actor.
  case set(ActorUpdate)
  /// Adds to the given attributes of one actor, then clamps them to their ranges.
  case shift(ActorShift)
  /// A change of government or of allegiance over a selection of actors.
  case transition(Transition)
  /// Removes the relations from → to (of one kind, or all kinds).
  case cut(from: String, to: String, kind: RelationKind?)
  /// Adds a relation.
  case link(Relation)
  /// Adds an actor.
  case add(Actor)

  /// The step kind as written in files: `remove`, `set`, `shift`, `transition`, `cut`, `link`, `add`.
  package var kindName: String {
    switch self {
    case .remove: "remove"
    case .set: "set"
    case .shift: "shift"
    case .transition: "transition"
    case .cut: "cut"
    case .link: "link"
    case .add: "add"
    }
  }
}

/// The attributes a `set` step gives an actor; nil leaves an attribute as it is. With
/// `commitment`, the step sets the actor's position on that commitment to `stance` and nothing
/// else (the other attributes are nil).
public struct ActorUpdate: Sendable, Codable, Equatable {
  public var actor: String
  public var power: Double?
  public var interest: Double?
  public var stance: Double?
  public var affiliation: String?
  /// The commitment whose position `stance` sets; nil sets the general stance.
  public var commitment: String?

  public init(
    actor: String, power: Double? = nil, interest: Double? = nil, stance: Double? = nil,
    affiliation: String? = nil, commitment: String? = nil
  ) {
    self.actor = actor
    self.power = power
    self.interest = interest
    self.stance = stance
    self.affiliation = affiliation
    self.commitment = commitment
  }
}

/// The amounts a `shift` step adds to an actor's attributes (then clamped). A stance shift moves
/// the general stance and every declared position by the same amount; with `commitment`, it moves
/// that one position only, starting from the general stance when none is declared.
public struct ActorShift: Sendable, Codable, Equatable {
  public var actor: String
  public var stance: Double?
  public var power: Double?
  public var interest: Double?
  /// The commitment whose position `stance` moves; nil moves the general stance and all positions.
  public var commitment: String?

  public init(
    actor: String, stance: Double? = nil, power: Double? = nil, interest: Double? = nil, commitment: String? = nil
  ) {
    self.actor = actor
    self.stance = stance
    self.power = power
    self.interest = interest
    self.commitment = commitment
  }
}

/// A `transition` step: selects the listed actors plus every present actor whose affiliation is
/// `affiliation` (and, when `kinds` is given, whose kind is among them), then sets their
/// affiliation to `to` and their stance to `stance` or shifts it by `shift`; `power` sets power.
public struct Transition: Sendable, Codable, Equatable {
  public var actors: [String]
  public var affiliation: String?
  public var kinds: [ActorKind]?
  public var to: String
  public var stance: Double?
  public var shift: Double?
  public var power: Double?

  public init(
    actors: [String] = [], affiliation: String? = nil, kinds: [ActorKind]? = nil, to: String,
    stance: Double? = nil, shift: Double? = nil, power: Double? = nil
  ) {
    self.actors = actors
    self.affiliation = affiliation
    self.kinds = kinds
    self.to = to
    self.stance = stance
    self.shift = shift
    self.power = power
  }
}
