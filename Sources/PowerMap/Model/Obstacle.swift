/// Something that stands in the way of one or more commitments.
public struct Obstacle: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var kind: ObstacleKind
  public var title: String
  /// Ids of the commitments it blocks.
  public var blocks: [String]
  /// 0…1: how much viability it takes away at full pressure.
  public var severity: Double
  /// Actors whose opposition keeps the obstacle in place.
  public var holders: [String]
  /// Actors whose support relieves it.
  public var mitigators: [String]

  package init(
    id: String, kind: ObstacleKind, title: String, blocks: [String], severity: Double,
    holders: [String] = [], mitigators: [String] = []
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.blocks = blocks
    self.severity = severity
    self.holders = holders
    self.mitigators = mitigators
  }
}

/// The nature of an obstacle.
public enum ObstacleKind: String, Sendable, Codable, CaseIterable {
  case political, technical, financial, legal, institutional
}
