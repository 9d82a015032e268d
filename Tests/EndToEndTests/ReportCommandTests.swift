import Foundation
import TestSupport
import Testing

/// `powermap report`: the files it writes, what they contain, how they fail, and how they look in a
/// real browser.
@Suite struct ReportCommandTests {
  static let model2019 = "models/veracruz-2019-2020.yaml"
  static let model2016 = "models/veracruz-2016-2017.yaml"

  /// Writes the report of `arguments` into a new folder and returns the folder.
  private func report(_ arguments: [String]) throws -> URL {
    let folder = try PowerMapBinary.temporaryFolder().appendingPathComponent("report")
    let result = try PowerMapBinary.run(["report"] + arguments + ["--out", folder.path])
    #expect(result.status == 0, "report failed: \(result.stderr)")
    return folder
  }

  private func text(_ folder: URL, _ path: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func writesTheSelfContainedPageTheMarkdownItsMapsAndTheData() throws {
    let folder = try report([Self.model2019, "--scenario", "pan-to-morena", "--samples", "300", "--date", "none"])
    let html = try text(folder, "index.html")
    // One file: no script, no stylesheet link, no image or font fetched from anywhere.
    for forbidden in ["<script", "<link", " src=", "url(", "@import", "href=\"http", "<iframe", "<object"] {
      #expect(!html.lowercased().contains(forbidden), "index.html contains \(forbidden)")
    }
    #expect(
      html.components(separatedBy: "<svg").count - 1 == 9,
      "power, grid, one map per commitment (6) and scenario maps inline; the overview of the commitments linked")
    #expect(html.contains("<a href=\"map-commitments.svg\">map-commitments.svg</a>"))
    #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
    // Sections in the order of the issue.
    let headings = [
      "id=\"summary\"", "id=\"power-map\"", "id=\"grid\"", "id=\"actors\"", "id=\"commitments\"", "id=\"scenarios\"",
      "id=\"monte-carlo\"", "id=\"ally-loss\"", "id=\"mactor\"", "id=\"methods\"",
    ]
    let positions = try headings.map { try #require(html.range(of: "<section " + $0)?.lowerBound, "\($0)") }
    #expect(positions == positions.sorted())
    // Status by word as well as colour.
    #expect(html.contains("<span class=\"status blocked\">✕ bloqueado</span>"))

    let markdown = try text(folder, "report.md")
    for map in [
      "map-power.svg", "map-grid.svg", "map-commitments.svg", "map-commitment-public-works-data.svg",
      "map-scenario-pan-to-morena.svg",
    ] {
      #expect(markdown.contains("](\(map))"), "report.md links \(map)")
      let svg = try text(folder, map)
      #expect(svg.contains("<svg") && svg.contains("</svg>"))
    }
    let actorsCSV = try text(folder, "data/actors.csv")
    #expect(actorsCSV.hasPrefix("id,short,name,kind,level,present,power,interest,stance,effectivePower,"))
    #expect(actorsCSV.split(separator: "\n").count == 21, "a header and 20 actors")
    let commitments = try #require(
      JSONSerialization.jsonObject(with: Data(try text(folder, "data/commitments.json").utf8)) as? [[String: Any]])
    #expect(commitments.count == 6)
    #expect(commitments.allSatisfy { $0["status"] as? String == "viable" })
    for file in [
      "data/obstacles.csv", "data/changes-pan-to-morena.csv", "data/changes-pan-to-morena.json",
      "data/montecarlo-pan-to-morena.json", "data/viable-count-pan-to-morena.csv",
      "data/allies.csv", "data/mactor-balance.csv", "data/mactor-midi.csv", "data/mactor-objectives.json",
      "data/sweep.json", "data/mactor.json",
    ] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
    }
  }

  @Test func dataFilesEqualWhatTheAnalysisCommandsPrint() throws {
    let folder = try report([Self.model2019, "--scenario", "lose-orfis", "--samples", "200", "--seed", "9"])
    let analyze = try PowerMapBinary.run(["analyze", Self.model2019, "--json"])
    #expect(try text(folder, "data/analysis.json") == analyze.stdout)
    let simulate = try PowerMapBinary.run([
      "simulate", Self.model2019, "--scenario", "lose-orfis", "--samples", "200", "--seed", "9", "--json",
    ])
    #expect(try text(folder, "data/scenario-lose-orfis.json") == simulate.stdout)
    let sweep = try PowerMapBinary.run(["sweep", Self.model2019, "--json"])
    #expect(try text(folder, "data/sweep.json") == sweep.stdout)
    let mactor = try PowerMapBinary.run(["mactor", Self.model2019, "--json"])
    #expect(try text(folder, "data/mactor.json") == mactor.stdout)
  }

  @Test func markdownReportMatchesTheGolden() throws {
    let folder = try report([
      Self.model2019, "--scenario", "pan-to-morena", "--scenario", "lose-orfis", "--samples", "1000", "--seed", "1",
      "--date", "none", "--lang", "en",
    ])
    try Golden.check(try text(folder, "report.md"), against: "report-2019-2020.md")
  }

  @Test func summaryTellsThe2016Story() throws {
    // The 2016-2017 plan rests on the state executive: the change of government blocks five
    // commitments, and losing the executive or its agencies is as bad.
    let folder = try report([Self.model2016, "--scenario", "pan-to-morena", "--lang", "en", "--date", "none"])
    let markdown = try text(folder, "report.md")
    #expect(markdown.contains("4 of 5 commitments viable, 1 at risk, 0 blocked."))
    #expect(markdown.contains("the largest supporter **Ejecutivo estatal** holding 35.5 % of it."))
    #expect(markdown.contains(": 5 commitments get worse; total viability changes by −3.59."))
    #expect(
      markdown.contains(
        "\n- Infraestructura de salud: información abierta sobre obras y equipamiento hospitalario: viable → **✕ blocked**\n"
      ))
    #expect(markdown.contains("1. **Dependencias**: 5 commitments get worse; total viability changes by"))
  }

  @Test func languageDefaultsToTheModelsAndCanBeChosen() throws {
    let spanish = try report([Self.model2019, "--date", "none"])
    #expect(try text(spanish, "index.html").contains("<html lang=\"es\">"))
    #expect(try text(spanish, "report.md").contains("## Resumen"))
    let english = try report([Self.model2019, "--date", "none", "--lang", "en"])
    #expect(try text(english, "report.md").contains("## Summary"))
    #expect(try text(english, "report.md").contains("No scenario was given for this report."))
  }

  @Test func outputIsIdenticalForAnyNumberOfJobs() throws {
    let arguments = [Self.model2019, "--scenario", "pan-to-morena", "--samples", "500", "--date", "none"]
    let one = try report(arguments + ["--jobs", "1"])
    let two = try report(arguments + ["--jobs", "2"])
    let files = try FileManager.default.subpathsOfDirectory(atPath: one.path).sorted()
    #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: two.path)).sorted())
    // The manifest holds the SHA-256 of each file, so it differs exactly when an SVG's line order does.
    for file in files where file != "data" && file != ".powermap-report" {
      let a = try text(one, file)
      let b = try text(two, file)
      if file.hasSuffix(".svg") || file.hasSuffix(".html") {
        // Graphviz 2.42 writes clusters in the order of its string addresses, which vary from run
        // to run; the clusters of our maps never overlap, so the drawing is the same. Compare lines.
        #expect(a.split(separator: "\n").sorted() == b.split(separator: "\n").sorted(), "\(file) differs")
      } else {
        #expect(a == b, "\(file) differs between --jobs 1 and --jobs 2")
      }
    }
  }

  /// A model whose every text is hostile markup.
  static let hostileModel = """
    schema: powermap/1
    name: "<script>alert('name')</script> plan"
    actors:
      - {id: gov, name: "<script>alert(1)</script>", short: "<b>Gov</b> | x", kind: executive, level: state, power: 0.8, interest: 0.6, stance: 0.7}
      - {id: ngo, name: "<img src=x onerror=alert(2)>", short: "NGO *bold* [l](http://e.x)", kind: civil-society, level: state, power: 0.4, interest: 0.9, stance: 0.8}
      - {id: foe, name: "Foe & \\"friends\\"", kind: party, level: state, power: 0.5, interest: 0.7, stance: -0.6}
    relations:
      - {from: gov, to: ngo, kind: funding, weight: 0.5}
      - {from: foe, to: gov, kind: conflict, weight: 0.4}
    commitments:
      - {id: c1, title: "<script>document.write('x')</script>", owner: gov, needs: {authority: [gov], acceptance: [ngo, foe]}}
    obstacles:
      - {id: o1, kind: political, title: "</td></tr><script>alert(3)</script>", blocks: [c1], severity: 0.5, holders: [foe], mitigators: [ngo]}
    scenarios:
      - id: s1
        title: "<style>body{display:none}</style> \\" onmouseover=\\"alert(4)"
        description: "- <iframe src=http://e.x>"
        steps:
          - remove: ngo
          - add: {id: new, name: "<script>alert(5)</script>", short: "<i>new</i>", kind: media, level: state, power: 0.3, interest: 0.5, stance: 0.2}
          - link: {from: new, to: gov, kind: influence}
      - id: s2
        title: second
        description: "1. not a list"
        steps:
          - transition: {actors: [gov], to: "<u>party</u>", stance: 0.1}
    """

  @Test func modelTextWithMarkupIsShownAsTextNeverRun() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let model = folder.appendingPathComponent("hostile.yaml")
    try Data(Self.hostileModel.utf8).write(to: model)
    let out = folder.appendingPathComponent("report")
    let result = try PowerMapBinary.run(["report", model.path, "--samples", "50", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let html = try text(out, "index.html").lowercased()
    for tag in ["<script", "<img", "<iframe", "<b>gov</b>", "<style>body", "</td></tr><script", "<i>new", "<u>party"] {
      #expect(!html.contains(tag), "index.html contains \(tag)")
    }
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    #expect(html.contains("foe &amp; &quot;friends&quot;"))
    #expect(!html.contains("\" onmouseover=\"") && html.contains("&quot; onmouseover=&quot;alert(4)"))
    let markdown = try text(out, "report.md")
    #expect(!markdown.lowercased().contains("<script") && !markdown.contains("<img") && !markdown.contains("<b>Gov"))
    #expect(markdown.contains("&lt;script>alert('name')&lt;/script> plan"))
    #expect(markdown.contains("NGO \\*bold\\* \\[l\\](http://e.x)"))
    // A description cannot start a list.
    #expect(markdown.contains("\n\\- &lt;iframe src=http://e.x>\n"))
    #expect(markdown.contains("\n1\\. not a list\n"))
    // A `|` in a name cannot add a column: every row of the actors table has the header's cells.
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = try #require(lines.firstIndex { $0.hasPrefix("| Actor | Name |") })
    func cells(_ line: String) -> Int {
      var count = 0
      var escaped = false
      for character in line {
        if character == "|" && !escaped { count += 1 }
        escaped = character == "\\" && !escaped
      }
      return count
    }
    for line in lines[header...].prefix(while: { $0.hasPrefix("|") }) {
      #expect(cells(line) == cells(lines[header]), "row breaks the table: \(line)")
    }
    // The data files keep the text as written.
    #expect(try text(out, "data/actors.csv").contains("gov,<b>Gov</b> | x,<script>alert(1)</script>,executive,"))
  }

  @Test func badInputExits2AndWritesNothing() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let invalid = folder.appendingPathComponent("invalid.yaml")
    try Data("schema: powermap/1\nname: x\nactors:\n  - {id: a, name: A, kind: nope, level: state}\n".utf8).write(
      to: invalid)
    let out = folder.appendingPathComponent("out")
    let bad = try PowerMapBinary.run(["report", invalid.path, "--out", out.path])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("invalid.yaml:4:"))
    #expect(!FileManager.default.fileExists(atPath: out.path), "no output folder for a bad model")

    let unknown = try PowerMapBinary.run(["report", Self.model2019, "--scenario", "pan-to-morna", "--out", out.path])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'pan-to-morena'"))
    #expect(!FileManager.default.fileExists(atPath: out.path))

    let negative = try PowerMapBinary.run(["report", Self.model2019, "--samples", "-1", "--out", out.path])
    #expect(negative.status == 2)
  }

  @Test func refusesToWriteOverTheModel() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let model = folder.appendingPathComponent("report.md")
    let original = try Data(contentsOf: URL(fileURLWithPath: PowerMapBinary.path("models/examples/minimal.yaml")))
    try original.write(to: model)
    let result = try PowerMapBinary.run(["report", model.path, "--out", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to write over the input file"))
    #expect(try Data(contentsOf: model) == original, "the model file is unchanged")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path), "nothing created")
  }

  @Test func rewritingAFolderRemovesTheFilesOfTheLastReportOnly() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let out = folder.appendingPathComponent("report")
    let minimal = "models/examples/minimal.yaml"
    #expect(try PowerMapBinary.run(["report", minimal, "--out", out.path]).status == 0)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/changes-alcaldes-ceden.csv").path))
    let mine = out.appendingPathComponent("notes.txt")
    try Data("mine".utf8).write(to: mine)
    let again = try PowerMapBinary.run(["report", minimal, "--scenario", "sin-orfis", "--out", out.path])
    #expect(again.status == 0)
    for stale in [
      "map-scenario-alcaldes-ceden.svg", "data/changes-alcaldes-ceden.csv", "data/scenario-alcaldes-ceden.json",
    ] {
      #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(stale).path), "\(stale) is stale")
    }
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("map-scenario-sin-orfis.svg").path))
    #expect(try Data(contentsOf: mine) == Data("mine".utf8), "a file the report did not write stays")
  }

  @Test func notesWhenTheReportWouldSilentlyLeaveSomethingOut() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let result = try PowerMapBinary.run([
      "report", Self.model2016, "--samples", "100", "--out", folder.appendingPathComponent("r").path,
    ])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "note: the model has no scenarios of its own, so the report has none; add --scenario NAME for those in its "
          + "scenarios/ folder: ivai-board-change, lose-orfis, pan-to-morena"))
    #expect(result.stderr.contains("note: --samples has no effect without a scenario"))
    let twice = try PowerMapBinary.run([
      "report", Self.model2016, "--scenario", "pan-to-morena", "--scenario", "pan-to-morena", "--out",
      folder.appendingPathComponent("t").path,
    ])
    #expect(twice.stderr.contains("note: --scenario pan-to-morena is given twice; it is reported once"))
    #expect(try text(folder.appendingPathComponent("t"), "index.html").components(separatedBy: "<article ").count == 2)
  }

  @Test func modelWithoutCommitmentsObstaclesOrRelationsStillReports() throws {
    let folder = try PowerMapBinary.temporaryFolder()
    let model = folder.appendingPathComponent("bare.yaml")
    try Data(
      """
      schema: powermap/1
      name: Bare
      actors:
        - {id: a, name: Alpha, kind: agency, level: state, power: 0.5, interest: 0.5, stance: 0.5}
        - {id: b, name: Beta, kind: media, level: state, power: 0.4, interest: 0.2, stance: -0.3}
      """.utf8
    ).write(to: model)
    let out = folder.appendingPathComponent("report")
    let result = try PowerMapBinary.run(["report", model.path, "--lang", "en", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = try text(out, "report.md")
    #expect(markdown.contains("0 of 0 commitments viable, 0 at risk, 0 blocked."))
    #expect(markdown.contains("The model lists no commitments."))
    #expect(markdown.contains("The model lists no obstacles."))
    #expect(markdown.contains("No single loss changes a commitment's status or lowers total viability."))
    #expect(try text(out, "index.html").contains("</html>"))
  }
}
