import Foundation

/// A report printed to PDF, read back page by page with `pdftotext -layout` (poppler-utils), and
/// what its `index.html` says it holds (headings, cards, tables), to check the page rules of the
/// print stylesheet.
struct PrintedPages {
  /// The non-empty lines of each page, in order.
  var pages: [[String]]

  /// `pdftotext`: $POWERMAP_PDFTOTEXT, else on PATH.
  static let pdftotext: URL? = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["POWERMAP_PDFTOTEXT"], FileManager.default.isExecutableFile(atPath: path) {
      return URL(fileURLWithPath: path)
    }
    for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pdftotext")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  /// The pages of `pdf`, read with `pdftotext -layout` (pages end with a form feed).
  init(pdf: URL, pdftotext: URL) throws {
    let process = Process()
    process.executableURL = pdftotext
    process.arguments = ["-layout", "-enc", "UTF-8", pdf.path, "-"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}").map { page in
      page.split(separator: "\n").map { String($0) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
    if pages.last?.isEmpty == true { pages.removeLast() }
    self.pages = pages
  }

  /// The index of the first page with a line that holds `text`.
  func page(holding text: String) -> Int? {
    pages.firstIndex { $0.contains { $0.contains(text) } }
  }

  /// A table of the page: its id (or class) and, per body row, the texts of its cells.
  struct Table {
    var name: String
    var rows: [[String]]
  }

  /// The tables of an HTML report, in order, with the cells a printed page shows (`hidden`: the
  /// column classes the print stylesheet hides, per table id).
  static func tables(inHTML html: String, hidden: [String: Set<String>]) -> [Table] {
    matches(#"<table class="([^"]*)"(?: id="([^"]*)")?>(.*?)</table>"#, in: html).map { table in
      let name = table[1].isEmpty ? table[0] : table[1]
      let body = table[2].components(separatedBy: "</thead>").last ?? ""
      let rows = matches(#"<tr[^>]*>(.*?)</tr>"#, in: body).map { row in
        matches(#"<td class="([^"]*)">(.*?)</td>"#, in: row[0]).filter { cell in
          !cell[0].split(separator: " ").contains { hidden[name]?.contains(String($0)) ?? false }
        }.map { plainText($0[1]) }
      }
      return Table(name: name, rows: rows)
    }
  }

  /// The texts of the headings (h2–h4) of an HTML report, and those of its summary cards.
  static func headings(inHTML html: String) -> (all: [String], cards: [String]) {
    let all = matches(#"<h([234])[^>]*>(.*?)</h\1>"#, in: html).map { plainText($0[1]) }
    let cards = matches(#"<div class="card">\s*<h3>(.*?)</h3>"#, in: html).map { plainText($0[0]) }
    return (all, cards)
  }

  /// The texts of the notes of an HTML report (`<p class="note">`, figure captions).
  static func notes(inHTML html: String) -> [String] {
    matches(#"<(p|figcaption) class="note">(.*?)</\1>"#, in: html).map { plainText($0[1]) }
  }

  /// For each row of `table`, the page it is printed on (found in order, after `start`: a line
  /// that starts with the first word of its first cell and then holds the first word of its second
  /// cell), or nil for a row not found; and where the search ended.
  func pagesOfRows(_ table: Table, from start: (page: Int, line: Int)) -> (pages: [Int?], end: (page: Int, line: Int)) {
    var cursor = start
    var found: [Int?] = []
    for row in table.rows {
      let words = row.prefix(2).compactMap { $0.split(separator: " ").first.map(String.init) }
      guard !words.isEmpty,
        let expression = try? NSRegularExpression(
          pattern: "^\\s*" + words.map(NSRegularExpression.escapedPattern).joined(separator: "(\\s.*)?\\s") + "(\\s|$)")
      else {
        found.append(nil)
        continue
      }
      var hit: (page: Int, line: Int)?
      var position = cursor
      search: while position.page < pages.count {
        let lines = pages[position.page]
        while position.line < lines.count {
          let line = lines[position.line]
          if expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
            hit = position
            break search
          }
          position.line += 1
        }
        position = (position.page + 1, 0)
      }
      if let hit {
        found.append(hit.page)
        cursor = (hit.page, hit.line + 1)
      } else {
        found.append(nil)
      }
    }
    return (found, cursor)
  }

  /// Text of an HTML fragment: tags dropped, the entities the report writes decoded, spaces joined.
  static func plainText(_ html: String) -> String {
    var text = html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The capture groups of each match of `pattern` (dot matches newlines).
  static func matches(_ pattern: String, in text: String) -> [[String]] {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
      return []
    }
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
      (1..<match.numberOfRanges).map { group in
        Range(match.range(at: group), in: text).map { String(text[$0]) } ?? ""
      }
    }
  }
}
