/// The power map's level bands: actors grouped by level in horizontal bands, international at the
/// top and community at the bottom, each band drawn as a cluster; within a band, actors keep the
/// left-to-right (and, when a band wraps, top-to-bottom) order a force-directed layout gave them,
/// so connected actors stay close.
///
/// This is how the power and scenario maps of up to 300 actors show their clusters by level without
/// `fdp`, whose clusters come out cramped and overlapping, or `dot`, whose flat edges loop around
/// the bands. The first pass (`neato`) only supplies the order; this type places the nodes; a
/// second pass (`nop`, positions pinned) routes the edges around them.
struct LevelBands {
  /// One band: a cluster and its member nodes.
  struct Band: Sendable, Equatable {
    /// The cluster drawn around the band (its attributes; `bb` and `lp` are added here).
    var cluster: DOTCluster
  }

  /// A node to place: its name, where the force layout put it, and its extent (shape and label).
  struct Item {
    var name: String
    var x: Double
    var y: Double
    var width: Double
    var height: Double
  }

  /// Horizontal space between nodes of a row.
  static let horizontalGap = 30.0
  /// Vertical space between the rows of a band.
  static let rowGap = 26.0
  /// Space between bands.
  static let bandGap = 14.0
  /// Padding inside a band's box; the top padding holds the band's label.
  static let padding = 12.0
  static let labelRoom = 22.0
  /// Above this many items the rows are packed for the page: the bands' row width is the one that
  /// fills the page's proportions best, and no row is spread wider than it. Smaller maps have room
  /// to spare and keep their rows as the force layout spreads them.
  static let packedLimit = 40

  /// Positions for every item and the cluster boxes, bands in the given order (top first).
  ///
  /// A band wider than the row width (``rowWidth(_:aspect:gaps:)``: the width that fits the bands
  /// best into a frame `aspect` times as wide as high) is wrapped into rows: its items are split by
  /// their force-layout height into rows of equal width, and each row is ordered by x.
  ///
  /// With a `rowWidth` wider than that, the rows are that wide instead: the force layout's order
  /// is stretched across it, so that the bands fill a page they would leave blank at the sides.
  static func arrange(
    bands: [Band], items: [String: Item], scale: Double = 1, aspect: Double = 1.6, rowWidth filling: Double? = nil
  ) -> (positions: [String: (x: Double, y: Double)], clusters: [DOTCluster]) {
    let (horizontalGap, rowGap, bandGap, padding) = (
      Self.horizontalGap * scale, Self.rowGap * scale, Self.bandGap * scale, Self.padding * scale
    )
    let all = bands.flatMap { $0.cluster.members.compactMap { items[$0] } }
    guard !all.isEmpty else { return ([:], bands.map(\.cluster)) }
    // Above ``packedLimit`` actors the rows are packed for the page (``rowWidth(_:aspect:gaps:)``)
    // and side by side where the force layout would spread them wider, every row centred on one line.
    let packed = all.count > packedLimit
    var maximumWidth: Double
    if packed {
      let memberLists = bands.map { $0.cluster.members.compactMap { items[$0] } }.filter { !$0.isEmpty }
      maximumWidth = rowWidth(memberLists, aspect: aspect, gaps: (horizontalGap, rowGap, bandGap, padding))
    } else {
      let area = all.reduce(0.0) { $0 + ($1.width + horizontalGap) * ($1.height + rowGap) }
      let widest = all.map(\.width).max() ?? 0
      maximumWidth = max((aspect * area).squareRoot(), widest + horizontalGap)
    }
    // Squeeze the force layout horizontally so that no band is much wider than the target, or
    // stretch it to the width the rows are to fill.
    let minimumX = all.map(\.x).min() ?? 0
    let maximumX = all.map(\.x).max() ?? 0
    let stretched = filling.map { $0 > maximumWidth } ?? false
    if stretched, let filling { maximumWidth = filling }
    // Stretched, the outer items' outlines (not their centres) reach the row width.
    let widest = stretched ? all.map(\.width).max() ?? 0 : 0
    let spread = (maximumWidth - widest) / max(maximumX - minimumX, 1)
    let squeeze = maximumX > minimumX ? (stretched ? spread : min(1, spread)) : 1
    let centre = (minimumX + maximumX) / 2

    var positions: [String: (x: Double, y: Double)] = [:]
    var clusters: [DOTCluster] = []
    var top = 0.0
    for band in bands {
      let members = band.cluster.members.compactMap { items[$0] }
      guard !members.isEmpty else { continue }
      let rows = Self.rows(of: members, width: maximumWidth, gap: horizontalGap)
      var y = top - padding - labelRoom
      var minimumBandX = Double.infinity
      var maximumBandX = -Double.infinity
      for row in rows {
        let height = row.map(\.height).max() ?? 0
        let centreY = y - height / 2
        let placed = pack(
          row.sorted { $0.x < $1.x }, squeeze: squeeze, centre: centre, gap: horizontalGap,
          width: packed || stretched ? maximumWidth : nil)
        for (item, x) in placed {
          positions[item.name] = (x, centreY)
          minimumBandX = min(minimumBandX, x - item.width / 2)
          maximumBandX = max(maximumBandX, x + item.width / 2)
        }
        y -= height + rowGap
      }
      let bottom = y + rowGap - padding
      var cluster = band.cluster
      let box = GraphLayout.Box(minX: minimumBandX - padding, minY: bottom, maxX: maximumBandX + padding, maxY: top)
      cluster.attributes["bb"] = .plain(
        [box.minX, box.minY, box.maxX, box.maxY].map(DOTEscaping.number).joined(separator: ","))
      cluster.attributes["lp"] = .plain(MapComposer.point((box.minX + box.maxX) / 2, top - 4 - labelRoom / 2))
      clusters.append(cluster)
      top = bottom - bandGap
    }
    return (positions, clusters)
  }

  /// The rows of a band's `members` in rows at most about `width` wide: as few as hold them, cut by
  /// force-layout height (top to bottom) into rows of about equal width.
  static func rows(of members: [Item], width: Double, gap horizontalGap: Double) -> [[Item]] {
    let bandWidth = members.reduce(0.0) { $0 + $1.width + horizontalGap }
    let count = max(1, Int((bandWidth / width - 0.001).rounded(.up)))
    return split(members.sorted { $0.y > $1.y }, into: count, gap: horizontalGap)
  }

  /// The row width that puts the bands into the largest frame `aspect` times as wide as it is
  /// high: every width at which some band needs one row fewer is tried (a band's rows come in whole
  /// numbers, so most widths leave part of a row empty), and the one whose bands' box, scaled into
  /// the frame, comes out largest is kept.
  static func rowWidth(
    _ bands: [[Item]], aspect: Double, gaps: (horizontal: Double, row: Double, band: Double, padding: Double)
  ) -> Double {
    let widest = bands.joined().map(\.width).max() ?? 0
    var candidates = [widest + gaps.horizontal]
    for members in bands {
      let bandWidth = members.reduce(0.0) { $0 + $1.width + gaps.horizontal }
      for count in 1...max(1, members.count) { candidates.append(bandWidth / Double(count)) }
    }
    var best = (width: candidates[0], size: Double.infinity)
    for width in Set(candidates) where width >= widest + gaps.horizontal - 0.001 {
      var height = -gaps.band
      var extent = 0.0
      for members in bands {
        let rows = rows(of: members, width: width, gap: gaps.horizontal)
        height += rows.reduce(0.0) { $0 + ($1.map(\.height).max() ?? 0) + gaps.row } - gaps.row
        height += 2 * gaps.padding + labelRoom + gaps.band
        for row in rows { extent = max(extent, row.reduce(-gaps.horizontal) { $0 + $1.width + gaps.horizontal }) }
      }
      // The frame's side the box fills: the smaller, the larger it prints.
      let size = max(extent + 2 * gaps.padding, aspect * height)
      if size < best.size - 0.001 || abs(size - best.size) <= 0.001 && width < best.width {
        best = (width, size)
      }
    }
    return best.width
  }

  /// `items` (sorted top to bottom) cut into `count` consecutive groups of about equal width.
  private static func split(_ items: [Item], into count: Int, gap horizontalGap: Double) -> [[Item]] {
    guard count > 1 else { return [items] }
    let total = items.reduce(0.0) { $0 + $1.width + horizontalGap }
    var rows: [[Item]] = [[]]
    var width = 0.0
    for item in items {
      if width + (item.width + horizontalGap) / 2 > total * Double(rows.count) / Double(count), rows.count < count,
        !(rows.last?.isEmpty ?? true)
      {
        rows.append([])
      }
      rows[rows.count - 1].append(item)
      width += item.width + horizontalGap
    }
    return rows
  }

  /// x for each item of a row (sorted by x): as near the squeezed force-layout x as the gaps
  /// allow; with a `width`, side by side when that would make the row wider, and the row centred
  /// on `centre`; without, the row centred on the mean of the squeezed x.
  private static func pack(
    _ row: [Item], squeeze: Double, centre: Double, gap horizontalGap: Double, width: Double?
  ) -> [(Item, Double)] {
    var placed: [(Item, Double)] = []
    var right = -Double.infinity
    for item in row {
      let wanted = centre + (item.x - centre) * squeeze
      let x = max(wanted, right + horizontalGap + item.width / 2)
      placed.append((item, x))
      right = x + item.width / 2
    }
    guard let width else {
      let wantedMean = row.reduce(0.0) { $0 + centre + ($1.x - centre) * squeeze } / Double(max(row.count, 1))
      let placedMean = placed.reduce(0.0) { $0 + $1.1 } / Double(max(placed.count, 1))
      return placed.map { ($0.0, $0.1 + wantedMean - placedMean) }
    }
    let extent = (placed.last.map { $0.1 + $0.0.width / 2 } ?? 0) - (placed.first.map { $0.1 - $0.0.width / 2 } ?? 0)
    if extent > width * 1.001 {
      // Pushed wider than the row may be: side by side, in the same order.
      var x = -Double.infinity
      placed = row.map { item in
        x = x == -.infinity ? item.width / 2 : x + horizontalGap + item.width / 2
        defer { x += item.width / 2 }
        return (item, x)
      }
    }
    // Every row centred on the same line: the bands line up, and none sets the drawing wider.
    let middle =
      ((placed.first.map { $0.1 - $0.0.width / 2 } ?? 0) + (placed.last.map { $0.1 + $0.0.width / 2 } ?? 0)) / 2
    return placed.map { ($0.0, $0.1 + centre - middle) }
  }
}
