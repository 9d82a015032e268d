/// Write-once result cells, one per chunk. Each concurrent iteration writes only its own cell and the cells are
/// read after `concurrentPerform` returns (which happens-after every iteration), hence `@unchecked Sendable`.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private let cells: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    cells = .allocate(capacity: count)
    cells.initialize(repeating: nil)
  }

  deinit {
    cells.deinitialize()
    cells.deallocate()
  }

  func store(_ value: Value, at index: Int) {
    cells[index] = value
  }

  func collect() -> [Value] {
    cells.map { cell in
      guard let value = cell else { preconditionFailure("a parallel chunk produced no result") }
      return value
    }
  }
}
