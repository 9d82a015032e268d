import Foundation
import TestSupport
import Testing

/// One table model serves the CLI and the report: a table the CLI prints as CSV is the file the
/// report writes under `data/`, byte for byte, so it has the same columns everywhere.
struct TableAgreementTests {
  static let model = "models/veracruz-2016-2017.yaml"

  func reportData(_ arguments: [String]) throws -> URL {
    let folder = try PowerMapBinary.temporaryFolder().appendingPathComponent("report")
    let result = try PowerMapBinary.run(["report", Self.model] + arguments + ["--date", "none", "--out", folder.path])
    #expect(result.status == 0, "report failed: \(result.stderr)")
    return folder.appendingPathComponent("data")
  }

  func text(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func analyzeCSVPrintsTheReportsActorsAndCommitmentsFiles() throws {
    let data = try reportData(["--scenario", "lose-orfis"])
    let actors = try PowerMapBinary.run(["analyze", Self.model, "--csv"])
    #expect(actors.status == 0, "\(actors.stderr)")
    #expect(actors.stdout == (try text(data, "actors.csv")))
    #expect(
      actors.stdout.hasPrefix(
        "id,short,name,kind,level,present,power,interest,stance,effectivePower,effectiveStance,influenceRank,"
          + "betweenness,inDegree,outDegree,quadrant,salience\nstate-executive,Ejecutivo estatal,"))
    let commitments = try PowerMapBinary.run(["analyze", Self.model, "--csv", "--table", "commitments"])
    #expect(commitments.stdout == (try text(data, "commitments.csv")))
    #expect(
      commitments.stdout.hasPrefix(
        "id,title,owner,status,viability,threshold,authority,acceptance,ability,obstacles,obstaclePressure,"
          + "concentration,weakestDimension\n"))
    let simulate = try PowerMapBinary.run(["simulate", Self.model, "--scenario", "lose-orfis", "--csv"])
    #expect(simulate.stdout == (try text(data, "changes-lose-orfis.csv")))
  }

  @Test func sampledSimulateCSVIsTheChangesTableJoinedWithTheMonteCarloTable() throws {
    let data = try reportData(["--scenario", "lose-orfis", "--samples", "200", "--seed", "3"])
    let result = try PowerMapBinary.run([
      "simulate", Self.model, "--scenario", "lose-orfis", "--csv", "--samples", "200", "--seed", "3",
    ])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let changes = try text(data, "changes-lose-orfis.csv").split(separator: "\n").map(String.init)
    let monteCarlo = try text(data, "montecarlo-lose-orfis.csv").split(separator: "\n").map(String.init)
    #expect(lines.count == changes.count && lines.count == monteCarlo.count)
    for (index, line) in lines.enumerated() {
      // The Monte Carlo columns after id and title: pViable, pBlocked, meanViability, p05, p95.
      let figures = monteCarlo[index].split(separator: ",", omittingEmptySubsequences: false).suffix(5)
      #expect(line == changes[index] + "," + figures.joined(separator: ","))
    }
  }
}

extension TableAgreementTests {
  @Test func sweepCSVPrintsTheReportsAlliesFile() throws {
    let data = try reportData([])
    let sweep = try PowerMapBinary.run(["sweep", Self.model, "--csv"])
    #expect(sweep.status == 0, "\(sweep.stderr)")
    #expect(sweep.stdout == (try text(data, "allies.csv")))
    // An integral number is written without ".0" in every CSV.
    #expect(sweep.stdout.contains("\n15,ogp-secretariat,0,0,,,,false,"))
  }
}
