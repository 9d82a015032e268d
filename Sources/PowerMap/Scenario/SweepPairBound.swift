import Foundation

/// An upper bound on the key of every pair removal of the ally sweep (rule 9 of <doc:Rules>),
/// computed from the single removals, so that `sweep --pairs --top K` evaluates only the pairs that
/// can still rank among the first K (``LossOfAllySweep``).
///
/// For a pair {a, b} it gives `statusChanges` ≤ ubS and ΔΣV ≥ lb (``optimisticKey(_:_:)``): a
/// pair whose best possible key (ubS, lb) ranks strictly below the K-th key kept so far cannot be
/// among the first K, and the order being a strict total order on keys, the rows returned are
/// exactly those of the unpruned sweep. The argument, step by step:
///
/// **Rule 2 as a linear system.** s = A s + c with A_i = (1 − θ_i)(r_i e_i + Ŵ_i) and c_i = θ_i s⁰_i
/// for a listening row i, A_i = 0 and c_i = s⁰_i for a row without influencers. Every row of |A|
/// sums to at most 1 − θ_i, and every listening row has θ_i > 0 (checked; see "when it is off").
/// A removal R gives A′, c′ and the fixed point s′; δ = s′ − s. A row changes only when it lists (in
/// Ŵ before) a removed actor or one whose p̂ changes, or is itself such an actor (its self-weight):
/// F(R) = D(R) ∪ listeners(D(R)), D(R) being R and every actor that depends on one of R through
/// `depends-on` relations, transitively (rule 1 changes no other p̂: the actors outside D(R) and
/// their dependencies form a closed part of the cascade, iterated as before). D({a, b}) =
/// D(a) ∪ D(b), hence F({a, b}) ⊆ F(a) ∪ F(b). On a listening row that stays listening,
/// δ_i = (A′δ)_i + ((A′ − A)s)_i, and as |s| ≤ 1, |((A′ − A)s)_i| ≤ e_i := (1 − θ_i)·Σ_j |Ŵ′_ij − Ŵ_ij|
/// (the same for every right-hand side, so for the effective positions too). On a row that stops
/// listening, δ_i = s⁰_i − s_i: e_i := 1 + the largest |s⁰| of the actor over the general stance
/// and every issue (valid from any state with |s| ≤ 1). Row i of A′ draws, with absolute weights summing to at most 1 − θ_i, on i itself and
/// on i's influencers N(i) before the removal (a removal only drops or rescales entries), so
///
///     |δ_i| ≤ (1 − θ_i) max(|δ_i|, M_i) + e_i,  M_i = max_{j∈N(i)} |δ_j|
///           ⇒ |δ_i| ≤ T_e(|δ|)_i := max((1 − θ_i) M_i + e_i, e_i/θ_i).
///
/// T_e is monotone and a contraction of factor ρ = max(1 − θ_i) < 1 in the max-norm, so its fixed
/// point β(e) is unique and |δ| ≤ T_e^k(|δ|) → β(e). Since β(e₁) + β(e₂) is a super-solution of
/// T_{e₁+e₂} and T is positively homogeneous, β(e) ≤ Σ_x e_x K_x, K_x being the fixed point for the
/// unit vector at x (``kernels(system:listens:bound:present:)``).
///
/// **Rule 3.** |ΔV_c| ≤ L_c(β, π) with π_i ≥ |Δp̂_i| (``SweepViabilityBound``), L_c subadditive, so
///
///     U_a(c) = Σ_{x∈F(a)\{a}} e_x(a) · L_c(K_x, 0) + L_c(0, π(a))
///
/// from each single removal's exact e(a) and π(a) (rule 1 and the rebuilt rows of F(a), but no
/// rule 2 solve). For the pair: a row of F(a) \ F(b) reads only p̂ of D(a) \ D(b), which the pair
/// leaves as a does (the part of the cascade those actors depend on does not contain b), so its
/// e is e_x(a); a row of F(a) ∩ F(b) has e_x ≤ max(2(1 − θ_x), 1 + the largest |s⁰| of x)
/// (|(Ŵ′ − Ŵ)s| ≤ 2); π_i of the pair is π_i(a) on D(a) \ D(b), π_i(b) on D(b) \ D(a), at most
/// p̂_i on D(a) ∩ D(b). So e(ab) ≤ e(a) + e(b) + crude·1_{F(a)∩F(b)} and π(ab) ≤ π(a) + π(b) +
/// p̂·1_{D(a)∩D(b)}, and
///
///     U_ab(c) = U_a(c) + U_b(c) + Σ_{x∈F(a)∩F(b)\{a,b}} crude_x L_c(K_x, 0) + Σ_{i∈D(a)∩D(b)} p̂_i L_c(0, 1_i)
///
/// bounds |ΔV_c| for every commitment whose owner stays; a commitment whose owner leaves has
/// V = −1 exactly. The same argument from the state after a (|s| ≤ 1, the same θ, influencers and
/// p̂ no more than before, so the same kernels and coefficients) bounds the step from a to {a, b}
/// by U_b(c) + X_ab(c), X_ab being the two sums over the intersections above; with V_c(a), V_c(b)
/// from the single removals (evaluated exactly, ``SweepBase/singleViabilities()``):
///
///     V_c(ab) ≥ max(V_c(a) − U_b(c), V_c(b) − U_a(c), V_c − U_a(c) − U_b(c)) − X_ab(c) − 2·slack_c
///
/// A commitment can get worse only when that lower bound falls below the boundary under its status
/// (max(threshold, 0) when viable, 0 at risk; a blocked one cannot): ubS counts those, and lb sums
/// the lower bounds minus V_c (−1 − V_c exactly for an owner that leaves), less 1e−9.
///
/// **What is not exact arithmetic.** Both solves stop when max|Δ| < 1e−12 (rule 2), so each computed
/// stance is within 1e−12·ρ/(1 − ρ) of its fixed point, and clamp is 1-Lipschitz:
/// slack_c = 1e−9 + 4·1e−12/(1 − ρ) · L_c(1, 0), which also covers the rounding of the sums and the
/// cascade's stopping tolerance.
///
/// **When it is off.** The bound is not built (``init(base:)`` returns nil, and the sweep evaluates
/// every pair) when some listening row has θ = 0, when ρ is so close to 1 that rule 2 might hit its
/// round cap before converging (ρ^10,000 · 2 ≥ 1e−12), when the cascade before or after some single
/// removal did not converge, when some single removal changes p̂ outside D(a) (rule 1 not at its
/// fixed point), or when a value is not finite.
struct SweepPairBound: Sendable {
  /// The number of commitments.
  let commitmentCount: Int
  /// V_c before, the boundary below which c gets worse (−∞ when blocked), the slack.
  let viability: [Double]
  let boundary: [Double]
  let slack: [Double]
  /// The owner of each commitment (a state position; −1 for none).
  let owner: [Int]
  /// V_c after each single removal, flat by state actor then commitment.
  let after: [Double]
  /// U_a(c), flat by state actor then commitment.
  let single: [Double]
  /// crude_x · L_c(K_x, 0), flat by state actor then commitment.
  let crude: [Double]
  /// p̂_i · L_c(0, 1_i), flat by state actor then commitment.
  let power: [Double]
  /// F(a) and D(a) of every state actor, increasing (empty for absent actors).
  let footprint: [[Int32]]
  let dependants: [[Int32]]

  /// The best key a pair can have: at most `statusChanges` commitments get worse and ΔΣV is at
  /// least `deltaViability`.
  struct OptimisticKey: Sendable {
    var statusChanges: Int
    var deltaViability: Double

    /// Whether every key with these bounds ranks strictly after `key` (``SweepKey/precedes(_:_:by:)``
    /// with ``SweepRank/harm``): fewer status changes, or as many and a larger ΔΣV. Equal ΔΣV is
    /// not enough (ids would decide).
    func ranksAfter(_ key: SweepKey) -> Bool {
      statusChanges < key.statusChanges
        || (statusChanges == key.statusChanges && deltaViability > key.deltaViability)
    }
  }

  /// A pair of state actors (`first` < `second`) and its optimistic key.
  struct Candidate: Sendable {
    var first: Int32
    var second: Int32
    var key: OptimisticKey
  }

  /// U_ab(c) of the pair of state actors `first` and `second`, for every commitment, written to
  /// `bounds` (resized to the number of commitments): |ΔV_c| ≤ U_ab(c) + slack_c for every
  /// commitment whose owner stays.
  func pairBounds(_ first: Int, _ second: Int, into bounds: inout [Double]) {
    interaction(first, second, into: &bounds)
    let count = commitmentCount
    for commitment in 0..<count {
      bounds[commitment] += single[first * count + commitment] + single[second * count + commitment]
    }
  }

  /// X_ab(c): the part of U_ab(c) beyond U_a(c) + U_b(c) (the rows of F(a) ∩ F(b) and the powers of
  /// D(a) ∩ D(b)), written to `bounds`.
  func interaction(_ first: Int, _ second: Int, into bounds: inout [Double]) {
    let count = commitmentCount
    if bounds.count != count { bounds = [Double](repeating: 0, count: count) }
    for commitment in 0..<count { bounds[commitment] = 0 }
    Self.forEachCommon(footprint[first], footprint[second]) { actor in
      guard actor != first && actor != second else { return }
      let base = actor * count
      for commitment in 0..<count { bounds[commitment] += crude[base + commitment] }
    }
    Self.forEachCommon(dependants[first], dependants[second]) { actor in
      let base = actor * count
      for commitment in 0..<count { bounds[commitment] += power[base + commitment] }
    }
  }

  /// The optimistic key of the pair of state actors `first` and `second`; `scratch` is working space.
  ///
  /// V_c after the pair is at least each of V_c(a) − U_b(c) − X_ab(c), V_c(b) − U_a(c) − X_ab(c)
  /// and V_c − U_ab(c), less twice the slack (two computed values). The first: removing b from the
  /// state after a changes the rows of F(b) only, each as from the state before on F(b) \ F(a)
  /// (those rows read nothing a changes) and at most crude on F(a) ∩ F(b); the state after a has
  /// |s| ≤ 1, the same θ, fewer influencers and p̂ no larger, so the same kernels and coefficients
  /// bound the change (``SweepPairBound``).
  func optimisticKey(_ first: Int, _ second: Int, scratch: inout [Double]) -> OptimisticKey {
    interaction(first, second, into: &scratch)
    let count = commitmentCount
    let (firstBase, secondBase) = (first * count, second * count)
    var worse = 0
    var delta = 0.0
    for commitment in 0..<count {
      let boundFirst = single[firstBase + commitment]
      let boundSecond = single[secondBase + commitment]
      let before = viability[commitment]
      if owner[commitment] == first || owner[commitment] == second {
        // V = −1 exactly.
        delta += -1 - before
        if boundary[commitment] > -.infinity { worse += 1 }
        continue
      }
      let lowest =
        max(
          after[firstBase + commitment] - boundSecond, after[secondBase + commitment] - boundFirst,
          before - boundFirst - boundSecond) - scratch[commitment] - 2 * slack[commitment]
      delta += lowest - before
      if lowest < boundary[commitment] { worse += 1 }
    }
    return OptimisticKey(statusChanges: worse, deltaViability: delta - 1e-9)
  }

  /// Calls `body` with every value in both increasing lists.
  private static func forEachCommon(_ left: [Int32], _ right: [Int32], _ body: (Int) -> Void) {
    var (i, j) = (0, 0)
    while i < left.count && j < right.count {
      if left[i] < right[j] {
        i += 1
      } else if right[j] < left[i] {
        j += 1
      } else {
        body(Int(left[i]))
        i += 1
        j += 1
      }
    }
  }
}
