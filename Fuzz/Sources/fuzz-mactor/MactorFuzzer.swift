import FuzzSupport
import PowerMap

/// libFuzzer entry point: the input is a MACTOR MID table, then optionally a line `===` and a MAO
/// table, read and analysed as `powermap mactor --mid --mao` does (a ``MactorError`` is a refusal
/// the command reports; anything else is a crash).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMactor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  let (mid, mao) = ScratchFiles.split(input)
  let midFile = ScratchFiles.write(mid, to: "mid.csv")
  let maoFile = mao.map { ScratchFiles.write($0, to: "mao.csv") }
  do {
    let tables = try MactorTables.read(midFile: midFile, maoFile: maoFile)
    // The analysis is O(n³); the readers are what this target explores.
    if tables.actors.count <= 64 {
      _ = try? Mactor(actors: tables.actors, mid: tables.mid, objectives: tables.objectives, mao: tables.mao)
    }
  } catch {
    FuzzInvariant.check(error, input: input, files: Set([midFile] + (maoFile.map { [$0] } ?? [])))
  }
  return 0
}
