/// The file formats a map is written in.
public enum MapFormat: String, Sendable, CaseIterable, Codable {
  /// SVG (Graphviz's core SVG writer: text stays text, tooltips included).
  case svg
  /// PNG through cairo, at the map's dpi.
  case png
  /// PDF through cairo, one page of the chosen paper size.
  case pdf
  /// The composed DOT (every position fixed, `layout=nop2`): `dot -Tpdf map.dot` redraws the map.
  case dot

  /// The Graphviz output format, or nil for ``dot`` (the DOT text is written as composed).
  package var graphvizFormat: String? {
    switch self {
    case .svg: "svg"
    case .png: "png:cairo"
    case .pdf: "pdf:cairo"
    case .dot: nil
    }
  }

  /// The usual file extension.
  public var fileExtension: String { rawValue }
}
