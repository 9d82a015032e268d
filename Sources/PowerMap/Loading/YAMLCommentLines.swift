import Foundation

/// The lines of a YAML text that hold a `#`, for telling when a ` #` comment follows a plain
/// scalar on its line (and so silently cuts it).
struct YAMLCommentLines {
  /// The byte offset where each line (1-based) that holds a `#` starts.
  private let lineStarts: [Int: Int]

  /// Whether no line holds a `#` (then no check is needed).
  var isEmpty: Bool { lineStarts.isEmpty }

  init(_ input: UnsafeBufferPointer<UInt8>) {
    var starts: [Int: Int] = [:]
    // Most large files hold no `#` at all: memchr tells at memory speed.
    guard let base = input.baseAddress, memchr(base, Int32(UInt8(ascii: "#")), input.count) != nil else {
      lineStarts = starts
      return
    }
    var line = 1
    var start = 0
    var hasHash = false
    for index in input.indices {
      let byte = input[index]
      if byte == 0x0A {
        if hasHash { starts[line] = start }
        line += 1
        start = index + 1
        hasHash = false
      } else if byte == UInt8(ascii: "#") {
        hasHash = true
      }
    }
    if hasHash { starts[line] = start }
    lineStarts = starts
  }

  /// Whether, in `input`, the plain scalar `value` that starts at `line` and `column` (in Unicode
  /// scalars, as libyaml counts them) is followed on its line by blanks and a `#`.
  func isFollowedByComment(
    _ value: UnsafeBufferPointer<UInt8>, line: Int, column: Int, in input: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let lineStart = lineStarts[line], !value.isEmpty, column >= 1, !value.contains(0x0A) else { return false }
    var index = lineStart
    var remaining = column - 1
    while remaining > 0 {
      guard index < input.count, input[index] != 0x0A else { return false }
      index += 1
      while index < input.count, input[index] & 0xC0 == 0x80 { index += 1 }
      remaining -= 1
    }
    guard index + value.count <= input.count, value.elementsEqual(input[index..<index + value.count]) else {
      return false
    }
    index += value.count
    guard index < input.count, input[index] == 0x20 || input[index] == 0x09 else { return false }
    while index < input.count, input[index] == 0x20 || input[index] == 0x09 { index += 1 }
    return index < input.count && input[index] == UInt8(ascii: "#")
  }
}
