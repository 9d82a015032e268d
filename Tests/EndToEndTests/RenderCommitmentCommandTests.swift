import Foundation
import TestSupport
import Testing

/// `powermap render --map commitment --commitment ID`: one commitment per page, and the two ways to
/// get it wrong.
struct RenderCommitmentCommandTests {
  static let model = "models/veracruz-2019-2020.yaml"

  @Test func drawsOneCommitment() throws {
    let result = try PowerMapBinary.run([
      "render", Self.model, "--map", "commitment", "--commitment", "public-works-data", "--lang", "en", "--date",
      "none", "-o", "-", "--format", "svg",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Commitment —"))
    #expect(result.stdout.contains("authority · net "))
    #expect(!result.stdout.contains("participatory"), "only the one commitment is drawn")
  }

  @Test func anUnknownCommitmentIsALocatedErrorWithTheClosestID() throws {
    let result = try PowerMapBinary.run([
      "render", Self.model, "--map", "commitment", "--commitment", "public-works-dat", "-o", "-", "--format", "svg",
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(Self.model): error: commitments: no commitment 'public-works-dat' (from --commitment) "
          + "(hint: did you mean 'public-works-data'?)"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func theCommitmentMapNeedsACommitment() throws {
    let result = try PowerMapBinary.run(["render", Self.model, "--map", "commitment", "-o", "-", "--format", "svg"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("the commitment map needs --commitment ID; this model's commitments: public-works-data, "),
      "\(result.stderr)")
  }
}
