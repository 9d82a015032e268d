import Testing

@testable import PowerMap

/// Monte Carlo's chunk path (``MonteCarloWorker/evaluate(samples:into:)``: samples grouped by
/// their steps, eight solves per pass over Ŵ) against one sample at a time, bit for bit.
@Suite struct MonteCarloLaneTests {
  @Test(arguments: [3, 11])
  func chunksEqualOneSampleAtATime(seed: UInt64) throws {
    let (model, scenarios) = try ScenarioRunSupport.veracruz()
    let sampler = MonteCarloSampler(model: model, scenarios: scenarios, seed: seed)
    let commitments = sampler.commitmentCount
    var single = MonteCarloWorker(sampler: sampler)
    var expected = [Double](repeating: 0, count: 64 * commitments)
    for sample in 0..<64 { single.evaluate(sample: sample, into: &expected, offset: sample * commitments) }
    var chunked = MonteCarloWorker(sampler: sampler)
    var actual = [Double](repeating: 0, count: 64 * commitments)
    chunked.evaluate(samples: 0..<64, into: &actual)
    #expect(actual.map(\.bitPattern) == expected.map(\.bitPattern))
    // The fixture mixes step combinations within a chunk (otherwise grouping is not exercised).
    var patterns = Set<[Bool]>()
    for sample in 0..<64 {
      var sheet = IssueSheet(
        actorCount: model.actors.count, issues: sampler.issues, commitmentIDs: sampler.commitmentIDs)
      var included = [Bool](repeating: false, count: sampler.steps.count)
      sampler.draw(sample: sample, sheet: &sheet, included: &included)
      patterns.insert(included)
    }
    #expect(patterns.count > 1)
  }
}
