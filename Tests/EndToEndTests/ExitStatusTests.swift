import ArgumentParser
import Foundation
import PowerMap
import Testing

@testable import powermap

/// The exit status of every kind of error, and the text shown on a terminal (issue 15: an error
/// nobody expected exits 3, never 1, the --fail-if code; control characters are made visible).
struct ExitStatusTests {
  struct Unexpected: Error {}

  @Test func everyKindOfErrorMapsToTheDocumentedStatus() {
    #expect(PowerMapCommand.status(reporting: Unexpected()) == 3)
    #expect(PowerMapCommand.status(reporting: ExitCode(1)) == 1)
    #expect(PowerMapCommand.status(reporting: ValidationError("bad option")) == 2)
    #expect(PowerMapCommand.status(reporting: StandardStream.Failure(stream: "standard output", code: EPIPE)) == 0)
    #expect(PowerMapCommand.status(reporting: StandardStream.Failure(stream: "standard output", code: ENOSPC)) == 3)
    #expect(PowerMapCommand.status(reporting: OutputFile.WriteError(path: "x.svg", code: ENOSPC)) == 3)
    #expect(PowerMapCommand.status(reporting: OutputFile.WriteError(path: "x.svg", code: EACCES)) == 2)
    #expect(PowerMapCommand.status(reporting: CommandFailure(message: "interrupted", status: 130)) == 130)
  }

  @Test func controlCharactersAreShownAndTabAndNewlineKept() {
    #expect(TerminalText.sanitized("a\u{1B}]0;t\u{07}b\tc\nd\r\u{7F}\u{9B}e") == "a␛]0;t␇b\tc\nd␍␡\\x9Be")
    #expect(TerminalText.sanitized("Ciudadanía ✓") == "Ciudadanía ✓")
    #expect(TerminalText.jsonEscapingControls(#"{"n":"a\#u{9B}b\#u{7F}"}"#) == #"{"n":"a\u009Bb\u007F"}"#)
  }
}
