extension JSONOutput {
  /// A command's `--json` document: `value` as indented JSON with DEL and the C1 controls escaped
  /// (``escapingControls(_:)``) and a final newline. The command line prints it and `powermap serve`
  /// answers it, so both give the same bytes for the same model.
  package static func document(_ value: some Encodable) throws -> String {
    escapingControls(try text(value)) + "\n"
  }

  /// JSON text with DEL and the C1 controls escaped as `\u007F`…`\u009F` (JSONEncoder escapes
  /// only C0), so that the JSON reads back the same and a terminal shows it unchanged. Outside
  /// strings, JSON holds no such character, so every one is inside a string.
  package static func escapingControls(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return json }
    var scalars = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if (0x7F...0x9F).contains(scalar.value) {
        scalars.append(contentsOf: "\\u00\(String(scalar.value, radix: 16, uppercase: true))".unicodeScalars)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
