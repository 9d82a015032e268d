import Foundation
import TestSupport
import Testing

/// Both shipped reports printed to A4 PDF by headless Chromium and read back with
/// `pdftotext -layout`: the page rules of the print stylesheet hold. Runs in CI always (`make test`
/// installs Chromium and poppler-utils) and elsewhere when Chromium is found.
@Suite(.enabled(if: HeadlessChromium.shouldRun, "no Chromium found (set POWERMAP_CHROMIUM)"), .serialized)
struct ReportPrintTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var model: String
    var scenarios: [String]
    var testDescription: String { model }
  }

  static let cases = [
    Case(model: "models/veracruz-2016-2017.yaml", scenarios: ["pan-to-morena"]),
    Case(model: "models/veracruz-2019-2020.yaml", scenarios: ["pan-to-morena", "lose-orfis", "ivai-board-change"]),
  ]

  @Test(arguments: cases)
  func printedReportKeepsThePageRules(_ test: Case) throws {
    let chromium = try #require(HeadlessChromium.installed, "Chromium is not installed: `make test` installs it")
    let pdftotext = try #require(PrintedPages.pdftotext, "pdftotext is not installed: `make test` installs it")
    let folder = try PowerMapBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("report")
    let result = try PowerMapBinary.run(
      ["report", test.model] + test.scenarios.flatMap { ["--scenario", $0] } + [
        "--samples", "200", "--seed", "1", "--date", "none", "--out", out.path,
      ])
    try #require(result.status == 0, "\(result.stderr)")
    let pdf = folder.appendingPathComponent("report.pdf")
    let load = try chromium.load(out.appendingPathComponent("index.html"), pdf: pdf, in: folder)
    try #require(load.status == 0, "\(load.log.suffix(2000))")
    let printed = try PrintedPages(pdf: pdf, pdftotext: pdftotext)
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)

    // Pages are A4, portrait or landscape (maps wider than tall get landscape pages).
    let boxes = RenderedFile.pdfMediaBoxes(try Data(contentsOf: pdf)).map { box in
      box.split(separator: " ").compactMap { Double($0) }.suffix(2).map { $0.rounded() }
    }
    #expect(Set(boxes).isSubset(of: [[595, 842], [842, 595]]), "\(boxes)")
    #expect(boxes.contains([842, 595]), "the grid (wider than tall) prints on a landscape page")

    let headings = PrintedPages.headings(inHTML: html)
    // The summary's four cards are on one page.
    let cardPages = Set(headings.cards.map { printed.page(holding: $0) })
    #expect(headings.cards.count == 4 && cardPages.count == 1 && cardPages.first! != nil, "cards on \(cardPages)")

    checkHeadings(printed, headings: headings.all, notes: PrintedPages.notes(inHTML: html))
    checkTables(printed, html: html)
  }

  /// No heading ends a page, or has under it on its page only notes (the text that says how to
  /// read what follows) and other headings: what it introduces starts on its page.
  private func checkHeadings(_ printed: PrintedPages, headings: [String], notes: [String]) {
    let texts = Set(headings)
    let noteText = notes.joined(separator: "\n")
    func introduces(_ line: String) -> Bool {
      let text = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      return !texts.contains(text) && !noteText.contains(text)
    }
    for (index, lines) in printed.pages.enumerated() where index < printed.pages.count - 1 {
      for (position, line) in lines.enumerated() where texts.contains(line.trimmingCharacters(in: .whitespaces)) {
        #expect(
          lines[(position + 1)...].contains(where: introduces),
          "page \(index + 1): '\(line.trimmingCharacters(in: .whitespaces))' has nothing but notes under it")
      }
    }
  }

  /// Every table row is found; a table split across pages has at least 3 rows on each of them, and
  /// a table of fewer than 6 rows is not split.
  private func checkTables(_ printed: PrintedPages, html: String) {
    var cursor = (page: 0, line: 0)
    var checked = 0
    for table in PrintedPages.tables(inHTML: html, hidden: ["table-actors": ["c-name"]]) where !table.rows.isEmpty {
      let (pages, end) = printed.pagesOfRows(table, from: cursor)
      let missing = pages.indices.filter { pages[$0] == nil }
      #expect(
        missing.isEmpty,
        "\(table.name): rows \(missing.map { table.rows[$0].prefix(2) }) not found in the PDF after page \(cursor.page + 1)"
      )
      guard missing.isEmpty else { continue }
      cursor = end
      checked += 1
      var counts: [Int: Int] = [:]
      for page in pages.compactMap({ $0 }) { counts[page, default: 0] += 1 }
      if table.rows.count < 6 {
        #expect(counts.count == 1, "\(table.name) (\(table.rows.count) rows) is split: \(counts)")
      } else if counts.count > 1 {
        #expect(counts.values.allSatisfy { $0 >= 3 }, "\(table.name) leaves fewer than 3 rows on a page: \(counts)")
      }
    }
    #expect(checked >= 8, "tables checked: \(checked)")
  }
}
