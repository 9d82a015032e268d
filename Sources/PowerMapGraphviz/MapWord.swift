import PowerMap

/// A word the maps draw: the key of its entry in the one table of ``Localized`` phrases
/// (``MapStrings/table``).
enum MapWord: Hashable, Sendable {
  /// A fixed phrase of the maps.
  case phrase(MapStrings.Key)
  /// A fixed phrase of the overview maps.
  case overview(OverviewStrings.Key)
  /// An actor kind.
  case kind(ActorKind)
  /// A level.
  case level(ActorLevel)
  /// A relation kind.
  case relation(RelationKind)
  /// A power–interest quadrant.
  case quadrant(PowerInterestQuadrant)
  /// A commitment status.
  case status(CommitmentStatus)
  /// A commitment dimension.
  case dimension(CommitmentDimension)
  /// An obstacle kind.
  case obstacle(ObstacleKind)
  /// A salience class.
  case salience(SalienceClass)

  /// Every word, so that a test can check that the table has them all.
  static var allCases: [MapWord] {
    MapStrings.Key.allCases.map(MapWord.phrase) + OverviewStrings.Key.allCases.map(MapWord.overview)
      + ActorKind.allCases.map(MapWord.kind)
      + ActorLevel.allCases.map(MapWord.level)
      + RelationKind.allCases.map(MapWord.relation)
      + PowerInterestQuadrant.allCases.map(MapWord.quadrant)
      + CommitmentStatus.allCases.map(MapWord.status)
      + CommitmentDimension.allCases.map(MapWord.dimension)
      + ObstacleKind.allCases.map(MapWord.obstacle)
      + SalienceClass.allCases.map(MapWord.salience)
  }
}
