/// The paper a map is laid out for: the drawing is scaled to fill the paper (portrait or
/// landscape, whichever fits the drawing better) inside a margin, so the PDF prints on that paper
/// as it is and the PNG has the paper's proportions at the chosen dpi.
public enum PaperSize: String, Sendable, CaseIterable, Codable {
  /// ISO A4, 210 × 297 mm.
  case a4
  /// ISO A3, 297 × 420 mm.
  case a3
  /// US Letter, 8.5 × 11 in.
  case letter

  /// Width and height in points, portrait.
  package var portraitPoints: (width: Double, height: Double) {
    switch self {
    case .a4: (595.28, 841.89)
    case .a3: (841.89, 1190.55)
    case .letter: (612, 792)
    }
  }

  /// The margin on every side, in points (12.7 mm).
  package var marginPoints: Double { 36 }
}
