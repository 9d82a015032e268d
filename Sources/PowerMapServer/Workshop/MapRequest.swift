import Foundation
import PowerMap
import PowerMapGraphviz

/// A map the API draws: `/api/v1/maps/{kind}.{svg,png,pdf}?scenario=…&lang=…&page=a4|a3`, drawn
/// through Graphviz in-process as `powermap render MODEL --map KIND --format F --page P` draws it
/// (today's date under the title, as `render` prints by default).
struct MapRequest: Sendable {
  var kind: MapKind
  var format: MapFormat
  var language: MapLanguage?
  var paper: PaperSize
  var orientation: PageOrientation = .auto
  /// Where the legend goes; nil places it as `render` does.
  var legend: LegendPlacement?

  /// The kinds the API draws.
  static let kinds: [MapKind] = [.power, .grid, .commitments, .scenario]

  /// Reads `power.svg` (the last path segment) and the query; 404 for an unknown map or format,
  /// 400 for an unknown language, page, orientation or legend place.
  init(file: String, language: String?, page: String?, orientation: String? = nil, legend: String? = nil) throws {
    let parts = file.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let kind = MapKind(rawValue: String(parts[0])), Self.kinds.contains(kind),
      let format = MapFormat(rawValue: String(parts[1])), format != .dot
    else {
      throw APIError.notFound(
        "no map '\(Diagnostic.excerpt(file))': the maps are power, grid, commitments and scenario, as svg, png or pdf")
    }
    (self.kind, self.format) = (kind, format)
    self.language = try language.map { value in
      guard let language = MapLanguage(rawValue: value) else { throw APIError.badRequest("lang must be es or en") }
      return language
    }
    guard let paper = PaperSize(rawValue: page ?? "a4") else {
      throw APIError.badRequest("page must be a4, a3 or letter")
    }
    self.paper = paper
    if let orientation {
      guard let value = PageOrientation(rawValue: orientation) else {
        throw APIError.badRequest("orientation must be portrait, landscape or auto")
      }
      self.orientation = value
    }
    if let legend {
      // A legend on a page of its own is a PDF's; the API draws one page.
      guard let value = LegendPlacement(rawValue: legend), value != .page else {
        throw APIError.badRequest("legend must be side, bottom or none")
      }
      self.legend = value
    }
  }

  /// The content type of the answer.
  var contentType: String {
    switch format {
    case .svg: "image/svg+xml"
    case .png: "image/png"
    case .pdf: "application/pdf"
    case .dot: "text/vnd.graphviz"
    }
  }

  /// The key of the map in the workshop's cache (with the scenarios' key).
  func cacheKey(scenarios: String) -> String {
    "map|\(kind.rawValue)|\(format.rawValue)|\(language?.rawValue ?? "-")|\(paper.rawValue)|\(orientation.rawValue)|"
      + "\(legend?.rawValue ?? "-")|\(scenarios)"
  }

  /// Draws the map of `model` after `scenarios`; a map of the model (not the scenario map) draws
  /// `analysis` when given, the analysis of `model` after `scenarios`.
  func draw(_ model: Model, scenarios: [Scenario], analysis: StakeholderAnalysis? = nil) throws -> Data {
    if kind == .scenario && scenarios.isEmpty {
      throw APIError.badRequest("the scenario map needs a scenario: ?scenario=ID or custom steps")
    }
    var options = MapOptions(
      kind: kind, language: language ?? MapLanguage(languageTag: model.language) ?? .en, paper: paper,
      orientation: orientation, legend: legend, date: Self.today())
    // An SVG is for the screen, redrawn on every edit: one layout, no fitting of its texts to the
    // printed page (PNG and PDF are exports for printing and are fitted as `render` fits them).
    options.fitsPaper = format != .svg
    do {
      let rendered =
        kind == .scenario
        ? try MapRenderer.render(Simulation(model: model).run(scenarios), options: options, format: format)
        : try MapRenderer.render(
          analysis: analysis ?? Simulation(model: model).analysis(after: scenarios), options: options, format: format)
      return rendered.data
    } catch {
      throw APIError(status: .internalServerError, message: "the map could not be drawn: \(error.description)")
    }
  }

  /// Today as yyyy-MM-dd, the date `render` prints by default.
  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}
