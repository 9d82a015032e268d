/// The legend as measured blocks: sections stacked in columns, each item a sample and a text.
///
/// Sizes are in points. A column holds whole sections; columns are filled in reading order.
struct LegendBlock {
  /// The sections of the legend.
  let sections: [MapLegend.Section]
  /// Measured text sizes by key ("heading:i", "item:i:j").
  let sizes: [String: (width: Double, height: Double)]
  /// How much larger than at 100 % the legend is drawn (see ``MapComposer``): samples, gaps and
  /// line widths are multiplied by it (the texts were measured at their magnified size).
  let magnification: Double

  /// The width of an edge sample.
  static let edgeSampleWidth = 46.0
  /// Space between a sample and its text.
  static let sampleGap = 8.0
  /// Space between rows.
  static let rowGap = 2.0
  /// Space between sections in a column.
  static let sectionGap = 12.0
  /// Space between columns.
  static let columnGap = 20.0
  /// Padding inside the legend's frame.
  static let padding = 8.0

  init(legend: MapLegend, sizes: [String: (width: Double, height: Double)], magnification: Double = 1) {
    self.sections = legend.sections
    self.sizes = sizes
    self.magnification = magnification
  }

  private var edgeSampleWidth: Double { Self.edgeSampleWidth * magnification }
  private var sampleGap: Double { Self.sampleGap * magnification }
  private var rowGap: Double { Self.rowGap * magnification }
  private var sectionGap: Double { Self.sectionGap * magnification }
  private var columnGap: Double { Self.columnGap * magnification }
  private var padding: Double { Self.padding * magnification }

  /// The longest line of a legend text, in characters: longer texts are wrapped, so that the
  /// legend's items can flow into narrow columns.
  static let lineLength = 36

  /// `text` wrapped at ``lineLength`` when it is a single line longer than that (a text of several
  /// lines was laid out by its map, and is kept as it is).
  static func wrapped(_ text: String) -> String {
    text.count > lineLength && !text.contains("\n") ? MapText.wrapped(text, width: lineLength) : text
  }

  // MARK: - Measures

  private func textSize(_ key: String) -> (width: Double, height: Double) { sizes[key] ?? (0, 0) }

  private func sampleSize(_ sample: MapLegend.Sample) -> (width: Double, height: Double) {
    switch sample {
    case .none: (0, 0)
    case .node(_, let width, let height): (width * magnification, height * magnification)
    case .nodeToScale(_, let width, let height): (width, height)
    case .edge: (edgeSampleWidth, 12 * magnification)
    }
  }

  /// The width of the sample column of section `index`.
  private func sampleColumnWidth(_ index: Int) -> Double {
    sections[index].items.map { sampleSize($0.sample).width }.max() ?? 0
  }

  private func rowHeight(section: Int, item: Int) -> Double {
    max(sampleSize(sections[section].items[item].sample).height, textSize("item:\(section):\(item)").height)
  }

  /// The height of the heading of `piece` with the gap below it (0 for a continued section).
  private func headingHeight(_ piece: Piece) -> Double {
    piece.heading ? textSize("heading:\(piece.section)").height + rowGap : 0
  }

  /// Width and height of `piece`.
  func pieceSize(_ piece: Piece) -> (width: Double, height: Double) {
    let samples = sampleColumnWidth(piece.section)
    let textLeft = samples > 0 ? samples + sampleGap : 0
    var width = piece.heading ? textSize("heading:\(piece.section)").width : 0
    var height = headingHeight(piece)
    for item in piece.items {
      width = max(width, textLeft + textSize("item:\(piece.section):\(item)").width)
      height += rowHeight(section: piece.section, item: item) + rowGap
    }
    return (width, height)
  }

  /// Width and height of section `index`.
  func sectionSize(_ index: Int) -> (width: Double, height: Double) {
    pieceSize(Piece(whole: index, of: self))
  }

  /// The sections split into `count` columns of about equal height, in order, whole.
  func columns(count: Int) -> [[Piece]] {
    guard !sections.isEmpty else { return [] }
    let heights = sections.indices.map { sectionSize($0).height + sectionGap }
    let target = heights.reduce(0, +) / Double(max(count, 1))
    var columns: [[Piece]] = [[]]
    var height = 0.0
    for index in sections.indices {
      let remainingColumns = count - columns.count
      if let last = columns.last, !last.isEmpty, height + heights[index] / 2 > target, remainingColumns > 0 {
        columns.append([])
        height = 0
      }
      columns[columns.count - 1].append(Piece(whole: index, of: self))
      height += heights[index]
    }
    return columns
  }

  /// The items flowed into `count` columns of about equal height, in reading order, a section
  /// running on into the next column without its heading where ``canBreak(_:before:alone:)``
  /// allows (a heading never ends a column).
  func flowed(count: Int) -> [[Piece]] {
    guard !sections.isEmpty else { return [] }
    let total = size(of: columns(count: 1)).height - 2 * padding
    let target = total / Double(max(count, 1))
    var columns: [[Piece]] = [[]]
    var height = 0.0
    for section in sections.indices {
      var piece = Piece(section: section, items: 0..<0, heading: true)
      if !(columns.last?.isEmpty ?? true) { height += sectionGap }
      height += headingHeight(piece)
      for item in sections[section].items.indices {
        let row = rowHeight(section: section, item: item) + rowGap
        if height + row / 2 > target, columns.count < count, canBreak(piece, before: item, alone: columns.last?.isEmpty)
        {
          if piece.items.isEmpty {
            height = headingHeight(piece)
          } else {
            columns[columns.count - 1].append(piece)
            piece = Piece(section: section, items: item..<item, heading: false)
            height = 0
          }
          columns.append([])
        }
        piece.items = piece.items.lowerBound..<(item + 1)
        height += row
      }
      columns[columns.count - 1].append(piece)
    }
    return columns
  }

  /// Whether a column may end before `item` of `piece`'s section: after the heading of a section
  /// that does not begin its column (the heading moves on), or with at least two items on each side
  /// of the break, in a section whose samples are not to scale (those are compared side by side).
  private func canBreak(_ piece: Piece, before item: Int, alone: Bool?) -> Bool {
    if piece.items.isEmpty { return alone == false }
    let items = sections[piece.section].items
    let toScale = items.contains {
      if case .nodeToScale = $0.sample { return true }
      return false
    }
    return !toScale && piece.items.count >= 2 && items.count - item >= 2
  }

  /// The size of the legend (with its padding) when arranged in `columns`.
  func size(of columns: [[Piece]]) -> (width: Double, height: Double) {
    guard !columns.isEmpty else { return (0, 0) }
    var width = 0.0
    var height = 0.0
    for (position, column) in columns.enumerated() {
      let sizes = column.map(pieceSize)
      width += (sizes.map(\.width).max() ?? 0) + (position > 0 ? columnGap : 0)
      height = max(height, sizes.map(\.height).reduce(0, +) + Double(max(column.count - 1, 0)) * sectionGap)
    }
    return (width + 2 * padding, height + 2 * padding)
  }

  // MARK: - Drawing

  /// Adds the legend's nodes and edges to `graph`, its top-left corner at `origin`.
  func place(
    into graph: inout DOTGraph, columns: [[Piece]], origin: (x: Double, y: Double), labels: [MapComposer.TextLabel]
  ) {
    guard !columns.isEmpty else { return }
    var labelByKey: [String: HTMLLabel] = [:]
    for text in labels { labelByKey[text.key] = text.label }
    let total = size(of: columns)
    graph.nodes.append(
      DOTNode(
        "legend:frame",
        [
          "shape": .plain("box"), "style": .plain("rounded"), "color": .plain(MapPalette.legendFrame),
          "label": .plain(""), "fixedsize": .bool(true), "width": .number(total.width / 72),
          "height": .number(total.height / 72),
          "pos": .plain(MapComposer.point(origin.x + total.width / 2, origin.y - total.height / 2)),
        ]))
    var left = origin.x + padding
    for column in columns {
      var top = origin.y - padding
      for piece in column {
        place(piece, into: &graph, left: left, top: &top, labels: labelByKey)
        top -= sectionGap
      }
      left += (column.map { pieceSize($0).width }.max() ?? 0) + columnGap
    }
  }

  /// Adds `piece` (its heading if it has one, then a row per item) with its top-left corner at
  /// (`left`, `top`); moves `top` below its last row.
  private func place(
    _ piece: Piece, into graph: inout DOTGraph, left: Double, top: inout Double, labels: [String: HTMLLabel]
  ) {
    let section = piece.section
    func text(_ key: String, left: Double, centreY: Double) {
      let size = textSize(key)
      graph.nodes.append(
        .pinnedText(
          "legend:" + key, labels[key] ?? HTMLLabel(markup: ""),
          at: MapComposer.point(left + size.width / 2, centreY)))
    }
    if piece.heading {
      let heading = textSize("heading:\(section)")
      text("heading:\(section)", left: left, centreY: top - heading.height / 2)
      top -= heading.height + rowGap
    }
    let samples = sampleColumnWidth(section)
    for itemIndex in piece.items {
      let item = sections[section].items[itemIndex]
      let row = rowHeight(section: section, item: itemIndex)
      let centreY = top - row / 2
      let key = "\(section):\(itemIndex)"
      switch item.sample {
      case .none: break
      case .node(let attributes, let width, let height):
        graph.nodes.append(
          nodeSample(
            attributes, key: key, size: (width * magnification, height * magnification), text: item.text,
            centre: (left + samples / 2, centreY)))
      case .nodeToScale(let attributes, let width, let height):
        graph.nodes.append(
          nodeSample(
            attributes, key: key, size: (width, height), text: item.text, centre: (left + samples / 2, centreY))
        )
      case .edge(let attributes):
        let start = left + max(samples - edgeSampleWidth, 0) / 2
        addEdgeSample(attributes, key: key, text: item.text, from: start, centreY: centreY, into: &graph)
      }
      text("item:" + key, left: left + (samples > 0 ? samples + sampleGap : 0), centreY: centreY)
      top -= row + rowGap
    }
  }

  /// A node sample of `size` points centred at `centre`, its line width magnified.
  private func nodeSample(
    _ attributes: DOTAttributes, key: String, size: (width: Double, height: Double), text: String,
    centre: (x: Double, y: Double)
  ) -> DOTNode {
    var attributes = attributes
    attributes["fixedsize"] = .bool(true)
    attributes["width"] = .number(size.width / 72)
    attributes["height"] = .number(size.height / 72)
    var pen = 1.0
    if case .number(let width)? = attributes["penwidth"] { pen = width }
    attributes["penwidth"] = .number(pen * magnification)
    if attributes["label"] == nil { attributes["label"] = .plain("") }
    attributes["pos"] = .plain(MapComposer.point(centre.x, centre.y))
    attributes["tooltip"] = .text(text)
    return DOTNode("legend:sample:" + key, attributes)
  }

  /// An edge sample from `start` across ``edgeSampleWidth`` at height `centreY`, between two
  /// invisible points, its spline stopping short of the arrowheads.
  private func addEdgeSample(
    _ attributes: DOTAttributes, key: String, text: String, from start: Double, centreY: Double,
    into graph: inout DOTGraph
  ) {
    let point = MapComposer.point
    let end = start + edgeSampleWidth
    let tail = "legend:tail:" + key
    let head = "legend:head:" + key
    graph.nodes.append(.invisiblePoint(tail, at: point(start, centreY)))
    graph.nodes.append(.invisiblePoint(head, at: point(end, centreY)))
    var attributes = attributes
    let both = attributes["dir"] == .plain("both")
    let headArrow = attributes["arrowhead"] != .plain("none")
    if case .number(let pen)? = attributes["penwidth"] { attributes["penwidth"] = .number(pen * magnification) }
    var arrowSize = 1.0
    if case .number(let size)? = attributes["arrowsize"] { arrowSize = size }
    attributes["arrowsize"] = .number(arrowSize * magnification)
    let arrow = 10 * arrowSize * magnification
    let splineStart = both ? start + arrow : start
    let splineEnd = headArrow ? end - arrow : end
    let third = (splineEnd - splineStart) / 3
    var position = ""
    if both { position += "s," + point(start, centreY) + " " }
    if headArrow { position += "e," + point(end, centreY) + " " }
    position += [splineStart, splineStart + third, splineStart + 2 * third, splineEnd]
      .map { point($0, centreY) }.joined(separator: " ")
    attributes["pos"] = .plain(position)
    attributes["tooltip"] = .text(text)
    attributes["id"] = .plain("legend:edge:" + key)
    graph.edges.append(DOTEdge(from: tail, to: head, attributes))
  }
}
