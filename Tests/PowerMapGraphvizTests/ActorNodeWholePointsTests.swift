import Testing

@testable import PowerMapGraphviz

/// Actor nodes are sized in whole points, as Graphviz draws them, keeping their area closest to
/// power (issue 14, item 3).
struct ActorNodeWholePointsTests {
  /// A circle of side 15.5 (area 240.25): Graphviz would round it to 16 × 16 (256, 6.6 % over);
  /// 15 × 16 (240) comes closest, drawn as an ellipse.
  @Test func aSmallCircleTakesTheClosestWholeSidesAsAnEllipse() {
    let drawn = ActorNodeStyle.wholePoints((15.5, 15.5), shape: "circle")
    #expect(drawn.width == 15 && drawn.height == 16 && drawn.shape == "ellipse")
  }

  /// A box of 19.2 × 16.02 (area 307.58): Graphviz's 19 × 16 (304) is kept (20 × 16 is 320).
  @Test func graphvizsOwnRoundingIsKeptWhenItIsClosest() {
    let drawn = ActorNodeStyle.wholePoints((19.2, 16.02), shape: "box")
    #expect(drawn.width == 19 && drawn.height == 16 && drawn.shape == "box")
  }

  /// A pentagon of 14.6 × 14.6 (area 213.16): 14 × 15 (210) instead of 15 × 15 (225).
  @Test func sidesRoundTheirOwnWayWhenThatComesCloser() {
    let drawn = ActorNodeStyle.wholePoints((14.6, 14.6), shape: "pentagon")
    #expect(drawn.width * drawn.height == 210 && drawn.shape == "pentagon")
  }
}
