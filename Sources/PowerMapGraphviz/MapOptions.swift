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

  /// Options with the given values; by default English, automatic layout, A4, 150 dpi, no date.
  public init(
    kind: MapKind, language: MapLanguage = .en, layout: LayoutEngine? = nil, paper: PaperSize = .a4, dpi: Int = 150,
    date: String? = nil
  ) {
    self.kind = kind
    self.language = language
    self.layout = layout
    self.paper = paper
    self.dpi = dpi
    self.date = date
  }
}
