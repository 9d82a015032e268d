import TestSupport
import Testing

@testable import PowerMap

/// Rule 2: aⱼᵢ = Σ σ·w·p̂ⱼ, dᵢ = p̂ᵢ + Σₖ|aₖᵢ|, Ŵᵢⱼ = aⱼᵢ/dᵢ, rᵢ = p̂ᵢ/dᵢ,
/// s(t+1) = θ⊙s⁰ + (1−θ)⊙(r⊙s(t) + Ŵ s(t)); no influencers → s*ᵢ = s⁰ᵢ. Fixed points solved with
/// exact fractions (scripts: the 2×2 linear systems below, worked by hand).
@Suite struct EffectiveStanceTests {
  /// a (p 0.8, s 0.6, θ 0.5) → c influence w 0.5; b (p 0.4, s −0.4, θ 0.5) – c (p 0.5, s 0.2, θ 0.8)
  /// conflict w 0.5; d (p 0.6, s 0.9, θ 0.3) has no relation. No depends-on, so p̂ = p.
  static let actors = [
    makeActor("a", power: 0.8, stance: 0.6, stubbornness: 0.5),
    makeActor("b", power: 0.4, stance: -0.4, stubbornness: 0.5),
    makeActor("c", power: 0.5, stance: 0.2, stubbornness: 0.8),
    makeActor("d", power: 0.6, stance: 0.9, stubbornness: 0.3),
  ]
  let model = Model(
    name: "stance", actors: actors,
    relations: [
      Relation(from: "a", to: "c", kind: .influence, weight: 0.5),
      Relation(from: "b", to: "c", kind: .conflict, weight: 0.5),
    ])

  func stance(_ model: Model, _ steps: [ScenarioAction] = []) -> EffectiveStance {
    let state = model.state(applying: [Scenario(id: "s", steps: steps.map { ScenarioStep($0) })])
    return EffectiveStance(
      state: state, effectivePower: DependencyCascade(state: state).effectivePower,
      commitmentIDs: model.commitments.map(\.id))
  }

  /// c hears a: a_ac = +0.5·0.8 = 0.4 and b: a_bc = −0.5·0.4 = −0.2; d_c = 0.5 + 0.6 = 1.1, so
  /// Ŵ_ca = 4/11, Ŵ_cb = −2/11, r_c = 5/11. b hears c through the conflict: a_cb = −0.5·0.5 = −0.25,
  /// d_b = 0.4 + 0.25 = 0.65, Ŵ_bc = −5/13, r_b = 8/13. a and d have no influencers and keep 0.6
  /// and 0.9 (d would drift to 0.3·0.9 = 0.27 otherwise).
  ///   s_c = 0.8·0.2 + 0.2·(5/11 s_c + 4/11·0.6 − 2/11 s_b)
  ///   s_b = 0.5·(−0.4) + 0.5·(8/13 s_b − 5/13 s_c)
  ///   ⇒ s_c = 106/445 ≈ 0.238202, s_b = −158/445 ≈ −0.355056
  @Test func conflictAndInfluenceByHand() {
    let result = stance(model)
    expectClose(result.stance, [0.6, -158.0 / 445, 106.0 / 445, 0.9])
    #expect(result.influenced == [false, true, true, false])
    #expect(result.converged)
    #expect(result.positions.stances.isEmpty)
  }

  /// A tie's weight matters even when it is an actor's only tie. A (p 0.8, s 0.8, θ 0.5) hears only
  /// B (p 1, s −1). With w = 0.05: a = 0.05, d = 0.85, r = 16/17, Ŵ = 1/17:
  ///   s_A = 0.4 + 0.5·(16/17 s_A − 1/17) ⇒ s_A = 0.7.
  /// With w = 1: a = 1, d = 1.8, r = 4/9, Ŵ = 5/9: s_A = 0.4 + 0.5·(4/9 s_A − 5/9) ⇒ s_A = 11/70.
  /// (Without the self-weight both ties gave Ŵ = 1 and the same s_A = 0.4 − 0.5 = −0.1.)
  @Test func weakTieBarelyMovesAStrongActor() {
    func single(_ weight: Double) -> Double {
      let model = Model(
        name: "tie",
        actors: [
          makeActor("a", power: 0.8, stance: 0.8, stubbornness: 0.5),
          makeActor("b", power: 1, stance: -1, stubbornness: 0.5),
        ],
        relations: [Relation(from: "b", to: "a", kind: .funding, weight: weight)])
      return stance(model).stance[0]
    }
    expectClose(single(0.05), 0.7)
    expectClose(single(1), 11.0 / 70)
    #expect(single(0.05) - single(1) > 0.5)
  }

  /// Parallel relations add up: a → c influence 0.3 plus authority 0.2 is a_ac = 0.5·0.8, as above.
  @Test func parallelRelationsAddUp() {
    var split = model
    split.relations[0] = Relation(from: "a", to: "c", kind: .influence, weight: 0.3)
    split.relations.append(Relation(from: "a", to: "c", kind: .authority, weight: 0.2))
    expectClose(stance(split).stance, [0.6, -158.0 / 445, 106.0 / 445, 0.9])
  }

  /// remove b: c hears only a: d_c = 0.9, Ŵ_ca = 4/9, r_c = 5/9:
  /// s_c = 0.16 + 0.2·(5/9 s_c + 4/9·0.6) ⇒ s_c = 0.24; b keeps its declared −0.4.
  @Test func removedActorsDropOut() {
    expectClose(stance(model, [.remove(actor: "b")]).stance, [0.6, -0.4, 0.24, 0.9])
  }

  /// remove b and set a's power to 0: c's only influencer has p̂ = 0, so c has no influencers and
  /// keeps 0.2 (not 0.8·0.2 = 0.16).
  @Test func influencersWithoutPowerLeaveTheStance() {
    let result = stance(model, [.remove(actor: "b"), .set(ActorUpdate(actor: "a", power: 0))])
    expectClose(result.stance, [0.6, -0.4, 0.2, 0.9])
    #expect(result.influenced == [false, false, false, false])
  }

  /// Alliance counts both ways: a (p 0.8, s 0.6, θ 0.5) – d (p 0.4, s −0.2, θ 0.5), w 1:
  /// a hears 0.4 (d = 1.2: Ŵ_ad = 1/3, r_a = 2/3), d hears 0.8 (d = 1.2: Ŵ_da = 2/3, r_d = 1/3).
  ///   s_a = 0.3 + 0.5·(2/3 s_a + 1/3 s_d),  s_d = −0.1 + 0.5·(1/3 s_d + 2/3 s_a)
  ///   ⇒ s_a = 7/15, s_d = 1/15.
  /// Depends-on relations do not influence stance: d depends on a changes nothing here.
  @Test func allianceBothWays() {
    let model = Model(
      name: "alliance",
      actors: [
        makeActor("a", power: 0.8, stance: 0.6, stubbornness: 0.5),
        makeActor("d", power: 0.4, stance: -0.2, stubbornness: 0.5),
      ],
      relations: [
        Relation(from: "a", to: "d", kind: .alliance, weight: 1),
        Relation(from: "d", to: "a", kind: .dependsOn, weight: 0.2),
      ])
    expectClose(stance(model).stance, [7.0 / 15, 1.0 / 15])
  }

  /// Effective power enters the weights: with b at p̂ = 0.2 (it depends on removed e, w 0.5) c hears
  /// a_ac = 0.4 and a_bc = −0.5·0.2 = −0.1: Ŵ_ca = 0.8, Ŵ_cb = −0.2; b hears c, Ŵ_bc = −1.
  ///   s_c = 0.16 + 0.2·(0.8·0.6 − 0.2 s_b) = 0.256 − 0.04 s_b,  s_b = −0.2 − 0.5 s_c
  ///   ⇒ s_c = 0.256 + 0.008 + 0.02 s_c ⇒ s_c = 0.264/0.98 = 66/245, s_b = −0.2 − 33/245 = −82/245.
  @Test func effectivePowerWeighsInfluence() {
    var model = self.model
    model.actors.append(makeActor("e", power: 0.5, stance: 0))
    model.relations.append(Relation(from: "b", to: "e", kind: .dependsOn, weight: 0.5))
    let result = stance(model, [.remove(actor: "e")])
    expectClose(result.stance, [0.6, -214.0 / 625, 746.0 / 3125, 0.9, 0])
  }
}
