import Foundation
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// `--legend page`: in PDF the map on the first page and its legend on a second (issue 14, item 2).
struct LegendPageTests {
  static func options(_ kind: MapKind = .power, paper: PaperSize = .a4) -> MapOptions {
    MapOptions(kind: kind, language: .es, paper: paper, legend: .page, date: "2025-01-01")
  }

  static func run() throws -> SimulationRun {
    Simulation(model: try MapTestSupport.model(MapTestSupport.shippedModels[1])).run([])
  }

  @Test func thePDFHasTwoPagesAndTheMapsPageNoLegend() throws {
    let composed = try MapRenderer.compose(try Self.run(), options: Self.options())
    #expect(!composed.graph.nodes.contains { $0.name.hasPrefix("legend:") })
    let legendPage = try #require(composed.legendPage)
    #expect(legendPage.nodes.contains { $0.name == "legend:frame" })
    // The power circles are drawn at the map's scale on both pages: the legend page has the same size.
    #expect(legendPage.attributes["size"] == composed.graph.attributes["size"])

    let pdf = try MapRenderer.render(try Self.run(), options: Self.options(), format: .pdf).data
    let file = try PDFPageJoiner.File(Array(pdf))
    #expect(file.pages.count == 2)
    #expect(MapTestSupport.pdfMediaBox(pdf).map { [$0.width, $0.height] } == [595, 841])
    // Read back by poppler when it is installed (`make test` installs it).
    guard let pages = Self.pdftotext(pdf) else { return }
    #expect(pages.count == 2)
    #expect(!pages[0].contains("Relleno: postura efectiva"))
    #expect(pages[0].contains("IVAI"))
    #expect(pages[1].contains("Relleno: postura efectiva") && pages[1].contains("Forma: tipo de actor"))
  }

  @Test(arguments: [MapFormat.svg, .png, .dot])
  func otherFormatsRefuseIt(_ format: MapFormat) throws {
    let run = try Self.run()
    do {
      _ = try MapRenderer.render(run, options: Self.options(), format: format)
      Issue.record("--legend page was drawn in \(format.rawValue)")
    } catch {
      #expect(error.description.contains("needs PDF output"))
    }
  }

  @Test func joinedPDFsKeepEveryPageInOrder() throws {
    var pages: [Data] = []
    for paper in [PaperSize.a4, .a3, .letter] {
      var options = Self.options(paper: paper)
      options.legend = LegendPlacement.none
      pages.append(try MapRenderer.render(try Self.run(), options: options, format: .pdf).data)
    }
    let joined = try PDFPageJoiner.join(pages)
    let file = try PDFPageJoiner.File(Array(joined))
    #expect(file.pages.count == 3)
    let boxes = file.pages.compactMap { page in
      file.objects.first { $0.number == page }.flatMap {
        $0.head.components(separatedBy: "/MediaBox [").dropFirst().first
      }
      .map { $0.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) } }
    }
    #expect(boxes.map { $0.suffix(2).map { $0.rounded() } } == [[595, 841], [842, 1191], [612, 792]])
    #expect(throws: PDFPageJoiner.Unsupported.self) { try PDFPageJoiner.join([Data("%PDF-1.5\nnothing".utf8)]) }
  }

  /// The text of each page of `pdf` by `pdftotext` (POWERMAP_PDFTOTEXT, or on the PATH); nil when
  /// it is not installed.
  static func pdftotext(_ pdf: Data) -> [String]? {
    let tool = ProcessInfo.processInfo.environment["POWERMAP_PDFTOTEXT"] ?? "/usr/bin/pdftotext"
    guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("legend-page-\(UUID().uuidString).pdf")
    defer { try? FileManager.default.removeItem(at: url) }
    guard (try? pdf.write(to: url)) != nil else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = [url.path, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var pages = String(decoding: output, as: UTF8.self).components(separatedBy: "\u{0C}")
    if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
    return pages
  }
}
