import Foundation

/// One field of a CSV file the tool writes (RFC 4180), shared by the `--csv` output of the
/// commands and the report's `data/*.csv`: the one place where CSV text is quoted and numbers are
/// written.
///
/// Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula
/// when a spreadsheet opens the file (`=HYPERLINK(…)`, `@SUM(…)`), so it gets a leading `'`, as
/// OWASP recommends against CSV injection. Numbers stay numbers: a cell that is just a decimal
/// number (`-0.2`, `+1e-3`) is never prefixed.
package enum CSVField {
  /// A text cell: neutralised when it could start a formula, then quoted when it holds a comma,
  /// a quote or a line break.
  package static func text(_ text: String) -> String {
    let safe = startsFormula(text) ? "'" + text : text
    guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
    return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A number cell: the shortest decimal that reads back as `value`, an integral value without
  /// `.0` (`3`, `0.25`, `-1e-05`); empty when not finite.
  package static func number(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// Whether a spreadsheet would read `text` as the start of a formula: it begins with `=`, `+`,
  /// `-`, `@`, a tab or a carriage return, and is not simply a number.
  package static func startsFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
      return false
    }
    return !isDecimalNumber(text)
  }

  /// `[+-]digits[.digits][e[+-]digits]`, nothing else.
  private static func isDecimalNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    func digits() -> Int {
      let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
      bytes = bytes.dropFirst(count)
      return count
    }
    if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
    var count = digits()
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      count += digits()
    }
    guard count > 0 else { return false }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
  }
}
