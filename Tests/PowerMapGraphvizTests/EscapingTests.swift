import Foundation
import NetworkAnalysis
import PowerMap
import Testing

@testable import PowerMapGraphviz

struct EscapingTests {
  /// Names that would break a naively written DOT file or SVG.
  static let hostileNames = [
    "Say \"hello\"", "a < b > c", "Tom & Jerry", "R&D; &amp; &#123;", "back\\slash \\N \\G \\l", "two\nlines",
    "emoji 🏛️🇲🇽 ok", "tab\there", "ctrl\u{1}char", "quote at end\\", "]]> -- <!-- <B>bold?</B>",
  ]

  static var hostileModel: Model {
    let actors = hostileNames.enumerated().map { index, name in
      Actor(
        id: "x\(index)", name: name, short: name, kind: ActorKind.allCases[index % ActorKind.allCases.count],
        level: ActorLevel.allCases[index % ActorLevel.allCases.count], power: 0.2 + Double(index % 4) * 0.2,
        interest: Double(index) / Double(hostileNames.count), stance: index % 3 == 0 ? -0.5 : 0.6)
    }
    let relations = (1..<actors.count).map {
      Relation(
        from: actors[$0 - 1].id, to: actors[$0].id, kind: RelationKind.allCases[$0 % RelationKind.allCases.count])
    }
    return Model(
      name: "Model \"<&>\" \\ 🗺️", actors: actors, relations: relations,
      commitments: [
        Commitment(
          id: "c", title: "Commit <&> \"now\" \\ 🚀", owner: "x0",
          needs: CommitmentNeeds(authority: ["x0"], acceptance: ["x1", "x2"], ability: ["x3"]))
      ],
      obstacles: [Obstacle(id: "o", kind: .legal, title: "Obstacle & <law>", blocks: ["c"], severity: 0.5)],
      scenarios: [Scenario(id: "s", title: "Scenario \"&<>\"", steps: [ScenarioStep(.remove(actor: "x1"))])])
  }

  /// What a name should look like once drawn: control characters dropped, tabs as spaces.
  static func drawn(_ name: String) -> String {
    DOTEscaping.cleaned(name)
  }

  @Test(arguments: MapKind.allCases)
  func hostileNamesRenderAsWrittenInValidSVG(kind: MapKind) throws {
    let model = Self.hostileModel
    let map = try MapRenderer.render(
      Simulation(model: model).run(kind == .scenario ? model.scenarios : []),
      options: MapOptions(kind: kind, language: .en, commitment: model.commitments.first?.id), format: .svg)
    let (texts, titles) = try MapTestSupport.svgTexts(map.data)
    let allText = texts.joined(separator: "\n")
    let first = Set(model.commitments.first?.needs.allListings ?? [])
    let actors =
      kind == .commitments
      ? model.actors.prefix(4)
      : kind == .commitment ? model.actors.filter { first.contains($0.id) }[...] : model.actors[...]
    for actor in actors {
      let expected = Self.drawn(actor.name)
      // The one-commitment map names its actors in its needs' tooltips.
      #expect(
        titles.contains { kind == .commitment ? $0.contains(expected) : $0.hasPrefix(expected) },
        "tooltip of \(actor.name.debugDescription)")
      for line in expected.split(separator: "\n") {
        for word in line.split(separator: " ") {
          #expect(allText.contains(word), "\(word.debugDescription) of \(actor.name.debugDescription) is drawn")
        }
      }
    }
    #expect(allText.contains("Model \"<&>\" \\ 🗺️"))
  }

  @Test func theDOTOfHostileNamesIsReadBackExactly() throws {
    let model = Self.hostileModel
    let composed = try MapRenderer.compose(Simulation(model: model).run([]), options: MapOptions(kind: .power))
    let layout = try Graphviz.shared.layout(dot: composed.dot, engine: "nop2")
    for actor in model.actors { #expect(layout.nodes["actor:" + actor.id] != nil) }
  }

  @Test func escStringEscapesEveryEscape() {
    #expect(DOTEscaping.escString("a\"b\\c\nd&e") == "a\\\"b\\\\\\\\c\\nd&amp;e")
    #expect(DOTEscaping.quoted("x\"y\\") == "x\\\"y\\\\")
    #expect(HTMLLabel.escape("<a & \"b\">\nc\\N") == "&lt;a &amp; &quot;b&quot;&gt;<BR/>c\\\\N")
    #expect(DOTEscaping.cleaned("a\r\nb\u{7}c\td") == "a\nbc d")
    #expect(DOTEscaping.identifier("node") == "\"node\"")
    #expect(DOTEscaping.identifier("plain_name") == "plain_name")
    #expect(DOTEscaping.identifier("actor:x") == "\"actor:x\"")
    #expect(DOTEscaping.number(0.12345) == "0.1235")
    #expect(DOTEscaping.number(-0.00001) == "0")
  }

  /// The integer fast path writes exactly what `%.4f` trimmed writes: on values near and at
  /// halves of the fourth decimal (0.00005 is just above its half in binary, 0.00015 just below),
  /// on ordinary coordinates and on huge values.
  @Test func numbersMatchPrintfRoundedToFourDecimals() {
    func printf(_ value: Double) -> String {
      var text = String(format: "%.4f", value)
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
      return text == "-0" ? "0" : text
    }
    var generator = SeededGenerator(seed: 3)
    var values: [Double] = [0.00005, 0.00015, -0.00005, 1.00005, 2.5, 1234.56785, 1e11 + 0.5, 9.9e12, -0.0, 7]
    for _ in 0..<20_000 {
      let scale = [1.0, 100, 10_000, 1e8][Int.random(in: 0..<4, using: &generator)]
      values.append(Double.random(in: -1...1, using: &generator) * scale)
      // A value on a half of the fourth decimal, give or take an ulp.
      let half = (Double(Int.random(in: -100_000...100_000, using: &generator)) + 0.5) / 10_000
      values += [half, half.nextUp, half.nextDown]
    }
    for value in values { #expect(DOTEscaping.number(value) == printf(value), "\(value)") }
    #expect(DOTEscaping.number(0.1) == "0.1")
    #expect(DOTEscaping.number(-12.25) == "-12.25")
  }

  @Test func numbersUseATrueMinusSign() {
    #expect(MapNumber.signed(-0.5) == "−0.50")
    #expect(MapNumber.signed(0.004) == "0.00")
    #expect(MapNumber.signed(0.78) == "+0.78")
    #expect(MapNumber.plain(0.6) == "0.60")
  }
}
