import PowerMap

/// Every word the maps draw, in English and Spanish: the fixed phrases by key, and the names of
/// the model's vocabulary (kinds, levels, statuses…), each a ``Localized`` pair from one table
/// (`MapStrings+Table.swift`).
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
    text(.phrase(key)) ?? key.rawValue
  }

  /// The name of an actor kind.
  package func kind(_ kind: ActorKind) -> String { text(.kind(kind)) ?? kind.rawValue }

  /// The name of a level.
  package func level(_ level: ActorLevel) -> String { text(.level(level)) ?? level.rawValue }

  /// The name of a relation kind.
  package func relation(_ kind: RelationKind) -> String { text(.relation(kind)) ?? kind.rawValue }

  /// The name of a power–interest quadrant.
  package func quadrant(_ quadrant: PowerInterestQuadrant) -> String { text(.quadrant(quadrant)) ?? quadrant.rawValue }

  /// The name of a commitment status.
  package func status(_ status: CommitmentStatus) -> String { text(.status(status)) ?? status.rawValue }

  /// The name of a commitment dimension (PDIA's authority, acceptance, ability).
  package func dimension(_ dimension: CommitmentDimension) -> String {
    text(.dimension(dimension)) ?? dimension.rawValue
  }

  /// The name of an obstacle kind.
  package func obstacle(_ kind: ObstacleKind) -> String { text(.obstacle(kind)) ?? kind.rawValue }

  /// The name of a salience class.
  package func salience(_ salience: SalienceClass) -> String { text(.salience(salience)) ?? salience.rawValue }

  /// `word` in the strings' language; nil only if the table missed it (a test checks that it
  /// has every word).
  func text(_ word: MapWord) -> String? {
    Self.table[word]?[language]
  }
}
