extension Model {
  /// s⁰*: the effective stance (rule 2) of the model without any scenario, per model actor.
  ///
  /// Rule 3's holding term compares holders' opposition after a scenario with this baseline. It is
  /// computed from the declared values of the model (in Monte Carlo, without noise).
  package func baselineEffectiveStance() -> [Double] {
    SimulationProbe.current?.count(.baselineStance)
    return EffectiveStance(initialStateOf: ModelState(model: self)).stance
  }
}
