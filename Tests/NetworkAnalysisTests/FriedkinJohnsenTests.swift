import NetworkAnalysis
import TestSupport
import Testing

@Suite("Friedkin–Johnsen and sparse matrices")
struct FriedkinJohnsenTests {
  /// Two agents listening only to each other, θ = ½, s = (1, −1):
  /// x₀ = ½·1 + ½·x₁ and x₁ = ½·(−1) + ½·x₀, so x₀ = ½ + ½(−½ + ½x₀) = ¼ + ¼x₀, x₀ = 1/3 and x₁ = −1/3.
  @Test("two agents solved by hand")
  func twoAgents() {
    let influence = SparseMatrix(
      size: 2, entries: [MatrixEntry(row: 0, column: 1, value: 1), MatrixEntry(row: 1, column: 0, value: 1)])
    let result = FriedkinJohnsen(influence: influence, stubbornness: [0.5, 0.5]).solve(initialOpinions: [1, -1])
    #expect(result.converged)
    #expect(isClose(result.opinions, [1.0 / 3, -1.0 / 3], tolerance: 1e-11))
  }

  /// Agent 0 has no influencer and keeps 0.8. Agent 1 listens to 0 (θ = ½, s = −0.2):
  /// x₁ = ½(−0.2) + ½(0.8) = 0.3. Agent 2 hears 0 with +0.6 and 1 with −0.4 (a conflict; already
  /// normalised, |0.6| + |−0.4| = 1), θ = ¼, s = 0: x₂ = ¾ (0.6·0.8 − 0.4·0.3) = ¾ · 0.36 = 0.27.
  @Test("three agents with a conflict tie and an agent without influencers")
  func threeAgents() {
    let raw = SparseMatrix(
      size: 3,
      entries: [
        MatrixEntry(row: 1, column: 0, value: 2), MatrixEntry(row: 2, column: 0, value: 0.9),
        MatrixEntry(row: 2, column: 1, value: -0.6),
      ])
    let influence = raw.rowNormalizedByAbsoluteSum()
    #expect(influence.row(2).map(\.column) == [0, 1])
    #expect(isClose(influence.row(2).map(\.value), [0.6, -0.4], tolerance: 1e-15))
    let system = FriedkinJohnsen(influence: influence, stubbornness: [0.9, 0.5, 0.25])
    let result = system.solve(initialOpinions: [0.8, -0.2, 0])
    #expect(result.converged)
    #expect(result.opinions[0] == 0.8)
    #expect(isClose(result.opinions, [0.8, 0.3, 0.27], tolerance: 1e-12))
  }

  /// One round from s = (1, −1) with θ = 0: everyone takes the other's opinion, so the opinions swap forever.
  @Test("non-convergence is reported after maxIterations rounds")
  func oscillation() {
    let influence = SparseMatrix(
      size: 2, entries: [MatrixEntry(row: 0, column: 1, value: 1), MatrixEntry(row: 1, column: 0, value: 1)])
    let result = FriedkinJohnsen(influence: influence, stubbornness: [0, 0]).solve(
      initialOpinions: [1, -1], maxIterations: 11)
    #expect(!result.converged)
    #expect(result.iterations == 11)
    #expect(result.opinions == [-1, 1])
  }

  @Test("opinions outside [−1, 1] are clamped at the end")
  func clamping() {
    let influence = SparseMatrix(size: 2, entries: [MatrixEntry(row: 1, column: 0, value: 1)])
    let result = FriedkinJohnsen(influence: influence, stubbornness: [1, 0.5]).solve(initialOpinions: [1.5, 1])
    #expect(result.opinions == [1, 1])
    #expect(result.iterations == 2)
  }

  @Test("repeated entries are summed and a zero row stays zero")
  func sparseMatrix() {
    let matrix = SparseMatrix(
      size: 3,
      entries: [
        MatrixEntry(row: 0, column: 2, value: 1), MatrixEntry(row: 0, column: 1, value: -3),
        MatrixEntry(row: 0, column: 2, value: 2),
      ])
    #expect(matrix.rowOffsets == [0, 2, 2, 2])
    #expect(matrix.columns == [1, 2])
    #expect(matrix.values == [-3, 3])
    #expect(matrix.multiply([1, 2, 3]) == [3, 0, 0])
    let normalized = matrix.rowNormalizedByAbsoluteSum()
    #expect(normalized.values == [-0.5, 0.5])
    #expect(normalized.absoluteRowSums() == [1, 0, 0])
  }
}
