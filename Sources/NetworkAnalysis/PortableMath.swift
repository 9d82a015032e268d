/// Elementary functions written in IEEE-754 arithmetic only, so their results do not depend on the platform's
/// math library (glibc and Apple's libm may differ in the last bit).
enum PortableMath {
  private static let ln2High = 6.931_471_803_691_238_164_90e-01
  private static let ln2Low = 1.908_214_929_270_587_700_02e-10
  private static let two54 = 1.801_439_850_948_198_400_00e+16
  private static let lg1 = 6.666_666_666_666_735_130e-01
  private static let lg2 = 3.999_999_999_940_941_908e-01
  private static let lg3 = 2.857_142_874_366_239_149e-01
  private static let lg4 = 2.222_219_843_214_978_396e-01
  private static let lg5 = 1.818_357_216_161_805_012e-01
  private static let lg6 = 1.531_383_769_920_937_332e-01
  private static let lg7 = 1.479_819_860_511_658_591e-01

  /// The natural logarithm, a transcription of fdlibm's `__ieee754_log` (Sun Microsystems, 1993; error
  /// < 1 ulp): `x = 2ᵏ(1 + f)` with `√2/2 < 1 + f < √2`, then `log(1 + f) = f − s(f − R)` with `s = f/(2 + f)`
  /// and `R` a degree-14 minimax polynomial in `s`. `log(0) = −∞`, `log(x < 0) = NaN`.
  static func log(_ value: Double) -> Double {
    var x = value
    var high = Int32(truncatingIfNeeded: Int64(bitPattern: x.bitPattern) >> 32)
    let low = UInt32(truncatingIfNeeded: x.bitPattern)
    var k: Int32 = 0
    if high < 0x0010_0000 {  // x < 2⁻¹⁰²² (or negative)
      if (high & 0x7fff_ffff) == 0 && low == 0 { return -.infinity }
      if high < 0 { return .nan }
      k -= 54
      x *= two54  // subnormal: scale up
      high = Int32(truncatingIfNeeded: Int64(bitPattern: x.bitPattern) >> 32)
    }
    if high >= 0x7ff0_0000 { return x + x }
    k += (high >> 20) - 1023
    high &= 0x000f_ffff
    let i = (high &+ 0x95f64) & 0x0010_0000
    x = withHighWord(x, high | (i ^ 0x3ff0_0000))  // normalise x or x/2
    k += i >> 20
    let f = x - 1.0
    let dk = Double(k)
    if (0x000f_ffff & (2 &+ high)) < 3 {  // |f| < 2⁻²⁰
      if f == 0 { return k == 0 ? 0 : dk * ln2High + dk * ln2Low }
      let r = f * f * (0.5 - 0.333_333_333_333_333_33 * f)
      return k == 0 ? f - r : dk * ln2High - ((r - dk * ln2Low) - f)
    }
    let s = f / (2.0 + f)
    let z = s * s
    let w = z * z
    let t1 = w * (lg2 + w * (lg4 + w * lg6))
    let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
    let r = t2 + t1
    if ((high &- 0x6147a) | (0x6b851 &- high)) > 0 {
      let halfSquare = 0.5 * f * f
      if k == 0 { return f - (halfSquare - s * (halfSquare + r)) }
      return dk * ln2High - ((halfSquare - (s * (halfSquare + r) + dk * ln2Low)) - f)
    }
    if k == 0 { return f - s * (f - r) }
    return dk * ln2High - ((s * (f - r) - dk * ln2Low) - f)
  }

  private static func withHighWord(_ x: Double, _ high: Int32) -> Double {
    let lowBits = x.bitPattern & 0xffff_ffff
    return Double(bitPattern: (UInt64(UInt32(bitPattern: high)) << 32) | lowBits)
  }
}
