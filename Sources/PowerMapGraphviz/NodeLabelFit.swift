/// Whether a node's label fits inside its shape, and where it goes when it does not: centred
/// just below the shape, as a text of its own that edges are routed around.
///
/// Used for the actors of the power and scenario maps drawn in level bands (``LevelBands``), whose shapes are as
/// large as the actor's power, not as large as its name: a label never spills across an outline.
enum NodeLabelFit {
  /// Space between a shape and the label below it, in points.
  static let gap = 5.0

  /// Whether a `label`-sized text fits inside a `shape` of `width` × `height` points, with a little
  /// room to spare: the axis-aligned box inscribed in the shape.
  static func fits(
    label: (width: Double, height: Double), shape: String, width: Double, height: Double
  ) -> Bool {
    guard width > 0, height > 0 else { return false }
    let x = (label.width + 4) / width
    let y = (label.height + 2) / height
    switch shape {
    case "box", "note", "rect", "rectangle", "square": return x <= 1 && y <= 1
    case "diamond": return x + y <= 1
    case "invtriangle", "triangle": return false
    default: return x * x + y * y <= 0.8
    }
  }

  /// The name of the text node that carries `node`'s label when it is placed outside.
  static func labelName(of node: String) -> String { "label:" + node }

  /// The label's node: the text centred at (`x`, `y`), with the node's tooltip.
  ///
  /// With `backdrop` (where edges are not routed around labels: they may cross this one) the text
  /// stands on a white, slightly translucent box, drawn over the edges (``MapContext`` draws edges
  /// first), so that it reads where the edges run.
  static func labelNode(of node: DOTNode, label: HTMLLabel, x: Double, y: Double, backdrop: Bool = false) -> DOTNode {
    var text = DOTNode.pinnedText(labelName(of: node.name), label, at: MapComposer.point(x, y))
    text.attributes["tooltip"] = node.attributes["tooltip"]
    if backdrop {
      text.attributes["style"] = .plain("filled")
      text.attributes["fillcolor"] = .plain(MapPalette.labelBackdrop)
      text.attributes["color"] = .plain(MapPalette.invisible)
    }
    return text
  }

  /// The obstacle that stands for an outside label while edges are routed: a box a little larger
  /// than the text, pinned where the text goes.
  static func obstacle(name: String, size: (width: Double, height: Double), x: Double, y: Double) -> DOTNode {
    DOTNode(
      name,
      [
        "shape": .plain("box"), "fixedsize": .bool(true), "label": .plain(""), "width": .number(size.width / 72),
        "height": .number(size.height / 72), "pos": .plain(MapComposer.point(x, y) + "!"),
      ])
  }
}
