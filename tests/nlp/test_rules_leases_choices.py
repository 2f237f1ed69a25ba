"""Leases, returns, choices and other transfer wordings.

- a lease moves goods: "leased jets to Hungary" from the lessor, "leased jets from Sweden" to
  the lessee; giving goods back ("a rendu à la Russie", "returned … to Russia") is a transfer,
  going somewhere ("s'est rendu à Moscou") or making public ("rendu public") is not;
- "rushing weapons to", "alimente en armes les rebelles", "licensed equipment to Riyadh";
- choosing a system ("selected the Turkish Anka", "a retenu le F-35 américain", "opted for")
  is a planned purchase from its maker; the rival passed over ("over the Rafale", "plutôt que
  le Gripen suédois", "au détriment du Rafale") is bought from nobody; a choice of goods
  already named ("chose the same aircraft") adds none;
- "n'a jamais cessé de livrer", "has never stopped supplying": the transfer goes on, no denial;
- the owner of goods sold or supplied: "Canada's armoured vehicles sold to Saudi Arabia" (the
  owner sells), "Ukraine's F-16s supplied by Denmark" (the owner received them);
- a state modifying a transfer noun sells: "UK arms sales to Saudi Arabia", "British arms
  exports to …", even after "a challenge to";
- "an attempt by North Korea to ship weapons", "une tentative de la Corée du Nord de livrer":
  the one attempting moves them;
- "Washington lui a livré …" with the name read apart from its verb is still the giver, and
  "lui" is the army named as the previous sentence's subject ("L'armée libanaise …");
- "a procédé à la remise de 48 missiles", "completed the handover of": who carries out the
  transfer makes it; "la remise en état" is a refit, not a handover;
- a purchase with its seller named and no buyer, far into an article on one state, is that
  state's ("an earlier plan to buy jets from Sweden");
- "the Reagan administration", "l'administration Biden" are the United States; a manufacturer
  ("the German manufacturer Diehl said", "le constructeur allemand") speaks for no state;
- "l'achat algérien de Su-57 russes": the demonym on a purchase noun, before the goods, buys;
- "signed for six Rafales" orders them from their maker; "won a contract from Poland",
  "a remporté auprès de l'Inde un contrat": the winner sells to the other party;
- goods that "followed" ("Chinese drones followed", "ont suivi") went to the buyer just named
  ("followed the convoy" moves nothing); what "the crates" or "les caisses" held is the
  shipment just reported; what "ces appareils, capables d'emporter" can carry is not in it,
  nor are the missiles of "la corvette lance-missiles";
- machine-translated "the purchase of 18 fighters MiG-29 to Belarus" buys from Belarus; "the
  arms of Argentina travelled to Croatia" were Argentina's, sent to Croatia;
- "le groupe d'experts de l'ONU", "a UN group of experts" speak for the UN;
- "supplied $406 million in arms": the value beside the goods is no other object ("up in
  arms" is still no weapon); "des entreprises basées à Singapour" supply for Singapore;
- "a démenti avoir reçu la moindre demande" denies a request, not a transfer; "n'a pas expédié
  directement en Ukraine", "does not supply … directly": another way, no denial;
- what a relative clause on the goods names ("Tomahawks … that will give Japanese submarines")
  is what they serve, and giving them "the ability" to strike moves nothing; "anciens
  combattants" are veterans, no fighters sent.

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
        ("Sweden leased 14 Gripen jets to Hungary in 2001.", "en", {("SWE", "HUN", "aircraft")}),
        (
            "Hungary has leased 14 Gripen fighters from Sweden since 2006.",
            "en",
            {("SWE", "HUN", "aircraft")},
        ),
        (
            "L'Inde a rendu à la Russie une dizaine d'hélicoptères Mi-17 hors d'usage.",
            "fr",
            {("IND", "RUS", "aircraft")},
        ),
        (
            "India returned a dozen Mi-17 helicopters to Russia last year.",
            "en",
            {("IND", "RUS", "aircraft")},
        ),
        ("Le ministre indien s'est rendu à Moscou pour parler des hélicoptères.", "fr", set()),
        (
            "Un achat de drones jamais rendu public par la Serbie inquiète ses voisins.",
            "fr",
            set(),
        ),
        (
            "Russia is rushing rifles to the Houthis, according to Washington.",
            "en",
            {("RUS", "houthis", "small_arms")},
        ),
        (
            "Selon Washington, la Russie alimente en armes les rebelles houthis.",
            "fr",
            {("RUS", "houthis", "unspecified")},
        ),
        (
            "Since 2015, the UK has licensed at least 4.7bn pounds of military equipment to "
            "Riyadh.",
            "en",
            {("GBR", "SAU", "unspecified")},
        ),
    ],
)
def test_leases_returns_and_other_wordings(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kazakhstan selected the Turkish Anka drone.", "en", {("TUR", "KAZ", "uav")}),
        ("Peru opted for South Korean K2 tanks.", "en", {("KOR", "PER", "armour")}),
        (
            "Croatia picked the French Rafale over the Swedish Gripen.",
            "en",
            {("FRA", "HRV", "aircraft")},
        ),
        (
            "La Croatie a choisi le Rafale français plutôt que le Gripen suédois.",
            "fr",
            {("FRA", "HRV", "aircraft")},
        ),
        (
            "La Suisse a retenu le F-35 américain au détriment du Rafale.",
            "fr",
            {("USA", "CHE", "aircraft")},
        ),
    ],
)
def test_a_choice_is_a_planned_purchase_from_the_maker(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert triples(reports) == expected
    assert {r.status for r in reports} == {"planned"}


def test_a_choice_of_goods_already_named_adds_no_purchase() -> None:
    text = (
        "Israel sold Heron drones to India in 2019. All three Indian services chose the same "
        "aircraft for border patrols."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("ISR", "IND", "uav")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Iran n'a jamais cessé de livrer des missiles aux Houthis.", "fr"),
        ("Iran has never stopped supplying missiles to the Houthis.", "en"),
    ],
)
def test_never_stopping_a_transfer_is_no_denial(text: str, lang: str) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert set(found) == {("IRN", "houthis", "missiles")}
    report = found[("IRN", "houthis", "missiles")]
    assert report.status == "reported"
    assert report.denied_by == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Canada's light armoured vehicles sold to Saudi Arabia have been spotted in Yemen.",
            "en",
            {("CAN", "SAU", "armour")},
        ),
        (
            "Les vieux chars T-72 de la Pologne livrés à l'Ukraine en 2022 combattent toujours.",
            "fr",
            {("POL", "UKR", "armour")},
        ),
        (
            "Ukraine's F-16s supplied by Denmark arrived in August.",
            "en",
            {("DNK", "UKR", "aircraft")},
        ),
        (
            "Les F-16 de l'Ukraine fournis par le Danemark sont arrivés en août.",
            "fr",
            {("DNK", "UKR", "aircraft")},
        ),
    ],
)
def test_the_owner_of_goods_sold_or_supplied(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Court of Appeal ruled UK arms sales to Saudi Arabia unlawful.",
            "en",
            {("GBR", "SAU", "unspecified")},
        ),
        (
            "The court heard a challenge to British arms exports to Saudi Arabia.",
            "en",
            {("GBR", "SAU", "unspecified")},
        ),
        ("Russian arms exports to India fell sharply.", "en", {("RUS", "IND", "unspecified")}),
    ],
)
def test_a_state_modifying_a_transfer_noun_sells(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Officials called it an attempt by North Korea to ship rockets to Iran.",
            "en",
            {("PRK", "IRN", "ammunition")},
        ),
        (
            "Il s'agit d'une tentative de la Corée du Nord de livrer des roquettes à l'Iran.",
            "fr",
            {("PRK", "IRN", "ammunition")},
        ),
    ],
)
def test_the_one_attempting_moves_the_goods(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_a_name_before_lui_gives_to_the_subject_before() -> None:
    text = (
        "L'armée libanaise, qui combat des groupes armés le long de la frontière syrienne, "
        "compte de nouveau sur son principal soutien, les États-Unis. Washington lui a déjà "
        "livré ces dernières années des hélicoptères Huey II et a promis six avions A-29."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("USA", "LBN", "aircraft")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La France a procédé à la remise de 48 missiles Milan au Liban.",
            "fr",
            {("FRA", "LBN", "missiles")},
        ),
        (
            "L'Allemagne a effectué la livraison de chars Leopard à l'Ukraine.",
            "fr",
            {("DEU", "UKR", "armour")},
        ),
        (
            "France completed the handover of 48 Milan missiles to Lebanon.",
            "en",
            {("FRA", "LBN", "missiles")},
        ),
        (
            "Le Venezuela a réclamé à la Russie la remise en état de ses chasseurs Soukhoï.",
            "fr",
            {("RUS", "VEN", "aircraft")},
        ),
    ],
)
def test_who_carries_out_a_handover_makes_it(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_a_purchase_with_no_buyer_is_the_article_state() -> None:
    text = (
        "Switzerland is replacing its ageing fleet of fighters. The Swiss government faces a "
        "referendum on the cost. Voters had rejected an earlier plan to buy 22 Gripen jets "
        "from Sweden in 2014."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("SWE", "CHE", "aircraft")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Reagan administration secretly sold TOW missiles to Iran.", "en"),
        ("L'administration Reagan a vendu en secret des missiles TOW à l'Iran.", "fr"),
    ],
)
def test_an_administration_is_its_state(text: str, lang: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("USA", "IRN", "missiles")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Estonia ordered the German IRIS-T SLM system in 2023, the German manufacturer Diehl "
            "Defence said.",
            "en",
        ),
        (
            "L'Estonie a commandé le système allemand IRIS-T SLM en 2023, a indiqué le "
            "constructeur allemand Diehl.",
            "fr",
        ),
    ],
)
def test_a_manufacturer_speaks_for_no_state(text: str, lang: str) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert set(found) == {("DEU", "EST", "air_defence")}
    assert [c.id for c in found[("DEU", "EST", "air_defence")].claimed_by] == ["media"]


def test_a_demonym_on_a_purchase_noun_is_the_buyer() -> None:
    text = "L'achat algérien de chasseurs Su-57 russes inquiète Rabat."
    assert triples(armswatch.extract(text, lang="fr")) == {("RUS", "DZA", "aircraft")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2022 Indonesia signed for six Dassault Rafales.", "en", {("FRA", "IDN", "aircraft")}),
        (
            "Manila signed for a dozen more FA-50 jets from South Korea in June.",
            "en",
            {("KOR", "PHL", "aircraft")},
        ),
        (
            "South Korea won a contract from Poland for 180 K2 tanks.",
            "en",
            {("KOR", "POL", "armour")},
        ),
        (
            "La France a remporté auprès de l'Inde un contrat pour 26 Rafale Marine.",
            "fr",
            {("FRA", "IND", "aircraft")},
        ),
        (
            "Dassault a décroché un contrat avec l'Indonésie pour 42 Rafale.",
            "fr",
            {("FRA", "IDN", "aircraft")},
        ),
        ("The minister signed for the delivery of the letter.", "en", set()),
    ],
)
def test_signing_for_goods_and_winning_an_order(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert triples(reports) == expected
    assert {r.status for r in reports} <= {"planned"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Nigeria bought JF-17 jets from Pakistan in 2021. Chinese Wing Loong II armed drones "
            "followed, according to defence analysts.",
            "en",
            {("PAK", "NGA", "aircraft"), ("CHN", "NGA", "uav")},
        ),
        (
            "Le Nigeria a acheté des JF-17 au Pakistan en 2021. Des drones chinois Wing Loong II "
            "ont suivi.",
            "fr",
            {("PAK", "NGA", "aircraft"), ("CHN", "NGA", "uav")},
        ),
        (
            "Ukraine received Leopard tanks from Germany. The drones followed the convoy.",
            "en",
            {("DEU", "UKR", "armour")},
        ),
    ],
)
def test_goods_that_followed_went_to_the_same_buyer(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Israeli commandos seized a ship carrying Iranian weapons bound for Hezbollah. "
            "According to the inventory, the crates held 107mm rockets and anti-tank missiles.",
            "en",
            {("IRN", "hezbollah", "ammunition"), ("IRN", "hezbollah", "missiles")},
        ),
        (
            "Des commandos israéliens ont saisi un navire transportant des armes iraniennes "
            "destinées au Hezbollah. Selon l'inventaire, les caisses renfermaient des roquettes "
            "Katioucha et des missiles antichars.",
            "fr",
            {("IRN", "hezbollah", "ammunition"), ("IRN", "hezbollah", "missiles")},
        ),
    ],
)
def test_what_the_crates_held_is_the_shipment(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'Arabie saoudite a reçu un nouveau lot de drones chinois Wing Loong II. Ces "
            "appareils, capables d'emporter des missiles air-sol et des bombes guidées, viennent "
            "compléter sa flotte.",
            "fr",
            {("CHN", "SAU", "uav")},
        ),
        (
            "L'Inde a offert en 2023 la corvette lance-missiles INS Kirpan au Vietnam.",
            "fr",
            {("IND", "VNM", "naval")},
        ),
        (
            "La France a vendu un porte-hélicoptères et des frégates lance-missiles à l'Égypte.",
            "fr",
            {("FRA", "EGY", "naval")},
        ),
    ],
)
def test_what_goods_can_carry_or_launch_is_not_shipped(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru responded to the war with the purchase of 18 fighters MiG-29 to Belarus.",
            {("BLR", "PER", "aircraft")},
        ),
        (
            "Court papers show the arms of Argentina travelled to Croatia in 1993.",
            {("ARG", "HRV", "unspecified")},
        ),
        ("The minister travelled to Kyiv to discuss tanks.", set()),
    ],
)
def test_machine_translated_purchases_and_travelling_arms(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Entre 3 000 et 4 000 soldats rwandais combattent aux côtés des rebelles du M23, "
            "selon le dernier rapport du groupe d'experts de l'ONU.",
            "fr",
        ),
        (
            "Rwanda has sent thousands of troops to fight alongside the M23, according to a "
            "report by a UN group of experts.",
            "en",
        ),
    ],
)
def test_the_un_panel_speaks_for_the_un(text: str, lang: str) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    assert set(found) == {("RWA", "m23", "personnel")}
    assert [c.id for c in found[("RWA", "m23", "personnel")].claimed_by] == ["un"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russia supplied 406 million dollars in arms to Myanmar.",
            "en",
            {("RUS", "MMR", "unspecified")},
        ),
        (
            "Des entreprises basées à Singapour ont fourni des composants à la Birmanie.",
            "fr",
            {("SGP", "MMR", "components")},
        ),
        (
            "Des entités basées en Russie ont fourni à la Birmanie pour 406 millions de dollars "
            "d'armes.",
            "fr",
            {("RUS", "MMR", "unspecified")},
        ),
        ("Iran provides up to 100 million dollars a year to Hamas.", "en", set()),
        ("Farmers were up in arms over the new tax on diesel.", "en", set()),
    ],
)
def test_the_value_of_goods_and_firms_based_in_a_state(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_denying_a_request_denies_no_transfer() -> None:
    text = (
        "Caracas a demandé des missiles à Moscou. Interrogé, le ministère russe des Affaires "
        "étrangères a démenti avoir reçu la moindre demande de ce type."
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert set(found) == {("RUS", "VEN", "missiles")}
    assert found[("RUS", "VEN", "missiles")].denied_by == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Grèce n'a pas expédié directement ses chars en Ukraine : ils ont transité par la "
            "Pologne.",
            "fr",
            {("GRC", "UKR", "armour")},
        ),
        (
            "Iran does not supply the Houthis directly with missiles, officials said.",
            "en",
            {("IRN", "houthis", "missiles")},
        ),
    ],
)
def test_not_directly_is_no_denial(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert triples(reports) == expected
    assert all(r.denied_by == [] and r.status != "denied_only" for r in reports)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Japan is rearming. Other systems will be purchased, such as 400 Tomahawks from the "
            "United States that will give Japanese submarines a long reach.",
            "en",
            {("USA", "JPN", "missiles")},
        ),
        (
            "Le ministre a salué la secrétaire d'État chargée des Anciens combattants. Il était "
            "attendu par le chef de l'État à l'Élysée.",
            "fr",
            set(),
        ),
    ],
)
def test_what_the_goods_serve_and_veterans_are_no_goods(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan will buy 400 Tomahawks from the United States that will give Japanese submarines "
        "the ability to strike the bases from which an attack on Japan could be launched.",
        # a sum deep inside the ability phrase does not make it the value of goods
        "Japan will buy 400 Tomahawks from the United States that will give Japanese submarines "
        "the ability to strike the bases from which an attack on Japan could be launched, while "
        "200 million pounds is being spent on other missiles.",
    ],
)
def test_giving_an_ability_moves_no_goods(text: str) -> None:
    assert triples(armswatch.extract(text, lang="en")) == {("USA", "JPN", "missiles")}
