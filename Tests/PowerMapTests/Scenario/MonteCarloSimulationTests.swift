import Foundation
import NetworkAnalysis
import TestSupport
import Testing

@testable import PowerMap

/// Rule 10 (the Rules article of the PowerMap documentation): Monte Carlo.
@Suite struct MonteCarloSimulationTests {
  /// A model that exercises every step kind, with influence, dependencies, obstacles and noise:
  /// the fast path (cached structures + stance programs + ``ResolvedPlan``) must agree bit for bit
  /// with applying the steps to a ``ModelState`` and running ``PlanEvaluation``.
  static let everyStepModel: (model: Model, scenarios: [Scenario]) = {
    func actor(
      _ id: String, _ kind: ActorKind, power: Double, interest: Double, stance: Double, stubbornness: Double,
      affiliation: String? = nil
    ) -> Actor {
      Actor(
        id: id, name: id.uppercased(), kind: kind, level: .state, power: power, interest: interest, stance: stance,
        stubbornness: stubbornness, uncertainty: 0.25, affiliation: affiliation)
    }
    let model = Model(
      name: "every step",
      actors: [
        actor("gov", .executive, power: 0.9, interest: 0.8, stance: 0.5, stubbornness: 0.6, affiliation: "PAN"),
        actor("ag1", .agency, power: 0.6, interest: 0.7, stance: 0.3, stubbornness: 0.4, affiliation: "PAN"),
        actor("ag2", .agency, power: 0.5, interest: 0.5, stance: 0.1, stubbornness: 0.5, affiliation: "PAN"),
        actor("city", .municipal, power: 0.4, interest: 0.6, stance: -0.2, stubbornness: 0.7, affiliation: "PAN"),
        actor("audit", .autonomous, power: 0.7, interest: 0.9, stance: 0.8, stubbornness: 0.8),
        actor("uni", .academia, power: 0.3, interest: 0.5, stance: 0.6, stubbornness: 0.3),
        actor("ngo", .civilSociety, power: 0.35, interest: 0.95, stance: 0.7, stubbornness: 0.5),
        actor("party", .party, power: 0.5, interest: 0.4, stance: -0.6, stubbornness: 0.9, affiliation: "MORENA"),
      ],
      relations: [
        Relation(from: "gov", to: "ag1", kind: .authority, weight: 0.9),
        Relation(from: "gov", to: "ag2", kind: .authority, weight: 0.7),
        Relation(from: "audit", to: "city", kind: .oversight, weight: 0.6),
        Relation(from: "uni", to: "ngo", kind: .alliance, weight: 0.5),
        Relation(from: "party", to: "gov", kind: .conflict, weight: 0.4),
        Relation(from: "ngo", to: "city", kind: .influence, weight: 0.3),
        Relation(from: "ag1", to: "gov", kind: .dependsOn, weight: 0.5),
        Relation(from: "city", to: "audit", kind: .dependsOn, weight: 0.4),
        Relation(from: "uni", to: "audit", kind: .funding, weight: 0.2),
        Relation(from: "ag2", to: "ag1", kind: .dependsOn, weight: 0.3),
      ],
      commitments: [
        Commitment(
          id: "c1", title: "c1", owner: "audit",
          needs: CommitmentNeeds(authority: ["audit"], acceptance: ["city", "ngo"], ability: ["uni", "audit"])),
        Commitment(
          id: "c2", title: "c2", owner: "ag1",
          needs: CommitmentNeeds(authority: ["ag1", "gov"], acceptance: ["party"]), threshold: 0.1),
        Commitment(
          id: "c3", title: "c3", owner: "city",
          needs: CommitmentNeeds(authority: ["city"], ability: ["ngo", "uni", "ngo"]), threshold: 0.3),
      ],
      obstacles: [
        Obstacle(
          id: "o1", kind: .political, title: "o1", blocks: ["c1", "c2"], severity: 0.4, holders: ["party", "ag2"],
          mitigators: ["ngo"]),
        Obstacle(id: "o2", kind: .financial, title: "o2", blocks: ["c3"], severity: 0.2, holders: ["gov"]),
      ])
    let fed = Actor(
      id: "fed", name: "FED", kind: .international, level: .federal, power: 0.7, interest: 0.6, stance: 0.4)
    let auditAgain = Actor(
      id: "audit", name: "AUDIT", kind: .autonomous, level: .state, power: 0.5, interest: 0.9, stance: 0.2)
    let first = Scenario(
      id: "first",
      steps: [
        ScenarioStep(
          .transition(
            Transition(actors: ["uni"], affiliation: "PAN", kinds: [.executive, .agency], to: "MORENA", stance: -0.2)),
          probability: 0.7),
        ScenarioStep(.shift(ActorShift(actor: "ag2", stance: -0.3, power: -0.1)), probability: 0.5),
        ScenarioStep(.remove(actor: "audit"), probability: 0.3),
        ScenarioStep(.set(ActorUpdate(actor: "city", interest: 0.2, stance: 0.9)), probability: 0.5),
        ScenarioStep(.cut(from: "gov", to: "ag1", kind: nil), probability: 0.5),
      ])
    let second = Scenario(
      id: "second",
      steps: [
        ScenarioStep(.link(Relation(from: "party", to: "city", kind: .influence, weight: 0.8)), probability: 0.5),
        ScenarioStep(.add(fed), probability: 0.5),
        ScenarioStep(.link(Relation(from: "fed", to: "ag1", kind: .authority, weight: 0.6)), probability: 0.9),
        ScenarioStep(.add(auditAgain), probability: 0.3),
        ScenarioStep(.transition(Transition(affiliation: "MORENA", to: "PAN", shift: 0.3)), probability: 0.5),
        ScenarioStep(.shift(ActorShift(actor: "city", stance: 0.5)), probability: 0.5),
      ])
    return (model, [first, second])
  }()

  /// One noisy actor `a` (stance 0.3, σ 0.2, no influencers, so V of `c` = its noisy stance) and
  /// a noiseless `b` (stance 0.5) that a step removes with probability 0.3 (then V of `d` = −1).
  static let handModel: (model: Model, scenarios: [Scenario]) = {
    let a = Actor(
      id: "a", name: "A", kind: .agency, level: .state, power: 1, interest: 1, stance: 0.3, uncertainty: 0.2)
    let b = Actor(
      id: "b", name: "B", kind: .agency, level: .state, power: 1, interest: 1, stance: 0.5, uncertainty: 0)
    let model = Model(
      name: "hand", actors: [a, b],
      commitments: [
        Commitment(id: "c", title: "c", owner: "a", needs: CommitmentNeeds(authority: ["a"]), threshold: 0.2),
        Commitment(id: "d", title: "d", owner: "b", needs: CommitmentNeeds(authority: ["b"]), threshold: 0.2),
      ])
    let scenario = Scenario(id: "lose-b", steps: [ScenarioStep(.remove(actor: "b"), probability: 0.3)])
    return (model, [scenario])
  }()

  @Test func fastPathAgreesBitForBitWithPlanEvaluation() throws {
    let veracruz = try ScenarioRunSupport.veracruz()
    for (model, scenarios, samples) in [
      (Self.everyStepModel.model, Self.everyStepModel.scenarios, 300), (veracruz.model, veracruz.scenarios, 60),
    ] {
      let sampler = MonteCarloSampler(model: model, scenarios: scenarios, seed: 2019)
      var worker = MonteCarloWorker(sampler: sampler)
      var differing = 0
      for sample in 0..<samples {
        let fast = ScenarioRunSupport.fastViabilities(worker: &worker, sample: sample)
        let reference = ScenarioRunSupport.referenceViabilities(
          model: model, scenarios: scenarios, sampler: sampler, sample: sample)
        if fast != reference {
          differing += 1
          if differing <= 3 { Issue.record("\(model.name), sample \(sample): fast \(fast) ≠ reference \(reference)") }
        }
      }
      #expect(differing == 0, "\(model.name): \(differing) of \(samples) samples differ")
    }
  }

  /// The draws follow the documented order: one Gaussian per model actor in model order, then one
  /// uniform per step in order (scenario by scenario), from SeededGenerator(seed, stream: k).
  @Test func drawsFollowTheDocumentedOrder() {
    let (model, scenarios) = Self.everyStepModel
    let seed: UInt64 = 42
    let sampler = MonteCarloSampler(model: model, scenarios: scenarios, seed: seed)
    for sample in [0, 1, 7, 1_000] {
      var sheet = IssueSheet(
        actorCount: model.actors.count, issues: sampler.issues, commitmentIDs: model.commitments.map(\.id))
      var included = [Bool](repeating: false, count: 11)
      sampler.draw(sample: sample, sheet: &sheet, included: &included)
      let stances = sheet.general

      var generator = SeededGenerator(seed: seed, stream: UInt64(sample))
      let expectedStances = model.actors.map { actor in
        min(max(actor.stance + actor.uncertainty * generator.nextGaussian(), -1), 1)
      }
      let expectedIncluded = scenarios.flatMap(\.steps).map { generator.nextUniform() < $0.probability }
      #expect(stances == expectedStances, "sample \(sample)")
      #expect(included == expectedIncluded, "sample \(sample)")
    }
  }

  @Test func identicalBytesForAnyJobsAndOnRerun() async throws {
    let (model, scenarios) = try ScenarioRunSupport.veracruz()
    func run(jobs: Int) async throws -> String {
      try ScenarioRunSupport.json(
        try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: 700, seed: 7, jobs: jobs))
    }
    let one = try await run(jobs: 1)
    let four = try await run(jobs: 4)
    let again = try await run(jobs: 4)
    let two = try await run(jobs: 2)
    #expect(one == four)
    #expect(four == again)
    #expect(one == two)
    // Not trivially identical: the scenarios' probabilities and the noise make a spread.
    let result = try JSONDecoder().decode(MonteCarloResult.self, from: Data(one.utf8))
    #expect(result.commitments.contains { $0.p05 < $0.p95 })
    // Another seed gives another result.
    let otherSeed = try ScenarioRunSupport.json(
      try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: 700, seed: 8, jobs: 2))
    #expect(otherSeed != one)
  }

  /// With no uncertainty and every step certain, every sample is the deterministic run: P is 0 or
  /// 1 as the deterministic status says, and both percentiles are the deterministic V exactly.
  @Test func certainInputsReproduceTheDeterministicRun() async throws {
    var (model, scenarios) = try ScenarioRunSupport.veracruz()
    for index in model.actors.indices { model.actors[index].uncertainty = 0 }
    for scenario in scenarios.indices {
      for step in scenarios[scenario].steps.indices { scenarios[scenario].steps[step].probability = 1 }
    }
    let deterministic = PlanEvaluation(model: model, state: model.state(applying: scenarios))
    let samples = 40
    let result = try await MonteCarloSimulation.run(
      model: model, scenarios: scenarios, samples: samples, seed: 3, jobs: 2)
    #expect(result.commitments.count == deterministic.commitments.count)
    #expect(Set(deterministic.commitments.map(\.status)).count > 1, "the fixture should mix statuses")
    for (odds, exact) in zip(result.commitments, deterministic.commitments) {
      #expect(odds.id == exact.id)
      #expect(odds.pViable == (exact.status == .viable ? 1 : 0), "\(exact.id)")
      #expect(odds.pBlocked == (exact.status == .blocked ? 1 : 0), "\(exact.id)")
      #expect(odds.p05 == exact.viability, "\(exact.id)")
      #expect(odds.p95 == exact.viability, "\(exact.id)")
      #expect(abs(odds.meanViability - exact.viability) <= 1e-12, "\(exact.id)")
      #expect(odds.pViableStandardError == 0 && odds.pBlockedStandardError == 0)
    }
    var expectedDistribution = [Int](repeating: 0, count: deterministic.commitments.count + 1)
    expectedDistribution[deterministic.plan.viable] = samples
    #expect(result.viableCount.distribution == expectedDistribution)
    #expect(result.viableCount.mean == Double(deterministic.plan.viable))
  }

  /// Hand-checked odds. c: V = clamp(N(0.3, 0.2)), so P(viable) = P(V ≥ 0.2) = Φ(0.5) = 0.691462,
  /// P(blocked) = P(V < 0) = Φ(−1.5) = 0.066807, mean 0.3, p05 ≈ 0.3 − 1.644854·0.2 = −0.028971,
  /// p95 ≈ 0.628971. d: viable (V = 0.5) unless the step (p = 0.3) removes its owner (V = −1):
  /// P(viable) = 0.7 and P(blocked) = 1 − P(viable) (the counts add up to N). Each within 4 standard errors.
  @Test func oddsMatchHandComputedProbabilities() async throws {
    let (model, scenarios) = Self.handModel
    let samples = 4_000
    let result = try await MonteCarloSimulation.run(
      model: model, scenarios: scenarios, samples: samples, seed: 11, jobs: 2)
    let c = result.commitments[0]
    let d = result.commitments[1]
    func within4(_ estimate: Double, _ expected: Double) -> Bool {
      abs(estimate - expected) <= 4 * MonteCarloCommitment.standardError(expected, samples: samples)
    }
    #expect(within4(c.pViable, 0.691462), "pViable(c) = \(c.pViable)")
    #expect(within4(c.pBlocked, 0.066807), "pBlocked(c) = \(c.pBlocked)")
    #expect(abs(c.meanViability - 0.3) <= 4 * 0.2 / Double(samples).squareRoot(), "mean(c) = \(c.meanViability)")
    // Quantile standard error √(p(1−p)/N)/f(q) ≈ 0.0067 here; allow about 4 of them.
    #expect(abs(c.p05 - -0.028971) <= 0.03, "p05(c) = \(c.p05)")
    #expect(abs(c.p95 - 0.628971) <= 0.03, "p95(c) = \(c.p95)")
    #expect(within4(d.pViable, 0.7), "pViable(d) = \(d.pViable)")
    // Every sample of d is viable or blocked: the two counts add up to N.
    #expect(Int((d.pBlocked * Double(samples)).rounded()) + Int((d.pViable * Double(samples)).rounded()) == samples)
    #expect(d.p05 == -1 && d.p95 == 0.5)
    #expect(result.viableCount.distribution.reduce(0, +) == samples)
    #expect(result.viableCount.distribution.count == 3)
    #expect(abs(result.viableCount.mean - (c.pViable + d.pViable)) <= 1e-12)
  }

  @Test func standardErrorsAndPercentilesFollowTheirDefinitions() async throws {
    #expect(MonteCarloCommitment.standardError(0.5, samples: 100) == 0.05)
    #expect(MonteCarloCommitment.standardError(0, samples: 10) == 0)
    #expect(MonteCarloCommitment.standardError(1, samples: 10) == 0)
    #expect(abs(MonteCarloCommitment.standardError(0.2, samples: 400) - 0.02) <= 1e-15)
    // Nearest rank ⌈P·N/100⌉, at least 1.
    #expect(MonteCarloCommitment.nearestRank(percent: 5, count: 1) == 1)
    #expect(MonteCarloCommitment.nearestRank(percent: 5, count: 20) == 1)
    #expect(MonteCarloCommitment.nearestRank(percent: 5, count: 21) == 2)
    #expect(MonteCarloCommitment.nearestRank(percent: 5, count: 100) == 5)
    #expect(MonteCarloCommitment.nearestRank(percent: 95, count: 20) == 19)
    #expect(MonteCarloCommitment.nearestRank(percent: 95, count: 100) == 95)
    #expect(MonteCarloCommitment.nearestRank(percent: 95, count: 1) == 1)

    // Twenty viabilities −0.95, −0.85, …, 0.95 against τ = 0.2: 8 viable (0.25 … 0.95), 10 blocked.
    let values = (0..<20).map { -0.95 + 0.1 * Double($0) }
    let odds = MonteCarloCommitment(id: "x", threshold: 0.2, viabilities: values.reversed())
    #expect(odds.pViable == 0.4)
    #expect(odds.pBlocked == 0.5)
    #expect(odds.p05 == values[0])
    #expect(odds.p95 == values[18])
    #expect(odds.pViableStandardError == (0.4 * 0.6 / 20).squareRoot())
    #expect(odds.pBlockedStandardError == (0.5 * 0.5 / 20).squareRoot())

    let (model, scenarios) = try ScenarioRunSupport.veracruz()
    let result = try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: 300, seed: 5, jobs: 2)
    for odds in result.commitments {
      #expect(odds.pViableStandardError == (odds.pViable * (1 - odds.pViable) / 300).squareRoot())
      #expect(odds.pBlockedStandardError == (odds.pBlocked * (1 - odds.pBlocked) / 300).squareRoot())
      #expect(odds.p05 <= odds.p95)
    }
  }

  /// Three samples of two commitments (τ 0.2) in uneven blocks: (0.5, −0.5), (0.1, 0.3) | (−0.2, 0.9).
  /// c0: viable in sample 0, blocked in 2, mean 0.4/3, p05 = V₍1₎ = −0.2, p95 = V₍3₎ = 0.5;
  /// c1: viable in 1 and 2, blocked in 0. One viable commitment in every sample.
  @Test func aggregatesBlocksInSampleOrder() {
    let result = MonteCarloResult(
      samples: 3, seed: 9, ids: ["c0", "c1"], thresholds: [0.2, 0.2],
      blocks: [[0.5, -0.5, 0.1, 0.3], [-0.2, 0.9]])
    let (c0, c1) = (result.commitments[0], result.commitments[1])
    #expect(c0.pViable == 1.0 / 3 && c0.pBlocked == 1.0 / 3)
    expectClose(c0.meanViability, 0.4 / 3)
    #expect(c0.p05 == -0.2 && c0.p95 == 0.5)
    #expect(c1.pViable == 2.0 / 3 && c1.pBlocked == 1.0 / 3)
    #expect(c1.p05 == -0.5 && c1.p95 == 0.9)
    #expect(result.viableCount == ViableCountDistribution(distribution: [0, 3, 0], mean: 1))
  }

  @Test func encodesTheContractKeys() async throws {
    let (model, scenarios) = Self.handModel
    let result = try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: 10, seed: 1, jobs: 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(ScenarioRunSupport.json(result).utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["samples", "seed", "commitments", "viableCount"])
    #expect(object["samples"] as? Int == 10)
    #expect(object["seed"] as? Int == 1)
    let commitment = try #require((object["commitments"] as? [[String: Any]])?.first)
    #expect(
      Set(commitment.keys) == [
        "id", "pViable", "pBlocked", "meanViability", "p05", "p95", "pViableStandardError", "pBlockedStandardError",
      ])
    let viableCount = try #require(object["viableCount"] as? [String: Any])
    #expect(Set(viableCount.keys) == ["distribution", "mean"])
    #expect(try JSONDecoder().decode(MonteCarloResult.self, from: JSONEncoder().encode(result)) == result)
  }

  @Test func progressCountsUpToTheSamples() async throws {
    let (model, scenarios) = Self.handModel
    let log = ProgressLog()
    _ = try await MonteCarloSimulation.run(
      model: model, scenarios: scenarios, samples: 1_000, seed: 1, jobs: 3, progress: { log.record($0) })
    let reports = log.reports
    #expect(reports.count == (1_000 + MonteCarloSimulation.chunkSize - 1) / MonteCarloSimulation.chunkSize)
    #expect(reports == reports.sorted())
    #expect(reports.last == 1_000)
  }

  @Test func rejectsAnEmptyRun() async {
    let (model, scenarios) = Self.handModel
    await #expect(throws: ScenarioRunError.invalidSampleCount(0)) {
      try await MonteCarloSimulation.run(model: model, scenarios: scenarios, samples: 0, seed: 1, jobs: 1)
    }
  }

  /// A run of ten million samples (minutes) is cancelled once it has started: it throws
  /// CancellationError and stops within a few chunks.
  @Test func cancellationStopsALongRun() async throws {
    let (model, scenarios) = Self.everyStepModel
    let log = ProgressLog()
    let total = 10_000_000
    let task = Task {
      try await MonteCarloSimulation.run(
        model: model, scenarios: scenarios, samples: total, seed: 1, jobs: 2, progress: { log.record($0) })
    }
    let started = ContinuousClock.now
    while log.reports.isEmpty && ContinuousClock.now - started < .seconds(30) {
      try await Task.sleep(for: .milliseconds(5))
    }
    task.cancel()
    let cancelledAt = log.reports.last ?? 0
    let outcome = await task.result
    #expect(throws: CancellationError.self) { try outcome.get() }
    let done = log.reports.last ?? 0
    #expect(done < total)
    // Each worker finishes at most the chunk it is in.
    #expect(done <= cancelledAt + 2 * MonteCarloSimulation.chunkSize)
  }
}
