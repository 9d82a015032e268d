import Foundation
import PowerMap
import PowerMapGraphviz
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Shared helpers of the map tests: the shipped models, and checks of SVG, PNG and PDF bytes.
enum MapTestSupport {
  /// The shipped models, by file name.
  static let shippedModels = ShippedModels.files

  /// A shipped model, loaded and validated.
  static func model(_ file: String) throws -> Model {
    try ShippedModels.model(file)
  }

  /// The pan-to-morena scenario, valid for both shipped models.
  static func panToMorena(for model: Model) throws -> Scenario {
    try ShippedModels.scenario("pan-to-morena", for: model)
  }

  /// Every text node and every tooltip of an SVG, after XML parsing (so entities are decoded).
  static func svgTexts(_ data: Data) throws -> (texts: [String], titles: [String]) {
    let document = try XMLDocument(data: data, options: [])
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    let titles = try document.nodes(forXPath: "//*[local-name()='a']/@*[local-name()='title']").compactMap(
      \.stringValue)
    return (texts, titles)
  }

  /// Whether `data` starts with the PNG signature, and its width and height in pixels.
  static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
    func number(_ offset: Int) -> Int {
      bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }
    return (number(16), number(20))
  }

  /// The first MediaBox of a PDF, in points, when `data` is a PDF.
  static func pdfMediaBox(_ data: Data) -> (width: Double, height: Double)? {
    guard data.starts(with: Array("%PDF-".utf8)) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let range = text.range(of: "/MediaBox [") else { return nil }
    let numbers = text[range.upperBound...].prefix(80).split(separator: "]")[0].split(separator: " ").compactMap {
      Double($0)
    }
    guard numbers.count == 4 else { return nil }
    return (numbers[2] - numbers[0], numbers[3] - numbers[1])
  }

  /// Runs `body` with the process's stderr sent to a temporary file; returns what was written.
  ///
  /// Other tests running at the same time could write to stderr too, so callers should look for
  /// their own text in the result rather than expect it to be empty.
  static func capturingStandardError(_ body: () throws -> Void) rethrows -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    guard let handle = try? FileHandle(forWritingTo: url) else { return "" }
    fflush(nil)
    let saved = dup(2)
    dup2(handle.fileDescriptor, 2)
    defer {
      fflush(nil)
      dup2(saved, 2)
      close(saved)
      try? handle.close()
    }
    try body()
    fflush(nil)
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }
}
