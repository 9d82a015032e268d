/// Small arithmetic shared by the rules of <doc:Rules>.
enum AnalysisMath {
  /// numerator / denominator, or 0 over a zero denominator (rule 3 of <doc:Rules>: "every ratio below is 0
  /// over a zero denominator").
  static func ratio(_ numerator: Double, _ denominator: Double) -> Double {
    denominator == 0 ? 0 : numerator / denominator
  }

  /// `value` clamped to [lower, upper].
  static func clamp(_ value: Double, _ lower: Double, _ upper: Double) -> Double {
    min(max(value, lower), upper)
  }
}
