import PowerMap

/// The recommended engagements on the commitments map (`render --map commitments --advise`), drawn
/// as ``AdviceMarks`` says.
extension CommitmentsMapBuilder {
  /// The actors the advice engages (indices in the state), drawn even when no commitment lists them.
  var engagedActors: [Int] {
    AdviceMarks.recommended(context.options).compactMap { context.analysis.state.index(of: $0.engagement.actor) }
  }

  /// Outlines the engaged actors and adds one dashed edge per recommended engagement.
  func addAdvice(to graph: inout DOTGraph, edgeCount: inout Int) {
    let recommended = AdviceMarks.recommended(context.options)
    let engaged = Set(recommended.map { PowerMapBuilder.nodeName($0.engagement.actor) })
    for position in graph.nodes.indices where engaged.contains(graph.nodes[position].name) {
      graph.nodes[position].attributes["color"] = .plain(AdviceMarks.color)
      graph.nodes[position].attributes["penwidth"] = .number(AdviceMarks.outlineWidth)
    }
    for (commitment, engagement) in recommended {
      let name = context.analysis.state.actor(engagement.actor)?.actor.short ?? engagement.actor
      graph.edges.append(
        AdviceMarks.edge(
          engagement, from: PowerMapBuilder.nodeName(engagement.actor), to: "commitment:" + commitment,
          id: "edge:\(edgeCount)", actorName: name, language: context.options.language))
      edgeCount += 1
    }
  }
}
