import PowerMapGraphviz
import Testing

struct DOTSyntaxErrorTests {
  @Test func lineFromGraphvizColumnFromTheTextItNames() {
    let dot = "digraph {\n  a -> b\n  c -> ;\n}\n"
    let error = DOTSyntaxError(graphvizMessage: "syntax error in line 3 near ';'", dot: dot)
    #expect(error == DOTSyntaxError(line: 3, column: 8, message: "syntax error near ';'"))
  }

  @Test func aMessageWithoutALineIsKeptWhole() {
    let error = DOTSyntaxError(graphvizMessage: "the DOT text is empty", dot: "")
    #expect(error.line == nil && error.column == nil && error.message == "the DOT text is empty")
  }

  @Test func textThatIsNotOnTheLineGivesNoColumn() {
    let error = DOTSyntaxError(graphvizMessage: "syntax error in line 1 near 'zzz'", dot: "graph { a -- }")
    #expect(error.line == 1 && error.column == nil && error.message == "syntax error near 'zzz'")
  }
}
