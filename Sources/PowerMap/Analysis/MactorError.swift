/// Why a MACTOR analysis could not be built from its matrices.
package enum MactorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// More actors than ``Mactor/maximumActors``: MACTOR's matrices are dense n × n.
  case tooManyActors(count: Int, limit: Int)
  /// Two actors share an id.
  case duplicateActor(String)
  /// The MID does not have one row per actor, or a row does not have one entry per actor.
  case midShape(row: Int?, count: Int, expected: Int)
  /// A MID entry outside 0…4.
  case midValue(row: Int, column: Int, value: Int)
  /// The MAO does not have one row per actor, or a row does not have one entry per objective.
  case maoShape(row: Int?, count: Int, expected: Int)
  /// A MAO entry outside −4…4.
  case maoValue(row: Int, column: Int, value: Int)

  /// A one-line English explanation.
  package var description: String {
    switch self {
    case .tooManyActors(let count, let limit):
      "MACTOR works on dense n × n matrices and accepts at most \(limit) actors; got \(count)"
    case .duplicateActor(let id):
      "actor '\(id)' appears twice in the MACTOR matrices"
    case .midShape(let row, let count, let expected):
      if let row {
        "MID row \(row + 1) has \(count) entries; expected \(expected) (one per actor)"
      } else {
        "MID has \(count) rows; expected \(expected) (one per actor)"
      }
    case .midValue(let row, let column, let value):
      "MID entry (\(row + 1), \(column + 1)) is \(value); MID entries are integers 0…4"
    case .maoShape(let row, let count, let expected):
      if let row {
        "MAO row \(row + 1) has \(count) entries; expected \(expected) (one per objective)"
      } else {
        "MAO has \(count) rows; expected \(expected) (one per actor)"
      }
    case .maoValue(let row, let column, let value):
      "MAO entry (\(row + 1), \(column + 1)) is \(value); MAO entries are integers −4…4"
    }
  }
}
