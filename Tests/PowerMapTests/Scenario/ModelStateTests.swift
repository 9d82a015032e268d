import Foundation
import TestSupport
import Testing

@testable import PowerMap

/// Scenario steps (the Model Format article of the PowerMap documentation), one test per step
/// kind plus composition order.
@Suite struct ModelStateTests {
  /// a → b (depends-on), c → b (depends-on), b → c (influence), b → d (depends-on),
  /// d – b (alliance), a → c (authority), c – d (conflict).
  let model = Model(
    name: "steps",
    actors: [
      makeActor("a", power: 0.8, interest: 0.6, stance: 0.4, kind: .executive, affiliation: "PAN"),
      makeActor("b", power: 0.5, interest: 0.9, stance: -0.2, kind: .agency, affiliation: "PAN"),
      makeActor("c", power: 0.3, interest: 0.2, stance: 0.7, kind: .agency, affiliation: "PRI"),
      makeActor("d", power: 0.6, interest: 0.4, stance: 0.1, kind: .municipal, affiliation: "PAN"),
    ],
    relations: [
      Relation(from: "a", to: "b", kind: .dependsOn, weight: 0.5),
      Relation(from: "c", to: "b", kind: .dependsOn, weight: 0.4),
      Relation(from: "b", to: "c", kind: .influence, weight: 0.3),
      Relation(from: "b", to: "d", kind: .dependsOn, weight: 0.2),
      Relation(from: "d", to: "b", kind: .alliance, weight: 0.7),
      Relation(from: "a", to: "c", kind: .authority, weight: 0.9),
      Relation(from: "c", to: "d", kind: .conflict, weight: 0.6),
    ])

  func state(_ actions: ScenarioAction...) -> ModelState {
    actions.reduce(ModelState(model: model)) { $0.applying(ScenarioStep($1)) }
  }

  @Test func initialStateMirrorsTheModel() {
    let initial = ModelState(model: model)
    #expect(initial.actorIDs == ["a", "b", "c", "d"])
    #expect(initial.modelActorCount == 4)
    #expect(initial.presence == [true, true, true, true])
    #expect(initial.relationList == model.relations)
    #expect(initial.actors.map(\.baselinePower) == [0.8, 0.5, 0.3, 0.6])
    #expect(initial.actors.map(\.baselineInterest) == [0.6, 0.9, 0.2, 0.4])
    #expect(model.state(applying: []) == initial)
  }

  /// remove b: b absent with power 0; a → b and c → b (others' depends-on on b) stay; b → c,
  /// b → d (b's own depends-on) and the alliance d – b go; a → c and c – d are untouched.
  @Test func removeKeepsOthersDependenceOnTheRemovedActor() {
    let after = state(.remove(actor: "b"))
    #expect(after.presence == [true, false, true, true])
    #expect(after.actors[1].power == 0)
    #expect(after.actors[1].baselinePower == 0.5)
    #expect(after.actors[1].stance == -0.2)
    #expect(
      after.relationList == [
        Relation(from: "a", to: "b", kind: .dependsOn, weight: 0.5),
        Relation(from: "c", to: "b", kind: .dependsOn, weight: 0.4),
        Relation(from: "a", to: "c", kind: .authority, weight: 0.9),
        Relation(from: "c", to: "d", kind: .conflict, weight: 0.6),
      ])
    // Removing twice changes nothing more.
    #expect(after.applying(ScenarioStep(.remove(actor: "b"))) == after)
  }

  /// set: values replaced (then clamped: 1.3 → 1, −2 → −1); nil fields untouched; a removed
  /// actor is frozen: its power stays 0 and its other attributes keep their values.
  @Test func setReplacesAndClamps() {
    let after = state(.set(ActorUpdate(actor: "c", power: 1.3, stance: -2, affiliation: "MORENA")))
    #expect(after.actors[2].power == 1)
    #expect(after.actors[2].interest == 0.2)
    #expect(after.actors[2].stance == -1)
    #expect(after.actors[2].actor.affiliation == "MORENA")
    #expect(after.actors[2].baselinePower == 0.3)

    let removed = state(.remove(actor: "c"), .set(ActorUpdate(actor: "c", power: 0.9, interest: 0.7)))
    #expect(removed.actors[2].power == 0)
    #expect(removed.actors[2].interest == 0.2)
    #expect(!removed.actors[2].present)
  }

  /// Issue 15, item 16: steps after `remove` leave the removed actor's values as they were (its
  /// stance 0.7 stays 0.7, not the 1 that set, shift or transition would give it), a link to it is
  /// not added, and the Monte Carlo stance program agrees.
  @Test func removedActorsStayFrozen() {
    let removed = state(
      .remove(actor: "c"),
      .set(ActorUpdate(actor: "c", stance: 1, affiliation: "MORENA")),
      .shift(ActorShift(actor: "c", stance: 0.3, interest: 0.5)),
      .transition(Transition(actors: ["c"], to: "X", stance: 1, power: 0.9)),
      .link(Relation(from: "a", to: "c", kind: .influence, weight: 0.5)),
      .link(Relation(from: "c", to: "d", kind: .alliance, weight: 0.5)))
    #expect(removed.actors[2].stance == 0.7)
    #expect(removed.actors[2].interest == 0.2)
    #expect(removed.actors[2].power == 0)
    #expect(removed.actors[2].actor.affiliation == "PRI")
    #expect(!removed.relationList.contains { $0.kind == .influence && $0.to == "c" })
    #expect(!removed.relationList.contains { $0.from == "c" && $0.kind == .alliance })
    #expect(removed == state(.remove(actor: "c")))

    let afterRemoval = state(.remove(actor: "c"))
    let actions: [ScenarioAction] = [
      .set(ActorUpdate(actor: "c", stance: 1)), .shift(ActorShift(actor: "c", stance: 0.3)),
      .transition(Transition(actors: ["c"], to: "X", stance: 1)),
    ]
    for action in actions {
      #expect(StanceOperation.operations(of: action, on: afterRemoval).isEmpty)
    }
    #expect(
      StanceOperation.operations(of: .set(ActorUpdate(actor: "d", stance: 1)), on: afterRemoval) == [
        .assign(position: 3, value: 1)
      ])
  }

  /// shift: added then clamped. a: stance 0.4 + 0.8 = 1.2 → 1; power 0.8 − 0.3 = 0.5;
  /// interest 0.6 − 0.9 = −0.3 → 0.
  @Test func shiftAddsThenClamps() {
    let after = state(.shift(ActorShift(actor: "a", stance: 0.8, power: -0.3, interest: -0.9)))
    #expect(after.actors[0].stance == 1)
    expectClose(after.actors[0].power, 0.5)
    #expect(after.actors[0].interest == 0)
    // Clamping happens at each step, so +0.8 then −0.8 ends at 0.2, not 0.4.
    let twice = state(.shift(ActorShift(actor: "a", stance: 0.8)), .shift(ActorShift(actor: "a", stance: -0.8)))
    expectClose(twice.actors[0].stance, 0.2)
  }

  /// transition {affiliation: PAN, kinds: [executive, agency], to: MORENA, stance: −0.2}: selects a
  /// (PAN executive) and b (PAN agency); d is PAN but municipal; c is PRI.
  @Test func transitionSelectsByAffiliationAndKind() {
    let after = state(
      .transition(Transition(affiliation: "PAN", kinds: [.executive, .agency], to: "MORENA", stance: -0.2)))
    #expect(after.actors.map(\.actor.affiliation) == ["MORENA", "MORENA", "PRI", "PAN"])
    #expect(after.actors.map(\.stance) == [-0.2, -0.2, 0.7, 0.1])
  }

  /// Listed actors are selected whatever their affiliation and kind; without `kinds` every present
  /// PAN actor is; a removed PAN actor is not. shift −0.5: d 0.1 → −0.4, c 0.7 → 0.2; power 0.35 set.
  @Test func transitionListedActorsShiftAndPower() {
    let after = state(
      .remove(actor: "a"),
      .transition(Transition(actors: ["c"], affiliation: "PAN", to: "MORENA", shift: -0.5, power: 0.35)))
    #expect(after.actors.map(\.actor.affiliation) == ["PAN", "MORENA", "MORENA", "MORENA"])
    expectClose(after.actors[1].stance, -0.7)
    expectClose(after.actors[2].stance, 0.2)
    expectClose(after.actors[3].stance, -0.4)
    #expect(after.actors.map(\.power) == [0, 0.35, 0.35, 0.35])
    #expect(after.actors[0].stance == 0.4)
  }

  /// Without `affiliation` only the listed actors are selected, even when `kinds` is given.
  @Test func transitionWithoutAffiliationSelectsOnlyListedActors() {
    let after = state(.transition(Transition(actors: ["d"], kinds: [.agency], to: "X", stance: 1)))
    #expect(after.actors.map(\.actor.affiliation) == ["PAN", "PAN", "PRI", "X"])
    #expect(after.actors.map(\.stance) == [0.4, -0.2, 0.7, 1])
  }

  /// cut with a kind drops only that kind; cut without a kind drops every kind from → to; alliance
  /// and conflict are dropped whichever way the cut names them.
  @Test func cutWithAndWithoutKind() {
    let withKind = state(.cut(from: "a", to: "b", kind: .influence))
    #expect(withKind.relations.count == 7)
    let exact = state(.cut(from: "a", to: "b", kind: .dependsOn))
    #expect(exact.relationList.contains { $0.from == "a" && $0.to == "b" } == false)
    #expect(exact.relations.count == 6)

    let all = state(
      .link(Relation(from: "a", to: "b", kind: .funding, weight: 0.2)), .cut(from: "a", to: "b", kind: nil))
    #expect(all.relationList.contains { $0.from == "a" && $0.to == "b" } == false)
    #expect(all.relations.count == 6)

    // The alliance is written d → b; cutting b → d (no kind) drops it and b's depends-on on d.
    let reversed = state(.cut(from: "b", to: "d", kind: nil))
    #expect(reversed.relations.count == 5)
    #expect(reversed.relationList.contains { $0.kind == .alliance } == false)
    // Direction matters for directed kinds: c → b depends-on survives cutting b → c.
    let directed = state(.cut(from: "b", to: "c", kind: nil))
    #expect(directed.relationList.contains(Relation(from: "c", to: "b", kind: .dependsOn, weight: 0.4)))
    #expect(directed.relations.count == 6)
    // Conflict c – d cut as d → c.
    let conflict = state(.cut(from: "d", to: "c", kind: .conflict))
    #expect(conflict.relationList.contains { $0.kind == .conflict } == false)
  }

  /// link appends; add appends an actor after the model's actors, present, with its own baselines,
  /// and later steps can name it.
  @Test func linkAndAdd() {
    let newcomer = makeActor("e", power: 0.45, interest: 0.55, stance: 0.3)
    let after = state(
      .add(newcomer), .link(Relation(from: "e", to: "a", kind: .influence, weight: 0.8)),
      .shift(ActorShift(actor: "e", power: 0.1)))
    #expect(after.actorIDs == ["a", "b", "c", "d", "e"])
    #expect(after.modelActorCount == 4)
    #expect(after.index(of: "e") == 4)
    #expect(after.actors[4].present)
    expectClose(after.actors[4].power, 0.55)
    #expect(after.actors[4].baselinePower == 0.45)
    #expect(after.actors[4].baselineInterest == 0.55)
    #expect(after.relationList.last == Relation(from: "e", to: "a", kind: .influence, weight: 0.8))
    #expect(after.relations.last == IndexedRelation(from: 4, to: 0, kind: .influence, weight: 0.8))
  }

  /// Adding the id of a removed actor brings it back with new attributes and its old baselines.
  @Test func addingARemovedActorBringsItBack() {
    let after = state(.remove(actor: "c"), .add(makeActor("c", power: 0.1, stance: -0.5)))
    #expect(after.actorIDs == ["a", "b", "c", "d"])
    #expect(after.actors[2].present)
    #expect(after.actors[2].power == 0.1)
    #expect(after.actors[2].baselinePower == 0.3)
  }

  /// Order matters: set then shift gives 0.2 + 0.5 = 0.7; shift then set gives 0.2.
  /// remove then transition leaves the removed PAN actor alone; transition then remove changes it.
  /// link then cut leaves no relation; cut then link leaves the new one.
  @Test func compositionOrder() {
    let setThenShift = state(
      .set(ActorUpdate(actor: "b", stance: 0.2)), .shift(ActorShift(actor: "b", stance: 0.5)))
    let shiftThenSet = state(
      .shift(ActorShift(actor: "b", stance: 0.5)), .set(ActorUpdate(actor: "b", stance: 0.2)))
    expectClose(setThenShift.actors[1].stance, 0.7)
    expectClose(shiftThenSet.actors[1].stance, 0.2)

    let transition = ScenarioAction.transition(Transition(affiliation: "PAN", to: "MORENA", stance: -1))
    let removeFirst = state(.remove(actor: "d"), transition)
    let transitionFirst = state(transition, .remove(actor: "d"))
    #expect(removeFirst.actors[3].actor.affiliation == "PAN")
    #expect(removeFirst.actors[3].stance == 0.1)
    #expect(transitionFirst.actors[3].actor.affiliation == "MORENA")
    #expect(transitionFirst.actors[3].stance == -1)

    let link = ScenarioAction.link(Relation(from: "c", to: "a", kind: .funding, weight: 0.4))
    let cut = ScenarioAction.cut(from: "c", to: "a", kind: .funding)
    #expect(state(link, cut).relations.count == 7)
    #expect(state(cut, link).relations.count == 8)
  }

  /// Scenarios apply in order, and `includeStep` keeps only the chosen steps.
  @Test func modelStateAppliesScenariosInOrderWithStepFilter() {
    let first = Scenario(
      id: "one",
      steps: [
        ScenarioStep(.set(ActorUpdate(actor: "a", stance: 0.9))),
        ScenarioStep(.remove(actor: "c"), probability: 0.5),
      ])
    let second = Scenario(id: "two", steps: [ScenarioStep(.shift(ActorShift(actor: "a", stance: -0.4)))])
    let everything = model.state(applying: [first, second])
    expectClose(everything.actors[0].stance, 0.5)
    #expect(!everything.actors[2].present)
    #expect(everything == ModelState(model: model).applying(first).applying(second))

    let reversedOrder = model.state(applying: [second, first])
    expectClose(reversedOrder.actors[0].stance, 0.9)

    let skipRemove = model.state(applying: [first, second]) { scenario, step in !(scenario == 0 && step == 1) }
    #expect(skipRemove.actors[2].present)
    expectClose(skipRemove.actors[0].stance, 0.5)

    // Monte Carlo style: draw a stance first, then apply only the second scenario.
    var drawn = ModelState(model: model)
    drawn.actors[0].actor.stance = -0.3
    drawn.apply([first, second]) { scenario, _ in scenario == 1 }
    expectClose(drawn.actors[0].stance, -0.7)
    #expect(drawn.actors[2].present)
  }

  /// Steps naming unknown actors are skipped (the loader rejects them; nothing crashes here).
  @Test func unknownActorsAreSkipped() {
    let initial = ModelState(model: model)
    let after = state(
      .remove(actor: "zz"), .set(ActorUpdate(actor: "zz", power: 1)), .shift(ActorShift(actor: "zz", stance: 1)),
      .cut(from: "zz", to: "a", kind: nil), .link(Relation(from: "zz", to: "a", kind: .influence)),
      .transition(Transition(actors: ["zz"], to: "X")))
    #expect(after == initial)
  }

  @Test func stateRoundTripsThroughJSON() throws {
    let after = state(.remove(actor: "b"), .add(makeActor("e")))
    let data = try JSONEncoder().encode(after)
    let decoded = try JSONDecoder().decode(ModelState.self, from: data)
    #expect(decoded == after)
    #expect(decoded.index(of: "e") == 4)
  }
}
