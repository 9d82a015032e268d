import Foundation
import FuzzInvariants
import PowerMap
import PowerMapGraphviz
import Testing

/// Fuzzing of the DOT builders: models that load (mutated corpus models, and the minimal model with
/// hostile text in every name and title) get every map composed through ``MapRenderer`` and the
/// composed DOT read and laid out again by Graphviz. Escaping must never produce DOT or HTML
/// labels that Graphviz refuses.
@Suite struct DOTBuilderFuzzTests {
  @Test func mutatedModelsGiveDOTThatGraphvizReads() {
    let corpus = FuzzCorpus.seeds("yaml").map(\.bytes)
    let seeds = corpus.filter { (try? ModelLoader.load(bytes: $0, file: "seed"))?.model.actors.count ?? 99 <= 60 }
    let mutator = FuzzMutator(tokens: FuzzMutator.documentTokens, donors: corpus)
    let campaign = FuzzCampaign("dot", seeds: seeds, iterations: 50, mutate: mutator.mutate)
    let tally = campaign.run { input in Self.composeEveryMap(input) }
    expectHealthy(tally, campaign, minimumAccepted: 10)
  }

  @Test func hostileTextsInEveryNameAndTitle() throws {
    let template = try #require(FuzzCorpus.seeds("yaml").first { $0.name == "minimal.yaml" }).bytes
    let campaign = FuzzCampaign("dot-texts", seeds: [template], iterations: 30) { seed, random in
      Self.withHostileTexts(seed, using: &random)
    }
    let tally = campaign.run { input in Self.composeEveryMap(input) }
    // Texts with control characters may be refused at validation; the others must all draw.
    expectHealthy(tally, campaign, minimumAccepted: 8, expectRefusals: false)
  }

  /// Loads `input`; when it is a model of at most 60 actors, composes each map and reads the
  /// composed DOT back.
  static func composeEveryMap(_ input: [UInt8]) -> FuzzOutcome {
    let model: Model
    do {
      model = try ModelLoader.load(bytes: input, file: "fuzz").model
    } catch {
      return FuzzOutcome.refusal(error, input: input, files: ["fuzz"])
    }
    guard model.actors.count <= 60 else { return .accepted }
    let scenarios = model.scenarios.first.map { [$0] } ?? []
    for kind in MapKind.allCases
    where (kind != .scenario || !scenarios.isEmpty) && (kind != .commitment || !model.commitments.isEmpty) {
      let options = MapOptions(
        kind: kind, language: input.count % 2 == 0 ? .en : .es, date: "2026-01-01",
        commitment: model.commitments.first?.id)
      do {
        let composed = try MapRenderer.compose(Simulation(model: model).run(scenarios), options: options)
        _ = try Graphviz.shared.layout(dot: composed.dot, engine: "nop2")
      } catch {
        return .broken("the \(kind) map fails in Graphviz: \(error)")
      }
    }
    return .accepted
  }

  /// The model text with every `name:`, `short:` and `title:` value replaced by a random hostile
  /// text, written as a double-quoted YAML string. One input in four also gets control characters
  /// (which validation may refuse); the others only printable ones, so they must all draw.
  static func withHostileTexts(_ input: [UInt8], using random: inout FuzzRandom) -> [UInt8] {
    let fragments = random.chance(1, in: 4) ? printableFragments + controlFragments : printableFragments
    let lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let replaced = lines.map { line -> String in
      let body = line.drop { $0 == " " || $0 == "-" }
      guard let key = ["name:", "short:", "title:"].first(where: { body.hasPrefix($0) }) else { return String(line) }
      let text = (0...random.below(6)).map { _ in random.pick(fragments) }.joined()
      return line.dropLast(body.count) + key + " " + quoted(text)
    }
    return Array(replaced.joined(separator: "\n").utf8)
  }

  /// Texts that DOT, HTML-like labels and Graphviz's escapes (`\N`, `\G`, `\l`…) treat specially.
  static let printableFragments = [
    "\"", "\\", "'", "<", ">", "&", "&amp;", "&#9;", "&#x1F600;", "&bogus;", "]]>", "<!--", "{", "}", "|", "\\N",
    "\\G", "\\E", "\\T", "\\H", "\\L", "\\l", "\\n", "\\r", " ", "  ", "e\u{301}", "\u{202E}", "👩‍⚖️",
    "\u{FEFF}", "\u{200B}", "\u{2028}", "%", "$", ";", "--", "->", "digraph { a -> b }", "<b>bold</b>", "<BR/>",
    "<TABLE>", "label=x", String(repeating: "W", count: 40), "Órgano de Fiscalización", "中文", "", "#", "@", "=",
    "+",
  ]

  /// Line breaks, tabs, C0 and C1 controls and DEL.
  static let controlFragments = ["\n", "\t", "\r\n", "\u{1}", "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{9F}"]

  /// `text` as a double-quoted YAML string, with every character that YAML does not allow raw
  /// (C0 and C1 controls, DEL, the byte-order mark) written as an escape.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: result += "\\\""
      case 0x5C: result += "\\\\"
      case 0x00..<0x20, 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF:
        result +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension DOTBuilderFuzzTests {
  /// Found by the fuzzer: empty names and titles (valid in a model) made `<B></B>`, which Graphviz
  /// refuses, so no map of such a model could be drawn.
  @Test func emptyNamesAndTitlesDraw() throws {
    let reproducer = try #require(FuzzCorpus.seeds("yaml").first { $0.name == "yaml-empty-labels.yaml" }).bytes
    let model = try ModelLoader.load(bytes: reproducer, file: "empty.yaml").model
    #expect(model.actors.contains { $0.name.isEmpty })
    #expect(Self.composeEveryMap(reproducer) == .accepted)
    #expect(HTMLLabel.text("").bold.font(size: 9).markup == "")
    #expect(DOTValue.html(HTMLLabel.text("\u{7F}").italic).dotText == "\"\"")
  }
}
