import Foundation
import PowerMap

/// A PATCH of an actor that only sets numbers: what the facilitator's sliders send.
struct NumericActorPatch: Decodable {
  /// The fields such a patch may hold (`version` is the edit's, not the actor's).
  static let fields: Set<String> = [
    "version", "power", "interest", "stance", "stubbornness", "uncertainty", "positions",
  ]

  var power: Double?
  var interest: Double?
  var stance: Double?
  var stubbornness: Double?
  var uncertainty: Double?
  /// Positions to set, or to drop (null).
  var positions: [String: Double?]?

  /// The patch of a body whose `fields` are all numbers (or positions of numbers and nulls); nil
  /// for any other body, which is applied as a JSON object instead.
  init?(fields: [String: Any], body: [UInt8]) {
    guard Set(fields.keys).isSubset(of: Self.fields),
      !fields.contains(where: { $0.key != "positions" && $0.value is NSNull }),
      let decoded = try? JSONDecoder().decode(Self.self, from: Data(body))
    else { return nil }
    self = decoded
  }

  /// Sets the patch's numbers on `actor`.
  func apply(to actor: inout Actor) {
    if let power { actor.power = power }
    if let interest { actor.interest = interest }
    if let stance { actor.stance = stance }
    if let stubbornness { actor.stubbornness = stubbornness }
    if let uncertainty { actor.uncertainty = uncertainty }
    for (commitment, position) in positions ?? [:] { actor.positions[commitment] = position }
  }
}
