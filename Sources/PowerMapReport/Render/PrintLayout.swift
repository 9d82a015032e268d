/// How the HTML report is cut into printed pages: which page orientation a map gets, and how a
/// table's rows are grouped so that a page break never leaves fewer than ``minimumRows`` rows of a
/// table at the bottom or at the top of a page (CSS `orphans` and `widows` do not apply to table
/// rows; each group is a `<tbody>` that the print stylesheet keeps whole).
enum PrintLayout {
  /// The fewest rows of a table printed on one page when the table is split.
  static let minimumRows = 3

  /// "landscape" for a map wider than tall (read from its SVG `viewBox`), else "portrait": the
  /// class that gives the map a page of that orientation (named pages in ``ReportStyle``).
  static func orientation(ofSVG svg: String) -> String {
    guard let start = svg.range(of: "viewBox=\"") else { return "portrait" }
    let values = svg[start.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) }
    guard values.count == 4 else { return "portrait" }
    return values[2] > values[3] ? "landscape" : "portrait"
  }

  /// The row groups of a table of `count` rows: groups of ``minimumRows``, the remainder joined to
  /// the last group; a table of fewer than twice ``minimumRows`` rows is one group (never split).
  static func rowGroups(count: Int) -> [Range<Int>] {
    guard count >= 2 * minimumRows else { return count == 0 ? [] : [0..<count] }
    var groups: [Range<Int>] = []
    var start = 0
    while count - start >= 2 * minimumRows {
      groups.append(start..<start + minimumRows)
      start += minimumRows
    }
    groups.append(start..<count)
    return groups
  }
}
