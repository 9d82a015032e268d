import Testing

@testable import PowerMap

struct DidYouMeanTests {
  @Test func idSlugsFoldAccentsInsteadOfDroppingThem() {
    #expect(DidYouMean.idSlug("ciudadanía") == "ciudadania")
    #expect(DidYouMean.idSlug("Añorve Ñúñez") == "anorve-nunez")
    #expect(DidYouMean.idSlug("Órgano de Fiscalización (ORFIS)") == "organo-de-fiscalizacion-orfis")
    #expect(DocumentDecoder.slug("ciudadanía") == "ciudadania")
  }

  @Test func idSuggestionsSkipInvalidIDs() {
    #expect(DidYouMean.suggestion(for: "cpc", among: ["CPC"]) == "CPC")
    #expect(DidYouMean.idSuggestion(for: "cpc", among: ["CPC"]) == nil)
    #expect(DidYouMean.idSuggestion(for: "cpc", among: ["CPC", "cpcc"]) == "cpcc")
    #expect(
      DidYouMean.actorHint(for: "cpc", among: ["CPC": -1, "orfis": 0])
        == "the actor 'CPC' is declared with an invalid id; declare it as 'cpc'")
  }
}
