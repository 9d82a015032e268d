extension LegendBlock {
  /// A run of one section's items within a legend column: a whole section, or the part of a long
  /// one that runs on into the next column (without its heading).
  struct Piece: Equatable {
    /// The section's index.
    var section: Int
    /// The indices of the items.
    var items: Range<Int>
    /// Whether the piece begins with the section's heading.
    var heading: Bool

    init(section: Int, items: Range<Int>, heading: Bool) {
      self.section = section
      self.items = items
      self.heading = heading
    }

    /// Section `index` of `legend` whole, with its heading.
    init(whole index: Int, of legend: LegendBlock) {
      self.init(section: index, items: legend.sections[index].items.indices, heading: true)
    }
  }
}
