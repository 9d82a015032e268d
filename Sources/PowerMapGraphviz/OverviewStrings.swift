/// The words of the overview maps (``MapOverview``) and of the grid of a big model, in English and
/// Spanish.
enum OverviewStrings {
  /// A fixed phrase.
  enum Key: Sendable, CaseIterable {
    case overviewTitle, actor, actors, removedGroup, groupNote, groupSizeNote, bundleSection, bundleTies, bundleConflict
    case bundleCut, bundleWidthNote, relations, insideGroup, mostPowerful, fullNote, bundlesOmitted
    case densitySection, densityNote, gridTopNote
  }

  /// The phrase for `key` in `language`.
  static func text(_ key: Key, _ language: MapLanguage) -> String {
    let pair: (en: String, es: String)
    switch key {
    case .overviewTitle: pair = ("overview", "panorama")
    case .actor: pair = ("actor", "actor")
    case .actors: pair = ("actors", "actores")
    case .removedGroup: pair = ("removed by the scenario", "retirados por el escenario")
    case .groupNote:
      pair = (
        "group: the other actors of one level and kind — count, Σ effective power · stance (weighted by power)",
        "grupo: los demás actores de un nivel y tipo — número, Σ poder efectivo · postura (ponderada por poder)"
      )
    case .groupSizeNote:
      pair = (
        "group area ∝ Σ power (the largest group at 4× an actor of power 1)",
        "área del grupo ∝ Σ poder (el grupo mayor a 4× un actor de poder 1)"
      )
    case .bundleSection: pair = ("Lines: relations bundled by pair", "Líneas: relaciones agrupadas por par")
    case .bundleTies: pair = ("relations other than conflict, summed", "relaciones salvo conflicto, sumadas")
    case .bundleConflict: pair = ("conflicts, summed", "conflictos, sumados")
    case .bundleCut: pair = ("relations the scenario cut, summed", "relaciones cortadas por el escenario, sumadas")
    case .bundleWidthNote: pair = ("Σ weight (width grows with the sum)", "Σ peso (el grosor crece con la suma)")
    case .relations: pair = ("relations", "relaciones")
    case .insideGroup: pair = ("relations inside the group", "relaciones dentro del grupo")
    case .mostPowerful: pair = ("most powerful", "más poderosos")
    case .fullNote: pair = ("powermap render --full draws every actor", "powermap render --full dibuja cada actor")
    case .bundlesOmitted: pair = ("lighter bundles not drawn: ", "agrupaciones más ligeras no dibujadas: ")
    case .densitySection: pair = ("Squares: other actors", "Cuadros: demás actores")
    case .densityNote:
      pair = (
        "darker: more actors in the square (count in the tooltip)", "más oscuro: más actores (número en la descripción)"
      )
    case .gridTopNote: pair = ("most powerful actors drawn one by one: ", "actores más poderosos dibujados uno a uno: ")
    }
    return language == .en ? pair.en : pair.es
  }
}

extension MapStrings {
  /// An overview phrase in the strings' language.
  subscript(overview key: OverviewStrings.Key) -> String {
    OverviewStrings.text(key, language)
  }
}
