// Roles the extractor derives from titles and from the lexicon, when the text
// and the lexicon disagree: deputies, offices held for an organization, and
// people whose country one mention gives and another does not.
#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/extractor_fixture.h"

namespace diplograph {
namespace {

using ::testing::AnyOf;
using ::testing::Contains;
using ::testing::Not;

// Foreign ministries go by many names ("for", a second portfolio, "MFA").
TEST_F(ExtractorTest, AForeignMinistryByItsLongerNamesIsTheForeignMinistry) {
  auto rel = Relations(
      "Chile's Ministry of Foreign and European Affairs summoned the Peruvian ambassador. "
      "The Bolivian Ministry for Foreign Affairs urged Peru to calm. "
      "Paraguay's MFA condemned Peru.");
  EXPECT_THAT(rel, Contains("Chilean Foreign Ministry summoned Peruvian ambassador"));
  EXPECT_THAT(rel, Contains("Bolivian Foreign Ministry urged Peru"));
  EXPECT_THAT(rel, Contains("Paraguayan Foreign Ministry condemned Peru"));
}

TEST_F(ExtractorTest, ADeputyToALeaderLeadsNothing) {
  auto rel = Relations(
      "Chilean Vice President Rosa Fuentes met Peruvian Deputy Prime Minister Hugo Salas in Lima. "
      "Argentine Vice-President Ana Torres also attended.");
  EXPECT_THAT(rel, Contains("Rosa Fuentes affiliatedWith Chile"));
  EXPECT_THAT(rel, Not(Contains("Rosa Fuentes leaderOf Chile")));
  EXPECT_THAT(rel, Contains("Hugo Salas affiliatedWith Peru"));
  EXPECT_THAT(rel, Not(Contains("Hugo Salas leaderOf Peru")));
  EXPECT_THAT(rel, Not(Contains("Ana Torres leaderOf Argentina")));
}

TEST_F(ExtractorTest, AnOfficeTheTextGivesOutranksTheLexiconsLeadership) {
  // The lexicon lists Mark Rutte as the Dutch prime minister of 2024; a
  // story that titles him NATO's secretary general is about that office.
  auto rel = Relations("NATO Secretary General Mark Rutte warned Russia on Wednesday.");
  EXPECT_THAT(rel, Contains("Mark Rutte warned Russia"));
  EXPECT_THAT(rel, Not(Contains("Mark Rutte leaderOf Netherlands")));
  EXPECT_THAT(rel, Not(Contains("Mark Rutte affiliatedWith Netherlands")));
}

TEST_F(ExtractorTest, ABareTitleTakesNoContextCountryFromSomeoneWithTheirOwn) {
  auto rel = Relations(
      "Chinese Foreign Minister Wang Yi met Bolivian Deputy Foreign Minister Marta Quispe in Beijing. "
      "Deputy Foreign Minister Marta Quispe said the talks were useful.");
  EXPECT_THAT(rel, Contains("Marta Quispe affiliatedWith Bolivia"));
  EXPECT_THAT(rel, Not(Contains("Marta Quispe affiliatedWith China")));
}

TEST_F(ExtractorTest, ANamedCounterpartHoldsTheOfficeOfTheOneItIsSaidOf) {
  auto rel = Relations(
      "Chilean President Rosa Fuentes and her Peruvian counterpart Hugo Salas attended the ceremony.");
  EXPECT_THAT(rel, Contains("Hugo Salas leaderOf Peru"));
  EXPECT_THAT(rel, Not(Contains("Rosa Fuentes leaderOf Peru")));
}

TEST_F(ExtractorTest, OneOfficeUnderAnotherNameIsTheSameHolder) {
  // The lexicon knows Sergey Lavrov as Russia's foreign minister: "the
  // Bolivian foreign minister" is the one titled Minister of Foreign Affairs.
  auto rel = Relations(
      "Minister of Foreign Affairs Marta Quispe met Foreign Minister Sergey Lavrov in Moscow. "
      "Upon arrival, the Bolivian foreign minister posted a photo.");
  EXPECT_THAT(rel, Not(Contains("Sergey Lavrov affiliatedWith Bolivia")));
}

TEST_F(ExtractorTest, ATitleHeldInABodyOrOrganizationPrecedesTheName) {
  auto rel = Relations(
      "Secretary of Chile's National Security Council Tomas Arancibia met Peru's ambassador to the "
      "UN Hugo Salas in Lima.");
  EXPECT_THAT(rel, Contains("Tomas Arancibia affiliatedWith Chile"));
  EXPECT_THAT(rel, Contains("Hugo Salas affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Tomas Arancibia metWith Hugo Salas"));
}

TEST_F(ExtractorTest, AnEnvoyToAnOrganizationIsPostedToNoCountry) {
  auto rel = Relations(
      "LIMA (Reuters) - Peru's government met the press. Chile's ambassador to the UN Hugo Salas "
      "condemned the attack on Peru.");
  EXPECT_THAT(rel, Contains("Hugo Salas affiliatedWith Chile"));
  EXPECT_THAT(rel, Not(Contains("Hugo Salas ambassadorTo Peru")));
}

TEST_F(ExtractorTest, AMilitaryRankIsNoPartOfTheName) {
  auto rel = Relations("Chilean Rear Admiral Tomas Arancibia met Peruvian President Hugo Salas.");
  EXPECT_THAT(rel, Contains("Tomas Arancibia metWith Hugo Salas"));
}

TEST_F(ExtractorTest, NamedAsItsNewMinisterIsAnApposition) {
  auto rel = Relations("Chile on Friday named former navy chief Tomas Arancibia as its new defense minister.");
  EXPECT_THAT(rel, Contains("Tomas Arancibia affiliatedWith Chile"));
}

TEST_F(ExtractorTest, APortfolioMayStandBetweenOfficeAndName) {
  auto rel = Relations(
      "Peru's minister of state for Regional Integration, Hugo Salas, met Chile's minister for "
      "mining and energy Tomas Arancibia.");
  EXPECT_THAT(rel, Contains("Hugo Salas affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Tomas Arancibia affiliatedWith Chile"));
}

TEST_F(ExtractorTest, AKnownSurnameAloneIsWhoeverTheTextNamedWithIt) {
  // The lexicon knows Mahmoud Abbas; this story is about someone else.
  auto rel = Relations(
      "US Senator John Abbas met Chilean President Rosa Fuentes on Monday. Later, Abbas warned Peru.");
  EXPECT_THAT(rel, Contains("John Abbas warned Peru"));
  EXPECT_THAT(rel, Not(Contains("Mahmoud Abbas warned Peru")));
  EXPECT_THAT(rel, Not(Contains("Mahmoud Abbas leaderOf Palestine")));
}

TEST_F(ExtractorTest, APlaceNameAsAFirstNameIsAPerson) {
  auto rel = Relations(
      "Chile sanctioned Milan Tegeltija, a former president of the council. "
      "Peruvian President Hugo Salas met Jordan Bardella in Lima.");
  EXPECT_THAT(rel, Contains("Chile sanctioned Milan Tegeltija"));
  EXPECT_THAT(rel, Contains("Hugo Salas metWith Jordan Bardella"));
  EXPECT_THAT(rel, Not(Contains("Hugo Salas metWith Jordan")));
}

TEST_F(ExtractorTest, EachDemonymBeforeCounterpartsIsOnePerson) {
  auto rel = Relations(
      "Chilean Foreign Minister Tomas Arancibia on Monday met with his Peruvian, Bolivian and Argentine "
      "counterparts. Arancibia and Bolivian Foreign Minister Ana Torres praised the talks.");
  EXPECT_THAT(rel, Contains("Tomas Arancibia metWith Peruvian foreign minister"));
  EXPECT_THAT(rel, Contains("Tomas Arancibia metWith Ana Torres"));
  EXPECT_THAT(rel, Contains("Tomas Arancibia metWith Argentine foreign minister"));
  EXPECT_THAT(rel, Not(Contains("Tomas Arancibia metWith Peru")));
}

TEST_F(ExtractorTest, ANameMayFollowTheCountryAfterATitle) {
  auto rel = Relations(
      "Deputy Foreign Minister Tomas Arancibia held consultations with Deputy Minister of Foreign Affairs "
      "of Peru Hugo Salas in Santiago.");
  EXPECT_THAT(rel, Contains("Hugo Salas affiliatedWith Peru"));
  EXPECT_THAT(rel, AnyOf(Contains("Tomas Arancibia metWith Hugo Salas"), Contains("Hugo Salas metWith Tomas Arancibia")));
  EXPECT_THAT(rel, Not(Contains("Tomas Arancibia metWith Peru")));
}

TEST_F(ExtractorTest, APeaceProcessIsNoPersonAndAChairpersonIsATitle) {
  Document doc = Extract(
      "Chilean Foreign Minister Elina Arancibia visited Peru. She was accompanied by the Special "
      "Representative for the Andean Settlement Process, Ambassador Tomas Lenk. Chairperson Arancibia "
      "met Peruvian President Hugo Salas.");
  std::set<std::string> labels;
  for (const Entity& e : doc.entities) labels.insert(e.label);
  EXPECT_THAT(labels, Not(Contains("Andean Settlement Process")));
  EXPECT_THAT(labels, Not(Contains("Chairperson Arancibia")));
  EXPECT_THAT(Relations(doc), Contains("Elina Arancibia metWith Hugo Salas"));
}

TEST_F(ExtractorTest, SanctionsAuthoritiesActForTheirCountryAndABoardForItsBody) {
  Document doc = Extract(
      "The Office of Foreign Assets Control (OFAC) sanctioned Peruvian President Hugo Salas. "
      "The U.N. nuclear watchdog's 35-member board of governors censured Chile.");
  auto rel = Relations(doc);
  EXPECT_THAT(rel, Contains("Office of Foreign Assets Control sanctioned Hugo Salas"));
  EXPECT_THAT(rel, Contains("International Atomic Energy Agency condemned Chile"));
  int ofac = 0;
  for (const Entity& e : doc.entities) {
    if (e.label != "Office of Foreign Assets Control") continue;
    ++ofac;
    ASSERT_GE(e.country, 0);
    EXPECT_EQ(doc.entities[static_cast<size_t>(e.country)].label, "United States");
  }
  EXPECT_EQ(ofac, 1);
}

TEST_F(ExtractorTest, AResolvedPronounOpeningASentenceIsItsSubjectForTheNext) {
  auto rel = Relations(
      "Chilean President Hugo Salas arrived in Lima on Friday. He was received by officials, including "
      "his chief of staff, Tomas Lenk. During his visit, he met Peruvian President Elena Quispe.");
  EXPECT_THAT(rel, Contains("Hugo Salas metWith Elena Quispe"));
  EXPECT_THAT(rel, Not(Contains("Tomas Lenk metWith Elena Quispe")));
}

TEST_F(ExtractorTest, ACounterpartIsNeverThePersonWhoseCounterpartItIs) {
  Document doc = Extract("President Salas, his Peruvian counterpart attend signing of deals between Chile, Peru");
  auto rel = Relations(doc);
  EXPECT_THAT(rel, Not(Contains("Salas leaderOf Peru")));
  for (const Entity& e : doc.entities) EXPECT_NE(e.label, "Salas Peruvian counterpart") << e.label;
}

TEST_F(ExtractorTest, AShortNameThatALongerOneGoesOnFromIsOnePerson) {
  auto doc = Extract(
      "Chilean FM Ana Rojas Meets Peru\n\nChilean Foreign Minister Ana Rojas-Fuentes met Peruvian Foreign "
      "Minister Luis Soto on Monday.");
  int people = 0;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    ++people;
    if (e.label.starts_with("Ana")) {
      EXPECT_EQ(e.label, "Ana Rojas-Fuentes");
      EXPECT_TRUE(e.iri.ends_with("/ana-rojas-fuentes")) << e.iri;
    }
  }
  EXPECT_EQ(people, 2);
  // One word in common is not enough.
  doc = Extract("Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Ana Maria Soto on Monday.");
  EXPECT_EQ(std::count_if(doc.entities.begin(), doc.entities.end(),
                          [](const Entity& e) { return e.type == EntityType::kPerson; }),
            2);
}

TEST_F(ExtractorTest, ATitledSurnameNamesTheOnlyUnnamedHolderOfItsOffice) {
  auto rel = Relations("Lima summoned Santiago's ambassador on Monday. The foreign minister handed Ambassador Rojas a "
                       "protest note.");
  EXPECT_THAT(rel, Contains("Peru summoned Rojas"));
  EXPECT_THAT(rel, Contains("Rojas ambassadorTo Peru"));
  EXPECT_THAT(rel, Contains("Rojas affiliatedWith Chile"));
  // With two such holders, which one is not said.
  rel = Relations("Chile summoned the Peruvian ambassador and the Bolivian ambassador. Ambassador Soto left.");
  EXPECT_THAT(rel, Contains("Chile summoned Peruvian ambassador"));
  EXPECT_THAT(rel, Contains("Chile summoned Bolivian ambassador"));
}

TEST_F(ExtractorTest, AFullNameWithItsTitleNamesTheUnnamedHolderMetBefore) {
  auto rel = Relations(
      "Chile summoned the Peruvian ambassador. Peruvian Ambassador Luis Soto then met Chilean Foreign Minister "
      "Ana Rojas.");
  EXPECT_THAT(rel, Contains("Chile summoned Luis Soto"));
  EXPECT_THAT(rel, Not(Contains(testing::HasSubstr("Peruvian ambassador"))));
  // Another country's holder is another person.
  rel = Relations("Chile summoned the Peruvian ambassador. Bolivian Ambassador Luis Soto left.");
  EXPECT_THAT(rel, Contains("Chile summoned Peruvian ambassador"));
}

}  // namespace
TEST_F(ExtractorTest, AListOfTitledNamesKeepsTitlesThatHoldAnAnd) {
  // Two offices joined by "and" are one title, and a country inside a title
  // only says whom it serves: the list still has three parties.
  auto rel = Relations(
      "In Vilnius, Norwegian Foreign Minister Maria Lund met with Prime Minister Tomas Kairys, Deputy Prime "
      "Minister and Minister of Foreign Affairs of the Republic of Lithuania Rasa Vaitkute, and Deputy "
      "Prime Minister for Regional Development Jonas Petraitis.");
  EXPECT_THAT(rel, Contains("Maria Lund metWith Tomas Kairys"));
  EXPECT_THAT(rel, Contains("Maria Lund metWith Rasa Vaitkute"));
  EXPECT_THAT(rel, Contains("Maria Lund metWith Jonas Petraitis"));
  EXPECT_THAT(rel, Contains("Rasa Vaitkute affiliatedWith Lithuania"));
  EXPECT_THAT(rel, Not(Contains("Maria Lund metWith Lithuania")));
}

TEST_F(ExtractorTest, ACapitalizedPortfolioLeavesTheLastTwoWordsAsTheName) {
  auto rel = Relations(
      "Chilean Deputy Prime Minister for European Integration Pablo Rojas met Peruvian President "
      "Ana Salas in Lima.");
  EXPECT_THAT(rel, Contains("Pablo Rojas metWith Ana Salas"));
  EXPECT_THAT(rel, Contains("Pablo Rojas affiliatedWith Chile"));
}

TEST_F(ExtractorTest, AnActUponTheCountryGuessedForABareTitleRefutesTheGuess) {
  // The sentence before names the Indian government, so "Foreign Minister"
  // alone would be read as India's; asking India to refrain says otherwise.
  auto rel = Relations(
      "Islamabad rejected the Indian government's allegations of intrusion. "
      "Foreign Minister Imran Qadir also asked India to refrain from levelling allegations.");
  EXPECT_THAT(rel, Contains("Imran Qadir urged India"));
  EXPECT_THAT(rel, Not(Contains("Imran Qadir affiliatedWith India")));
  // A country the text gives is not a guess: the act is what goes.
  auto said = Relations("Indian Foreign Minister Imran Qadir asked India to refrain from levelling allegations.");
  EXPECT_THAT(said, Contains("Imran Qadir affiliatedWith India"));
  EXPECT_THAT(said, Not(Contains("Imran Qadir urged India")));
}

TEST_F(ExtractorTest, ACountryNameOpeningWithAModifierWordStillTitlesTheName) {
  // "New" is also an office modifier ("the new foreign minister").
  auto rel = Relations("New Zealand Prime Minister Ana Wong arrived in Suva on Monday.");
  EXPECT_THAT(rel, Contains("Ana Wong leaderOf New Zealand"));
}

TEST_F(ExtractorTest, AKnownNameWithItsTitleIsTheirsWhole) {
  // "Salman" alone would be the crown prince, whose name ends in it; the
  // lexicon lists "King Salman" for the king, and "King Abdullah" for Jordan's.
  Document doc = Extract("King Salman received His Majesty King Abdullah in Riyadh on Monday.");
  std::set<std::string> iris;
  for (const Entity& e : doc.entities) iris.insert(e.iri);
  EXPECT_THAT(iris, Contains("https://w3id.org/diplograph/id/person/salman-bin-abdulaziz-al-saud"));
  EXPECT_THAT(iris, Contains("https://w3id.org/diplograph/id/person/abdullah-ii"));
  EXPECT_THAT(iris, Not(Contains("https://w3id.org/diplograph/id/person/mohammed-bin-salman")));
}

TEST_F(ExtractorTest, ANameBeforeACountrysOfficeInAppositionIsAPerson) {
  auto rel = Relations("Juan Perez, Chile's foreign minister, said the talks with Peru went well.");
  EXPECT_THAT(rel, Contains("Juan Perez affiliatedWith Chile"));
  // Posted to an organization: no country hosts the envoy.
  auto envoy = Relations(
      "Chile summoned the Peruvian ambassador. Ana Salas, Chile's ambassador to the United Nations, "
      "called the attack a crime.");
  EXPECT_THAT(envoy, Contains("Ana Salas affiliatedWith Chile"));
  for (const std::string& r : envoy) EXPECT_EQ(r.find("Ana Salas ambassadorTo"), std::string::npos) << r;
}

TEST_F(ExtractorTest, EnvoysPostedToDifferentCountriesAreDifferentPeople) {
  auto rel = Relations(
      "Russia's ambassador to Estonia was summoned on Monday. The Russian ambassador in Warsaw was "
      "summoned on Tuesday.");
  EXPECT_THAT(rel, Contains("Estonia summoned Russian ambassador to Estonia"));
  EXPECT_THAT(rel, Contains("Poland summoned Russian ambassador to Poland"));
  EXPECT_THAT(rel, Not(Contains("Russian ambassador to Estonia ambassadorTo Poland")));
}

TEST_F(ExtractorTest, AnEnvoySummonedToAMinistryIsSummonedByIt) {
  auto rel = Relations("The Chinese envoy was summoned to the Philippine Foreign Ministry on Monday.");
  EXPECT_THAT(rel, Contains("Filipino Foreign Ministry summoned Chinese envoy"));
  EXPECT_THAT(rel, Contains("Chinese envoy ambassadorTo Philippines"));
}

TEST_F(ExtractorTest, APortfolioAfterOnEndsWhereTheNameBegins) {
  auto rel = Relations(
      "Chilean Advisor on Commerce Abdul Karim Pereira met Peruvian President Ana Salas in Lima.");
  EXPECT_THAT(rel, Contains("Abdul Karim Pereira metWith Ana Salas"));
  EXPECT_THAT(rel, Contains("Abdul Karim Pereira affiliatedWith Chile"));
  // "on" before a day is no portfolio.
  auto day = Relations("The Chilean foreign minister on Monday met Peruvian President Ana Salas.");
  for (const std::string& r : day) EXPECT_EQ(r.find("Monday"), std::string::npos) << r;
}

TEST_F(ExtractorTest, AListedAgreementIsNamedUpToSignedBy) {
  Document doc = Extract(
      "The agreements signed are listed below:\n\n"
      "MoU on the establishment of a Chile-Peru joint working group on trade and investment signed by "
      "Chilean Finance Minister Pablo Rojas and Peruvian Trade Minister Ana Salas.\n\n"
      "MoU for cooperation in the field of tourism signed by Chilean Tourism Minister Jorge Paz and "
      "Peruvian Tourism Minister Luis Vega.\n");
  auto rel = Relations(doc);
  EXPECT_THAT(rel, Contains("Pablo Rojas signed MoU on the establishment of a Chile-Peru joint working group on "
                            "trade and investment"));
  EXPECT_THAT(rel, Contains("Ana Salas signed MoU on the establishment of a Chile-Peru joint working group on "
                            "trade and investment"));
  EXPECT_THAT(rel, Contains("Jorge Paz signed MoU for cooperation in the field of tourism"));
}

TEST_F(ExtractorTest, ATitleInAppositionServesTheCountryOfABodyNamedBefore) {
  auto rel = Relations(
      "The Chilean Foreign Ministry lodged a protest with Peru. On Monday, Pablo Rojas, director-general of "
      "the Americas Department of the Foreign Ministry, summoned Ana Salas, deputy chief of mission of the "
      "Embassy of Peru.");
  EXPECT_THAT(rel, Contains("Pablo Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Contains("Pablo Rojas summoned Ana Salas"));
}

TEST_F(ExtractorTest, OneTitleMayJoinTwoOfficesAndGoOnWithItsPortfolio) {
  auto rel = Relations(
      "In Lima, Chilean Foreign Minister Ana Rojas met with Prime Minister Luis Mamani, Deputy Prime Minister "
      "and Minister of Foreign Affairs and European Integration of the Republic of Peru Pablo Quispe, and "
      "Deputy Prime Minister for Reintegration Oscar Huaman.");
  for (const char* host : {"Luis Mamani", "Pablo Quispe", "Oscar Huaman"}) {
    EXPECT_THAT(rel, Contains(std::string("Ana Rojas metWith ") + host));
  }
  EXPECT_THAT(rel, Contains("Pablo Quispe affiliatedWith Peru"));
  // A name the lexicon knows may follow the country as well.
  auto known = Relations(
      "Chilean Foreign Minister Ana Rojas met with Minister of Foreign Affairs of the Russian Federation "
      "Sergey Lavrov.");
  EXPECT_THAT(known, Contains("Ana Rojas metWith Sergey Lavrov"));
}

TEST_F(ExtractorTest, AKnownSurnameWithoutItsAccentsIsStillTheirs) {
  // The lexicon's label is "Recep Tayyip Erdo\u011fan"; English news often drops the breve.
  auto rel = Relations("Erdogan hosted Chilean President Rosa Fuentes in Ankara on Monday.");
  EXPECT_THAT(rel, Contains("Recep Tayyip Erdo\u011fan metWith Rosa Fuentes"));
}

TEST_F(ExtractorTest, TwoPeopleWhoMeetDoNotShareACountryOnlyGuessedForBoth) {
  auto rel = Relations(
      "The announcement came from Chile's foreign ministry after the meeting in Lima of foreign minister "
      "Ana Valdes and foreign secretary Luis Soto.");
  EXPECT_THAT(rel, Contains("Ana Valdes affiliatedWith Chile"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto affiliatedWith Chile")));
  EXPECT_THAT(rel, Contains("Ana Valdes metWith Luis Soto"));
}

TEST_F(ExtractorTest, ABodyTheLexiconDoesNotKnowMayStandBetweenCountryAndTitle) {
  auto rel = Relations(
      "Chilean Socialist Party General Secretary Ana Rojas and Peruvian Workers Union President Luis Soto "
      "signed a joint statement.");
  EXPECT_THAT(rel, Contains("Ana Rojas signed joint statement"));
  EXPECT_THAT(rel, Contains("Luis Soto signed joint statement"));
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
}

TEST_F(ExtractorTest, ACapitalizedHeRightAfterATitleIsASurname) {
  auto rel = Relations("Chilean Foreign Minister Ana Rojas held talks with Chinese Vice Premier He Lifeng in Beijing.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith He Lifeng"));
  EXPECT_THAT(rel, Contains("He Lifeng affiliatedWith China"));
  // Opening a sentence, it is the pronoun.
  auto pronoun = Relations("Chilean Foreign Minister Ana Rojas arrived in Lima. He Lifeng was not there.");
  EXPECT_THAT(pronoun, Not(Contains(testing::HasSubstr("He Lifeng"))));
}

TEST_F(ExtractorTest, CompanionsNamedInTheNextSentenceVisitToo) {
  auto rel = Relations(
      "Chilean President Ana Rojas arrived in Lima on Tuesday for a state visit. Rojas is accompanied by "
      "Foreign Minister Luis Soto and Trade Minister Carla Vega.");
  EXPECT_THAT(rel, Contains("Luis Soto visited Lima"));
  EXPECT_THAT(rel, Contains("Carla Vega visited Lima"));
  // Only when that sentence opens with the visitor.
  auto other = Relations(
      "Chilean President Ana Rojas arrived in Lima on Tuesday. Peruvian President Pablo Diaz is accompanied by "
      "Foreign Minister Luis Soto.");
  EXPECT_THAT(other, Not(Contains("Luis Soto visited Lima")));
}

TEST_F(ExtractorTest, ANameAfterATitlesCommaThatGoesOnWithASpeechVerbIsTheSpeaker) {
  auto rel = Relations("The Peruvian foreign ministry summoned the Chilean charge d'affaires, Soto said.");
  EXPECT_THAT(rel, Contains("Peruvian Foreign Ministry summoned Chilean charge d'affaires"));
  EXPECT_THAT(rel, Not(Contains(testing::HasSubstr("Soto ambassadorTo"))));
}

TEST_F(ExtractorTest, ACapitalBeforeAnOfficeNamesItsCountry) {
  auto rel = Relations("Chilean President Ana Rojas met Lima Mayor Luis Soto on Monday.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Not(Contains("Ana Rojas metWith Peru")));
  // The country's name is no name of the person read off it.
  Document doc = Extract("Chilean Foreign Minister Ana Rojas met her counterparts from Peru and Bolivia.");
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    EXPECT_THAT(e.alt_labels, Not(Contains("Peru"))) << e.label;
    EXPECT_THAT(e.alt_labels, Not(Contains("Bolivia"))) << e.label;
  }
}

TEST_F(ExtractorTest, AnOfficeOnlyOneCountryHasIsThatCountrys) {
  auto rel = Relations("Treasury Secretary Luis Soto met Chilean President Ana Rojas in Santiago.");
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith United States"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto affiliatedWith Chile")));
  // A country the text gives wins; a portfolio makes the title another's.
  EXPECT_THAT(Relations("Vatican Secretary of State Pablo Diaz met Chilean President Ana Rojas."),
              Not(Contains("Pablo Diaz affiliatedWith United States")));
  EXPECT_THAT(Relations("Secretary of State for Foreign Affairs Pablo Diaz met Chilean President Ana Rojas."),
              Not(Contains("Pablo Diaz affiliatedWith United States")));
}

TEST_F(ExtractorTest, AChancellorIsTheForeignMinisterWhereSpanishOrPortugueseIsSpoken) {
  auto rel = Relations("Peruvian Chancellor Luis Soto met his Chilean counterpart Ana Rojas in Lima.");
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto leaderOf Peru")));
  EXPECT_THAT(rel, Not(Contains("Ana Rojas leaderOf Chile")));
  // Elsewhere it is the head of government.
  EXPECT_THAT(Relations("Austrian Chancellor Karl Huber met Peruvian Chancellor Luis Soto."),
              Contains("Karl Huber leaderOf Austria"));
}

TEST_F(ExtractorTest, APrivatePersonDescribedByCountryServesNone) {
  auto rel = Relations("Chilean President Ana Rojas met Peruvian businessman Luis Soto and Peruvian President Pablo Diaz.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Pablo Diaz"));
  EXPECT_THAT(rel, Contains("Pablo Diaz leaderOf Peru"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto affiliatedWith Peru")));
  // Nor a country guessed from the text.
  EXPECT_THAT(Relations("Chilean President Ana Rojas said journalist Luis Soto was released."),
              Not(Contains("Luis Soto affiliatedWith Chile")));
  // Capitalized, the description is part of a body's name, no person's.
  Document doc = Extract("Chilean President Ana Rojas met Peru National Tourism Council officials.");
  for (const Entity& e : doc.entities) EXPECT_EQ(e.label.find("Tourism"), std::string::npos) << e.label;
}

TEST_F(ExtractorTest, AWordOrTwoMayQualifyAnInternationalBodysOffice) {
  auto rel = Relations("Hamas political chief Luis Soto met Chilean President Ana Rojas in Santiago.");
  EXPECT_THAT(rel, Contains("Luis Soto metWith Ana Rojas"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto affiliatedWith Chile")));
}

TEST_F(ExtractorTest, WhereAMeetingTookPlaceIsNoPartyToIt) {
  auto rel = Relations("Chilean President Ana Rojas met the delegation at Quito on Monday.");
  EXPECT_THAT(rel, Not(Contains("Ecuador metWith Ana Rojas")));
  EXPECT_THAT(rel, Not(Contains("Ana Rojas metWith Ecuador")));
  EXPECT_THAT(Relations("Chilean President Ana Rojas met Peruvian President Pablo Diaz in Quito."),
              Contains("Ana Rojas metWith Pablo Diaz"));
}

TEST_F(ExtractorTest, ARelativeSanctionedIsNotThePersonNamedForThem) {
  auto rel = Relations("Chile sanctioned Peruvian President Pablo Diaz's daughter on Monday.");
  EXPECT_THAT(rel, Not(Contains("Chile sanctioned Pablo Diaz")));
  EXPECT_THAT(Relations("Chile sanctioned Peruvian President Pablo Diaz on Monday."),
              Contains("Chile sanctioned Pablo Diaz"));
}

TEST_F(ExtractorTest, ADemonymGroupSanctionedIsTheGroupNotItsCountry) {
  auto rel = Relations("Chile sanctioned Peruvian gang leaders and Bolivian companies on Monday.");
  EXPECT_THAT(rel, Contains("Chile sanctioned Peruvian gang leaders"));
  EXPECT_THAT(rel, Contains("Chile sanctioned Bolivian companies"));
  EXPECT_THAT(rel, Not(Contains("Chile sanctioned Peru")));
  EXPECT_THAT(rel, Not(Contains("Chile sanctioned Bolivia")));
  // A list of groups that no sanction opens stays as it was.
  Document doc = Extract("Peruvian officials and Bolivian diplomats met in La Paz.");
  for (const Entity& e : doc.entities) EXPECT_NE(e.label, "Bolivian diplomats");
}

TEST_F(ExtractorTest, EachCountryOfAnEnvoyListHasItsEnvoy) {
  for (const char* text : {"Peru summoned the ambassadors of Chile and Bolivia on Monday.",
                           "Peru summoned the Chilean and Bolivian ambassadors on Monday."}) {
    auto rel = Relations(text);
    EXPECT_THAT(rel, Contains("Peru summoned Chilean ambassador")) << text;
    EXPECT_THAT(rel, Contains("Peru summoned Bolivian ambassador")) << text;
    EXPECT_THAT(rel, Contains("Bolivian ambassador affiliatedWith Bolivia")) << text;
    EXPECT_THAT(rel, Contains("Bolivian ambassador ambassadorTo Peru")) << text;
    EXPECT_THAT(rel, Not(Contains("Peru summoned Chile"))) << text;
  }
  auto charges = Relations("Peru summoned the charges d'affaires of Chile, Bolivia and Ecuador.");
  EXPECT_THAT(charges, Contains("Peru summoned Ecuadorean charge d'affaires"));
  // A country's diplomats are its staff, not each an envoy of their own.
  Document doc = Extract("Peru expelled the diplomats of Chile and Bolivia.");
  for (const Entity& e : doc.entities) EXPECT_EQ(e.label.find("diplomat"), std::string::npos) << e.label;
}

TEST_F(ExtractorTest, AGovernmentNoMentionResolvesSummonsThroughTheEnvoysHost) {
  auto rel = Relations("Peruvian President Pablo Diaz spoke on Monday. The government summoned the Chilean ambassador.");
  EXPECT_THAT(rel, Contains("Peru summoned Chilean ambassador"));
}

TEST_F(ExtractorTest, ATitleCaseHeadlinesVerbEndsTheNameBeforeIt) {
  auto rel = Relations("Chilean President Rojas Pays State Visit to Peru\n\nThe visit began on Monday.");
  EXPECT_THAT(rel, Contains("Rojas visited Peru"));
  EXPECT_THAT(rel, Contains("Rojas leaderOf Chile"));
}

TEST_F(ExtractorTest, HerVisitToTheOtherPartysCountryIsTheSubjects) {
  auto rel = Relations(
      "Chilean President Ana Rojas held talks with Peruvian President Luis Soto as part of her state visit to Peru.");
  EXPECT_THAT(rel, Contains("Ana Rojas visited Peru"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto visited Peru")));
}

TEST_F(ExtractorTest, AnEnvoyNamedFirstDoesNotMakeTheirCountryTheStorysHome) {
  auto rel = Relations(
      "The government summoned the ambassadors of Chile and Bolivia on Monday over their criticism of Peruvian "
      "policy.");
  EXPECT_THAT(rel, Contains("Chilean ambassador ambassadorTo Peru"));
  EXPECT_THAT(rel, Contains("Bolivian ambassador ambassadorTo Peru"));
  EXPECT_THAT(rel, Not(Contains("Bolivian ambassador ambassadorTo Chile")));
}

TEST_F(ExtractorTest, ACounterpartWithNoCountryGetsNoneFromContext) {
  auto rel = Relations(
      "Chilean President Ana Rojas visited Lima. \"Today my colleague Luis Soto and I had fruitful talks,\" "
      "Rojas said.");
  EXPECT_THAT(rel, Not(Contains("Luis Soto affiliatedWith Chile")));
  EXPECT_THAT(rel, testing::AnyOf(Contains("Ana Rojas metWith Luis Soto"), Contains("Luis Soto metWith Ana Rojas")));
}

TEST_F(ExtractorTest, AnAgreementNamedByWhatItIsOnTakesInAPluralPossessive) {
  auto rel = Relations("Chile and Peru signed an agreement on the two countries' fisheries.");
  EXPECT_THAT(rel, Contains("Chile signed agreement on the two countries' fisheries"));
}

TEST_F(ExtractorTest, AKnownLeadersAideServesTheLeadersCountry) {
  auto rel = Relations("Iranian Foreign Minister Ana Rojas met Putin's envoy Luis Soto in Muscat.");
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Russia"));
  EXPECT_THAT(rel, Not(Contains(testing::HasSubstr("Luis Soto ambassadorTo"))));
}

TEST_F(ExtractorTest, AFormerOfficialHoldsNoRoleNow) {
  auto rel = Relations("Chilean President Ana Rojas said former US president Joe Biden had failed.");
  EXPECT_THAT(rel, Not(Contains("Joe Biden affiliatedWith United States")));
  EXPECT_THAT(rel, Not(Contains("Joe Biden leaderOf United States")));
}

TEST_F(ExtractorTest, CounterpartsFromAListOfCountriesAreEachTheirCountrysOwn) {
  auto rel = Relations("Chilean Foreign Minister Ana Rojas met her counterparts from Peru and Bolivia.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Peruvian foreign minister"));
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Bolivian foreign minister"));
  EXPECT_THAT(rel, Not(Contains("Ana Rojas metWith Peru")));
}

TEST_F(ExtractorTest, EachCountryOfALeadersOrMinistersListHasItsHolder) {
  auto rel = Relations("The Chilean and Peruvian leaders held talks in Quito.");
  EXPECT_THAT(rel, testing::AnyOf(Contains("Chilean leader metWith Peruvian leader"),
                                  Contains("Peruvian leader metWith Chilean leader")));
  EXPECT_THAT(rel, Contains("Chilean leader leaderOf Chile"));
  auto ministers = Relations("The Chilean and Peruvian foreign ministers signed a border agreement.");
  EXPECT_THAT(ministers, Contains("Chilean foreign minister signed border agreement"));
  EXPECT_THAT(ministers, Contains("Peruvian foreign minister signed border agreement"));
  // A listed title is no antecedent of a later bare one.
  auto later = Relations(
      "Bolivian Foreign Minister Ana Rojas met Luis Soto. The group includes the Chilean and Peruvian foreign "
      "ministers. Soto presented his credentials to the foreign minister.");
  EXPECT_THAT(later, Not(Contains(testing::HasSubstr("Peruvian foreign minister metWith"))));
  // A list in the sentence before goes on in no next one (nor reads past it).
  auto next = Relations("Bolivia summoned the ambassadors of Chile and Peru. Ecuador protested.");
  EXPECT_THAT(next, Not(Contains(testing::HasSubstr("Ecuadorean ambassador"))));
}

TEST_F(ExtractorTest, ACountryDescribedIsTheOneNamedBefore) {
  EXPECT_THAT(Relations("Chile criticised Fiji on Monday. Santiago urged the island nation to act."),
              Contains("Chile urged Fiji"));
  EXPECT_THAT(Relations("Chile criticised Qatar on Monday. Santiago urged the oil-rich nation to help."),
              Contains("Chile urged Qatar"));
  EXPECT_THAT(Relations("Chilean President Ana Rojas met Peruvian President Luis Soto. Rojas urged the Andean "
                        "country to reopen the border."),
              Contains("Ana Rojas urged Peru"));
  // Not a noun's modifier, nor a country the sentence names itself.
  EXPECT_THAT(Relations("Chile criticised Fiji. The state media said the country would respond."),
              Not(Contains(testing::HasSubstr("Fiji said"))));
  Document doc = Extract("Chile criticised Fiji. Peru urged the island nation of Tonga to act.");
  EXPECT_THAT(Relations(doc), Not(Contains("Peru urged Fiji")));
}

TEST_F(ExtractorTest, ACapitalNamedAsTheCityItIsIsNoGovernment) {
  Document doc = Extract("Chile and Peru held talks in the Ecuadorian capital of Quito and the Bolivian capital, La Paz.");
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kCountry) continue;
    EXPECT_THAT(e.alt_labels, Not(Contains("Quito"))) << e.label;
  }
  bool city = false;
  for (const Entity& e : doc.entities) city |= e.label == "Quito" && e.type == EntityType::kCity;
  EXPECT_TRUE(city);
}

TEST_F(ExtractorTest, ACapitalizedPortfolioAfterOfEndsWhereTheNameBegins) {
  auto rel = Relations("Peruvian Minister of Foreign Trade and Tourism Ana Rojas met Chilean President Luis Soto.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Peru"));
  // A body or country after "of" is the office's, as before.
  EXPECT_THAT(Relations("The Minister of Foreign Affairs of Peru, Ana Rojas, met Luis Soto."),
              Contains("Ana Rojas affiliatedWith Peru"));
}

TEST_F(ExtractorTest, AnOfficeOfATerritoryOrForARegionTitlesItsHolder) {
  // A territory no UN member recognizes has offices, but is no country.
  auto rel = Relations("The accord was signed by Chilean President Ana Rojas and Abkhazia leader Luis Soto.");
  EXPECT_THAT(rel, Contains("Luis Soto signed accord"));
  for (const std::string& r : rel) EXPECT_EQ(r.find("Luis Soto affiliatedWith"), std::string::npos) << r;
  // An envoy for a region serves the country named first, posted to none.
  auto envoy = Relations("Peruvian Middle East envoy Pablo Diaz met Chilean President Ana Rojas in Santiago.");
  EXPECT_THAT(envoy, Contains("Pablo Diaz affiliatedWith Peru"));
  for (const std::string& r : envoy) EXPECT_EQ(r.find("Pablo Diaz ambassadorTo"), std::string::npos) << r;
}

TEST_F(ExtractorTest, TheCountryAfterATitledNameIsTheOffices) {
  // The sentence names Peru first; a guess from it would be wrong.
  auto rel = Relations("Peru has violated the treaty, said Foreign Minister Ana Rojas of Chile.");
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Not(Contains("Ana Rojas affiliatedWith Peru")));
}

TEST_F(ExtractorTest, AnEnvoysFormalTitleNamesBothCountriesBeforeTheName) {
  auto rel = Relations(
      "Ambassador Extraordinary and Plenipotentiary of Peru to Chile Luis Soto was called into the Ministry "
      "of Foreign Affairs of Chile.");
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Luis Soto ambassadorTo Chile"));
  EXPECT_THAT(rel, Contains("Chile summoned Luis Soto"));
}

TEST_F(ExtractorTest, AnHonorificWithItsArticleIsNoPartOfTheName) {
  Document doc = Extract("Chilean Prime Minister the Honourable Ana Rojas met Peruvian President Luis Soto.");
  EXPECT_THAT(Relations(doc), Contains("Ana Rojas leaderOf Chile"));
  for (const Entity& e : doc.entities) EXPECT_EQ(e.label.find("Honourable"), std::string::npos) << e.label;
}

TEST_F(ExtractorTest, ACounterpartBeforeTheMainClauseIsItsSubjectsCounterpart) {
  // "his" would be the Peruvian named before; a Peruvian's counterpart is no Peruvian.
  auto rel = Relations(
      "Peruvian President Luis Soto arrived in Santiago on Monday. Welcoming his Peruvian counterpart at the "
      "palace, Chilean President Ana Rojas noted the visit was important.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  for (const std::string& r : rel) EXPECT_EQ(r.find("Peruvian president"), std::string::npos) << r;
}

TEST_F(ExtractorTest, ANameSetOffBeforeAnOfficeWithAnIsAPerson) {
  auto rel = Relations("Luis Soto, an adviser to the Peruvian president, met Chilean President Ana Rojas.");
  EXPECT_THAT(rel, AnyOf(Contains("Ana Rojas metWith Luis Soto"), Contains("Luis Soto metWith Ana Rojas")));
  auto visit = Relations("Luis Soto, an adviser to Peruvian President Pablo Diaz, arrived in Santiago on Monday.");
  EXPECT_THAT(visit, Contains("Luis Soto visited Santiago"));
  EXPECT_THAT(visit, Not(Contains("Pablo Diaz visited Santiago")));
}

TEST_F(ExtractorTest, AnHonorificWithoutAPeriodIsNoPartOfTheName) {
  Document doc = Extract(
      "Peruvian President Luis Soto met Chilean President Ana Rojas. Mr Soto said the talks went well.");
  for (const Entity& e : doc.entities) EXPECT_EQ(e.label.find("Mr"), std::string::npos) << e.label;
}

TEST_F(ExtractorTest, AnAideServesTheCountryOfTheOfficeServed) {
  // The sentence before names a Chilean body; the aide is still Peru's.
  auto rel = Relations(
      "The Chilean Foreign Ministry said on Monday. Luis Soto, an adviser to Peru's president, arrived in "
      "Santiago on Wednesday.");
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Luis Soto visited Santiago"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto affiliatedWith Chile")));
}

TEST_F(ExtractorTest, AnOfficeForABodyServesTheBodysCountry) {
  auto rel = Relations("Spokesman for the Peruvian Foreign Ministry Luis Soto condemned Chile.");
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Luis Soto condemned Chile"));
}

TEST_F(ExtractorTest, AKnownPersonOfAnotherCountryAfterATitlesCommaIsTheNextListItem) {
  auto rel = Relations("Qatar emir, Trump discuss de-escalation with US envoys");
  EXPECT_THAT(rel, Not(Contains("Donald Trump leaderOf Qatar")));
  EXPECT_THAT(rel, Contains("Donald Trump leaderOf United States"));
}

TEST_F(ExtractorTest, AStateActsUponNoBodyOfItsOwn) {
  // "All foreign diplomats" name no one; the ministry they went to is Chile's own.
  EXPECT_THAT(Relations("Chile summoned all foreign diplomats to the Ministry of Foreign Affairs in Santiago."),
              Not(Contains("Chile summoned Chilean Foreign Ministry")));
  EXPECT_THAT(Relations("Chile summoned the Peruvian ambassador over the attack on the Chilean embassy in Lima."),
              Contains("Chile summoned Peruvian ambassador"));
}

TEST_F(ExtractorTest, ATerritoryThatIsNoStateIsAPlaceOneVisitsAndAListItem) {
  Document doc = Extract("Chilean President Ana Rojas visited Greenland on Monday.");
  EXPECT_THAT(Relations(doc), Contains("Ana Rojas visited Greenland"));
  bool place = false;
  for (const Entity& e : doc.entities) place |= e.label == "Greenland" && e.type == EntityType::kPlace;
  EXPECT_TRUE(place);
  // Named among states, it keeps their list whole.
  auto rel = Relations("Leaders of Chile, Peru, New Caledonia and Bolivia met in Lima on Monday.");
  EXPECT_THAT(rel, AnyOf(Contains("Bolivia metWith Chile"), Contains("Chile metWith Bolivia")));
}

TEST_F(ExtractorTest, TheCountrysMinisterIsItsMinisterTheStoryNamed) {
  Document doc = Extract(
      "Foreign Minister Ana Rojas of Chile and her Peruvian counterpart Luis Soto agreed to speed up border talks. "
      "The recently appointed Peruvian minister paid a courtesy call on Chilean President Hugo Salas on Monday.");
  auto rel = Relations(doc);
  EXPECT_THAT(rel, AnyOf(Contains("Luis Soto metWith Hugo Salas"), Contains("Hugo Salas metWith Luis Soto")));
  EXPECT_EQ(LabelsOf(doc, EntityType::kPerson).find("Peruvian minister"), std::string::npos);
  // With no country, "the minister" may be one the story never names.
  EXPECT_THAT(Relations("At the meeting with the minister from Bolivia, Chile thanked Peru. "
                        "Later Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Soto."),
              Not(Contains("Chile metWith Luis Soto")));
}

TEST_F(ExtractorTest, AConsulIsNotTheAmbassador) {
  Document doc = Extract(
      "The Chilean Foreign Ministry summoned Peru's ambassador over remarks attributed to the Peruvian "
      "consul-general in the city of Arica.");
  auto rel = Relations(doc);
  EXPECT_THAT(rel, Contains("Chilean Foreign Ministry summoned Peruvian ambassador"));
  EXPECT_THAT(rel, Contains("Peruvian consul-general affiliatedWith Peru"));
  EXPECT_THAT(rel, Not(Contains("Peruvian consul-general ambassadorTo Chile")));
}

TEST_F(ExtractorTest, ADemonymBeforePrivatePeopleNamesNoParty) {
  EXPECT_THAT(Relations("Peruvian citizens demanding Chile reopen the border gathered in Arica."),
              Not(Contains("Peru urged Chile")));
  EXPECT_THAT(Relations("Peruvian media criticized Chile on Monday."), Not(Contains("Peru condemned Chile")));
  EXPECT_THAT(Relations("Peruvian authorities urged Chile to reopen the border."), Contains("Peru urged Chile"));
}

TEST_F(ExtractorTest, APluralTitleGivesEachListedNameItsShare) {
  // Demonyms, then the plural title, then the names in the same order.
  auto rel = Relations("Chilean and Peruvian Foreign Ministers Ana Rojas and Luis Soto met in Arica on Monday.");
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, AnyOf(Contains("Ana Rojas metWith Luis Soto"), Contains("Luis Soto metWith Ana Rojas")));
  EXPECT_THAT(rel, Not(Contains("Chilean foreign minister affiliatedWith Chile")));
  // "the ministers of A, B and C, X, Y and Z, respectively".
  rel = Relations(
      "The foreign ministers of Chile, Peru and Bolivia, Ana Rojas, Luis Soto and Hugo Salas, respectively, "
      "agreed on Monday to exchange views every six months.");
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Contains("Hugo Salas affiliatedWith Bolivia"));
  EXPECT_THAT(rel, AnyOf(Contains("Ana Rojas agreedWith Hugo Salas"), Contains("Hugo Salas agreedWith Ana Rojas")));
  EXPECT_THAT(rel, Not(Contains("Bolivia agreedWith Chile")));
  // Each name followed by its own country.
  rel = Relations("Foreign Ministers Ana Rojas of Chile and Luis Soto of Peru met in Arica on Monday.");
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  // Without names, the titles stand: "the Chilean and Peruvian leaders".
  EXPECT_THAT(Relations("The Chilean and Peruvian leaders met in Arica."),
              AnyOf(Contains("Chilean leader metWith Peruvian leader"),
                    Contains("Peruvian leader metWith Chilean leader")));
}

TEST_F(ExtractorTest, ATitleCaseHeadlineAfterAPluralTitleNamesNoOne) {
  Document doc = Extract("Chile, Peru Foreign Ministers Begin Rebuilding Fractured Ties\n\n"
                         "The foreign ministers of Chile and Peru met in Arica on Monday.\n");
  EXPECT_EQ(LabelsOf(doc, EntityType::kPerson).find("Rebuilding"), std::string::npos);
}

TEST_F(ExtractorTest, AHyphenGluedSurnameAloneIsTheKnownPerson) {
  // The lexicon's Nana Akufo-Addo, by his hyphen-glued surname alone.
  EXPECT_THAT(Relations("President Akufo-Addo received the new envoys in Accra on Monday."),
              Contains("Nana Akufo-Addo leaderOf Ghana"));
  // Inside another name it is someone else's.
  EXPECT_THAT(Relations("Kwame Akufo-Addo, a lawyer in Accra, met Luis Soto."),
              Not(Contains("Nana Akufo-Addo metWith Luis Soto")));
}


TEST_F(ExtractorTest, AnEnvoysHostIsTheStorysHomeWhenNothingBeforeSaysOtherwise) {
  auto rel = Relations(
      "The Foreign Ministry summoned the Peruvian ambassador to Chile Mr. Luis Soto over the Peruvian shelling "
      "in northern Chile.");
  EXPECT_THAT(rel, Contains("Chilean Foreign Ministry summoned Luis Soto"));
  EXPECT_THAT(rel, Not(Contains("Peruvian Foreign Ministry summoned Luis Soto")));
}

TEST_F(ExtractorTest, AShortGivenNameWithAPeriodIsPartOfTheName) {
  auto rel = Relations("Peru was summoned by Undersecretary Ma. Theresa Rojas of Chile on Monday.");
  EXPECT_THAT(rel, Contains("Ma. Theresa Rojas summoned Peru"));
  EXPECT_THAT(rel, Contains("Ma. Theresa Rojas affiliatedWith Chile"));
}

TEST_F(ExtractorTest, ADiplomatIsPostedToItsHostButIsNoAmbassador) {
  EXPECT_THAT(Relations("A Peruvian diplomat was summoned to the Chilean foreign ministry on Tuesday."),
              testing::AllOf(Contains("Peruvian diplomat affiliatedWith Peru"),
                             Not(Contains("Peruvian diplomat ambassadorTo Chile"))));
  // Posted there all the same: the host summons them.
  EXPECT_THAT(Relations("Chile summons Peruvian diplomat\n\nThe Chilean foreign ministry said on Monday that the "
                        "Peruvian diplomat was called in over the remarks."),
              testing::AllOf(Contains("Chile summoned Peruvian diplomat"),
                             Not(Contains("Peruvian diplomat ambassadorTo Chile"))));
  // "the Peruvian diplomat" after the ambassador is the ambassador; the
  // ambassador after "a diplomat" is someone else.
  EXPECT_THAT(Relations("Chile summoned Peruvian Ambassador Luis Soto. The Peruvian diplomat was told to explain."),
              Not(Contains("Peruvian diplomat affiliatedWith Peru")));
  EXPECT_THAT(Relations("Chile expelled a Peruvian diplomat. Last month Chile summoned the Peruvian ambassador."),
              testing::AllOf(Contains("Chile summoned Peruvian ambassador"),
                             Contains("Peruvian ambassador ambassadorTo Chile")));
}

TEST_F(ExtractorTest, AnOfficeKeepsItsHolderPastAdInterimAndAHostAfterThe) {
  EXPECT_THAT(Relations("Peruvian Chargé d’Affaires ad interim Luis Soto met Ana Rojas."),
              Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(Relations("Peruvian Ambassador a.i. Luis Soto met Ana Rojas."), Contains("Luis Soto affiliatedWith Peru"));
  // "to the United States, X": the host, then the envoy's name.
  EXPECT_THAT(Relations("Peru's ambassador to the United States, Luis Garcia-Pena, met Ana Rojas."),
              testing::AllOf(Contains("Luis Garcia-Pena ambassadorTo United States"),
                             Contains("Luis Garcia-Pena metWith Ana Rojas")));
}

TEST_F(ExtractorTest, TheLastWordOfACountrysNameAloneIsThatCountryWhenOnlyOneEndsWithIt) {
  EXPECT_THAT(Relations("Chile called for dialogue between the Democratic Republic of Congo and Rwanda. Congo on "
                        "Saturday summoned Rwanda's ambassador."),
              Contains("Democratic Republic of the Congo summoned Rwandan ambassador"));
  // Two countries end with the word: it names neither.
  const Document both = Extract("The Republic of the Congo and the Democratic Republic of the Congo met in Lima. "
                                "Congo later summoned Chile's ambassador.\n");
  for (const Mention& m : both.mentions) EXPECT_NE(both.View(m.span), "Congo");
  // A word many names end with names none of them.
  const Document generic = Extract("Peru praised the Dominican Republic. The Republic summoned Chile's ambassador.\n");
  for (const Mention& m : generic.mentions) EXPECT_NE(generic.View(m.span), "Republic");
}

TEST_F(ExtractorTest, ACountryNamedInsideATitleKeepsThatNameAsAnAlternativeLabel) {
  const Document doc = Extract("The US Vice-President met Peruvian President Luis Soto. Ivory Coast's President Hugo "
                               "Salas met him too.\n");
  const auto alt_labels_of = [&](std::string_view label) {
    for (const Entity& e : doc.entities) {
      if (e.label == label) return e.alt_labels;
    }
    return std::vector<std::string>{};
  };
  EXPECT_THAT(alt_labels_of("United States"), Contains("US"));
  EXPECT_THAT(alt_labels_of("Côte d'Ivoire"), Contains("Ivory Coast"));
  // A demonym is no name of the country.
  EXPECT_THAT(alt_labels_of("Peru"), Not(Contains("Peruvian")));
}

TEST_F(ExtractorTest, ATitleCaseDatelineWithItsCountryPlacesTheStoryThere) {
  // A known city, and a place the lexicon does not know in a country it
  // does: either way the story is filed from Chile, which hosts the envoy.
  for (const char* dateline : {"Santiago, Chile", "Villa Alegre, Chile"}) {
    const std::string text = std::string("Gov't files protest against Peru\n\n") + dateline +
                             " — The Chilean government has filed a new diplomatic protest over Peru's latest actions. "
                             "Foreign Secretary Ana Rojas said Peruvian Ambassador Luis Soto will be summoned.";
    EXPECT_THAT(Relations(text), Contains("Luis Soto ambassadorTo Chile")) << dateline;
  }
  // A name and a dash open no dateline.
  EXPECT_THAT(Relations("Talks\n\nLuis Soto — the Peruvian ambassador — met Ana Rojas in Lima."),
              Not(Contains("Luis Soto ambassadorTo Chile")));
}

TEST_F(ExtractorTest, AnEnvoyPostedToACountryInTheOpeningSaysWhereTheStoryIs) {
  const auto rel = Relations(
      "Government summons Peruvian envoy over Peru's remarks\n\nThe government on Monday summoned the Peruvian "
      "Ambassador to Chile, Luis Soto, over remarks by Peruvian President Hugo Salas.\n\nThe Minister of Foreign "
      "Affairs, Ana Rojas, sought clarification from the ambassador.\n");
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_THAT(rel, Not(Contains("Ana Rojas affiliatedWith Peru")));
}

TEST_F(ExtractorTest, AKnownPersonsNameEndsACapitalizedPortfolio) {
  EXPECT_THAT(Relations("Minister of International Relations and Cooperation Ronald Lamola met Peruvian Foreign "
                        "Minister Luis Soto. South Africa and Peru agreed to cooperate."),
              testing::AllOf(Contains("Ronald Lamola metWith Luis Soto"), Contains("Ronald Lamola affiliatedWith South Africa")));
}

TEST_F(ExtractorTest, APrepositionInATitleCaseHeadlineEndsNoTitleAsAName) {
  const Document doc = Extract("Chile Expels Peruvian Ambassador Amid Ongoing Diplomatic Row\n\nChile expelled the "
                               "Peruvian ambassador on Monday.\n");
  for (const Entity& e : doc.entities) EXPECT_EQ(e.label.find("Amid"), std::string::npos) << e.label;
}

TEST_F(ExtractorTest, AHeadOfACountrysBodyServesThatCountry) {
  EXPECT_THAT(Relations("Chilean President Ana Rojas met Luis Soto, head of Peru's State Duma, in Lima."),
              Contains("Luis Soto affiliatedWith Peru"));
  // "head to" is a way, not an office.
  EXPECT_THAT(Relations("Chilean President Ana Rojas will head to Lima."), testing::ElementsAre("Ana Rojas leaderOf Chile"));
}

TEST_F(ExtractorTest, ADemonymBeforeAFormOfStateNamesTheCountry) {
  EXPECT_THAT(Relations("Chile condemned the Peruvian Republic."), Contains("Chile condemned Peru"));
  auto rel = Relations("President Ana Rojas of Chile received the Foreign Minister of the Peruvian Republic, Luis Soto.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  // A country's own name that holds such a word stays that country.
  EXPECT_THAT(Relations("Chile condemned the Dominican Republic."), Contains("Chile condemned Dominican Republic"));
}

TEST_F(ExtractorTest, AnEnvoyForACountryIsNamedAfterTheCommaAndPostedNowhere) {
  auto rel = Relations("Ana Rojas met with US Special Envoy for Bolivia, Luis Soto, in Lima on Thursday.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith United States"));
  EXPECT_THAT(rel, Contains("Luis Soto visited Lima"));
  EXPECT_THAT(rel, Not(Contains(testing::HasSubstr("ambassadorTo"))));
}

TEST_F(ExtractorTest, RetiredAfterARankEndsNoSentence) {
  const Document doc = Extract("Chilean Foreign Minister Ana Rojas met Admiral (Retd.) Luis Soto of Peru on Monday.");
  EXPECT_EQ(doc.sentences.size(), 1U);
}

TEST_F(ExtractorTest, ADemonymBeforeACountrysGroundSaysWhereNotWho) {
  EXPECT_THAT(Relations("Ana Rojas criticized the show of force near Chilean territory."),
              Not(Contains(testing::HasSubstr("condemned"))));
  EXPECT_THAT(Relations("Peru said Chile's troops violated Peruvian airspace."), Contains("Peru condemned Chile"));
}

TEST_F(ExtractorTest, TheForeignOfficeIsTheStorysCountrysAndExternalAffairsIsIndias) {
  EXPECT_THAT(Relations("LIMA - The Foreign Office condemned Chile on Tuesday."),
              Contains("Peruvian Foreign Ministry condemned Chile"));
  EXPECT_THAT(Relations("LIMA - The Ministry of External Affairs condemned Chile on Tuesday."),
              Contains("Ministry of External Affairs of India condemned Chile"));
}

TEST_F(ExtractorTest, TheSidesOfACountrysConflictStandForIt) {
  EXPECT_THAT(Relations("The UN called on the conflicting parties in Peru to engage in direct talks."),
              Contains("United Nations urged Peru"));
  EXPECT_THAT(Relations("Ana Rojas of Chile called on the parties to the Peruvian crisis to restore calm."),
              Contains("Ana Rojas urged Peru"));
  EXPECT_THAT(Relations("Chile urged the Peruvian parties to restore calm."), Contains("Chile urged Peru"));
  // The parties to an agreement are no country.
  EXPECT_THAT(Relations("Chile urged the parties to the agreement to respect it."),
              Not(Contains(testing::HasSubstr("urged"))));
}

TEST_F(ExtractorTest, ATitleCaseHeadlinesVerbIsNoName) {
  const Document doc = Extract("Envoy Summoned over Peru's Claims\n\nThe Chilean Foreign Ministry summoned the "
                               "Peruvian ambassador on Monday.");
  EXPECT_EQ(LabelsOf(doc, EntityType::kPerson).find("Summoned"), std::string::npos);
}

TEST_F(ExtractorTest, TheMinistersAfterAListOfThreeAreAllOfThem) {
  auto rel = Relations("The foreign ministers of Peru, Bolivia and Ecuador attended the meeting in Lima. The ministers "
                       "expressed their deep concern about the situation in Chile. They also condemned Chile.");
  for (const char* country : {"Peru", "Bolivia", "Ecuador"}) {
    EXPECT_THAT(rel, Contains(std::string(country) + " expressedConcernAbout Chile"));
    EXPECT_THAT(rel, Contains(std::string(country) + " condemned Chile"));
  }
  // A country attends no meeting at home.
  EXPECT_THAT(rel, Not(Contains("Peru visited Lima")));
  EXPECT_THAT(rel, Contains("Bolivia visited Lima"));
  // "Both ministers", "the two ministers" are still a pair.
  EXPECT_THAT(Relations("Chile and Peru held talks. The two ministers condemned Bolivia."),
              Contains("Chile condemned Bolivia"));
}

TEST_F(ExtractorTest, ANameSetInBracketsAfterATitleIsTheHoldersName) {
  auto rel = Relations("\"Undersecretary [Ana Rojas] conveyed to the Peruvian ambassador the strong protest of the "
                       "Chilean government,\" Luis Soto said.");
  EXPECT_THAT(rel, Contains("Ana Rojas protestedTo Peruvian ambassador"));
  EXPECT_THAT(rel, Not(Contains("Luis Soto metWith Peruvian ambassador")));
  EXPECT_THAT(Relations("Chile issued a note verbale to Peru over the incident."), Contains("Chile protestedTo Peru"));
}

TEST_F(ExtractorTest, AnOfficeHolderElectHoldsNoOfficeYet) {
  auto rel = Relations("Chile's Foreign Minister, Ana Rojas, met Peruvian Congresswoman-elect Luis Soto, the foreign "
                       "minister appointed by President-elect Hugo Salas.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  EXPECT_THAT(rel, Contains("Luis Soto affiliatedWith Peru"));
  EXPECT_THAT(rel, Not(Contains(testing::HasSubstr("leaderOf"))));
}

TEST_F(ExtractorTest, MorePortfoliosSetOffBeforeTheNameArePartOfTheTitle) {
  auto rel = Relations("The Minister of Foreign Affairs, African Cooperation and Chilean Expatriates, Ana Rojas, held "
                       "talks with Peruvian Foreign Minister Luis Soto.");
  EXPECT_THAT(rel, Contains("Ana Rojas metWith Luis Soto"));
  EXPECT_THAT(rel, Contains("Ana Rojas affiliatedWith Chile"));
  EXPECT_EQ(Relations("The Minister of Foreign Affairs, African Cooperation and Chilean Expatriates, Ana Rojas, "
                      "held talks.").size(),
            1U);
}

TEST_F(ExtractorTest, AnOrganizationsAcronymWrittenAsAWordIsIts) {
  EXPECT_THAT(Relations("Nato condemned Peru on Monday."), Contains("North Atlantic Treaty Organization condemned Peru"));
  EXPECT_THAT(Relations("Ecowas urged Chile to hold elections."),
              Contains("Economic Community of West African States urged Chile"));
  // Short acronyms are words too often ("Un", "Eu" are no names).
  EXPECT_THAT(Relations("Un condemned Peru on Monday."), Not(Contains(testing::HasSubstr("United Nations"))));
}

TEST_F(ExtractorTest, AKnownLeadersRoleIsOnlyForACountryTheStoryNames) {
  const Document doc = Extract("President Lula met Chilean Foreign Minister Ana Rojas in Santiago.");
  auto rel = Relations(doc);
  EXPECT_THAT(rel, Not(Contains(testing::HasSubstr("leaderOf"))));
  // The country the lexicon gives still tells that the meeting was abroad.
  EXPECT_THAT(rel, Contains("Luiz In\u00e1cio Lula da Silva visited Santiago"));
  EXPECT_THAT(Relations("Brazil's President Lula met Chilean Foreign Minister Ana Rojas in Santiago."),
              Contains("Luiz In\u00e1cio Lula da Silva leaderOf Brazil"));
}

TEST_F(ExtractorTest, AHouseOrLodgeNamedIsAPlaceNotAPerson) {
  const Document doc = Extract("Peru's President Ana Rojas met Chile's Luis Soto on Monday. Addressing a joint press "
                               "conference at State House Lima, President Rojas said they had signed an agreement.");
  EXPECT_EQ(LabelsOf(doc, EntityType::kPerson).find("House"), std::string::npos);
  EXPECT_THAT(Relations(doc), Contains("Ana Rojas metWith Luis Soto"));
}

}  // namespace diplograph
