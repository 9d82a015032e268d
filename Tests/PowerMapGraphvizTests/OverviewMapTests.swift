import Foundation
import NetworkAnalysis
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The overview of a big model: the most powerful actors drawn in full, the rest grouped by
/// (level, kind) or by level where those do not fit the page, relations bundled.
struct OverviewMapTests {
  /// A seeded model of `actors` actors and `relations` relations over several levels and kinds,
  /// with preferential attachment so that some actors gather many relations.
  static func model(actors: Int, relations: Int, seed: UInt64 = 3) -> Model {
    var random = SplitMix64(state: seed)
    let kinds: [ActorKind] = [.executive, .agency, .legislature, .civilSociety, .academia, .media, .citizens]
    let levels = ActorLevel.allCases
    let people = (0..<actors).map { index in
      Actor(
        id: "a\(index)", name: "Actor \(index)", kind: kinds[index % kinds.count], level: levels[index % levels.count],
        power: random.unit(), interest: random.unit(), stance: random.unit() * 2 - 1)
    }
    let relationKinds: [RelationKind] = [
      .influence, .influence, .authority, .alliance, .conflict, .funding, .dependsOn,
    ]
    var targets = [0]
    var links: [Relation] = []
    for _ in 0..<relations {
      let from = random.below(actors)
      var to = random.unit() < 0.6 ? targets[random.below(targets.count)] : random.below(actors)
      if to == from { to = (to + 1) % actors }
      links.append(
        Relation(
          from: "a\(from)", to: "a\(to)", kind: relationKinds[random.below(relationKinds.count)],
          weight: 0.05 + 0.95 * random.unit()))
      targets.append(to)
    }
    return Model(name: "Overview test \(actors)", actors: people, relations: links)
  }

  static let big = model(actors: 420, relations: 2100)

  @Test func groupsAndTopActorsCoverEveryPresentActorOnce() {
    let analysis = StakeholderAnalysis(model: Self.big)
    let overview = MapOverview(analysis: analysis, before: nil)
    let power = analysis.effectivePower
    #expect(overview.top.count == MapOverview.topActorLimit)
    let grouped = overview.groups.flatMap(\.members)
    #expect(overview.top.count + grouped.count == 420)
    #expect(Set(overview.top + grouped) == Set(0..<420))
    #expect(overview.removed.isEmpty)
    // 5 levels × 7 kinds, every combination present among the 320 grouped actors.
    #expect(overview.groups.count == 35)
    let weakestTop = overview.top.map { power[$0] }.min() ?? 0
    for group in overview.groups {
      #expect(group.members.allSatisfy { Self.big.actors[$0].level == group.level })
      #expect(group.members.allSatisfy { Self.big.actors[$0].kind == group.kind })
      #expect(group.members.allSatisfy { power[$0] <= weakestTop })
      let sum = group.members.reduce(0.0) { $0 + power[$1] }
      #expect(abs(group.power - sum) < 1e-9)
      #expect(group.power > 0)
    }
    #expect(
      abs(
        overview.groups.reduce(0.0) { $0 + $1.power } + overview.top.reduce(0.0) { $0 + power[$1] }
          - power.reduce(0, +)) < 1e-9)
  }

  /// Grouped by level alone (``OverviewGrouping/level``): one group per level, of several kinds
  /// (no kind), holding the same actors and the same summed power as the groups by level and kind;
  /// a level whose grouped actors share one kind keeps it.
  @Test func groupsByLevelMergeTheKindsOfEachLevel() {
    let analysis = StakeholderAnalysis(model: Self.big)
    let fine = MapOverview(analysis: analysis, before: nil, topCount: 20)
    let coarse = MapOverview(analysis: analysis, before: nil, topCount: 20, grouping: .level)
    #expect(coarse.top == fine.top)
    #expect(coarse.groups.map(\.level) == ActorLevel.allCases)
    #expect(coarse.groups.allSatisfy { $0.kind == nil })
    for group in coarse.groups {
      let merged = fine.groups.filter { $0.level == group.level }
      #expect(Set(group.members) == Set(merged.flatMap(\.members)))
      #expect(abs(group.power - merged.reduce(0) { $0 + $1.power }) < 1e-9)
      #expect(
        zip(group.members, group.members.dropFirst()).allSatisfy {
          analysis.effectivePower[$0] >= analysis.effectivePower[$1]
        })
    }
    // Relations between two kinds of one level are now inside its group.
    #expect(
      coarse.groups.reduce(0) { $0 + $1.internalCount } > fine.groups.reduce(0) { $0 + $1.internalCount })
    #expect(
      coarse.bundles.reduce(0) { $0 + $1.count } + coarse.groups.reduce(0) { $0 + $1.internalCount }
        == analysis.state.relations.count)
    // Seven kinds over five levels: with one kind only, a level's group keeps it.
    var single = Self.big
    for index in single.actors.indices where single.actors[index].level == .federal {
      single.actors[index].kind = .media
    }
    let kept = MapOverview(analysis: StakeholderAnalysis(model: single), before: nil, topCount: 20, grouping: .level)
    #expect(kept.groups.first { $0.level == .federal }?.kind == .media)
  }

  /// A group of several kinds is a rounded box named "level · several kinds", with the kinds it
  /// holds in its tooltip, and the legend explains it.
  @Test func aGroupOfSeveralKindsIsARoundedBoxWithItsKindsInTheTooltip() throws {
    var options = MapOptions(kind: .power)
    options.overviewGrouping = .level
    options.namedActors = 20
    let drawing = try MapRenderer.drawing(Simulation(model: Self.big).run([]), options: options)
    let node = try #require(drawing.body.nodes.first { $0.name == "group:federal" })
    #expect(node.attributes["style"] == .plain("rounded,filled"))
    guard case .html(let label)? = node.attributes["label"], case .text(let tooltip)? = node.attributes["tooltip"]
    else {
      Issue.record("no label or tooltip")
      return
    }
    #expect(label.markup.contains("Federal ·") && label.markup.contains("several kinds"))
    #expect(tooltip.contains("kinds: "))
    #expect(tooltip.contains(" agency"))
    #expect(drawing.subtitles.contains { $0.contains("groups by level") && !$0.contains("and kind") })
    let legend = drawing.legend.sections.flatMap(\.items).map(\.text)
    #expect(legend.contains { $0.hasPrefix("rounded box") })
  }

  @Test func bundlesAreUniqueAndSumTheMembersRelations() {
    let analysis = StakeholderAnalysis(model: Self.big)
    let overview = MapOverview(analysis: analysis, before: nil)
    struct Key: Hashable {
      var from: MapOverview.Node
      var to: MapOverview.Node
      var family: MapOverview.Family
    }
    var expected: [Key: (count: Int, weight: Double)] = [:]
    var inside = 0
    for relation in analysis.state.relations {
      var from = overview.nodeOfActor[relation.from]
      var to = overview.nodeOfActor[relation.to]
      if from == to {
        inside += 1
        continue
      }
      let family: MapOverview.Family = relation.kind == .conflict ? .conflict : .ties
      if family == .conflict && to < from { swap(&from, &to) }
      let sum = expected[Key(from: from, to: to, family: family), default: (0, 0)]
      expected[Key(from: from, to: to, family: family)] = (sum.count + 1, sum.weight + relation.weight)
    }
    let keys = overview.bundles.map { Key(from: $0.from, to: $0.to, family: $0.family) }
    #expect(Set(keys).count == keys.count)
    #expect(keys.count == expected.count)
    for bundle in overview.bundles {
      let sum = expected[Key(from: bundle.from, to: bundle.to, family: bundle.family)]
      #expect(sum?.count == bundle.count)
      #expect(abs((sum?.weight ?? -1) - bundle.weight) < 1e-9)
    }
    #expect(overview.groups.reduce(0) { $0 + $1.internalCount } == inside)
    #expect(overview.bundles.reduce(0) { $0 + $1.count } + inside == analysis.state.relations.count)
    #expect(zip(overview.bundles, overview.bundles.dropFirst()).allSatisfy { $0.weight >= $1.weight })
  }

  @Test func theDrawingHasOneNodePerTopActorAndGroupAndNoParallelBundles() throws {
    let drawing = try MapRenderer.drawing(Simulation(model: Self.big).run([]), options: MapOptions(kind: .power))
    let overview = MapOverview(analysis: StakeholderAnalysis(model: Self.big), before: nil)
    let names = drawing.body.nodes.map(\.name)
    #expect(names.filter { $0.hasPrefix("actor:") }.count == MapOverview.topActorLimit)
    #expect(names.filter { $0.hasPrefix("group:") }.count == overview.groups.count)
    let keys = drawing.body.edges.map { edge -> String in
      let color: String
      if case .plain(let value)? = edge.attributes["color"] { color = value } else { color = "" }
      return edge.from + "|" + edge.to + "|" + color
    }
    #expect(Set(keys).count == keys.count)
    let betweenActors = overview.bundles.filter { $0.from.isActor && $0.to.isActor }.count
    let limited =
      min(betweenActors, OverviewMapBuilder.actorBundleLimit)
      + min(overview.bundles.count - betweenActors, OverviewMapBuilder.groupBundleLimit)
    #expect(drawing.body.edges.count >= limited)
    #expect(drawing.body.edges.count <= min(overview.bundles.count, limited + MapOverview.topActorLimit))
    // Every actor drawn in full keeps at least its heaviest bundle.
    let ends = Set(drawing.body.edges.flatMap { [$0.from, $0.to] })
    #expect(names.filter { $0.hasPrefix("actor:") }.allSatisfy(ends.contains))
    #expect(drawing.title.contains("overview"))
    // The group of federal agencies says how many actors it holds and their summed power.
    let agencies = try #require(overview.groups.first { $0.level == .federal && $0.kind == .agency })
    let node = try #require(drawing.body.nodes.first { $0.name == "group:federal:agency" })
    guard case .html(let label)? = node.attributes["label"] else {
      Issue.record("no label")
      return
    }
    #expect(label.markup.contains("\(agencies.members.count) actors"))
    #expect(label.markup.contains("Σ " + MapNumber.plain(agencies.power)))
  }

  /// The power and scenario maps draw an overview above 250 actors on A3 and above 100 on A4 and
  /// letter (where level bands would print ids below 7 pt); the grid above 300 on any paper.
  @Test func fullDrawsEveryActorAndTheThresholdDependsOnThePaper() throws {
    let full = try MapRenderer.drawing(
      Simulation(model: Self.big).run([]), options: MapOptions(kind: .power, full: true))
    #expect(full.body.nodes.filter { $0.name.hasPrefix("actor:") }.count == 420)
    #expect(full.body.edges.count == 2100)
    #expect(!full.title.contains("overview"))
    let atThreshold = Self.model(actors: 250, relations: 600)
    let small = try MapRenderer.drawing(
      Simulation(model: atThreshold).run([]), options: MapOptions(kind: .power, paper: .a3))
    #expect(small.body.nodes.filter { $0.name.hasPrefix("actor:") }.count == 250)
    let onA4 = try MapRenderer.drawing(Simulation(model: atThreshold).run([]), options: MapOptions(kind: .power))
    #expect(onA4.body.nodes.filter { $0.name.hasPrefix("actor:") }.count == MapOverview.topActorLimit)
    #expect(onA4.legend.sections.flatMap(\.items).contains { $0.text.hasPrefix("above 100 actors on A4 an overview") })
    let above = Self.model(actors: 251, relations: 600)
    let overview = try MapRenderer.drawing(
      Simulation(model: above).run([]), options: MapOptions(kind: .power, paper: .a3))
    #expect(overview.body.nodes.filter { $0.name.hasPrefix("actor:") }.count == MapOverview.topActorLimit)
    for kind in [MapKind.power, .scenario] {
      #expect(MapOptions(kind: kind, paper: .a3).drawsOverview(actorCount: 251))
      #expect(!MapOptions(kind: kind, paper: .a3).drawsOverview(actorCount: 250))
      for paper in [PaperSize.a4, .letter] {
        #expect(MapOptions(kind: kind, paper: paper).drawsOverview(actorCount: 101))
        #expect(!MapOptions(kind: kind, paper: paper).drawsOverview(actorCount: 100))
      }
    }
    #expect(!MapOptions(kind: .grid).drawsOverview(actorCount: 300))
    #expect(MapOptions(kind: .grid).drawsOverview(actorCount: 301))
    #expect(MapOptions.overviewActorThreshold(on: .a4) == 100 && MapOptions.overviewActorThreshold(on: .a3) == 250)
    #expect(!MapOptions(kind: .commitments).drawsOverview(actorCount: 5000))
  }

  @Test func theScenarioOverviewGroupsTheRemovedActorsAndBundlesTheCutRelations() throws {
    let removedIDs = ["a0", "a1", "a7", "a100"]
    let scenario = Scenario(id: "cut", title: "Cut", steps: removedIDs.map { ScenarioStep(.remove(actor: $0)) })
    let after = StakeholderAnalysis(model: Self.big, scenarios: [scenario])
    let before = StakeholderAnalysis(model: Self.big)
    let overview = MapOverview(analysis: after, before: before)
    #expect(Set(overview.removed.map { after.state.actors[$0].id }) == Set(removedIDs))
    #expect(overview.top.count + overview.groups.reduce(0) { $0 + $1.members.count } == 420 - removedIDs.count)
    let cut = MapOverview.cutRelations(after: after.state, before: before.state)
    #expect(!cut.isEmpty)
    let cutBundles = overview.bundles.filter { $0.family == .cut }
    let insideCut = cut.filter {
      guard let from = after.state.index(of: $0.from), let to = after.state.index(of: $0.to) else { return false }
      return overview.nodeOfActor[from] == overview.nodeOfActor[to]
    }
    #expect(cutBundles.reduce(0) { $0 + $1.count } == cut.count - insideCut.count)
    #expect(
      abs(
        cutBundles.reduce(0.0) { $0 + $1.weight } - cut.reduce(0.0) { $0 + $1.weight }
          + insideCut.reduce(0.0) { $0 + $1.weight }) < 1e-9)
    for group in overview.groups {
      let sum = group.members.reduce(0.0) { $0 + before.effectivePower[$1] }
      #expect(abs((group.powerBefore ?? -1) - sum) < 1e-9)
    }
    let drawing = try MapRenderer.drawing(
      Simulation(model: Self.big).run([scenario]), options: MapOptions(kind: .scenario))
    #expect(drawing.body.nodes.contains { $0.name == "group:removed" })
  }

  @Test func theGridOfABigModelLabelsTheMostPowerfulAndCountsTheRest() throws {
    let drawing = try MapRenderer.drawing(Simulation(model: Self.big).run([]), options: MapOptions(kind: .grid))
    #expect(drawing.body.nodes.filter { $0.name.hasPrefix("actor:") }.count == GridMapBuilder.labelLimit)
    let counted = drawing.body.nodes.filter { $0.name.hasPrefix("grid:density:") }.map { node -> Int in
      guard case .text(let tooltip)? = node.attributes["tooltip"] else { return 0 }
      return Int(tooltip.prefix { $0.isNumber }) ?? 0
    }
    #expect(counted.reduce(0, +) == 420 - GridMapBuilder.labelLimit)
    let full = try MapRenderer.drawing(
      Simulation(model: Self.big).run([]), options: MapOptions(kind: .grid, full: true))
    #expect(full.body.nodes.filter { $0.name.hasPrefix("actor:") }.count == 420)
    #expect(!full.body.nodes.contains { $0.name.hasPrefix("grid:density:") })
  }

  /// On A3 the 35 groups by level and kind of the same model fit at 7 pt: the overview keeps them
  /// (the fitting tries groups by level only where they do not fit).
  @Test func onA3TheOverviewKeepsItsGroupsByLevelAndKind() throws {
    let map = try MapRenderer.render(
      Simulation(model: Self.big).run([]), options: MapOptions(kind: .power, paper: .a3), format: .svg)
    let (texts, _) = try MapTestSupport.svgTexts(map.data)
    let line = try #require(texts.first { $0.hasPrefix("420 actors: the ") })
    #expect(line.hasSuffix(" in 35 groups by level and kind"))
    let svg = String(decoding: map.data, as: UTF8.self)
    #expect(svg.contains("<title>group:federal:agency</title>"))
    #expect(!svg.contains("<title>group:federal</title>"))
  }

  @Test func aBigOverviewRendersToSVGWithItsGroups() throws {
    let map = try MapRenderer.render(
      Simulation(model: Self.big).run([]), options: MapOptions(kind: .power), format: .svg)
    let (texts, _) = try MapTestSupport.svgTexts(map.data)
    // The map fitted to A4 draws as many actors one by one as the page holds, and says how many.
    // Its 35 groups by level and kind do not fit A4 at 7 pt (their values printed at 6.2–6.5 pt):
    // it groups by level.
    let line = try #require(texts.first { $0.hasPrefix("420 actors: the ") })
    let drawn = try #require(Int(line.dropFirst("420 actors: the ".count).prefix { $0.isNumber }))
    #expect(drawn < MapOverview.topActorLimit)
    #expect(line.hasSuffix(" in 5 groups by level"))
    let federal = try #require(
      MapOverview(analysis: StakeholderAnalysis(model: Self.big), before: nil, topCount: drawn, grouping: .level)
        .groups.first { $0.level == .federal })
    #expect(texts.contains("\(federal.members.count) actors"))
    #expect(texts.contains("Lines: relations bundled by pair"))
    // The bundles are straight and may cross the labels below the groups: each such label stands
    // on a white box at 85 %, and the bundles are drawn at 75 %.
    let svg = String(decoding: map.data, as: UTF8.self)
    let backdrop =
      ##"<title>label:group:federal</title>\s*<g [^>]*><a [^>]*>\s*<polygon fill="#ffffff" fill-opacity="0\.85"##
    #expect(svg.range(of: backdrop, options: .regularExpression) != nil)
    #expect(
      svg.range(
        of: ##"stroke="#6e6e6e" stroke-width="[0-9.]+" stroke-opacity="0\.749020""##, options: .regularExpression)
        != nil)
  }
}
