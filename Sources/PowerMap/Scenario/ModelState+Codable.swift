/// A state encodes as `{"actors": [...], "relations": [...], "modelActorCount": n}`; the id index
/// is rebuilt when decoding.
extension ModelState: Codable {
  private enum CodingKeys: String, CodingKey {
    case actors, relations, modelActorCount
  }

  /// Decodes a state written by ``encode(to:)``.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      actors: try container.decode([ActorState].self, forKey: .actors),
      relations: try container.decode([IndexedRelation].self, forKey: .relations),
      modelActorCount: try container.decode(Int.self, forKey: .modelActorCount))
  }

  /// Encodes the actors, the relations and the number of model actors.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(actors, forKey: .actors)
    try container.encode(relations, forKey: .relations)
    try container.encode(modelActorCount, forKey: .modelActorCount)
  }
}
