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
      Self.shape("MID", row: row, count: count, expected: expected, entriesPer: "actor")
    case .midValue(let row, let column, let value):
      Self.entry("MID", row: row, column: column, value: value, allowed: "0…4")
    case .maoShape(let row, let count, let expected):
      Self.shape("MAO", row: row, count: count, expected: expected, entriesPer: "objective")
    case .maoValue(let row, let column, let value):
      Self.entry("MAO", row: row, column: column, value: value, allowed: "−4…4")
    }
  }

  /// The wrong number of rows (`row` nil) or of entries in a row of `matrix`, which has one row per
  /// actor and one entry per `entriesPer`.
  private static func shape(_ matrix: String, row: Int?, count: Int, expected: Int, entriesPer: String) -> String {
    if let row {
      "\(matrix) row \(row + 1) has \(count) entries; expected \(expected) (one per \(entriesPer))"
    } else {
      "\(matrix) has \(count) rows; expected \(expected) (one per actor)"
    }
  }

  /// An entry of `matrix` outside the `allowed` integers.
  private static func entry(_ matrix: String, row: Int, column: Int, value: Int, allowed: String) -> String {
    "\(matrix) entry (\(row + 1), \(column + 1)) is \(value); \(matrix) entries are integers \(allowed)"
  }
}
