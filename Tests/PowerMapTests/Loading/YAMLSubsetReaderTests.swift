import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// The fast reader of generated models' plain shape must hand the decoder exactly what libyaml's
/// events do — every text, style and location — and leave everything else to libyaml.
struct YAMLSubsetReaderTests {
  /// The tree of `text` as ``YAMLReaderBehaviourTests/describe(_:)`` writes it, or the located
  /// error, followed by the notes; `usingSubset: false` reads it with libyaml alone.
  static func read(_ text: String, usingSubset: Bool) -> String {
    var notes = YAMLDocumentReader.Notes()
    var result: String
    do {
      let root = try YAMLDocumentReader.read(text, byteCount: text.utf8.count, notes: &notes, usingSubset: usingSubset)
      result = root.map(YAMLReaderBehaviourTests.describe) ?? "no document"
    } catch {
      let at = error.location.map { "\($0.line):\($0.column) " } ?? "- "
      result = at + error.message + (error.hint.map { " (\($0))" } ?? "")
    }
    let tags = notes.unknownTags.map { "\($0.tag)@\($0.location.line):\($0.location.column)" }
    let cuts = notes.commentCuts.map { "\($0.line):\($0.column)" }.sorted()
    return result + " tags \(tags) cuts \(cuts)"
  }

  /// The subset reader's tree of `text`, nil when it leaves the text to libyaml.
  static func subsetTree(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      YAMLSubsetReader.tree(of: buffer, budget: YAMLDocumentReader.nodeBudget(forByteCount: bytes.count))
        .map(YAMLReaderBehaviourTests.describe)
    }
  }

  /// The shape of `scripts/generate_model.py` and of ``ModelWriter``, with every construct the
  /// subset reader takes.
  static let generated = """
    schema: powermap/1
    name: "Generated 3 actors (seed 7)"
    defaults: {stubbornness: 0.2, threshold: 0.5, uncertainty: 0.1}
    actors:
      - {id: a0, name: Actor 0, kind: executive, level: international, power: 0.324, interest: 0.151, stance: 0.302}
      - {id: a1, name: Actor  1, kind: agency, level: federal, power: 1e3, interest: .5, stance: -0.269}
      - id: a2
        name: "Actor 2"
        stance: -1
        positions:
          c1: 0.5
        tags: []
    relations:
    - {from: a1, to: a0, kind: depends-on, weight: 0.484 }
    - {from: a2, to: a0, kind: alliance, weight: ~}
    commitments:
      - {id: c1, title: "Commitment 1", owner: a0, needs: {authority: [a0, a1], acceptance: [], ability: [a2]}}
    obstacles:
        - {id: o1, kind: legal, title: "", blocks: [c1], holders: [a1], mitigators: [(x), +1, a/b, _y, -.5]}
    empty: {}
    last: plain text of words
    """

  @Test func readsTheGeneratedShapeAsLibyamlDoes() throws {
    let tree = try #require(Self.subsetTree(Self.generated))
    #expect(tree + " tags [] cuts []" == Self.read(Self.generated, usingSubset: false))
    #expect(Self.read(Self.generated, usingSubset: true) == Self.read(Self.generated, usingSubset: false))
  }

  @Test func locatesEveryNodeAsLibyamlDoes() {
    let text = """
      a: 1
      b:
        - {x: -0.5, y: [p, q]}
      c:
      - "t u"
      - k: v

      """
    let expected =
      "{a@1:1=plain'1'@1:4, b@2:1=[{x@3:6=plain'-0.5'@3:9, y@3:15=[plain'p'@3:19, plain'q'@3:22]@3:18}@3:5]@3:3, "
      + "c@4:1=[text't u'@5:3, {k@6:3=plain'v'@6:6}@6:3]@5:1}@1:1"
    #expect(Self.subsetTree(text) == expected)
    #expect(Self.read(text, usingSubset: false) == expected + " tags [] cuts []")
  }

  @Test func leavesEverythingElseToLibyaml() {
    let others = [
      "a: 1 # note\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 'q'\n", "a: \"\\n\"\n", "a: |\n  t\n", "---\na: 1\n",
      "a:\tb\n", "a: 1\r\n", "a: é\n", "a: b\n  c\n", "a:\n", "a: {b: 1,\n  c: 2}\n", "a: 1 \n", "a: [1, ]\n",
      "a: b: c\n", "? a\n: b\n", "<<: {a: 1}\n", "- a\n", "  a: 1\n", "a: 1\n \nb: 2\n", "a: {b}\n", "\"a\": 1\n",
      "a: 1\n- b\n", "a: 12:30\n", "", "\n",
    ]
    for text in others {
      #expect(Self.subsetTree(text) == nil, "\(text)")
    }
    // Deeper than 100 collections: libyaml's (it counts the levels and refuses 1,000).
    let deepFlow = "a: " + String(repeating: "[", count: 101) + String(repeating: "]", count: 101) + "\n"
    let deepBlock =
      (0..<101).map { String(repeating: " ", count: $0) + "k:\n" }.joined() + String(repeating: " ", count: 101)
      + "k: 1\n"
    for text in [deepFlow, deepBlock] {
      #expect(Self.subsetTree(text) == nil)
      #expect(Self.read(text, usingSubset: true) == Self.read(text, usingSubset: false))
    }
    let nested = "a: " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99) + "\n"
    #expect(Self.subsetTree(nested) != nil)
  }

  @Test func duplicateKeysAndBudgetsAreReportedAsByLibyaml() {
    for text in ["a: 1\nb: {x: 1, x: 2}\n", "a: 1\na: 2\n", "a:\n  - {k: 1, k: 1}\n"] {
      #expect(Self.subsetTree(text) == nil, "\(text)")
      #expect(Self.read(text, usingSubset: true) == Self.read(text, usingSubset: false), "\(text)")
    }
    #expect(Self.read("a: 1\na: 2\n", usingSubset: true).hasPrefix("1:1 duplicate key 'a' in a mapping"))
  }

  /// Seeded random edits of the generated shape, around the subset's edges: whatever the subset
  /// reader takes reads exactly as with libyaml alone, and every other text too (errors included).
  @Test func agreesWithLibyamlOnEditedText() {
    let tokens = [
      " ", "  ", "\n", "\n  ", "\n    ", "\n- ", "\n  - ", ":", ": ", ",", ", ", "{", "}", "[", "]", "{}", "[]", "-",
      "- ",
      "\"", "'", "#", " #", "\t", "\r", "&a ", "*a", "!", "?", "~", "é", "x: ", "k: v", "-1", ".", "|", ">", "---",
      "\\", "a", "1",
    ]
    let base = Array(Self.generated.utf8)
    var random = SplitMix(seed: 16)
    var taken = 0
    for round in 0..<2000 {
      var bytes = base
      for _ in 0...random.below(3) {
        let offset = random.below(bytes.count + 1)
        switch random.below(3) {
        case 0: bytes.insert(contentsOf: Array(tokens[random.below(tokens.count)].utf8), at: offset)
        case 1: bytes.removeSubrange(offset..<min(bytes.count, offset + 1 + random.below(4)))
        default:
          let end = min(bytes.count, offset + 1)
          bytes.replaceSubrange(offset..<end, with: Array(tokens[random.below(tokens.count)].utf8))
        }
      }
      let text = String(decoding: bytes, as: UTF8.self)
      if Self.subsetTree(text) != nil { taken += 1 }
      let subset = Self.read(text, usingSubset: true)
      let libyaml = Self.read(text, usingSubset: false)
      #expect(subset == libyaml, "round \(round): \(text.debugDescription)")
      if subset != libyaml { return }
    }
    // Many edits keep the shape (a space, a digit, a blank line): the subset reader must take them.
    #expect(taken > 200)
  }

  @Test func agreesWithLibyamlOnEveryYAMLFileOfTheRepository() throws {
    let root = PackageRoot.url
    var files: [URL] = []
    for folder in ["models", "Tests"] {
      let enumerator = FileManager.default.enumerator(
        at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      while let url = enumerator?.nextObject() as? URL {
        if url.pathExtension == "yaml" || url.pathExtension == "yml" { files.append(url) }
      }
    }
    #expect(files.count > 50)
    for file in files {
      // Some fixtures are invalid UTF-8 on purpose: the reader never sees those.
      guard let text = String(data: try Data(contentsOf: file), encoding: .utf8) else { continue }
      // Without its comments, so that the subset reader gets a chance at it.
      let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("#") ? "" : String($0) }.joined(separator: "\n")
      for variant in [text, uncommented] {
        #expect(Self.read(variant, usingSubset: true) == Self.read(variant, usingSubset: false), "\(file.path)")
      }
    }
  }
}

/// A seeded generator for the edits (SplitMix64).
private struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
