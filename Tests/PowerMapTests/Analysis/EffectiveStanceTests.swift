import TestSupport
import Testing

@testable import PowerMap

/// Rule 2: aⱼᵢ = Σ σ·w·p̂ⱼ, Ŵᵢⱼ = aⱼᵢ/Σₖ|aₖᵢ|, s(t+1) = θ⊙s + (1−θ)⊙Ŵ s(t); no influencers → s*ᵢ = sᵢ.
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
    return EffectiveStance(state: state, effectivePower: DependencyCascade(state: state).effectivePower)
  }

  /// c hears a: a_ac = +0.5·0.8 = 0.4 and b: a_bc = −0.5·0.4 = −0.2; Σ|a| = 0.6, so
  /// Ŵ_ca = 2/3, Ŵ_cb = −1/3. b hears c through the conflict: a_cb = −0.5·0.5 = −0.25, Ŵ_bc = −1.
  /// a and d have no influencers and keep 0.6 and 0.9 (d would drift to 0.3·0.9 = 0.27 otherwise).
  ///   s_c = 0.8·0.2 + 0.2·(2/3·0.6 − 1/3·s_b) = 0.24 − s_b/15
  ///   s_b = 0.5·(−0.4) + 0.5·(−s_c)          = −0.2 − 0.5 s_c
  ///   ⇒ s_c (1 − 1/30) = 0.24 + 0.2/15 = 19/75 ⇒ s_c = 38/145 ≈ 0.262069, s_b = −48/145 ≈ −0.331034
  @Test func conflictAndInfluenceByHand() {
    let result = stance(model)
    expectClose(result.stance, [0.6, -48.0 / 145, 38.0 / 145, 0.9])
    #expect(result.influenced == [false, true, true, false])
    #expect(result.converged)
  }

  /// Parallel relations add up: a → c influence 0.3 plus authority 0.2 is a_ac = 0.5·0.8, as above.
  @Test func parallelRelationsAddUp() {
    var split = model
    split.relations[0] = Relation(from: "a", to: "c", kind: .influence, weight: 0.3)
    split.relations.append(Relation(from: "a", to: "c", kind: .authority, weight: 0.2))
    expectClose(stance(split).stance, [0.6, -48.0 / 145, 38.0 / 145, 0.9])
  }

  /// remove b: c hears only a, Ŵ_ca = 1: s_c = 0.8·0.2 + 0.2·0.6 = 0.28; b keeps its declared −0.4.
  @Test func removedActorsDropOut() {
    expectClose(stance(model, [.remove(actor: "b")]).stance, [0.6, -0.4, 0.28, 0.9])
  }

  /// remove b and set a's power to 0: c's only influencer has p̂ = 0, so c has no influencers and
  /// keeps 0.2 (not 0.8·0.2 = 0.16).
  @Test func influencersWithoutPowerLeaveTheStance() {
    let result = stance(model, [.remove(actor: "b"), .set(ActorUpdate(actor: "a", power: 0))])
    expectClose(result.stance, [0.6, -0.4, 0.2, 0.9])
    #expect(result.influenced == [false, false, false, false])
  }

  /// Alliance counts both ways: a (p 0.8, s 0.6, θ 0.5) – d (p 0.4, s −0.2, θ 0.5), w 1: Ŵ_ad = Ŵ_da = 1.
  ///   s_a = 0.3 + 0.5 s_d,  s_d = −0.1 + 0.5 s_a  ⇒  s_a = 0.25 + 0.25 s_a ⇒ s_a = 1/3, s_d = 1/15.
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
    expectClose(stance(model).stance, [1.0 / 3, 1.0 / 15])
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
    expectClose(result.stance, [0.6, -82.0 / 245, 66.0 / 245, 0.9, 0])
  }
}
