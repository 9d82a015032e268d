/// The rules every text of a model file obeys (models/README.md, "Limits and text"): length
/// limits, the control characters that are refused, and the shape of a language tag.
enum TextRules {
  /// Ids (actors, commitments, obstacles, scenarios) are at most this many characters: they
  /// become file names in reports.
  static let maximumIDLength = 100
  /// Names, short names, titles, affiliations and tags are at most this many characters.
  static let maximumLabelLength = 1_000
  /// Descriptions are at most this many characters.
  static let maximumDescriptionLength = 10_000

  /// The first control character of `text` (C0, DEL or C1), or nil when it has none. With
  /// `allowingLineBreaks`, tab and line feed are allowed (multi-line titles and descriptions).
  static func firstControlCharacter(in text: String, allowingLineBreaks: Bool = false)
    -> (scalar: Unicode.Scalar, offset: Int)?
  {
    // Fast path: no byte below 0x20, no DEL and no 0xC2 lead byte (which starts every C1 character).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 }) { return nil }
    for (offset, scalar) in text.unicodeScalars.enumerated() where isControl(scalar) {
      if allowingLineBreaks && (scalar == "\t" || scalar == "\n") { continue }
      return (scalar, offset)
    }
    return nil
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// `U+001B (ESC)`: the code point of a control character and its usual abbreviation.
  static func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let names: [UInt32: String] = [
      0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR",
      0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL", 0x9B: "CSI", 0x9D: "OSC",
    ]
    return names[scalar.value].map { "\(code) (\($0))" } ?? code
  }

  /// The number of characters of `text`, counted only up to `limit + 1` (a 10 MB text is not
  /// walked whole to learn that it is too long).
  static func length(of text: String, upTo limit: Int) -> Int {
    if text.utf8.count <= limit { return text.count }
    var count = 0
    for _ in text {
      count += 1
      if count > limit { break }
    }
    return count
  }

  /// Whether `tag` is a well-formed BCP 47 language tag whose language is a 2- or 3-letter ISO 639
  /// code (`es`, `en`, `es-MX`, `zh-Hant-TW`, `sr-Latn`, `de-CH-1996`), or a private-use tag (`x-…`).
  static func isLanguageTag(_ tag: String) -> Bool {
    let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
    guard let first = subtags.first, subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && isAlphanumeric($0) })
    else { return false }
    if first == "x" { return subtags.count > 1 }
    guard (2...3).contains(first.count), isAlpha(first) else { return false }
    var index = 1
    // Up to three extended language subtags, a script, a region.
    var extlangs = 0
    while index < subtags.count, subtags[index].count == 3, isAlpha(subtags[index]), extlangs < 3 {
      index += 1
      extlangs += 1
    }
    if index < subtags.count, subtags[index].count == 4, isAlpha(subtags[index]) { index += 1 }
    if index < subtags.count, isRegion(subtags[index]) { index += 1 }
    while index < subtags.count, isVariant(subtags[index]) { index += 1 }
    // Extensions (a singleton and subtags of 2 to 8 characters), then private use.
    while index < subtags.count, subtags[index].count == 1 {
      let singleton = subtags[index]
      index += 1
      if singleton == "x" { return index < subtags.count }
      let start = index
      while index < subtags.count, subtags[index].count >= 2 { index += 1 }
      if index == start { return false }
    }
    return index == subtags.count
  }

  /// The tag meant by a language written out, for the hint (`english` → `en`).
  static func languageCode(forName name: String) -> String? {
    let codes = [
      "english": "en", "inglés": "en", "ingles": "en", "spanish": "es", "español": "es", "espanol": "es",
      "castellano": "es", "french": "fr", "français": "fr", "portuguese": "pt", "português": "pt", "german": "de",
    ]
    return codes[name.lowercased()]
  }

  private static func isAlpha(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
  }

  private static func isAlphanumeric(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
  }

  private static func isDigits(_ text: Substring) -> Bool {
    text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
  }

  private static func isRegion(_ text: String) -> Bool {
    (text.count == 2 && isAlpha(text)) || (text.count == 3 && isDigits(Substring(text)))
  }

  private static func isVariant(_ text: String) -> Bool {
    (5...8).contains(text.count) || (text.count == 4 && isDigits(text.prefix(1)))
  }
}
