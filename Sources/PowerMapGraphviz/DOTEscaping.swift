import Foundation

/// Escaping for DOT: identifiers, quoted strings, Graphviz's escString, and numbers.
///
/// Everything PowerMap writes into DOT goes through here (or through ``HTMLLabel``), so that any
/// UTF-8 text — quotes, backslashes, `<`, `&`, newlines, emoji — reads back exactly as written.
package enum DOTEscaping {
  /// `name` as a DOT identifier: bare when it is a plain ASCII word, else quoted.
  package static func identifier(_ name: String) -> String {
    var text = ""
    appendIdentifier(name, to: &text)
    return text
  }

  /// Appends `name` as a DOT identifier (``identifier(_:)``) to `text`.
  package static func appendIdentifier(_ name: String, to text: inout String) {
    if isWord(name.utf8) && !(name.utf8.count <= 8 && reserved.contains(name.lowercased())) {
      text += name
    } else {
      text += "\""
      text += quoted(name)
      text += "\""
    }
  }

  /// The keywords of DOT, which a bare identifier may not be (in any case).
  private static let reserved: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

  /// Whether `bytes` are a DOT word: ASCII letters, `_` and digits, not starting with a digit.
  private static func isWord(_ bytes: String.UTF8View) -> Bool {
    guard let first = bytes.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
    return bytes.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "_"):
        true
      default: false
      }
    }
  }

  /// The body of a quoted DOT string for a value Graphviz reads literally: `"` and `\` escaped,
  /// control characters dropped.
  package static func quoted(_ text: String) -> String {
    escaped(text) { byte in
      switch byte {
      case UInt8(ascii: "\""): "\\\""
      case UInt8(ascii: "\\"): "\\\\"
      case UInt8(ascii: "\n"): " "
      default: nil
      }
    }
  }

  /// The body of a quoted DOT string for a tooltip (an escString attribute).
  ///
  /// Graphviz reads such a value twice: the DOT lexer turns `\\` into `\` and `\"` into `"`, then
  /// the escString pass expands `\N`, `\G`, `\E`… and turns `\\` into `\`. So a backslash is
  /// written as four, a quote as `\"`, and a newline as Graphviz's `\n`; control characters are
  /// dropped. `&` is written as `&amp;`: Graphviz's SVG writer leaves anything that looks like an
  /// XML entity as it is, so a bare `&amp;` in a name would otherwise be shown as `&`.
  package static func escString(_ text: String) -> String {
    escaped(text) { byte in
      switch byte {
      case UInt8(ascii: "\""): "\\\""
      case UInt8(ascii: "\\"): "\\\\\\\\"
      case UInt8(ascii: "\n"): "\\n"
      case UInt8(ascii: "&"): "&amp;"
      default: nil
      }
    }
  }

  /// `text` cleaned (``cleaned(_:)``), each ASCII byte written as `replacement` gives it or as it
  /// is. The bytes of a multi-byte UTF-8 sequence are never ASCII, so working on bytes replaces
  /// exactly the scalars `replacement` names; a text with none of them is returned as it is.
  private static func escaped(_ text: String, _ replacement: (UInt8) -> String?) -> String {
    let text = cleaned(text)
    guard text.utf8.contains(where: { $0 < 0x80 && replacement($0) != nil }) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      if byte < 0x80, let replaced = replacement(byte) {
        bytes.append(contentsOf: replaced.utf8)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `text` without the characters XML 1.0 forbids (C0 controls other than tab and newline,
  /// U+FFFE, U+FFFF) and with carriage returns and tabs turned into newlines and spaces, so the
  /// SVG Graphviz writes from it is always well-formed.
  package static func cleaned(_ text: String) -> String {
    // Nothing to clean without a control byte or an 0xEF (the lead byte of U+FFFE and U+FFFF).
    guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xEF }) else { return text }
    var result = String.UnicodeScalarView()
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasReturn = scalar == "\r" }
      switch scalar.value {
      case 0x0D: result.append("\n")
      case 0x0A: if !previousWasReturn { result.append("\n") }
      case 0x09: result.append(" ")
      case 0x00..<0x20, 0x7F, 0xFFFE, 0xFFFF: continue
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// A number for DOT: at most four decimals, no exponent, no trailing zeros, "." as separator.
  ///
  /// The same text as `%.4f` trimmed. A map writes thousands of numbers, so the usual case is
  /// worked in integers: value × 10⁴ rounded. The computed product is within half an ulp of the
  /// exact one, so when it lies more than four ulps (and 10⁻⁶) from a half, both round to the same
  /// integer, as printf rounds the exact value; near a half, or for huge values, `String(format:)`.
  package static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let scaled = value * 10_000
    let rounded = scaled.rounded()
    if abs(value) < 1e12, abs(abs(scaled - rounded) - 0.5) > max(1e-6, 4 * scaled.ulp) {
      return fixedPoint(Int64(rounded))
    }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// `tenThousandths` / 10⁴ with at most four decimals and no trailing zeros ("0" for zero).
  private static func fixedPoint(_ tenThousandths: Int64) -> String {
    guard tenThousandths != 0 else { return "0" }
    let magnitude = tenThousandths.magnitude
    var text = tenThousandths < 0 ? "-" : ""
    text += String(magnitude / 10_000)
    var fraction = magnitude % 10_000
    guard fraction != 0 else { return text }
    var digits = 4
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    return text
  }
}
