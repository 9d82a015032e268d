import PowerMap

/// What the overview of a big model draws (the power and scenario maps above
/// ``actorThreshold`` actors, unless ``MapOptions/full``): the present actors with the highest
/// effective power one by one (at most ``topActorLimit``), every other present actor in one group
/// per (level, kind) or, where those do not fit the page, per level (``OverviewGrouping``), the
/// actors a scenario removed in one group, and the relations bundled.
///
/// A bundle joins two drawn nodes and sums the weights of the relations between their members:
/// one bundle per ordered pair of nodes for every relation except conflicts (``Family/ties``),
/// one per unordered pair for conflicts (``Family/conflict``, which read as opposition and must
/// not be summed with support), and on the scenario map one per ordered pair for the relations
/// the scenario cut (``Family/cut``). Relations inside one group are counted on the group.
///
/// Effective powers and stances are the analysis's; nothing here recomputes them.
struct MapOverview: Sendable {
  /// Above this many actors (present or removed) the grid draws an overview on any paper; the
  /// most actors any map draws in level bands.
  static let actorThreshold = 300
  /// Above this many actors the power and scenario maps draw an overview on A3: the level bands of
  /// 250 print every id at 7.2 pt or more there (the scenario map's, measured), those of 300 at
  /// 6.8 pt.
  static let a3Threshold = 250
  /// Above this many actors the power and scenario maps draw an overview on A4 and letter: level
  /// bands print the ids of 100 actors at 7.8 pt on A4, those of 200 at about 5.3 pt.
  static let smallPaperThreshold = 100
  /// The most actors drawn one by one; the overview fitted to its page draws fewer
  /// (``MapOptions/namedActors``: as many as the page holds with their names at their minimum).
  static let topActorLimit = 100
  /// How many actors the fitting starts from on A4 and letter, where the page holds 3 to 9 named
  /// beside the groups (measured at 300 to 10,000 actors); on A3 it starts from ``topActorLimit``
  /// (36 to 56 held).
  static let smallPaperTopStart = 25

  /// The most actors a power or scenario map (`kind`) on `paper` draws in level bands before it
  /// draws an overview; the grid's threshold is ``actorThreshold`` on every paper.
  static func actorThreshold(kind: MapKind, paper: PaperSize) -> Int {
    if kind == .grid { return actorThreshold }
    return paper == .a3 ? a3Threshold : smallPaperThreshold
  }

  /// How many actors the overview on `paper` draws one by one before it is fitted to the page.
  static func topStart(on paper: PaperSize) -> Int {
    paper == .a3 ? topActorLimit : smallPaperTopStart
  }

  /// A drawn node.
  enum Node: Hashable, Sendable, Comparable {
    /// An actor drawn in full, by its index in the state.
    case actor(Int)
    /// A group, by its index in ``MapOverview/groups``.
    case group(Int)
    /// The actors the scenario removed.
    case removed
  }

  /// How relations are bundled.
  enum Family: String, Sendable, CaseIterable {
    case ties, conflict, cut
  }

  /// The present actors of one level (and kind) that are not drawn in full.
  struct Group: Sendable {
    var level: ActorLevel
    /// The members' kind; nil when they are of several kinds (``OverviewGrouping/level``).
    var kind: ActorKind?
    /// Indices of the members in the state, most powerful first.
    var members: [Int]
    /// The sum of the members' effective powers.
    var power: Double
    /// The sum of the members' effective powers without the scenario (scenario map only).
    var powerBefore: Double?
    /// The members' effective stances averaged with their effective powers as weights (the plain
    /// mean when every member has zero power).
    var stance: Double
    /// Relations with both ends in the group, and their summed weight.
    var internalCount = 0
    var internalWeight = 0.0
  }

  /// The relations of one family between two drawn nodes.
  struct Bundle: Sendable {
    var from: Node
    var to: Node
    var family: Family
    /// How many relations.
    var count: Int
    /// Their summed weight.
    var weight: Double
  }

  /// The actors drawn in full, most powerful first.
  var top: [Int]
  /// The groups, in level order, then kind order.
  var groups: [Group]
  /// The actors the scenario removed (none on the power map).
  var removed: [Int]
  /// Every bundle, heaviest first (ties broken by node order and family).
  var bundles: [Bundle]
  /// The drawn node of each actor in the state.
  var nodeOfActor: [Node]

  /// Whether a map of `actorCount` actors with `options` is drawn as an overview.
  static func applies(actorCount: Int, options: MapOptions) -> Bool {
    !options.full && actorCount > actorThreshold(kind: options.kind, paper: options.paper)
  }

  /// The overview of `analysis` with its `topCount` most powerful present actors drawn one by
  /// one (at most ``topActorLimit``) and the others grouped by `grouping`; with `before` (the
  /// scenario map), the relations in `before` but not in `analysis` are bundled as
  /// ``Family/cut`` and groups carry their power before.
  init(
    analysis: StakeholderAnalysis, before: StakeholderAnalysis?, topCount: Int = topActorLimit,
    grouping: OverviewGrouping = .levelAndKind
  ) {
    let topCount = min(max(topCount, 0), Self.topActorLimit)
    let state = analysis.state
    let power = analysis.effectivePower
    let present = state.actors.indices.filter { state.actors[$0].present }
    let ranked = present.sorted { (power[$0], $1) > (power[$1], $0) }
    top = Array(ranked.prefix(topCount))
    removed = state.actors.indices.filter { !state.actors[$0].present }
    var nodes = [Node](repeating: .removed, count: state.actors.count)
    for index in top { nodes[index] = .actor(index) }
    // Each actor's group key, read once (the sort below compares them many times).
    let keys = state.actors.map { Self.order($0.actor.level, grouping == .level ? nil : $0.actor.kind) }
    var groupIndex: [Int: Int] = [:]
    var groups: [Group] = []
    // Groups in key order (their members are ranked again by `summarise`).
    for index in ranked.dropFirst(topCount).sorted(by: { keys[$0] < keys[$1] }) {
      let actor = state.actors[index].actor
      let position: Int
      if let existing = groupIndex[keys[index]] {
        position = existing
        if groups[position].kind != actor.kind { groups[position].kind = nil }
      } else {
        position = groups.count
        groupIndex[keys[index]] = position
        groups.append(Group(level: actor.level, kind: actor.kind, members: [], power: 0, stance: 0))
      }
      groups[position].members.append(index)
      nodes[index] = .group(position)
    }
    for position in groups.indices {
      groups[position].summarise(analysis: analysis, before: before)
    }
    self.groups = groups
    self.nodeOfActor = nodes
    self.bundles = []
    self.bundles = bundled(analysis: analysis, before: before)
  }

  /// The position of (level, kind) in level order, then kind order; of a level alone (`kind` nil)
  /// before its kinds.
  private static func order(_ level: ActorLevel, _ kind: ActorKind?) -> Int {
    (ActorLevel.allCases.firstIndex(of: level) ?? 0) * 100
      + (kind.flatMap { ActorKind.allCases.firstIndex(of: $0) } ?? -1)
  }

  /// The bundles of the relations in force, and with `before` of the relations cut; relations
  /// inside one group are added to the group instead.
  private mutating func bundled(analysis: StakeholderAnalysis, before: StakeholderAnalysis?) -> [Bundle] {
    struct Key: Hashable {
      var from: Node
      var to: Node
      var family: Family
    }
    var sums: [Key: (count: Int, weight: Double)] = [:]
    func add(from: Node, to: Node, family: Family, weight: Double) {
      if from == to, case .group(let position) = from {
        groups[position].internalCount += 1
        groups[position].internalWeight += weight
        return
      }
      guard from != to else { return }
      var key = Key(from: from, to: to, family: family)
      if family == .conflict && to < from { key = Key(from: to, to: from, family: family) }
      let sum = sums[key, default: (0, 0)]
      sums[key] = (sum.count + 1, sum.weight + weight)
    }
    let state = analysis.state
    for relation in state.relations {
      add(
        from: nodeOfActor[relation.from], to: nodeOfActor[relation.to],
        family: relation.kind == .conflict ? .conflict : .ties, weight: relation.weight)
    }
    if let before {
      for relation in Self.cutRelations(after: state, before: before.state) {
        guard let from = state.index(of: relation.from), let to = state.index(of: relation.to) else { continue }
        add(from: nodeOfActor[from], to: nodeOfActor[to], family: .cut, weight: relation.weight)
      }
    }
    return sums.map {
      Bundle(from: $0.key.from, to: $0.key.to, family: $0.key.family, count: $0.value.count, weight: $0.value.weight)
    }
    .sorted {
      ($0.weight, $1.from, $1.to, $1.family.rawValue) > ($1.weight, $0.from, $0.to, $0.family.rawValue)
    }
  }

  /// The relations of `before` that `after` no longer holds (as many times as they were lost).
  static func cutRelations(after: ModelState, before: ModelState) -> [Relation] {
    func key(_ relation: Relation) -> String {
      relation.from + "\u{1}" + relation.to + "\u{1}" + relation.kind.rawValue
    }
    var remaining: [String: Int] = [:]
    for relation in after.relationList { remaining[key(relation), default: 0] += 1 }
    var cut: [Relation] = []
    for relation in before.relationList {
      let count = remaining[key(relation), default: 0]
      if count > 0 { remaining[key(relation)] = count - 1 } else { cut.append(relation) }
    }
    return cut
  }
}

extension MapOverview.Group {
  /// Fills in the summed power (before and after) and the power-weighted stance.
  fileprivate mutating func summarise(analysis: StakeholderAnalysis, before: StakeholderAnalysis?) {
    let power = analysis.effectivePower
    let stance = analysis.effectiveStance
    members.sort { (power[$0], $1) > (power[$1], $0) }
    self.power = members.reduce(0) { $0 + power[$1] }
    let weighted = members.reduce(0) { $0 + power[$1] * stance[$1] }
    self.stance =
      self.power > 0 ? weighted / self.power : members.reduce(0) { $0 + stance[$1] } / Double(max(members.count, 1))
    if let before {
      let old = before.effectivePower
      powerBefore = members.reduce(0) { $0 + ($1 < old.count ? old[$1] : 0) }
    }
  }
}
