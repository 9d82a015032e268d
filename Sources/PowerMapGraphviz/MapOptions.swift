import PowerMap

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
  /// How the page is turned (``PageOrientation/auto``: the way the map prints largest).
  public var orientation: PageOrientation
  /// Where the legend goes; nil chooses beside or below the drawing, whichever prints the map
  /// larger with the legend taking at most a fifth of the page.
  public var legend: LegendPlacement?
  /// Pixels per inch of PNG output.
  public var dpi: Int
  /// The date printed under the title (any text, normally `yyyy-MM-dd`); nil prints none.
  public var date: String?
  /// Whether a big model is drawn in full; by default the power and scenario maps of more than
  /// ``MapOptions/overviewActorThreshold(on:)`` actors draw an overview (the most powerful actors, the rest
  /// grouped by level and kind, or by level where those groups do not fit the page, relations
  /// bundled) and the grid labels only the most powerful.
  public var full: Bool
  /// The id of the commitment the ``MapKind/commitment`` map draws (the other maps ignore it).
  public var commitment: String?
  /// Rule 11's advice on the state drawn (`AdviceSearch`, computed once by the caller): the
  /// commitments maps mark each target's cheapest engagement; nil draws none.
  package var advice: AdviceResult?
  /// Whether the texts are enlarged until they print at their minimum sizes on ``paper`` (several
  /// layouts, see ``MapRenderer``); false lays the map out once with straight edges, for a screen
  /// that zooms (the maps `serve` redraws on every edit), cropped to its content, with the actors
  /// ordered by structure and sizes only, so that they stay in place while values change (see
  /// `MapComposer.valueFree`).
  package var fitsPaper = true

  /// How much smaller than at 100 % the drawing's geometry is laid out (node sizes, gaps, the
  /// grid's side) while its texts keep their sizes, so that they print at their minimum sizes
  /// (``PrintedTextSizes``); found by ``MapRenderer``, 1 to start with.
  package var drawingScale = 1.0
  /// How many actors, the most powerful first, a power or scenario map of more than
  /// ``LayoutPlan/smallMapLimit`` actors names in full (the others by their id); nil names
  /// ``PowerMapBuilder/fullLabelLimit``. Found by ``MapRenderer``: as many as the page holds with
  /// the names at their minimum size.
  package var namedActors: Int?
  /// How much larger than at 100 % the title and the legend are drawn; nil lets the composer
  /// choose (``MapComposer/legendMagnification(body:paper:orientation:)``).
  package var legendScale: Double?
  /// The proportions the level bands aim at (``LevelBands``): wider to fill a page left blank at
  /// the sides, narrower to fill one left blank above and below; found by ``MapRenderer``.
  package var bandAspect = 1.6
  /// The width the level bands' rows are stretched to, in points of the drawing, where the map as
  /// drawn leaves the page blank across (``MapRenderer``'s last step); nil: as ``bandAspect`` sets.
  package var bandRowWidth: Double?
  /// How much larger than ``MapTypography/nameSize`` the names of a map of more than
  /// ``LayoutPlan/smallMapLimit`` actors are set (the actors named in full, ``namedActors``), so
  /// that they print at their minimum on a page whose scale the many ids set; found by
  /// ``MapRenderer``, 1 to start with.
  package var nameScale = 1.0
  /// How an overview groups the actors it does not draw one by one; found by ``MapRenderer``
  /// (by level and kind unless those groups do not fit the page).
  package var overviewGrouping = OverviewGrouping.levelAndKind
  /// The height over the width a layered map's body (`dot`'s `ratio`) is stretched to, so that it
  /// fills a page it would leave blank above and below or at the sides; nil: as laid out. Found by
  /// ``MapRenderer``.
  package var bodyRatio: Double?
  /// The grid's plot height over its width: above 1 to fill a page left blank above and below,
  /// below 1 for one left blank at the sides; found by ``MapRenderer``, 1 to start with.
  package var gridAspect = 1.0

  /// Above this many actors a map is drawn as an overview on any paper unless ``full`` is set (the
  /// power and scenario maps draw one from fewer, ``overviewActorThreshold(on:)``).
  public static var overviewThreshold: Int { MapOverview.actorThreshold }

  /// Above this many actors the power and scenario maps on `paper` are drawn as an overview unless
  /// ``full`` is set: 250 on A3, 100 on A4 and letter (as many as level bands print with every
  /// id at 7 pt or more).
  public static func overviewActorThreshold(on paper: PaperSize) -> Int {
    MapOverview.actorThreshold(kind: .power, paper: paper)
  }

  /// Options with the given values; by default English, automatic layout, A4 turned
  /// automatically, the legend placed automatically, 150 dpi, no date, overviews for big models.
  public init(
    kind: MapKind, language: MapLanguage = .en, layout: LayoutEngine? = nil, paper: PaperSize = .a4,
    orientation: PageOrientation = .auto, legend: LegendPlacement? = nil, dpi: Int = 150, date: String? = nil,
    full: Bool = false, commitment: String? = nil
  ) {
    self.kind = kind
    self.language = language
    self.layout = layout
    self.paper = paper
    self.orientation = orientation
    self.legend = legend
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
