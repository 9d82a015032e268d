/// What would it take, for scripts (rule 11 of <doc:Rules>).
///
/// ```swift
/// let model = try Model(contentsOf: "models/veracruz-2019-2020.yaml")
/// let advice = try await model.advise(after: ["pan-to-morena"], robust: true)
/// for (id, commitment) in advice.sorted(by: { $0.key < $1.key }) {
///   if let cheapest = commitment.engagements.first {
///     print("\(id): engage \(cheapest.actor) +\(cheapest.delta) (\(cheapest.scope.rawValue))")
///   } else {
///     print("\(id): \(commitment.reason ?? "only a recruit helps")")
///   }
/// }
/// ```
extension Model {
  /// The advice of rule 11 of <doc:Rules> on the model after `scenarios`, keyed by commitment id:
  /// for each target, the smallest stance shift of each present actor (on the grid 0.01 … 2.00,
  /// on that commitment or general) and the recruitments that make it viable, or with `robust`,
  /// viable and still viable after the loss of any one present actor other than its owner. A
  /// commitment's ``CommitmentAdvice/engagements`` are sorted cheapest first (smallest δ, the
  /// commitment scope before the general one), so `.first` is the recommended engagement.
  ///
  /// - Parameters:
  ///   - scenarios: as for ``simulate(_:)-([String])``, applied in order; empty for the model as
  ///     it is.
  ///   - commitments: the target commitments' ids; nil for every commitment that does not meet
  ///     the aim (a target that meets it has no rows and the reason "already viable").
  ///   - robust: aim for commitments that survive the loss of any one ally.
  /// - Throws: ``PowerMapError`` for an unknown or invalid scenario or an unknown commitment;
  ///   `CancellationError` when the task is cancelled.
  public func advise(
    after scenarios: [String] = [], commitments: [String]? = nil, robust: Bool = false
  ) async throws -> [String: CommitmentAdvice] {
    try await advise(after: resolving(scenarios), commitments: commitments, robust: robust)
  }

  /// ``advise(after:commitments:robust:)-([String],_,_)`` after scenarios built in code.
  ///
  /// - Throws: ``PowerMapError`` when a step names an actor the model does not have or a
  ///   commitment id is unknown; `CancellationError` when the task is cancelled.
  public func advise(
    after scenarios: [Scenario], commitments: [String]? = nil, robust: Bool = false
  ) async throws -> [String: CommitmentAdvice] {
    try checked(scenarios)
    let search: AdviceSearch
    do {
      search = try AdviceSearch(model: self, scenarios: scenarios, targets: commitments, robust: robust)
    } catch {
      throw PowerMapError(.invalidArgument, error.description)
    }
    let result = try await search.result()
    return Dictionary(result.commitments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
