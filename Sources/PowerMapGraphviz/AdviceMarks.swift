import PowerMap

/// How the commitments maps mark rule 11's recommended engagement (the Rules article of the
/// PowerMap documentation), read from ``MapOptions/advice`` (computed once by the caller, never by
/// a map): on each target commitment with an engagement, the cheapest one (the first of its list:
/// smallest δ, the commitment scope first on ties) is a dashed purple edge from the actor to the
/// commitment, labelled "engage +δ", where it applies and the V it reaches; the actor is outlined
/// thick in the same purple.
enum AdviceMarks {
  /// The colour of the marks (``MapPalette/advice``).
  static let color = MapPalette.advice
  /// The outline of an engaged actor.
  static let outlineWidth = 3.2

  /// The recommended engagement per target commitment that has one, in the advice's order.
  static func recommended(_ options: MapOptions) -> [(commitment: String, engagement: Engagement)] {
    (options.advice?.commitments ?? []).compactMap { advice in advice.engagements.first.map { (advice.id, $0) } }
  }

  /// The dashed edge of one engagement from `from` to `to`, with the edge id `id`.
  static func edge(
    _ engagement: Engagement, from: String, to: String, id: String, actorName: String, language: MapLanguage
  ) -> DOTEdge {
    let label = self.label(engagement, language: language)
    return DOTEdge(
      from: from, to: to,
      [
        "color": .plain(color), "fontcolor": .plain(color), "style": .plain("dashed"), "penwidth": .number(2.2),
        "arrowhead": .plain("normal"), "constraint": .plain("false"), "fontsize": .number(MapTypography.valueSize + 1),
        "label": .text(label), "id": .plain(id), "class": .plain("advice"),
        "tooltip": .text(actorName + ": " + label.replacingOccurrences(of: "\n", with: ", ")),
      ])
  }

  /// "engage +0.59 on this commitment\nV → +0.21" / "convencer +0.59 en general\nV → +0.21": the
  /// shift, where it applies, and the commitment's V once engaged.
  static func label(_ engagement: Engagement, language: MapLanguage) -> String {
    engageWord[language] + " " + MapNumber.signed(engagement.delta) + " " + scopeWords(engagement.scope)[language]
      + "\nV → " + MapNumber.signed(engagement.viability)
  }

  /// "Engage": in Spanish "convencer" (to persuade), since "compromiso" is the commitment itself.
  static let engageWord = Localized(en: "engage", es: "convencer")

  static func scopeWords(_ scope: Engagement.Scope) -> Localized {
    switch scope {
    case .commitment: Localized(en: "on this commitment", es: "en este compromiso")
    case .general: Localized(en: "overall", es: "en general")
    }
  }

  /// The legend's section: the dashed edge and the outlined actor.
  static func legendSection(language: MapLanguage) -> MapLegend.Section {
    MapLegend.Section(
      title: Localized(en: "What would it take", es: "Qué haría falta")[language],
      items: [
        MapLegend.Item(
          .edge([
            "color": .plain(color), "penwidth": .number(2.2), "style": .plain("dashed"), "arrowhead": .plain("normal"),
          ]),
          Localized(
            en: "engage +δ: the smallest stance shift that makes the commitment viable",
            es: "convencer +δ: el menor cambio de postura que vuelve viable el compromiso")[language]),
        MapLegend.Item(
          .node(
            [
              "shape": .plain("box"), "style": .plain("rounded,filled"), "fillcolor": .plain(MapPalette.background),
              "color": .plain(color), "penwidth": .number(outlineWidth),
            ], width: 30, height: 16),
          Localized(en: "actor to engage", es: "actor a convencer")[language]),
      ])
  }
}
