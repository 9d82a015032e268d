import Foundation

/// Suggestions for mistyped ids, keys and kinds, by edit distance.
package enum DidYouMean {
  /// The candidate closest to `word`, if it is close enough to be a plausible typo: an edit
  /// distance of at most max(1, ⌊length/3⌋), or a case-insensitive match.
  package static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
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

  /// The closest candidate that is itself a valid id (`[a-z0-9][a-z0-9._-]*`): an id that was
  /// just rejected as invalid (`CPC`) is never offered for a reference (`cpc`).
  static func idSuggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    suggestion(for: word, among: candidates.lazy.filter(DocumentDecoder.isValidID))
  }

  /// An id made from any text, for hints and for ids derived from names: accents folded
  /// (`ciudadanía` → `ciudadania`, `Añorve` → `anorve`), lower case, anything but ASCII letters
  /// and digits as one `-`. Empty when nothing is left.
  static func idSlug(_ text: String) -> String {
    var result = ""
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    for scalar in folded.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty, result.last != "-" {
        result.append("-")
      }
    }
    while result.last == "-" { result.removeLast() }
    return result
  }

  /// A hint sentence: "did you mean 'x'?", or the allowed values when they are few.
  package static func hint(for word: String, among candidates: [String], listUpTo: Int = 16) -> String? {
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

extension DidYouMean {
  /// The hint for a reference to an unknown actor: the nearest valid id, or, when the reference
  /// is how an actor declared with an invalid id should be written (`cpc` for `CPC`), to fix the
  /// declaration.
  static func actorHint(for reference: String, among actorIDs: [String: Int]) -> String? {
    if let match = idSuggestion(for: reference, among: actorIDs.keys) { return "did you mean '\(match)'?" }
    let declared = actorIDs.keys.filter { !DocumentDecoder.isValidID($0) && idSlug($0) == reference }.sorted()
    guard let first = declared.first else { return nil }
    return "the actor '\(first)' is declared with an invalid id; declare it as '\(reference)'"
  }
}
