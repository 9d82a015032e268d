import Foundation

extension SweepPairBound {
  /// The bound of the pairs of `base`'s present actors, or nil when the argument of
  /// ``SweepPairBound`` does not cover the state (its "when it is off").
  init?(base: SweepBase) {
    let solver = base.stanceSolver
    let system = solver.system
    let theta = system.stubbornness
    let size = system.size
    var rho = 0.0
    for row in 0..<size where solver.listens[row] {
      guard theta[row] > 0 else { return nil }
      rho = max(rho, 1 - theta[row])
    }
    if rho > 0 {
      guard Double(solver.maximumRounds) * -log(rho) > log(2 / solver.tolerance) else { return nil }
    }
    guard base.before.cascade.converged else { return nil }
    let power = base.before.effectivePower
    let weight = (0..<size).map { power[$0] * base.interest[$0] }
    let bound = SweepViabilityBound(plan: base.plan, present: base.present, weight: weight, interest: base.interest)
    let count = bound.count
    let kernels = Self.kernels(system: system, listens: solver.listens, bound: bound, present: base.present)
    guard
      let linear = Self.linearKernelBounds(system: system, listens: solver.listens, bound: bound, present: base.present)
    else { return nil }
    let drift = Self.drift(base: base)
    var crudeRows = [Double](repeating: 0, count: size)
    var powerBound = [Double](repeating: 0, count: size * count)
    for actor in 0..<size where base.present[actor] {
      crudeRows[actor] = solver.listens[actor] ? max(2 * (1 - theta[actor]), drift[actor]) : 0
      for commitment in 0..<count {
        powerBound[actor * count + commitment] =
          power[actor] * bound.bound(commitment, stance: { _ in 0 }, power: { $0 == actor ? 1 : 0 })
      }
    }
    guard
      let singles = Self.singles(base: base, bound: bound, kernels: (linear, kernels), drift: drift)
    else { return nil }
    commitmentCount = count
    let before = base.before.commitments
    viability = before.map(\.viability)
    boundary = before.map { commitment in
      switch commitment.status {
      case .viable: max(commitment.threshold, 0)
      case .atRisk: 0
      case .blocked: -.infinity
      }
    }
    let uniform = 4 * solver.tolerance / (1 - rho)
    slack = (0..<count).map { 1e-9 + uniform * bound.bound($0, stance: { _ in 1 }, power: { _ in 0 }) }
    owner = base.plan.commitments.map { $0.owner ?? -1 }
    after = base.singleViabilities()
    single = singles.bound
    singleStep = singles.step
    linearKernels = linear
    stepKernels = kernels
    self.crudeRows = crudeRows
    changes = singles.changes
    self.power = powerBound
    footprint = singles.footprint
    dependants = singles.dependants
    let values = single + singleStep + linear + kernels + crudeRows + powerBound + viability + slack + after
    guard values.allSatisfy(\.isFinite) else { return nil }
  }

  /// Per state actor, 1 + the largest |s⁰| over the general stance and every issue: a bound on
  /// |δ| = |s⁰ − s| of a row that stops listening, from any state with |s| ≤ 1 (the state before,
  /// or after a single removal).
  private static func drift(base: SweepBase) -> [Double] {
    let solver = base.stanceSolver
    var drift = solver.anchors.map { 1 + abs($0) }
    for anchors in solver.issues.anchors {
      for actor in drift.indices { drift[actor] = max(drift[actor], 1 + abs(anchors[actor])) }
    }
    return drift
  }

  /// U_a(c) with the linear and with the max-path kernels, F(a) and D(a) of every present actor a
  /// (see ``SweepPairBound``); nil when some single removal is outside the argument (its cascade did
  /// not converge, or changed p̂ outside D(a)).
  private static func singles(
    base: SweepBase, bound: SweepViabilityBound, kernels: (linear: [Double], step: [Double]), drift: [Double]
  ) -> (bound: [Double], step: [Double], footprint: [[Int32]], dependants: [[Int32]], changes: [[SweepRowChange]])? {
    let size = base.present.count
    let count = bound.count
    var result = [Double](repeating: 0, count: size * count)
    var step = [Double](repeating: 0, count: size * count)
    var footprints = [[Int32]](repeating: [], count: size)
    var dependantLists = [[Int32]](repeating: [], count: size)
    var changes = [[SweepRowChange]](repeating: [], count: size)
    let none = SweepRowChange(error: 0, normalized: 0, remaining: 1, kept: 0)
    var scratch = SweepSingleRemoval(size: size)
    for actor in base.presentActors {
      guard let single = scratch.single(actor, base: base, drift: drift) else { return nil }
      footprints[actor] = single.footprint.map { Int32($0) }.sorted()
      changes[actor] = footprints[actor].map { single.rowChanges[Int($0)] ?? none }
      dependantLists[actor] = single.dependants.map { Int32($0) }.sorted()
      for (row, error) in single.rowErrors where error > 0 {
        for commitment in 0..<count {
          result[actor * count + commitment] += error * kernels.linear[row * count + commitment]
          step[actor * count + commitment] += error * kernels.step[row * count + commitment]
        }
      }
      for commitment in 0..<count {
        let power = bound.bound(commitment, stance: { _ in 0 }, power: { single.powerLoss[$0] ?? 0 })
        result[actor * count + commitment] += power
        step[actor * count + commitment] += power
      }
    }
    return (result, step, footprints, dependantLists, changes)
  }
}
