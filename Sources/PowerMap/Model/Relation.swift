/// A typed, weighted relation between two actors.
public struct Relation: Sendable, Codable, Equatable {
  public var from: String
  public var to: String
  public var kind: RelationKind
  /// Strength in (0, 1]; 0.5 when the file gives none.
  public var weight: Double

  package init(from: String, to: String, kind: RelationKind, weight: Double = 0.5) {
    self.from = from
    self.to = to
    self.kind = kind
    self.weight = weight
  }
}

/// The kinds of relation. Influence kinds enter the influence network, `depends-on` carries
/// losses (rule 1 of <doc:Rules>), `information` is drawn only.
public enum RelationKind: String, Sendable, Codable, CaseIterable {
  case authority, oversight, funding, influence, alliance, conflict
  case dependsOn = "depends-on"
  case information

  /// Whether the relation enters the influence network (rule 2 and rule 5).
  package var isInfluence: Bool {
    switch self {
    case .authority, .oversight, .funding, .influence, .alliance, .conflict: true
    case .dependsOn, .information: false
    }
  }

  /// Alliance and conflict act in both directions.
  package var isSymmetric: Bool { self == .alliance || self == .conflict }

  /// −1 for conflict, +1 for every other influence kind (σ in rule 2).
  package var sign: Double { self == .conflict ? -1 : 1 }
}
