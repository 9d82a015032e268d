/// The MACTOR figures of one actor (see ``Mactor`` for the formulas).
///
/// Encodes with the keys `mactor --json` fixes — `id`, `influence`, `dependence`, `ri` — and more.
package struct MactorActor: Sendable, Codable, Equatable {
  /// The actor's id.
  package var id: String
  /// Iᵢ = Σ_{j≠i} MIDIᵢⱼ, influence without the diagonal.
  package var influence: Int
  /// Dᵢ = Σ_{j≠i} MIDIⱼᵢ, dependence without the diagonal.
  package var dependence: Int
  /// r*ᵢ = n · rᵢ / Σr, the normalised balance of power (mean 1).
  package var ri: Double
  /// rᵢ = (Iᵢ / ΣMₖ) · (Mᵢ / (Mᵢ + D⁽ᶠ⁾ᵢ)).
  package var rawRi: Double
  /// Mᵢ, the full MIDI row sum (diagonal included).
  package var fullInfluence: Int
  /// D⁽ᶠ⁾ᵢ, the full MIDI column sum (diagonal included).
  package var fullDependence: Int
  /// Σⱼ (MIDIᵢⱼ − MIDIⱼᵢ) = Iᵢ − Dᵢ.
  package var netInfluence: Int
  /// Σₒ |3MAOᵢₒ|, the actor's weighted implication in the objectives.
  package var mobilisation: Double
  /// EQᵢ at levels 1, 2 and 3 (from 1, 2 and 3 CAA/DAA).
  package var ambivalence: [Double]
}
