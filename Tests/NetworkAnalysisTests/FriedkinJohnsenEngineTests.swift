import NetworkAnalysis
import Testing

/// The strategies of the one Friedkin–Johnsen engine (the plain solve, the allocation-free solve
/// with caller buffers, the lane-batched solve) against each other and against a dense loop written
/// here from the formula, on random systems, bit for bit.
@Suite("Friedkin–Johnsen engine strategies")
struct FriedkinJohnsenEngineTests {
  /// A random row-normalised system of `size` agents with about `degree` influencers each (some
  /// agents without any), signed weights, θ in [0, 1) (some 0).
  static func randomSystem(size: Int, degree: Int, seed: UInt64) -> FriedkinJohnsen {
    var generator = SeededGenerator(seed: seed)
    var entries: [MatrixEntry] = []
    for row in 0..<size where generator.next(below: 5) != 0 {
      for _ in 0..<(1 + generator.next(below: 2 * degree)) {
        let value = (generator.nextUniform() - 0.3) * 2
        entries.append(MatrixEntry(row: row, column: generator.next(below: size), value: value))
      }
    }
    let stubbornness = (0..<size).map { _ in generator.next(below: 6) == 0 ? 0 : generator.nextUniform() }
    return FriedkinJohnsen(
      influence: SparseMatrix(size: size, entries: entries).rowNormalizedByAbsoluteSum(), stubbornness: stubbornness)
  }

  static func randomOpinions(count: Int, seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in generator.nextUniform() * 2 - 1 }
  }

  /// The dynamics as the formula reads, with dense rows: s(t+1)ᵢ = θᵢ sᵢ + (1 − θᵢ) Σⱼ Wᵢⱼ s(t)ⱼ for
  /// agents with a non-zero row, until no |Δ| reaches the tolerance.
  static func denseSolve(_ system: FriedkinJohnsen, initial: [Double], tolerance: Double = 1e-12) -> Solved {
    let n = system.influence.size
    let rows = (0..<n).map { system.influence.row($0) }
    var current = initial
    var rounds = 0
    var converged = false
    while rounds < 10_000 && !converged {
      rounds += 1
      var next = current
      var largest = 0.0
      for agent in 0..<n where rows[agent].contains(where: { $0.value != 0 }) {
        var heard = 0.0
        for entry in rows[agent] { heard += entry.value * current[entry.column] }
        let theta = system.stubbornness[agent]
        next[agent] = theta * initial[agent] + (1 - theta) * heard
        largest = max(largest, abs(next[agent] - current[agent]))
      }
      current = next
      converged = largest < tolerance
    }
    return Solved(opinions: current.map { min(1, max(-1, $0)) }, iterations: rounds, converged: converged)
  }

  /// A solve's outcome, as the tests compare it.
  struct Solved {
    var opinions: [Double]
    var iterations: Int
    var converged: Bool

    init(opinions: [Double], iterations: Int, converged: Bool) {
      self.opinions = opinions
      self.iterations = iterations
      self.converged = converged
    }

    init(_ result: FriedkinJohnsenResult) {
      self.init(opinions: result.opinions, iterations: result.iterations, converged: result.converged)
    }
  }

  static func expectSame(_ actual: FriedkinJohnsenResult, _ expected: Solved) {
    expectSame(actual.opinions, actual.iterations, actual.converged, expected)
  }

  static func expectSame(_ actual: FriedkinJohnsenResult, _ expected: FriedkinJohnsenResult) {
    expectSame(actual, Solved(expected))
  }

  static func expectSame(_ opinions: [Double], _ iterations: Int, _ converged: Bool, _ expected: Solved) {
    #expect(opinions.map(\.bitPattern) == expected.opinions.map(\.bitPattern))
    #expect(iterations == expected.iterations)
    #expect(converged == expected.converged)
  }

  @Test("plain, allocation-free and public solves equal the dense loop bit for bit", arguments: [1, 2, 3, 4, 5])
  func scalarStrategies(seed: UInt64) {
    let system = Self.randomSystem(size: 40 + Int(seed) * 7, degree: 4, seed: seed)
    var opinions = [Double](repeating: 9, count: 3)  // the wrong size: resized
    var scratch: [Double] = []
    for draw in 0..<3 {
      let initial = Self.randomOpinions(count: system.influence.size, seed: seed * 100 + UInt64(draw))
      let expected = Self.denseSolve(system, initial: initial)
      #expect(expected.iterations > 2)
      Self.expectSame(system.plainSolve(initialOpinions: initial), expected)
      Self.expectSame(system.solve(initialOpinions: initial), expected)
      // Reused buffers (dirty from the previous draw) give the same bits.
      let (iterations, converged) = system.solve(from: initial, into: &opinions, scratch: &scratch)
      Self.expectSame(opinions, iterations, converged, expected)
    }
  }

  @Test("a round limit stops every strategy at the same opinions")
  func roundLimit() {
    let system = Self.randomSystem(size: 30, degree: 3, seed: 9)
    let initial = Self.randomOpinions(count: 30, seed: 10)
    let plain = system.plainSolve(initialOpinions: initial, maxIterations: 3)
    #expect(plain.iterations == 3)
    #expect(!plain.converged)
    var opinions: [Double] = []
    var scratch: [Double] = []
    let (iterations, converged) = system.solve(from: initial, into: &opinions, scratch: &scratch, maxIterations: 3)
    Self.expectSame(opinions, iterations, converged, Solved(plain))
    let lanes = system.solveLanes(anchors: initial, replacing: [FriedkinJohnsenReplacedRows()], maxIterations: 3)
    Self.expectSame(lanes[0], plain)
  }

  /// Each lane replaces a few random rows (some by a zero row, some by a new normalised row); its
  /// result must be the plain solve of the system with those rows, bit for bit.
  @Test("every lane of the lane-batched solve equals the plain solve of its system", arguments: [11, 12, 13])
  func lanes(seed: UInt64) {
    let size = 50
    let system = Self.randomSystem(size: size, degree: 4, seed: seed)
    let anchors = Self.randomOpinions(count: size, seed: seed + 1)
    var generator = SeededGenerator(seed: seed + 2)
    for laneCount in [1, 5, FriedkinJohnsen.laneCount] {
      var replacements: [FriedkinJohnsenReplacedRows] = []
      var systems: [FriedkinJohnsen] = []
      for _ in 0..<laneCount {
        var replaced = FriedkinJohnsenReplacedRows()
        var rows = (0..<size).map { system.influence.row($0) }
        var chosen = Set<Int>()
        for _ in 0..<generator.next(below: 6) {
          let row = generator.next(below: size)
          guard chosen.insert(row).inserted else { continue }
          var entries: [Int: Double] = [:]
          if generator.next(below: 3) != 0 {
            for _ in 0..<(1 + generator.next(below: 5)) {
              entries[generator.next(below: size), default: 0] += generator.nextUniform() - 0.4
            }
          }
          let sum = entries.values.reduce(0) { $0 + abs($1) }
          let newRow = entries.keys.sorted().map {
            MatrixEntry(row: row, column: $0, value: entries[$0, default: 0] / sum)
          }
          let listening = sum > 0
          for entry in newRow where listening {
            replaced.columns.append(Int32(entry.column))
            replaced.values.append(entry.value)
          }
          replaced.closeRow(row, listening: listening)
          rows[row] = listening ? newRow : []
        }
        replacements.append(replaced)
        systems.append(
          FriedkinJohnsen(
            influence: SparseMatrix(size: size, entries: rows.flatMap { $0 }), stubbornness: system.stubbornness))
      }
      let solved = system.solveLanes(anchors: anchors, replacing: replacements)
      #expect(solved.count == laneCount)
      for (lane, replaced) in replacements.enumerated() {
        Self.expectSame(solved[lane], systems[lane].plainSolve(initialOpinions: anchors))
        #expect(replaced.listening(base: system.listening) == systems[lane].listening)
      }
    }
  }

  /// A hand-solved system: agent 1 listens to agent 0 (θ = ½, s = −0.2, agent 0 keeps 0.8), so
  /// s*₁ = 0.3. A lane that replaces row 1 by a zero row keeps s₁ = −0.2; one that makes agent 0
  /// listen to agent 1 (θ₀ = 0) gives s*₀ = s*₁ = x with x = ½(−0.2) + ½x, x = −0.2.
  @Test("lanes solved by hand")
  func lanesByHand() {
    let influence = SparseMatrix(size: 2, entries: [MatrixEntry(row: 1, column: 0, value: 1)])
    let system = FriedkinJohnsen(influence: influence, stubbornness: [0, 0.5])
    var zero = FriedkinJohnsenReplacedRows()
    zero.closeRow(1, listening: false)
    var follow = FriedkinJohnsenReplacedRows()
    follow.columns = [1]
    follow.values = [1]
    follow.closeRow(0, listening: true)
    let solved = system.solveLanes(anchors: [0.8, -0.2], replacing: [FriedkinJohnsenReplacedRows(), zero, follow])
    #expect(abs(solved[0].opinions[1] - 0.3) < 1e-11)
    #expect(solved[1].opinions == [0.8, -0.2])
    #expect(solved[1].iterations == 1)
    #expect(abs(solved[2].opinions[0] + 0.2) < 1e-9)
    #expect(abs(solved[2].opinions[1] + 0.2) < 1e-9)
    #expect(zero.listening(base: system.listening) == [false, false])
    #expect(follow.listening(base: system.listening) == [true, true])
  }
}
