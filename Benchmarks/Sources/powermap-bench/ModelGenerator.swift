import NetworkAnalysis
import PowerMap

/// A seeded generator of stakeholder models of any size: a scale-free influence structure
/// (preferential attachment of relation targets), about `relations / actors` relations per actor,
/// one commitment per 50 actors and one obstacle per 100.
struct ModelGenerator {
  var actorCount: Int
  var relationCount: Int
  var seed: UInt64

  /// The seeded stream (SplitMix64: the same numbers on every platform).
  typealias Random = SplitMix64

  func model() -> Model {
    var random = Random(state: seed)
    let kinds: [ActorKind] = [
      .executive, .agency, .legislature, .autonomous, .municipal, .civilSociety, .academia, .private, .media, .citizens,
    ]
    let levels = ActorLevel.allCases
    func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    let actors = (0..<actorCount).map { index in
      Actor(
        id: "a\(index)", name: "Actor \(index)", kind: kinds[index % kinds.count], level: levels[index % levels.count],
        power: rounded(random.unit()), interest: rounded(random.unit()), stance: rounded(random.unit() * 2 - 1))
    }
    let relationKinds: [RelationKind] = [
      .influence, .influence, .influence, .influence, .influence, .authority, .oversight, .funding, .alliance,
      .conflict, .dependsOn, .information,
    ]
    var targets = [0]
    targets.reserveCapacity(relationCount + 1)
    var relations: [Relation] = []
    relations.reserveCapacity(relationCount)
    for _ in 0..<relationCount {
      let from = random.below(actorCount)
      var to = random.unit() < 0.7 ? targets[random.below(targets.count)] : random.below(actorCount)
      if to == from { to = (to + 1) % actorCount }
      relations.append(
        Relation(
          from: "a\(from)", to: "a\(to)", kind: relationKinds[random.below(relationKinds.count)],
          weight: rounded(0.05 + 0.95 * random.unit())))
      targets.append(to)
    }
    let commitmentCount = max(1, actorCount / 50)
    let commitments = (0..<commitmentCount).map { index in
      let owner = "a\(random.below(actorCount))"
      let pick = { (count: Int) in (0..<count).map { _ in "a\(random.below(actorCount))" } }
      return Commitment(
        id: "c\(index)", title: "Commitment \(index)", owner: owner,
        needs: CommitmentNeeds(authority: [owner] + pick(1), acceptance: pick(3), ability: pick(2)))
    }
    let obstacleKinds: [ObstacleKind] = [.political, .technical, .financial]
    let obstacles = (0..<max(1, actorCount / 100)).map { index in
      Obstacle(
        id: "o\(index)", kind: obstacleKinds[index % 3], title: "Obstacle \(index)",
        blocks: ["c\(random.below(commitmentCount))"], severity: rounded(random.unit() * 0.5),
        holders: ["a\(random.below(actorCount))"], mitigators: ["a\(random.below(actorCount))"])
    }
    return Model(
      name: "Generated: \(actorCount) actors, \(relationCount) relations, seed \(seed)", actors: actors,
      relations: relations, commitments: commitments, obstacles: obstacles)
  }
}
