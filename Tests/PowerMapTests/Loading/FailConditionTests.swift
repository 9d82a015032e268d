import Testing

@testable import PowerMap

struct FailConditionTests {
  @Test func parsesMetricArgumentComparisonAndNumber() throws {
    let condition = try FailCondition(parsing: " pViable( public-works-data ) <= 0.8 ")
    #expect(condition.metric == "pViable")
    #expect(condition.argument == "public-works-data")
    #expect(condition.comparison == .lessOrEqual)
    #expect(condition.value == 0.8)
    #expect(
      condition.holds { name, argument in name == "pViable" && argument == "public-works-data" ? 0.8 : nil } == true)
    #expect(condition.holds { _, _ in 0.81 } == false)
    #expect(condition.holds { _, _ in nil } == nil)
  }

  @Test(arguments: [
    ("blocked>0", 1.0, true), ("blocked>0", 0.0, false), ("viable<4", 3.0, true), ("viable>=6", 6.0, true),
    ("atRisk==2", 2.0, true), ("atRisk!=2", 2.0, false), ("meanViability<-0.1", -0.2, true),
  ])
  func comparisonsHoldAsWritten(expression: String, value: Double, expected: Bool) throws {
    #expect(try FailCondition(parsing: expression).holds { _, _ in value } == expected)
  }

  @Test(arguments: [
    ("", 1, "a metric name was expected"), ("blocked", 8, "a comparison"), ("blocked=>1", 8, "a comparison"),
    ("blocked>x", 9, "a number was expected"), ("p(a>1", 4, "')' was expected"), ("blocked>1 2", 11, "unexpected text"),
  ])
  func malformedExpressionsAreLocated(expression: String, position: Int, fragment: String) {
    do {
      _ = try FailCondition(parsing: expression)
      Issue.record("\(expression) parsed")
    } catch {
      #expect(error.position == position)
      #expect(error.message.contains(fragment))
    }
  }
}
