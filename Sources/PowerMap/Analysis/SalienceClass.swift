/// Mitchell, Agle & Wood's stakeholder salience classes (rule 6 of <doc:Rules>).
///
/// An attribute is present when its value is ≥ 0.5: power is the effective power p̂ (rule 1),
/// legitimacy and urgency are the actor's declared values, a missing one counting as 0.
///
///     power, legitimacy, urgency → definitive
///     power, legitimacy          → dominant
///     power, urgency             → dangerous
///     legitimacy, urgency        → dependent
///     power                      → dormant
///     legitimacy                 → discretionary
///     urgency                    → demanding
///     none of them               → none
package enum SalienceClass: String, Sendable, Codable, CaseIterable {
  case dormant, discretionary, demanding, dominant, dangerous, dependent, definitive, none

  /// The value at or above which an attribute is present.
  package static let cut = 0.5

  /// The class of an actor with effective power `power` and the given legitimacy and urgency
  /// (nil counts as 0).
  package init(power: Double, legitimacy: Double?, urgency: Double?) {
    let hasPower = power >= Self.cut
    let isLegitimate = (legitimacy ?? 0) >= Self.cut
    let isUrgent = (urgency ?? 0) >= Self.cut
    switch (hasPower, isLegitimate, isUrgent) {
    case (true, true, true): self = .definitive
    case (true, true, false): self = .dominant
    case (true, false, true): self = .dangerous
    case (false, true, true): self = .dependent
    case (true, false, false): self = .dormant
    case (false, true, false): self = .discretionary
    case (false, false, true): self = .demanding
    case (false, false, false): self = .none
    }
  }

  /// Latent (one attribute), expectant (two) or definitive (three); 0 for `none`.
  package var attributeCount: Int {
    switch self {
    case .none: 0
    case .dormant, .discretionary, .demanding: 1
    case .dominant, .dangerous, .dependent: 2
    case .definitive: 3
    }
  }
}
