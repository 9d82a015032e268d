import Foundation

/// How a report shows numbers: fixed decimals, "." as the decimal separator in both languages (as
/// the maps do) and a true minus sign (U+2212), which reads better and never starts a Markdown list.
enum ReportNumber {
  /// `value` with `digits` decimals; −0.00 shows as 0.00.
  static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "–" }
    let text = String(format: "%.\(digits)f", value)
    if text.hasPrefix("-") {
      let magnitude = String(text.dropFirst())
      return magnitude.allSatisfy({ $0 == "0" || $0 == "." }) ? magnitude : "\u{2212}" + magnitude
    }
    return text
  }

  /// `value` with its sign and `digits` decimals: +0.12, −0.40, 0.00.
  static func signed(_ value: Double, digits: Int) -> String {
    let text = fixed(value, digits: digits)
    return text.hasPrefix("\u{2212}") || text.allSatisfy({ $0 == "0" || $0 == "." }) ? text : "+" + text
  }

  /// A share in [0, 1] as a percentage with one decimal: 42.5 %.
  static func percent(_ value: Double) -> String {
    fixed(value * 100, digits: 1) + " %"
  }

  /// An integer with a true minus sign: −6.
  static func integer(_ value: Int) -> String {
    value < 0 ? "\u{2212}\(value.magnitude)" : "\(value)"
  }

  /// A count with a comma between thousands, as written in Mexico and in English: 10,000.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return (value < 0 ? "\u{2212}" : "") + out
  }

  /// The shortest text that reads back as `value` (as the model file would write it), minus as U+2212.
  static func shortest(_ value: Double) -> String {
    var text = "\(value)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
  }
}
