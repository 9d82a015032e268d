import PowerMap

/// How each kind of relation is drawn: colour (Okabe–Ito), line pattern and arrowheads, chosen so
/// that every kind differs from the others in pattern or arrowhead, not only in colour.
///
/// | kind        | pattern | arrowheads       | colour          |
/// |-------------|---------|------------------|-----------------|
/// | authority   | solid   | filled triangle  | black           |
/// | oversight   | solid   | open diamond     | blue            |
/// | influence   | solid   | vee              | grey            |
/// | alliance    | solid   | dots, both ends  | sky blue        |
/// | conflict    | solid   | bars, both ends  | vermillion      |
/// | funding     | dashed  | filled triangle  | bluish green    |
/// | depends-on  | dashed  | open triangle    | reddish purple  |
/// | information | dotted  | open dot         | light grey      |
///
/// The pen width grows with the weight: 0.6 + 2.4·w points.
enum RelationStyle {
  /// The DOT attributes of a relation of `kind` with `weight`.
  static func attributes(kind: RelationKind, weight: Double) -> DOTAttributes {
    var attributes: DOTAttributes = ["color": .plain(color(of: kind)), "penwidth": .number(penWidth(weight))]
    switch kind {
    case .authority: attributes["arrowhead"] = .plain("normal")
    case .oversight: attributes["arrowhead"] = .plain("odiamond")
    case .influence: attributes["arrowhead"] = .plain("vee")
    case .alliance:
      attributes["dir"] = .plain("both")
      attributes["arrowhead"] = .plain("dot")
      attributes["arrowtail"] = .plain("dot")
    case .conflict:
      attributes["dir"] = .plain("both")
      attributes["arrowhead"] = .plain("tee")
      attributes["arrowtail"] = .plain("tee")
    case .funding:
      attributes["style"] = .plain("dashed")
      attributes["arrowhead"] = .plain("normal")
    case .dependsOn:
      attributes["style"] = .plain("dashed")
      attributes["arrowhead"] = .plain("empty")
    case .information:
      attributes["style"] = .plain("dotted")
      attributes["arrowhead"] = .plain("odot")
    }
    attributes["arrowsize"] = .number(0.8)
    return attributes
  }

  /// The colour of `kind`, from ``MapPalette``.
  static func color(of kind: RelationKind) -> String {
    MapPalette.relation(kind)
  }

  /// 0.6 + 2.4·w, w clamped to [0, 1].
  static func penWidth(_ weight: Double) -> Double {
    0.6 + 2.4 * min(max(weight, 0), 1)
  }
}
