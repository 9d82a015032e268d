import FuzzSupport
import PowerMap

/// libFuzzer entry point: the input is a workshop spreadsheet, `actors.csv`, then optionally a line
/// `===` and `relations.csv`, imported as `powermap import` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  let (actors, relations) = ScratchFiles.split(input)
  let actorsFile = ScratchFiles.write(actors, to: "actors.csv")
  let relationsFile = relations.map { ScratchFiles.write($0, to: "relations.csv") }
  do {
    _ = try SpreadsheetImporter.importModel(actorsFile: actorsFile, relationsFile: relationsFile, name: "fuzz")
  } catch {
    FuzzInvariant.check(error, input: input, files: Set([actorsFile] + (relationsFile.map { [$0] } ?? [])))
  }
  return 0
}
