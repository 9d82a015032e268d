import PowerMap

/// Every word the maps draw, in English and Spanish: one table, looked up by key.
///
/// Numbers keep "." as the decimal separator in both languages (as in Mexico, where the shipped
/// models come from) and use a true minus sign (U+2212).
package struct MapStrings: Sendable {
  /// The language of the strings.
  package let language: MapLanguage

  /// The strings of `language`.
  package init(_ language: MapLanguage) {
    self.language = language
  }

  /// A fixed phrase.
  package enum Key: String, Sendable, CaseIterable {
    case powerMapTitle, gridTitle, commitmentsTitle, scenarioTitle
    case scenarioPrefix, noScenario, generatedOn
    case legendTitle, stanceSection, stanceOpposes, stanceNeutral, stanceSupports, doubleBorderOpposes
    case powerSection, powerAreaNote, kindSection, relationSection, penWidthNote, levelSection, levelBoxesNote
    case labelSection, labelPowerStance, labelStanceOnly
    case removedActor, removedNote, addedActor, addedNote, cutRelation, newRelation, changeNote
    case statusSection, dimensionSection, obstacleSection, obstacleNote, actorNote
    case supportsEdge, opposesEdge, blocksEdge
    case interestAxis, powerAxis, gridNote, gridLabelsOmitted
    case commitmentChanges, before, after
    case power, stance, interest, viability, pressure, severity, heldBy, mitigatedBy, owner
    case effectivePower, effectiveStance, declaredStance, declaredPower, affiliation, quadrant, salience
    case kindWord, levelWord, hiddenLabels, weakestDimension, widthIsWeight, labelPowerStanceShort
    case leaderLine, removedListing
  }

  /// The phrase for `key`.
  package subscript(key: Key) -> String {
    let pair: (en: String, es: String)
    switch key {
    case .powerMapTitle: pair = ("Power map", "Mapa de poder")
    case .gridTitle: pair = ("Power–interest grid", "Matriz poder–interés")
    case .commitmentsTitle: pair = ("Commitments map", "Mapa de compromisos")
    case .scenarioTitle: pair = ("Scenario map: before and after", "Mapa del escenario: antes y después")
    case .scenarioPrefix: pair = ("Scenario", "Escenario")
    case .noScenario: pair = ("No scenario (the model as it is)", "Sin escenario (el modelo tal cual)")
    case .generatedOn: pair = ("Drawn by PowerMap on", "Dibujado por PowerMap el")
    case .legendTitle: pair = ("Legend", "Leyenda")
    case .stanceSection: pair = ("Fill: effective stance", "Relleno: postura efectiva")
    case .stanceOpposes: pair = ("opposes", "se opone")
    case .stanceNeutral: pair = ("neutral", "neutral")
    case .stanceSupports: pair = ("supports", "apoya")
    case .doubleBorderOpposes: pair = ("double border: opposes (stance < 0)", "borde doble: se opone (postura < 0)")
    case .powerSection: pair = ("Size: effective power", "Tamaño: poder efectivo")
    case .powerAreaNote: pair = ("area proportional to power", "área proporcional al poder")
    case .kindSection: pair = ("Shape: kind of actor", "Forma: tipo de actor")
    case .relationSection: pair = ("Lines: relations", "Líneas: relaciones")
    case .penWidthNote: pair = ("line width grows with the weight", "el grosor crece con el peso")
    case .levelSection: pair = ("Boxes: level", "Recuadros: nivel")
    case .levelBoxesNote: pair = ("actors grouped by level", "actores agrupados por nivel")
    case .labelSection: pair = ("Labels", "Etiquetas")
    case .labelPowerStance:
      pair = (
        "label: name, then effective power · effective stance (0.65 · +0.78)",
        "etiqueta: nombre, luego poder efectivo · postura efectiva (0.65 · +0.78)"
      )
    case .labelStanceOnly: pair = ("name and effective stance", "nombre y postura efectiva")
    case .removedActor: pair = ("removed", "retirado")
    case .removedNote: pair = ("dashed, grey: removed by the scenario", "discontinuo, gris: retirado por el escenario")
    case .addedActor: pair = ("added", "añadido")
    case .addedNote: pair = ("bold border: added by the scenario", "borde grueso: añadido por el escenario")
    case .cutRelation: pair = ("cut by the scenario", "cortada por el escenario")
    case .newRelation: pair = ("added by the scenario", "añadida por el escenario")
    case .changeNote: pair = ("before → after", "antes → después")
    case .statusSection: pair = ("Commitments: status", "Compromisos: estado")
    case .dimensionSection: pair = ("Needs (net support, −1…1)", "Necesidades (apoyo neto, −1…1)")
    case .obstacleSection: pair = ("Obstacles", "Obstáculos")
    case .obstacleNote: pair = ("octagon: obstacle; pressure taken from V", "octágono: obstáculo; presión restada a V")
    case .actorNote: pair = ("actors as on the power map", "actores como en el mapa de poder")
    case .supportsEdge: pair = ("listed, supports (stance ≥ 0)", "necesario, apoya (postura ≥ 0)")
    case .opposesEdge: pair = ("listed, opposes (stance < 0)", "necesario, se opone (postura < 0)")
    case .blocksEdge: pair = ("obstacle blocks commitment", "el obstáculo bloquea el compromiso")
    case .interestAxis: pair = ("Interest →", "Interés →")
    case .powerAxis: pair = ("Effective power ↑", "Poder efectivo ↑")
    case .gridNote:
      pair = (
        "position: interest (across) and effective power (up); quadrants cut at 0.5",
        "posición: interés (horizontal) y poder efectivo (vertical); cuadrantes cortados en 0.5"
      )
    case .gridLabelsOmitted: pair = ("labels not shown (no room): ", "etiquetas no mostradas (sin espacio): ")
    case .commitmentChanges: pair = ("Commitments", "Compromisos")
    case .before: pair = ("before", "antes")
    case .after: pair = ("after", "después")
    case .power: pair = ("power", "poder")
    case .stance: pair = ("stance", "postura")
    case .interest: pair = ("interest", "interés")
    case .viability: pair = ("V", "V")
    case .pressure: pair = ("pressure", "presión")
    case .severity: pair = ("severity", "severidad")
    case .heldBy: pair = ("held by", "lo sostiene")
    case .mitigatedBy: pair = ("mitigated by", "lo mitiga")
    case .owner: pair = ("owner", "responsable")
    case .effectivePower: pair = ("effective power", "poder efectivo")
    case .effectiveStance: pair = ("effective stance", "postura efectiva")
    case .declaredStance: pair = ("declared stance", "postura declarada")
    case .declaredPower: pair = ("declared power", "poder declarado")
    case .affiliation: pair = ("affiliation", "afiliación")
    case .quadrant: pair = ("quadrant", "cuadrante")
    case .salience: pair = ("salience", "prominencia")
    case .kindWord: pair = ("kind", "tipo")
    case .levelWord: pair = ("level", "nivel")
    case .hiddenLabels:
      pair = ("their actors have tooltips in the SVG", "sus actores tienen descripción emergente en el SVG")
    case .weakestDimension: pair = ("bold border: the weakest need", "borde grueso: la necesidad más débil")
    case .widthIsWeight:
      pair = ("line width grows with power × interest", "el grosor crece con poder × interés")
    case .leaderLine:
      pair = ("leader line: the label moved away from its marker", "línea guía: la etiqueta se apartó de su marca")
    case .removedListing:
      pair = ("grey: listed actor removed by the scenario", "gris: actor necesario retirado por el escenario")
    case .labelPowerStanceShort:
      pair = ("actor label: effective power · effective stance", "etiqueta: poder efectivo · postura efectiva")
    }
    return language == .en ? pair.en : pair.es
  }

  /// The name of an actor kind.
  package func kind(_ kind: ActorKind) -> String {
    let pair: (String, String)
    switch kind {
    case .executive: pair = ("executive", "ejecutivo")
    case .agency: pair = ("agency", "dependencia")
    case .legislature: pair = ("legislature", "legislativo")
    case .judiciary: pair = ("judiciary", "judicial")
    case .autonomous: pair = ("autonomous body", "organismo autónomo")
    case .municipal: pair = ("municipal", "municipal")
    case .party: pair = ("party", "partido")
    case .civilSociety: pair = ("civil society", "sociedad civil")
    case .academia: pair = ("academia", "academia")
    case .private: pair = ("private sector", "sector privado")
    case .media: pair = ("media", "medios")
    case .international: pair = ("international", "internacional")
    case .citizens: pair = ("citizens", "ciudadanía")
    case .other: pair = ("other", "otro")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of a level.
  package func level(_ level: ActorLevel) -> String {
    let pair: (String, String)
    switch level {
    case .international: pair = ("International", "Internacional")
    case .federal: pair = ("Federal", "Federal")
    case .state: pair = ("State", "Estatal")
    case .municipal: pair = ("Municipal", "Municipal")
    case .community: pair = ("Community", "Comunitario")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of a relation kind.
  package func relation(_ kind: RelationKind) -> String {
    let pair: (String, String)
    switch kind {
    case .authority: pair = ("authority", "autoridad")
    case .oversight: pair = ("oversight", "supervisión")
    case .funding: pair = ("funding", "financiamiento")
    case .influence: pair = ("influence", "influencia")
    case .alliance: pair = ("alliance", "alianza")
    case .conflict: pair = ("conflict", "conflicto")
    case .dependsOn: pair = ("depends on", "depende de")
    case .information: pair = ("information", "información")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of a power–interest quadrant.
  package func quadrant(_ quadrant: PowerInterestQuadrant) -> String {
    let pair: (String, String)
    switch quadrant {
    case .manageClosely: pair = ("Manage closely", "Gestionar de cerca")
    case .keepSatisfied: pair = ("Keep satisfied", "Mantener satisfecho")
    case .keepInformed: pair = ("Keep informed", "Mantener informado")
    case .monitor: pair = ("Monitor", "Vigilar")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of a commitment status.
  package func status(_ status: CommitmentStatus) -> String {
    let pair: (String, String)
    switch status {
    case .viable: pair = ("viable", "viable")
    case .atRisk: pair = ("at risk", "en riesgo")
    case .blocked: pair = ("blocked", "bloqueado")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of a commitment dimension (PDIA's authority, acceptance, ability).
  package func dimension(_ dimension: CommitmentDimension) -> String {
    let pair: (String, String)
    switch dimension {
    case .authority: pair = ("authority", "autoridad")
    case .acceptance: pair = ("acceptance", "aceptación")
    case .ability: pair = ("ability", "capacidad")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of an obstacle kind.
  package func obstacle(_ kind: ObstacleKind) -> String {
    let pair: (String, String)
    switch kind {
    case .political: pair = ("political", "político")
    case .technical: pair = ("technical", "técnico")
    case .financial: pair = ("financial", "financiero")
    case .legal: pair = ("legal", "legal")
    case .institutional: pair = ("institutional", "institucional")
    }
    return language == .en ? pair.0 : pair.1
  }

  /// The name of a salience class.
  package func salience(_ salience: SalienceClass) -> String {
    let pair: (String, String)
    switch salience {
    case .dormant: pair = ("dormant", "latente")
    case .discretionary: pair = ("discretionary", "discrecional")
    case .demanding: pair = ("demanding", "demandante")
    case .dominant: pair = ("dominant", "dominante")
    case .dangerous: pair = ("dangerous", "peligroso")
    case .dependent: pair = ("dependent", "dependiente")
    case .definitive: pair = ("definitive", "definitivo")
    case .none: pair = ("none", "ninguna")
    }
    return language == .en ? pair.0 : pair.1
  }
}
