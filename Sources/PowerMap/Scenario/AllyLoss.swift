/// One row of the loss-of-an-ally sweep (rule 9 of DESIGN.md): what removing `ids` on top of the
/// scenarios does to the plan, and where the removed actors sit in the influence network.
///
///     statusChanges  = #{c : status_c after > status_c before}   (viable < at-risk < blocked)
///     deltaViability = Σ_c V_c after − Σ_c V_c before
///     failed         = those commitments, in model order
///     weakened       = the other actors, present before, with p̂ before − p̂ after > 1e-9, in state
///                      order (the removal reaches them through `depends-on`: no other power changes)
///
/// "Before" is the state after the scenarios; "after" is that state with every actor of `ids`
/// removed (the `remove` step). Structural context, on the influence graph of the present actors
/// (``InfluenceGraph``) before the removal unless said otherwise:
///
/// - `articulationPoint`: some actor of `ids` is an articulation point of the undirected view;
/// - `immediatelyDominates`: the actors (not in `ids`) whose immediate dominator from the sweep's
///   root is an actor of `ids`, in state order — null when the sweep has no root;
/// - `cutOffFromRoot`: the actors (not in `ids`) reachable from the root along influence edges
///   before the removal and not after; for one actor, the size of its dominator subtree minus one
///   (0 when the root does not reach it) — null when the sweep has no root;
/// - `fragmentation`: Borgatti's fragmentation of the influence graph after the removal, by the
///   sweep's ``SweepResult/fragmentationMethod``.
///
/// With `sweep --pairs --rank synergy`, each pair row also has `synergy` (``SweepSynergy``): the
/// damage beyond its two single losses; the key is absent otherwise.
///
/// Encodes every key, with explicit `null`s.
public struct AllyLoss: Sendable, Equatable {
  /// The removed actors: one id, or two (in state order) with `pairs`.
  public var ids: [String]
  /// The number of commitments whose status got worse.
  public var statusChanges: Int
  /// ΣV after − ΣV before.
  public var deltaViability: Double
  /// The commitments whose status got worse, in model order.
  public var failed: [String]
  /// The other actors whose effective power dropped by more than 1e-9, in state order.
  public var weakened: [String]
  /// Whether some removed actor is an articulation point of the undirected influence graph.
  public var articulationPoint: Bool
  /// The actors immediately dominated by a removed actor from the root; nil without a root.
  public var immediatelyDominates: [String]?
  /// The actors the removal cuts off from the root; nil without a root.
  public var cutOffFromRoot: Int?
  /// The fragmentation of the influence graph after the removal.
  public var fragmentation: Double
  /// The damage beyond the two single losses, for pairs ranked by synergy; nil otherwise.
  package var synergy: SweepSynergy?

  /// A row with every field given.
  package init(
    ids: [String], statusChanges: Int, deltaViability: Double, failed: [String], weakened: [String],
    articulationPoint: Bool, immediatelyDominates: [String]?, cutOffFromRoot: Int?, fragmentation: Double,
    synergy: SweepSynergy? = nil
  ) {
    self.ids = ids
    self.statusChanges = statusChanges
    self.deltaViability = deltaViability
    self.failed = failed
    self.weakened = weakened
    self.articulationPoint = articulationPoint
    self.immediatelyDominates = immediatelyDominates
    self.cutOffFromRoot = cutOffFromRoot
    self.fragmentation = fragmentation
    self.synergy = synergy
  }

  /// The sweep's ranking, most harmful first: more status changes, then more negative ΔΣV, then
  /// `ids` in lexicographic order (id by id).
  package static func isMoreHarmful(_ lhs: AllyLoss, than rhs: AllyLoss) -> Bool {
    if lhs.statusChanges != rhs.statusChanges { return lhs.statusChanges > rhs.statusChanges }
    if lhs.deltaViability != rhs.deltaViability { return lhs.deltaViability < rhs.deltaViability }
    return lhs.ids.lexicographicallyPrecedes(rhs.ids)
  }
}

extension AllyLoss: Codable {
  private enum CodingKeys: String, CodingKey {
    case ids, statusChanges, deltaViability, failed, weakened, articulationPoint, immediatelyDominates
    case cutOffFromRoot, fragmentation, synergy
  }

  /// Decodes a row; missing or `null` root fields and a missing `synergy` are nil.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      ids: try container.decode([String].self, forKey: .ids),
      statusChanges: try container.decode(Int.self, forKey: .statusChanges),
      deltaViability: try container.decode(Double.self, forKey: .deltaViability),
      failed: try container.decode([String].self, forKey: .failed),
      weakened: try container.decode([String].self, forKey: .weakened),
      articulationPoint: try container.decode(Bool.self, forKey: .articulationPoint),
      immediatelyDominates: try container.decodeIfPresent([String].self, forKey: .immediatelyDominates),
      cutOffFromRoot: try container.decodeIfPresent(Int.self, forKey: .cutOffFromRoot),
      fragmentation: try container.decode(Double.self, forKey: .fragmentation),
      synergy: try container.decodeIfPresent(SweepSynergy.self, forKey: .synergy))
  }

  /// Encodes every key, the root fields as `null` when the sweep has no root; `synergy` only when set.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(ids, forKey: .ids)
    try container.encode(statusChanges, forKey: .statusChanges)
    try container.encode(deltaViability, forKey: .deltaViability)
    try container.encode(failed, forKey: .failed)
    try container.encode(weakened, forKey: .weakened)
    try container.encode(articulationPoint, forKey: .articulationPoint)
    try container.encode(immediatelyDominates, forKey: .immediatelyDominates)
    try container.encode(cutOffFromRoot, forKey: .cutOffFromRoot)
    try container.encode(fragmentation, forKey: .fragmentation)
    try container.encodeIfPresent(synergy, forKey: .synergy)
  }
}
