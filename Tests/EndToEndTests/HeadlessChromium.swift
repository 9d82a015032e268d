import Foundation
import TestSupport
import Testing

/// Headless Chromium for checking reports in a real browser, with networking disabled: every
/// request goes to a dead proxy (127.0.0.1:9) and Chromium's own background traffic is turned off.
///
/// Which resources a page loads is read from two logs Chromium writes: its NetLog (network
/// requests; the page's own carry its origin as initiator, the browser's carry "not an origin")
/// and the verbose log of its file loader (`FileURLLoader::Start: file:///…`), which also shows
/// that the page itself was loaded, so a change in the log format fails loudly instead of passing.
struct HeadlessChromium {
  /// What one page load did.
  struct PageLoad {
    /// Network requests the page made (all fail: networking is disabled).
    var networkRequests: [String]
    /// Files the browser loaded, the page included.
    var fileLoads: [String]
    /// The exit status of the browser.
    var status: Int32
    /// Everything the browser printed.
    var log: String
  }

  let executable: URL

  /// The longest a page load may take before the browser is stopped (a load takes 2–6 s here).
  static let timeout: TimeInterval = 120

  /// The browser: $POWERMAP_CHROMIUM, else `chromium`, `chromium-browser` or `google-chrome` on PATH.
  static let installed: HeadlessChromium? = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["POWERMAP_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
      return HeadlessChromium(executable: URL(fileURLWithPath: path))
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for folder in folders {
        let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) {
          return HeadlessChromium(executable: candidate)
        }
      }
    }
    return nil
  }()

  /// Whether the browser tests run: always in CI (where `make test` installs Chromium, so a
  /// missing browser is a failure), elsewhere when a browser is installed.
  static var shouldRun: Bool { installed != nil || ProcessInfo.processInfo.environment["CI"] != nil }

  /// Loads `page` and writes a screenshot (`screenshot`, PNG, `width`×`height`) or a PDF (`pdf`,
  /// A4 as the page's print stylesheet says, no header or footer).
  func load(
    _ page: URL, screenshot: URL? = nil, pdf: URL? = nil, width: Int = 1280, height: Int = 2000, in folder: URL
  ) throws -> PageLoad {
    let netLog = folder.appendingPathComponent("netlog-\(UUID().uuidString).json")
    var arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
      "--disable-extensions", "--hide-scrollbars", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
      "--user-data-dir=\(folder.appendingPathComponent("profile-\(UUID().uuidString)").path)",
      "--log-net-log=\(netLog.path)", "--net-log-capture-mode=Default",
      "--enable-logging=stderr", "--v=0", "--vmodule=file_url_loader_factory=1",
      "--window-size=\(width),\(height)",
    ]
    if let screenshot { arguments.append("--screenshot=\(screenshot.path)") }
    if let pdf { arguments += ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"] }
    arguments.append(page.absoluteURL.absoluteString)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    let waitForExit = try ChildProcess.launch(process)
    // A browser that hangs fails the test instead of holding CI until its time limit.
    let running = process
    DispatchQueue.global().asyncAfter(deadline: .now() + Self.timeout) {
      if running.isRunning { running.terminate() }
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    waitForExit()
    let log = String(decoding: data, as: UTF8.self)

    let fileLoads = log.split(separator: "\n").compactMap { line -> String? in
      guard let range = line.range(of: "FileURLLoader::Start: ") else { return nil }
      return String(line[range.upperBound...])
    }
    return PageLoad(
      networkRequests: try Self.pageRequests(inNetLog: netLog), fileLoads: fileLoads,
      status: process.terminationStatus, log: log)
  }

  /// The URLs of the requests a page (not the browser) started, from a NetLog file.
  static func pageRequests(inNetLog url: URL) throws -> [String] {
    let data = try Data(contentsOf: url)
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let constants = root["constants"] as? [String: Any],
      let types = constants["logEventTypes"] as? [String: Int],
      let startJob = types["URL_REQUEST_START_JOB"],
      let events = root["events"] as? [[String: Any]]
    else { throw BrowserError.unreadableNetLog }
    return events.compactMap { event in
      guard event["type"] as? Int == startJob, let parameters = event["params"] as? [String: Any],
        let url = parameters["url"] as? String
      else { return nil }
      return parameters["initiator"] as? String == "not an origin" ? nil : url
    }
  }

  enum BrowserError: Error {
    case unreadableNetLog
  }
}

/// Reading the files the browser writes.
enum RenderedFile {
  /// The width and height in a PNG's IHDR chunk.
  static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
    func integer(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (integer(16), integer(20))
  }

  /// The compressed image bytes per pixel: a blank page compresses to almost nothing (about 0.002
  /// at 1280×2000), a page of text and maps to a hundred times more.
  static func pngDensity(_ data: Data) -> Double {
    guard let size = pngSize(data), size.width > 0, size.height > 0 else { return 0 }
    return Double(data.count) / Double(size.width * size.height)
  }

  /// The number of pages of a PDF written by Chromium (its page objects are not compressed).
  static func pdfPageCount(_ data: Data) -> Int {
    let text = String(decoding: data, as: UTF8.self)
    return text.components(separatedBy: "/Type /Page").count - 1
      - (text.components(separatedBy: "/Type /Pages").count - 1)
  }

  /// The distinct MediaBox values of a PDF's pages.
  static func pdfMediaBoxes(_ data: Data) -> Set<String> {
    let text = String(decoding: data, as: UTF8.self)
    var boxes = Set<String>()
    var rest = text[...]
    while let range = rest.range(of: "/MediaBox [") {
      let after = rest[range.upperBound...]
      guard let close = after.firstIndex(of: "]") else { break }
      boxes.insert(String(after[..<close]))
      rest = after[close...]
    }
    return boxes
  }
}
