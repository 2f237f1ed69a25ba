"""Vehicles that bring goods, members of alliances, ranks, roles after a quote, prices.

- "An Egyptian warship unloaded a cargo of shells": the ship brings the goods (its flag sends
  them), it is not itself supplied; "C-130 transport planes" hold no "transport" transfer;
  people who come with a delivery do come;
- "the second NATO member after Poland to send jets": a member state, not NATO, and the
  state ranked before is not the subject;
- '"… against Putin's aggression," Defence Minister X said': the role's state is not read
  inside the quotation;
- "We are not giving these aircraft away for nothing", "pas gratuitement": the negation bears
  on the price;
- "un roulier battant pavillon tanzanien", "a Tanzanian-flagged freighter": the flag is no
  party to what the ship carries;
- "chasseurs de chars", "tank destroyers" are armour; the CSP-DPA is an armed group;
- "Pakistan sold shells that ended up with Ukrainian forces": the relative completes the sale;
  "the vehicles at the Polish port of Gdynia before they were moved on": a stop;
- "remis à l'armée libanaise 200 missiles" (a count opens the goods the parser hung on the
  recipient), "162 véhicules militaires", Cotonou and Abidjan for their states, Paramount
  Group, "À Lomé, l'armée a réceptionné …" (the army of the place the sentence opens on),
  "une livraison de drones turcs" (the demonym hung on the delivery);
- "the Palestinian Islamist movement Hamas", "au mouvement islamiste palestinien Hamas": the
  group, not the demonym's state; "Lomé ne s'en remet pas à un seul partenaire" relies on;
- "cargo flights (that) carried weapons to the RSF from the UAE": the cargo comes from where
  the vehicle set out, not from the experts who described it.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple, triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "An Egyptian warship unloaded a cargo of artillery shells for the Somali army in "
            "Mogadishu.",
            {("EGY", "SOM", "ammunition")},
        ),
        (
            "fr",
            "Un navire de guerre égyptien a débarqué une cargaison d'armes et de munitions à "
            "Mogadiscio.",
            {("EGY", "SOM", "ammunition")},
        ),
        (
            "en",
            "Two Egyptian C-130 transport planes landed in Mogadishu carrying rifles and "
            "ammunition for the Somali army.",
            {("EGY", "SOM", "ammunition"), ("EGY", "SOM", "small_arms")},
        ),
        (
            "fr",
            "Des techniciens indiens accompagnent la livraison des missiles aux Philippines.",
            {("IND", "PHL", "missiles"), ("IND", "PHL", "personnel")},
        ),
    ],
)
def test_a_vehicle_bringing_goods_is_not_supplied(
    lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == want


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "en",
            "The cabinet approved the transfer on Friday, making Slovakia the second NATO member "
            "after Poland to promise fighter jets to Ukraine.",
            "planned",
        ),
        (
            "fr",
            "Le gouvernement a approuvé le transfert vendredi, faisant de la Slovaquie le deuxième "
            "membre de l'OTAN à promettre des avions de combat à l'Ukraine.",
            "planned",
        ),
        (
            "en",
            "Slovakia became the second NATO member after Poland to send MiG-29 fighters to "
            "Ukraine.",
            "reported",
        ),
    ],
)
def test_a_member_of_an_alliance_is_the_state(lang: str, text: str, status: str) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert [(r.supplier.id, r.recipient.id, r.category, r.status) for r in reports] == [
        ("SVK", "UKR", "aircraft", status)
    ]


def test_an_organisation_that_acts_is_still_an_actor() -> None:
    text = "L'OTAN a livré des chars à l'Ukraine."
    assert triples(armswatch.extract(text, lang="fr")) == {("nato", "UKR", "armour")}


def test_a_role_is_not_read_inside_a_quotation() -> None:
    text = (
        '"They will help Ukraine resist Putin\'s aggression," Defence Minister Jaroslav Nad '
        "wrote on Thursday. Nad said Slovakia would also send a Kub air-defence system to Ukraine."
    )
    r = by_triple(armswatch.extract(text, lang="en"))[("SVK", "UKR", "air_defence")]
    assert "RUS" not in {a.id for a in r.claimed_by}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Slovakia sent 13 MiG-29 jets to Ukraine, Slovak Defence Minister Jaroslav Nad said. "
            '"We are not giving these aircraft away for nothing," Nad told reporters.',
        ),
        (
            "fr",
            "La Slovaquie a livré treize MiG-29 à l'Ukraine, a annoncé le ministre slovaque de la "
            "Défense, Jaroslav Nad. « Nous ne cédons pas ces avions gratuitement », a ajouté Nad.",
        ),
    ],
)
def test_not_for_free_is_no_denial(lang: str, text: str) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert [(r.status, r.denied_by) for r in reports] == [("reported", [])]
    assert triples(reports) == {("SVK", "UKR", "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La frégate a tenté de contrôler un roulier battant pavillon tanzanien, soupçonné "
            "d'acheminer des armes vers la Libye.",
        ),
        ("en", "A Tanzanian-flagged freighter suspected of carrying arms to Libya was escorted."),
        ("en", "A freighter flying the Panamanian flag delivered rifles to Libya."),
    ],
)
def test_a_ship_s_flag_is_no_party(lang: str, text: str) -> None:
    assert not any(
        r.supplier.id in {"TZA", "PAN"} or r.recipient.id in {"TZA", "PAN"}
        for r in armswatch.extract(text, lang=lang)
    )


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Pékin a livré au Sénégal des chasseurs de chars WMA-301 en 2016.",
            ("CHN", "SEN", "armour"),
        ),
        (
            "en",
            "Beijing delivered WMA-301 tank destroyers to Senegal in 2016.",
            ("CHN", "SEN", "armour"),
        ),
        (
            "fr",
            "Selon Bamako, Kiev aurait fourni des drones aux rebelles du CSP-DPA.",
            ("UKR", "csp-dpa", "uav"),
        ),
    ],
)
def test_tank_destroyers_and_the_csp_dpa(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Reports say Pakistani state arsenals sold large quantities of artillery shells that "
            "ultimately ended up with Ukrainian forces.",
        ),
        ("en", "Pakistan sold shells that later reached Ukraine."),
        ("fr", "Le Pakistan a vendu des obus qui sont arrivés en Ukraine."),
    ],
)
def test_goods_sold_that_reached_a_state_went_to_it(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("PAK", "UKR", "ammunition")}


def test_goods_that_end_up_nowhere_named_move_nothing() -> None:
    text = "Firms must make sure their goods do not end up in Iran's drone programme."
    assert armswatch.extract(text, lang="en") == []


@pytest.mark.parametrize("goods", ["vehicles", "tanks"])
def test_a_third_state_s_port_on_the_way_is_a_stop(goods: str) -> None:
    text = (
        "Australia has delivered 49 Abrams tanks to Ukraine, its defence minister said.\n\n"
        "The handover took months. Canberra needed Washington's approval first, and the tanks "
        "waited for weeks in storage. Some were repainted. Others needed new engines. "
        f"Photographs showed the {goods} on the quayside at the Polish port of Gdynia before "
        "they were moved on into Ukraine."
    )
    r = by_triple(armswatch.extract(text, lang="en"))[("AUS", "UKR", "armour")]
    assert [a.id for a in r.via] == ["POL"]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Les États-Unis ont remis à l'armée libanaise 200 missiles antichar.",
            ("USA", "LBN", "missiles"),
        ),
        (
            "fr",
            "Le Qatar a promis de livrer à l'armée libanaise 162 véhicules militaires.",
            ("QAT", "LBN", "unspecified"),
        ),
        (
            "en",
            "Qatar promised to deliver 162 military vehicles to the Lebanese army.",
            ("QAT", "LBN", "unspecified"),
        ),
        (
            "fr",
            "L'Union européenne doit fournir à Cotonou six drones d'observation.",
            ("eu", "BEN", "uav"),
        ),
        (
            "fr",
            "Le sud-africain Paramount Group a vendu à l'armée togolaise vingt blindés.",
            ("paramount-group", "TGO", "armour"),
        ),
        (
            "fr",
            "À Lomé, l'armée a réceptionné un lot de drones Bayraktar TB2.",
            ("TUR", "TGO", "uav"),
        ),
        ("fr", "Le Togo a reçu une livraison de drones turcs.", ("TUR", "TGO", "uav")),
        ("en", "In Kinshasa, the army received Chinese drones.", ("CHN", "COD", "uav")),
    ],
)
def test_counted_goods_seats_of_government_and_an_army_at_home(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The trucks carried Iranian rockets destined for the Palestinian Islamist movement "
            "Hamas in the Gaza Strip.",
            ("IRN", "hamas", "ammunition"),
        ),
        (
            "fr",
            "L'Iran a livré des roquettes au mouvement islamiste palestinien Hamas.",
            ("IRN", "hamas", "ammunition"),
        ),
    ],
)
def test_a_movement_named_after_its_demonym_is_the_group(
    lang: str, text: str, want: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


def test_relying_on_a_partner_hands_nothing_over() -> None:
    text = (
        "Ankara a livré au Togo des véhicules blindés. Lomé ne s'en remet pas pour autant à un "
        "seul partenaire."
    )
    reports = armswatch.extract(text, lang="fr")
    assert [(r.supplier.id, r.recipient.id, r.category, r.denied_by) for r in reports] == [
        ("TUR", "TGO", "armour", [])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cargo flights carried weapons to the RSF from the United Arab Emirates.",
        "UN sanctions experts have described cargo flights that allegedly carried weapons to the "
        "RSF from the United Arab Emirates.",
    ],
)
def test_a_vehicle_s_cargo_comes_from_where_it_set_out(text: str) -> None:
    assert triples(armswatch.extract(text, lang="en")) == {("ARE", "rsf", "unspecified")}


def test_a_vehicle_carries_for_nobody_named_to_its_left() -> None:
    text = (
        "UN sanctions experts have described cargo flights that allegedly carried weapons to the "
        "RSF."
    )
    assert armswatch.extract(text, lang="en") == []
