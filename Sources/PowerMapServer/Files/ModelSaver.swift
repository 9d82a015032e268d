import Foundation
import PowerMap

/// Saves a workshop's model: validated, written atomically (a temporary file in the same folder,
/// then a rename), the previous content kept as `FILE.bak`. A save as writes only a plain file
/// name in the model's folder.
enum ModelSaver {
  /// What a save wrote: the file's path and the backup's, when there was a previous file.
  struct Saved: Sendable {
    var path: String
    var backup: String?
  }

  /// The path a save writes: the model's file, or `name` in its folder. 400 for a name that is
  /// not a plain `.yaml`, `.yml` or `.json` file name.
  static func target(_ name: String?, file: ModelFile) throws -> String {
    guard let name else { return file.path }
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_. "))
    let lower = name.lowercased()
    guard !name.isEmpty, name.count <= 200, !name.hasPrefix("."), !name.contains(".."),
      name.unicodeScalars.allSatisfy(allowed.contains),
      lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    else {
      throw APIError.badRequest(
        "\"as\" must be a plain file name ending in .yaml, .yml or .json (letters, digits, - _ . and spaces), "
          + "saved in the model's folder")
    }
    return URL(fileURLWithPath: file.folder).appendingPathComponent(name).path
  }

  /// Writes `model` to `path` (JSON for a .json name, else YAML), first checking that the text
  /// reads back as a valid model.
  static func save(_ model: Model, to path: String) throws -> Saved {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let text = name.lowercased().hasSuffix(".json") ? try ModelWriter.json(model) : ModelWriter.yaml(model)
    do {
      _ = try ModelLoader.load(bytes: Array(text.utf8), file: name)
    } catch {
      throw APIError.invalid(error, what: "model to save")
    }
    var backup: String?
    let manager = FileManager.default
    if manager.fileExists(atPath: path) {
      let previous = try Data(contentsOf: URL(fileURLWithPath: path))
      try write(previous, to: path + ".bak")
      backup = path + ".bak"
    }
    try write(Data(text.utf8), to: path)
    return Saved(path: path, backup: backup)
  }

  /// Writes `data` to `path` atomically: a hidden temporary file beside it, then a rename.
  static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).tmp")
    try data.write(to: temporary)
    guard rename(temporary.path, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw APIError(status: .internalServerError, message: "could not write \(url.lastPathComponent): \(reason)")
    }
  }
}
