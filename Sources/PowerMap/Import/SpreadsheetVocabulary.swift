import Foundation

/// The words a workshop spreadsheet may use for its columns and values, in English (the model's
/// keys) or Spanish, compared without case and accents (`Interés` = `interes` = `INTERES`).
///
/// Headers map to model keys (`nombre` → `name`); the values of `kind` and `level` map to the
/// model's words (`sociedad civil` → `civil-society`, `estatal` → `state`). A word that maps to
/// nothing is left as written, so the decoder reports it with a did-you-mean.
enum SpreadsheetVocabulary {
  /// A comparison key: lower case, accents removed, spaces and `_` as `-`, trimmed.
  static func fold(_ text: String) -> String {
    // Most cells are ASCII: lower-casing them is all the folding they need, and much cheaper.
    let folded =
      text.utf8.allSatisfy { $0 < 0x80 }
      ? text.lowercased() : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var result = ""
    for character in folded.trimmingCharacters(in: .whitespaces) {
      if character == " " || character == "_" {
        if result.last != "-" { result.append("-") }
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The table a spreadsheet holds, with its columns and the Spanish names they may have.
  enum Sheet {
    case actors, relations, commitments, obstacles, positions

    /// The model keys, in the order the docs list them.
    var keys: [String] {
      switch self {
      case .actors: AllowedKeys.actor.filter { $0 != "positions" }  // positions come from positions.csv
      case .relations: AllowedKeys.relation
      case .commitments: ["id", "title", "owner", "authority", "acceptance", "ability", "threshold"]
      case .obstacles: AllowedKeys.obstacle
      case .positions: ["actor", "commitment", "stance"]
      }
    }

    /// The columns a sheet must have (actors without `id` take ids made from their names).
    var required: [String] {
      switch self {
      case .actors: ["name", "kind", "level", "power", "interest", "stance"]
      case .relations: ["from", "to", "kind"]
      case .commitments: ["id", "owner", "authority"]
      case .obstacles: ["id", "kind", "blocks", "severity"]
      case .positions: ["actor", "commitment", "stance"]
      }
    }

    /// The columns that hold several values, separated by `|` (or `;` in lists of ids).
    var listColumns: Set<String> {
      switch self {
      case .actors: ["tags"]
      case .relations: []
      case .commitments: ["authority", "acceptance", "ability"]
      case .obstacles: ["blocks", "holders", "mitigators"]
      case .positions: []
      }
    }

    /// Spanish (folded) → model key.
    var aliases: [String: String] {
      switch self {
      case .actors:
        [
          "identificador": "id", "clave": "id", "nombre": "name", "corto": "short", "abreviatura": "short",
          "siglas": "short", "tipo": "kind", "nivel": "level", "poder": "power", "interes": "interest",
          "postura": "stance", "terquedad": "stubbornness", "incertidumbre": "uncertainty",
          "legitimidad": "legitimacy", "urgencia": "urgency", "afiliacion": "affiliation", "etiquetas": "tags",
        ]
      case .relations: ["de": "from", "desde": "from", "a": "to", "hacia": "to", "tipo": "kind", "peso": "weight"]
      case .commitments:
        [
          "identificador": "id", "clave": "id", "titulo": "title", "compromiso": "title", "responsable": "owner",
          "dueno": "owner", "autoridad": "authority", "aceptacion": "acceptance", "capacidad": "ability",
          "umbral": "threshold",
        ]
      case .obstacles:
        [
          "identificador": "id", "clave": "id", "tipo": "kind", "titulo": "title", "bloquea": "blocks",
          "severidad": "severity", "gravedad": "severity", "sostenedores": "holders", "mitigadores": "mitigators",
        ]
      case .positions: ["actor": "actor", "compromiso": "commitment", "postura": "stance", "posicion": "stance"]
      }
    }

    /// The model key of a header cell, or nil when it names no column.
    func key(forHeader header: String) -> String? {
      let folded = SpreadsheetVocabulary.fold(header)
      if keys.contains(folded) { return folded }
      return aliases[folded]
    }

    /// Every header word this sheet understands, for did-you-mean.
    var headerWords: [String] { keys + aliases.keys.sorted() }
  }

  static let actorKinds = [
    "ejecutivo": "executive", "gobierno": "executive", "agencia": "agency", "dependencia": "agency",
    "legislativo": "legislature", "congreso": "legislature", "judicial": "judiciary", "poder-judicial": "judiciary",
    "autonomo": "autonomous", "autonoma": "autonomous", "organismo-autonomo": "autonomous", "municipio": "municipal",
    "partido": "party", "partido-politico": "party", "sociedad-civil": "civil-society", "osc": "civil-society",
    "academia": "academia", "academico": "academia", "universidad": "academia", "privado": "private",
    "sector-privado": "private", "empresa": "private", "medios": "media", "medio": "media",
    "internacional": "international", "ciudadania": "citizens", "ciudadanos": "citizens", "otro": "other",
    "otra": "other",
  ]

  static let levels = [
    "internacional": "international", "federal": "federal", "nacional": "federal", "estatal": "state",
    "estado": "state", "municipal": "municipal", "comunitario": "community", "comunidad": "community",
  ]

  static let relationKinds = [
    "autoridad": "authority", "supervision": "oversight", "fiscalizacion": "oversight",
    "financiamiento": "funding", "financiacion": "funding", "influencia": "influence", "alianza": "alliance",
    "conflicto": "conflict", "depende-de": "depends-on", "dependencia": "depends-on", "informacion": "information",
  ]

  static let obstacleKinds = [
    "politico": "political", "tecnico": "technical", "financiero": "financial", "legal": "legal",
    "juridico": "legal", "institucional": "institutional",
  ]

  /// The model's word for a cell of `column`: the Spanish alias, or the English word in any case
  /// and with spaces (`Civil Society`); otherwise the text as written, for the decoder to report.
  static func value(_ text: String, column: String, sheet: Sheet) -> String {
    let aliases: [String: String]
    let words: [String]
    switch (sheet, column) {
    case (.actors, "kind"): (aliases, words) = (actorKinds, ActorKind.allCases.map(\.rawValue))
    case (.actors, "level"): (aliases, words) = (levels, ActorLevel.allCases.map(\.rawValue))
    case (.relations, "kind"): (aliases, words) = (relationKinds, RelationKind.allCases.map(\.rawValue))
    case (.obstacles, "kind"): (aliases, words) = (obstacleKinds, ObstacleKind.allCases.map(\.rawValue))
    default: return text
    }
    let folded = fold(text)
    if let word = aliases[folded] { return word }
    return words.contains(folded) ? folded : text
  }
}
