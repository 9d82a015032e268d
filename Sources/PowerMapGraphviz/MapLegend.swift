/// A map's legend: sections of items, each a drawn sample (a node or an edge styled exactly as on
/// the map) and a text. ``MapComposer`` arranges the sections in columns beside or below the
/// drawing.
public struct MapLegend: Sendable, Equatable {
  /// The sections, in reading order.
  public var sections: [Section]

  /// A legend with these sections.
  public init(sections: [Section] = []) {
    self.sections = sections
  }

  /// A titled group of items.
  public struct Section: Sendable, Equatable {
    /// The heading.
    public var title: String
    /// The items.
    public var items: [Item]

    /// A section with a heading and items.
    public init(title: String, items: [Item]) {
      self.title = title
      self.items = items
    }
  }

  /// One line of the legend.
  public struct Item: Sendable, Equatable {
    /// What is drawn left of the text.
    public var sample: Sample
    /// The text (plain text; escaped when drawn).
    public var text: String

    /// An item with a sample and a text.
    public init(_ sample: Sample, _ text: String) {
      self.sample = sample
      self.text = text
    }
  }

  /// A legend sample.
  public enum Sample: Sendable, Equatable {
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
