import Foundation

/// The checked text of an input file: read whole, refused when it is empty, binary, too large,
/// UTF-16 or not valid UTF-8 (each with its location), with a UTF-8 byte-order mark skipped.
struct SourceText {
  /// Larger inputs are refused rather than exhausting memory (a 100,000-actor model in YAML
  /// is about 40 MB).
  static let maximumByteCount = 512 * 1024 * 1024

  enum Format: Sendable {
    case yaml, json
  }

  let file: String
  let bytes: [UInt8]
  /// Where the document starts: 3 after a UTF-8 byte-order mark, else 0.
  let start: Int
  let format: Format

  /// Reads and checks `path`. `displayName` is how the file is named in messages.
  init(contentsOf path: String, displayName: String? = nil) throws(DiagnosticsError) {
    let name = displayName ?? path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Self.failure(name, "no such file", hint: "check the path")
    }
    guard !isDirectory.boolValue else { throw Self.failure(name, "is a directory, not a model file") }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? Int, size > Self.maximumByteCount
    {
      throw Self.failure(
        name, "the file is \(size / 1_048_576) MiB; the limit is \(Self.maximumByteCount / 1_048_576) MiB")
    }
    try self.init(bytes: Self.readAll(path, name: name), file: name)
  }

  /// Reads `path` to its end with read(2), so a FIFO or `<(…)` works as well as a file; a failure
  /// names its cause ("Permission denied" with a hint to check the permissions).
  static func readAll(_ path: String, name: String) throws(DiagnosticsError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw readFailure(name, code: errno) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw readFailure(name, code: errno)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumByteCount {
        throw failure(name, "the input is larger than \(maximumByteCount / 1_048_576) MiB")
      }
    }
  }

  static func readFailure(_ name: String, code: Int32) -> DiagnosticsError {
    let reason = String(cString: strerror(code))
    let permission = code == EACCES || code == EPERM
    return failure(name, "cannot read the file: \(reason)", hint: permission ? "check its permissions" : nil)
  }

  init(bytes: [UInt8], file: String) throws(DiagnosticsError) {
    self.file = file
    self.bytes = bytes
    guard bytes.count <= Self.maximumByteCount else {
      throw Self.failure(file, "the input is larger than \(Self.maximumByteCount / 1_048_576) MiB")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw Self.failure(file, "the file is UTF-16", hint: "save it as UTF-8")
    }
    start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = bytes[start...]
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw Self.failure(file, "the file is empty", hint: "a model needs at least 'name' and 'actors'")
    }
    if let nul = body.firstIndex(of: 0) {
      throw DiagnosticsError([
        Diagnostic(
          .error, file: file, location: Self.location(of: nul, in: bytes, from: start), path: "",
          message: "the file is binary (it contains a NUL byte), not YAML or JSON text")
      ])
    }
    if let bad = Self.firstInvalidUTF8(bytes, from: start) {
      throw DiagnosticsError([
        Diagnostic(
          .error, file: file, location: Self.location(of: bad, in: bytes, from: start), path: "",
          message: "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
          hint: "save the file as UTF-8; spreadsheets often export Latin-1")
      ])
    }
    let lowered = file.lowercased()
    if lowered.hasSuffix(".json") {
      format = .json
    } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
      format = .yaml
    } else {
      let first = body.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
      format = first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .yaml
    }
  }

  /// Parses the text into a located tree.
  func parse() throws(DiagnosticsError) -> DocumentNode {
    var notes = YAMLDocumentReader.Notes()
    return try parse(notes: &notes)
  }

  /// Parses the text into a located tree; a YAML reader's notes (tags it ignores, values a
  /// comment follows) go to `notes`.
  func parse(notes: inout YAMLDocumentReader.Notes) throws(DiagnosticsError) -> DocumentNode {
    switch format {
    case .json:
      do {
        return try JSONDocumentParser.parse(bytes, startingAt: start)
      } catch {
        throw DiagnosticsError([
          Diagnostic(.error, file: file, location: error.location, path: "", message: "invalid JSON: \(error.message)")
        ])
      }
    case .yaml:
      do {
        guard let root = try YAMLDocumentReader.read(bytes, startingAt: start, notes: &notes) else {
          throw DiagnosticsError([Self.emptyDocument(file)])
        }
        return root
      } catch let error as YAMLDocumentReader.ReadError {
        throw DiagnosticsError([
          Diagnostic(.error, file: file, location: error.location, path: "", message: error.message, hint: error.hint)
        ])
      } catch let error as DiagnosticsError {
        throw error
      } catch {
        throw DiagnosticsError([Diagnostic(.error, file: file, location: nil, path: "", message: "\(error)")])
      }
    }
  }

  private static func emptyDocument(_ file: String) -> Diagnostic {
    Diagnostic(.error, file: file, location: nil, path: "", message: "the file holds no document (only comments?)")
  }

  /// The one error of a file that cannot be read any further.
  static func failure(
    _ file: String, at location: SourcePosition? = nil, _ message: String, hint: String? = nil
  ) -> DiagnosticsError {
    DiagnosticsError([Diagnostic(.error, file: file, location: location, path: "", message: message, hint: hint)])
  }

  /// Line and column (in characters) of a byte offset.
  static func location(of offset: Int, in bytes: [UInt8], from start: Int) -> SourcePosition {
    var line = 1
    var column = 1
    var index = start
    while index < offset {
      if bytes[index] == 0x0A {
        line += 1
        column = 1
      } else if bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return SourcePosition(line: line, column: column)
  }

  /// The offset of the first byte that breaks UTF-8, or nil when the text is valid.
  static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch byte {
      case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(byte & 0x1F))
      case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(byte & 0x0F))
      case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(byte & 0x07))
      default: return index
      }
      guard index + length <= count else { return index }
      for offset in 1..<length {
        let next = bytes[index + offset]
        guard next & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(next & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
      minimum = 0
      index += length
    }
    return nil
  }
}
