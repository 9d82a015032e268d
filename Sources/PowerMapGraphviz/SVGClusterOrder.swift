/// Puts the clusters of an SVG written by Graphviz in the order of their ids (`clust1`, `clust2`,
/// …), which is the order the DOT declares them.
///
/// Graphviz numbers clusters in declaration order but writes them in the order of its internal
/// subgraph dictionary, keyed by the address of the name string: that order changes from run to
/// run, and with it the bytes of the file. The clusters of every map are disjoint boxes drawn
/// beneath everything else, so their order changes nothing on the page; sorted, reruns write
/// byte-identical files.
enum SVGClusterOrder {
  /// `svg` with its top-level cluster groups sorted by id; unchanged when it has none.
  static func sorted(_ svg: String) -> String {
    let opening = "<g id=\"clust"
    guard let first = svg.range(of: opening) else { return svg }
    var groups: [(number: Int, text: Substring)] = []
    var cursor = first.lowerBound
    while svg[cursor...].hasPrefix(opening), let end = groupEnd(in: svg, from: cursor) {
      let digits = svg[svg.index(cursor, offsetBy: opening.count)...].prefix { $0.isNumber }
      groups.append((Int(digits) ?? 0, svg[cursor..<end]))
      cursor = end
    }
    guard groups.count > 1 else { return svg }
    let ordered = groups.sorted { $0.number < $1.number }.map(\.text).joined()
    return String(svg[..<first.lowerBound]) + ordered + String(svg[cursor...])
  }

  /// The index just after the `</g>` (and its line break) that closes the group opened at `start`.
  private static func groupEnd(in svg: String, from start: String.Index) -> String.Index? {
    var depth = 0
    var index = start
    while index < svg.endIndex {
      let rest = svg[index...]
      if rest.hasPrefix("<g ") || rest.hasPrefix("<g>") {
        depth += 1
      } else if rest.hasPrefix("</g>") {
        depth -= 1
        if depth == 0 {
          var end = svg.index(index, offsetBy: 4)
          if end < svg.endIndex, svg[end] == "\n" { end = svg.index(after: end) }
          return end
        }
      }
      index = svg.index(after: index)
    }
    return nil
  }
}
