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

/// The advice for one commitment (rule 11 of <doc:Rules>): the engagements and recruitments that
/// make it viable (with `robust`, viable after the loss of any one ally), or why there are none.
public struct CommitmentAdvice: Sendable, Codable, Equatable {
  /// The commitment's id.
  public var id: String
  /// Its status in the state advised on.
  public var status: CommitmentStatus
  /// Its viability V in the state advised on.
  public var viability: Double
  /// Sorted by δ, then scope (commitment first), then actor id.
  public var engagements: [Engagement]
  /// Sorted by V reached (highest first), then actor id, then dimension.
  public var recruitments: [Recruitment]
  /// Why neither list has a row, when neither has one (for example "already viable", or that its
  /// owner is removed).
  public var reason: String?

  private enum CodingKeys: String, CodingKey { case id, status, viability, engagements, recruitments, reason }

  /// Every key, `reason` as `null` when there are rows.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .id: id, .status: status, .viability: viability, .engagements: engagements, .recruitments: recruitments,
      .reason: reason,
    ])
  }
}

/// The smallest stance shift of one actor, on the grid 0.01 … 2.00, that achieves the aim.
public struct Engagement: Sendable, Codable, Equatable {
  /// Where the shift applies: the actor's position on the commitment, or its general stance (and
  /// every position).
  public enum Scope: String, Sendable, Codable, Comparable {
    case commitment, general

    /// `commitment` before `general`: the narrower engagement first.
    public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs == .commitment && rhs == .general }
  }

  /// The id of the actor engaged.
  public var actor: String
  /// Where the shift applies.
  public var scope: Scope
  /// The shift added to the actor's position or stance (0.01 … 2.00).
  public var delta: Double
  /// V of the commitment after the shift (without removals).
  public var viability: Double
  /// Other commitments whose status the shift changes (general scope only).
  public var sideEffects: [SideEffect]
}

/// Another commitment's status before and after an engagement.
public struct SideEffect: Sendable, Codable, Equatable {
  /// The other commitment's id.
  public var commitment: String
  /// Its status before the engagement.
  public var from: CommitmentStatus
  /// Its status after the engagement.
  public var to: CommitmentStatus
}

/// An actor appended to one dimension of the commitment's needs.
public struct Recruitment: Sendable, Codable, Equatable {
  /// The id of the actor recruited.
  public var actor: String
  /// The dimension of the needs it is appended to.
  public var dimension: CommitmentDimension
  /// V of the commitment with the actor listed.
  public var viability: Double
}
