import Foundation
import TestSupport
import Testing

struct MactorCommandTests {
  static let mid = "Tests/EndToEndTests/Fixtures/mactor/mid.csv"
  static let mao = "Tests/EndToEndTests/Fixtures/mactor/mao.csv"

  /// MID (rows influence columns)   2MAO (pwd, portal)
  ///   ivai  0 2 1                  ivai   3  4
  ///   orfis 1 0 0                  orfis  4  1
  ///   exec  3 3 0                  exec  -2  1
  ///
  /// By hand: MIDIᵢⱼ = MIDᵢⱼ + Σₖ min(MIDᵢₖ, MIDₖⱼ) gives rows [2 3 1], [1 1 1], [4 5 1].
  /// M = (6, 3, 10), full D = (7, 9, 3), I = M − diag = (4, 2, 9), D = (5, 8, 2), ΣM = 19.
  /// r = (4/19·6/13, 2/19·3/12, 9/19·10/13) = (0.097166, 0.026316, 0.364372), Σr = 0.487854,
  /// r* = 3r/Σr = (0.597510, 0.161826, 2.240664).
  /// pwd: Σ⁺ = 3·0.597510 + 4·0.161826 = 2.439834, Σ⁻ = −2·2.240664 = −4.481328.
  /// portal: Σ⁺ = 4·0.597510 + 0.161826 + 2.240664 = 4.792531, Σ⁻ = 0.
  @Test func tablesGiveTheHandComputedBalanceOfPower() throws {
    let result = try PowerMapBinary.run(["mactor", "--mid", Self.mid, "--mao", Self.mao, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(root["midi"] as? [[Int]] == [[2, 3, 1], [1, 1, 1], [4, 5, 1]])
    let actors = try #require(root["actors"] as? [[String: Any]])
    #expect(actors.map { $0["id"] as? String } == ["ivai", "orfis", "exec"])
    #expect(actors.map { $0["influence"] as? Int } == [4, 2, 9])
    #expect(actors.map { $0["dependence"] as? Int } == [5, 8, 2])
    let ri = actors.compactMap { $0["ri"] as? Double }
    for (value, expected) in zip(ri, [0.597510, 0.161826, 2.240664]) { #expect(abs(value - expected) < 1e-6) }
    let objectives = try #require(root["objectives"] as? [[String: Any]])
    let mobilisation = objectives.map {
      ($0["mobilisationFor"] as? Double ?? .nan, $0["mobilisationAgainst"] as? Double ?? .nan)
    }
    #expect(abs(mobilisation[0].0 - 2.439834) < 1e-6 && abs(mobilisation[0].1 + 4.481328) < 1e-6)
    #expect(abs(mobilisation[1].0 - 4.792531) < 1e-6 && mobilisation[1].1 == 0)
  }

  @Test func modelDerivedMactorCoversEveryActorAndCommitment() throws {
    let result = try PowerMapBinary.run(["mactor", "models/veracruz-2016-2017.yaml", "--json"])
    #expect(result.status == 0)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let actors = try #require(root["actors"] as? [[String: Any]])
    #expect(actors.count == 17)
    let meanRi = actors.compactMap { $0["ri"] as? Double }.reduce(0, +) / Double(actors.count)
    #expect(abs(meanRi - 1) < 1e-12)
    #expect((root["objectives"] as? [[String: Any]])?.count == 5)
  }

  @Test func badTableIsLocatedAndExitsTwo() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let mid = folder.appendingPathComponent("mid.csv")
    try Data(",a,b\na,0,5\nb,1,0\n".utf8).write(to: mid)
    let result = try PowerMapBinary.run(["mactor", "--mid", mid.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("mid.csv:2:5: error: column 'b': '5' is not an integer in 0…4"))
  }

  @Test func needsAModelOrATable() throws {
    let result = try PowerMapBinary.run(["mactor"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("give a model file or --mid FILE"))
  }
}
