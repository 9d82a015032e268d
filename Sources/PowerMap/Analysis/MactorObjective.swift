/// The mobilisation of the actors on one MACTOR objective (see ``Mactor``).
///
/// Encodes with the keys `mactor --json` fixes — `id`, `mobilisationFor`, `mobilisationAgainst` — and more.
package struct MactorObjective: Sendable, Codable, Equatable {
  /// The objective's id (a commitment id when derived from a model).
  package var id: String
  /// Σ⁺ = Σᵢ max(3MAOᵢₒ, 0) ≥ 0.
  package var mobilisationFor: Double
  /// Σ⁻ = Σᵢ min(3MAOᵢₒ, 0) ≤ 0 (negative, as in Godet's tables).
  package var mobilisationAgainst: Double
  /// Σᵢ max(2MAOᵢₒ, 0), the unweighted support.
  package var directFor: Int
  /// Σᵢ min(2MAOᵢₒ, 0) ≤ 0, the unweighted opposition.
  package var directAgainst: Int
  /// The number of actors in favour (1MAO = +1).
  package var agreements: Int
  /// The number of actors against (1MAO = −1).
  package var disagreements: Int

  /// An objective with no mobilisation yet.
  package init(
    id: String, mobilisationFor: Double = 0, mobilisationAgainst: Double = 0, directFor: Int = 0,
    directAgainst: Int = 0, agreements: Int = 0, disagreements: Int = 0
  ) {
    self.id = id
    self.mobilisationFor = mobilisationFor
    self.mobilisationAgainst = mobilisationAgainst
    self.directFor = directFor
    self.directAgainst = directAgainst
    self.agreements = agreements
    self.disagreements = disagreements
  }
}
