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

  /// Width over height of `kind`'s shape: wide shapes for the kinds whose shape reads better wide.
  static func aspect(of kind: ActorKind) -> Double {
    switch kind {
    case .agency, .civilSociety, .private, .media, .legislature, .academia: 1.45
    case .executive, .autonomous: 1.2
    default: 1
    }
  }
}
