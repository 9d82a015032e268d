import PowerMapGraphviz

/// A map drawn for a report, as SVG text.
public struct ReportMap: Sendable {
  /// Which map.
  public var kind: MapKind
  /// The file name it is written under beside `report.md` (`map-power.svg`, …).
  public var fileName: String
  /// The SVG document Graphviz wrote.
  public var svg: String

  /// A map with every field given.
  public init(kind: MapKind, fileName: String, svg: String) {
    self.kind = kind
    self.fileName = fileName
    self.svg = svg
  }
}
