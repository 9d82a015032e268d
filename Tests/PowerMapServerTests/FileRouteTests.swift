import Foundation
import HummingbirdTesting
import PowerMap
import TestSupport
import Testing

@Suite struct FileRouteTests {
  @Test func aFileWithCommentsNeedsSaveAs() async throws {
    let fixture = try ServerFixture()
    let original = try String(contentsOfFile: fixture.modelPath, encoding: .utf8)
    try await fixture.test { (client) async throws in
      let response = try await client.send(.post, "/api/v1/save", json: #"{"version": 1}"#)
      #expect(response.status == .conflict)
      #expect(try response.object()["needsSaveAs"] as? Bool == true)
    }
    #expect(try String(contentsOfFile: fixture.modelPath, encoding: .utf8) == original)
  }

  @Test func saveWritesABackupAndAValidModel() async throws {
    let fixture = try ServerFixture()
    let original = try String(contentsOfFile: fixture.modelPath, encoding: .utf8)
    try await fixture.test { (client) async throws in
      _ = try await client.send(.patch, "/api/v1/actors/orfis", json: #"{"version": 1, "stance": -1}"#)
      let response = try await client.send(.post, "/api/v1/save", json: #"{"version": 2, "overwrite": true}"#)
      #expect(response.status == .ok, "\(response.text)")
      #expect(try response.object()["backup"] as? String == "veracruz-2019-2020.yaml.bak")
      let stale = try await client.send(.post, "/api/v1/save", json: #"{"version": 1}"#)
      #expect(stale.status == .conflict)
    }
    #expect(try String(contentsOfFile: fixture.modelPath + ".bak", encoding: .utf8) == original)
    let saved = try ModelLoader.load(contentsOf: fixture.modelPath).model
    #expect(saved.actors.first { $0.id == "orfis" }?.stance == -1)
    let validate = try PowerMapBinary.run(["validate", fixture.modelPath])
    #expect(validate.status == 0, "\(validate.stderr)")
  }

  @Test func saveAsStaysInTheModelsFolder() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      for name in ["../escape.yaml", "/tmp/x.yaml", "sub/x.yaml", ".hidden.yaml", "notes.txt", ".."] {
        let response = try await client.send(.post, "/api/v1/save", json: #"{"version": 1, "as": "\#(name)"}"#)
        #expect(response.status == .badRequest, "\(name)")
      }
      let json = try await client.send(.post, "/api/v1/save", json: #"{"version": 1, "as": "copy.json"}"#)
      #expect(json.status == .ok, "\(json.text)")
      #expect(try json.object()["backup"] == nil)
      let model = try await client.send(.get, "/api/v1/model").object()
      #expect(model["file"] as? String == "copy.json")
      #expect(model["hasComments"] as? Bool == false)
      #expect(try await client.send(.post, "/api/v1/save", json: #"{"version": 1}"#).status == .ok)
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: fixture.folder.deletingLastPathComponent().appendingPathComponent("escape.yaml").path))
    let copy = fixture.folder.appendingPathComponent("copy.json").path
    #expect(try ModelLoader.load(contentsOf: copy).model.actors.count == 20)
    #expect(FileManager.default.fileExists(atPath: copy + ".bak"))
  }

  @Test func exportsAreDownloads() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { (client) async throws in
      let yaml = try await client.send(.get, "/api/v1/export/model.yaml")
      #expect(yaml.headers[.contentDisposition] == "attachment; filename=\"veracruz-2019-2020.yaml\"")
      #expect(yaml.text == ModelWriter.yaml(try ModelLoader.load(contentsOf: fixture.modelPath).model))
      let json = try await client.send(.get, "/api/v1/export/model.json")
      #expect(try ModelLoader.load(bytes: Array(json.text.utf8), file: "x.json").model.actors.count == 20)
      #expect(try await client.send(.get, "/api/v1/export/passwd").status == .notFound)
    }
  }

  @Test func theReportZipHoldsTheReport() async throws {
    let fixture = try ServerFixture()
    let zip = try await fixture.test { (client) async throws in
      let response = try await client.send(.get, "/api/v1/export/report.zip?scenario=lose-orfis")
      #expect(response.status == .ok, "\(response.text.prefix(300))")
      #expect(response.headers[.contentType] == "application/zip")
      return Data(buffer: response.body)
    }
    let file = fixture.folder.appendingPathComponent("out.zip")
    try zip.write(to: file)
    let listing = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/unzip"), ["-l", file.path], in: fixture.folder)
    #expect(listing.stdout.contains("report/index.html"))
    #expect(listing.stdout.contains("report/data/analysis.json"))
  }
}
