import Foundation
import Testing

@testable import PowerMap

/// Issue 15, items 8, 9, 12, 13, 15 and 16: limits on ids and texts, control characters, hints for
/// misplaced step syntax, comments that cut titles, null required keys, steps on removed actors,
/// repeated listings, unknown YAML tags and language tags.
struct ValidationHardeningTests {
  static let base = """
    schema: powermap/1
    name: Base
    actors:
      - {id: orfis, name: ORFIS, kind: autonomous, level: state, power: 0.7, interest: 0.9, stance: 0.8}
      - {id: ivai, name: IVAI, kind: autonomous, level: state, power: 0.5, interest: 0.9, stance: 0.5}
    relations:
      - {from: ivai, to: orfis, kind: alliance, weight: 0.6}

    """

  /// Every diagnostic of `text`, whether it loads or not.
  func diagnostics(_ text: String, file: String = "t.yaml") -> [Diagnostic] {
    do {
      return try ModelLoader.load(bytes: Array(text.utf8), file: file).warnings
    } catch {
      return error.diagnostics
    }
  }

  func located(_ diagnostics: [Diagnostic], _ severity: Diagnostic.Severity) -> [String] {
    diagnostics.filter { $0.severity == severity }.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }
  }

  func scenario(_ steps: String, title: String = "S") -> String {
    Self.base + "scenarios:\n  - id: s\n    title: \(title)\n    steps:\n" + steps
  }

  // MARK: Item 8 and 16: lengths and echoes

  @Test func idsLongerThanOneHundredCharactersAreRefusedWithATruncatedEcho() {
    let long = String(repeating: "s", count: 300)
    let found = diagnostics(Self.base + "scenarios:\n  - id: \(long)\n    steps:\n      - remove: orfis\n")
    let prefix = String(repeating: "s", count: 40)
    #expect(located(found, .error) == ["9:9 the id '\(prefix)…' is longer than 100 characters"])
    let exactly = String(repeating: "s", count: 100)
    #expect(located(diagnostics(Self.base + "scenarios:\n  - id: \(exactly)\n    steps: []\n"), .error).isEmpty)
  }

  @Test func aTenMegabyteIdIsNotEchoedWhole() {
    let huge = String(repeating: "x", count: 10_000_000)
    let found = diagnostics(Self.base.replacingOccurrences(of: "{id: ivai,", with: "{id: \(huge),"))
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.description.utf8.count < 1_000 })
    #expect(found.first?.message == "the id '\(String(repeating: "x", count: 40))…' is longer than 100 characters")
  }

  @Test func namesTitlesAndDescriptionsHaveLengthLimits() {
    let name = String(repeating: "n", count: 1_001)
    let found = diagnostics(Self.base.replacingOccurrences(of: "name: IVAI", with: "name: \(name)"))
    #expect(
      located(found, .error) == [
        "5:22 the text '\(String(repeating: "n", count: 40))…' is longer than 1,000 characters"
      ])
    let fits = Self.base.replacingOccurrences(of: "name: IVAI", with: "name: \(String(name.dropLast()))")
    #expect(located(diagnostics(fits), .error).isEmpty)
    let description = String(repeating: "d", count: 10_001)
    let scenario = Self.base + "scenarios:\n  - id: s\n    description: \(description)\n    steps: []\n"
    #expect(located(diagnostics(scenario), .error).first?.hasSuffix("is longer than 10,000 characters") == true)
  }

  @Test func excerptsCutAtFortyCharactersAndEscapeControls() {
    #expect(Diagnostic.excerpt("short") == "short")
    #expect(Diagnostic.excerpt(String(repeating: "é", count: 41)) == String(repeating: "é", count: 40) + "…")
    #expect(Diagnostic.excerpt("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
    let diagnostic = Diagnostic(
      .error, file: "f", location: nil, path: "", message: String(repeating: "m", count: 5_000))
    #expect(diagnostic.message.count == Diagnostic.maximumFieldLength + 1)
  }

  @Test func unknownKeysAreEchoedEscapedAndShort() {
    let key = "\\e]52;c;" + String(repeating: "k", count: 100)
    let found = diagnostics(Self.base + "\"\(key)\": 1\n")
    let message = try? #require(found.first { $0.message.hasPrefix("unknown key") }?.message)
    #expect(message == "unknown key '\\u{1B}]52;c;\(String(repeating: "k", count: 33))…'")
  }

  @Test func aJSONKeyWithoutAColonIsEchoedShort() {
    let key = String(repeating: "k", count: 1_000)
    let found = diagnostics("{\"\(key)\" 1}", file: "t.json")
    #expect(found.map(\.message) == ["invalid JSON: expected ':' after the key \"\(key.prefix(40))…\""])
  }

  // MARK: Item 9: control characters

  @Test func controlCharactersAreRefusedInTextWithTheirLocation() {
    let escape = diagnostics(Self.base.replacingOccurrences(of: "name: IVAI", with: "name: \"IV\\eAI\""))
    #expect(located(escape, .error) == ["5:22 the text contains the control character U+001B (ESC) at character 3"])
    let nul = diagnostics(Self.base.replacingOccurrences(of: "name: Base", with: "name: \"Base\\0\""))
    #expect(located(nul, .error) == ["2:7 the text contains the control character U+0000 (NUL) at character 5"])
    let c1 = diagnostics(Self.base.replacingOccurrences(of: "name: Base", with: "name: \"\\x9B2J\""))
    #expect(located(c1, .error) == ["2:7 the text contains the control character U+009B (CSI) at character 1"])
    let delete = diagnostics(scenario("      - remove: orfis\n", title: "\"T\\x7F\""))
    #expect(located(delete, .error) == ["10:12 the text contains the control character U+007F (DEL) at character 2"])
    let tabInName = diagnostics(Self.base.replacingOccurrences(of: "name: Base", with: "name: \"a\\tb\""))
    #expect(located(tabInName, .error) == ["2:7 the text contains the control character U+0009 (TAB) at character 2"])
    let affiliation = diagnostics(
      Self.base.replacingOccurrences(of: "stance: 0.5}", with: "stance: 0.5, affiliation: \"P\\aN\"}"))
    #expect(located(affiliation, .error).first?.contains("U+0007 (BEL)") == true)
  }

  @Test func titlesAndDescriptionsMayHoldTabsAndLineBreaks() {
    let text =
      Self.base
      + "scenarios:\n  - id: s\n    title: \"one\\ttwo\\nthree\"\n    description: |\n      a\n      b\n    steps: []\n"
    #expect(located(diagnostics(text), .error).isEmpty)
    let carriageReturn = Self.base + "scenarios:\n  - id: s\n    title: \"one\\rtwo\"\n    steps: []\n"
    #expect(
      located(diagnostics(carriageReturn), .error) == [
        "10:12 the text contains the control character U+000D (CR) at character 4"
      ])
  }

  @Test func rawControlCharactersInYAMLAndEscapedOnesInJSONAreLocated() {
    let raw = diagnostics("schema: powermap/1\nname: raw \u{1B}[2J\nactors: []\n")
    #expect(located(raw, .error) == ["2:11 the file contains the control character U+001B (ESC)"])
    let json = """
      {"schema": "powermap/1", "name": "x\\u001b]0;t\\u0007", "actors": []}
      """
    let found = diagnostics(json, file: "t.json")
    #expect(located(found, .error) == ["1:34 the text contains the control character U+001B (ESC) at character 2"])
  }

  // MARK: Item 12: step syntax hints

  @Test func removeWithAListSuggestsOneStepPerActor() {
    let found = diagnostics(scenario("      - remove: [orfis, ivai]\n"))
    let error = found.first { $0.severity == .error }
    #expect(error?.message == "'remove' takes one actor id, not a list")
    #expect(error?.hint == "write one step per actor: '- remove: orfis', then '- remove: ivai'")
    #expect(error.map { "\($0.line ?? 0):\($0.column ?? 0)" } == "12:17")
    let single = diagnostics(scenario("      - remove: [orfis]\n")).first { $0.severity == .error }
    #expect(single?.hint == "write one step per actor: '- remove: orfis'")
  }

  @Test func probabilityInsideTheBracesIsExplained() {
    let found = diagnostics(scenario("      - shift: {actor: ivai, stance: -0.3, probability: 0.4}\n"))
    let errors = found.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(errors.first?.message == "'probability' goes beside the step, not inside its braces")
    #expect(
      errors.first?.hint
        == "put it on its own line, lined up with 'shift': '- shift: {actor: ivai, stance: -0.3}' then '  probability: 0.4'"
    )
    #expect(errors.first.map { "\($0.line ?? 0):\($0.column ?? 0)" } == "12:44")
    let beside = scenario("      - shift: {actor: ivai, stance: -0.3}\n        probability: 0.4\n")
    #expect(located(diagnostics(beside), .error).isEmpty)
  }

  // MARK: Item 13: comments that cut a text

  @Test func aCommentThatCutsATitleOrNameIsWarnedAbout() {
    let found = diagnostics(scenario("      - remove: orfis\n", title: "Con campaña #FiscalíaQueSirva"))
    #expect(located(found, .warning) == ["10:12 a '#' comment cuts this text: it ends at 'Con campaña'"])
    #expect(found.first?.hint?.contains("quotes") == true)
    let quoted = diagnostics(scenario("      - remove: orfis\n", title: "\"Con campaña #FiscalíaQueSirva\""))
    #expect(located(quoted, .warning).isEmpty)
    let name = diagnostics(Self.base.replacingOccurrences(of: "name: Base", with: "name: Base   # the plan"))
    #expect(located(name, .warning) == ["2:7 a '#' comment cuts this text: it ends at 'Base'"])
    // Comments after numbers, kinds and affiliations are ordinary.
    let numbers =
      Self.base
      + "commitments:\n  - id: c\n    owner: orfis  # the owner\n    needs:\n      authority: [orfis]\n    threshold: 0.3 # judgement\n"
    #expect(located(diagnostics(numbers), .warning).isEmpty)
  }

  // MARK: Item 15: null where a value is required

  @Test func nullActorsAreLocatedAtTheNull() {
    let found = diagnostics("schema: powermap/1\nname: x\nactors: null\n")
    #expect(located(found, .error) == ["3:9 the required key 'actors' is null (it has no value)"])
    #expect(found.first?.path == "actors")
    let missing = diagnostics("schema: powermap/1\nname: x\n")
    #expect(located(missing, .error) == ["1:1 missing required key 'actors'"])
  }

  // MARK: Item 16: removed actors, repeats, tags, language

  @Test func stepsOnARemovedActorAreWarnedAbout() {
    let steps = """
            - remove: ivai
            - set: {actor: ivai, stance: 0.8}
            - shift: {actor: orfis, stance: -0.1}
            - link: {from: orfis, to: ivai, kind: influence}
            - transition: {actors: [ivai, orfis], to: MORENA, shift: 0.1}
            - cut: {from: ivai, to: orfis}
            - remove: ivai

      """
    let found = diagnostics(scenario(steps))
    #expect(
      located(found, .warning) == [
        "13:9 'ivai' was removed by scenarios[0].steps[0]: this step leaves its values as they were",
        "15:9 'ivai' was removed by scenarios[0].steps[0]: a relation with a removed actor is not added",
        "16:9 'ivai' was removed by scenarios[0].steps[0]: the transition leaves its values as they were",
        "17:9 'ivai' was removed by scenarios[0].steps[0]: its removal already dropped its relations, except others' depends-on on it",
        "18:9 'ivai' was removed by scenarios[0].steps[0]: removing it again changes nothing",
      ])
    let maybe = diagnostics(
      scenario("      - remove: ivai\n        probability: 0.5\n      - set: {actor: ivai, stance: 0.8}\n"))
    #expect(located(maybe, .warning).first?.hasSuffix("(in the runs where that step happens)") == true)
  }

  /// The warning's promise holds: the removed actor's stance stays 0.5 (not 0.8) after the scenario.
  @Test func aRemovedActorsStanceStaysAsItWas() throws {
    let model = try ModelLoader.load(
      bytes: Array(scenario("      - remove: ivai\n      - set: {actor: ivai, stance: 0.8}\n").utf8), file: "t.yaml"
    ).model
    let state = model.state(applying: model.scenarios)
    #expect(state.actor("ivai")?.stance == 0.5)
    #expect(state.actor("ivai")?.present == false)
  }

  @Test func repeatedListingsAreWarnedAbout() {
    let text =
      Self.base + """
        commitments:
          - id: c
            owner: orfis
            needs: {authority: [orfis, orfis, orfis], acceptance: [ivai, ivai], ability: [orfis]}
        obstacles:
          - {id: o, kind: legal, blocks: [c, c], severity: 0.5, holders: [ivai, ivai], mitigators: [orfis, orfis]}

        """
    let paths = diagnostics(text).filter { $0.severity == .warning }.map(\.path)
    #expect(
      paths == [
        "commitments[0].needs.authority[1]", "commitments[0].needs.authority[2]", "commitments[0].needs.acceptance[1]",
        "obstacles[0].blocks[1]", "obstacles[0].holders[1]", "obstacles[0].mitigators[1]",
      ])
    #expect(diagnostics(text).first?.message == "'orfis' is listed twice (first as commitments[0].needs.authority[0])")
  }

  @Test func unknownYAMLTagsAreWarnedAboutAndCoreTagsAreNot() {
    let text = Self.base.replacingOccurrences(of: "name: Base", with: "name: !foo Base")
      .replacingOccurrences(of: "name: IVAI", with: "name: !!binary SVZBSQ==")
    #expect(
      located(diagnostics(text), .warning) == [
        "2:7 the YAML tag '!foo' is not understood and is ignored",
        "5:22 the YAML tag '!!binary' is not understood and is ignored",
      ])
    let shared = "schema: powermap/1\nname: x\nx-tag: &t !foo [a]\nactors: [*t, *t, *t]\n"
    #expect(
      located(diagnostics(shared), .warning).filter { $0.contains("YAML tag") } == [
        "3:8 the YAML tag '!foo' is not understood and is ignored"
      ])
    let core = Self.base.replacingOccurrences(of: "name: Base", with: "name: !!str Base")
      .replacingOccurrences(of: "power: 0.5,", with: "power: !!float 0.5,")
    #expect(located(diagnostics(core), .warning).isEmpty)
  }

  @Test(arguments: ["es", "en", "es-MX", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "es-419", "x-workshop"])
  func wellFormedLanguageTagsAreAccepted(_ tag: String) {
    let text = Self.base.replacingOccurrences(of: "name: Base", with: "name: Base\nlanguage: \(tag)")
    #expect(located(diagnostics(text), .error).isEmpty)
  }

  @Test(arguments: [
    ("english", "write 'en' for that language"), ("es_MX", "use a BCP 47 tag such as 'es', 'en' or 'es-MX'"),
    ("e", "use a BCP 47 tag such as 'es', 'en' or 'es-MX'"), ("es-", "use a BCP 47 tag such as 'es', 'en' or 'es-MX'"),
    ("Español", "write 'es' for that language"),
  ])
  func malformedLanguageTagsAreRefused(_ tag: String, _ hint: String) {
    let text = Self.base.replacingOccurrences(of: "name: Base", with: "name: Base\nlanguage: \(tag)")
    let errors = diagnostics(text).filter { $0.severity == .error }
    #expect(errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" } == ["3:11 '\(tag)' is not a language tag"])
    #expect(errors.first?.hint == hint)
  }
}
