import NetworkAnalysis

extension MonteCarloWorker {
  /// Evaluates the samples `samples` and writes V of every commitment of sample
  /// `samples.lowerBound + r` to `viabilities[r · C ..< (r + 1) · C]` (C commitments): the values
  /// ``evaluate(sample:into:offset:)`` writes, bit for bit, computed faster.
  ///
  /// The samples are drawn first and grouped by the steps that happened (groups in order of first
  /// appearance, samples in order within a group). The samples of a group share their
  /// ``SampleStructure`` (Ŵ, r and θ), so every solve they need — each sample's general stance and
  /// its positions on rule 2's issues — is one set of initial opinions over the same system: they
  /// are solved ``NetworkAnalysis/FriedkinJohnsen/laneCount`` at a time, one lane each
  /// (`FriedkinJohnsen.solveLanes(anchorLanes:tolerance:maxIterations:)`, the same bits as one
  /// solve per set), so one pass over Ŵ serves several samples.
  mutating func evaluate(samples: Range<Int>, into viabilities: inout [Double]) {
    var sheets: [IssueSheet] = []
    var groups: [[Bool]: [Int]] = [:]
    var order: [[Bool]] = []
    var included = [Bool](repeating: false, count: sampler.steps.count)
    for sample in samples {
      var sheet = IssueSheet(
        actorCount: sampler.declaredStance.count, issues: sampler.issues, commitmentIDs: sampler.commitmentIDs)
      sampler.draw(sample: sample, sheet: &sheet, included: &included)
      sheets.append(sheet)
      if groups[included] == nil { order.append(included) }
      groups[included, default: []].append(sheets.count - 1)
    }
    for pattern in order {
      evaluate(rows: groups[pattern] ?? [], of: sheets, structure: structure(pattern), into: &viabilities)
    }
  }

  /// Evaluates the samples `rows` (indices into `sheets`, whose steps all built `structure`).
  private mutating func evaluate(
    rows: [Int], of sheets: [IssueSheet], structure: SampleStructure, into viabilities: inout [Double]
  ) {
    let issueCount = sampler.issues.count
    // Per row: its general anchors, then one set per issue.
    var anchors: [[Double]] = []
    anchors.reserveCapacity(rows.count * (1 + issueCount))
    for row in rows {
      var sheet = sheets[row]
      // Actors added by steps get their stance and positions from the program (their `add`).
      sheet.resize(to: structure.actorCount)
      for operation in structure.program { operation.apply(to: &sheet) }
      anchors.append(sheet.general)
      for slot in 0..<issueCount { anchors.append(sheet.anchors(ofIssue: slot)) }
    }
    var solved: [[Double]] = []
    solved.reserveCapacity(anchors.count)
    for start in stride(from: 0, to: anchors.count, by: FriedkinJohnsen.laneCount) {
      let batch = Array(anchors[start..<min(start + FriedkinJohnsen.laneCount, anchors.count)])
      solved += structure.solver.solveLanes(
        anchorLanes: batch, tolerance: EffectiveStance.tolerance, maxIterations: EffectiveStance.maximumRounds
      ).map(\.opinions)
    }
    let commitments = sampler.commitmentCount
    var pressures: [Double] = []
    for (index, row) in rows.enumerated() {
      let first = index * (1 + issueCount)
      let positions = CommitmentPositions(
        commitmentCount: commitments, commitments: sampler.issues,
        stances: Array(solved[(first + 1)..<(first + 1 + issueCount)]))
      sampler.plan.evaluate(
        present: structure.present, weight: structure.weight, stance: solved[first], positions: positions,
        pressures: &pressures, viabilities: &viabilities, offset: row * commitments)
    }
  }
}
