import PowerMapGraphviz

/// What a report contains and how it is written: the language, the Monte Carlo run, the paper of
/// its maps and the date printed on it.
package struct ReportOptions: Sendable, Equatable {
  /// The language of the report's own words (the model's names are shown as written).
  package var language: MapLanguage
  /// Monte Carlo samples per scenario, 0 … ``PowerMap/MonteCarloSimulation/maximumSamples``; 0 leaves
  /// the Monte Carlo section out.
  package var samples: Int
  /// The Monte Carlo seed (any UInt64, as on the command line and in batch files).
  package var seed: UInt64
  /// Worker tasks for Monte Carlo and the sweep; the report does not depend on it.
  package var jobs: Int
  /// The date printed under the title and on the maps; nil prints none.
  package var date: String?
  /// The paper the maps are fitted to (the report prints on A4).
  package var paper: PaperSize
  /// How the maps' pages are turned (``PowerMapGraphviz/PageOrientation/auto`` by default).
  package var orientation: PageOrientation
  /// The number of rows of the loss-of-ally ranking shown in the report (data/ keeps every row).
  package var allyRows: Int
  /// Whether the report also draws the complete maps of a big model (written as separate SVG files
  /// beside the page and linked, never inlined); the page always shows the overviews.
  package var full: Bool
  /// Whether the "What would it take" section aims at commitments that stay viable after the loss
  /// of any one ally (rule 11's robust form) rather than at viable ones.
  package var robust: Bool

  /// Options with the given values; by default English, no Monte Carlo, one worker, no date, A4.
  package init(
    language: MapLanguage = .en, samples: Int = 0, seed: UInt64 = 1, jobs: Int = 1, date: String? = nil,
    paper: PaperSize = .a4, orientation: PageOrientation = .auto, allyRows: Int = 15, full: Bool = false,
    robust: Bool = false
  ) {
    self.language = language
    self.samples = samples
    self.seed = seed
    self.jobs = jobs
    self.date = date
    self.paper = paper
    self.orientation = orientation
    self.allyRows = allyRows
    self.full = full
    self.robust = robust
  }
}
