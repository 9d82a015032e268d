import TestSupport
import Testing

@testable import PowerMap

/// Each listed actor's term p̂·q·s* in net_D (``NeedContribution``), by hand on the suite's model.
extension CommitmentViabilityTests {
  /// c2: authority [m, k] over Σp⁰q⁰ = 0.4 + 0.3 = 0.7: m 0.4·1.0·0.5 = 0.2, k 0.6·0.5·(−0.2) = −0.06
  /// (net (0.2 − 0.06)/0.7 = 0.2); acceptance [o] over 0.4: 0.8·0.5·0.6 = 0.24 (net 0.6).
  @Test func contributionsByHand() {
    let c2 = evaluate().commitments[1]
    #expect(c2.contributions.map(\.actor) == ["m", "k", "o"])
    #expect(c2.contributions.map(\.dimension) == [.authority, .authority, .acceptance])
    expectClose(c2.contributions.map(\.effectivePower), [0.4, 0.6, 0.8])
    expectClose(c2.contributions.map(\.interest), [1.0, 0.5, 0.5])
    expectClose(c2.contributions.map(\.effectiveStance), [0.5, -0.2, 0.6])
    expectClose(c2.contributions.map(\.term), [0.2, -0.06, 0.24])
    expectClose(c2.contributions.map(\.denominator), [0.7, 0.7, 0.4])
    // The terms over the denominator are the dimension's net support.
    expectClose((0.2 - 0.06) / 0.7, c2.dimensions.authority ?? .nan)
  }

  /// A removed actor contributes 0 but stays listed (with its baseline in the denominator).
  @Test func removedActorContributesNothing() {
    let c2 = evaluate(.remove(actor: "k")).commitments[1]
    let k = c2.contributions[1]
    #expect(k.actor == "k" && !k.present)
    #expect(k.term == 0)
    expectClose(k.denominator, 0.7)
    expectClose(c2.dimensions.authority, 0.2 / 0.7)
  }
}
