import Foundation
import PowerMap

/// The colours of the maps: colour-blind safe, and never the only carrier of a value.
///
/// - Stance fills run from orange (opposes, −1) through near-white (0) to blue (supports, +1):
///   a blue–orange diverging scale, which the three common colour-vision deficiencies still tell
///   apart. Both ends stay light enough (CIE L* ≥ 65) for dark text to read on them, also in
///   greyscale print; because a diverging scale cannot order its two ends in grey, the sign is
///   also drawn (a double border for opposition) and the value is printed in the label.
/// - Relation and status colours come from the Okabe–Ito palette, and each kind also has its own
///   line pattern or arrowhead (``RelationStyle``), so they read in greyscale too.
package enum MapPalette {
  /// The fill of effective stance −1.
  static let opposes = RGB(0xF1, 0x8F, 0x3B)
  /// The fill of effective stance 0.
  static let neutral = RGB(0xF4, 0xF4, 0xF0)
  /// The fill of effective stance +1.
  package static let supports = RGB(0x6B, 0xAE, 0xD6)
  /// The page behind every map.
  static let background = "white"
  /// The fill of removed actors.
  static let removedFill = "#e6e6e6"
  /// The box behind a label placed outside its node where edges may cross it: white at 85 %, so
  /// that the text reads over the edges while their course still shows through.
  static let labelBackdrop = "#ffffffd9"
  /// No colour: the outline of a shape that only fills.
  static let invisible = "transparent"
  /// The alpha of the overview's bundles of ties and conflicts (``translucent(_:)``): 75 %.
  static let bundleAlpha = "bf"

  /// `colour` (`#rrggbb`) at ``bundleAlpha``, as `#rrggbbaa`.
  static func translucent(_ colour: String) -> String { colour + bundleAlpha }
  /// Outlines of nodes.
  static let outline = "#333333"
  /// Relations a scenario cut.
  static let cutRelation = "#b3b3b3"
  /// Relations a scenario added.
  static let newRelation = "#009E73"
  /// The outline of removed actors.
  static let removedOutline = "#808080"
  /// Rule 11's recommended engagements on the commitments maps (``AdviceMarks``): Okabe–Ito's
  /// reddish purple, darkened to read as text; no other element of a map uses it.
  static let advice = "#8E3B78"

  /// Text.
  static let text = "#1a1a1a"
  /// Secondary text (subtitles, level names) and the grid's axes.
  static let mutedText = "#4d4d4d"

  /// The fill of the level boxes of the power map.
  static let clusterFill = "#f4f4f4"
  /// The outline of the level boxes of the power map.
  static let clusterLine = "#bdbdbd"
  /// The outline of a group of actors on an overview map.
  static let groupOutline = "#303030"
  /// The frame of the legend.
  static let legendFrame = "#b3b3b3"

  /// The 0.5 cuts between the quadrants, and leader lines to labels.
  static let gridCut = "#8c8c8c"
  /// The grid lines every 0.1.
  static let gridLine = "#d9d9d9"
  /// The outline of a quadrant.
  static let quadrantLine = "#d0d0d0"
  /// The name of a quadrant.
  static let quadrantName = "#595959"
  /// The ink of the density squares of a big model (their opacity tells the count).
  static let densityInk = "#3c3c3c"

  /// Need → commitment edges.
  static let needEdge = "#595959"
  /// Actor → need edges of supporting actors.
  static let supportEdge = "#6e6e6e"
  /// The fill of obstacles.
  static let obstacleFill = "#fbe3d6"

  /// The background of a quadrant: "manage closely" tinted, "monitor" lightest.
  static func quadrantFill(_ quadrant: PowerInterestQuadrant) -> String {
    switch quadrant {
    case .manageClosely: "#e1ecf5"
    case .keepSatisfied, .keepInformed: "#efefef"
    case .monitor: "#f8f8f8"
    }
  }

  /// The colour of a relation kind (Okabe–Ito; neutral greys for influence and information).
  static func relation(_ kind: RelationKind) -> String {
    switch kind {
    case .authority: "#000000"
    case .oversight: "#0072B2"
    case .influence: "#6e6e6e"
    case .alliance: "#56B4E9"
    case .conflict: "#D55E00"
    case .funding: "#009E73"
    case .dependsOn: "#CC79A7"
    case .information: "#a6a6a6"
    }
  }

  /// The fill for an effective stance in [−1, 1] (clamped), as `#rrggbb`.
  static func stanceFill(_ stance: Double) -> String {
    let value = min(max(stance.isFinite ? stance : 0, -1), 1)
    return value < 0 ? neutral.mixed(with: opposes, by: -value).hex : neutral.mixed(with: supports, by: value).hex
  }

  /// The fill of a commitment status (the report's status badges use it too).
  package static func statusFill(_ status: CommitmentStatus) -> String {
    switch status {
    case .viable: "#9ecae1"
    case .atRisk: "#fdd49e"
    case .blocked: "#f4a582"
    }
  }

  /// The outline style of a commitment status (for greyscale: solid, dashed, double).
  static func statusStyle(_ status: CommitmentStatus) -> (style: String, peripheries: Int, penwidth: Double) {
    switch status {
    case .viable: ("filled,rounded", 1, 1.2)
    case .atRisk: ("filled,rounded,dashed", 1, 2)
    case .blocked: ("filled,rounded,bold", 2, 2)
    }
  }

  /// The fill of a dimension's net support, on the stance scale.
  static func netSupportFill(_ value: Double?) -> String {
    value.map(stanceFill) ?? "#ffffff"
  }

  /// A colour as three 8-bit channels.
  package struct RGB: Sendable {
    var red: Double
    var green: Double
    var blue: Double

    init(_ red: Int, _ green: Int, _ blue: Int) {
      self.red = Double(red)
      self.green = Double(green)
      self.blue = Double(blue)
    }

    /// This colour moved a `fraction` of the way to `other`.
    func mixed(with other: RGB, by fraction: Double) -> RGB {
      var result = self
      result.red += (other.red - red) * fraction
      result.green += (other.green - green) * fraction
      result.blue += (other.blue - blue) * fraction
      return result
    }

    /// `#rrggbb`.
    package var hex: String {
      func channel(_ value: Double) -> String { String(format: "%02x", Int(min(max(value, 0), 255).rounded())) }
      return "#" + channel(red) + channel(green) + channel(blue)
    }
  }
}
