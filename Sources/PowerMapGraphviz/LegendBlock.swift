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
  static let rowGap = 4.0
  /// Space between sections in a column.
  static let sectionGap = 14.0
  /// Space between columns.
  static let columnGap = 28.0
  /// Padding inside the legend's frame.
  static let padding = 12.0

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

  /// Width and height of section `index`.
  func sectionSize(_ index: Int) -> (width: Double, height: Double) {
    let heading = textSize("heading:\(index)")
    let samples = sampleColumnWidth(index)
    let textLeft = samples > 0 ? samples + sampleGap : 0
    var width = heading.width
    var height = heading.height + rowGap
    for item in sections[index].items.indices {
      width = max(width, textLeft + textSize("item:\(index):\(item)").width)
      height += rowHeight(section: index, item: item) + rowGap
    }
    return (width, height)
  }

  /// The sections split into `count` columns of about equal height, in order.
  func columns(count: Int) -> [[Int]] {
    guard !sections.isEmpty else { return [] }
    let heights = sections.indices.map { sectionSize($0).height + sectionGap }
    let target = heights.reduce(0, +) / Double(max(count, 1))
    var columns: [[Int]] = [[]]
    var height = 0.0
    for index in sections.indices {
      let remainingColumns = count - columns.count
      if let last = columns.last, !last.isEmpty, height + heights[index] / 2 > target, remainingColumns > 0 {
        columns.append([])
        height = 0
      }
      columns[columns.count - 1].append(index)
      height += heights[index]
    }
    return columns
  }

  /// The size of the legend (with its padding) when arranged in `columns`.
  func size(of columns: [[Int]]) -> (width: Double, height: Double) {
    guard !columns.isEmpty else { return (0, 0) }
    var width = 0.0
    var height = 0.0
    for (position, column) in columns.enumerated() {
      let sizes = column.map(sectionSize)
      width += (sizes.map(\.width).max() ?? 0) + (position > 0 ? columnGap : 0)
      height = max(height, sizes.map(\.height).reduce(0, +) + Double(max(column.count - 1, 0)) * sectionGap)
    }
    return (width + 2 * padding, height + 2 * padding)
  }

  // MARK: - Drawing

  /// Adds the legend's nodes and edges to `graph`, its top-left corner at `origin`.
  func place(
    into graph: inout DOTGraph, columns: [[Int]], origin: (x: Double, y: Double), labels: [MapComposer.TextLabel]
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
      for section in column {
        place(section: section, into: &graph, left: left, top: &top, labels: labelByKey)
        top -= sectionGap
      }
      left += (column.map { sectionSize($0).width }.max() ?? 0) + columnGap
    }
  }

  /// Adds section `section` (its heading, then a row per item) with its top-left corner at
  /// (`left`, `top`); moves `top` below its last row.
  private func place(
    section: Int, into graph: inout DOTGraph, left: Double, top: inout Double, labels: [String: HTMLLabel]
  ) {
    func text(_ key: String, left: Double, centreY: Double) {
      let size = textSize(key)
      graph.nodes.append(
        .pinnedText(
          "legend:" + key, labels[key] ?? HTMLLabel(markup: ""),
          at: MapComposer.point(left + size.width / 2, centreY)))
    }
    let heading = textSize("heading:\(section)")
    text("heading:\(section)", left: left, centreY: top - heading.height / 2)
    top -= heading.height + rowGap
    let samples = sampleColumnWidth(section)
    for (itemIndex, item) in sections[section].items.enumerated() {
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
