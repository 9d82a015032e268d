import PowerMap
import PowerMapReport

/// The terminal and CSV renderings of `advise` (rule 11): they only format ``AdviceResult``.
enum AdviceText {
  /// Per target: its status and V, the `top` cheapest engagements in each scope, the best
  /// recruitments, or the reason nothing on the grid works.
  static func report(_ result: AdviceResult, model: Model, top: Int) -> String {
    let names = Dictionary(model.actors.map { ($0.id, $0.short) }, uniquingKeysWith: { first, _ in first })
    func name(_ id: String) -> String { names[id] ?? id }
    var out = "What would it take: \(model.name)\n"
    if let scenario = result.scenario { out += "After: \(scenario.title) [\(scenario.id)]\n" }
    out += result.robust ? "Aim: viable, and still viable after the loss of any one ally (the owner aside)\n" : ""
    guard !result.commitments.isEmpty else {
      return out + "\nEvery commitment already \(result.robust ? "stays viable after any one loss" : "is viable").\n"
    }
    for advice in result.commitments {
      let threshold = model.commitments.first { $0.id == advice.id }?.threshold ?? 0
      out += "\n\(advice.id): \(advice.status.rawValue.uppercased())"
      out += result.robust && advice.status == .viable && advice.reason != "already robust" ? " but not robust" : ""
      out += ", V \(Format.signed(advice.viability)) (viable from \(Format.signed(threshold)))\n"
      if let reason = advice.reason {
        out += "  " + nothingWorks(reason, advice: advice, robust: result.robust) + "\n"
        continue
      }
      out += engagements(advice, scope: .commitment, top: top, name: name)
      out += engagements(advice, scope: .general, top: top, name: name)
      out += recruitments(advice, top: top, name: name)
    }
    return out
  }

  /// The reason a target has no row: "already viable" as it is; otherwise "nothing on the grid makes
  /// it viable" (or survive any one loss), then why.
  private static func nothingWorks(_ reason: String, advice: CommitmentAdvice, robust: Bool) -> String {
    guard !reason.hasPrefix("already") else { return reason }
    let aim = robust ? "viable after the loss of any one ally" : "viable"
    let generic = reason.hasPrefix("no single actor")
    return "nothing on the grid makes it \(aim): "
      + (generic
        ? "no one actor's shift of up to +2.00, on this commitment or overall, and no single recruit is enough"
          + (robust && advice.status != .viable ? " (advise without --robust shows what makes it viable at all)" : "")
        : reason.replacingOccurrences(of: " is removed: ", with: " is removed, so "))
  }

  private static func engagements(
    _ advice: CommitmentAdvice, scope: Engagement.Scope, top: Int, name: (String) -> String
  ) -> String {
    let rows = advice.engagements.filter { $0.scope == scope }
    var out = scope == .commitment ? "  Engage on this commitment:\n" : "  Engage overall:\n"
    guard !rows.isEmpty else { return out + "    – no one actor's shift of up to +2.00 does it\n" }
    for row in rows.prefix(top) {
      out += "    \(name(row.actor)) \(Format.signed(row.delta))"
      out += scope == .commitment ? " on this commitment" : " overall"
      out += " (V → \(Format.signed(row.viability)))"
      let lifts = row.sideEffects.filter { $0.to < $0.from }.map(\.commitment)
      let drops = row.sideEffects.filter { $0.to > $0.from }.map(\.commitment)
      if !lifts.isEmpty { out += ", also lifts \(lifts.joined(separator: ", "))" }
      if !drops.isEmpty { out += ", drops \(drops.joined(separator: ", "))" }
      out += "\n"
    }
    if rows.count > top { out += "    … \(rows.count - top) more (--top, --json)\n" }
    return out
  }

  private static func recruitments(_ advice: CommitmentAdvice, top: Int, name: (String) -> String) -> String {
    var out = "  Recruit:\n"
    guard !advice.recruitments.isEmpty else { return out + "    – no single recruit does it\n" }
    for row in advice.recruitments.prefix(top) {
      out += "    \(name(row.actor)) to \(row.dimension.rawValue) (V → \(Format.signed(row.viability)))\n"
    }
    if advice.recruitments.count > top { out += "    … \(advice.recruitments.count - top) more (--top, --json)\n" }
    return out
  }

  /// One row per engagement and recruitment: the report's `data/advise.csv` (``TableBuilder/advice(_:)``).
  static func csv(_ result: AdviceResult) -> String {
    TableData.csv(TableBuilder(strings: ReportStrings(.en), shortName: { $0 }).advice([result]))
  }
}
