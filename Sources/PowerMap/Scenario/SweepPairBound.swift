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
/// **Linear kernels, from the state before.** A tighter bound holds for the step from the state
/// before, with the actual weights. Give the removed actors R the value they had before (no row
/// after the removal reads them), so δ_R = 0; on every other row δ_i = (Aδ)_i + g_i with A the
/// matrix *before* and g_i = (1 − θ_i)((Ŵ′ − Ŵ)s′)_i (|g_i| ≤ e_i as above, |s′| ≤ 1), or, on a row
/// that stops listening, g_i = (1 − θ_i)(s⁰_i − Ŵ_i s′) (|g_i| ≤ e_i = 1 + |s⁰|); g = 0 off F(R). So
/// δ = (I − A_{R̄R̄})⁻¹ g on the rows outside R, and entrywise |δ| ≤ (I − |A|)⁻¹ e = Σ_x e_x N_x with
/// N_x = (I − |A|)⁻¹ 1_x (the Neumann series of a principal submatrix is dominated by the whole
/// one's). N_x ≤ K_x, and ``linearKernelBounds(system:listens:bound:present:)`` computes L_c(N_x, 0)
/// with one adjoint solve per linear form of L_c. These give U_a(c) and X_ab(c) below; the max-path
/// kernels give U′_a(c) and X′_ab(c) (the same sums with K_x), used for the step from a single.
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
/// bounds |ΔV_c| for every commitment whose owner stays (with the linear kernels N_x). When
/// D(a) ∩ D(b) = ∅ and a shared row x still listens after the pair, crude_x is replaced by
/// ê_x(a) + ê_x(b) − e_x(a) − e_x(b) (``SweepRowChange``: the row's raw changes add up, and
/// normalising at most doubles them). A
/// commitment whose owner leaves has V = −1 exactly. The max-path argument from the state after a
/// (|s| ≤ 1, the same θ, influencers and p̂ no more than before, so the same kernels and
/// coefficients) bounds the step from a to {a, b} by U′_b(c) + X′_ab(c), X′_ab being the two sums
/// over the intersections above with K_x (the linear kernels are those of the matrix before, so
/// they do not serve this step); with V_c(a), V_c(b) from the single removals (evaluated exactly,
/// ``SweepBase/singleViabilities()``):
///
///     V_c(ab) ≥ max(V_c(a) − U′_b(c) − X′_ab(c), V_c(b) − U′_a(c) − X′_ab(c),
///                   V_c − U_a(c) − U_b(c) − X_ab(c)) − 2·slack_c
///
/// A commitment can get worse only when that lower bound falls below the boundary under its status
/// (max(threshold, 0) when viable, 0 at risk; a blocked one cannot): ubS counts those, and lb sums
/// the lower bounds minus V_c (−1 − V_c exactly for an owner that leaves), less 1e−9. Ranked by
/// synergy (``SweepSynergy``), only a commitment that neither single fails can add to the synergy's
/// status changes, and Σ_c (lower bound − V_c(a) − V_c(b) + V_c) bounds its ΔΣV
/// (``optimisticSynergy(_:_:failed:scratch:)``).
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
  /// U_a(c) with the linear kernels N_x (the step from the state before), flat by state actor then
  /// commitment.
  let single: [Double]
  /// U_a(c) with the max-path kernels K_x (the step from the state after the other single).
  let singleStep: [Double]
  /// L_c(N_x, 0) and L_c(K_x, 0), flat by state actor then commitment.
  let linearKernels: [Double]
  let stepKernels: [Double]
  /// crude_x = max(2(1 − θ_x), 1 + the largest |s⁰_x|) per state actor (0 when x does not listen).
  let crudeRows: [Double]
  /// p̂_i · L_c(0, 1_i), flat by state actor then commitment.
  let power: [Double]
  /// F(a) and D(a) of every state actor, increasing (empty for absent actors).
  let footprint: [[Int32]]
  /// The change of every row of F(a), in the order of `footprint` (a's own row: none, 0).
  let changes: [[SweepRowChange]]
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

    /// Whether every key with these bounds ranks strictly after `key` under `rank`: with
    /// ``SweepRank/synergy`` these bound the synergy and are compared with `key`'s synergy.
    func ranksAfter(_ key: SweepKey, by rank: SweepRank) -> Bool {
      guard rank == .synergy, let synergy = key.synergy else { return ranksAfter(key) }
      return statusChanges < synergy.statusChanges
        || (statusChanges == synergy.statusChanges && deltaViability > synergy.deltaViability)
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
    var scratch = Scratch()
    interaction(first, second, into: &scratch)
    let count = commitmentCount
    bounds = scratch.linear
    for commitment in 0..<count {
      bounds[commitment] += single[first * count + commitment] + single[second * count + commitment]
    }
  }

  /// The interaction terms of the pair of state actors `first` and `second` (the rows of
  /// F(a) ∩ F(b) other than a and b, and the powers of D(a) ∩ D(b)), written to `scratch`: X_ab(c)
  /// beyond U_a(c) + U_b(c) with the linear kernels; X′ with the max-path kernels beyond U′_b(c)
  /// from the state after a (`stepFromFirst`) and beyond U′_a(c) from the state after b.
  ///
  /// A shared row x adds crude_x times its kernel, unless D(a) ∩ D(b) = ∅ and the row still
  /// listens after the pair (``SweepRowChange``): then e_x(ab) ≤ ê_x(a) + ê_x(b) (ê the row
  /// change's `normalized`), and from the state after a, e_x ≤ ê_x(b) / remaining_x(a).
  func interaction(_ first: Int, _ second: Int, into scratch: inout Scratch) {
    let count = commitmentCount
    scratch.reset(count)
    var disjoint = true
    Self.forEachCommon(dependants[first], dependants[second]) { actor, _, _ in
      disjoint = false
      let base = actor * count
      for commitment in 0..<count {
        scratch.linear[commitment] += power[base + commitment]
        scratch.stepFromFirst[commitment] += power[base + commitment]
        scratch.stepFromSecond[commitment] += power[base + commitment]
      }
    }
    Self.forEachCommon(footprint[first], footprint[second]) { actor, i, j in
      guard actor != first && actor != second else { return }
      let base = actor * count
      let (a, b) = (changes[first][i], changes[second][j])
      let crudeRow = crudeRows[actor]
      var (linear, fromFirst, fromSecond) = (crudeRow, crudeRow, crudeRow)
      if disjoint && a.kept + b.kept - 1 > 1e-9 {
        linear = max(0, a.normalized + b.normalized - a.error - b.error)
        if a.remaining > 1e-9 { fromFirst = max(0, b.normalized / a.remaining - b.error) }
        if b.remaining > 1e-9 { fromSecond = max(0, a.normalized / b.remaining - a.error) }
      }
      for commitment in 0..<count {
        scratch.linear[commitment] += linear * linearKernels[base + commitment]
        scratch.stepFromFirst[commitment] += fromFirst * stepKernels[base + commitment]
        scratch.stepFromSecond[commitment] += fromSecond * stepKernels[base + commitment]
      }
    }
  }

  /// Working space of ``optimisticKey(_:_:scratch:)``: the interaction terms and the lower bounds.
  struct Scratch {
    var linear: [Double] = []
    var stepFromFirst: [Double] = []
    var stepFromSecond: [Double] = []
    var lowest: [Double] = []

    /// Zeroes the interaction terms, sized for `count` commitments.
    mutating func reset(_ count: Int) {
      guard linear.count == count else {
        linear = [Double](repeating: 0, count: count)
        (stepFromFirst, stepFromSecond, lowest) = (linear, linear, linear)
        return
      }
      for commitment in 0..<count {
        linear[commitment] = 0
        stepFromFirst[commitment] = 0
        stepFromSecond[commitment] = 0
      }
    }
  }

  /// The lower bound on V_c after removing the pair of state actors `first` and `second`, for every
  /// commitment, written to `scratch.lowest` (−1 exactly for a commitment whose owner leaves).
  ///
  /// V_c after the pair is at least each of V_c(a) − U′_b(c) − X′_ab(c), V_c(b) − U′_a(c) − X′_ab(c)
  /// (the max-path kernels K_x: the step from the state after one single) and V_c − U_a(c) − U_b(c)
  /// − X_ab(c) (the linear kernels N_x: the step from the state before), less twice the slack (two
  /// computed values). The first: removing b from the state after a changes the rows of F(b) only,
  /// each as from the state before on F(b) \ F(a) (those rows read nothing a changes) and at most
  /// crude, or ê_x(b) / remaining_x(a), on F(a) ∩ F(b) (``interaction(_:_:into:)``); the state after a has |s| ≤ 1, the same θ, fewer influencers and p̂ no
  /// larger, so the same max-path kernels and coefficients bound the change (``SweepPairBound``).
  func lowestViabilities(_ first: Int, _ second: Int, scratch: inout Scratch) {
    interaction(first, second, into: &scratch)
    let count = commitmentCount
    let (firstBase, secondBase) = (first * count, second * count)
    for commitment in 0..<count {
      if owner[commitment] == first || owner[commitment] == second {
        scratch.lowest[commitment] = -1
        continue
      }
      let (firstRow, secondRow) = (firstBase + commitment, secondBase + commitment)
      scratch.lowest[commitment] =
        max(
          after[firstRow] - singleStep[secondRow] - scratch.stepFromFirst[commitment],
          after[secondRow] - singleStep[firstRow] - scratch.stepFromSecond[commitment],
          viability[commitment] - single[firstRow] - single[secondRow] - scratch.linear[commitment])
        - 2 * slack[commitment]
    }
  }

  /// The optimistic key of the pair of state actors `first` and `second` ranked by harm: the
  /// commitments whose lower bound (``lowestViabilities(_:_:scratch:)``) falls below their boundary
  /// (a commitment whose owner leaves: unless blocked), and the sum of the lower bounds minus ΣV,
  /// less 1e−9.
  func optimisticKey(_ first: Int, _ second: Int, scratch: inout Scratch) -> OptimisticKey {
    lowestViabilities(first, second, scratch: &scratch)
    var worse = 0
    var delta = 0.0
    for commitment in 0..<commitmentCount {
      let lowest = scratch.lowest[commitment]
      delta += lowest - viability[commitment]
      if lowest < boundary[commitment] { worse += 1 }
    }
    return OptimisticKey(statusChanges: worse, deltaViability: delta - 1e-9)
  }

  /// The optimistic synergy (``SweepSynergy``) of the pair of state actors `first` and `second`,
  /// whose single removals fail the commitments flagged in `failed` (flat by state actor then
  /// commitment).
  ///
  /// synergy.statusChanges = |failed(ab)| − |failed(a) ∪ failed(b)| ≤ |failed(ab) \ (failed(a) ∪
  /// failed(b))|, and a commitment can be in that difference only when its lower bound falls below
  /// its boundary: the count of those. synergy.deltaViability = Σ_c (V_c(ab) − V_c(a) − V_c(b) + V_c)
  /// ≥ Σ_c (lowest_c − V_c(a) − V_c(b) + V_c), with V_c(a), V_c(b) the singles' computed values (the
  /// ones their keys are summed from), less 1e−9 for the rounding of the sums.
  func optimisticSynergy(_ first: Int, _ second: Int, failed: [Bool], scratch: inout Scratch) -> OptimisticKey {
    lowestViabilities(first, second, scratch: &scratch)
    let count = commitmentCount
    let (firstBase, secondBase) = (first * count, second * count)
    var only = 0
    var delta = 0.0
    for commitment in 0..<count {
      let lowest = scratch.lowest[commitment]
      let (firstRow, secondRow) = (firstBase + commitment, secondBase + commitment)
      delta += lowest - after[firstRow] - after[secondRow] + viability[commitment]
      if lowest < boundary[commitment] && !failed[firstRow] && !failed[secondRow] { only += 1 }
    }
    return OptimisticKey(statusChanges: only, deltaViability: delta - 1e-9)
  }

  /// Calls `body` with every value in both increasing lists.
  private static func forEachCommon(_ left: [Int32], _ right: [Int32], _ body: (Int, Int, Int) -> Void) {
    var (i, j) = (0, 0)
    while i < left.count && j < right.count {
      if left[i] < right[j] {
        i += 1
      } else if right[j] < left[i] {
        j += 1
      } else {
        body(Int(left[i]), i, j)
        i += 1
        j += 1
      }
    }
  }
}
