"""Buyers named by reference, and other wordings met on unseen reporting.

- "its army", "son armée" buy for the state just spoken of: the buyer of the sentence before,
  else its subject ("Thailand is also a Chinese customer. Its army bought …"), else a subject
  earlier in the same sentence; not the state the article received most for;
- in a relative clause, "lui" / "it" is the subject of the clause the relative hangs on
  ("Pékin se tournait vers Moscou, qui lui livrait …", "Beijing turned to Moscow, which sold it
  …"), and the relative's subject is the name just before it even when the parser read the
  clause as adverbial; an unnamed subject ("les colonels … se sont tournés vers la Russie, qui
  leur a livré") is nobody named before;
- armed groups of past and present wars are actors of their own ("the IRA", "l'UNITA",
  "les Tribunaux islamiques", "the Tamil Tigers"), and states that no longer exist keep their
  ISO 3166-3 ids ("the Soviet Union", "l'URSS": SUN; "la Yougoslavie": YUG; "Rhodesia": RHO)
  while "Zaire" is the DR Congo; "Soviet-made" goods name no supplier; short and former names of
  states ("Bosnia", "la Macédoine", "Ceylon") name them, as do forces and makers named in
  English in French text ("la Royal Australian Navy") and old makers ("Bofors", "Thomson-CSF");
- what goods are for is no more goods, in a sentence with no transfer verb too: "la cargaison
  contenait des pièces de rechange pour les chars et des munitions pour l'artillerie" holds
  spare parts and ammunition, no tanks, no guns;
- "la Corée du Nord, que Washington accuse depuis des années de vendre des missiles à l'Iran":
  the accused of a relative clause sells, even with the infinitive misattached;
- "the deputy chief of Russia's General Staff" speaks for Russia; the number in "Hermes 450
  drones" names the system, it is no quantity;
- a subordinate clause's recipients stop where the main clause's subject starts: "When the
  USSR deployed missiles to Cuba, their proximity to the US …" sends nothing to the US;
- talks that go on about a purchase ("les discussions se poursuivent sur l'acquisition de",
  "talks continue on the purchase of") and a purchase raised with the seller ("avait évoqué
  avec Moscou l'achat de") are planned, not delivered;
- a date the parser takes for the object ("a vendu fin 2023 vingt-cinq chars", "a remis fin
  2018 aux FACA 1 400 fusils") hides no transfer, and its year is no quantity; "1 400" is one
  number;
- a "de" on a noun other than the goods names no seller ("lors d'une cérémonie à l'aéroport de
  Bamako"), except where it says where goods come from ("en provenance de France");
- the system named on the goods names their maker ("the F-35 stealth fighters Turkey had
  ordered" come from the United States);
- "avec à son bord des armes" is the cargo of the plane that landed; "à bord d'un Il-76" is
  still the vehicle, not the cargo;
- money given with goods named only in a clause of their own ("provides up to $100 million a
  year to Hamas, although not all of it is earmarked for weapons") is money; nothing past a
  semicolon is the verb's object ("Cuba sent troops; and the US funnelled weapons to … UNITA");
- "près d'Ankara", "au nord de la Syrie", "au large de la Libye" say where goods arrived, not
  where they came from.

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
            "Cambodia received two corvettes from China last year. Laos is another Chinese client. "
            "Its army bought a dozen VT-4 tanks from China after 2019.",
            "en",
            {("CHN", "KHM", "naval"), ("CHN", "LAO", "armour")},
        ),
        (
            "Poland bought 48 FA-50 jets from South Korea in 2022. Malaysia came next. Its "
            "defence ministry ordered 18 of the jets from KAI.",
            "en",
            {("KOR", "POL", "aircraft"), ("KOR", "MYS", "aircraft")},
        ),
        (
            "Cambodia received two corvettes from China last year, and Laos is another client: its "
            "army bought a dozen VT-4 tanks from China.",
            "en",
            {("CHN", "KHM", "naval"), ("CHN", "LAO", "armour")},
        ),
        (
            "La Tunisie a reçu des blindés turcs l'an dernier. Le Maroc est lui aussi client "
            "d'Ankara. Son armée a acheté des drones Bayraktar à la Turquie.",
            "fr",
            {("TUR", "TUN", "armour"), ("TUR", "MAR", "uav")},
        ),
        (
            # no state in the sentence before: "its navy" is the state the article is about
            "Chile received two frigates from Australia in 2020. The deal was cheap. Its navy "
            "then ordered four patrol boats from Germany.",
            "en",
            {("AUS", "CHL", "naval"), ("DEU", "CHL", "naval")},
        ),
    ],
)
def test_possessive_buyer_is_the_state_just_named(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "De son côté, Pékin se tournait déjà vers Moscou, qui lui livrait en 1992 ses "
            "premiers chasseurs Su-27.",
            "fr",
            {("RUS", "CHN", "aircraft")},
        ),
        (
            "Le premier fournisseur de Bakou reste la Turquie, qui lui a vendu des drones "
            "Bayraktar en 2020.",
            "fr",
            {("TUR", "AZE", "uav")},
        ),
        (
            "In the early 1990s Beijing turned to Moscow, which sold it Su-27 fighters.",
            "en",
            {("RUS", "CHN", "aircraft")},
        ),
        (
            # the colonels are named nowhere: not Paris, not the buyer of the sentence before
            "Le Niger a acheté des drones turcs. Après la rupture avec Paris, les colonels se "
            "sont tournés vers la Russie, qui leur a livré des hélicoptères Mi-17.",
            "fr",
            {("TUR", "NER", "uav")},
        ),
        (
            # the relative's antecedent is the subject itself: "lui" was named before
            "L'Égypte a reçu des chars en 2010. Les États-Unis, qui lui ont vendu des F-16, "
            "protestent.",
            "fr",
            {("USA", "EGY", "aircraft")},
        ),
    ],
)
def test_pronoun_in_a_relative_clause(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Police say Libya shipped rifles and Semtex to the IRA in the 1980s.",
            "en",
            {("LBY", "ira", "small_arms"), ("LBY", "ira", "ammunition")},
        ),
        (
            "The CIA funnelled rifles to UNITA through Zaire.",
            "en",
            {("USA", "unita", "small_arms")},
        ),
        (
            "Zaire supplied armoured cars to the FNLA in 1975.",
            "en",
            {("COD", "fnla", "armour")},
        ),
        (
            "The Soviet Union sent T-54 tanks to the MPLA.",
            "en",
            {("SUN", "mpla", "armour")},
        ),
        (
            "Selon l'ONU, l'Érythrée a fourni des fusils aux Tribunaux islamiques.",
            "fr",
            {("ERI", "islamic-courts", "small_arms")},
        ),
        (
            "L'URSS a livré des chars T-55 à l'Égypte. Plus tard, la Yougoslavie lui a vendu "
            "des fusils.",
            "fr",
            {("SUN", "EGY", "armour"), ("YUG", "EGY", "small_arms")},
        ),
        (
            "Colombia says Venezuela sent rifles to the FARC.",
            "en",
            {("VEN", "farc", "small_arms")},
        ),
        (
            "Iran shipped weapons to Bosnia through Croatia, and Israel sold rifles to Ceylon.",
            "en",
            {("IRN", "BIH", "unspecified"), ("ISR", "LKA", "small_arms")},
        ),
        (
            "La Bulgarie a vendu des munitions à la Macédoine en 2001.",
            "fr",
            {("BGR", "MKD", "ammunition")},
        ),
        (
            "Dans les années 1960, la Royal Australian Navy avait acquis au Royaume-Uni six "
            "sous-marins. En 1986, Bofors a vendu 410 obusiers à l'Inde.",
            "fr",
            {("GBR", "AUS", "naval"), ("SWE", "IND", "artillery")},
        ),
        (
            # Japan's Self-Defense Forces are no Syrian group
            "Japan's SDF received two Patriot batteries from the United States.",
            "en",
            {("USA", "JPN", "air_defence")},
        ),
        (
            # the former Soviet Union is a region, not the state
            "Paris veut livrer des missiles aux démocraties issues de l'ex-URSS.",
            "fr",
            set(),
        ),
        (
            # made in the Soviet Union: no supplier of its own
            "Poland gave Ukraine 200 Soviet-designed T-72 tanks.",
            "en",
            {("POL", "UKR", "armour")},
        ),
    ],
)
def test_armed_groups_and_former_states(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Corée du Nord a livré des armes à l'Éthiopie en janvier. Selon des "
            "officiels, la cargaison contenait des pièces de rechange pour les chars et des "
            "munitions pour l'artillerie.",
            "fr",
            {("PRK", "ETH", "components"), ("PRK", "ETH", "ammunition")},
        ),
        (
            "La Corée du Nord, que Washington accuse depuis des années de vendre des missiles "
            "balistiques à l'Iran, cherche des devises.",
            "fr",
            {("PRK", "IRN", "missiles")},
        ),
        (
            "North Korea, which Washington has long accused of selling missiles to Iran, needs "
            "cash.",
            "en",
            {("PRK", "IRN", "missiles")},
        ),
    ],
)
def test_purposes_and_relative_accusations(
    text: str, lang: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


def test_official_of_a_possessed_body_speaks_for_its_state() -> None:
    text = (
        "The deputy chief of Russia's General Staff accused Ukraine of having supplied Georgia "
        "with Buk air defence systems."
    )
    report = by_triple(armswatch.extract(text, lang="en"))[("UKR", "GEO", "air_defence")]
    assert [c.id for c in report.claimed_by] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "lang", "quantity"),
    [
        ("Tbilisi has bought Hermes 450 drones from Israel.", "en", None),
        ("Tbilisi has bought 12 Hermes 450 drones from Israel.", "en", "12"),
        ("La Géorgie a acheté des drones Hermes 450 à Israël.", "fr", None),
        ("Varsovie a reçu 14 chars Leopard 2 de l'Allemagne.", "fr", "14"),
    ],
)
def test_a_number_in_a_system_name_is_no_quantity(
    text: str, lang: str, quantity: str | None
) -> None:
    (report,) = armswatch.extract(text, lang=lang)
    assert report.quantity == quantity


def test_subordinate_clause_stops_at_the_main_subject() -> None:
    text = (
        "When the USSR deployed ballistic missiles to Cuba in 1962, their proximity to the US "
        "nearly started a war."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("SUN", "CUB", "missiles")}


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        (
            "Les discussions se poursuivent sur l'acquisition par l'Inde de trois sous-marins "
            "Scorpène auprès de la France.",
            "fr",
            "planned",
        ),
        (
            "Talks continue on India's purchase of three more Scorpene submarines from France.",
            "en",
            "planned",
        ),
        (
            "En 2017, Riyad avait évoqué avec Moscou l'achat de batteries S-400 russes.",
            "fr",
            "planned",
        ),
        # guards: deliveries that go on are still deliveries
        ("Iran continues to supply drones to Russia.", "en", "reported"),
        ("La Russie poursuit ses livraisons d'obus à la Syrie.", "fr", "reported"),
    ],
)
def test_talks_about_a_purchase_are_planned(text: str, lang: str, status: str) -> None:
    (report,) = armswatch.extract(text, lang=lang)
    assert report.status == status


@pytest.mark.parametrize(
    ("text", "lang", "expected", "quantity"),
    [
        (
            "La Suisse a vendu fin 2023 vingt-cinq chars Leopard 2 à leur constructeur "
            "allemand Rheinmetall.",
            "fr",
            {("CHE", "DEU", "armour")},
            "vingt-cinq",
        ),
        (
            "Paris avait remis fin 2018 aux FACA 1 400 fusils d'assaut saisis par sa marine.",
            "fr",
            {("FRA", "CAF", "small_arms")},
            "1 400",
        ),
        (
            "Le Mali a réceptionné fin septembre quatre hélicoptères livrés par la Russie, lors "
            "d'une cérémonie à l'aéroport de Bamako.",
            "fr",
            {("RUS", "MLI", "aircraft")},
            "quatre",
        ),
        (
            "L'Égypte a acquis une frégate FREMM en provenance de France.",
            "fr",
            {("FRA", "EGY", "naval")},
            "une",
        ),
        (
            "Washington cancelled the delivery of the F-35 stealth fighters Turkey had ordered.",
            "en",
            {("USA", "TUR", "aircraft")},
            None,
        ),
    ],
)
def test_dates_places_and_makers_around_the_goods(
    text: str, lang: str, expected: set[tuple[str, str, str]], quantity: str | None
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert triples(reports) == expected
    assert [r.quantity for r in reports] == [quantity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un avion cargo iranien a atterri à Mogadiscio avec à son bord des fusils.",
            {("IRN", "SOM", "small_arms")},
        ),
        (
            "Des fusils russes sont arrivés à Bamako à bord d'un Il-76.",
            {("RUS", "MLI", "small_arms")},
        ),
    ],
)
def test_what_is_on_board(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(armswatch.extract(text, lang="fr")) == expected


def test_money_with_goods_only_in_a_clause_of_their_own_is_money() -> None:
    text = (
        "Israel says Iran smuggled missiles to Islamic Jihad in 2019. The State Department "
        "estimates that Iran provides up to $100 million a year to Palestinian groups including "
        "Hamas, although not all of it is earmarked for weapons."
    )
    assert triples(armswatch.extract(text, lang="en")) == {("IRN", "islamic-jihad", "missiles")}


def test_nothing_past_a_semicolon_is_the_verbs_object() -> None:
    text = (
        "The USSR armed Agostinho Neto's MPLA; Cuba sent troops; and the United States, working "
        "through neighbouring Zaire, covertly funnelled weapons to the two rival movements, "
        "Holden Roberto's FNLA and Jonas Savimbi's UNITA."
    )
    got = triples(armswatch.extract(text, lang="en"))
    assert ("CUB", "mpla", "personnel") in got
    assert not {t for t in got if t[0] == "CUB" and t[1] in {"fnla", "unita"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les premiers éléments du système antiaérien russe S-400 arrivent près d'Ankara.",
            {("RUS", "TUR", "air_defence")},
        ),
        ("Des chars russes sont arrivés au nord de la Syrie.", {("RUS", "SYR", "armour")}),
        ("Des drones turcs ont été livrés au large de la Libye.", set()),
    ],
)
def test_near_a_place_is_where_not_from_where(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang="fr")) == expected
