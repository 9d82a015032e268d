import Foundation
import TestSupport
import Testing

@testable import PowerMapGraphviz

/// The maps' colours are defined in ``MapPalette`` and nowhere else.
struct MapPaletteTests {
  /// No source file of the maps but MapPalette.swift writes a `#rrggbb` colour, white or black.
  @Test func hexColoursAppearOnlyInThePalette() throws {
    let folder = PackageRoot.url("Sources/PowerMapGraphviz")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
    #expect(files.count > 20)
    let colour = try Regex("\"#[0-9A-Fa-f]{6}|\"(white|black)\"")
    let offenders = try files.filter { file in
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      return file != "MapPalette.swift" && text.contains(colour)
    }
    #expect(offenders.isEmpty, "colours outside MapPalette.swift: \(offenders.sorted())")
  }

  @Test func theNamedColoursAreThoseTheMapsDraw() {
    #expect(MapPalette.statusFill(.viable) == "#9ecae1")
    #expect(MapPalette.quadrantFill(.manageClosely) == "#e1ecf5")
    #expect(MapPalette.relation(.conflict) == "#D55E00")
    #expect(MapPalette.supports.hex == "#6baed6")
    #expect(MapTypography.textColor == "#1a1a1a")
  }
}
