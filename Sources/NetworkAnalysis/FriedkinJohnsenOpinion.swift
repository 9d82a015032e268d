/// What a Friedkin–Johnsen round updates per agent: one opinion (`Double`), or one per lane
/// (`SIMD8<Double>`, several systems solved together). Lane-wise SIMD arithmetic is IEEE
/// arithmetic per lane, so a lane computes the same bits as the scalar round.
protocol FriedkinJohnsenOpinion {
  /// One flag per lane.
  associatedtype Flags
  /// No lane flagged.
  static var noFlags: Flags { get }
  /// `value` in every lane.
  init(broadcast value: Double)
  static func + (lhs: Self, rhs: Self) -> Self
  static func - (lhs: Self, rhs: Self) -> Self
  static func * (lhs: Self, rhs: Self) -> Self
  /// Flags the lanes where `|value − old| ≥ limit`, keeping the flags already set.
  static func flagMoves(from old: Self, to value: Self, limit: Self, flags: inout Flags)
  /// `value` in the flagged lanes, `old` in the others.
  static func select(_ value: Self, orKeep old: Self, where flags: Flags) -> Self
}

extension Double: FriedkinJohnsenOpinion {
  static var noFlags: Bool { false }

  @inline(__always)
  init(broadcast value: Double) { self = value }

  @inline(__always)
  static func flagMoves(from old: Double, to value: Double, limit: Double, flags: inout Bool) {
    let delta = value - old
    flags = flags || delta >= limit || -delta >= limit
  }

  @inline(__always)
  static func select(_ value: Double, orKeep old: Double, where flags: Bool) -> Double { flags ? value : old }
}

extension SIMD8: FriedkinJohnsenOpinion where Scalar == Double {
  static var noFlags: SIMDMask<SIMD8<Int64>> { SIMDMask(repeating: false) }

  @inline(__always)
  init(broadcast value: Double) { self.init(repeating: value) }

  @inline(__always)
  static func flagMoves(
    from old: SIMD8<Double>, to value: SIMD8<Double>, limit: SIMD8<Double>, flags: inout SIMDMask<SIMD8<Int64>>
  ) {
    let delta = value - old
    flags = flags .| (delta .>= limit) .| (-delta .>= limit)
  }

  @inline(__always)
  static func select(
    _ value: SIMD8<Double>, orKeep old: SIMD8<Double>, where flags: SIMDMask<SIMD8<Int64>>
  ) -> SIMD8<Double> {
    var result = old
    result.replace(with: value, where: flags)
    return result
  }
}
