/// The words of the overview maps (``MapOverview``) and of the grid of a big model, in English and
/// Spanish (their phrases are in ``MapStrings/table``).
enum OverviewStrings {
  /// A fixed phrase.
  enum Key: Sendable, CaseIterable {
    case overviewTitle, actor, actors, removedGroup, groupNote, groupSizeNote, bundleSection, bundleTies, bundleConflict
    case bundleCut, bundleWidthNote, relations, insideGroup, mostPowerful, fullNote, bundlesOmitted
    case densitySection, densityNote, gridTopNote, severalKinds, mixedGroupNote, kindsInGroup
  }
}

extension MapStrings {
  /// An overview phrase in the strings' language.
  subscript(overview key: OverviewStrings.Key) -> String {
    text(.overview(key)) ?? ""
  }
}
