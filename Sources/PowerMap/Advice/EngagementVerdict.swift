/// The engine's verdict on one candidate of the engagement scan.
enum EngagementVerdict {
  /// It does not meet the aim.
  case fails
  /// It meets the aim, with the engine's V of every commitment.
  case meets([Double])
  /// The engine finds it not viable although the estimate was decisive: scan exhaustively.
  case contradicted
}
