import Foundation
import NetworkAnalysis
import TestSupport
import Testing

@testable import PowerMap

/// Rule 7 (Godet's MACTOR).
@Suite struct MactorTests {
  /// MID (A, B, C):      MIDIᵢⱼ = MIDᵢⱼ + Σₖ min(MIDᵢₖ, MIDₖⱼ):
  ///   A [0, 3, 1]        (A,A) = 0 + min(3, MID_BA=2) = 2      (A,B) = 3 + min(1, MID_CB=4) = 4
  ///   B [2, 0, 0]        (A,C) = 1 + 0 = 1                      (B,A) = 2 + 0 = 2
  ///   C [0, 4, 0]        (B,B) = 0 + min(2, MID_AB=3) = 2       (B,C) = 0 + min(2, MID_AC=1) = 1
  ///                      (C,A) = 0 + min(4, MID_BA=2) = 2       (C,B) = 4 + 0 = 4    (C,C) = 0
  /// MIDI = [[2,4,1], [2,2,1], [2,4,0]].
  /// I (rows without diagonal) = [5, 3, 6]; D (columns without diagonal) = [4, 8, 2]; ΣI = ΣD = 14.
  /// M (full rows) = [7, 5, 6], ΣM = 18; D full = [6, 10, 2].
  /// r_A = (5/18)(7/13) = 35/234, r_B = (3/18)(5/15) = 1/18, r_C = (6/18)(6/8) = 1/4;
  /// Σr = 213/468 ⇒ r* = 3·r/Σr = [70/71, 26/71, 117/71] (mean 1).
  /// MMIDI = [[2,2,1], [2,2,1], [1,1,0]]; NI_AB = 4 − 2 = 2, NI_AC = 1 − 2 = −1, NI_BC = 1 − 4 = −3.
  ///
  /// 2MAO (O1, O2): A [3, −2], B [1, 2], C [−4, 0]; 1MAO: A [1, −1], B [1, 1], C [−1, 0].
  /// 3MAO = 2MAO·r*: A [210, −140]/71, B [26, 52]/71, C [−468, 0]/71.
  /// Mobilisation O1: for (210 + 26)/71 = 236/71, against −468/71; O2: for 52/71, against −140/71.
  ///
  /// 1CAA/1DAA: (A,B): O1 same side → CAA 1, O2 opposite → DAA 1; (A,C): O1 opposite → DAA 1 (C neutral
  /// on O2); (B,C): DAA 1.
  /// 2CAA/2DAA: (A,B): CAA ½(3+1) = 2, DAA ½(2+2) = 2; (A,C): DAA ½(3+4) = 3.5; (B,C): DAA ½(1+4) = 2.5.
  /// 3CAA/3DAA: (A,B): CAA ½(210+26)/71 = 118/71, DAA ½(140+52)/71 = 96/71; (A,C): DAA 339/71;
  /// (B,C): DAA 247/71.
  /// Ambivalence EQᵢ = 1 − Σⱼ|CAA−DAA| / Σⱼ(CAA+DAA):
  ///   level 1: A 1 − (0 + 1)/(2 + 1) = 2/3; B 2/3; C 1 − 2/2 = 0.
  ///   level 2: A 1 − 3.5/7.5 = 8/15; B 1 − 2.5/6.5 = 8/13; C 0.
  ///   level 3: A 1 − (22 + 339)/(214 + 339) = 192/553; B 1 − (22 + 247)/(214 + 247) = 192/461; C 0.
  @Test func threeActorsByHand() throws {
    let mactor = try Mactor(
      actors: ["A", "B", "C"], mid: [[0, 3, 1], [2, 0, 0], [0, 4, 0]], objectives: ["O1", "O2"],
      mao: [[3, -2], [1, 2], [-4, 0]])
    #expect(mactor.midi == [[2, 4, 1], [2, 2, 1], [2, 4, 0]])
    #expect(mactor.actors.map(\.influence) == [5, 3, 6])
    #expect(mactor.actors.map(\.dependence) == [4, 8, 2])
    #expect(mactor.actors.map(\.fullInfluence) == [7, 5, 6])
    #expect(mactor.actors.map(\.fullDependence) == [6, 10, 2])
    #expect(mactor.actors.map(\.netInfluence) == [1, -5, 4])
    expectClose(mactor.actors.map(\.rawRi), [35.0 / 234, 1.0 / 18, 0.25])
    expectClose(mactor.actors.map(\.ri), [70.0 / 71, 26.0 / 71, 117.0 / 71])
    #expect(mactor.mmidi == [[2, 2, 1], [2, 2, 1], [1, 1, 0]])
    #expect(mactor.netInfluence == [[0, 2, -1], [-2, 0, -3], [1, 3, 0]])
    #expect(mactor.mao1 == [[1, -1], [1, 1], [-1, 0]])
    expectClose(mactor.mao3.flatMap { $0 }, [210, -140, 26, 52, -468, 0].map { $0 / 71.0 })
    expectClose(mactor.objectives.map(\.mobilisationFor), [236.0 / 71, 52.0 / 71])
    expectClose(mactor.objectives.map(\.mobilisationAgainst), [-468.0 / 71, -140.0 / 71])
    #expect(mactor.objectives.map(\.agreements) == [2, 1])
    #expect(mactor.objectives.map(\.disagreements) == [1, 1])
    #expect(mactor.objectives.map(\.directFor) == [4, 2])
    #expect(mactor.objectives.map(\.directAgainst) == [-4, -2])
    expectClose(mactor.actors.map(\.mobilisation), [350.0 / 71, 78.0 / 71, 468.0 / 71])

    #expect(mactor.caa1 == [[0, 1, 0], [1, 0, 0], [0, 0, 0]])
    #expect(mactor.daa1 == [[0, 1, 1], [1, 0, 1], [1, 1, 0]])
    #expect(mactor.caa2 == [[0, 2, 0], [2, 0, 0], [0, 0, 0]])
    #expect(mactor.daa2 == [[0, 2, 3.5], [2, 0, 2.5], [3.5, 2.5, 0]])
    expectClose(mactor.caa3.flatMap { $0 }, [0, 118, 0, 118, 0, 0, 0, 0, 0].map { $0 / 71.0 })
    expectClose(mactor.daa3.flatMap { $0 }, [0, 96, 339, 96, 0, 247, 339, 247, 0].map { $0 / 71.0 })
    expectClose(mactor.actors.map { $0.ambivalence[0] }, [2.0 / 3, 2.0 / 3, 0])
    expectClose(mactor.actors.map { $0.ambivalence[1] }, [8.0 / 15, 8.0 / 13, 0])
    expectClose(mactor.actors.map { $0.ambivalence[2] }, [192.0 / 553, 192.0 / 461, 0])
  }

  /// The `mactor --json` keys: actors [{id, influence, dependence, ri}], midi, objectives
  /// [{id, mobilisationFor, mobilisationAgainst}].
  @Test func jsonKeys() throws {
    let mactor = try Mactor(actors: ["A", "B"], mid: [[0, 2], [1, 0]], objectives: ["O"], mao: [[1], [-2]])
    let object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(mactor)) as? [String: Any])
    #expect(Set(["actors", "midi", "objectives"]).isSubset(of: object.keys))
    let actor = try #require((object["actors"] as? [[String: Any]])?.first)
    #expect(Set(["id", "influence", "dependence", "ri"]).isSubset(of: actor.keys))
    let objective = try #require((object["objectives"] as? [[String: Any]])?.first)
    #expect(Set(["id", "mobilisationFor", "mobilisationAgainst"]).isSubset(of: objective.keys))
    // MIDI_AA = min(2, 1) = 1, MIDI_BB = min(1, 2) = 1.
    #expect(object["midi"] as? [[Int]] == [[1, 2], [1, 1]])
  }

  /// ΣIᵢ = ΣDᵢ and mean r* = 1 on random MIDs; MMIDI symmetric, NI antisymmetric, CAA/DAA symmetric.
  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func invariantsOnRandomMatrices(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let n = 2 + generator.next(below: 30)
    let m = generator.next(below: 6)
    let density = generator.nextUniform()
    let mid = (0..<n).map { i in
      (0..<n).map { j in i != j && generator.nextUniform() < density ? 1 + generator.next(below: 4) : 0 }
    }
    let mao = (0..<n).map { _ in (0..<m).map { _ in generator.next(below: 9) - 4 } }
    let mactor = try Mactor(
      actors: (0..<n).map { "a\($0)" }, mid: mid, objectives: (0..<m).map { "o\($0)" }, mao: mao)
    #expect(mactor.actors.reduce(0) { $0 + $1.influence } == mactor.actors.reduce(0) { $0 + $1.dependence })
    let rawTotal = mactor.actors.reduce(0) { $0 + $1.rawRi }
    if rawTotal > 0 {
      expectClose(mactor.actors.reduce(0) { $0 + $1.ri } / Double(n), 1)
    }
    for i in 0..<n {
      for j in 0..<n {
        #expect(mactor.mmidi[i][j] == mactor.mmidi[j][i])
        #expect(mactor.netInfluence[i][j] == -mactor.netInfluence[j][i])
        #expect(mactor.caa3[i][j] == mactor.caa3[j][i] && mactor.daa2[i][j] == mactor.daa2[j][i])
        #expect(mactor.midi[i][j] >= mid[i][j])
      }
    }
    for actor in mactor.actors {
      for value in actor.ambivalence { #expect((0...1).contains(value)) }
    }
  }

  /// An empty MID gives zero influence everywhere and r* = 0 (no division by zero).
  @Test func emptyMID() throws {
    let mactor = try Mactor(actors: ["A", "B"], mid: [[0, 0], [0, 0]])
    #expect(mactor.actors.map(\.ri) == [0, 0])
    #expect(mactor.objectives.isEmpty)
  }

  @Test func errors() {
    #expect(throws: MactorError.midShape(row: nil, count: 1, expected: 2)) {
      try Mactor(actors: ["A", "B"], mid: [[0, 1]])
    }
    #expect(throws: MactorError.midShape(row: 1, count: 1, expected: 2)) {
      try Mactor(actors: ["A", "B"], mid: [[0, 1], [0]])
    }
    #expect(throws: MactorError.midValue(row: 0, column: 1, value: 5)) {
      try Mactor(actors: ["A", "B"], mid: [[0, 5], [0, 0]])
    }
    #expect(throws: MactorError.maoValue(row: 1, column: 0, value: -5)) {
      try Mactor(actors: ["A", "B"], mid: [[0, 1], [0, 0]], objectives: ["O"], mao: [[1], [-5]])
    }
    #expect(throws: MactorError.maoShape(row: 0, count: 2, expected: 1)) {
      try Mactor(actors: ["A", "B"], mid: [[0, 1], [0, 0]], objectives: ["O"], mao: [[1, 1], [1]])
    }
    #expect(throws: MactorError.duplicateActor("A")) {
      try Mactor(actors: ["A", "A"], mid: [[0, 1], [0, 0]])
    }
    let many = Mactor.maximumActors + 1
    #expect(throws: MactorError.tooManyActors(count: many, limit: 2_000)) {
      try Mactor(actors: (0..<many).map { "a\($0)" }, mid: [])
    }
    #expect(MactorError.tooManyActors(count: many, limit: 2_000).description.contains("2000"))
  }

  /// From a model: MID = round(4w) of the strongest positive influence relation.
  ///   a → b authority 0.6 (round 2.4 = 2) and influence 0.7 (round 2.8 = 3): MID_ab = 3.
  ///   b – c alliance 0.125: round(0.5) = 1 (half away from zero) both ways.
  ///   c → a conflict and depends-on: left out. d removed: not an actor of the matrix.
  /// 2MAO for commitment x (authority [a], acceptance [c], ability [d]) with s* = [0.5, −0.3, −0.625]
  /// and q = [0.9, 0.5, 1]: a round(4·0.5·0.9 = 1.8) = 2; c round(−2.5) = −3; b not listed: 0.
  @Test func derivedFromAModel() throws {
    let model = Model(
      name: "mactor",
      actors: [
        makeActor("a", interest: 0.9), makeActor("b", interest: 0.5), makeActor("c", interest: 1),
        makeActor("d"),
      ],
      relations: [
        Relation(from: "a", to: "b", kind: .authority, weight: 0.6),
        Relation(from: "a", to: "b", kind: .influence, weight: 0.7),
        Relation(from: "b", to: "c", kind: .alliance, weight: 0.125),
        Relation(from: "c", to: "a", kind: .conflict, weight: 1),
        Relation(from: "c", to: "a", kind: .dependsOn, weight: 1),
        Relation(from: "d", to: "a", kind: .funding, weight: 1),
      ],
      commitments: [
        Commitment(
          id: "x", title: "X", owner: "a",
          needs: CommitmentNeeds(authority: ["a"], acceptance: ["c"], ability: ["d"]))
      ])
    let state = model.state(applying: [Scenario(id: "s", steps: [ScenarioStep(.remove(actor: "d"))])])
    let stance = EffectiveStance(
      stance: [0.5, -0.3, -0.625, 1], positions: CommitmentPositions(commitmentCount: 1), influenced: [], rounds: 0,
      converged: true)
    let mactor = try Mactor(model: model, state: state, effectiveStance: stance)
    #expect(mactor.actors.map(\.id) == ["a", "b", "c"])
    #expect(mactor.mid == [[0, 3, 0], [0, 0, 1], [0, 1, 0]])
    #expect(mactor.mao2 == [[2], [0], [-3]])
    #expect(mactor.objectives.map(\.id) == ["x"])
  }
}
