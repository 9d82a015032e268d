import NetworkAnalysis

/// What one combination of scenario steps does to a model, apart from declared stances: the part
/// of a Monte Carlo sample (rule 10 of <doc:Rules>) that many samples share.
///
/// With the steps that happen applied to the model without noise:
///
/// - `present`, `weight` = p̂ᵢ·qᵢ (rule 1's effective power times current interest), per actor;
/// - `solver` = rule 2's Friedkin–Johnsen system (Ŵ from p̂ and the influence relations, θ), ready
///   for repeated allocation-free solves
///   (``NetworkAnalysis/FriedkinJohnsen/solve(from:into:scratch:tolerance:maxIterations:)``);
/// - `program` = the steps' effects on declared stances (``StanceOperation``), in order.
///
/// None of these reads a declared stance (steps only assign or shift stances; rule 1 and Ŵ use
/// powers and relations), so a sample's state is this structure with its own noisy stances, on
/// which the program is replayed: s = program(noisy s), s* = solver.solve(s), then rule 3.
struct SampleStructure: Sendable {
  /// The number of actors of the state (model actors, then added actors).
  let actorCount: Int
  /// Whether each actor is present.
  let present: [Bool]
  /// p̂ᵢ·qᵢ per actor.
  let weight: [Double]
  /// Ŵ and θ of rule 2.
  let solver: FriedkinJohnsen
  /// The stance operations of the steps that happened, in order.
  let program: [StanceOperation]

  /// The structure of `initialState` after the steps `steps[i]` with `included[i]`, in order.
  init(initialState: ModelState, steps: [ScenarioStep], included: [Bool]) {
    var state = initialState
    var program: [StanceOperation] = []
    for (index, step) in steps.enumerated() where included[index] {
      program += StanceOperation.operations(of: step.action, on: state)
      state.apply(step.action)
    }
    let power = DependencyCascade(state: state).effectivePower
    actorCount = state.actors.count
    present = state.actors.map(\.present)
    weight = state.actors.indices.map { power[$0] * state.actors[$0].actor.interest }
    solver = EffectiveStance.system(state: state, effectivePower: power)
    self.program = program
  }

  /// A rough count of the bytes the structure holds, for bounding caches.
  var approximateBytes: Int {
    64 + actorCount * 56 + solver.influence.columns.count * 12 + program.count * 24
  }
}
