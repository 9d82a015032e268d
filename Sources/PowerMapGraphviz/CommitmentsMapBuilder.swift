import PowerMap

/// Builds the commitments map, for A3 and larger (the one-commitment map, ``CommitmentMapBuilder``,
/// is the one for A4): left to right, the actors a commitment needs → its authority, acceptance
/// and ability (each with its net support, filled on the stance scale) → the commitment (filled by
/// status, with V and its owner) → the obstacles that block it, drawn right of the commitments
/// with a blocking line back to each, with their pressure, holders and mitigators in their label.
///
/// Each commitment and its need boxes form a cluster (a light frame, `cluster_commitment_N` in
/// model order), so the need boxes sit beside their commitment and the need → commitment lines of
/// two commitments never cross. Actors stay shared nodes, one per actor, so the map still shows
/// who several commitments rest on: their lines into several frames are the crossings left.
///
/// Only actors listed in some commitment (or owning one) are drawn. An actor → need edge is solid
/// when the actor supports (effective stance ≥ 0) and dashed vermillion when it opposes; its width
/// grows with the actor's weight in that dimension, p̂·q. Status is carried by fill, by outline
/// (solid, dashed, double) and by the words in the label, so it reads in greyscale.
struct CommitmentsMapBuilder {
  let context: MapContext

  /// Titles are wrapped at about this many characters.
  static let titleWidth = 30

  func drawing() -> MapDrawing {
    let state = context.analysis.state
    let model = context.model
    let listed = Set(listedActors() + engagedActors).sorted()
    let needCount = model.commitments.reduce(0) { count, commitment in
      count + commitment.needs.dimensions.filter { !$0.actors.isEmpty }.count
    }
    let nodeCount = listed.count + needCount + model.commitments.count + model.obstacles.count
    let plan = LayoutPlan.choose(for: .commitments, nodeCount: nodeCount, override: context.options.layout)
    var graph = MapContext.baseGraph(name: "commitments_map", plan: plan)
    graph.nodeDefaults["margin"] = .plain("0.08,0.04")
    for index in listed { graph.nodes.append(actorNode(index)) }
    var edgeCount = 0
    for (position, commitment) in model.commitments.enumerated() {
      addCommitment(commitment, viability: context.analysis.viabilities[position], to: &graph, edgeCount: &edgeCount)
    }
    for (position, obstacle) in model.obstacles.enumerated() {
      addObstacle(
        obstacle, pressure: context.analysis.evaluation.obstacles[position].pressure, to: &graph,
        edgeCount: &edgeCount)
    }
    addAdvice(to: &graph, edgeCount: &edgeCount)
    let opposition = listed.contains { state.actors[$0].present && context.analysis.effectiveStance[$0] < 0 }
    return MapDrawing(
      body: graph, plan: plan, title: context.strings[.commitmentsTitle] + " — " + model.name,
      subtitles: subtitles(),
      legend: legend(
        kinds: Set(listed.map { state.actors[$0].actor.kind }), opposition: opposition,
        removed: listed.contains { !state.actors[$0].present },
        advice: !AdviceMarks.recommended(context.options).isEmpty))
  }

  /// The actors some commitment lists or that own one, in the state's order (the engaged actors of
  /// ``MapOptions/advice`` are added to them).
  private func listedActors() -> [Int] {
    let state = context.analysis.state
    var listed: [Int] = []
    var seen = Set<Int>()
    for commitment in context.model.commitments {
      for id in [commitment.owner] + commitment.needs.allListings {
        if let index = state.index(of: id), seen.insert(index).inserted { listed.append(index) }
      }
    }
    return listed.sorted()
  }

  /// The identifier of the next edge: `edge:0`, `edge:1`, … in the order the edges are drawn.
  private static func nextEdgeID(_ count: inout Int) -> DOTValue {
    defer { count += 1 }
    return .plain("edge:\(count)")
  }

  /// A listed actor: shape and fill as on the power map, with its effective power and stance.
  private func actorNode(_ index: Int) -> DOTNode {
    let strings = context.strings
    let analysis = context.analysis
    let actor = analysis.state.actors[index]
    let power = analysis.effectivePower[index]
    let stance = analysis.effectiveStance[index]
    var attributes = ActorNodeStyle.attributes(kind: actor.actor.kind, stance: stance, present: actor.present)
    if ActorShape.shape(of: actor.actor.kind) == "circle" {
      // A circle grows to hold its whole label, which would read as power: keep it small.
      attributes["fixedsize"] = .plain("shape")
      attributes["width"] = .number(0.55)
      attributes["height"] = .number(0.55)
    }
    var name = MapText.wrapped(actor.actor.short, width: 18)
    if !actor.present { name += " (" + strings[.removedActor] + ")" }
    attributes["label"] = .html(
      HTMLLabel.text(name).bold.font(size: MapTypography.nameSize) + .lineBreak
        + HTMLLabel.text(MapNumber.plain(power) + " · " + MapNumber.signed(stance)).font(
          size: MapTypography.valueSize))
    attributes["tooltip"] = .text(
      ActorNodeStyle.tooltip(
        actor: actor, effectivePower: power, effectiveStance: stance, quadrant: analysis.quadrants[index],
        salience: analysis.salience[index], strings: strings))
    return DOTNode(PowerMapBuilder.nodeName(actor.id), attributes)
  }

  /// A commitment, its needs and the edges from the listed actors to them.
  private func addCommitment(
    _ commitment: Commitment, viability: CommitmentViability, to graph: inout DOTGraph, edgeCount: inout Int
  ) {
    let strings = context.strings
    let commitmentNode = "commitment:" + commitment.id
    var members = [commitmentNode]
    let style = MapPalette.statusStyle(viability.status)
    let owner = context.analysis.state.actor(commitment.owner)?.actor.short ?? commitment.owner
    let statusLine =
      strings.status(viability.status).uppercased() + " · " + strings[.viability] + " "
      + MapNumber.signed(viability.viability)
    graph.nodes.append(
      DOTNode(
        commitmentNode,
        [
          "shape": .plain("box"), "style": .plain(style.style), "peripheries": .number(Double(style.peripheries)),
          "penwidth": .number(style.penwidth), "fillcolor": .plain(MapPalette.statusFill(viability.status)),
          "color": .plain(MapPalette.outline),
          "label": .html(
            HTMLLabel.text(MapText.wrapped(commitment.title, width: Self.titleWidth)).bold
              .font(size: MapTypography.nameSize) + .lineBreak
              + HTMLLabel.text(statusLine).font(size: MapTypography.valueSize) + .lineBreak
              + HTMLLabel.text(strings[.owner] + ": " + owner).font(size: MapTypography.valueSize)),
          "tooltip": .text(
            commitment.title + "\n" + statusLine + "\n" + strings[.owner] + ": " + owner + "\n"
              + strings[.pressure] + " " + MapNumber.plain(viability.obstaclePressure)),
        ]))
    for (dimension, ids) in commitment.needs.dimensions where !ids.isEmpty {
      let need = "need:" + commitment.id + ":" + dimension.rawValue
      members.append(need)
      graph.nodes.append(needNode(need, commitment: commitment, dimension: dimension, viability: viability))
      graph.edges.append(
        DOTEdge(
          from: need, to: commitmentNode,
          [
            "color": .plain(MapPalette.needEdge), "penwidth": .number(1.2), "arrowhead": .plain("normal"),
            "id": Self.nextEdgeID(&edgeCount),
          ]))
      for id in Set(ids).sorted() {
        guard let index = context.analysis.state.index(of: id) else { continue }
        graph.edges.append(
          listingEdge(
            from: index, to: need, commitment: commitment, dimension: dimension,
            id: Self.nextEdgeID(&edgeCount)))
      }
    }
    graph.clusters.append(
      DOTCluster(
        name: "cluster_commitment_\(graph.clusters.count)",
        attributes: [
          "style": .plain("rounded"), "color": .plain(MapPalette.clusterLine), "penwidth": .number(0.8),
          "margin": .number(6), "label": .plain(""),
        ], members: members))
  }

  /// A need of a commitment: its dimension and net support, bold when it is the weakest.
  private func needNode(
    _ name: String, commitment: Commitment, dimension: CommitmentDimension, viability: CommitmentViability
  ) -> DOTNode {
    let strings = context.strings
    let score = viability.dimensions[dimension]
    let weakest = viability.weakestDimension == dimension
    return DOTNode(
      name,
      [
        "shape": .plain("box"), "style": .plain(weakest ? "rounded,filled,bold" : "rounded,filled"),
        "fillcolor": .plain(MapPalette.netSupportFill(score)), "color": .plain(MapPalette.outline),
        "penwidth": .number(weakest ? 2 : 1), "fontsize": .number(MapTypography.valueSize),
        "label": .html(
          HTMLLabel.text(strings.dimension(dimension)).bold
            + HTMLLabel.text(
              " " + (score.map(MapNumber.signed) ?? "—"))),
        "tooltip": .text(
          commitment.title + "\n" + strings.dimension(dimension) + " " + (score.map(MapNumber.signed) ?? "—")),
      ])
  }

  /// The edge from a listed actor to a need: solid when it supports, dashed vermillion when it
  /// opposes, grey when the scenario removed it; its width is the actor's weight p̂·q.
  private func listingEdge(
    from index: Int, to needNode: String, commitment: Commitment, dimension: CommitmentDimension, id: DOTValue
  ) -> DOTEdge {
    let strings = context.strings
    let analysis = context.analysis
    let actor = analysis.state.actors[index]
    let stance = analysis.effectiveStance[index]
    let weight = actor.present ? analysis.effectivePower[index] * actor.interest : 0
    var attributes: DOTAttributes = [
      "penwidth": .number(RelationStyle.penWidth(weight)), "arrowhead": .plain("normal"),
      "arrowsize": .number(0.7), "id": id,
      "tooltip": .text(
        actor.actor.short + " → " + strings.dimension(dimension) + " (" + commitment.title + "): "
          + strings[.power] + " " + MapNumber.plain(analysis.effectivePower[index]) + " · " + strings[.stance]
          + " " + MapNumber.signed(stance)),
    ]
    if stance < 0 {
      attributes["color"] = .plain(RelationStyle.color(of: .conflict))
      attributes["style"] = .plain("dashed")
    } else {
      attributes["color"] = .plain(MapPalette.supportEdge)
    }
    if !actor.present { attributes["color"] = .plain(MapPalette.cutRelation) }
    return DOTEdge(from: PowerMapBuilder.nodeName(actor.id), to: needNode, attributes)
  }

  /// An obstacle, with its kind, severity, pressure, holders and mitigators, and its edges to the
  /// commitments it blocks.
  private func addObstacle(_ obstacle: Obstacle, pressure: Double, to graph: inout DOTGraph, edgeCount: inout Int) {
    let strings = context.strings
    let state = context.analysis.state
    let node = "obstacle:" + obstacle.id
    func names(_ ids: [String]) -> String {
      ids.map { state.actor($0)?.actor.short ?? $0 }.joined(separator: ", ")
    }
    var lines = [
      strings.obstacle(obstacle.kind) + " · " + strings[.severity] + " " + MapNumber.plain(obstacle.severity) + " · "
        + strings[.pressure] + " " + MapNumber.plain(pressure)
    ]
    if !obstacle.holders.isEmpty { lines.append(strings[.heldBy] + ": " + names(obstacle.holders)) }
    if !obstacle.mitigators.isEmpty { lines.append(strings[.mitigatedBy] + ": " + names(obstacle.mitigators)) }
    let details = lines.map { MapText.wrapped($0, width: 30) }.joined(separator: "\n")
    graph.nodes.append(
      DOTNode(
        node,
        [
          "shape": .plain("octagon"), "style": .plain("filled"), "fillcolor": .plain(MapPalette.obstacleFill),
          "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(1.4),
          "label": .html(
            HTMLLabel.text(MapText.wrapped(obstacle.title, width: Self.titleWidth)).bold
              .font(size: MapTypography.valueSize + 1) + .lineBreak
              + HTMLLabel.text(details).font(size: MapTypography.valueSize - 1)),
          "tooltip": .text(obstacle.title + "\n" + details),
        ]))
    let commitments = context.model.commitments
    for commitment in Set(obstacle.blocks).sorted() where commitments.contains(where: { $0.id == commitment }) {
      graph.edges.append(
        // Drawn from the commitment with the tee at its end, so that the obstacles stand right of
        // the commitments instead of among the needs.
        DOTEdge(
          from: "commitment:" + commitment, to: node,
          [
            "color": .plain(RelationStyle.color(of: .conflict)), "penwidth": .number(0.8 + 3 * pressure),
            "dir": .plain("back"), "arrowtail": .plain("tee"), "arrowhead": .plain("none"), "style": .plain("bold"),
            "id": Self.nextEdgeID(&edgeCount),
            "tooltip": .text(
              obstacle.title + " → " + commitment + ": " + strings[.pressure] + " " + MapNumber.plain(pressure)),
          ]))
    }
  }

  /// The subtitles, with the plan's counts by status and its concentration second.
  private func subtitles() -> [String] {
    let strings = context.strings
    let summary = context.analysis.evaluation.plan
    var subtitles = context.subtitles
    subtitles.insert(
      [
        (strings.status(.viable), summary.viable), (strings.status(.atRisk), summary.atRisk),
        (strings.status(.blocked), summary.blocked),
      ].map { "\($0.0) \($0.1)" }.joined(separator: " · ") + " · HHI " + MapNumber.plain(summary.concentration), at: 1)
    return subtitles
  }
}
