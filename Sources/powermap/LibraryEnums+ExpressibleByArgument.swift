import ArgumentParser
import PowerMap
import PowerMapGraphviz

// The library's own enums are the values of the options that choose among them: no mirrored
// `*Choice` enum in the command line. Their raw values are the words of the command line.

extension MapKind: ExpressibleByArgument {}

extension MapFormat: ExpressibleByArgument {}

extension LayoutEngine: ExpressibleByArgument {}

extension PaperSize: ExpressibleByArgument {}

extension MapLanguage: ExpressibleByArgument {
  /// The order `--help` and the error of a bad value list the languages in.
  public static var allValueStrings: [String] { ["es", "en"] }
}

extension SweepRank: ExpressibleByArgument {}

extension PageOrientation: ExpressibleByArgument {}

extension LegendPlacement: ExpressibleByArgument {}
