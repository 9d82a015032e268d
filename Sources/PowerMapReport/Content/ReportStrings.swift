import PowerMap
import PowerMapGraphviz

/// Every word a report writes of its own, in English and Spanish. The words the maps share (kinds,
/// levels, statuses, quadrants…) come from ``MapStrings``, so the report and its maps agree.
///
/// Sentences take plain values (names, numbers) and return plain text or ``ReportRun``s, never
/// markup: ``HTMLReport`` and ``MarkdownReport`` escape every run, so nothing from the model
/// reaches the output unescaped.
package struct ReportStrings: Sendable {
  /// The language of the strings.
  package let language: MapLanguage
  /// The maps' words in the same language.
  package let map: MapStrings

  /// The strings of `language`.
  package init(_ language: MapLanguage) {
    self.language = language
    self.map = MapStrings(language)
  }

  /// A fixed phrase: a heading, a column label or a short note.
  package enum Key: String, Sendable, CaseIterable {
    case reportTitle, model, date, scenariosGiven, none, contents
    case summary, planStatus, mostDangerousScenario, criticalAllies, obstaclesUnderPressure
    case powerMap, grid, actors, commitments, obstacles, commitmentsMap, scenarios, monteCarlo, allyLoss
    case mactor, methods
    case actor, name, kind, level, power, interest, stance, effectivePower, effectiveStance, influenceRank
    case betweenness, inDegree, outDegree, quadrant, salience, present
    case commitment, title, owner, status, viability, threshold, authority, acceptance, ability
    case obstaclePressure, concentration, weakestDimension, blockedBy
    case obstacle, severity, mitigation, opposition, pressure, blocks, holders, mitigators
    case statusBefore, statusAfter, viabilityBefore, viabilityAfter, deltaViability, drivers, restoringSteps
    case pViable, pBlocked, meanViability, p05, p95, viableCount, sampleCount, share
    case rank, removed, worse, deltaTotal, failed, improved, weakened, cutPoint, fragmentation, worseTogether
    case deltaBeyond
    case mactorInfluence, mactorDependence, mactorRi, mactorNet, objective, mobilisationFor, mobilisationAgainst
    case yes, no, absent, planTotals, before, after, steps, scenarioMap, description
    case powerMapNote, gridNote, actorsNote, commitmentsNote, obstaclesNote, scenarioNote, driversNote
    case monteCarloNote, allyLossNote, mactorNote, midiNote, objectivesNote, methodsNote
    case balanceOfPower, midi, mobilisation, noScenarios, noObstacles, noCommitments
    case commitmentMapsNote, commitmentsOverviewNote
  }

  /// The phrase for `key`.
  package subscript(key: Key) -> String {
    Localized(Self.phrase(key))[language]
  }

  // swift-format-ignore
  private static func phrase(_ key: Key) -> (en: String, es: String) {
    switch key {
    case .reportTitle: ("Stakeholder power report", "Informe de poder de los actores")
    case .model: ("Model", "Modelo")
    case .date: ("Date", "Fecha")
    case .scenariosGiven: ("Scenarios", "Escenarios")
    case .none: ("none", "ninguno")
    case .contents: ("Contents", "Contenido")
    case .summary: ("Summary", "Resumen")
    case .planStatus: ("Plan status", "Estado del plan")
    case .mostDangerousScenario: ("Most dangerous scenario", "Escenario más peligroso")
    case .criticalAllies: ("Allies the plan cannot afford to lose", "Aliados que el plan no puede perder")
    case .obstaclesUnderPressure: ("Obstacles under most pressure", "Obstáculos que más presionan")
    case .powerMap: ("Power map", "Mapa de poder")
    case .grid: ("Power–interest grid", "Matriz poder–interés")
    case .actors: ("Actors", "Actores")
    case .commitments: ("Commitments", "Compromisos")
    case .obstacles: ("Obstacles", "Obstáculos")
    case .commitmentsMap: ("Commitments map", "Mapa de compromisos")
    case .commitmentMapsNote:
      (
        "One page per commitment: its needs with each listed actor's part p̂·q·s* of the net support, its status and V, and the obstacles that block it.",
        "Una página por compromiso: sus necesidades con la parte p̂·q·s* de cada actor en el apoyo neto, su estado y V, y los obstáculos que lo bloquean."
      )
    case .commitmentsOverviewNote:
      (
        "Every commitment on one sheet, to print at A3 or larger: ",
        "Todos los compromisos en una hoja, para imprimir en A3 o mayor: "
      )
    case .scenarios: ("Scenarios", "Escenarios")
    case .monteCarlo: ("Monte Carlo", "Monte Carlo")
    case .allyLoss: ("Loss of an ally", "Pérdida de un aliado")
    case .mactor: ("MACTOR", "MACTOR")
    case .methods: ("Methods", "Métodos")
    case .actor: ("Actor", "Actor")
    case .name: ("Name", "Nombre")
    case .kind: ("Kind", "Tipo")
    case .level: ("Level", "Nivel")
    case .power: ("Power", "Poder")
    case .interest: ("Interest", "Interés")
    case .stance: ("Stance", "Postura")
    case .effectivePower: ("Effective power", "Poder efectivo")
    case .effectiveStance: ("Effective stance", "Postura efectiva")
    case .influenceRank: ("Influence rank", "Rango de influencia")
    case .betweenness: ("Betweenness", "Intermediación")
    case .inDegree: ("In-degree", "Grado de entrada")
    case .outDegree: ("Out-degree", "Grado de salida")
    case .quadrant: ("Quadrant", "Cuadrante")
    case .salience: ("Salience", "Prominencia")
    case .present: ("Present", "Presente")
    case .commitment: ("Commitment", "Compromiso")
    case .title: ("Title", "Título")
    case .owner: ("Owner", "Responsable")
    case .status: ("Status", "Estado")
    case .viability: ("Viability", "Viabilidad")
    case .threshold: ("Threshold", "Umbral")
    case .authority: ("Authority", "Autoridad")
    case .acceptance: ("Acceptance", "Aceptación")
    case .ability: ("Ability", "Capacidad")
    case .obstaclePressure: ("Obstacle pressure", "Presión de obstáculos")
    case .concentration: ("Concentration (HHI)", "Concentración (IHH)")
    case .weakestDimension: ("Weakest", "Más débil")
    case .blockedBy: ("Obstacles", "Obstáculos")
    case .obstacle: ("Obstacle", "Obstáculo")
    case .severity: ("Severity", "Severidad")
    case .mitigation: ("Mitigation", "Mitigación")
    case .opposition: ("Opposition", "Oposición")
    case .pressure: ("Pressure", "Presión")
    case .blocks: ("Weighs on", "Pesa sobre")
    case .holders: ("Held by", "Sostenido por")
    case .mitigators: ("Mitigated by", "Mitigado por")
    case .statusBefore: ("Before", "Antes")
    case .statusAfter: ("After", "Después")
    case .viabilityBefore: ("V before", "V antes")
    case .viabilityAfter: ("V after", "V después")
    case .deltaViability: ("ΔV", "ΔV")
    case .drivers: ("Driven by", "Causado por")
    case .restoringSteps: ("Status kept without step", "Estado se conserva sin el paso")
    case .pViable: ("P(viable)", "P(viable)")
    case .pBlocked: ("P(blocked)", "P(bloqueado)")
    case .meanViability: ("Mean V", "V media")
    case .p05: ("V 5 %", "V 5 %")
    case .p95: ("V 95 %", "V 95 %")
    case .viableCount: ("Viable commitments", "Compromisos viables")
    case .sampleCount: ("Samples", "Muestras")
    case .share: ("Share", "Proporción")
    case .rank: ("#", "#")
    case .removed: ("Removed", "Retirado")
    case .worse: ("Worse", "Empeoran")
    case .deltaTotal: ("ΔΣV", "ΔΣV")
    case .failed: ("Commitments that get worse", "Compromisos que empeoran")
    case .improved: ("Commitments that get better", "Compromisos que mejoran")
    case .weakened: ("Weakened", "Debilitados")
    case .cutPoint: ("Cut point", "Punto de corte")
    case .fragmentation: ("Fragmentation", "Fragmentación")
    case .worseTogether: ("Worse together", "Empeoran juntos")
    case .deltaBeyond: ("ΔΣV beyond", "ΔΣV adicional")
    case .mactorInfluence: ("Influence I", "Influencia I")
    case .mactorDependence: ("Dependence D′", "Dependencia D′")
    case .mactorRi: ("r*", "r*")
    case .mactorNet: ("Net influence", "Influencia neta")
    case .objective: ("Objective", "Objetivo")
    case .mobilisationFor: ("For Σ⁺", "A favor Σ⁺")
    case .mobilisationAgainst: ("Against Σ⁻", "En contra Σ⁻")
    case .yes: ("yes", "sí")
    case .no: ("no", "no")
    case .absent: ("removed", "retirado")
    case .planTotals: ("Plan totals", "Totales del plan")
    case .before: ("before", "antes")
    case .after: ("after", "después")
    case .steps: ("Steps", "Pasos")
    case .scenarioMap: ("Scenario map", "Mapa del escenario")
    case .description: ("Description", "Descripción")
    case .powerMapNote:
      ("Who holds power and where they stand. Area is effective power, fill is effective stance; the legend explains shapes and lines.",
       "Quién tiene poder y dónde se ubica. El área es el poder efectivo y el relleno la postura efectiva; la leyenda explica formas y líneas.")
    case .gridNote:
      ("Each actor at its interest (across) and power (up), cut at 0.5 into Mendelow's four quadrants.",
       "Cada actor según su interés (horizontal) y su poder (vertical), con cortes en 0.5 en los cuatro cuadrantes de Mendelow.")
    case .actorsNote:
      ("Declared values from the model, then what the analysis makes of them. Stance runs from −1 (opposes) to +1 (supports).",
       "Valores declarados en el modelo y lo que el análisis obtiene de ellos. La postura va de −1 (se opone) a +1 (apoya).")
    case .commitmentsNote:
      ("Each dimension is the net, power-weighted support of the actors it needs (−1 to +1); viability is the weakest dimension minus the pressure of the obstacles.",
       "Cada dimensión es el apoyo neto, ponderado por poder, de los actores que requiere (−1 a +1); la viabilidad es la dimensión más débil menos la presión de los obstáculos.")
    case .obstaclesNote:
      ("Pressure = severity × (1 − mitigation) × opposition: what is left of an obstacle once its mitigators act, in proportion to how strongly its holders oppose.",
       "Presión = severidad × (1 − mitigación) × oposición: lo que queda de un obstáculo cuando actúan quienes lo mitigan, en proporción a la fuerza con que se oponen quienes lo sostienen.")
    case .scenarioNote:
      ("Every commitment before and after the scenario. Drivers are the actors whose change moved viability the most (effect in brackets).",
       "Cada compromiso antes y después del escenario. Las causas son los actores cuyo cambio más movió la viabilidad (efecto entre corchetes).")
    case .driversNote:
      ("The last column names the steps without which the commitment would keep its status.",
       "La última columna nombra los pasos sin los cuales el compromiso conservaría su estado.")
    case .monteCarloNote:
      ("Declared stances are drawn with their uncertainty and each step happens with its probability; the same seed gives the same figures.",
       "Las posturas declaradas se sortean con su incertidumbre y cada paso ocurre con su probabilidad; la misma semilla da las mismas cifras.")
    case .allyLossNote:
      ("Each actor is removed in turn from the model as it is. Ranked by the commitments whose status gets worse, then by the loss of total viability (ΔΣV). Weakened: the actors that lose power because they depend on the one removed. Cut point: its loss splits the network. Fragmentation: the share of pairs of actors that can no longer reach each other (0 to 1).",
       "Se retira cada actor por turno del modelo tal cual. Ordenado por los compromisos que empeoran de estado y luego por la pérdida de viabilidad total (ΔΣV). Debilitados: los actores que pierden poder porque dependen del retirado. Punto de corte: su pérdida divide la red. Fragmentación: la proporción de pares de actores que ya no pueden alcanzarse (0 a 1).")
    case .mactorNote:
      ("Godet's MACTOR from the model: direct influence is 4 × the strongest positive influence relation, rounded; r* is the balance of power.",
       "MACTOR de Godet a partir del modelo: la influencia directa es 4 × la relación de influencia positiva más fuerte, redondeada; r* es la relación de fuerzas.")
    case .midiNote:
      ("MIDI: direct and indirect influence; the row influences the column.",
       "MIDI: influencia directa e indirecta; la fila influye sobre la columna.")
    case .objectivesNote:
      ("Mobilisation on each commitment: positions weighted by r*.",
       "Movilización sobre cada compromiso: posiciones ponderadas por r*.")
    case .methodsNote:
      ("The exact definitions PowerMap computes, in the order the analysis applies them.",
       "Las definiciones exactas que calcula PowerMap, en el orden en que el análisis las aplica.")
    case .balanceOfPower: ("Balance of power", "Relación de fuerzas")
    case .midi: ("Direct and indirect influence (MIDI)", "Influencias directas e indirectas (MIDI)")
    case .mobilisation: ("Mobilisation on the commitments", "Movilización sobre los compromisos")
    case .noScenarios: ("No scenario was given for this report.", "No se dio ningún escenario para este informe.")
    case .noObstacles: ("The model lists no obstacles.", "El modelo no registra obstáculos.")
    case .noCommitments: ("The model lists no commitments.", "El modelo no registra compromisos.")
    }
  }

  /// The marked name of a status, so that it never depends on colour: ✓ viable, ! at risk, ✕ blocked.
  package func status(_ status: CommitmentStatus) -> String {
    switch status {
    case .viable: "✓ " + map.status(status)
    case .atRisk: "! " + map.status(status)
    case .blocked: "✕ " + map.status(status)
    }
  }

  // MARK: Sentences (plain values in, runs out: the emitters escape every run)

  /// "4 of 6 commitments viable, 1 at risk, 1 blocked."
  package func planCounts(viable: Int, atRisk: Int, blocked: Int, total: Int) -> String {
    language == .en
      ? "\(viable) of \(total) \(total == 1 ? "commitment" : "commitments") viable, \(atRisk) at risk, \(blocked) blocked."
      : "\(viable) de \(total) \(total == 1 ? "compromiso" : "compromisos") \(viable == 1 ? "viable" : "viables"), "
        + "\(atRisk) en riesgo, "
        + "\(blocked) \(blocked == 1 ? "bloqueado" : "bloqueados")."
  }

  /// "Mean viability +0.31; support concentration (HHI) 0.18, the largest supporter **NAME**
  /// holding 35 % of it."
  package func planSupport(mean: Double, hhi: Double, largest: String?, share: Double) -> [ReportRun] {
    let mean = ReportNumber.signed(mean, digits: 2)
    let hhi = ReportNumber.fixed(hhi, digits: 2)
    let support =
      language == .en
      ? "Mean viability \(mean); support concentration (HHI) \(hhi)"
      : "Viabilidad media \(mean); concentración del apoyo (IHH) \(hhi)"
    guard let largest else { return [.text(support + ".")] }
    let share = ReportNumber.percent(share)
    return language == .en
      ? [.text(support + ", the largest supporter "), .strong(largest), .text(" holding \(share) of it.")]
      : [.text(support + "; el mayor apoyo es "), .strong(largest), .text(", con \(share) del total.")]
  }

  /// "NAME: 5 commitments get worse; total viability changes by −1.23." The name is a run (a
  /// link to the scenario, a strong name).
  package func dangerousScenario(_ name: ReportRun, worse: Int, delta: Double) -> [ReportRun] {
    [name, .text(worseningTail(worse: worse, delta: delta))]
  }

  /// "No scenario makes a commitment worse; the one that costs the most total viability: NAME (−0.12)."
  /// Without a loss (`delta` nil): "No scenario makes a commitment worse or lowers total viability."
  package func harmlessScenarios(_ name: ReportRun, delta: Double?) -> [ReportRun] {
    guard let delta else {
      return [
        .text(
          language == .en
            ? "No scenario makes a commitment worse or lowers total viability."
            : "Ningún escenario empeora un compromiso ni reduce la viabilidad total.")
      ]
    }
    let lead =
      language == .en
      ? "No scenario makes a commitment worse; the one that costs the most total viability: "
      : "Ningún escenario empeora un compromiso; el que más viabilidad total cuesta: "
    return [.text(lead), name, .text(" (\(ReportNumber.signed(delta, digits: 2))).")]
  }

  /// "**NAME**: 3 commitments get worse; total viability changes by −2.38."
  package func criticalAlly(_ name: String, worse: Int, delta: Double) -> [ReportRun] {
    [.strong(name), .text(worseningTail(worse: worse, delta: delta))]
  }

  /// ": 3 commitments get worse; total viability changes by −2.38."
  private func worseningTail(worse: Int, delta: Double) -> String {
    let delta = ReportNumber.signed(delta, digits: 2)
    return language == .en
      ? ": \(worse) \(worse == 1 ? "commitment gets" : "commitments get") worse; total viability changes by \(delta)."
      : ": \(worse) \(worse == 1 ? "compromiso empeora" : "compromisos empeoran"); la viabilidad total cambia en \(delta)."
  }

  /// "No single loss changes a status; the largest loss of total viability: **NAME** (−0.4)."
  /// Without a loss (`name` nil): "No single loss changes a commitment's status or lowers total
  /// viability."
  package func noCriticalAlly(_ name: String?, delta: Double) -> [ReportRun] {
    guard let name else {
      return [
        .text(
          language == .en
            ? "No single loss changes a commitment's status or lowers total viability."
            : "Ninguna pérdida individual cambia el estado de un compromiso ni reduce la viabilidad total.")
      ]
    }
    let lead =
      language == .en
      ? "No single loss changes a commitment's status; the largest loss of total viability: "
      : "Ninguna pérdida individual cambia el estado de un compromiso; la mayor pérdida de viabilidad total: "
    return [.text(lead), .strong(name), .text(" (\(ReportNumber.signed(delta, digits: 2))).")]
  }

  /// "**NAME** (political), pressure 0.42, weighs on 3 commitments."
  package func obstacleLine(_ name: String, kind: ObstacleKind, pressure: Double, commitments: Int) -> [ReportRun] {
    let kind = map.obstacle(kind)
    let pressure = ReportNumber.fixed(pressure, digits: 2)
    let tail =
      language == .en
      ? " (\(kind)), pressure \(pressure), weighs on \(commitments) \(commitments == 1 ? "commitment" : "commitments")."
      : " (\(kind)), presión \(pressure), pesa sobre \(commitments) \(commitments == 1 ? "compromiso" : "compromisos")."
    return [.strong(name), .text(tail)]
  }

  /// "No obstacle exerts pressure."
  package var noPressure: String {
    language == .en ? "No obstacle exerts pressure." : "Ningún obstáculo ejerce presión."
  }

  /// "Plan: 3 viable · 2 at risk · 1 blocked (mean V 0.31)"
  package func planLine(_ plan: PlanSummary) -> String {
    let mean = ReportNumber.signed(plan.meanViability, digits: 2)
    return language == .en
      ? "\(plan.viable) viable · \(plan.atRisk) at risk · \(plan.blocked) blocked · mean V \(mean)"
      : "\(plan.viable) \(plan.viable == 1 ? "viable" : "viables") · \(plan.atRisk) en riesgo · \(plan.blocked) "
        + "\(plan.blocked == 1 ? "bloqueado" : "bloqueados") · V media \(mean)"
  }

  /// "10,000 samples, seed 1: expected number of viable commitments 3.42."
  package func monteCarloHeader(samples: Int, seed: UInt64, expected: Double) -> String {
    let expected = ReportNumber.fixed(expected, digits: 2)
    return language == .en
      ? "\(ReportNumber.grouped(samples)) samples, seed \(seed); expected number of viable commitments \(expected)."
      : "\(ReportNumber.grouped(samples)) muestras, semilla \(seed); número esperado de compromisos viables \(expected)."
  }

  /// "Showing the 15 most harmful of 20 removals; data/allies.csv has every row."
  package func rowsShown(_ shown: Int, of total: Int, file: String) -> String {
    language == .en
      ? "Showing the \(shown) most harmful of \(total) removals; \(file) has every row."
      : "Se muestran las \(shown) pérdidas más dañinas de \(total); \(file) tiene todas."
  }

  /// "MIDI is shown up to 30 actors; data/mactor-midi.csv has it in full."
  package func matrixOmitted(file: String) -> String {
    language == .en
      ? "The matrix is shown up to 30 actors; \(file) has it in full."
      : "La matriz se muestra hasta 30 actores; \(file) la contiene completa."
  }

  /// "Generated by PowerMap on DATE." (without the date when nil)
  package func generated(_ date: String?) -> String {
    let on = date.map { language == .en ? " on \($0)" : " el \($0)" } ?? ""
    return language == .en ? "Generated by PowerMap\(on)." : "Generado por PowerMap\(on)."
  }
}
