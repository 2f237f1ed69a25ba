"""Owners, onward legs, trainers and broken French clauses.

- a demonym on a state's forces names the state for a later "lui" / "it", as its name would;
- a deal signed in the historic present with every word read as a noun ("Brasilia signe avec
  Berlin un accord portant sur …"); a relative pronoun read as a conjunction, recovered through
  the participle's agreement ("les chars que Moscou a livrés"); a name opening the sentence
  before a comma is its subject ("Prague, de son côté, a confirmé …"); "que" before a subject
  is no preposition; "en toute connaissance de cause" is no object;
- "vers l'Irak et vers la Libye" are both destinations; "la Libye du colonel Kadhafi" is one
  actor, not a state and a second party;
- a purchase made in a state is made from it ("acheté en Chine", "bought in Russia");
- goods unloaded somewhere and carried on elsewhere went through the first place;
- the owner of goods bought in the passive bought them ("Eritrea's jets were bought from
  Italy"); a bare participle after the goods ("Black Hawks, also received from …") was received
  by whoever does something with them; the partner in talks to buy sells;
- "refrain from selling" sells nothing; "return aircraft to flying condition" gives nothing;
  "to any other party" names nobody to guess;
- "the government in Kabul" is Afghanistan's; "whose air force bought" is the antecedent's;
- deliveries named with their buyer alone deliver that buyer's order;
- "through the Turkish Straits" is a route; specialists posted in a country, instructors sent to
  train a force, and instructors who trained it were sent by their state;
- "de type « KN-25 »" names the launcher's type, not a missile of its own; mortar bombs are
  ammunition, troop transports armour, air-defence equipment air defence.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les équipages ont été formés sur une base aérienne, en Italie.\n\n"
            "Pour l'armée tunisienne, ce contrat prolonge une longue coopération. Washington lui "
            "a déjà livré des hélicoptères Black Hawk.",
            "fr",
            ("USA", "TUN", "aircraft"),
        ),
        (
            "The crews trained at an air base in Spain.\n\n"
            "For the Tunisian army, the deal extends a long partnership. Washington has already "
            "sold it Black Hawk helicopters.",
            "en",
            ("USA", "TUN", "aircraft"),
        ),
    ],
)
def test_a_demonym_on_a_state_s_army_names_it_for_a_pronoun(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert expected in found
    assert not any(r in {"ITA", "ESP"} for _, r, _ in found)


def test_a_deal_in_the_historic_present_read_as_nouns() -> None:
    text = (
        "En 2011, Lima signe avec Séoul un accord portant sur 20 avions d'entraînement KT-1, "
        "ainsi que sur un lot de pièces de rechange."
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert ("KOR", "PER", "aircraft") in found
    assert found[("KOR", "PER", "aircraft")].status == "planned"


def test_each_destination_after_vers_and_a_leader_naming_his_state() -> None:
    text = (
        "Dans les années 1980, le Brésil a exporté ses blindés vers l'Irak de Saddam Hussein et "
        "vers la Libye du colonel Kadhafi."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert {("BRA", "IRQ", "armour"), ("BRA", "LBY", "armour")} <= found
    assert not any(s == "LBY" for s, _, _ in found)


def test_a_relative_read_as_a_conjunction_keeps_its_goods() -> None:
    text = (
        "Ces hélicoptères rejoignent les chars T-72B1 rénovés que Moscou a livrés au Laos en 2019."
    )
    assert ("RUS", "LAO", "armour") in triples(armswatch.extract(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La marine thaïlandaise a aussi acheté en Chine deux frégates, selon la presse locale.",
            "fr",
            ("CHN", "THA", "naval"),
        ),
        (
            "Ethiopia bought its first MiG-29 fighters in Moldova in 1998.",
            "en",
            ("MDA", "ETH", "aircraft"),
        ),
    ],
)
def test_a_purchase_made_in_a_state_is_made_from_it(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(armswatch.extract(text, lang=lang))


def test_a_receipt_is_no_purchase_in_the_place_it_happens() -> None:
    text = "Russian troops in Syria received new drones last month."
    assert not any(s == "SYR" for s, _, _ in triples(armswatch.extract(text, lang="en")))


def test_goods_unloaded_and_carried_on_went_through_the_first_place() -> None:
    text = (
        "A shipment of Romanian mortar bombs was unloaded in Tanzania and trucked across the "
        "border to Ugandan army depots, a customs source said."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert ("ROU", "UGA", "ammunition") in found
    assert [v.id for v in found[("ROU", "UGA", "ammunition")].via] == ["TZA"]
    assert not any(r == "TZA" for _, r, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Chad's small fleet of Su-25 attack jets was bought from Ukraine in 2008.",
            "en",
            ("UKR", "TCD", "aircraft"),
        ),
        (
            "The Indonesian air force's Su-27 fighters were purchased from Moscow.",
            "en",
            ("RUS", "IDN", "aircraft"),
        ),
        (
            "Les hélicoptères de l'armée marocaine ont été achetés aux États-Unis.",
            "fr",
            ("USA", "MAR", "aircraft"),
        ),
    ],
)
def test_the_owner_of_goods_bought_in_the_passive_bought_them(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert expected in found
    assert len({s for s, _, _ in found}) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The UN Security Council urged all member states to refrain from selling weapons "
            "to Eritrea and Ethiopia.",
            "en",
        ),
        (
            "Le Conseil de sécurité a appelé les États membres à s'abstenir de vendre des armes "
            "à l'Érythrée.",
            "fr",
        ),
    ],
)
def test_refraining_and_refitting_transfer_nothing(text: str, lang: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


def test_returning_aircraft_to_flying_condition_gives_nothing() -> None:
    text = (
        "Jordan handed twelve AH-1 helicopters to Pakistan. Engineers will use the airframes "
        "partly to return other aircraft to flying condition and partly as a source of spare "
        "parts."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("JOR", "PAK", "aircraft")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow delivered hundreds of T-62 tanks to the government in Kabul in the 1980s.",
            ("RUS", "AFG", "armour"),
        ),
        (
            "The government in Khartoum, whose air force has bought attack helicopters from "
            "Russia, protested.",
            ("RUS", "SDN", "aircraft"),
        ),
    ],
)
def test_a_government_in_its_capital_is_the_state_s(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(armswatch.extract(text, lang="en"))


def test_a_bare_participle_after_the_goods_names_their_seller() -> None:
    text = (
        "Morocco is replacing its Puma helicopters with AH-64 attack helicopters, also received "
        "from the United States."
    )
    assert ("USA", "MAR", "aircraft") in triples(armswatch.extract(text, lang="en"))


def test_a_bare_participle_leaves_the_owner_s_goods_to_the_owner() -> None:
    text = (
        "Italian firms are refurbishing the navy's frigates, originally bought from France in "
        "the 1990s, for the Egyptian navy."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert not any(r == "ITA" for _, r, _ in found)


def test_the_partner_in_talks_to_buy_sells() -> None:
    text = "The Malaysian defence ministry is in talks with Seoul to buy FA-50 light fighters."
    found = by_triple(armswatch.extract(text, lang="en"))
    assert ("KOR", "MYS", "aircraft") in found
    assert found[("KOR", "MYS", "aircraft")].status == "planned"


def test_deliveries_to_a_buyer_deliver_its_order() -> None:
    text = (
        "Qatar signed for 24 Rafale fighters from France in 2015. The first jets were built in "
        "Mérignac. The pilots trained for months. The contract was a success for Dassault.\n\n"
        "Deliveries to Doha began in 2019."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert found[("FRA", "QAT", "aircraft")].status == "reported"


def test_a_demonym_on_straits_names_the_route() -> None:
    text = (
        "Russian ships carried the S-300 batteries through the Turkish Straits to the Syrian "
        "port of Tartus."
    )
    found = by_triple(armswatch.extract(text, lang="en"))
    assert [v.id for v in found[("RUS", "SYR", "air_defence")].via] == ["TUR"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Chinese military specialists have been posted in Pakistan to maintain the radars.",
            "en",
            ("CHN", "PAK", "personnel"),
        ),
        (
            "Des spécialistes militaires chinois sont stationnés au Pakistan pour entretenir les "
            "radars.",
            "fr",
            ("CHN", "PAK", "personnel"),
        ),
        (
            "Un groupe d'instructeurs de l'armée de l'air indienne est arrivé à Colombo pour la "
            "formation des pilotes sri-lankais.",
            "fr",
            ("IND", "LKA", "personnel"),
        ),
        (
            "Le ministre a dénoncé la présence d'instructeurs turcs qui auraient entraîné "
            "l'infanterie libyenne.",
            "fr",
            ("TUR", "LBY", "personnel"),
        ),
    ],
)
def test_people_posted_or_training_a_force_were_sent(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert expected in found
    assert (expected[1], expected[0], "personnel") not in found


def test_nobody_named_for_any_other_party() -> None:
    text = (
        "The Emirates signed for ten Pantsir systems from Russia last year. Damascus insisted "
        "that no Syrian air-defence weapon would ever be handed to any other party."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert not any(s == "SYR" for s, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le porte-parole a affirmé que Kiev avait livré à Bakou des dizaines de chars T-72, « en "
        "toute connaissance de cause ».",
        "Lors d'un point de presse à Moscou, un général a affirmé que Kiev avait livré à Bakou "
        "des dizaines de chars T-72 ces dernières années.",
    ],
)
def test_a_clause_after_que_keeps_its_subject_and_object(text: str) -> None:
    assert ("UKR", "AZE", "armour") in triples(armswatch.extract(text, lang="fr"))


def test_a_name_opening_the_sentence_before_a_comma_is_its_subject() -> None:
    text = (
        "Varsovie, de son côté, a confirmé avoir autorisé en 2007 l'exportation vers la Géorgie "
        "de plusieurs dizaines de chars T-72."
    )
    assert ("POL", "GEO", "armour") in triples(armswatch.extract(text, lang="fr"))


def test_a_type_named_after_the_goods_is_their_type() -> None:
    text = "Pyongyang pourrait livrer à Moscou des lance-roquettes lourds de type « KN-25 »."
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("PRK", "RUS", "artillery") in found
    assert ("PRK", "RUS", "missiles") not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Cargo planes flew mortar bombs supplied by Bulgaria to Asmara.",
            "en",
            ("BGR", "ERI", "ammunition"),
        ),
        (
            "Le Brésil a vendu des transports de troupes EE-11 à la Jordanie.",
            "fr",
            ("BRA", "JOR", "armour"),
        ),
        (
            "The senators cited Russian deliveries of air-defense equipment to Damascus.",
            "en",
            ("RUS", "SYR", "air_defence"),
        ),
    ],
)
def test_materiel_words(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert expected in found
    assert len(found) == 1  # mortar bombs are no mortars, troop transports no troops


def test_forces_armees_is_a_name_not_arming() -> None:
    text = (
        "Le Parlement néerlandais a bloqué la vente en invoquant le bilan des forces armées "
        "indonésiennes. L'armée de l'air a ensuite réceptionné six chasseurs Su-30 fournis par "
        "Moscou."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("RUS", "IDN", "aircraft") in found
    assert not any(r == "NLD" for _, r, _ in found)


def test_who_makes_do_with_goods_received_them() -> None:
    text = (
        "La cavalerie malaisienne se contente pour l'essentiel de chars AMX-13 livrés par la "
        "France dans les années 1970."
    )
    assert ("FRA", "MYS", "armour") in triples(armswatch.extract(text, lang="fr"))


def test_a_platform_word_a_few_words_before_a_shared_name() -> None:
    text = "Londres a fourni à Jakarta des avions d'attaque légère Hawk dans les années 1990."
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("GBR", "IDN", "aircraft") in found
    assert ("GBR", "IDN", "air_defence") not in found


def test_trainers_of_unnamed_officers_train_the_state_spoken_of() -> None:
    text = (
        "Le Honduras a renforcé son armée au début des années 1980. D'après les archives du "
        "ministère hondurien, des instructeurs argentins ont formé des officiers au "
        "renseignement."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("ARG", "HND", "personnel") in found
    assert ("HND", "ARG", "personnel") not in found


def test_a_sale_for_a_force_s_equipment_goes_to_that_force() -> None:
    text = (
        "En 1984, l'administration Reagan a autorisé la vente de pièces détachées pour les "
        "hélicoptères de l'armée de l'air salvadorienne."
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert ("USA", "SLV", "components") in found
    assert not any(s == "SLV" for s, _, _ in found)


def test_an_offer_chosen_comes_from_who_made_it() -> None:
    text = "En 2019, Bucarest a retenu une offre suédoise portant sur huit chasseurs Gripen."
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert found[("SWE", "ROU", "aircraft")].status == "planned"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Serbie a signé jeudi le contrat d'achat de douze Rafale auprès de la France.",
            "fr",
            ("FRA", "SRB", "aircraft"),
        ),
        (
            "Iraq signed a contract for the purchase of 24 T-50 jets from South Korea.",
            "en",
            ("KOR", "IRQ", "aircraft"),
        ),
    ],
)
def test_a_purchase_a_contract_is_for_is_planned(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert by_triple(armswatch.extract(text, lang=lang))[expected].status == "planned"


def test_the_partner_of_an_agreement_under_which_goods_come_sells() -> None:
    text = (
        "Syria, the president said, had signed an agreement with the Soviet Union under which it "
        "would receive fighter jets and tanks."
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert {("SUN", "SYR", "aircraft"), ("SUN", "SYR", "armour")} <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Officials said a transfer of missiles took place from Iran to Sudan last year.",
            "en",
        ),
        ("Selon Washington, un transfert de missiles a eu lieu de l'Iran vers le Soudan.", "fr"),
    ],
)
def test_a_transfer_that_took_place_from_one_to_another(text: str, lang: str) -> None:
    assert ("IRN", "SDN", "missiles") in triples(armswatch.extract(text, lang=lang))
