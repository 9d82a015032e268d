import Foundation

/// Joins PDFs as Graphviz's cairo writer makes them (one page each, a classic cross-reference
/// table, every page with its own `/MediaBox` and `/Resources`) into one PDF of all their pages, in
/// order: the objects of each file are renumbered and written after one another, under a new
/// catalog and page tree. Stream contents are copied byte for byte; only the dictionaries'
/// references (`n g R`) are renumbered.
///
/// Used for `--legend page`: Graphviz writes one page per rendering, so the map and its legend
/// are rendered apart and joined here (no other tool is needed on the machine).
enum PDFPageJoiner {
  /// A PDF this joiner cannot read (a cross-reference stream, or no catalog or page tree).
  struct Unsupported: Error, CustomStringConvertible {
    var description: String
  }

  /// One object of a file: its number, its bytes from `n g obj` to `endobj`.
  struct Object {
    var number: Int
    var bytes: [UInt8]
  }

  /// The PDF of every page of `documents`, in order.
  static func join(_ documents: [Data]) throws(Unsupported) -> Data {
    var files: [File] = []
    for document in documents { files.append(try File(Array(document))) }
    // Every object keeps its place, numbered from 1 across the files; the old catalogs and page
    // trees are left out, the new page tree and catalog come last.
    let kept = files.map { file in file.objects.filter { $0.number != file.catalog && $0.number != file.pageTree } }
    let pageTree = kept.map(\.count).reduce(0, +) + 1
    let catalog = pageTree + 1
    var output = Array("%PDF-1.5\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    var offsets: [Int] = []
    var pages: [Int] = []
    var info: Int?
    var next = 1
    for (file, objects) in zip(files, kept) {
      var numbers: [Int: Int] = [:]
      for object in objects {
        numbers[object.number] = next
        next += 1
      }
      for object in objects {
        offsets.append(output.count)
        output += renumbered(object, numbers: numbers, parent: file.pages.contains(object.number) ? pageTree : nil)
      }
      pages += file.pages.compactMap { numbers[$0] }
      if info == nil, let old = file.info { info = numbers[old] }
    }
    offsets.append(output.count)
    output += Array(
      ("\(pageTree) 0 obj\n<< /Type /Pages /Kids [ \(pages.map { "\($0) 0 R" }.joined(separator: " ")) ] "
        + "/Count \(pages.count) >>\nendobj\n").utf8)
    offsets.append(output.count)
    output += Array("\(catalog) 0 obj\n<< /Type /Catalog /Pages \(pageTree) 0 R >>\nendobj\n".utf8)
    let table = output.count
    var xref = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { xref += String(format: "%010d 00000 n \n", offset) }
    xref += "trailer\n<< /Size \(offsets.count + 1) /Root \(catalog) 0 R"
    if let info { xref += " /Info \(info) 0 R" }
    xref += " >>\nstartxref\n\(table)\n%%EOF\n"
    output += Array(xref.utf8)
    return Data(output)
  }

  /// `object` under its new number, its dictionary's references renumbered by `numbers`; a page's
  /// `/Parent` set to `parent`, the new page tree.
  private static func renumbered(_ object: Object, numbers: [Int: Int], parent: Int?) -> [UInt8] {
    let bytes = object.bytes
    // The dictionary ends where a stream begins; the stream is copied as it is.
    let streamStart = find(Array("stream".utf8), in: bytes, from: 0) ?? bytes.count
    // Latin-1 keeps every byte of the dictionary as it is.
    let head = String(bytes: bytes[..<streamStart], encoding: .isoLatin1) ?? ""
    var text = ""
    var scanner = head[...]
    // The header "n g obj".
    if let range = scanner.range(of: " obj") {
      text = "\(numbers[object.number] ?? 0) 0 obj"
      scanner = scanner[range.upperBound...]
    }
    text += renumberedReferences(String(scanner), numbers: numbers)
    if let parent, let range = text.range(of: "/Parent "), let end = text[range.upperBound...].range(of: " R") {
      text.replaceSubrange(range.upperBound..<end.upperBound, with: "\(parent) 0 R")
    }
    return Array(text.data(using: .isoLatin1) ?? Data(text.utf8)) + bytes[streamStart...]
  }

  /// `text` with every reference `n g R` to an object of `numbers` written as its new number.
  private static func renumberedReferences(_ text: String, numbers: [Int: Int]) -> String {
    var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index + 2 < tokens.count {
      let (first, second, third) = (tokens[index], tokens[index + 1], tokens[index + 2])
      if third.hasPrefix("R"), Int(second) != nil,
        let number = Int(first.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        let prefix = String(first.prefix { $0.isWhitespace })
        tokens[index] = prefix + String(numbers[number] ?? number)
        tokens[index + 1] = "0"
        index += 3
      } else {
        index += 1
      }
    }
    return tokens.joined(separator: " ")
  }

  /// The first position of `needle` in `bytes` at or after `start`.
  static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
    for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
      if Array(bytes[index..<(index + needle.count)]) == needle { return index }
    }
    return nil
  }

  /// The last position of `needle` in `bytes`.
  static func findLast(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    for index in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[index] == needle[0] {
      if Array(bytes[index..<(index + needle.count)]) == needle { return index }
    }
    return nil
  }
}
