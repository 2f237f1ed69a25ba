"""Package lists, agentless denials, goods that came or are still to come, old actors.

- in a list of what a purchase or package holds, each item "from" a state (or with its
  demonym) was bought from that state by the package's buyer ("It included 26 Gripen fighters
  from Sweden; 24 Hawk trainers from Britain …");
- a denial that goods "were passed on to Syria", with nobody handing them on, denies the
  denier's own transfer;
- a planned sale whose goods a relative says came ("which arrived in 1976") was delivered;
  goods bought that "will be delivered" are not yet, goods that "can reach Russia" reach
  nothing; a sale frozen or blocked is planned;
  "the delivery … is not justifiable" refuses, it denies nothing; "n'a été réceptionné …
  qu'en 2010" is "only in 2010", no negation;
- the state that was "l'un des premiers à envoyer" sent; "le département d'État a approuvé
  d'autres ventes" sells; "un flux d'armes françaises vers le Biafra" is a transfer, and "On
  parle de fusils, de munitions" says what it held;
- "ainsi que" after a verb's goods adds to them, not after a participle's; "transférées sur des
  avions affrétés" names the carrier, "destinés à ses hélicoptères" what the goods serve;
- a short subheading in capitals reports nothing; "le gouvernement de Lagos, lui," is what a
  later "lui" stands for;
- Biafra and Rhodesia (RHO) are actors, Lagos names Nigeria, Thabo Mbeki South Africa;
  "Hawk trainers" are aircraft, thermal imagers components.

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
            "In 2001 the government of Thabo Mbeki signed a package of arms purchases. It included "
            "26 Gripen fighters from Sweden's Saab; 24 Hawk trainers from the United Kingdom; four "
            "frigates and three submarines from German shipyards; and 30 A109 helicopters from "
            "Italy.",
            "en",
            {
                ("SWE", "ZAF", "aircraft"),
                ("GBR", "ZAF", "aircraft"),
                ("DEU", "ZAF", "naval"),
                ("ITA", "ZAF", "aircraft"),
            },
        ),
        (
            "En 1999, l'Afrique du Sud a signé un paquet d'achats d'armes. Il comprenait 26 "
            "chasseurs Gripen en provenance de Suède et quatre frégates allemandes.",
            "fr",
            {("SWE", "ZAF", "aircraft"), ("DEU", "ZAF", "naval")},
        ),
    ],
)
def test_each_item_of_a_package_from_its_own_state(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert expected <= found
    assert ("ITA", "ZAF", "naval") not in found  # the submarines are German, not Italian
    assert not any(s == "ZAF" for s, _, _ in found)


def test_the_package_s_owner_buys_its_items() -> None:
    for text in (
        "South Africa's arms package included 26 Gripen fighters from Sweden.",
        "South Africa bought a package of weapons that included 26 Gripen fighters from Sweden.",
    ):
        assert triples(armswatch.extract(text, lang="en")) == {("SWE", "ZAF", "aircraft")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Russian defence ministry has denied that any of the Israeli-designed drones were "
            "ever passed on to Syria.",
            "en",
            ("RUS", "SYR", "uav"),
        ),
        ("Tehran denied that weapons had been sent to the Houthis by sea.", "en", None),
        (
            "Moscou a démenti que des drones aient été livrés à la Syrie.",
            "fr",
            ("RUS", "SYR", "uav"),
        ),
    ],
)
def test_an_agentless_handing_on_denied_is_the_denier_s(
    text: str, lang: str, expected: tuple[str, str, str] | None
) -> None:
    found = by_triple(armswatch.extract(text, lang=lang))
    want = expected or ("IRN", "houthis", "unspecified")
    assert want in found
    assert found[want].status == "denied_only"
    assert [a.id for a in found[want].denied_by] == [want[0]]


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        (
            "The United States approved the sale of sixteen OV-10 Bronco aircraft to Indonesia, "
            "which arrived in 1976 and 1977.",
            "en",
            "reported",
        ),
        (
            "Paris a autorisé la vente de douze Mirage au Pérou, qui ont été livrés en 1984.",
            "fr",
            "reported",
        ),
        (
            "Paris a autorisé la vente de douze Mirage au Pérou, qui seront livrés en 2027.",
            "fr",
            "planned",
        ),
        (
            # what the goods can reach is no arrival
            "Biden said Washington was not going to send Ukraine rocket launchers that can "
            "reach Russia.",
            "en",
            "planned",
        ),
    ],
)
def test_goods_of_a_planned_sale_said_to_have_come(text: str, lang: str, status: str) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert [r.status for r in reports if r.category in {"aircraft", "artillery"}] == [status]


def test_goods_bought_that_will_be_delivered_are_still_planned() -> None:
    found = by_triple(
        armswatch.extract(
            "The eight HIMARS launchers Lithuania bought from the United States will be "
            "delivered this year.",
            lang="en",
        )
    )
    assert found[("USA", "LTU", "artillery")].status == "planned"
    found = by_triple(
        armswatch.extract("Les chars achetés à l'Allemagne par la Lituanie ont été livrés.", "fr")
    )
    assert found[("DEU", "LTU", "armour")].status == "reported"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "En 2011, Washington avait gelé une vente de 44 Humvee blindés à Bahreïn.",
            "fr",
            ("USA", "BHR", "armour"),
        ),
        (
            "In 2011 Washington froze a sale of 44 armoured Humvees to Manama.",
            "en",
            ("USA", "BHR", "armour"),
        ),
        (
            '"The delivery of training simulators and armoured vehicles by Germany to Russia is '
            'not justifiable," the German economy ministry said.',
            "en",
            ("DEU", "RUS", "armour"),
        ),
        (
            "Pour Berlin, la livraison par l'Allemagne de chars à la Russie n'est pas justifiable.",
            "fr",
            ("DEU", "RUS", "armour"),
        ),
    ],
)
def test_a_frozen_sale_or_an_unjustifiable_delivery_is_planned(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert expected in triples(reports)
    assert all(r.status == "planned" and not r.denied_by for r in reports)


def test_received_only_in_2010_is_no_denial() -> None:
    text = (
        "Les sous-marins commandés à l'Allemagne n'ont été réceptionnés par la marine grecque "
        "qu'en 2010, après des années de litige."
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert found[("DEU", "GRC", "naval")].status == "reported"
    assert not found[("DEU", "GRC", "naval")].denied_by


def test_among_the_first_to_send_sent() -> None:
    text = (
        "Lors d'un point presse, la Première ministre lituanienne a rappelé que son pays avait été "
        "l'un des premiers à envoyer des missiles antiaériens Stinger à Kiev."
    )
    assert ("LTU", "UKR", "missiles") in triples(armswatch.extract(text, lang="fr"))


def test_an_approval_of_further_sales_by_a_body_sells() -> None:
    text = (
        "Washington a livré des F-16 à Bahreïn. En 2011, un millier de soldats saoudiens avaient "
        "été dépêchés à Manama. Le département d'État a depuis approuvé d'autres ventes au petit "
        "royaume, dont celle de systèmes de défense antiaérienne Patriot."
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert found[("USA", "BHR", "air_defence")].status == "planned"
    assert ("SAU", "BHR", "air_defence") not in found  # the soldiers' state sells nothing


def test_a_flow_of_arms_and_what_it_held() -> None:
    text = (
        "« Dès 1968, il y a un flux régulier d'armes françaises vers le Biafra, acheminées "
        "d'abord vers Libreville, au Gabon, puis transférées sur des avions affrétés », dit un "
        "historien. « On parle de fusils, de mitrailleuses et de tonnes de munitions. »"
    )
    found = by_triple(armswatch.extract(text, lang="fr"))
    assert {("FRA", "biafra", "small_arms"), ("FRA", "biafra", "ammunition")} <= set(found)
    assert [v.id for v in found[("FRA", "biafra", "small_arms")].via] == ["GAB"]
    assert not any(c == "aircraft" or s == "GAB" for s, _, c in found)  # the planes carried


def test_as_well_as_adds_to_a_verb_s_goods_not_to_a_participle_s() -> None:
    text = (
        "Le gouvernement fédéral de Lagos, lui, avait des fournisseurs déclarés. Le Royaume-Uni "
        "continuait de lui vendre des automitrailleuses Ferret, ainsi que des millions de "
        "cartouches."
    )
    assert {("GBR", "NGA", "armour"), ("GBR", "NGA", "ammunition")} <= triples(
        armswatch.extract(text, lang="fr")
    )
    text = (
        "L'armée de l'air nigériane utilise des drones Wing Loong II achetés à la Chine, ainsi "
        "que trois chasseurs JF-17 livrés par le Pakistan."
    )
    assert ("CHN", "NGA", "aircraft") not in triples(armswatch.extract(text, lang="fr"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Athènes veut acquérir des missiles antichars israéliens Spike NLOS, destinés "
            "notamment à ses hélicoptères Apache.",
            "fr",
        ),
        ("Athens wants to buy Israeli Spike missiles, intended for its Apache helicopters.", "en"),
    ],
)
def test_what_goods_are_meant_for_is_not_bought(text: str, lang: str) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert ("ISR", "GRC", "missiles") in found
    assert ("ISR", "GRC", "aircraft") not in found


def test_a_shouted_subheading_reports_nothing() -> None:
    text = (
        "Russia delivered Su-27 jets to Ethiopia in 1998, diplomats said.\n\n"
        "AMMUNITION DELIVERIES\n\n"
        "Shells and rifle rounds keep arriving in the region."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("RUS", "ETH", "aircraft")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'Afrique du Sud prêtait des hélicoptères et leurs équipages à la Rhodésie.",
            "fr",
            ("ZAF", "RHO", "aircraft"),
        ),
        ("Czechoslovakia sold L-29 jets to Lagos in 1967.", "en", ("CSK", "NGA", "aircraft")),
        (
            "Thabo Mbeki's government bought Hawk trainers from Britain.",
            "en",
            ("GBR", "ZAF", "aircraft"),
        ),
        ("In 1961 Sukarno bought Tu-16 bombers from Moscow.", "en", ("RUS", "IDN", "aircraft")),
        (
            "French thermal imagers were fitted to tanks sold to Russia, and France sold thermal "
            "imaging cameras to Moscow.",
            "en",
            ("FRA", "RUS", "components"),
        ),
    ],
)
def test_old_actors_and_materiel_words(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(armswatch.extract(text, lang=lang))
