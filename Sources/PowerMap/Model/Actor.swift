/// A stakeholder: an institution, group or person whose power and stance matter to the reform.
public struct Actor: Sendable, Codable, Equatable, Identifiable {
  /// Unique id, `[a-z0-9][a-z0-9._-]*`.
  public var id: String
  public var name: String
  /// The label on maps; the name when the file gives none.
  public var short: String
  public var kind: ActorKind
  public var level: ActorLevel
  /// Resources and formal capacity, 0…1.
  public var power: Double
  /// How much the agenda matters to the actor, 0…1.
  public var interest: Double
  /// −1 (opposes) … +1 (supports).
  public var stance: Double
  /// Weight on its own stance in Friedkin–Johnsen, (0, 1].
  public var stubbornness: Double
  /// Standard deviation of its stance in Monte Carlo, ≥ 0.
  public var uncertainty: Double
  /// Salience attribute, 0…1; absent counts as 0.
  public var legitimacy: Double?
  /// Salience attribute, 0…1; absent counts as 0.
  public var urgency: Double?
  /// Party or bloc, e.g. `PAN`, `MORENA`.
  public var affiliation: String?
  public var tags: [String]
  /// Its stance on particular commitments (commitment id → −1…+1), where it differs from its
  /// general ``stance`` (MACTOR's positions on objectives); a commitment it declares none on takes
  /// the general stance. Each commitment is an issue of its own (rule 2 of <doc:Rules>).
  public var positions: [String: Double]

  package init(
    id: String, name: String, short: String? = nil, kind: ActorKind, level: ActorLevel,
    power: Double, interest: Double, stance: Double, stubbornness: Double = 0.5,
    uncertainty: Double = 0.15, legitimacy: Double? = nil, urgency: Double? = nil,
    affiliation: String? = nil, tags: [String] = [], positions: [String: Double] = [:]
  ) {
    self.id = id
    self.name = name
    self.short = short ?? name
    self.kind = kind
    self.level = level
    self.power = power
    self.interest = interest
    self.stance = stance
    self.stubbornness = stubbornness
    self.uncertainty = uncertainty
    self.legitimacy = legitimacy
    self.urgency = urgency
    self.affiliation = affiliation
    self.tags = tags
    self.positions = positions
  }

  /// Its declared position on commitment `commitment`, else its general stance.
  package func position(on commitment: String) -> Double {
    positions[commitment] ?? stance
  }
}

/// What sort of body an actor is; drives the node shape on maps and `transition` selectors.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
  case executive, agency, legislature, judiciary, autonomous, municipal, party
  case civilSociety = "civil-society"
  case academia, `private`, media, international, citizens, other
}

/// The tier of government or society an actor belongs to; maps cluster by it.
public enum ActorLevel: String, Sendable, Codable, CaseIterable {
  case international, federal, state, municipal, community
}
