import Foundation
import NetworkAnalysis
import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The DOT text is written on UTF-8 bytes with fast paths; it must be what the definitions say,
/// written here scalar by scalar as they are documented.
struct DOTTextTests {
  /// `cleaned` as documented: CR and CRLF as a newline, tab as a space, other C0 controls, DEL,
  /// U+FFFE and U+FFFF dropped.
  static func cleanedByDefinition(_ text: String) -> String {
    var result = ""
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasReturn = scalar == "\r" }
      switch scalar.value {
      case 0x0D: result += "\n"
      case 0x0A: if !previousWasReturn { result += "\n" }
      case 0x09: result += " "
      case 0x00..<0x20, 0x7F, 0xFFFE, 0xFFFF: continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `escString` as documented: `"` as `\"`, `\` as four, newline as `\n`, `&` as `&amp;`.
  static func escStringByDefinition(_ text: String) -> String {
    cleanedByDefinition(text).unicodeScalars.map { scalar -> String in
      switch scalar {
      case "\"": "\\\""
      case "\\": "\\\\\\\\"
      case "\n": "\\n"
      case "&": "&amp;"
      default: String(scalar)
      }
    }.joined()
  }

  /// Texts from every class the fast paths tell apart: plain ASCII, multi-byte UTF-8 (with and
  /// without an 0xEF lead byte: U+F000–U+FFFF), controls, and the escaped characters.
  static func texts(count: Int) -> [String] {
    let pieces = [
      "a", "Z", "_", "7", " ", "\"", "\\", "\n", "\r", "\r\n", "\t", "\u{1}", "\u{7F}", "&", "é", "·", "—", "−",
      "\u{F000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFFF}", "🏛️", "<", ">",
    ]
    var generator = SplitMix64(state: 20_261_204)
    return (0..<count).map { _ in
      (0..<Int(generator.next() % 9)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }
  }

  @Test func escapingOnBytesIsTheScalarDefinition() {
    for text in Self.texts(count: 20_000) {
      #expect(DOTEscaping.cleaned(text) == Self.cleanedByDefinition(text), "\(text.debugDescription)")
      #expect(DOTEscaping.escString(text) == Self.escStringByDefinition(text), "\(text.debugDescription)")
    }
    #expect(DOTEscaping.quoted("a\"b\\c\nd\u{FFFE}e\u{F000}") == "a\\\"b\\\\c de\u{F000}")
  }

  @Test func identifiersAreBareOnlyForPlainASCIIWordsThatAreNotKeywords() {
    let cases: [(String, String)] = [
      ("plain_name9", "plain_name9"), ("_x", "_x"), ("9lives", "\"9lives\""), ("", "\"\""), ("GRAPH", "\"GRAPH\""),
      ("Subgraph", "\"Subgraph\""), ("nodes", "nodes"), ("strictly", "strictly"), ("año", "\"año\""),
      ("a-b", "\"a-b\""), ("a\"b", "\"a\\\"b\""), ("٣x", "\"٣x\""),
    ]
    for (name, expected) in cases { #expect(DOTEscaping.identifier(name) == expected, "\(name)") }
  }

  @Test func theLayoutTextLeavesOutPaintOnly() {
    var graph = DOTGraph(name: "g", attributes: ["bgcolor": .plain("white"), "splines": .plain("line")])
    graph.nodes.append(
      DOTNode("a", ["fillcolor": .plain("#fff"), "tooltip": .text("A"), "width": .number(0.5), "color": .plain("red")]))
    graph.nodes.append(DOTNode("b", ["tooltip": .text("only paint")]))
    graph.edges.append(DOTEdge(from: "a", to: "b", ["color": .plain("blue"), "id": .plain("e1")]))
    graph.clusters.append(DOTCluster(name: "c", attributes: ["color": .plain("grey")], members: ["a"]))
    #expect(
      graph.layoutText == """
        digraph g {
          graph [splines="line"];
          a [width=0.5];
          b;
          subgraph cluster_c {
            a;
          }
          a -> b [id="e1"];
        }

        """)
    #expect(graph.dotText.contains("a [fillcolor=\"#fff\", tooltip=\"A\", width=0.5, color=\"red\"];"))
  }
}

/// The memo of Graphviz results stays within its bounds, dropping the least recently used.
struct GraphvizMemoTests {
  @Test func theLeastRecentlyUsedGoesFirstAndTheLimitsHold() {
    var memo = GraphvizMemo<Int>()
    for index in 0..<GraphvizMemo<Int>.entryLimit { memo.store(index, for: .init("k\(index)"), size: 10) }
    #expect(memo.value(for: .init("k0")) == 0)  // k0 is now the most recently used
    memo.store(99, for: .init("new"), size: 10)
    #expect(memo.value(for: .init("k1")) == nil)  // the least recently used went
    #expect(memo.value(for: .init("k0")) == 0)
    #expect(memo.value(for: .init("new")) == 99)
    // A result larger than the byte limit is not kept; one that fills it evicts everything else.
    memo.store(1, for: .init("huge"), size: GraphvizMemo<Int>.byteLimit)
    #expect(memo.value(for: .init("huge")) == nil)
    memo.store(2, for: .init("big"), size: GraphvizMemo<Int>.byteLimit - 3)
    #expect(memo.value(for: .init("big")) == 2)
    #expect(memo.value(for: .init("new")) == nil && memo.value(for: .init("k0")) == nil)
    // An input above the largest kept is not kept.
    memo.store(3, for: .init(String(repeating: "x", count: GraphvizMemo<Int>.largestInput + 1)), size: 0)
    #expect(memo.value(for: .init("big")) == 2)
  }
}
