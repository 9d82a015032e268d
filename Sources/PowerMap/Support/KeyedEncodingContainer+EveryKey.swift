extension KeyedEncodingContainer {
  /// Encodes `fields` in the order given, an absent optional as an explicit `null`.
  ///
  /// Synthesized `Encodable` leaves a nil optional out; the JSON that scripts rely on writes every
  /// key, so the types of that JSON encode through this instead (and keep synthesized decoding,
  /// which reads a missing key and `null` alike as nil).
  package mutating func encodeEveryKey(_ fields: KeyValuePairs<Key, any Encodable>) throws {
    for (key, value) in fields {
      try encode(value, forKey: key)
    }
  }
}
