extension DOTNode {
  /// An invisible point pinned at `position` (`x,y` in points), for the ends of a line drawn at
  /// fixed positions.
  static func invisiblePoint(_ name: String, at position: String) -> DOTNode {
    DOTNode(
      name,
      [
        "shape": .plain("point"), "style": .plain("invis"), "width": .number(0.0001), "height": .number(0.0001),
        "fixedsize": .bool(true), "label": .plain(""), "pos": .plain(position),
      ])
  }

  /// A text without a frame, centred at `position` (`x,y` in points).
  static func pinnedText(_ name: String, _ label: HTMLLabel, at position: String) -> DOTNode {
    DOTNode(
      name,
      [
        "shape": .plain("plaintext"), "margin": .number(0), "width": .number(0), "height": .number(0),
        "label": .html(label), "pos": .plain(position),
      ])
  }
}
