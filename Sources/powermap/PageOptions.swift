import ArgumentParser
import PowerMapGraphviz

/// `--page` and `--orientation`, shared by `render` and `report`: the paper, and how it is turned.
/// `--page a4-portrait` (or `a3-landscape`, …) names both at once.
struct PageOptions: ParsableArguments {
  @Option(help: "The paper the maps are fitted to: a4, a3 or letter; a4-portrait, a3-landscape, … also turn it.")
  var page: PageChoice = PageChoice(paper: .a4, orientation: nil)

  @Option(help: "How the page is turned: portrait, landscape or auto (\(PageOrientation.autoRule)).")
  var orientation: PageOrientation?

  func validate() throws {
    if let turned = page.orientation, let orientation, turned != orientation {
      throw ValidationError(
        "--page \(page.paper.rawValue)-\(turned.rawValue) and --orientation \(orientation.rawValue) disagree; give one")
    }
  }

  /// The paper.
  var paper: PaperSize { page.paper }
  /// The orientation: --orientation, or the one --page names, or auto.
  var resolvedOrientation: PageOrientation { orientation ?? page.orientation ?? .auto }
}

/// A `--page` value: a paper, optionally with an orientation (`a4-portrait`).
struct PageChoice: ExpressibleByArgument {
  var paper: PaperSize
  var orientation: PageOrientation?

  init(paper: PaperSize, orientation: PageOrientation?) {
    self.paper = paper
    self.orientation = orientation
  }

  init?(argument: String) {
    let parts = argument.lowercased().split(separator: "-", maxSplits: 1).map(String.init)
    guard let first = parts.first, let paper = PaperSize(rawValue: first) else { return nil }
    self.paper = paper
    if parts.count == 2 {
      guard let orientation = PageOrientation(rawValue: parts[1]), orientation != .auto else { return nil }
      self.orientation = orientation
    }
  }

  var defaultValueDescription: String { paper.rawValue }

  static var allValueStrings: [String] {
    PaperSize.allCases.flatMap { [$0.rawValue, $0.rawValue + "-portrait", $0.rawValue + "-landscape"] }
  }
}
