import ArgumentParser
import Foundation
import PowerMap
import PowerMapServer

struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Run a workshop in the browser: edit the model with the room and see the plan change live.",
    discussion: """
      Serves the facilitator's page at http://HOST:PORT/ and the room's read-only page at /view, with the JSON \
      API under /api/v1 (the Server API article of the documentation). Binds 127.0.0.1 by default; with \
      another --host it prints two URLs with random tokens, one to edit and one to view. Saving writes the model \
      back validated, keeping FILE.bak. Ctrl-C stops the server.
      """
  )

  @Argument(help: "A model file (YAML or JSON).")
  var model: String

  @Option(help: "The port to listen on.")
  var port = 8080

  @Option(help: "The address to listen on; anything but loopback needs the printed tokens.")
  var host = "127.0.0.1"

  @Flag(help: "Open the facilitator's page in the default browser.")
  var open = false

  func validate() throws {
    if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
    if host.isEmpty { throw ValidationError("--host needs an address") }
  }

  func run() async throws {
    let loaded = try ModelLoader.load(contentsOf: model)
    Terminal.printDiagnostics(loaded.warnings)
    let server = try WorkshopServer(model: loaded.model, modelPath: model, host: host, port: port)
    let (edit, view) = server.addresses
    let open = self.open
    try await server.run {
      Terminal.message("serving \(loaded.model.name) (Ctrl-C stops)")
      Terminal.message("facilitator: \(edit)")
      Terminal.message("room:        \(view)")
      if open { Self.openBrowser(edit) }
    }
  }

  /// Opens `address` with the system's opener (`open` on macOS, `xdg-open` elsewhere), if any.
  static func openBrowser(_ address: String) {
    #if os(macOS)
      let opener = "/usr/bin/open"
    #else
      let opener = "/usr/bin/xdg-open"
    #endif
    guard FileManager.default.isExecutableFile(atPath: opener) else {
      Terminal.printNote("cannot open a browser (\(opener) is missing): open \(address)")
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: opener)
    process.arguments = [address]
    do { try process.run() } catch { Terminal.printNote("cannot open a browser: open \(address)") }
  }
}
