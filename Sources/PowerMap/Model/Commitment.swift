/// A commitment of the action plan and the actors it needs, in PDIA's three dimensions.
public struct Commitment: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// The actor responsible; when it is removed the commitment's viability is −1.
  public var owner: String
  public var needs: CommitmentNeeds
  /// Viability at or above which the commitment counts as viable.
  public var threshold: Double

  package init(id: String, title: String, owner: String, needs: CommitmentNeeds, threshold: Double = 0.2) {
    self.id = id
    self.title = title
    self.owner = owner
    self.needs = needs
    self.threshold = threshold
  }
}

/// The actors a commitment needs: authority (required, non-empty), acceptance and ability
/// (Andrews, Pritchett & Woolcock's "triple A" of problem-driven iterative adaptation).
public struct CommitmentNeeds: Sendable, Codable, Equatable {
  public var authority: [String]
  public var acceptance: [String]
  public var ability: [String]

  package init(authority: [String], acceptance: [String] = [], ability: [String] = []) {
    self.authority = authority
    self.acceptance = acceptance
    self.ability = ability
  }

  /// The dimensions in their fixed order, with the actors listed in each.
  package var dimensions: [(dimension: CommitmentDimension, actors: [String])] {
    [(.authority, authority), (.acceptance, acceptance), (.ability, ability)]
  }

  /// Every listed actor id, in dimension order, with repetitions.
  package var allListings: [String] { authority + acceptance + ability }

  /// Appends `actor` to `dimension`'s list.
  package mutating func append(_ actor: String, to dimension: CommitmentDimension) {
    switch dimension {
    case .authority: authority.append(actor)
    case .acceptance: acceptance.append(actor)
    case .ability: ability.append(actor)
    }
  }
}

/// One of the three PDIA dimensions of a commitment.
public enum CommitmentDimension: String, Sendable, Codable, CaseIterable {
  case authority, acceptance, ability
}
