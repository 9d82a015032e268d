/// What would it take (rule 11 of <doc:Rules>): per target commitment, the smallest engagements
/// and the recruitments that make it viable (or, with `robust`, viable after the loss of any one
/// ally). The JSON of `powermap advise --json`.
package struct AdviceResult: Sendable, Codable, Equatable {
  /// The scenarios the advice starts from (nil: the model as it is).
  package var scenario: ReportScenario?
  /// Whether "viable" means viable after the loss of any one present actor other than the owner.
  package var robust: Bool
  /// One entry per target commitment, in model order.
  package var commitments: [CommitmentAdvice]

  private enum CodingKeys: String, CodingKey { case scenario, robust, commitments }

  /// Every key, `scenario` as `null` for the model as it is.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([.scenario: scenario, .robust: robust, .commitments: commitments])
  }
}

/// The advice for one commitment.
package struct CommitmentAdvice: Sendable, Codable, Equatable {
  package var id: String
  /// Its status and V in the state advised on.
  package var status: CommitmentStatus
  package var viability: Double
  /// Sorted by δ, then scope (commitment first), then actor id.
  package var engagements: [Engagement]
  /// Sorted by V reached (highest first), then actor id, then dimension.
  package var recruitments: [Recruitment]
  /// Why neither list has a row, when neither has one.
  package var reason: String?

  private enum CodingKeys: String, CodingKey { case id, status, viability, engagements, recruitments, reason }

  /// Every key, `reason` as `null` when there are rows.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .id: id, .status: status, .viability: viability, .engagements: engagements, .recruitments: recruitments,
      .reason: reason,
    ])
  }
}

/// The smallest stance shift of one actor, on the grid 0.01 … 2.00, that achieves the aim.
package struct Engagement: Sendable, Codable, Equatable {
  /// Where the shift applies: the actor's position on the commitment, or its general stance (and
  /// every position).
  package enum Scope: String, Sendable, Codable, Comparable {
    case commitment, general

    package static func < (lhs: Scope, rhs: Scope) -> Bool { lhs == .commitment && rhs == .general }
  }

  package var actor: String
  package var scope: Scope
  package var delta: Double
  /// V of the commitment after the shift (without removals).
  package var viability: Double
  /// Other commitments whose status the shift changes (general scope only).
  package var sideEffects: [SideEffect]
}

/// Another commitment's status before and after an engagement.
package struct SideEffect: Sendable, Codable, Equatable {
  package var commitment: String
  package var from: CommitmentStatus
  package var to: CommitmentStatus
}

/// An actor appended to one dimension of the commitment's needs.
package struct Recruitment: Sendable, Codable, Equatable {
  package var actor: String
  package var dimension: CommitmentDimension
  /// V of the commitment with the actor listed.
  package var viability: Double
}
