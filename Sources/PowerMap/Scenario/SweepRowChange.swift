/// How a single removal a changes one row x of Ŵ (rule 2 of <doc:Rules>), for the interaction
/// terms of ``SweepPairBound`` on the rows both singles of a pair change.
///
/// With the raw row v_x (the influencers' aᵢⱼ and p̂ₓ at the diagonal, ``InfluenceWeights``) before
/// and v′_x after a, S = ‖v_x‖₁ and Ŵ_x = v_x / S:
///
///     ‖v′/‖v′‖₁ − v/‖v‖₁‖₁ ≤ ‖v′ − v‖₁/‖v‖₁ + ‖v′‖₁ · |‖v‖₁ − ‖v′‖₁| / (‖v′‖₁ ‖v‖₁) ≤ 2 ‖v′ − v‖₁ / ‖v‖₁
///
/// so `normalized` = (1 − θ_x) · 2 ‖v′ − v‖₁ / S bounds e_x(a) (whenever the row still listens).
/// When D(a) ∩ D(b) = ∅ the pair changes the columns of D(a) as a does and those of D(b) as b does
/// (``SweepPairBound``), disjoint sets, so ‖v(ab) − v‖₁ = ‖v(a) − v‖₁ + ‖v(b) − v‖₁ and, while the
/// row listens after the pair, e_x(ab) ≤ normalized(a) + normalized(b); from the state after a,
/// e_x of removing b is at most (1 − θ_x) · 2 ‖v(b) − v‖₁ / ‖v(a)‖₁ = normalized(b) / remaining(a).
/// The row listens after the pair when its influencers keep some weight:
/// Σ|a(ab)| = kept(a)·I + kept(b)·I − I > 0, with I = Σ|a| before and kept = Σ|a′| / I.
struct SweepRowChange: Sendable {
  /// e_x(a) as ``SweepSingleRemoval`` computes it.
  var error: Double
  /// (1 − θ_x) · 2 ‖v′ − v‖₁ / S.
  var normalized: Double
  /// ‖v′‖₁ / S.
  var remaining: Double
  /// Σ|a′| / Σ|a|: the share of the influencers' weight left after a (0 for a row that stops
  /// listening, or did not listen).
  var kept: Double

  init(error: Double, normalized: Double, remaining: Double, kept: Double) {
    (self.error, self.normalized, self.remaining, self.kept) = (error, normalized, remaining, kept)
  }

  /// The change of row `row` of `weights` from effective powers `before` to `after` with the actors
  /// flagged in `removed` left out; `error` is e_x(a).
  init(
    row: Int, error: Double, weights: InfluenceWeights, before: [Double], after: [Double], removed: [Bool],
    listens: Bool
  ) {
    self.error = error
    guard listens else {
      (normalized, remaining, kept) = (0, 1, 0)
      return
    }
    var (influence, influenceAfter, change) = (0.0, 0.0, 0.0)
    var entry = weights.offsets[row]
    let end = weights.offsets[row + 1]
    while entry < end {
      let column = Int(weights.columns[entry])
      var (value, valueAfter) = (0.0, 0.0)
      while entry < end && Int(weights.columns[entry]) == column {
        value += weights.factors[entry] * before[column]
        if !removed[column] { valueAfter += weights.factors[entry] * after[column] }
        entry += 1
      }
      influence += abs(value)
      influenceAfter += abs(valueAfter)
      change += abs(valueAfter - value)
    }
    let own = max(before[row], 0)
    let ownAfter = removed[row] ? 0 : max(after[row], 0)
    let total = influence + own
    guard influence > 0, total > 0 else {
      (normalized, remaining, kept) = (0, 1, 0)
      return
    }
    normalized = (1 - weights.stubbornness[row]) * 2 * (change + abs(ownAfter - own)) / total
    remaining = (influenceAfter + ownAfter) / total
    kept = influenceAfter / influence
  }
}
