import PowerMapGraphviz

/// A map drawn for a report, as SVG text.
package struct ReportMap: Sendable {
  /// Which map.
  package var kind: MapKind
  /// The file name it is written under beside `report.md` (`map-power.svg`, …).
  package var fileName: String
  /// The SVG document Graphviz wrote.
  package var svg: String
  /// Whether ``svg`` is the overview of a big model (``MapOptions/drawsOverview(actorCount:)``).
  package var overview: Bool
  /// The complete drawing of a big model, written beside the report and linked rather than
  /// inlined (only with ``ReportOptions/full``).
  package var full: FullDrawing?
  /// The commitment a ``PowerMapGraphviz/MapKind/commitment`` map draws.
  package var commitment: String?
  /// The most actors the map draws one by one on its paper before it draws an overview
  /// (``MapOptions/overviewActorThreshold(on:)``).
  package var overviewThreshold = MapOptions.overviewThreshold

  /// The complete drawing of a map whose report shows an overview.
  package struct FullDrawing: Sendable {
    /// The file name beside `index.html` (`map-power-full.svg`, …).
    package var fileName: String
    /// The SVG document.
    package var svg: String
  }

  /// Under an overview: where the complete drawing is, or how to get it. Plain text around one
  /// link: (text before, link text and target, text after); the target is nil when there is no
  /// file to link.
  package func overviewNote(_ language: MapLanguage) -> (before: String, link: String, target: String?, after: String)?
  {
    guard overview else { return nil }
    let threshold = overviewThreshold
    if let full {
      return language == .es
        ? (
          "Panorama de un modelo de más de \(threshold) actores. El mapa completo, con cada actor: ", full.fileName,
          full.fileName, "."
        )
        : (
          "Overview of a model of more than \(threshold) actors. The complete map, every actor drawn: ", full.fileName,
          full.fileName, "."
        )
    }
    return language == .es
      ? (
        "Panorama de un modelo de más de \(threshold) actores. El mapa completo: ", "powermap report --full", nil,
        " (o powermap render --full)."
      )
      : (
        "Overview of a model of more than \(threshold) actors. For the complete map: ", "powermap report --full", nil,
        " (or powermap render --full)."
      )
  }
}
