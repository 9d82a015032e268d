import TestSupport
import Testing

@testable import PowerMap

/// Rule 1: p̂ₐ = pₐ · Π_b (1 − w_ab · loss_b), loss_b = clamp(1 − p̂_b/p⁰_b, 0, 1), 1 when removed,
/// 0 when p⁰_b = 0.
@Suite struct DependencyCascadeTests {
  /// a (0.8) → b (0.5) → c (0.4) depends-on chain, weights 0.5 and 0.4; d (0.6) depends on a, w 1.
  let chain = Model(
    name: "chain",
    actors: [
      makeActor("a", power: 0.8), makeActor("b", power: 0.5), makeActor("c", power: 0.4),
      makeActor("d", power: 0.6),
    ],
    relations: [
      Relation(from: "a", to: "b", kind: .dependsOn, weight: 0.5),
      Relation(from: "b", to: "c", kind: .dependsOn, weight: 0.4),
      Relation(from: "d", to: "a", kind: .dependsOn, weight: 1),
    ])

  /// Without scenario nobody loses: p̂ = p, every loss 0, one round that changes nothing.
  @Test func noLossWithoutScenario() {
    let cascade = DependencyCascade(state: ModelState(model: chain))
    #expect(cascade.effectivePower == [0.8, 0.5, 0.4, 0.6])
    #expect(cascade.loss == [0, 0, 0, 0])
    #expect(cascade.rounds == 1)
    #expect(cascade.converged)
  }

  /// remove c: loss_c = 1, p̂_c = 0.
  ///   p̂_b = 0.5 · (1 − 0.4 · 1)   = 0.3,  loss_b = 1 − 0.3/0.5  = 0.4
  ///   p̂_a = 0.8 · (1 − 0.5 · 0.4) = 0.64, loss_a = 1 − 0.64/0.8 = 0.2
  ///   p̂_d = 0.6 · (1 − 1 · 0.2)   = 0.48, loss_d = 1 − 0.48/0.6 = 0.2
  /// Jacobi rounds: 1 changes b, 2 changes a, 3 changes d; nobody depends on d, so it stops at 3.
  @Test func removedActorCascadesDownTheChain() {
    let state = chain.state(applying: [Scenario(id: "c-out", steps: [ScenarioStep(.remove(actor: "c"))])])
    let cascade = DependencyCascade(state: state)
    expectClose(cascade.effectivePower, [0.64, 0.3, 0, 0.48])
    expectClose(cascade.loss, [0.2, 0.4, 1, 0.2])
    #expect(cascade.rounds == 3)
    #expect(cascade.converged)
  }

  /// A dependency cycle: a (0.8) depends on b (w 1) and on c (w 0.5); b (0.5) depends on a (w 0.5).
  /// A scenario halves c's power (0.4 → 0.2): loss_c = 1 − 0.2/0.4 = 0.5.
  /// With x = p̂_a/0.8 and y = p̂_b/0.5 (loss_a = 1 − x, loss_b = 1 − y):
  ///   x = (1 − 1·(1 − y)) · (1 − 0.5·0.5) = 0.75 y
  ///   y = 1 − 0.5·(1 − x)               = 0.5 + 0.5 x
  ///   ⇒ x = 0.375 + 0.375 x ⇒ x = 0.6, y = 0.8 ⇒ p̂_a = 0.48, p̂_b = 0.4.
  /// The Jacobi map contracts by √0.375 ≈ 0.61 a round, so stopping at max|Δ| < 1e-12 (rule 1)
  /// leaves an error of up to Δ·ρ/(1 − ρ) ≈ 1.6e-12: the default run is checked to 1e-11, a run with
  /// tolerance 1e-15 to 1e-12.
  @Test func dependencyCycleSettlesOnTheFixpoint() {
    let model = Model(
      name: "cycle",
      actors: [makeActor("a", power: 0.8), makeActor("b", power: 0.5), makeActor("c", power: 0.4)],
      relations: [
        Relation(from: "a", to: "b", kind: .dependsOn, weight: 1),
        Relation(from: "b", to: "a", kind: .dependsOn, weight: 0.5),
        Relation(from: "a", to: "c", kind: .dependsOn, weight: 0.5),
      ])
    let state = model.state(
      applying: [Scenario(id: "c-weak", steps: [ScenarioStep(.set(ActorUpdate(actor: "c", power: 0.2)))])])
    let cascade = DependencyCascade(state: state)
    expectClose(cascade.effectivePower, [0.48, 0.4, 0.2], tolerance: 1e-11)
    #expect(cascade.converged)
    #expect(cascade.rounds > 10)
    let tight = DependencyCascade(state: state, tolerance: 1e-15)
    expectClose(tight.effectivePower, [0.48, 0.4, 0.2])
    expectClose(tight.loss, [0.4, 0.2, 0.5])
  }

  /// loss is 0 for a dependency with p⁰ = 0 and for one whose power a scenario raised
  /// (clamp(1 − 0.7/0.3, 0, 1) = 0); parallel depends-on relations multiply:
  /// i (0.5) depends twice on removed j (w 0.5 and 0.2): p̂_i = 0.5 · 0.5 · 0.8 = 0.2.
  @Test func zeroBaselineRaisedPowerAndParallelRelations() {
    let model = Model(
      name: "edges",
      actors: [
        makeActor("e", power: 0), makeActor("f", power: 0.7), makeActor("g", power: 0.3),
        makeActor("h", power: 0.9), makeActor("i", power: 0.5), makeActor("j", power: 0.6),
      ],
      relations: [
        Relation(from: "f", to: "e", kind: .dependsOn, weight: 0.9),
        Relation(from: "h", to: "g", kind: .dependsOn, weight: 0.8),
        Relation(from: "i", to: "j", kind: .dependsOn, weight: 0.5),
        Relation(from: "i", to: "j", kind: .dependsOn, weight: 0.2),
      ])
    let state = model.state(
      applying: [
        Scenario(
          id: "s",
          steps: [ScenarioStep(.shift(ActorShift(actor: "g", power: 0.4))), ScenarioStep(.remove(actor: "j"))])
      ])
    let cascade = DependencyCascade(state: state)
    expectClose(cascade.effectivePower, [0, 0.7, 0.7, 0.9, 0.2, 0])
    expectClose(cascade.loss, [0, 0, 0, 0, 0.6, 1])
  }

  /// Only depends-on relations carry losses: an authority relation on a removed actor does not.
  @Test func otherKindsCarryNoLoss() {
    let model = Model(
      name: "kinds", actors: [makeActor("a", power: 0.8), makeActor("b", power: 0.5)],
      relations: [Relation(from: "a", to: "b", kind: .authority, weight: 1)])
    let state = model.state(applying: [Scenario(id: "s", steps: [ScenarioStep(.remove(actor: "b"))])])
    #expect(DependencyCascade(state: state).effectivePower == [0.8, 0])
  }
}
