import Foundation
import TestSupport
import Testing

/// The report in a real browser: headless Chromium, networking disabled, renders a shipped model's
/// `index.html` to PNG and to PDF. Runs in CI always (`make test` installs Chromium) and elsewhere
/// when a browser is found (see ``HeadlessChromium``).
@Suite(.enabled(if: HeadlessChromium.shouldRun, "no Chromium found (set POWERMAP_CHROMIUM)"), .serialized)
struct ReportBrowserTests {
  private func browser() throws -> HeadlessChromium {
    try #require(HeadlessChromium.installed, "Chromium is not installed: `make test` installs it")
  }

  @Test func shippedModelReportRendersToPNGAndPDFWithEveryResourceInline() throws {
    let chromium = try browser()
    let folder = try PowerMapBinary.temporaryFolder()
    let out = folder.appendingPathComponent("report")
    let result = try PowerMapBinary.run([
      "report", "models/veracruz-2019-2020.yaml", "--scenario", "pan-to-morena", "--scenario", "lose-orfis",
      "--samples", "500", "--date", "none", "--out", out.path,
    ])
    try #require(result.status == 0, "\(result.stderr)")
    let page = out.appendingPathComponent("index.html")

    let png = folder.appendingPathComponent("report.png")
    let screen = try chromium.load(page, screenshot: png, width: 1280, height: 2000, in: folder)
    #expect(screen.status == 0, "\(screen.log.suffix(2000))")
    let image = try Data(contentsOf: png)
    let size = try #require(RenderedFile.pngSize(image), "not a PNG")
    #expect(size.width == 1280 && size.height == 2000)
    #expect(RenderedFile.pngDensity(image) > 0.02, "the screenshot is blank (\(image.count) bytes)")
    #expect(screen.fileLoads == [page.absoluteURL.absoluteString], "files loaded: \(screen.fileLoads)")
    #expect(screen.networkRequests.isEmpty, "network requests: \(screen.networkRequests)")

    let pdf = folder.appendingPathComponent("report.pdf")
    let print = try chromium.load(page, pdf: pdf, in: folder)
    #expect(print.status == 0, "\(print.log.suffix(2000))")
    let document = try Data(contentsOf: pdf)
    #expect(document.starts(with: Data("%PDF-".utf8)))
    #expect(RenderedFile.pdfPageCount(document) >= 8, "pages: \(RenderedFile.pdfPageCount(document))")
    // Every page is A4 (595 × 842 pt), portrait or, for a map wider than tall, landscape, as the
    // print stylesheet asks.
    let boxes = RenderedFile.pdfMediaBoxes(document)
    #expect(!boxes.isEmpty)
    for box in boxes {
      let numbers = box.split(separator: " ").compactMap { Double($0) }
      #expect(numbers.count == 4, "\(box)")
      let size = Set(numbers.suffix(2).map { $0.rounded() })
      #expect(size == [595, 842], "\(box)")
    }
    #expect(print.fileLoads == [page.absoluteURL.absoluteString])
    #expect(print.networkRequests.isEmpty, "network requests: \(print.networkRequests)")
  }

  /// The checks above can fail: a page that fetches a remote image and a missing file is caught,
  /// and a blank page is told apart from a report.
  @Test func checksCatchExternalResourcesAndBlankPages() throws {
    let chromium = try browser()
    let folder = try PowerMapBinary.temporaryFolder()
    let leaky = folder.appendingPathComponent("leaky.html")
    try Data(
      "<!DOCTYPE html><p>x</p><img src=\"http://example.com/x.png\"><img src=\"missing.png\">".utf8
    ).write(to: leaky)
    let load = try chromium.load(leaky, screenshot: folder.appendingPathComponent("leaky.png"), in: folder)
    #expect(load.networkRequests == ["http://example.com/x.png"])
    #expect(
      load.fileLoads == [
        leaky.absoluteURL.absoluteString, folder.appendingPathComponent("missing.png").absoluteURL.absoluteString,
      ])

    let blank = folder.appendingPathComponent("blank.html")
    try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
    let png = folder.appendingPathComponent("blank.png")
    _ = try chromium.load(blank, screenshot: png, width: 1280, height: 2000, in: folder)
    #expect(RenderedFile.pngDensity(try Data(contentsOf: png)) < 0.01)
  }
}
