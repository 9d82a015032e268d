import Foundation

/// Places the labels of the grid's markers so that no label overlaps another label, a marker or a
/// reserved area (the quadrant names), trying the eight spots around each marker first and then
/// rings farther out; a label placed away from its marker gets a leader line.
///
/// Labels are placed in the order given (the grid gives the most powerful actors first); a label
/// that finds no room within ``maximumDistance`` is left out (its actor keeps its tooltip, and the
/// legend counts the labels left out). A uniform grid of buckets keeps each test local, so a
/// thousand labels are placed in milliseconds.
struct GridLabelPlacer {
  /// An axis-aligned box, centre and size, in points.
  struct Box: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x - width / 2 }
    var maxX: Double { x + width / 2 }
    var minY: Double { y - height / 2 }
    var maxY: Double { y + height / 2 }

    func overlaps(_ other: Box, margin: Double) -> Bool {
      minX - margin < other.maxX && other.minX < maxX + margin && minY - margin < other.maxY
        && other.minY < maxY + margin
    }
  }

  /// Where a label went.
  struct Placement: Equatable {
    /// The label's box.
    var box: Box
    /// Whether it sits away from its marker or at one of its corners (draw a leader line).
    var needsLeader: Bool
  }

  /// The farthest a label may sit from its marker's edge.
  let maximumDistance: Double
  /// The area labels must stay inside.
  let bounds: Box
  /// Space kept between boxes.
  let margin = 2.0

  private let bucketSize = 48.0
  private var buckets: [Int64: [Box]] = [:]

  /// A placer for labels inside `bounds`, none farther than `maximumDistance` from its marker.
  init(bounds: Box, maximumDistance: Double) {
    self.bounds = bounds
    self.maximumDistance = maximumDistance
  }

  /// Marks `box` as taken (a marker, a reserved area, or a placed label).
  mutating func reserve(_ box: Box) {
    for key in keys(of: box) { buckets[key, default: []].append(box) }
  }

  /// Finds room for a `width` × `height` label of the marker `marker`, reserves it and returns
  /// it; nil when there is no room.
  mutating func place(width: Double, height: Double, marker: Box) -> Placement? {
    for (index, centre) in candidates(width: width, height: height, marker: marker).enumerated() {
      let box = Box(x: centre.x, y: centre.y, width: width, height: height)
      guard box.minX >= bounds.minX, box.maxX <= bounds.maxX, box.minY >= bounds.minY, box.maxY <= bounds.maxY
      else { continue }
      if isFree(box) {
        reserve(box)
        return Placement(box: box, needsLeader: index >= 4)
      }
    }
    return nil
  }

  private func isFree(_ box: Box) -> Bool {
    for key in keys(of: box) {
      for other in buckets[key] ?? [] where box.overlaps(other, margin: margin) { return false }
    }
    return true
  }

  /// The eight spots touching the marker (right, left, above, below, then the corners), then
  /// rings of spots farther out, every 9 points, more spots on wider rings.
  private func candidates(width: Double, height: Double, marker: Box) -> [(x: Double, y: Double)] {
    let gap = 3.0
    let dx = marker.width / 2 + gap + width / 2
    let dy = marker.height / 2 + gap + height / 2
    var result: [(x: Double, y: Double)] = [
      (marker.x + dx, marker.y), (marker.x - dx, marker.y), (marker.x, marker.y + dy), (marker.x, marker.y - dy),
      (marker.x + dx, marker.y + dy), (marker.x - dx, marker.y + dy), (marker.x + dx, marker.y - dy),
      (marker.x - dx, marker.y - dy),
    ]
    var ring = 1
    while Double(ring) * 9 <= maximumDistance {
      let distance = Double(ring) * 9
      let count = 8 + 4 * ring
      for step in 0..<count {
        let angle = Double(step) / Double(count) * 2 * Double.pi
        let (sine, cosine) = (sin(angle), cos(angle))
        result.append((marker.x + cosine * (dx + distance), marker.y + sine * (dy + distance)))
      }
      ring += 1
    }
    return result
  }

  private func keys(of box: Box) -> [Int64] {
    let minimumColumn = Int64((box.minX / bucketSize).rounded(.down))
    let maximumColumn = Int64((box.maxX / bucketSize).rounded(.down))
    let minimumRow = Int64((box.minY / bucketSize).rounded(.down))
    let maximumRow = Int64((box.maxY / bucketSize).rounded(.down))
    var keys: [Int64] = []
    for column in minimumColumn...maximumColumn {
      for row in minimumRow...maximumRow { keys.append(column &* 1_000_003 &+ row) }
    }
    return keys
  }
}
