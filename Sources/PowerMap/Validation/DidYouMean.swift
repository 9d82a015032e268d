/// Suggestions for mistyped ids, keys and kinds, by edit distance.
public enum DidYouMean {
  /// The candidate closest to `word`, if it is close enough to be a plausible typo: an edit
  /// distance of at most max(1, ⌊length/3⌋), or a case-insensitive match.
  public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = max(1, target.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      if abs(scalars.count - target.count) > limit { continue }
      let distance = editDistance(target, scalars, limit: limit)
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// A hint sentence: "did you mean 'x'?", or the allowed values when they are few.
  public static func hint(for word: String, among candidates: [String], listUpTo: Int = 16) -> String? {
    if let match = suggestion(for: word, among: candidates) { return "did you mean '\(match)'?" }
    if candidates.count <= listUpTo, !candidates.isEmpty {
      return "expected one of: " + candidates.joined(separator: ", ")
    }
    return nil
  }

  /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so `ivia` is
  /// one edit from `ivai`), stopping early once every entry of a row exceeds `limit`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return rowMinimum }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
