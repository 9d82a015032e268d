/// What to draw and how: the map, the language, the engine, the paper and the resolution.
public struct MapOptions: Sendable, Equatable {
  /// Which map.
  public var kind: MapKind
  /// The language of the map's own words.
  public var language: MapLanguage
  /// The layout engine; nil chooses one by map and size (``LayoutPlan``). The grid ignores it
  /// (its positions are the data).
  public var layout: LayoutEngine?
  /// The paper the map is fitted to.
  public var paper: PaperSize
  /// Pixels per inch of PNG output.
  public var dpi: Int
  /// The date printed under the title (any text, normally `yyyy-MM-dd`); nil prints none.
  public var date: String?
  /// Whether a big model is drawn in full; by default the power and scenario maps of more than
  /// ``MapOptions/overviewThreshold`` actors draw an overview (the most powerful actors, the rest
  /// grouped by level and kind, relations bundled) and the grid labels only the most powerful.
  public var full: Bool
  /// The id of the commitment the ``MapKind/commitment`` map draws (the other maps ignore it).
  public var commitment: String?

  /// Above this many actors a map is drawn as an overview unless ``full`` is set.
  public static var overviewThreshold: Int { MapOverview.actorThreshold }

  /// Options with the given values; by default English, automatic layout, A4, 150 dpi, no date,
  /// overviews for big models.
  public init(
    kind: MapKind, language: MapLanguage = .en, layout: LayoutEngine? = nil, paper: PaperSize = .a4, dpi: Int = 150,
    date: String? = nil, full: Bool = false, commitment: String? = nil
  ) {
    self.kind = kind
    self.language = language
    self.layout = layout
    self.paper = paper
    self.dpi = dpi
    self.date = date
    self.full = full
    self.commitment = commitment
  }

  /// Whether a model of `actorCount` actors is drawn as an overview with these options.
  public func drawsOverview(actorCount: Int) -> Bool {
    MapOverview.applies(actorCount: actorCount, options: self) && kind != .commitments && kind != .commitment
  }
}
