extension ActorNodeStyle {
  /// `size` in whole points, as Graphviz draws a node (it rounds a node's width and height to whole
  /// points): of the sides rounded down or up, the pair whose area comes closest to `size`'s, so
  /// that a small actor's area keeps to its power (a 15-point side rounded alone can be 3 % off,
  /// its area twice that). A circle keeps equal sides unless a side one point longer comes closer:
  /// it is then drawn as an ellipse (``shape`` tells which).
  static func wholePoints(_ size: (width: Double, height: Double), shape: String) -> (
    width: Double, height: Double, shape: String
  ) {
    let area = size.width * size.height
    let widths = [size.width.rounded(.down), size.width.rounded(.up)].filter { $0 > 0 }
    var candidates: [(width: Double, height: Double)] = []
    if shape == "circle" {
      for side in widths { candidates += [(side, side), (side, side + 1), (side + 1, side)] }
    } else {
      let heights = [size.height.rounded(.down), size.height.rounded(.up)].filter { $0 > 0 }
      for width in widths { for height in heights { candidates.append((width, height)) } }
    }
    // Graphviz's own rounding first: it is kept unless another pair is closer.
    var best = (width: size.width.rounded(), height: shape == "circle" ? size.width.rounded() : size.height.rounded())
    guard best.width > 0, best.height > 0 else { return (size.width, size.height, shape) }
    for candidate in candidates
    where abs(candidate.width * candidate.height - area) < abs(best.width * best.height - area) - 1e-9 {
      best = candidate
    }
    let drawn = shape == "circle" && best.width != best.height ? "ellipse" : shape
    return (best.width, best.height, drawn)
  }
}
