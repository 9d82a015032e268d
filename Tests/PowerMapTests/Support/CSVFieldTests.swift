import Testing

@testable import PowerMap

struct CSVFieldTests {
  @Test(arguments: [
    ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("+1+2", "'+1+2"),
    ("-A1", "'-A1"),
    ("\tTAB", "'\tTAB"),
    ("\r=1", "\"'\r=1\""),
    ("a,b", "\"a,b\""),
    ("Órgano", "Órgano"),
    ("x=1", "x=1"),
    ("", ""),
  ])
  func textThatCouldRunAsAFormulaIsPrefixedThenQuoted(_ text: String, _ expected: String) {
    #expect(CSVField.text(text) == expected)
  }

  @Test(arguments: ["-0.2", "+1", "-1e-3", "0.5", "-.5", "12"])
  func numbersWrittenAsTextStayNumbers(_ number: String) {
    #expect(CSVField.text(number) == number)
  }

  @Test(arguments: ["-", "-e5", "+1e", "-1-1", "--1"])
  func signsThatAreNotNumbersAreNeutralised(_ text: String) {
    #expect(CSVField.text(text) == "'" + text)
  }
}
