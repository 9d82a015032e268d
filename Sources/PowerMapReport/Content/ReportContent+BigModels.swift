import PowerMapGraphviz

/// How a report keeps the page of a big model small: the actors table shows the most powerful
/// ``actorRowLimit`` actors (every actor stays in `data/actors.csv`), and a map whose SVG is larger
/// than ``inlineMapLimit`` is linked as its file beside the page instead of inlined, as are the
/// one-commitment maps of a model above ``MapOptions/overviewThreshold`` actors (one per
/// commitment: 200 commitments took 4 MB of the page at 10,000 actors).
extension ReportContent {
  /// The most rows of the actors table shown on the page (the table is sorted by effective power).
  package static var actorRowLimit: Int { MapOptions.overviewThreshold }
  /// The largest SVG inlined in `index.html`, in bytes.
  package static let inlineMapLimit = 1_500_000

  /// The actors table as shown: its first ``actorRowLimit`` rows.
  var shownActorsTable: ReportTable {
    var table = actorsTable
    table.rows = Array(table.rows.prefix(Self.actorRowLimit))
    return table
  }

  /// Under a shortened actors table: "The 300 most powerful of 10000 actors; every actor is in
  /// data/actors.csv." Nil when every actor is shown.
  var actorsTableNote: String? {
    let count = baseline.state.actors.count
    guard count > Self.actorRowLimit else { return nil }
    return options.language == .es
      ? "Los \(Self.actorRowLimit) actores más poderosos de \(count); todos están en data/actors.csv."
      : "The \(Self.actorRowLimit) most powerful of \(count) actors; every actor is in data/actors.csv."
  }

  /// Whether the model is drawn as overviews (more than ``MapOptions/overviewThreshold`` actors).
  var isBigModel: Bool { baseline.state.actors.count > MapOptions.overviewThreshold }

  /// Under a one-commitment map of a big model: the sentence before the link to its file.
  func linkedCommitmentMapNote() -> String {
    options.language == .es
      ? "Con más de \(MapOptions.overviewThreshold) actores, el mapa de cada compromiso es un archivo aparte: "
      : "With more than \(MapOptions.overviewThreshold) actors, the map of each commitment is a file of its own: "
  }

  /// Under a map too large to inline: the sentence before the link to its file.
  func linkedMapNote() -> String {
    options.language == .es
      ? "Este mapa es demasiado grande para incluirlo en la página; ábralo aparte: "
      : "This map is too large to include in the page; open it on its own: "
  }
}
