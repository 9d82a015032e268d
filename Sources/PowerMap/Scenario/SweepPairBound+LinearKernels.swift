import NetworkAnalysis

extension SweepPairBound {
  /// The linear influence kernel of every actor x through the viability bound:
  /// UL_x(c) = L_c(N_x, 0) with N_x = (I − |A|)⁻¹ e_x, |A| the entrywise absolute value of rule 2's
  /// matrix of the state before (A_ij = (1 − θ_i) Ŵ_ij on a listening row i, 0 elsewhere), flat by
  /// actor then commitment (zero for an actor that does not listen: its row never changes).
  ///
  /// N_x is the least fixed point of u = |A| u + e_x: the sum over walks from x of the products of
  /// the actual weights, where the max-path kernel K_x (``kernels(system:listens:bound:present:)``)
  /// takes every weight as 1, so N_x ≤ K_x (K_x is a super-solution of the same map). Every linear
  /// form ℓ of L_c (one per non-empty dimension, one for the blockers' pressures) gives
  /// ℓ · N_x = y_ℓ(x) with y_ℓ = (I − |A|ᵀ)⁻¹ ℓ, so one adjoint solve per form serves every x.
  /// y_ℓ is iterated from 0 upwards (y ← ℓ + |A|ᵀ y, every step non-negative); after a step d,
  /// y* − y ≤ ‖d‖₁ · ρ_A / (1 − ρ_A) in every entry, since an entry of |A|^m is at most its row
  /// sum ρ_A^m (ρ_A the largest row sum of |A|), and that remainder is added, with a relative
  /// margin of 1e−10 for the rounding of the sums. Nil when ρ_A ≥ 1.
  static func linearKernelBounds(
    system: FriedkinJohnsen, listens: [Bool], bound: SweepViabilityBound, present: [Bool]
  ) -> [Double]? {
    let size = system.size
    let forms = linearForms(bound: bound, size: size)
    let formCount = forms.count
    let theta = system.stubbornness
    let matrix = system.influence
    let (offsets, columns, values) = (matrix.rowOffsets, matrix.columns, matrix.values)
    var rhoA = 0.0
    for row in 0..<size where listens[row] {
      var sum = 0.0
      for entry in offsets[row]..<offsets[row + 1] { sum += abs(values[entry]) }
      rhoA = max(rhoA, (1 - theta[row]) * sum * (1 + 1e-12))
    }
    guard rhoA < 1 else { return nil }
    // y and ℓ laid out by actor then form.
    var seed = [Double](repeating: 0, count: size * formCount)
    for (form, linear) in forms.enumerated() {
      for (actor, weight) in linear.weights { seed[actor * formCount + form] += weight }
    }
    var current = seed
    var next = seed
    var remainder = [Double](repeating: .infinity, count: formCount)
    var rounds = 0
    while rounds < 1_000, remainder.contains(where: { $0 > 1e-13 }) {
      rounds += 1
      next = seed
      for row in 0..<size where listens[row] {
        let scale = 1 - theta[row]
        let source = row * formCount
        for entry in offsets[row]..<offsets[row + 1] {
          let weight = scale * abs(values[entry])
          let target = Int(columns[entry]) * formCount
          for form in 0..<formCount { next[target + form] += weight * current[source + form] }
        }
      }
      var step = [Double](repeating: 0, count: formCount)
      for actor in 0..<size {
        for form in 0..<formCount {
          step[form] += abs(next[actor * formCount + form] - current[actor * formCount + form])
        }
      }
      remainder = step.map { $0 * rhoA / (1 - rhoA) }
      swap(&current, &next)
    }
    return kernelValues(
      forms: forms, values: current, remainder: remainder, listens: zip(listens, present).map { $0 && $1 },
      bound: bound,
      size: size)
  }

  /// L_c(N_x, 0) from the adjoint values: the largest dimension form plus the pressure form.
  private static func kernelValues(
    forms: [LinearForm], values: [Double], remainder: [Double], listens: [Bool], bound: SweepViabilityBound,
    size: Int
  ) -> [Double] {
    let count = bound.count
    let formCount = forms.count
    var result = [Double](repeating: 0, count: size * count)
    for actor in 0..<size where listens[actor] {
      var dimension = [Double](repeating: 0, count: count)
      var pressure = [Double](repeating: 0, count: count)
      for (form, linear) in forms.enumerated() {
        let value = (values[actor * formCount + form] + remainder[form]) * (1 + 1e-10)
        if linear.isPressure {
          pressure[linear.commitment] += value
        } else {
          dimension[linear.commitment] = max(dimension[linear.commitment], value)
        }
      }
      for commitment in 0..<count { result[actor * count + commitment] = dimension[commitment] + pressure[commitment] }
    }
    return result
  }

  /// One linear form of some L_c: its commitment, whether it is the pressure form, and its
  /// non-negative stance coefficients by actor.
  fileprivate struct LinearForm {
    var commitment: Int
    var isPressure: Bool
    var weights: [(Int, Double)]
  }

  /// The stance parts of L_c's forms (``SweepViabilityBound``): every non-empty dimension, and the
  /// pressures of the blockers when there are any.
  private static func linearForms(bound: SweepViabilityBound, size: Int) -> [LinearForm] {
    var forms: [LinearForm] = []
    for commitment in 0..<bound.count {
      for dimension in bound.dimensions[commitment] {
        forms.append(
          LinearForm(commitment: commitment, isPressure: false, weights: dimension.map { ($0.actor, $0.stance) }))
      }
      let pressure = bound.pressure[commitment]
      if !pressure.isEmpty {
        forms.append(
          LinearForm(commitment: commitment, isPressure: true, weights: pressure.map { ($0.actor, $0.stance) }))
      }
    }
    return forms
  }
}
