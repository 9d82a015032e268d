import Foundation

extension PDFPageJoiner {
  /// A PDF read through its cross-reference table: its objects, its catalog, page tree and pages.
  struct File {
    var objects: [Object] = []
    var catalog = 0
    var pageTree = 0
    var pages: [Int] = []
    var info: Int?

    /// Reads `bytes`.
    ///
    /// - Throws: ``Unsupported`` for a file without a classic cross-reference table (a
    ///   cross-reference stream), or whose catalog, page tree or pages are not found.
    init(_ bytes: [UInt8]) throws(Unsupported) {
      guard let start = PDFPageJoiner.findLast(Array("startxref".utf8), in: bytes),
        let table = Int(
          Self.text(bytes, from: start + 9, to: bytes.count).split(whereSeparator: \.isNewline).first?
            .trimmingCharacters(in: .whitespaces) ?? ""),
        table < bytes.count, Self.text(bytes, from: table, to: min(table + 4, bytes.count)) == "xref",
        let trailer = PDFPageJoiner.find(Array("trailer".utf8), in: bytes, from: table)
      else { throw Unsupported(description: "a PDF without a classic cross-reference table") }
      var offsets: [(number: Int, offset: Int)] = []
      var number = 0
      for line in Self.text(bytes, from: table + 4, to: trailer).split(whereSeparator: \.isNewline) {
        let fields = line.split(separator: " ")
        if fields.count == 2, let first = Int(fields[0]) {
          number = first
        } else if fields.count == 3, let offset = Int(fields[0]) {
          if fields[2] == "n" { offsets.append((number, offset)) }
          number += 1
        }
      }
      offsets.sort { $0.offset < $1.offset }
      for (index, entry) in offsets.enumerated() {
        let end = index + 1 < offsets.count ? offsets[index + 1].offset : table
        guard entry.offset < end, end <= bytes.count else { continue }
        var body = Array(bytes[entry.offset..<end])
        if let close = PDFPageJoiner.findLast(Array("endobj".utf8), in: body) { body = Array(body[..<(close + 6)]) }
        objects.append(Object(number: entry.number, bytes: body + Array("\n".utf8)))
      }
      let trailerText = Self.text(bytes, from: trailer, to: start)
      guard let root = Self.reference(after: "/Root", in: trailerText),
        let tree = objects.first(where: { $0.number == root }).flatMap({ Self.reference(after: "/Pages", in: $0.head) }
        ),
        let kids = objects.first(where: { $0.number == tree })?.head.components(separatedBy: "/Kids").dropFirst().first
      else { throw Unsupported(description: "a PDF whose catalog or page tree was not found") }
      catalog = root
      pageTree = tree
      info = Self.reference(after: "/Info", in: trailerText)
      let list = kids.prefix { $0 != "]" }.split(separator: " ").compactMap {
        Int($0.trimmingCharacters(in: .whitespaces))
      }
      pages = stride(from: 0, to: list.count - 1, by: 2).map { list[$0] }
      for page in pages where objects.first(where: { $0.number == page })?.head.contains("/Type /Pages") ?? true {
        throw Unsupported(description: "a PDF with nested page trees")
      }
    }

    /// The bytes from `start` to `end` as ASCII text.
    static func text(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
      guard start < end else { return "" }
      return String(decoding: bytes[start..<end], as: Unicode.ASCII.self)
    }

    /// The object number of the reference `n g R` after `key` in `text`.
    static func reference(after key: String, in text: String) -> Int? {
      guard let range = text.range(of: key + " ") else { return nil }
      return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
  }
}

extension PDFPageJoiner.Object {
  /// The object's text before its stream (its header and dictionary).
  var head: String {
    let end = PDFPageJoiner.find(Array("stream".utf8), in: bytes, from: 0) ?? bytes.count
    return String(decoding: bytes[..<end], as: Unicode.ASCII.self)
  }
}
