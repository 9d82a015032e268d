import PowerMap

/// The node shape of each kind of actor, the same on every map and in every legend.
enum ActorShape {
  /// The Graphviz shape of `kind`.
  static func shape(of kind: ActorKind) -> String {
    switch kind {
    case .executive: "house"
    case .agency: "box"
    case .legislature: "invtrapezium"
    case .judiciary: "octagon"
    case .autonomous: "hexagon"
    case .municipal: "pentagon"
    case .party: "invtriangle"
    case .civilSociety: "ellipse"
    case .academia: "trapezium"
    case .private: "parallelogram"
    case .media: "note"
    case .international: "diamond"
    case .citizens: "circle"
    case .other: "septagon"
    }
  }

  /// The share of its bounding box that `kind`'s shape covers, as Graphviz draws it with
  /// `fixedsize` (measured from its SVG: a box 1, a circle π/4, a triangle 3/8).
  static func fill(of kind: ActorKind) -> Double {
    switch shape(of: kind) {
    case "box": 1
    case "note": 0.998
    case "octagon": 0.8284
    case "parallelogram": 0.824
    case "invtrapezium", "trapezium": 0.792
    case "ellipse", "circle": Double.pi / 4
    case "hexagon": 0.75
    case "house": 0.7314
    case "septagon": 0.7017
    case "pentagon": 0.6249
    case "diamond": 0.5
    case "invtriangle": 0.375
    default: 1
    }
  }

  /// Width over height of `kind`'s shape: wide shapes for the kinds whose shape reads better wide.
  static func aspect(of kind: ActorKind) -> Double {
    switch kind {
    case .agency, .civilSociety, .private, .media, .legislature, .academia: 1.45
    case .executive, .autonomous: 1.2
    default: 1
    }
  }
}
