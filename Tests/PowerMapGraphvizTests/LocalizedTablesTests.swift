import PowerMap
import Testing

@testable import PowerMapGraphviz

/// The table of ``Localized`` phrases behind the maps' words: complete, and read in the right
/// language.
struct LocalizedTablesTests {
  @Test func aPhraseIsReadInEachLanguage() {
    let phrase = Localized(en: "Power map", es: "Mapa de poder")
    #expect(phrase[.en] == "Power map")
    #expect(phrase[.es] == "Mapa de poder")
    #expect(Localized((en: "before", es: "antes")) == Localized(en: "before", es: "antes"))
  }

  @Test func theTableHasEveryWordAndNothingElse() {
    let words = MapWord.allCases
    #expect(words.count == 69 + 22 + 14 + 5 + 8 + 4 + 3 + 3 + 5 + 8)
    #expect(Set(words).count == words.count)
    #expect(Set(MapStrings.table.keys) == Set(words))
  }

  @Test func wordsAreReadInTheStringsLanguage() {
    let english = MapStrings(.en)
    let spanish = MapStrings(.es)
    #expect(spanish[.powerMapTitle] == "Mapa de poder")
    #expect(english[overview: .overviewTitle] == "overview")
    #expect(spanish[overview: .overviewTitle] == "panorama")
    #expect(spanish.kind(.civilSociety) == "sociedad civil")
    #expect(spanish.level(.international) == "Internacional")
    #expect(spanish.kind(.international) == "internacional")
    #expect(spanish.status(.atRisk) == "en riesgo")
    #expect(english.salience(.none) == "none")
    #expect(english.relation(.dependsOn) == "depends on")
  }
}
