/// One commitment before and after a scenario (rule 8), with what drove the change.
public struct CommitmentChange: Sendable, Codable, Equatable {
  /// The commitment's id.
  public var commitment: String
  /// Status before the scenario.
  public var from: CommitmentStatus
  /// Status after the scenario.
  public var to: CommitmentStatus
  public var viabilityBefore: Double
  public var viabilityAfter: Double
  /// V after − V before.
  public var deltaViability: Double
  /// Actor ids, the one whose change moved V the most first (see `TransitionRisk`).
  public var drivers: [String]
  /// The effect on V of each driver's change, in the order of ``drivers``.
  package var driverEffects: [DriverEffect]
  /// The steps whose omission gives back the status before the scenario.
  public var restoringSteps: [StepReference]
}

/// How much one actor's change moved a commitment's viability: V_after − V_after(actor restored).
package struct DriverEffect: Sendable, Codable, Equatable {
  package var actor: String
  package var effect: Double
}

/// A step of a scenario, named by the scenario's id, the step's position (from 0) and its kind.
public struct StepReference: Sendable, Codable, Equatable, CustomStringConvertible {
  public var scenario: String
  public var step: Int
  public var kind: String

  /// `pan-to-morena#1 (transition)`, numbering steps from 1 as people count them.
  public var description: String { "\(scenario)#\(step + 1) (\(kind))" }
}
