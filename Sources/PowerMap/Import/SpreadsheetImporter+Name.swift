import Foundation

extension SpreadsheetImporter {
  /// The model's name when `import` is given no `--name`: the folder that holds the actors file
  /// (a workshop's sheets usually live in a folder named after it, `taller-xalapa/actors.csv`).
  /// nil when that folder's name says nothing about the workshop (`.`, `tmp`, `Downloads`,
  /// `examples`, a generated name): then the caller asks for `--name`.
  package static func defaultName(forActorsFile path: String) -> String? {
    let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().lastPathComponent
    let lowered = folder.lowercased()
    let generic: Set = [
      "", "/", ".", "..", "tmp", "temp", "var", "home", "root", "users", "downloads", "descargas", "desktop",
      "escritorio", "documents", "documentos", "data", "datos", "csv", "sheets", "hojas", "import", "input",
      "inputs", "examples", "ejemplos", "models", "modelos", "files", "archivos",
    ]
    guard folder.count >= 2, !folder.hasPrefix("."), !generic.contains(lowered), !looksGenerated(lowered) else {
      return nil
    }
    return folder
  }

  /// A name with a long run of hexadecimal digits (a UUID, a hash) was made by a program.
  private static func looksGenerated(_ name: String) -> Bool {
    var run = 0
    for character in name where character != "-" {
      run = character.isHexDigit ? run + 1 : 0
      if run >= 12 { return true }
    }
    return false
  }
}
