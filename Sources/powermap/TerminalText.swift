import PowerMap

/// Text made safe for a terminal: C0 and C1 control characters from a model (ESC starting a
/// window-title change, a clear screen or an OSC 52 clipboard write; BEL; CR) are shown as visible
/// characters instead of being obeyed. Newline and tab are kept. C0 characters and DEL become
/// their Unicode control pictures (ESC as `␛`, BEL as `␇`, DEL as `␡`); C1 characters become
/// `\x80`…`\x9F`.
enum TerminalText {
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isControl(scalar) else {
        scalars.append(scalar)
        continue
      }
      if scalar.value < 0x20, let picture = Unicode.Scalar(0x2400 + scalar.value) {
        scalars.append(picture)
      } else if scalar.value == 0x7F, let picture = Unicode.Scalar(0x2421) {
        scalars.append(picture)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        scalars.append(contentsOf: "\\x\(hex)".unicodeScalars)
      }
    }
    return String(scalars)
  }

  /// JSON text with DEL and the C1 controls escaped (``JSONOutput/escapingControls(_:)``).
  static func jsonEscapingControls(_ json: String) -> String {
    JSONOutput.escapingControls(json)
  }

  /// C0 controls other than tab and newline, DEL, and the C1 controls U+0080…U+009F.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
  }
}
