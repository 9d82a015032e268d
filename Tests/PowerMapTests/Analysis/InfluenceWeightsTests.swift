import NetworkAnalysis
import Testing

@testable import PowerMap

/// Rule 2's Ŵ, built row by row in one place (``InfluenceWeights``), against the construction the
/// formula reads: one matrix entry σ·w·p̂ⱼ per influence relation j → i between present actors (both
/// directions of an alliance or a conflict), parallel entries summed, the self-weight p̂ᵢ on the
/// diagonal of every row that has influencers, every row divided by its absolute sum. Bit for bit,
/// on random models with removed actors and zero powers.
@Suite struct InfluenceWeightsTests {
  static func formulaSystem(state: ModelState, power: [Double]) -> FriedkinJohnsen {
    var entries: [MatrixEntry] = []
    for relation in state.relations where relation.kind.isInfluence {
      guard state.actors[relation.from].present, state.actors[relation.to].present else { continue }
      let sign = relation.kind.sign
      entries.append(
        MatrixEntry(row: relation.to, column: relation.from, value: sign * relation.weight * power[relation.from]))
      if relation.kind.isSymmetric {
        entries.append(
          MatrixEntry(row: relation.from, column: relation.to, value: sign * relation.weight * power[relation.to]))
      }
    }
    let influence = SparseMatrix(size: state.actors.count, entries: entries).absoluteRowSums()
    for row in state.actors.indices where influence[row] > 0 && power[row] > 0 {
      entries.append(MatrixEntry(row: row, column: row, value: power[row]))
    }
    let weights = SparseMatrix(size: state.actors.count, entries: entries).rowNormalizedByAbsoluteSum()
    return FriedkinJohnsen(
      influence: weights, stubbornness: state.actors.map { min(max($0.actor.stubbornness, 0), 1) })
  }

  @Test(arguments: [41, 42, 43])
  func rowsEqualTheFormulaBitForBit(seed: UInt64) {
    let model = SweepBatchEquivalenceTests.randomModel(actors: 50, relations: 300, seed: seed)
    var state = ModelState(model: model)
    for position in [3, 17, 30] { state.apply(.remove(actor: state.actors[position].actor.id)) }
    let power = DependencyCascade(state: state).effectivePower
    let expected = Self.formulaSystem(state: state, power: power)
    let system = EffectiveStance.system(state: state, effectivePower: power)
    #expect(system.influence.rowOffsets == expected.influence.rowOffsets)
    #expect(system.influence.columns == expected.influence.columns)
    #expect(system.influence.values.map(\.bitPattern) == expected.influence.values.map(\.bitPattern))
    #expect(system.stubbornness == expected.stubbornness)
    #expect(system.influence.columns.count > 200)
    // A rebuilt row without an influencer equals the row of the state without it.
    let weights = InfluenceWeights(state: state)
    var removed = [Bool](repeating: false, count: state.actors.count)
    removed[5] = true
    var after = state
    after.apply(.remove(actor: state.actors[5].actor.id))
    let afterSystem = Self.formulaSystem(state: after, power: power)
    for row in 0..<state.actors.count where row != 5 {
      var columns: [Int32] = []
      var values: [Double] = []
      let listening = weights.appendRow(row, power: power, removed: removed, columns: &columns, values: &values)
      let expectedRow = afterSystem.influence.row(row)
      #expect(listening == afterSystem.listening[row])
      if listening {
        #expect(columns.map(Int.init) == expectedRow.map(\.column))
        #expect(values.map(\.bitPattern) == expectedRow.map(\.value.bitPattern))
      }
    }
  }
}
