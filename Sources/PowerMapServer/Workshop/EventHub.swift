import Foundation

/// Broadcasts ``ServerEvent``s to every connected `/api/v1/events` client.
///
/// Each client has a bounded buffer (``bufferLimit`` events, the newest kept): a client that
/// stops reading loses its oldest events instead of growing the server's memory, and the version
/// it sees last is still the current one.
package final class EventHub: @unchecked Sendable {
  /// How many unread events a client may have before its oldest are dropped.
  package static let bufferLimit = 256
  /// Seconds between keep-alive comments.
  static let keepAliveInterval: UInt64 = 15

  private let lock = NSLock()
  private var clients: [Int: AsyncStream<ServerEvent>.Continuation] = [:]
  private var nextID = 0
  private var keepAlive: Task<Void, Never>?
  /// Set by ``finish()``: a client that subscribes later (its request raced the shutdown) gets a
  /// stream that has already ended, so the server never waits on it.
  private var finished = false

  package init() {}

  deinit { keepAlive?.cancel() }

  /// The number of connected clients.
  package var clientCount: Int { lock.withLock { clients.count } }

  /// A new client's stream of events; it ends when the client is removed or the hub finishes.
  package func subscribe() -> AsyncStream<ServerEvent> {
    let (stream, continuation) = AsyncStream.makeStream(
      of: ServerEvent.self, bufferingPolicy: .bufferingNewest(Self.bufferLimit))
    let id: Int? = lock.withLock {
      guard !finished else { return nil }
      nextID += 1
      clients[nextID] = continuation
      return nextID
    }
    guard let id else {
      continuation.finish()
      return stream
    }
    continuation.onTermination = { [weak self] _ in self?.remove(id) }
    startKeepAlive()
    return stream
  }

  /// Sends `event` to every client.
  package func publish(_ event: ServerEvent) {
    let targets = lock.withLock { Array(clients.values) }
    for client in targets { client.yield(event) }
  }

  /// Ends every client's stream (at shutdown).
  package func finish() {
    let targets = lock.withLock {
      finished = true
      let all = Array(clients.values)
      clients.removeAll()
      keepAlive?.cancel()
      keepAlive = nil
      return all
    }
    for client in targets { client.finish() }
  }

  private func remove(_ id: Int) {
    lock.withLock { _ = clients.removeValue(forKey: id) }
  }

  private func startKeepAlive() {
    lock.withLock {
      guard keepAlive == nil, !finished else { return }
      keepAlive = Task { [weak self] in
        while !Task.isCancelled {
          try? await Task.sleep(nanoseconds: Self.keepAliveInterval * 1_000_000_000)
          guard let self else { return }
          self.publish(.keepAlive)
        }
      }
    }
  }
}
