/// Rule 7 of <doc:Rules>: Godet's MACTOR (Méthode ACTeurs, Objectifs, Rapports de force).
///
/// Actors i, j, k ∈ 1…n; objectives o ∈ 1…m.
///
///     MIDIᵢⱼ  = MIDᵢⱼ + Σₖ min(MIDᵢₖ, MIDₖⱼ)                 (k over all actors; diagonal kept)
///     Mᵢ      = Σⱼ MIDIᵢⱼ,   D⁽ᶠ⁾ᵢ = Σⱼ MIDIⱼᵢ                (full row / column sums)
///     Iᵢ      = Mᵢ − MIDIᵢᵢ, Dᵢ = D⁽ᶠ⁾ᵢ − MIDIᵢᵢ             (influence, dependence without diagonal)
///     rᵢ      = (Iᵢ / Σₖ Mₖ) · (Mᵢ / (Mᵢ + D⁽ᶠ⁾ᵢ))          (each ratio 0 over a zero denominator)
///     r*ᵢ     = n · rᵢ / Σₖ rₖ                              (0 when Σr = 0; otherwise mean r* = 1)
///     MMIDIᵢⱼ = min(MIDIᵢⱼ, MIDIⱼᵢ)
///     NIᵢⱼ    = MIDIᵢⱼ − MIDIⱼᵢ                             (balance of net influences; Σⱼ NIᵢⱼ = Iᵢ − Dᵢ)
///     1MAOᵢₒ  = sign(2MAOᵢₒ),   3MAOᵢₒ = 2MAOᵢₒ · r*ᵢ
///     Σ⁺ₒ     = Σᵢ max(3MAOᵢₒ, 0),   Σ⁻ₒ = Σᵢ min(3MAOᵢₒ, 0)  (Σ⁻ is ≤ 0, as Godet's tables print it)
///
/// Convergences and divergences, for each level L ∈ {1, 2, 3} and each pair i ≠ j:
///
///     LCAAᵢⱼ = ½ Σ_{o : LMAOᵢₒ · LMAOⱼₒ > 0} (|LMAOᵢₒ| + |LMAOⱼₒ|)
///     LDAAᵢⱼ = ½ Σ_{o : LMAOᵢₒ · LMAOⱼₒ < 0} (|LMAOᵢₒ| + |LMAOⱼₒ|)
///
/// so 1CAAᵢⱼ counts the objectives on which i and j take the same side and 1DAAᵢⱼ those on which
/// they take opposite sides; an objective on which either is neutral (0) counts in neither. The
/// matrices are symmetric with a zero diagonal. Ambivalence of actor i at level L (Godet's EQᵢ):
///
///     EQᵢ = 1 − Σ_{j≠i} |LCAAᵢⱼ − LDAAᵢⱼ| / Σ_{j≠i} (LCAAᵢⱼ + LDAAᵢⱼ)   (0 over a zero denominator)
///
/// 0 when each of i's relations is pure convergence or pure divergence, 1 when every relation is
/// as convergent as divergent.
///
/// Invariants: Σ Iᵢ = Σ Dᵢ (both are the off-diagonal total of MIDI), and mean r* = 1 when Σr > 0.
///
/// MACTOR is a workshop method for a few dozen to a few hundred actors; its matrices are dense
/// n × n, so it refuses more than ``maximumActors`` actors. MIDI is computed from the non-zero
/// entries only, so sparse MIDs stay fast; a dense MID costs O(n³).
package struct Mactor: Sendable, Codable, Equatable {
  /// The largest number of actors accepted: 2,000 (dense n × n matrices, O(n³) MIDI at worst).
  package static let maximumActors = 2_000

  /// Per actor, in input order: id, Iᵢ, Dᵢ, r*ᵢ and the other per-actor figures.
  package var actors: [MactorActor]
  /// MIDI, n × n, diagonal kept.
  package var midi: [[Int]]
  /// Per objective, in input order: id and mobilisation.
  package var objectives: [MactorObjective]
  /// The MID the analysis was run on, n × n.
  package var mid: [[Int]]
  /// MMIDIᵢⱼ = min(MIDIᵢⱼ, MIDIⱼᵢ).
  package var mmidi: [[Int]]
  /// NIᵢⱼ = MIDIᵢⱼ − MIDIⱼᵢ.
  package var netInfluence: [[Int]]
  /// 1MAO = sign(2MAO), n × m.
  package var mao1: [[Int]]
  /// 2MAO, n × m, entries −4…4.
  package var mao2: [[Int]]
  /// 3MAO = 2MAO · r*, n × m.
  package var mao3: [[Double]]
  /// 1CAA, n × n.
  package var caa1: [[Double]]
  /// 1DAA, n × n.
  package var daa1: [[Double]]
  /// 2CAA, n × n.
  package var caa2: [[Double]]
  /// 2DAA, n × n.
  package var daa2: [[Double]]
  /// 3CAA, n × n.
  package var caa3: [[Double]]
  /// 3DAA, n × n.
  package var daa3: [[Double]]

  /// Runs MACTOR on a MID and, optionally, a 2MAO.
  ///
  /// - Parameters:
  ///   - ids: the actor ids, one per MID row (and MAO row).
  ///   - mid: n × n integers 0…4; `mid[i][j]` is i's direct influence on j.
  ///   - objectives: the objective ids, one per MAO column; empty when there is no MAO.
  ///   - mao: 2MAO, n × m integers −4…4, or nil for no objectives.
  /// - Throws: ``MactorError`` for more than ``maximumActors`` actors, duplicate ids, shapes that do
  ///   not match, or values out of range.
  package init(actors ids: [String], mid: [[Int]], objectives: [String] = [], mao: [[Int]]? = nil) throws {
    let n = ids.count
    let m = objectives.count
    guard n <= Self.maximumActors else { throw MactorError.tooManyActors(count: n, limit: Self.maximumActors) }
    var seen = Set<String>()
    for id in ids where !seen.insert(id).inserted { throw MactorError.duplicateActor(id) }
    try Self.check(mid, rows: n, columns: n, allowed: 0...4, shape: MactorError.midShape, value: MactorError.midValue)
    let mao2 = mao ?? Array(repeating: Array(repeating: 0, count: m), count: n)
    try Self.check(
      mao2, rows: n, columns: m, allowed: -4...4, shape: MactorError.maoShape, value: MactorError.maoValue)
    let midi = Self.midi(mid)

    var influence = [Int](repeating: 0, count: n)
    var dependence = [Int](repeating: 0, count: n)
    for i in 0..<n {
      for j in 0..<n where j != i {
        influence[i] += midi[i][j]
        dependence[j] += midi[i][j]
      }
    }
    let fullInfluence = (0..<n).map { influence[$0] + midi[$0][$0] }
    let fullDependence = (0..<n).map { dependence[$0] + midi[$0][$0] }
    let totalInfluence = Double(fullInfluence.reduce(0, +))
    let raw = (0..<n).map { i in
      AnalysisMath.ratio(Double(influence[i]), totalInfluence)
        * AnalysisMath.ratio(Double(fullInfluence[i]), Double(fullInfluence[i] + fullDependence[i]))
    }
    let rawTotal = raw.reduce(0, +)
    let normalised = raw.map { rawTotal == 0 ? 0 : Double(n) * $0 / rawTotal }

    let mao1 = mao2.map { $0.map { $0.signum() } }
    let mao3 = (0..<n).map { i in mao2[i].map { Double($0) * normalised[i] } }
    let levels = [mao1.map { $0.map(Double.init) }, mao2.map { $0.map(Double.init) }, mao3]
    let agreements = levels.map { Self.agreement($0, actorCount: n, objectiveCount: m) }

    self.mid = mid
    self.midi = midi
    self.mmidi = (0..<n).map { i in (0..<n).map { j in min(midi[i][j], midi[j][i]) } }
    self.netInfluence = (0..<n).map { i in (0..<n).map { j in midi[i][j] - midi[j][i] } }
    self.mao1 = mao1
    self.mao2 = mao2
    self.mao3 = mao3
    (caa1, daa1) = (agreements[0].convergence, agreements[0].divergence)
    (caa2, daa2) = (agreements[1].convergence, agreements[1].divergence)
    (caa3, daa3) = (agreements[2].convergence, agreements[2].divergence)
    self.actors = (0..<n).map { i in
      MactorActor(
        id: ids[i], influence: influence[i], dependence: dependence[i], ri: normalised[i], rawRi: raw[i],
        fullInfluence: fullInfluence[i], fullDependence: fullDependence[i],
        netInfluence: influence[i] - dependence[i],
        mobilisation: mao3[i].reduce(0) { $0 + abs($1) },
        ambivalence: agreements.map { Self.ambivalence(of: i, $0.convergence, $0.divergence) })
    }
    self.objectives = objectives.indices.map { Self.objective(objectives[$0], at: $0, mao2: mao2, mao3: mao3) }
  }

  /// Throws `shape` unless `matrix` has `rows` rows of `columns` entries, and `value` for the first
  /// entry outside `allowed`.
  private static func check(
    _ matrix: [[Int]], rows: Int, columns: Int, allowed: ClosedRange<Int>,
    shape: (_ row: Int?, _ count: Int, _ expected: Int) -> MactorError,
    value: (_ row: Int, _ column: Int, _ value: Int) -> MactorError
  ) throws {
    guard matrix.count == rows else { throw shape(nil, matrix.count, rows) }
    for (row, values) in matrix.enumerated() {
      guard values.count == columns else { throw shape(row, values.count, columns) }
      for (column, entry) in values.enumerated() where !allowed.contains(entry) {
        throw value(row, column, entry)
      }
    }
  }

  /// MIDI from the non-zero entries of each MID row: MIDIᵢⱼ = MIDᵢⱼ + Σₖ min(MIDᵢₖ, MIDₖⱼ).
  private static func midi(_ mid: [[Int]]) -> [[Int]] {
    let nonZero = mid.map { row in row.indices.filter { row[$0] != 0 } }
    var midi = mid
    for i in mid.indices {
      var row = midi[i]
      for k in nonZero[i] {
        let direct = mid[i][k]
        let next = mid[k]
        for j in nonZero[k] { row[j] += min(direct, next[j]) }
      }
      midi[i] = row
    }
    return midi
  }

  /// The objective `id`, column `o` of the MAO: its mobilisation for and against (3MAO) and its
  /// direct agreements and disagreements (2MAO).
  private static func objective(_ id: String, at o: Int, mao2: [[Int]], mao3: [[Double]]) -> MactorObjective {
    var objective = MactorObjective(id: id)
    for i in mao2.indices {
      let weighted = mao3[i][o]
      if weighted > 0 { objective.mobilisationFor += weighted } else { objective.mobilisationAgainst += weighted }
      if mao2[i][o] > 0 {
        objective.agreements += 1
        objective.directFor += mao2[i][o]
      } else if mao2[i][o] < 0 {
        objective.disagreements += 1
        objective.directAgainst += mao2[i][o]
      }
    }
    return objective
  }

  /// LCAA and LDAA of one MAO level (see the type's documentation).
  static func agreement(
    _ mao: [[Double]], actorCount n: Int, objectiveCount m: Int
  ) -> (convergence: [[Double]], divergence: [[Double]]) {
    var convergence = Array(repeating: [Double](repeating: 0, count: n), count: n)
    var divergence = convergence
    for i in 0..<n {
      for j in (i + 1)..<n {
        var together = 0.0
        var apart = 0.0
        for o in 0..<m {
          let a = mao[i][o]
          let b = mao[j][o]
          let product = a * b
          if product > 0 {
            together += (abs(a) + abs(b)) / 2
          } else if product < 0 {
            apart += (abs(a) + abs(b)) / 2
          }
        }
        convergence[i][j] = together
        convergence[j][i] = together
        divergence[i][j] = apart
        divergence[j][i] = apart
      }
    }
    return (convergence, divergence)
  }

  /// EQᵢ = 1 − Σ_{j≠i} |CAAᵢⱼ − DAAᵢⱼ| / Σ_{j≠i} (CAAᵢⱼ + DAAᵢⱼ), 0 over a zero denominator.
  static func ambivalence(of i: Int, _ convergence: [[Double]], _ divergence: [[Double]]) -> Double {
    var difference = 0.0
    var total = 0.0
    for j in convergence.indices where j != i {
      difference += abs(convergence[i][j] - divergence[i][j])
      total += convergence[i][j] + divergence[i][j]
    }
    return total == 0 ? 0 : 1 - difference / total
  }
}
