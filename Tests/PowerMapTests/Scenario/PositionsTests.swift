import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// Positions per commitment (rule 2's issues) and the step forms that move them, worked by hand.
///
///     a  p 0.8  s  0.6  θ 0.5   positions {c1: −0.6}     a → c influence w 0.5
///     c  p 0.5  s  0.2  θ 0.8
///
/// c1 and c2 are owned by c, authority [c], threshold 0.2. c hears only a: a_ac = 0.5·0.8 = 0.4,
/// d_c = 0.9, Ŵ_ca = 4/9, r_c = 5/9. With a at x: s_c = 0.16 + 0.2·(5/9 s_c + 4/9 x), so
/// s_c = (0.16 + 0.4x/4.5)·9/8:
///   general (x = 0.6):  s*_c = 0.24;   on c1 (x = −0.6): s*⁽ᶜ¹⁾_c = 0.12;   c2 has no position: 0.24.
@Suite struct PositionsTests {
  static let model: Model = {
    var a = makeActor("a", power: 0.8, interest: 1, stance: 0.6, stubbornness: 0.5)
    a.positions = ["c1": -0.6]
    return Model(
      name: "positions",
      actors: [a, makeActor("c", power: 0.5, interest: 1, stance: 0.2, stubbornness: 0.8)],
      relations: [Relation(from: "a", to: "c", kind: .influence, weight: 0.5)],
      commitments: [
        Commitment(id: "c1", title: "One", owner: "c", needs: CommitmentNeeds(authority: ["c"]), threshold: 0.2),
        Commitment(id: "c2", title: "Two", owner: "c", needs: CommitmentNeeds(authority: ["c"]), threshold: 0.2),
      ])
  }()

  static func evaluate(_ steps: [ScenarioAction] = []) -> PlanEvaluation {
    PlanEvaluation(
      model: model, state: model.state(applying: [Scenario(id: "s", steps: steps.map { ScenarioStep($0) })]))
  }

  /// A position spreads through influence to the neighbour's position on the same commitment, and
  /// to no other commitment.
  @Test func positionSpreadsOnItsOwnCommitmentOnly() {
    let evaluation = Self.evaluate()
    expectClose(evaluation.effectiveStance, [0.6, 0.24])
    #expect(evaluation.stance.positions.commitments == [0])
    let onC1 = evaluation.stance.positions.stance(onCommitment: 0, general: evaluation.effectiveStance)
    let onC2 = evaluation.stance.positions.stance(onCommitment: 1, general: evaluation.effectiveStance)
    expectClose(onC1, [-0.6, 0.12])
    expectClose(onC2, [0.6, 0.24])
    expectClose(evaluation.commitments.map(\.viability), [0.12, 0.24])
    #expect(evaluation.commitments.map(\.status) == [.atRisk, .viable])
  }

  /// `analyze --json`'s `positions`: the effective position on each commitment with declared
  /// positions, for every actor; `{}` when the model declares none.
  @Test func reportListsEffectivePositions() {
    let report = StakeholderAnalysis(model: Self.model).report
    #expect(report.actors.map { Array($0.positions.keys) } == [["c1"], ["c1"]])
    expectClose(report.actors[1].positions["c1"], 0.12)
    var plain = Self.model
    plain.actors[0].positions = [:]
    let plainActors = StakeholderAnalysis(model: plain).report.actors
    #expect(plainActors.allSatisfy { $0.positions.isEmpty })
  }

  /// Rules 4 and 7 read the positions on each commitment. x (p 1, q 1, s 0.5, position −0.5 on c1)
  /// and y (p 1, q 1, s 0.5), no relations, both listed in c1's and c2's authority:
  ///   HHI c1: x contributes max(−0.5, 0) = 0, y 0.5 → 1; c2: 0.5 and 0.5 → 0.5;
  ///   plan: x 0.5, y 1 → (1/3)² + (2/3)² = 5/9.  2MAO: x −2 on c1 (round(4·(−0.5))), 2 on c2; y 2, 2.
  @Test func concentrationAndMactorReadPositions() throws {
    var x = makeActor("x", power: 1, interest: 1, stance: 0.5, stubbornness: 1)
    x.positions = ["c1": -0.5]
    let model = Model(
      name: "rules 4 and 7", actors: [x, makeActor("y", power: 1, interest: 1, stance: 0.5, stubbornness: 1)],
      commitments: [
        Commitment(id: "c1", title: "One", owner: "x", needs: CommitmentNeeds(authority: ["x", "y"])),
        Commitment(id: "c2", title: "Two", owner: "x", needs: CommitmentNeeds(authority: ["x", "y"])),
      ])
    let analysis = StakeholderAnalysis(model: model)
    expectClose(analysis.evaluation.concentration.commitments, [1, 0.5])
    expectClose(analysis.evaluation.concentration.plan, 5.0 / 9)
    let mactor = try Mactor(model: model, state: analysis.state, effectiveStance: analysis.evaluation.stance)
    #expect(mactor.mao2 == [[-2, 2], [2, 2]])
  }

  /// Salience is not measured for actors that give neither legitimacy nor urgency: nil, `null` in JSON.
  @Test func salienceWithoutItsAttributesIsNull() throws {
    var model = Self.model
    model.actors[1].urgency = 0.8
    let report = StakeholderAnalysis(model: model).report
    #expect(report.actors[0].salience == nil)
    #expect(report.actors[1].salience == .dangerous)  // power 0.5 and urgency, no legitimacy
    let json = try JSONOutput.text(report.actors[0], pretty: false)
    #expect(json.contains("\"salience\":null"))
  }

  /// A general stance shift moves every declared position by the same amount (clamped).
  @Test func generalShiftMovesPositions() {
    var state = ModelState(model: Self.model)
    state.apply(.shift(ActorShift(actor: "a", stance: 0.2)))
    expectClose(state.actors[0].actor.stance, 0.8)
    expectClose(state.actors[0].actor.positions["c1"], -0.4)
    state.apply(.shift(ActorShift(actor: "a", stance: -1)))
    expectClose(state.actors[0].actor.stance, -0.2)
    expectClose(state.actors[0].actor.positions["c1"], -1)
  }

  /// `set`/`shift` with `commitment` move that one position; a shift without a declared position
  /// starts from the general stance; a general `set` leaves positions as declared.
  @Test func positionStepsMoveOnePosition() {
    var state = ModelState(model: Self.model)
    state.apply(.set(ActorUpdate(actor: "c", stance: -0.5, commitment: "c2")))
    state.apply(.shift(ActorShift(actor: "c", stance: 0.1, commitment: "c1")))
    state.apply(.shift(ActorShift(actor: "a", stance: 0.3, commitment: "c1")))
    state.apply(.set(ActorUpdate(actor: "a", stance: 0)))
    expectClose(state.actors[1].actor.stance, 0.2)
    expectClose(state.actors[1].actor.positions["c2"], -0.5)
    expectClose(state.actors[1].actor.positions["c1"], 0.3)
    expectClose(state.actors[0].actor.stance, 0)
    expectClose(state.actors[0].actor.positions["c1"], -0.3)
  }

  /// A transition with `stance` is a new occupant (positions dropped); with `shift` the positions move.
  @Test func transitionDropsOrMovesPositions() {
    var occupied = ModelState(model: Self.model)
    occupied.apply(.transition(Transition(actors: ["a"], to: "X", stance: 0.1)))
    #expect(occupied.actors[0].actor.positions.isEmpty)
    expectClose(occupied.actors[0].actor.stance, 0.1)
    var shifted = ModelState(model: Self.model)
    shifted.apply(.transition(Transition(actors: ["a"], to: "X", shift: -0.3)))
    expectClose(shifted.actors[0].actor.stance, 0.3)
    expectClose(shifted.actors[0].actor.positions["c1"], -0.9)
  }

  /// A position set by a step becomes an issue of its own: c's position on c2 at −0.5 with a at 0.6
  /// gives s*⁽ᶜ²⁾_c = (0.8·(−0.5) + 0.2·4/9·0.6)/(1 − 0.2·5/9) = (−0.4 + 0.0533…)/(8/9) = −0.39.
  @Test func aStepCanOpenAnIssue() {
    let evaluation = Self.evaluate([.set(ActorUpdate(actor: "c", stance: -0.5, commitment: "c2"))])
    #expect(evaluation.stance.positions.commitments == [0, 1])
    expectClose(evaluation.commitments[1].viability, -0.39)
    expectClose(evaluation.commitments[0].viability, 0.12)
  }

  /// Monte Carlo draws one noise per actor for its stance and its positions: the result is the
  /// same for any number of jobs, and each sample equals the plain evaluation of its draws.
  @Test func monteCarloWithPositionsIsTheSameForAnyJobs() async throws {
    var model = Self.model
    model.actors[1].uncertainty = 0.3
    let scenario = Scenario(
      id: "s", steps: [ScenarioStep(.shift(ActorShift(actor: "c", stance: 0.2, commitment: "c2")), probability: 0.5)])
    let runs = try await [1, 2, 3].asyncMap { jobs in
      try await MonteCarloSimulation.run(model: model, scenarios: [scenario], samples: 300, seed: 9, jobs: jobs)
    }
    let encoded = try runs.map { try JSONOutput.text($0) }
    #expect(encoded[0] == encoded[1] && encoded[1] == encoded[2])
    let sampler = MonteCarloSampler(model: model, scenarios: [scenario], seed: 9)
    #expect(sampler.issues == [0, 1])
    var worker = MonteCarloWorker(sampler: sampler)
    for sample in [0, 5, 77] {
      var viabilities = [Double](repeating: 0, count: 2)
      worker.evaluate(sample: sample, into: &viabilities, offset: 0)
      let reference = ScenarioRunSupport.referenceViabilities(
        model: model, scenarios: [scenario], sampler: sampler, sample: sample)
      #expect(viabilities.map(\.bitPattern) == reference.map(\.bitPattern), "sample \(sample)")
    }
    // The chunk path (samples grouped by their steps, eight solves per pass) gives the same bits.
    var one = MonteCarloWorker(sampler: sampler)
    var chunked = MonteCarloWorker(sampler: sampler)
    var expected = [Double](repeating: 0, count: 2 * 64)
    for sample in 100..<164 { one.evaluate(sample: sample, into: &expected, offset: (sample - 100) * 2) }
    var actual = [Double](repeating: 0, count: 2 * 64)
    chunked.evaluate(samples: 100..<164, into: &actual)
    #expect(actual.map(\.bitPattern) == expected.map(\.bitPattern))
  }

  /// The sweep shows a loss that helps: removing the obstacle's only holder lifts c1 from blocked
  /// (V = 0.3 − 0.5·1·(0.4·0.8/0.4) = −0.1... see below) to viable, listed under `improved`.
  ///
  ///     o p 0.5 q 1 s 0.6 (owner, authority)   h p 0.4 q 1 s −0.8 (holder)
  ///     ob: severity 0.5, holders [h] → opposition 0.8, pressure 0.4; V = 0.6 − 0.4 = 0.2 → viable?
  ///
  /// With threshold 0.3, V = 0.2 is at risk; without h the pressure is 0 and V = 0.6: viable.
  @Test func sweepListsALossThatHelps() async throws {
    let model = Model(
      name: "helps",
      actors: [
        makeActor("o", power: 0.5, interest: 1, stance: 0.6, stubbornness: 1),
        makeActor("h", power: 0.4, interest: 1, stance: -0.8, stubbornness: 1),
      ],
      commitments: [
        Commitment(id: "c", title: "C", owner: "o", needs: CommitmentNeeds(authority: ["o"]), threshold: 0.3)
      ],
      obstacles: [Obstacle(id: "ob", kind: .political, title: "Ob", blocks: ["c"], severity: 0.5, holders: ["h"])])
    let sweep = try await LossOfAllySweep.run(model: model, scenarios: [])
    let losingH = try #require(sweep.allies.first { $0.ids == ["h"] })
    #expect(losingH.improved == ["c"])
    #expect(losingH.failed.isEmpty && losingH.statusChanges == 0)
    expectClose(losingH.deltaViability, 0.4)
  }
}

extension Array {
  fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
    var result: [T] = []
    for element in self { result.append(try await transform(element)) }
    return result
  }
}
