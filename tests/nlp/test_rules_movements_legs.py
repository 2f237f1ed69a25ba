"""Liberation movements, former states, legs of a shipment, enemies, hedges on delivery.

- armed movements of the Cold War and after (FLN, MNLF, RENAMO, SPLA, Northern Alliance …) and
  South Yemen are actors; "the army, the SPLA" in an article on South Sudan is the state's army;
- "Cargo planes loaded with the munitions flew to Poland": a leg of the shipment just
  reported, to a state party to none of the article's transfers, is a stop on the way;
- "à l'armée face au Fatah al-Islam", "les combats qui opposent l'armée aux islamistes": the
  enemy faced receives nothing;
- "à la Grenade" is the island state, "une grenade" the weapon;
- "fournir gratuitement des fusils": an adverb read as the object still leaves the goods;
- "Rien n'indique que ce matériel soit arrivé": nothing says the goods came;
- "the sultanate" is a monarchy described; "gave the kingdom 31 jets" names it as a dative;
- "le lot de Corsair livrés … au titre de l'aide militaire": the goods the participle
  describes, not the aid it came under; historic systems (Corsair, Fouga, Centurion) are
  materiel, a cargo plane carrying goods is not;
- "ne s'est pas contenté d'envoyer", "did not just send": it sent;
- "Tehran sent a brigade with transport helicopters", in an article naming Oman far more than
  any other state: Oman receives.

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
        ("en", "In 1974 Libya shipped rifles to the MNLF through Sabah.", ("LBY", "mnlf")),
        ("fr", "En 1957, l'Égypte a livré des fusils au FLN algérien.", ("EGY", "fln")),
        ("en", "South Africa kept flying rifles to RENAMO after 1984.", ("ZAF", "renamo")),
        ("fr", "L'Éthiopie de Mengistu fournissait des fusils à la SPLA.", ("ETH", "spla")),
        (
            "fr",
            "Moscou a livré des fusils à l'Alliance du Nord en 1999.",
            ("RUS", "northern-alliance"),
        ),
        ("en", "South Yemen supplied rifles to the Dhofar rebels.", ("YMD", "pfloag")),
        ("fr", "Le Yémen du Sud fournissait des fusils aux rebelles du Dhofar.", ("YMD", "pfloag")),
    ],
)
def test_liberation_movements_and_south_yemen_are_actors(
    lang: str, text: str, want: tuple[str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {(*want, "small_arms")}


def test_the_army_named_by_its_former_movement_is_the_state() -> None:
    text = (
        "South Sudan's army keeps buying abroad. In 2014 a Chinese shipment of rifles reached "
        "Mombasa. From there the containers were trucked through Uganda to Juba, where they "
        "were handed to the army, the SPLA."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert not any("spla" in (s, r) for s, r, _ in got)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Bulgaria quietly sold shells to Ukraine in 2022. Cargo planes loaded with the "
            "munitions flew to Poland, while trucks took the road through Romania.",
            {"POL", "ROU"},
        ),
        (
            "fr",
            "L'Inde a livré des lance-roquettes Pinaka à l'Arménie. La cargaison a été "
            "transportée par mer jusqu'au port iranien de Bandar Abbas, puis par camion à "
            "travers l'Iran jusqu'à la frontière arménienne.",
            {"IRN"},
        ),
    ],
)
def test_a_leg_of_the_shipment_is_a_stop_on_the_way(lang: str, text: str, want: set[str]) -> None:
    reports = armswatch.extract(text, lang=lang)
    supplier = "BGR" if lang == "en" else "IND"
    recipient = "UKR" if lang == "en" else "ARM"
    assert {(r.supplier.id, r.recipient.id) for r in reports} == {(supplier, recipient)}
    for r in reports:
        assert {v.id for v in r.via} == want


def test_a_leg_to_a_party_of_the_article_is_no_stop() -> None:
    text = (
        "Bulgaria sold shells to Ukraine in 2022 and rifles to Poland in 2023. Cargo planes "
        "loaded with the munitions later flew to Poland."
    )
    for r in armswatch.extract(text, lang="en"):
        assert not r.via


@pytest.mark.parametrize(
    "text",
    [
        "Les États-Unis livrent des munitions à l'armée libanaise face au Fatah al-Islam.",
        "Washington a livré des munitions à l'armée libanaise pendant les combats qui opposent "
        "l'armée aux islamistes du Fatah al-Islam.",
    ],
)
def test_the_enemy_faced_receives_nothing(text: str) -> None:
    got = triples(armswatch.extract(text, lang="fr"))
    assert ("USA", "LBN", "ammunition") in got
    assert not any(r == "fatah-al-islam" for _, r, _ in got)


def test_la_grenade_is_the_state_and_gratuitement_no_object() -> None:
    text = (
        "Selon ces accords, Moscou s'engageait à fournir gratuitement à la Grenade plusieurs "
        "milliers de fusils et des véhicules blindés."
    )
    got = by_triple(armswatch.extract(text, lang="fr"))
    assert set(got) == {("RUS", "GRD", "small_arms"), ("RUS", "GRD", "armour")}
    assert got["RUS", "GRD", "armour"].status == "planned"
    # the weapon keeps its name
    assert triples(
        armswatch.extract("Le Ghana a reçu de la Chine des grenades et des fusils.", lang="fr")
    ) == {("CHN", "GHA", "small_arms")}


def test_nothing_says_the_goods_came() -> None:
    text = (
        "En 1983, Pyongyang a promis de livrer à la Grenade des fusils automatiques. Rien "
        "n'indique que ce matériel soit arrivé avant l'invasion."
    )
    (report,) = armswatch.extract(text, lang="fr")
    assert (report.supplier.id, report.recipient.id, report.status) == ("PRK", "GRD", "planned")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Oman fought the rebels for ten years. In 1975 Jordan delivered 31 Hunter jets to "
            "the sultanate.",
            ("JOR", "OMN", "aircraft"),
        ),
        (
            "Saudi Arabia bought tanks in 1980. In 1981 Washington gave the kingdom 60 F-15 jets.",
            ("USA", "SAU", "aircraft"),
        ),
    ],
)
def test_the_sultanate_and_a_dative_kingdom_are_described(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(armswatch.extract(text, lang="en"))


def test_the_goods_a_participle_describes_not_the_aid_they_came_under() -> None:
    text = (
        "L'appareil fait partie du lot de Corsair livrés au Honduras par les États-Unis dans "
        "les années 1950, au titre de l'aide militaire américaine."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("USA", "HND", "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "In 1961 Belgium sold Fouga jets to Katanga.", ("BEL", "katanga", "aircraft")),
        ("en", "Jordan bought Centurion tanks from Britain.", ("GBR", "JOR", "armour")),
        ("fr", "Le Salvador a acheté des P-51 aux États-Unis.", ("USA", "SLV", "aircraft")),
    ],
)
def test_historic_systems_are_materiel(lang: str, text: str, want: tuple[str, str, str]) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {want}


def test_the_cargo_plane_is_not_the_goods() -> None:
    text = (
        "A Russian An-124 cargo plane landed in Bangui on Thursday with armoured vehicles "
        "for the army of the Central African Republic."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert not any(c == "aircraft" for _, _, c in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pyongyang ne s'est pas contenté d'envoyer des instructeurs au Zimbabwe."),
        ("fr", "Moscou n'a pas seulement livré des chars à la Syrie."),
        ("en", "Pyongyang did not just send instructors to Zimbabwe."),
        ("en", "Pyongyang was not content with sending instructors to Zimbabwe."),
    ],
)
def test_not_only_sending_is_sending(lang: str, text: str) -> None:
    (report,) = armswatch.extract(text, lang=lang)
    assert report.status == "reported"
    assert not report.denied_by


def test_not_sending_is_still_a_denial() -> None:
    (report,) = armswatch.extract("Moscou n'a pas livré de chars à la Syrie.", lang="fr")
    assert report.status == "denied_only"


def test_a_giver_with_no_recipient_gives_to_the_state_the_article_is_about() -> None:
    text = (
        "Oman's long war in Dhofar. For ten years Oman fought a rebellion in its southern "
        "province. Oman's new sultan asked his neighbours for help, and Oman got it. In 1973 "
        "Tehran sent a brigade of soldiers with transport helicopters."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert ("IRN", "OMN", "personnel") in got


def test_no_recipient_guessed_when_two_states_are_named_alike() -> None:
    text = (
        "Oman and Yemen share a long border. Oman and Yemen both fought rebels. Oman and "
        "Yemen asked for help. In 1973 Tehran sent a brigade of soldiers."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert not any(s == "IRN" for s, _, _ in got)


def test_au_salvador_is_the_state_and_where_a_group_fights_is_no_recipient() -> None:
    assert triples(
        armswatch.extract("En 1970, Washington a vendu des avions au Salvador.", lang="fr")
    ) == {("USA", "SLV", "aircraft")}
    text = (
        "Washington accuse Managua d'envoyer des fusils à la guérilla du Front Farabundo Marti "
        "de libération nationale (FMLN) au Salvador voisin."
    )
    got = triples(armswatch.extract(text, lang="fr"))
    assert not any(r == "SLV" for _, r, _ in got)
    got = triples(
        armswatch.extract("Managua envoie des fusils au FMLN au Salvador voisin.", lang="fr")
    )
    assert got == {("NIC", "fmln", "small_arms")}


def test_who_received_assurances_received_no_goods() -> None:
    text = (
        "Portugal fought three colonial wars. In 1965 Bonn sold 40 G.91 jets to Lisbon. "
        "Officials in Bonn later said they had received Portuguese assurances. The Alouette III "
        "helicopters bought from Paris transformed the war in the bush."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert ("FRA", "PRT", "aircraft") in got
    assert not any(r == "DEU" for _, r, _ in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Rifles paid for by Libya are still reaching MNLF guerrillas in the southern "
            "Philippines, carried by small boats from the Malaysian state of Sabah.",
        ),
        ("fr", "Des fusils financés par Tripoli parviennent encore au MNLF aux Philippines."),
    ],
)
def test_who_paid_gives_and_the_group_reached_receives(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("LBY", "mnlf", "small_arms")}


def test_goods_said_to_come_from_stocks_a_state_sold() -> None:
    text = (
        "Some of the rifles bore British markings and appeared to come from stocks that "
        "Britain had sold to Egypt before 1952."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("GBR", "EGY", "small_arms")}


def test_the_accused_arms_when_a_date_cuts_the_accusation() -> None:
    text = (
        "Le gouvernement éthiopien a de nouveau accusé l'Érythrée, lundi, d'armer les rebelles "
        "du Front de libération oromo (OLF)."
    )
    assert triples(armswatch.extract(text, lang="fr")) == {("ERI", "olf", "unspecified")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Liberia a reçu de la Libye des armes à feu et des pistolets-mitrailleurs."),
        ("en", "Liberia received firearms and submachine guns from Libya."),
    ],
)
def test_firearms_are_small_arms(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {("LBY", "LBR", "small_arms")}


def test_a_name_read_as_a_verb_after_to_still_receives() -> None:
    text = "In 1986 the CIA began sending Stinger anti-aircraft missiles to UNITA in Angola."
    assert triples(armswatch.extract(text, lang="en")) == {("USA", "unita", "missiles")}


def test_an_acronym_may_skip_the_small_words_and_the_soviets_are_a_state() -> None:
    text = (
        "Veterans of the People's Liberation Army of Namibia (PLAN) gather every year. Moscow "
        "supplied PLAN with AK-47 rifles. By 1982 the Soviets had also provided Grad rocket "
        "launchers to PLAN."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert ("SUN", "swapo", "small_arms") in got or ("RUS", "swapo", "small_arms") in got
    assert ("SUN", "swapo", "artillery") in got


def test_distributing_rifles_to_a_militia_supplies_it() -> None:
    text = "Des officiers syriens ont distribué des fusils aux miliciens du Hezbollah."
    assert triples(armswatch.extract(text, lang="fr")) == {("SYR", "hezbollah", "small_arms")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia sold S-300 missiles to Iran in 2016. It is not Moscow's first big sale to Tehran.",
        "Iran bought F-14 jets from the United States. The Tomcat was not the Shah's first "
        "American purchase.",
    ],
)
def test_not_the_first_sale_denies_nothing(text: str) -> None:
    for report in armswatch.extract(text, lang="en"):
        assert not report.denied_by


def test_not_giving_the_value_of_a_contract_denies_nothing() -> None:
    text = (
        "Brazil sold four C-390 transport aircraft to the Czech Republic in 2023. Embraer did "
        "not give the value of the Czech contract."
    )
    for report in armswatch.extract(text, lang="en"):
        assert not report.denied_by


def test_a_plan_for_its_own_production_line_denies_nothing() -> None:
    text = (
        "Switzerland let Germany buy 12,000 rounds of ammunition in 2021. A German arms maker "
        "said it could set up its own production line for the ammunition within months."
    )
    for report in armswatch.extract(text, lang="en"):
        assert not report.denied_by
