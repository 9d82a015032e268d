import PowerMap

/// The recommended engagement on the one-commitment map (`render --map commitment --commitment ID
/// --advise`), drawn as ``AdviceMarks`` says: the actor in a purple frame left of the needs, with
/// its effective stance, and a dashed edge to the commitment.
extension CommitmentMapBuilder {
  /// Adds the engaged actor and its edge when the advice has an engagement for this commitment;
  /// returns whether it did.
  func addAdvice(to graph: inout DOTGraph, edgeCount: Int) -> Bool {
    let id = context.model.commitments[position].id
    guard let engagement = AdviceMarks.recommended(context.options).first(where: { $0.commitment == id })?.engagement,
      let index = context.analysis.state.index(of: engagement.actor)
    else { return false }
    let name = context.analysis.state.actors[index].actor.short
    let stance = context.strings[.stance] + " " + MapNumber.signed(context.analysis.effectiveStance[index])
    graph.nodes.append(
      DOTNode(
        "advice",
        [
          "label": .html(
            Self.table(
              [
                Self.cell(MapText.wrapped(name, width: Self.nameWidth), size: MapTypography.tableNameSize, bold: true),
                Self.cell(stance, size: MapTypography.tableNoteSize, color: MapPalette.mutedText),
              ], border: 3, color: AdviceMarks.color)),
          "tooltip": .text(name),
        ]))
    graph.edges.append(
      AdviceMarks.edge(
        engagement, from: "advice", to: "commitment", id: "edge:\(edgeCount)", actorName: name,
        language: context.options.language))
    return true
  }
}
