"""Headlines, talks, people sent, lists and sources: rules drawn from the sixth blind batch.

Headlines with no final stop, a pronoun buyer ("it received"), calibre rounds, technicians who
arrive with or accompany a delivery, talks over a number of systems, the maker as seller when no
partner is named, the national press as the outlet's voice, a clause the parser hung on the
sentence's first noun, "en … d'occasion", a source phrase that never supplies, a vessel that
carries the last shipment, and a route given for "the weapons" that holds for each kind.

Sentences written for these tests, in French and English. They load the spaCy models: ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


# -- headlines and appositions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le Maroc réceptionne ses premiers drones turcs\n\nLa cérémonie a eu lieu lundi.",
            ("TUR", "MAR", "uav"),
        ),
        (
            "en",
            "Manila takes delivery of Indian BrahMos missiles\n\nThe ceremony was held on Monday.",
            ("IND", "PHL", "missiles"),
        ),
    ],
)
def test_a_headline_without_a_full_stop_is_read_as_a_sentence(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert want in triples(reports)
    # the evidence stays inside the headline: the added stop is never part of it
    headline = text.split("\n")[0]
    assert by_triple(reports)[want].evidence[0].text == headline


def test_a_demonym_in_an_apposition_to_the_recipient_names_the_goods() -> None:
    text = "Germany will send ten Leopard tanks to Ukraine, the first Western battle tanks."
    assert triples(armswatch.extract(text, lang="en")) == {("DEU", "UKR", "armour")}


# -- buyers and goods ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Chile bought two frigates from Britain in 2003. In 2020 it received a submarine "
            "from France.",
            ("FRA", "CHL", "naval"),
        ),
        (
            "fr",
            "Le Maroc a commandé des Rafale à la France. Il a reçu en 2020 des hélicoptères de "
            "combat achetés aux États-Unis.",
            ("USA", "MAR", "aircraft"),
        ),
    ],
)
def test_it_as_buyer_is_the_state_the_article_is_about(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


def test_he_who_receives_a_medal_is_no_buyer() -> None:
    text = "The minister visited Paris. He received a medal from France."
    assert armswatch.extract(text, lang="en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Berlin has delivered 200,000 155mm rounds to Kyiv since the spring."),
        ("en", "Prague's initiative shipped a million large-calibre rounds to Kyiv last year."),
        ("fr", "Prague a livré un million de munitions de gros calibre à Kiev l'an dernier."),
    ],
)
def test_rounds_with_a_calibre_are_ammunition(lang: str, text: str) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert {c for _, _, c in found} == {"ammunition"}
    assert {r for _, r, _ in found} == {"UKR"}


# -- people sent -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Une vingtaine d'instructeurs russes sont arrivés la semaine dernière pour former "
            "les pilotes maliens.",
            ("RUS", "MLI", "personnel"),
        ),
        (
            "fr",
            "Le Niger a reçu deux drones turcs. Une dizaine de techniciens turcs sont arrivés "
            "avec les appareils.",
            ("TUR", "NER", "personnel"),
        ),
        (
            "fr",
            "Les Philippines ont reçu des missiles indiens. Des techniciens indiens "
            "accompagnent la livraison.",
            ("IND", "PHL", "personnel"),
        ),
        (
            "en",
            "Manila received Indian missiles on Monday. Indian technicians accompanied the "
            "delivery.",
            ("IND", "PHL", "personnel"),
        ),
    ],
)
def test_technicians_who_arrive_are_sent_by_their_state(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert want in found
    # their own state never receives them
    assert (want[0], want[0], "personnel") not in found
    assert not any(r == want[0] for _, r, _ in found)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Mali bought helicopters from Russia. Officials say Russian instructors are in the "
            "country to train its forces.",
            ("RUS", "MLI", "personnel"),
        ),
        (
            "fr",
            "Le Mali a acheté des hélicoptères à la Russie. Des instructeurs russes sont "
            "présents au Mali pour former l'armée.",
            ("RUS", "MLI", "personnel"),
        ),
    ],
)
def test_instructors_present_in_a_country_were_sent_there(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian troops are in Ukraine."),
        ("en", "The Russian instructors were happy."),
        ("fr", "Les soldats russes sont présents en Ukraine."),
    ],
)
def test_troops_present_somewhere_are_not_a_transfer(lang: str, text: str) -> None:
    # the presence of troops may be an invasion: only trainers and advisers count
    assert armswatch.extract(text, lang=lang) == []


def test_its_army_took_delivery_of_drones_supplied_by_a_state() -> None:
    text = (
        "Burkina Faso bought trucks last year. In April its army took delivery of a dozen "
        "drones supplied by Ankara, the presidency said."
    )
    assert ("TUR", "BFA", "uav") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre accompagne le président à Moscou pour parler des drones."),
        ("en", "The minister accompanied the president to Moscow to discuss drones."),
    ],
)
def test_accompanying_someone_sends_nobody(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


# -- talks and deals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Riyadh is still negotiating with Washington over 48 F-15 jets, officials said.",
            ("USA", "SAU", "aircraft"),
        ),
        (
            "fr",
            "Le Maroc négocie avec la France sur 12 hélicoptères Caracal.",
            ("FRA", "MAR", "aircraft"),
        ),
        (
            "fr",
            "L'Indonésie négocie un contrat pour des batteries BrahMos.",
            ("IND", "IDN", "missiles"),
        ),
        (
            "fr",
            "L'Indonésie négocie l'achat de missiles BrahMos.",
            ("IND", "IDN", "missiles"),
        ),
    ],
)
def test_talks_over_systems_are_a_planned_purchase(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert want in reports
    assert reports[want].status == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "India and Pakistan negotiated a ceasefire."),
        ("en", "The two ministers discussed the war and drones."),
        ("fr", "Paris négocie avec Berlin sur les chars du futur."),
    ],
)
def test_talks_without_a_number_of_systems_are_no_purchase(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'Indonésie a acheté des missiles BrahMos à l'Inde, selon des médias indiens."),
        ("en", "Indonesia has bought BrahMos missiles from India, Indian media reported."),
    ],
)
def test_the_national_press_speaks_for_the_outlets_not_the_state(lang: str, text: str) -> None:
    report = by_triple(armswatch.extract(text, lang=lang))[("IND", "IDN", "missiles")]
    assert [a.id for a in report.claimed_by] == ["media"]


def test_second_hand_ones_named_before_the_colon() -> None:
    text = (
        "L'armée de l'air serbe vole sur une poignée de MiG-29 : Moscou en a cédé six "
        "d'occasion à Belgrade en 2017."
    )
    assert ("RUS", "SRB", "aircraft") in triples(armswatch.extract(text, lang="fr"))


# -- shipments, sources and routes -----------------------------------------------------------


def test_a_source_phrase_never_supplies_and_the_vessel_carries_the_last_shipment() -> None:
    text = (
        "Les garde-côtes ont saisi une cargaison d'armes iraniennes destinée aux houthis. "
        "D'après la liste publiée par Ahmed Nasser, membre du conseil présidentiel yéménite, "
        "le bateau transportait des missiles antichars et des drones."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("IRN", "houthis", "missiles") in found
    assert ("IRN", "houthis", "uav") in found
    assert not any(s == "YEM" for s, _, _ in found)


def test_a_list_hung_on_the_verb_is_still_what_the_cargo_holds() -> None:
    text = (
        "L'Iran a envoyé une cargaison d'armes aux houthis. La cargaison comprenait des missiles de "
        "croisière, ainsi que des centaines de moteurs de drones et des radars."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("IRN", "houthis", "components") in found


def test_a_route_of_the_weapons_holds_for_each_kind_of_weapon() -> None:
    text = (
        "Iran smuggled weapons to the Houthis through Oman, officials said. The shipment "
        "included drones and anti-ship missiles."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    for cat in ("uav", "missiles"):
        assert [v.id for v in reports[("IRN", "houthis", cat)].via] == ["OMN"]


# -- armies equipped, clients, ports on the way ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Pendant vingt ans, le débat ne se posait pas : l'armée kazakhe était équipée par la "
            "Russie.",
        ),
        ("en", "For twenty years the Kazakh army was equipped by Russia."),
    ],
)
def test_an_army_equipped_by_a_state_is_armed_by_it(lang: str, text: str) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    # a negation before a colon belongs to its own clause
    assert reports[("RUS", "KAZ", "unspecified")].status == "reported"


def test_equipping_factories_is_no_transfer() -> None:
    text = "La Russie a équipé ses usines de machines modernes."
    assert armswatch.extract(text, lang="fr") == []


def test_a_state_that_became_a_client_of_a_system_bought_it() -> None:
    text = (
        "Le Maroc serait devenu le premier client étranger du système de défense aérienne indien."
    )
    assert ("IND", "MAR", "air_defence") in triples(armswatch.extract(text, lang="fr"))


def test_a_port_on_the_way_is_the_route_and_the_maker_on_a_count_sells() -> None:
    text = (
        "Une trentaine de blindés produits par Arquus ont été débarqués dans le port géorgien "
        "de Batoumi, avant de rejoindre l'Arménie par la route."
    )
    report = by_triple(armswatch.extract(text, lang="fr"))[("FRA", "ARM", "armour")]
    assert [v.id for v in report.via] == ["GEO"]


# -- what a shipment held, and what its denial and route cover --------------------------------


def test_a_seizure_article_lists_the_cargo_and_the_denial_covers_every_kind() -> None:
    text = (
        "Coast guards seize Iranian arms bound for the Houthis, US says\n\n"
        "ADEN - Yemeni coast guards have seized a shipment of Iranian weapons destined for the "
        "Houthis, US Central Command said on Tuesday. It was the third seizure this year.\n\n"
        "The cargo included dozens of anti-ship missiles and drone engines, CENTCOM said. "
        "Air defence systems were also on board.\n\n"
        "Officials said the consignment had been shipped via Oman.\n\n"
        "Tehran has always denied arming the group."
    )
    reports = by_triple(armswatch.extract(text, lang="en"))
    for cat in ("missiles", "components", "air_defence"):
        report = reports[("IRN", "houthis", cat)]
        assert [a.id for a in report.denied_by] == ["IRN"]
        assert [v.id for v in report.via] == ["OMN"]


def test_people_who_boarded_a_ship_are_not_its_cargo() -> None:
    text = (
        "L'Iran a envoyé une cargaison d'armes aux houthis, selon Washington. Des commandos, "
        "appuyés par des hélicoptères, sont montés à bord du boutre."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("IRN", "houthis", "aircraft") not in found


def test_what_the_recipient_already_had_is_not_what_it_was_given() -> None:
    text = "The United States supplied the Royal Navy's Harriers with Sidewinder missiles."
    assert triples(armswatch.extract(text, lang="en")) == {("USA", "GBR", "missiles")}


def test_a_second_participle_shares_the_passive_and_the_owner_hands_over() -> None:
    text = "Peru's Mirage jets were flown across the Andes and handed to the Argentine air force."
    assert triples(armswatch.extract(text, lang="en")) == {("PER", "ARG", "aircraft")}


def test_a_demonym_after_a_participle_in_the_name_is_the_maker() -> None:
    text = "Belgrade avait déjà réceptionné en 2020 des drones armés chinois."
    assert triples(armswatch.extract(text, lang="fr")) == {("CHN", "SRB", "uav")}


def test_the_carriers_owner_sends_and_the_carriers_maker_is_nobody() -> None:
    text = (
        "Un avion de transport de l'armée de l'air indienne, appareil de fabrication "
        "américaine, a atterri à Clark avec les missiles à bord pour être remis au corps des "
        "fusiliers marins philippins."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("IND", "PHL", "missiles")}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Norway is no stranger to arming Ukraine. It has already sent Kyiv 40 M109 howitzers.",
            ("NOR", "UKR", "artillery"),
        ),
        (
            "en",
            "The Netherlands bought tanks from Germany. It then sent tanks to Ukraine.",
            ("NLD", "UKR", "armour"),
        ),
        (
            "fr",
            "La Suède arme l'Ukraine depuis 2022. Elle a déjà envoyé 50 blindés CV90 à Kiev.",
            ("SWE", "UKR", "armour"),
        ),
    ],
)
def test_it_as_supplier_is_who_the_sentence_before_was_about(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    reports = by_triple(armswatch.extract(text, lang=lang))
    assert want in reports
    # "no stranger to arming" is no denial
    assert reports[want].denied_by == []


def test_after_a_country_is_no_source() -> None:
    text = (
        "La Serbie devient le troisième pays à choisir l'appareil, après la Grèce, qui en a "
        "commandé 24 à Paris. Dassault vend aussi des Rafale à l'Inde."
    )
    for report in armswatch.extract(text, lang="fr"):
        assert [a.id for a in report.claimed_by] == ["media"]


def test_where_the_goods_came_from_follows_the_verb() -> None:
    text = "La quasi-totalité des avions de combat serbes provenaient jusqu'ici de Russie."
    assert triples(armswatch.extract(text, lang="fr")) == {("RUS", "SRB", "aircraft")}


def test_some_of_the_jets_come_from_their_seller() -> None:
    text = (
        "Qatar ordered 36 Rafale jets from France in 2015. Greece, which has ordered 24 of the "
        "jets since then, is another customer."
    )
    assert ("FRA", "GRC", "aircraft") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A retired Polish officer who flew MiG-29 jets spoke to us.", set()),
        (
            "Officials said Russia had flown a dozen MiG-29 jets to Haftar's forces.",
            {("RUS", "lna", "aircraft")},
        ),
    ],
)
def test_a_pilot_who_flew_jets_delivered_none(text: str, want: set[tuple[str, str, str]]) -> None:
    assert triples(armswatch.extract(text, lang="en")) == want


def test_contracts_hung_elsewhere_are_still_a_deal_with_the_maker() -> None:
    text = (
        "En 2022, l'Arménie a signé pour 245 millions de dollars de contrats portant sur des "
        "lance-roquettes Pinaka et des munitions."
    )
    reports = by_triple(armswatch.extract(text, lang="fr"))
    assert reports[("IND", "ARM", "artillery")].status == "planned"
    assert ("IND", "ARM", "ammunition") in reports


def test_concluding_a_contract_is_no_finding() -> None:
    text = (
        "La Turquie a vendu des drones à l'Azerbaïdjan, et le Pakistan a conclu avec Bakou un "
        "contrat pour des chasseurs JF-17."
    )
    for report in armswatch.extract(text, lang="fr"):
        assert [a.id for a in report.claimed_by] == ["media"]


def test_what_follows_dont_belongs_to_the_transfer() -> None:
    text = (
        "Israël a fourni à Bakou une large part de ses armements, dont des drones kamikazes "
        "Harop, et des dizaines de vols cargo ont été recensés."
    )
    assert ("ISR", "AZE", "uav") in triples(armswatch.extract(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mali bought the helicopters from Russia, and the ammunition on the same flight was "
            "a gift from Moscow.",
            ("RUS", "MLI", "ammunition"),
        ),
        ("The tanks were a gift from Poland to Ukraine.", ("POL", "UKR", "armour")),
    ],
)
def test_goods_that_were_a_gift_were_supplied(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(armswatch.extract(text, lang="en"))


def test_a_dinner_that_was_a_gift_is_nothing() -> None:
    assert armswatch.extract("The dinner was a gift from the embassy.", lang="en") == []


def test_rifles_listed_among_the_haul_join_the_shipment() -> None:
    text = (
        "Iran sent a shipment of weapons to the Houthis, US officials said. The commander said "
        "his units had seized the consignment and listed sniper rifles among the haul."
    )
    assert ("IRN", "houthis", "small_arms") in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "L'armée serbe vole sur des MiG-29 : Moscou en a cédé six à Belgrade en 2017, et la "
            "Biélorussie quatre autres, arrivés en 2021.",
            {("RUS", "SRB", "aircraft"), ("BLR", "SRB", "aircraft")},
        ),
        (
            "en",
            "Turkey sold drones to Niger, and China armoured vehicles.",
            {("TUR", "NER", "uav"), ("CHN", "NER", "armour")},
        ),
    ],
)
def test_a_second_supplier_with_the_verb_left_out(
    lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == want


def test_a_second_clause_with_its_own_verb_is_its_own_transfer() -> None:
    text = "Russia sent shells to Syria, and the United States condemned it."
    assert triples(armswatch.extract(text, lang="en")) == {("RUS", "SYR", "ammunition")}


def test_defence_officials_speak_for_their_demonym() -> None:
    text = (
        "L'Inde a livré vendredi des missiles BrahMos aux Philippines, ont dit des responsables "
        "de la défense indiens."
    )
    report = by_triple(armswatch.extract(text, lang="fr"))[("IND", "PHL", "missiles")]
    assert [a.id for a in report.claimed_by] == ["IND"]


def test_an_institute_named_after_a_city_speaks_for_no_state() -> None:
    text = (
        "The UAE imported howitzers from China, according to the Stockholm International "
        "Peace Research Institute."
    )
    report = by_triple(armswatch.extract(text, lang="en"))[("CHN", "ARE", "artillery")]
    # the institute itself, not Sweden (SIPRI became an actor of its own with batch 23)
    assert [a.id for a in report.claimed_by] == ["sipri"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "When Paris said that it had signed a contract to sell Caesar howitzers to Armenia, "
            "the reaction from Baku was swift.",
            ("FRA", "ARM", "artillery"),
        ),
        (
            "Azerbaijani officials have spoken openly about buying Israeli drones.",
            ("ISR", "AZE", "uav"),
        ),
    ],
)
def test_the_controller_of_a_deal_or_a_topic_acts(text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang="en")) == {want}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Entities based in Thailand supplied arms worth about $28 million to Myanmar.",
            ("THA", "MMR", "unspecified"),
        ),
        (
            "fr",
            "Des entreprises en Chine ont fourni des armes à la Birmanie.",
            ("CHN", "MMR", "unspecified"),
        ),
    ],
)
def test_firms_of_a_state_supply_for_it(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Brazil flies Gripens already. Colombia's president said his government had signed a "
            "deal with Saab for 17 Gripen fighters.",
            {("SWE", "COL", "aircraft")},
        ),
        (
            "en",
            "Argentina bought 24 F-16 jets from Denmark. The agreement also includes flight "
            "simulators and spare engines.",
            {("DNK", "ARG", "aircraft"), ("DNK", "ARG", "components")},
        ),
        (
            "fr",
            "La Chine a vendu des avions à la Birmanie, Moscou ayant également livré des drones.",
            {("CHN", "MMR", "aircraft"), ("RUS", "MMR", "uav")},
        ),
        (
            "fr",
            "Ouagadougou et Niamey ont eux aussi acheté des drones à la Turquie.",
            {("TUR", "BFA", "uav"), ("TUR", "NER", "uav")},
        ),
        (
            "fr",
            "Des intermédiaires établis à Singapour ont fourni des composants à la Birmanie.",
            {("SGP", "MMR", "components")},
        ),
    ],
)
def test_buyers_and_suppliers_the_parser_hides(
    lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == want
