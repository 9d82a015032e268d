import Testing

@testable import PowerMap

/// Pins what the YAML reader hands the decoder — each scalar's text and style, every location,
/// aliases, merge keys, duplicate keys, notes and error messages — so that a change of parser
/// cannot change how a file reads.
struct YAMLReaderBehaviourTests {
  /// The tree as one line: `{key@l:c=value}`, `[…]`, scalars as `style'text'@l:c`.
  static func describe(_ node: DocumentNode) -> String {
    let at = "@\(node.location.line):\(node.location.column)"
    switch node.content {
    case .scalar(let text, let style): return "\(style)'\(text)'\(at)"
    case .sequence(let elements): return "[" + elements.map(describe).joined(separator: ", ") + "]\(at)"
    case .mapping(let entries):
      let inner = entries.map { "\($0.key)@\($0.keyLocation.line):\($0.keyLocation.column)=\(describe($0.value))" }
      return "{" + inner.joined(separator: ", ") + "}\(at)"
    }
  }

  /// The tree of `text`, or the located error as `l:c message (hint)`.
  static func read(_ text: String) -> String {
    var notes = YAMLDocumentReader.Notes()
    return read(text, notes: &notes)
  }

  static func read(_ text: String, notes: inout YAMLDocumentReader.Notes) -> String {
    do {
      guard let root = try YAMLDocumentReader.read(text, byteCount: text.utf8.count, notes: &notes) else {
        return "no document"
      }
      return describe(root)
    } catch {
      let at = error.location.map { "\($0.line):\($0.column) " } ?? "- "
      return at + error.message + (error.hint.map { " (\($0))" } ?? "")
    }
  }

  @Test func plainScalarsKeepTheirTextAndQuotedOnesAreText() {
    let text = """
      a: 0x1F
      b: .inf
      c: ~
      d: yes
      e: null
      f:
      g: '0.5'
      h: "x"
      i: !!str 5
      j: ! 5
      k: !!int 5
      l: ! "5"
      m: 1e3
      n: -.5
      o: 0o17
      p: .NaN
      q: No

      """
    #expect(
      Self.read(text)
        == "{a@1:1=plain'0x1F'@1:4, b@2:1=plain'.inf'@2:4, c@3:1=plain'~'@3:4, d@4:1=plain'yes'@4:4, "
        + "e@5:1=plain'null'@5:4, f@6:1=plain''@6:3, g@7:1=text'0.5'@7:4, h@8:1=text'x'@8:4, "
        + "i@9:1=text'5'@9:4, j@10:1=plain'5'@10:4, k@11:1=plain'5'@11:4, l@12:1=text'5'@12:4, "
        + "m@13:1=plain'1e3'@13:4, n@14:1=plain'-.5'@14:4, o@15:1=plain'0o17'@15:4, p@16:1=plain'.NaN'@16:4, "
        + "q@17:1=plain'No'@17:4}@1:1")
  }

  /// The first actor of a small model with `power: value` and `name: name`: its errors, or its
  /// power and name.
  static func firstActor(power: String, name: String = "ORFIS") -> String {
    let text = """
      schema: powermap/1
      name: M
      actors:
        - {id: orfis, name: \(name), kind: autonomous, level: state, power: \(power), interest: 0.9, stance: 0.8}
        - {id: ivai, name: IVAI, kind: autonomous, level: state, power: 0.5, interest: 0.9, stance: 0.5}
      relations:
        - {from: ivai, to: orfis, kind: alliance, weight: 0.6}

      """
    do {
      let actor = try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml").model.actors[0]
      return "\(actor.power) \(actor.name)"
    } catch {
      return error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }.joined(separator: "; ")
    }
  }

  @Test func theDecoderReadsPlainScalarsByTheCoreSchema() {
    #expect(Self.firstActor(power: "0x1F") == "4:69 expected a number, found \"0x1F\"")
    #expect(Self.firstActor(power: ".inf") == "4:69 .inf is not allowed: numbers must be finite")
    #expect(Self.firstActor(power: "~") == "4:69 the required key 'power' is null (it has no value)")
    #expect(Self.firstActor(power: "1e-1") == "0.1 ORFIS")
    #expect(Self.firstActor(power: "+.5") == "0.5 ORFIS")
    #expect(Self.firstActor(power: "'0.5'") == "4:69 expected a number, found the text \"0.5\"")
    #expect(Self.firstActor(power: "!!float 0.5") == "0.5 ORFIS")
    #expect(Self.firstActor(power: "yes") == "4:69 expected a number, found \"yes\"")
    #expect(Self.firstActor(power: "0.5", name: "yes") == "0.5 yes")
    #expect(Self.firstActor(power: "0.5", name: "~") == "4:23 the required key 'name' is null (it has no value)")
    #expect(Self.firstActor(power: "0.5", name: "12") == "0.5 12")
    #expect(Self.firstActor(power: "0.5", name: "!!str ~") == "0.5 ~")
  }

  @Test func blockScalarsFlowCollectionsAndUnicodeColumns() {
    let text = "ñandú: |\n  line one\n  line two\nx: >\n  folded\n  text\nlist: [a, 'b', {c: d}]\ny: añó, z\n"
    #expect(
      Self.read(text)
        == "{ñandú@1:1=text'line one\nline two\n'@1:8, x@4:1=text'folded text\n'@4:4, "
        + "list@7:1=[plain'a'@7:8, text'b'@7:11, {c@7:17=plain'd'@7:20}@7:16]@7:7, y@8:1=plain'añó, z'@8:4}@1:1")
  }

  @Test func anEmptyStreamHasNoDocumentAndABareMarkerIsAnEmptyScalar() {
    #expect(Self.read("# only a comment\n") == "no document")
    #expect(Self.read("---\n") == "plain''@2:1")
    #expect(Self.read("--- x\n...\n") == "plain'x'@1:5")
  }

  @Test func anAliasReusesTheAnchoredSubtreeWithItsLocations() {
    let text = "base: &b {kind: influence, weight: 0.5}\nlist:\n  - *b\n  - &s plain\n  - *s\n"
    #expect(
      Self.read(text)
        == "{base@1:1={kind@1:11=plain'influence'@1:17, weight@1:28=plain'0.5'@1:36}@1:7, "
        + "list@2:1=[{kind@1:11=plain'influence'@1:17, weight@1:28=plain'0.5'@1:36}@1:7, plain'plain'@4:5, "
        + "plain'plain'@4:5]@3:3}@1:1")
  }

  @Test func aKeyAnchoredAndAliasedAsAValueReadsAsText() {
    // Yams resolved the tag of every key (to str) while checking for duplicates; a value that
    // aliases a key therefore reads as text, not as a number.
    #expect(Self.read("&k 0.5: x\nv: *k\n") == "{0.5@1:1=plain'x'@1:9, v@2:1=text'0.5'@1:1}@1:1")
  }

  @Test func mergeKeysAreOrdinaryKeys() {
    // The reader resolves no merge keys: `<<` is a key like any other, which the decoder reports
    // as unknown.
    let text = "a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  z: 3\nd:\n  <<: [*a, *b]\n"
    #expect(
      Self.read(text)
        == "{a@1:1={x@1:8=plain'1'@1:11}@1:4, b@2:1={y@2:8=plain'2'@2:11}@2:4, "
        + "c@3:1={<<@4:3={x@1:8=plain'1'@1:11}@1:4, z@5:3=plain'3'@5:6}@4:3, "
        + "d@6:1={<<@7:3=[{x@1:8=plain'1'@1:11}@1:4, {y@2:8=plain'2'@2:11}@2:4]@7:7}@7:3}@1:1")
    let model = """
      schema: powermap/1
      name: M
      actors:
        - &o {id: orfis, name: ORFIS, kind: autonomous, level: state, power: 0.7, interest: 0.9, stance: 0.8}
        - <<: *o
          id: ivai

      """
    var errors: [String] = []
    do {
      _ = try ModelLoader.load(bytes: Array(model.utf8), file: "m.yaml")
    } catch {
      errors = error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }
    }
    #expect(
      errors == [
        "4:5 the actor 'orfis' has no relations", "5:5 missing required key 'name'",
        "5:5 missing required key 'kind'", "5:5 missing required key 'level'", "5:5 missing required key 'power'",
        "5:5 missing required key 'interest'", "5:5 missing required key 'stance'", "5:5 unknown key '<<'",
      ])
  }

  @Test func duplicateKeysAreRefusedAtTheFirstOfTheSmallest() {
    #expect(
      Self.read("m:\n  b: 1\n  a: 2\n  b: 3\n  \"a\": 4\n  c: 5\n")
        == "3:3 duplicate key 'a', 'b' in a mapping (each key may appear once; merge the two entries)")
    #expect(Self.read("!!int 1: x\n1: y\n") == "{1@1:1=plain'x'@1:10, 1@2:1=plain'y'@2:4}@1:1")
    // The inner mapping ends first: its duplicate is the one reported.
    #expect(
      Self.read("a: 1\na: {b: 1, b: 2}\n")
        == "2:5 duplicate key 'b' in a mapping (each key may appear once; merge the two entries)")
  }

  @Test func malformedDocumentsAreLocated() {
    #expect(
      Self.read("a: [1, 2\nb: 3\n")
        == "2:2 invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)")
    #expect(Self.read("a: *nowhere\n") == "1:4 invalid YAML: found undefined alias")
    #expect(
      Self.read("a: 1\n---\nb: 2\n")
        == "2:1 invalid YAML: but found another document (expected a single document in the stream)")
    #expect(Self.read("a: b: c\n").hasSuffix("(put text containing ': ' in quotes)"))
    #expect(
      Self.read("a:\n\t- b\n").hasSuffix("(YAML indents with spaces, not tabs; quote text that starts with @, ` or %)"))
    #expect(Self.read("a: @b\n").hasPrefix("1:4 invalid YAML: found character that cannot start any token"))
    #expect(
      Self.read("a: 1\nb: \u{7}\n")
        == "2:4 the file contains the control character U+0007 (BEL) "
        + "(remove it: YAML text may hold tabs and line breaks, no other control character)")
  }

  @Test func aControlCharacterIsLocatedAfterNonASCIITextAndCRLFLineBreaks() {
    // Located by its byte offset (Yams gave an offset in characters, which was read as bytes: 1:15).
    let message = "the file contains the control character U+0007 (BEL)"
    #expect(Self.read("a: ñandú ñandú\r\nb: \u{7}\r\n").hasPrefix("2:4 \(message)"))
    #expect(Self.read("a: ñ\u{7}\n").hasPrefix("1:5 \(message)"))
  }

  @Test func aNonTextKeyInsideANonTextKeyIsReportedAtTheOuterOne() {
    #expect(Self.read("? ? b: 1\n") == "1:3 a mapping key must be plain text, not a list or mapping")
    #expect(Self.read("a: &m {x: 1}\n*m : 2\n") == "1:4 a mapping key must be plain text, not a list or mapping")
  }

  @Test func aNonTextKeyIsRefusedUnlessTheSyntaxFailsLater() {
    #expect(Self.read("a: 1\n? [x]\n: 2\n") == "2:3 a mapping key must be plain text, not a list or mapping")
    #expect(Self.read("? {x: 1}\n: 2\n") == "1:3 a mapping key must be plain text, not a list or mapping")
    #expect(
      Self.read("a: 1\n? [x]\n: 2\nc: [\n")
        == "5:1 invalid YAML: did not find expected node content (while parsing a flow node)")
  }

  @Test func nestingDeeperThanOneThousandLevelsIsRefused() {
    // libyaml counts the levels its scanner has opened ahead, so the error comes early.
    let deep = "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
    #expect(Self.read(deep) == "1:5 the document nests deeper than 1,000 levels")
    let block = (0..<1_100).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
    #expect(Self.read(block) == "1000:1000 the document nests deeper than 1,000 levels")
    let fine = "a: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n"
    #expect(Self.read(fine).hasPrefix("{a@1:1=["))
  }

  @Test func anAliasBombIsRefusedAndSharedAliasesWithinTheBudgetAreNot() {
    var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1..<9 {
      let previous = level == 1 ? "a" : "a\(level - 1)"
      bomb += "a\(level): &a\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
    }
    #expect(Self.read(bomb).contains("the document expands to too many values (an alias bomb?)"))
    #expect(Self.read(bomb).hasSuffix("(a model needs no YAML aliases; write the values out)"))
    let modest =
      "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b]\n"
    #expect(Self.read(modest).hasPrefix("{a@1:1=[plain'x'@1:8,"))
  }

  @Test func theNodeBudgetCountsEveryValueOfAnExpandedAlias() throws {
    // 10 * 0 + 10,000 nodes for an empty text: a root list of 9,999 values fits (10,000 nodes
    // with the list), 10,000 values do not.
    let fits = "[" + Array(repeating: "x", count: 9_999).joined(separator: ",") + "]"
    var notes = YAMLDocumentReader.Notes()
    #expect(throws: Never.self) { try YAMLDocumentReader.read(fits, byteCount: 0, notes: &notes) }
    let over = "[" + Array(repeating: "x", count: 10_000).joined(separator: ",") + "]"
    #expect(throws: YAMLDocumentReader.ReadError.self) {
      try YAMLDocumentReader.read(over, byteCount: 0, notes: &notes)
    }
    let aliased = "[&a [" + Array(repeating: "x", count: 4_999).joined(separator: ",") + "], *a]"
    #expect(throws: YAMLDocumentReader.ReadError.self) {
      try YAMLDocumentReader.read(aliased, byteCount: 0, notes: &notes)
    }
    let aliasedFits = "[&a [" + Array(repeating: "x", count: 4_998).joined(separator: ",") + "], *a]"
    #expect(throws: Never.self) { try YAMLDocumentReader.read(aliasedFits, byteCount: 0, notes: &notes) }
  }

  @Test func unknownTagsAreNotedOncePerNodeAndKeysCount() {
    var notes = YAMLDocumentReader.Notes()
    _ = Self.read("a: &t !foo [b]\nc: [*t, *t]\n!bar k: !!binary x\n!!str s: !!int 1\n", notes: &notes)
    #expect(
      notes.unknownTags.map { "\($0.location.line):\($0.location.column) \($0.tag)" } == [
        "1:4 !foo", "3:1 !bar", "3:9 !!binary",
      ])
  }

  @Test func plainScalarsThatAFollowingCommentCutsAreNoted() {
    var notes = YAMLDocumentReader.Notes()
    let text = """
      a: Con campaña #Fiscalía
      b: "quoted" # c
      c: plain#not a comment
      d: año   # t
      e: [x # y
        , z]
      f: multi
        line # g
      #h: i
      k: l	#m
      n:  # empty

      """
    #expect(
      Self.read(text, notes: &notes)
        == "{a@1:1=plain'Con campaña'@1:4, b@2:1=text'quoted'@2:4, c@3:1=plain'plain#not a comment'@3:4, "
        + "d@4:1=plain'año'@4:4, e@5:1=[plain'x'@5:5, plain'z'@6:5]@5:4, f@7:1=plain'multi line'@7:4, "
        + "k@10:1=plain'l'@10:4, n@11:1=plain''@11:3}@1:1")
    #expect(notes.commentCuts.sorted().map { "\($0.line):\($0.column)" } == ["1:4", "4:4", "5:5", "10:4"])
  }
}
