import Foundation

/// Fonts and text sizes of the maps.
///
/// "Helvetica" is resolved by fontconfig to a metric-compatible font (Liberation Sans, or another
/// sans-serif) for PNG and PDF, and written as `Helvetica,sans-Serif` in SVG, so every viewer finds
/// a sans-serif face. Sizes are in points at 100 % scale; the page fit (``PaperSize``) scales them.
enum MapTypography {
  /// The font family of every label.
  static let fontName = "Helvetica"
  /// Dark grey text (contrast ≥ 5:1 on every fill of the palette).
  static let textColor = MapPalette.text
  /// Secondary text (values, notes).
  static let mutedColor = MapPalette.mutedText
  /// Actor names.
  static let nameSize = 13.0
  /// The values under a name.
  static let valueSize = 11.0
  /// Legend text.
  static let legendSize = 10.0
  /// Legend section headings.
  static let legendHeadingSize = 11.0
  /// The map title.
  static let titleSize = 20.0
  /// The lines under the title.
  static let subtitleSize = 12.0
  /// The quadrant names of the power–interest grid.
  static let quadrantSize = 15.0
  /// The commitment map's tables: actor names and the commitment's title.
  static let tableNameSize = 12.0
  /// The commitment map's tables: numbers and other text.
  static let tableValueSize = 10.5
  /// The commitment map's tables: column heads and notes.
  static let tableNoteSize = 10.0
}

/// Numbers as the maps print them.
enum MapNumber {
  /// `0.65`: two decimals.
  static func plain(_ value: Double) -> String {
    let text = String(format: "%.2f", abs(value) < 0.005 ? 0 : value)
    return text.replacingOccurrences(of: "-", with: "−")
  }

  /// `+0.78`, `−0.50`, `0.00`: two decimals with an explicit sign (a true minus sign).
  static func signed(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == 0 { return "0.00" }
    return (rounded > 0 ? "+" : "−") + String(format: "%.2f", abs(rounded))
  }
}
