import Foundation

/// The one configuration of every JSON document the tool writes (`--json` of the commands, the
/// JSON lines of `run`, a model written as JSON, a report's `data/*.json` documents): keys sorted
/// so the output is stable, slashes written as they are, and indented unless written as one line.
package enum JSONOutput {
  /// The encoder: sorted keys, unescaped slashes; `pretty` indents (one value per line).
  package static func encoder(pretty: Bool = true) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` as JSON text (without a final newline).
  package static func text(_ value: some Encodable, pretty: Bool = true) throws -> String {
    String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
  }
}
