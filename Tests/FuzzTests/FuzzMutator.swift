/// Seeded random mutations of an input: byte flips, insertions, deletions, duplications, splices
/// with other corpus files, and token-aware ones (syntax indicators, quotes, numbers, whole lines).
struct FuzzMutator {
  /// The text fragments that are likely to matter in this kind of input.
  let tokens: [String]
  /// Other inputs to splice from.
  let donors: [[UInt8]]

  /// Tokens of YAML and JSON model files.
  static let documentTokens = [
    ": ", "- ", "-", "? ", ",", "[", "]", "{", "}", "&a ", "*a", "<<: ", "<<: *a", "!!str ", "!!binary ",
    "!foo ", "!!float ", "|", ">-", "|+", "#", " #", "'", "\"", "\\", "\\u0000", "\\x1b", "\\N", "\\L", "---\n",
    "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\t", "\r\n", "\n  ", "null", "~", "true", "yes", "0", "-0",
    "1e309", "-1e309", ".nan", ".inf", "NaN", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
    "18446744073709551616", "0x7fffffffffffffff", "0o17", "1_000", "4.9e-324", "1e-400", "0.5", "1", "-1",
    "\u{FEFF}", "\u{1B}[2J", "\u{07}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "é", "👩‍⚖️", "<b>", "</i>",
    "&amp;", "&#0;", "]]>", "actors:", "relations:", "commitments:", "obstacles:", "scenarios:", "steps:",
    "id: ", "name: ", "power: ", "stance: ", "weight: ", "needs:", "authority: ", "remove: ", "shift: ",
    "probability: ", "orfis", "ivai", "a1", "\"\"", "''", "{}", "[]",
  ]

  /// Tokens of CSV spreadsheets and MACTOR tables.
  static let tableTokens = [
    ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\n===\n", "\t", "|", "=", "+", "-", "@", " ", "0", "4", "-4", "5",
    "0,5", "0.5", "1e309", "NaN", "-inf", "99999999999999999999", "-9223372036854775808", "\u{FEFF}", "\u{0}",
    "\u{1B}", "é", "ñ", "id", "name", "kind", "level", "power", "interest", "stance", "tags", "from", "to",
    "weight", "nombre", "tipo", "poder", "interés", "postura", "civil-society", "state", "alliance", "a,b",
  ]

  /// `input` after one mutation, or (one time in three) two to four stacked ones.
  func mutate(_ input: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
    var bytes = input
    let count = random.chance(2, in: 3) ? 1 : 2 + random.below(3)
    for _ in 0..<count { mutateOnce(&bytes, using: &random) }
    return bytes
  }

  private func mutateOnce(_ bytes: inout [UInt8], using random: inout FuzzRandom) {
    guard !bytes.isEmpty else {
      bytes = Array(random.pick(tokens).utf8)
      return
    }
    let position = random.below(bytes.count)
    switch random.below(10) {
    case 0: bytes[position] ^= UInt8(1) << UInt8(random.below(8))
    case 1: bytes[position] = random.pick([0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x5C, 0x7F, 0x80, 0xC3, 0xFF])
    case 2:
      bytes.insert(contentsOf: (0...random.below(8)).map { _ in UInt8(random.below(256)) }, at: position)
    case 3: bytes.removeSubrange(position..<min(bytes.count, position + 1 + random.below(32)))
    case 4:
      let end = min(bytes.count, position + 1 + random.below(256))
      bytes.insert(contentsOf: bytes[position..<end], at: random.below(bytes.count + 1))
    case 5: splice(&bytes, at: position, using: &random)
    case 6: replaceNumber(&bytes, near: position, using: &random)
    case 7: editLine(&bytes, near: position, using: &random)
    default: bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: position)
    }
  }

  /// Replaces a stretch of `bytes` with a stretch of another corpus file.
  private func splice(_ bytes: inout [UInt8], at position: Int, using random: inout FuzzRandom) {
    guard !donors.isEmpty else { return }
    let donor = random.pick(donors)
    guard !donor.isEmpty else { return }
    let start = random.below(donor.count)
    let piece = donor[start..<min(donor.count, start + 1 + random.below(512))]
    let end = min(bytes.count, position + random.below(512))
    bytes.replaceSubrange(position..<end, with: piece)
  }

  /// Replaces the number at or after `position` with an extreme or odd one.
  private func replaceNumber(_ bytes: inout [UInt8], near position: Int, using random: inout FuzzRandom) {
    let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
    guard let start = bytes[position...].firstIndex(where: isDigit) ?? bytes.firstIndex(where: isDigit) else { return }
    var end = start
    while end < bytes.count, isDigit(bytes[end]) || bytes[end] == 0x2E { end += 1 }
    let numbers = [
      "0", "-0", "1", "-1", "2", "0.5", "1.0000001", "-0.5", "1e309", "-1e309", "1e-400", "NaN", ".nan", ".inf",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551615", "4", "-4", "5",
      "1_0", "0x10", "1,5", "1e3", "99999999999999999999999999999", "",
    ]
    bytes.replaceSubrange(start..<end, with: Array(random.pick(numbers).utf8))
  }

  /// Deletes, duplicates, swaps or re-indents the line around `position`.
  private func editLine(_ bytes: inout [UInt8], near position: Int, using random: inout FuzzRandom) {
    let start = bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let end = bytes[position...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
    let line = Array(bytes[start..<end])
    switch random.below(4) {
    case 0: bytes.removeSubrange(start..<end)
    case 1: bytes.insert(contentsOf: line, at: start)
    case 2:
      bytes.removeSubrange(start..<end)
      let target = random.below(bytes.count + 1)
      let lineStart = bytes[..<target].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      bytes.insert(contentsOf: line, at: lineStart)
    default:
      if random.chance(1, in: 2) {
        bytes.insert(contentsOf: Array(repeating: 0x20, count: 1 + random.below(4)), at: start)
      } else if start < bytes.count, bytes[start] == 0x20 {
        bytes.remove(at: start)
      }
    }
  }
}
