import PowerMap

/// How an actor is drawn, the same on every map: shape by kind, fill by effective stance, a double
/// border when it opposes, dashed and grey when a scenario removed it; on the power and scenario
/// maps its area is proportional to its effective power.
enum ActorNodeStyle {
  /// The side of the bounding box of an actor with effective power 1, in points.
  static let fullPowerSide = 94.0
  /// The smallest side drawn (an actor with no power stays visible).
  static let minimumSide = 14.0

  /// Width and height in points of an actor of `kind` with effective power `power`: the shape's
  /// own area (not its bounding box's) is `power · π/4 · fullPowerSide²`, the area of a circle of
  /// diameter `fullPowerSide` at power 1, whatever the shape (``ActorShape/fill(of:)``); its
  /// proportions are the kind's (``ActorShape``). `scale` shrinks every side alike (the overview
  /// draws its actors at a smaller scale). Below power ≈ 0.03 the smallest side takes over.
  static func size(kind: ActorKind, power: Double, scale: Double = 1) -> (width: Double, height: Double) {
    let side = fullPowerSide * scale
    let area = max(min(power, 1), 0) * side * side * (Double.pi / 4) / ActorShape.fill(of: kind)
    let aspect = ActorShape.aspect(of: kind)
    let width = max((area * aspect).squareRoot(), minimumSide * aspect)
    return (width, width / aspect)
  }

  /// The attributes of an actor node (without `label`, `tooltip` or size).
  static func attributes(kind: ActorKind, stance: Double, present: Bool) -> DOTAttributes {
    var attributes: DOTAttributes = [
      "shape": .plain(ActorShape.shape(of: kind)), "color": .plain(MapPalette.outline), "penwidth": .number(1.2),
    ]
    if present {
      attributes["style"] = .plain("filled")
      attributes["fillcolor"] = .plain(MapPalette.stanceFill(stance))
      if stance < 0 { attributes["peripheries"] = .number(2) }
    } else {
      attributes["style"] = .plain("filled,dashed")
      attributes["fillcolor"] = .plain(MapPalette.removedFill)
      attributes["color"] = .plain(MapPalette.removedOutline)
    }
    return attributes
  }

  /// The tooltip of an actor: every value the maps encode, and a few more.
  static func tooltip(
    actor: ActorState, effectivePower: Double, effectiveStance: Double, quadrant: PowerInterestQuadrant?,
    salience: SalienceClass?, strings: MapStrings
  ) -> String {
    var lines = [actor.actor.name]
    lines.append(
      strings.kind(actor.actor.kind) + " · " + strings.level(actor.actor.level).lowercased()
        + (actor.present ? "" : " · " + strings[.removedActor]))
    lines.append(
      strings[.effectivePower] + " " + MapNumber.plain(effectivePower) + " (" + strings[.declaredPower] + " "
        + MapNumber.plain(actor.power) + ")")
    lines.append(
      strings[.effectiveStance] + " " + MapNumber.signed(effectiveStance) + " (" + strings[.declaredStance] + " "
        + MapNumber.signed(actor.stance) + ")")
    lines.append(strings[.interest] + " " + MapNumber.plain(actor.interest))
    if let affiliation = actor.actor.affiliation { lines.append(strings[.affiliation] + " " + affiliation) }
    if let quadrant {
      // A salience class without legitimacy or urgency given is not measured: "—".
      lines.append(
        strings[.quadrant] + ": " + strings.quadrant(quadrant) + " · " + strings[.salience] + ": "
          + (salience.map(strings.salience) ?? "—"))
    }
    return lines.joined(separator: "\n")
  }

  /// The legend sections shared by the actor maps: stance fill (its two ends and neutral: the fill
  /// runs evenly between them), and the shapes of the kinds drawn.
  static func stanceSection(strings: MapStrings, opposition: Bool) -> MapLegend.Section {
    var items: [MapLegend.Item] = [-1.0, 0, 1].map { value in
      let word: String
      switch value {
      case -1: word = "  " + strings[.stanceOpposes]
      case 0: word = "  " + strings[.stanceNeutral]
      case 1: word = "  " + strings[.stanceSupports]
      default: word = ""
      }
      return MapLegend.Item(
        .node(
          [
            "shape": .plain("box"), "style": .plain("filled"), "fillcolor": .plain(MapPalette.stanceFill(value)),
            "color": .plain(MapPalette.outline),
          ], width: 30, height: 14),
        MapNumber.signed(value) + word)
    }
    if opposition {
      items.append(
        MapLegend.Item(
          .node(
            [
              "shape": .plain("box"), "style": .plain("filled"), "fillcolor": .plain(MapPalette.stanceFill(-0.5)),
              "color": .plain(MapPalette.outline), "peripheries": .number(2),
            ], width: 30, height: 16),
          strings[.doubleBorderOpposes]))
    }
    return MapLegend.Section(title: strings[.stanceSection], items: items)
  }

  /// The legend item of an actor the scenario removed: a grey, dashed box.
  static func removedItem(strings: MapStrings) -> MapLegend.Item {
    MapLegend.Item(
      .node(attributes(kind: .other, stance: 0, present: false).with("shape", .plain("box")), width: 30, height: 16),
      strings[.removedNote])
  }

  /// One legend item per kind in `kinds` (in the order of ``ActorKind/allCases``).
  static func kindSection(kinds: Set<ActorKind>, strings: MapStrings) -> MapLegend.Section {
    let items = ActorKind.allCases.filter(kinds.contains).map { kind in
      let aspect = ActorShape.aspect(of: kind)
      return MapLegend.Item(
        .node(
          [
            "shape": .plain(ActorShape.shape(of: kind)), "style": .plain("filled"),
            "fillcolor": .plain(MapPalette.stanceFill(0)), "color": .plain(MapPalette.outline),
          ],
          width: 22 * aspect, height: 22),
        strings.kind(kind))
    }
    return MapLegend.Section(title: strings[.kindSection], items: items)
  }

  /// One legend item per relation kind in `kinds`, and the pen-width note.
  static func relationSection(kinds: Set<RelationKind>, strings: MapStrings) -> MapLegend.Section {
    var items = RelationKind.allCases.filter(kinds.contains).map { kind in
      MapLegend.Item(.edge(RelationStyle.attributes(kind: kind, weight: 0.5)), strings.relation(kind))
    }
    if !items.isEmpty {
      items.append(
        MapLegend.Item(.edge(RelationStyle.attributes(kind: .influence, weight: 1)), "1.0  " + strings[.penWidthNote]))
    }
    return MapLegend.Section(title: strings[.relationSection], items: items)
  }
}
