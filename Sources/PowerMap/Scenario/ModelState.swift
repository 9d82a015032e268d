/// The state of a model's actors and relations after zero or more scenario steps.
///
/// Data flows one way: `Model` → scenario applied → state → analyses. A state holds
/// one ``ActorState`` per actor — the model's actors first, in model order, then the actors that
/// `add` steps introduced, in the order they were added — so the index of a model actor in
/// ``actors`` is its index in `Model.actors`. Removed actors stay in the list with
/// `present == false`; nothing is ever deleted from it.
///
/// Relations are kept with actor indices (``IndexedRelation``), so analyses never look ids up
/// again; ``relationList`` gives them back with ids.
///
/// Baselines (p⁰, q⁰ of rules 1 and 3 of <doc:Rules>) come from the model: ``ActorState/baselinePower``
/// and ``ActorState/baselineInterest`` are set once, by ``init(model:)`` or by the `add` step, and
/// no later step changes them. For an added actor the baseline is the value it was added with.
package struct ModelState: Sendable, Equatable {
  /// Every actor the state knows: the model's actors, then added actors.
  package internal(set) var actors: [ActorState]
  /// The relations in force, in model order, then linked relations in the order of the `link` steps.
  package internal(set) var relations: [IndexedRelation]
  /// The number of actors that come from the model (indices `0..<modelActorCount`).
  package let modelActorCount: Int
  var index: [String: Int]

  /// The state of a model before any scenario: every actor present with its declared values.
  ///
  /// Relations whose endpoints are not actors of the model are dropped (a validated model has none).
  package init(model: Model) {
    actors = model.actors.map { ActorState(actor: $0) }
    modelActorCount = model.actors.count
    index = model.actorIndex()
    relations = []
    relations.reserveCapacity(model.relations.count)
    for relation in model.relations {
      guard let from = index[relation.from], let to = index[relation.to] else { continue }
      relations.append(IndexedRelation(from: from, to: to, kind: relation.kind, weight: relation.weight))
    }
  }

  /// A state with the given actors and relations (for decoding and tests); ids must be unique.
  package init(actors: [ActorState], relations: [IndexedRelation], modelActorCount: Int) {
    self.actors = actors
    self.relations = relations
    self.modelActorCount = modelActorCount
    var index = [String: Int](minimumCapacity: actors.count)
    for (position, state) in actors.enumerated() { index[state.actor.id] = position }
    self.index = index
  }

  /// The position of the actor with this id in ``actors``, or nil when the state has no such actor.
  package func index(of id: String) -> Int? { index[id] }

  /// The actor with this id, or nil when the state has no such actor.
  package func actor(_ id: String) -> ActorState? {
    index[id].map { actors[$0] }
  }

  /// The id of every actor, in ``actors`` order.
  package var actorIDs: [String] { actors.map(\.actor.id) }

  /// Whether each actor is present, in ``actors`` order.
  package var presence: [Bool] { actors.map(\.present) }

  /// The relations in force with actor ids instead of indices.
  package var relationList: [Relation] {
    relations.map { relation(from: $0) }
  }

  /// The relation `indexed` with its endpoints written as ids.
  package func relation(from indexed: IndexedRelation) -> Relation {
    Relation(
      from: actors[indexed.from].actor.id, to: actors[indexed.to].actor.id, kind: indexed.kind,
      weight: indexed.weight)
  }

  /// Registers a new actor at the end of ``actors``; used by the `add` step.
  mutating func append(_ actor: Actor) {
    index[actor.id] = actors.count
    actors.append(ActorState(actor: actor))
  }
}

/// One actor of a ``ModelState``: its current attributes, whether it is present, and its baselines.
package struct ActorState: Sendable, Codable, Equatable {
  /// The actor's current attributes (power pᵢ, interest qᵢ, stance sᵢ, affiliation, kind, …).
  ///
  /// A removed actor keeps power 0: later steps may change its other attributes but not its power.
  package var actor: Actor
  /// False once a `remove` step has withdrawn the actor.
  package var present: Bool
  /// p⁰ᵢ: the power declared in the model (or given by the `add` step).
  package let baselinePower: Double
  /// q⁰ᵢ: the interest declared in the model (or given by the `add` step).
  package let baselineInterest: Double

  /// A present actor whose baselines are its current values.
  package init(actor: Actor) {
    self.actor = actor
    self.present = true
    self.baselinePower = actor.power
    self.baselineInterest = actor.interest
  }

  /// An actor state with every field given.
  package init(actor: Actor, present: Bool, baselinePower: Double, baselineInterest: Double) {
    self.actor = actor
    self.present = present
    self.baselinePower = baselinePower
    self.baselineInterest = baselineInterest
  }

  /// The actor's id.
  package var id: String { actor.id }
  /// pᵢ, the current power (0 for a removed actor).
  package var power: Double { actor.power }
  /// qᵢ, the current interest.
  package var interest: Double { actor.interest }
  /// sᵢ, the current declared stance.
  package var stance: Double { actor.stance }
}

/// A relation of a ``ModelState`` with its endpoints as indices into ``ModelState/actors``.
package struct IndexedRelation: Sendable, Codable, Equatable, Hashable {
  /// The index of the `from` actor.
  package var from: Int
  /// The index of the `to` actor.
  package var to: Int
  /// The relation's kind.
  package var kind: RelationKind
  /// Its weight, in (0, 1].
  package var weight: Double
}
