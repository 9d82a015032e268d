/// One row of the loss-of-an-ally sweep (rule 9 of <doc:Rules>): what removing `ids` on top of the
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
/// (`InfluenceGraph`) before the removal unless said otherwise:
///
/// - `articulationPoint`: some actor of `ids` is an articulation point of the undirected view;
/// - `immediatelyDominates`: the actors (not in `ids`) whose immediate dominator from the sweep's
///   root is an actor of `ids`, in state order — null when the sweep has no root;
/// - `cutOffFromRoot`: the actors (not in `ids`) reachable from the root along influence edges
///   before the removal and not after; for one actor, the size of its dominator subtree minus one
///   (0 when the root does not reach it) — null when the sweep has no root;
/// - `fragmentation`: Borgatti's fragmentation of the influence graph after the removal, by the
///   sweep's `SweepResult.fragmentationMethod`.
///
/// With `sweep --pairs --rank synergy`, each pair row also has `synergy` (`SweepSynergy`): the
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
  /// The commitments whose status gets better: a loss can help (an obstacle's holder leaves).
  public var improved: [String]
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

  /// The sweep's ranking, most harmful first: more status changes, then more negative ΔΣV, then
  /// `ids` in lexicographic order (id by id).
  package static func isMoreHarmful(_ lhs: AllyLoss, than rhs: AllyLoss) -> Bool {
    if lhs.statusChanges != rhs.statusChanges { return lhs.statusChanges > rhs.statusChanges }
    if lhs.deltaViability != rhs.deltaViability { return lhs.deltaViability < rhs.deltaViability }
    return lhs.ids.lexicographicallyPrecedes(rhs.ids)
  }
}

/// Decoding is synthesized: missing or `null` root fields and a missing `synergy` are nil.
extension AllyLoss: Codable {
  private enum CodingKeys: String, CodingKey {
    case ids, statusChanges, deltaViability, failed, improved, weakened, articulationPoint, immediatelyDominates
    case cutOffFromRoot, fragmentation, synergy
  }

  /// Encodes every key, the root fields as `null` when the sweep has no root; `synergy` only when set.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeEveryKey([
      .ids: ids, .statusChanges: statusChanges, .deltaViability: deltaViability, .failed: failed, .improved: improved,
      .weakened: weakened, .articulationPoint: articulationPoint, .immediatelyDominates: immediatelyDominates,
      .cutOffFromRoot: cutOffFromRoot, .fragmentation: fragmentation,
    ])
    try container.encodeIfPresent(synergy, forKey: .synergy)
  }
}
