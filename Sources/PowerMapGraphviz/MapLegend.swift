/// A map's legend: sections of items, each a drawn sample (a node or an edge styled exactly as on
/// the map) and a text. ``MapComposer`` arranges the sections in columns beside or below the
/// drawing.
package struct MapLegend: Sendable, Equatable {
  /// The sections, in reading order.
  package var sections: [Section]

  /// A legend with these sections.
  package init(sections: [Section] = []) {
    self.sections = sections
  }

  /// A titled group of items.
  package struct Section: Sendable, Equatable {
    /// The heading.
    package var title: String
    /// The items.
    package var items: [Item]

    /// A section with a heading and items.
    package init(title: String, items: [Item]) {
      self.title = title
      self.items = items
    }
  }

  /// One line of the legend.
  package struct Item: Sendable, Equatable {
    /// What is drawn left of the text.
    package var sample: Sample
    /// The text (plain text; escaped when drawn).
    package var text: String

    /// An item with a sample and a text.
    package init(_ sample: Sample, _ text: String) {
      self.sample = sample
      self.text = text
    }
  }

  /// A legend sample.
  package enum Sample: Sendable, Equatable {
    /// Nothing: the text alone.
    case none
    /// A node with these attributes, `width` × `height` points (enlarged with the legend when a
    /// large drawing is shrunk to fit the paper).
    case node(DOTAttributes, width: Double, height: Double)
    /// A node drawn at the map's own scale, never enlarged: for samples whose size is a value
    /// (effective power).
    case nodeToScale(DOTAttributes, width: Double, height: Double)
    /// A horizontal edge with these attributes.
    case edge(DOTAttributes)
  }
}
