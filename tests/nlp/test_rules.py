"""Each extraction rule on sentences written for these tests, in French and English.

They load the spaCy models (a few seconds, once per session): marked ``slow``.
"""

from __future__ import annotations

import pytest

import armswatch
from armswatch.records import TransferReport

from .util import by_triple, triples

pytestmark = pytest.mark.slow


def one(text: str, lang: str) -> TransferReport:
    reports = armswatch.extract(text, lang=lang)
    assert len(reports) == 1, [r.to_dict() for r in reports]
    return reports[0]


# -- predicates and argument structure ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # active, dative recipient
        ("fr", "La Biélorussie a livré des munitions à la Russie.", ("BLR", "RUS", "ammunition")),
        ("en", "Belarus delivered ammunition to Russia last month.", ("BLR", "RUS", "ammunition")),
        # supply X with Y: the object is the recipient
        ("en", "Iran supplies Russia with attack drones.", ("IRN", "RUS", "uav")),
        (
            "fr",
            "La Corée du Nord fournit l'armée russe avec des missiles balistiques.",
            ("PRK", "RUS", "missiles"),
        ),
        # buyer side: supplier and recipient swap
        ("fr", "La Russie a acheté des obus à la Corée du Nord.", ("PRK", "RUS", "ammunition")),
        ("en", "Russia bought artillery shells from North Korea.", ("PRK", "RUS", "ammunition")),
        # passive with agent
        (
            "fr",
            "Des drones kamikazes ont été livrés à la Russie par l'Iran.",
            ("IRN", "RUS", "uav"),
        ),
        ("en", "Kamikaze drones were delivered to Russia by Iran.", ("IRN", "RUS", "uav")),
        # nominalisations
        (
            "fr",
            "Les livraisons d'armes nord-coréennes à la Russie inquiètent Séoul.",
            ("PRK", "RUS", "unspecified"),
        ),
        (
            "en",
            "Washington is worried about the transfer of Iranian missiles to Russia.",
            ("IRN", "RUS", "missiles"),
        ),
        # participle: "Iranian-made drones supplied to Moscow"
        (
            "en",
            "Iranian drones supplied to Moscow were shot down over Odesa.",
            ("IRN", "RUS", "uav"),
        ),
        # purpose clause names the recipient
        (
            "fr",
            "Le régime nord-coréen expédie des obus pour aider la Russie.",
            ("PRK", "RUS", "ammunition"),
        ),
        # passive without agent: the origin on the materiel supplies ("from X", "X's")
        (
            "en",
            "Some 3,000 soldiers from North Korea were sent to Russia in October, Seoul said.",
            ("PRK", "RUS", "personnel"),
        ),
        (
            "fr",
            "Quelque 3 000 soldats nord-coréens ont été envoyés en Russie en octobre.",
            ("PRK", "RUS", "personnel"),
        ),
        # named systems map to their category
        ("en", "Germany sent Leopard 2 tanks to Ukraine.", ("DEU", "UKR", "armour")),
        ("fr", "La France a livré des canons Caesar à l'Ukraine.", ("FRA", "UKR", "artillery")),
        (
            "en",
            "The United States sent Patriot batteries to Ukraine.",
            ("USA", "UKR", "air_defence"),
        ),
    ],
)
def test_predicate_structures(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(armswatch.extract(text, lang=lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Selon Kiev, l'Iran a fourni à la Russie des drones et des missiles."),
        ("en", "Kyiv says Iran has provided Russia with drones and missiles."),
    ],
)
def test_coordination_gives_one_report_per_category(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {
        ("IRN", "RUS", "uav"),
        ("IRN", "RUS", "missiles"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les armées indonésienne et thaïlandaise ont acheté des canons Caesar."),
        ("en", "The Indonesian and Thai armies bought Caesar howitzers."),
    ],
)
def test_coordinated_demonyms_give_one_report_each(lang: str, text: str) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {
        ("FRA", "IDN", "artillery"),
        ("FRA", "THA", "artillery"),
    }


def test_a_day_parsed_as_object_does_not_block_the_verb() -> None:
    # The parser takes "jeudi" for the object of "réceptionné".
    text = "Le Mali a réceptionné jeudi des hélicoptères de combat russes."
    assert triples(armswatch.extract(text, lang="fr")) == {("RUS", "MLI", "aircraft")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pyongyang envoie des obus au Kremlin."),
        ("en", "Pyongyang is shipping shells to the Kremlin."),
        ("fr", "Téhéran a vendu des drones à Moscou."),
    ],
)
def test_metonyms_resolve_to_states(lang: str, text: str) -> None:
    t = triples(armswatch.extract(text, lang=lang))
    assert t & {("PRK", "RUS", "ammunition"), ("IRN", "RUS", "uav")}


def test_specific_category_beats_generic_weapons() -> None:
    text = "L'Iran vend des armes, notamment des drones, à la Russie."
    assert triples(armswatch.extract(text, lang="fr")) == {("IRN", "RUS", "uav")}


# -- attribution ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        ("fr", "Washington affirme que Pyongyang livre des obus à Moscou.", "USA"),
        ("en", "The White House said North Korea is sending shells to Russia.", "USA"),
        ("fr", "Selon l'Ukraine, l'Iran a livré des drones à la Russie.", "UKR"),
        ("en", "According to Britain, Iran delivered drones to Russia.", "GBR"),
        # accusation: the accuser claims, the accused supplies
        ("fr", "Les États-Unis accusent l'Iran de fournir des drones à la Russie.", "USA"),
        ("en", "Ukraine accused Belarus of sending ammunition to Russia.", "UKR"),
        # a spokesman of a body named by its demonym speaks for its state
        (
            "fr",
            "L'Iran achemine des armes au Hezbollah, a affirmé un porte-parole de l'armée israélienne.",
            "ISR",
        ),
        (
            "en",
            "Iran is shipping drones to Russia, a spokesman for the Ukrainian army said.",
            "UKR",
        ),
        # nobody named: the outlet / unnamed sources
        ("en", "North Korea has supplied missiles to Russia, officials said.", "media"),
        ("fr", "La Corée du Nord aurait fourni des missiles à la Russie.", "media"),
    ],
)
def test_claimants(lang: str, text: str, claimant: str) -> None:
    r = one(text, lang)
    assert [a.id for a in r.claimed_by] == [claimant]


def test_official_bound_to_state_by_role_fr() -> None:
    text = (
        "La porte-parole du ministère allemand de la Défense, Anna Berger, a indiqué mardi "
        "que des chars étaient en route.\n"
        "Berger a déclaré que l'Allemagne livrera des obusiers à l'Ukraine."
    )
    r = one(text, "fr")
    assert (r.supplier.id, r.recipient.id, r.category) == ("DEU", "UKR", "artillery")
    assert [a.id for a in r.claimed_by] == ["DEU"]


def test_official_bound_to_state_by_role_en() -> None:
    text = (
        "Polish defence ministry spokesman Marek Nowak spoke on Monday.\n"
        "Nowak said Poland had sent rifles to Ukraine."
    )
    r = one(text, "en")
    assert (r.supplier.id, r.recipient.id, r.category) == ("POL", "UKR", "small_arms")
    assert [a.id for a in r.claimed_by] == ["POL"]


# -- denials --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Téhéran nie avoir fourni des drones à la Russie."),
        ("en", "Tehran denies supplying drones to Russia."),
    ],
)
def test_denial_only(lang: str, text: str) -> None:
    r = one(text, lang)
    assert (r.supplier.id, r.recipient.id, r.category, r.status) == (
        "IRN",
        "RUS",
        "uav",
        "denied_only",
    )
    assert [a.id for a in r.denied_by] == ["IRN"]
    assert r.claimed_by == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Kiev affirme que l'Iran a livré des drones à la Russie. Téhéran a démenti ces accusations.",
        ),
        (
            "en",
            "Kyiv says Iran delivered drones to Russia. Tehran has denied the allegations.",
        ),
        # the participle read as a noun by the tagger ("les a démenties")
    ],
)
def test_denial_in_next_sentence_attaches(lang: str, text: str) -> None:
    r = one(text, lang)
    assert r.status == "reported"
    assert [a.id for a in r.claimed_by] == ["UKR"]
    assert [a.id for a in r.denied_by] == ["IRN"]
    assert len(r.evidence) == 2


def test_denial_whose_participle_is_read_as_a_noun() -> None:
    # the tagger reads "Pyongyang les a démenties" as a noun phrase with "démenties" as a noun
    r = one(
        "Séoul affirme que la Corée du Nord a livré des obus à la Russie. Pyongyang les a "
        "démenties.",
        "fr",
    )
    assert r.status == "reported"
    assert [a.id for a in r.claimed_by] == ["KOR"]
    assert [a.id for a in r.denied_by] == ["PRK"]
    assert len(r.evidence) == 2


def test_denial_does_not_attach_to_other_parties() -> None:
    text = "Kyiv says Iran delivered drones to Russia. Beijing denied the allegations."
    r = one(text, "en")
    assert r.denied_by == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chancellor Scholz again refused to send Taurus missiles to Ukraine."),
        ("fr", "Berlin refuse toujours de livrer des missiles Taurus à l'Ukraine."),
    ],
)
def test_refusal_is_planned_not_denied(lang: str, text: str) -> None:
    r = one(text, lang)
    assert (r.supplier.id, r.recipient.id, r.category) == ("DEU", "UKR", "missiles")
    assert r.status == "planned"
    assert r.denied_by == []


# -- modality -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("fr", "La Russie cherche à acheter des obus à la Corée du Nord.", "planned"),
        ("en", "Russia is seeking to buy shells from North Korea.", "planned"),
        ("en", "The United States will send Abrams tanks to Ukraine.", "planned"),
        ("fr", "L'Iran pourrait livrer des missiles balistiques à la Russie.", "planned"),
        ("en", "Officials warned that Iran could deliver ballistic missiles to Russia.", "planned"),
        (
            "fr",
            "Nous allons continuer à fournir des armes à l'Ukraine, a dit le président français.",
            "reported",
        ),
        ("en", "Britain has delivered Challenger 2 tanks to Ukraine.", "reported"),
        # a conditional after an announcement is a future in the past, even when the tagger
        # calls "livrerait" an imperfect; a real imperfect ("livrait") stays reported
        (
            "fr",
            "Le ministre a annoncé que Berlin livrerait des chars Leopard à l'Ukraine.",
            "planned",
        ),
        (
            "fr",
            "Selon Kiev, Berlin livrait des chars Leopard à l'Ukraine depuis l'été.",
            "reported",
        ),
    ],
)
def test_status(lang: str, text: str, status: str) -> None:
    assert one(text, lang).status == status


# -- routes, covertness, quantities ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "via"),
    [
        ("fr", "L'Iran expédie des drones à la Russie via la mer Caspienne.", ["caspian-sea"]),
        ("en", "Russia sent fighter jets to Libya through Syria.", ["SYR"]),
        (
            "en",
            "North Korea is shipping shells to Russia through countries in the Middle East and North Africa.",
            ["middle-east", "north-africa"],
        ),
    ],
)
def test_routes(lang: str, text: str, via: list[str]) -> None:
    r = one(text, lang)
    assert [a.id for a in r.via] == via


def test_covert() -> None:
    assert one("North Korea is secretly supplying shells to Russia.", "en").covert
    assert not one("Germany sent howitzers to Ukraine.", "en").covert


@pytest.mark.parametrize(
    ("lang", "text", "quantity", "value"),
    [
        ("en", "The United States will send 31 Abrams tanks to Ukraine.", "31", 31.0),
        ("fr", "La France a livré 18 canons Caesar à l'Ukraine.", "18", 18.0),
    ],
)
def test_quantity(lang: str, text: str, quantity: str, value: float) -> None:
    r = one(text, lang)
    assert r.quantity == quantity
    assert r.quantity_value == value


# -- cross-sentence reference ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Corée du Nord livre des obus à la Russie. Ces envois transitent par la Syrie.",
        ),
        (
            "en",
            "North Korea is delivering shells to Russia. The shipments are routed through Syria.",
        ),
    ],
)
def test_anaphor_carries_route_to_the_transfer(lang: str, text: str) -> None:
    r = one(text, lang)
    assert (r.supplier.id, r.recipient.id) == ("PRK", "RUS")
    assert [a.id for a in r.via] == ["SYR"]
    assert len(r.evidence) == 2


# -- not transfers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "North Korea test-fired a ballistic missile into the sea on Tuesday."),
        ("fr", "La Corée du Nord a tiré un missile balistique en mer du Japon."),
        ("en", "Russia launched Iranian-designed drones at Kyiv overnight."),
        ("fr", "La Russie a lancé des drones de conception iranienne sur Kiev."),
        ("en", "Shell sold its Nigerian onshore business to a local consortium."),
        ("fr", "Des sociétés écrans ont permis à la Russie de vendre du pétrole à l'Inde."),
        ("en", "The UN Security Council voted on new sanctions against North Korea."),
        ("fr", "La Russie a triplé sa production d'obus d'artillerie cette année."),
        ("en", "The striker sent a missile into the top corner for England."),
        ("fr", "L'attaquant a envoyé un missile dans la lucarne face à l'Espagne."),
    ],
)
def test_negatives(lang: str, text: str) -> None:
    assert armswatch.extract(text, lang=lang) == []


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Intro line.\n\nLa Corée du Nord fournit « secrètement » des obus à la Russie."
    r = one(text, "fr")
    for e in r.evidence:
        assert text[e.start : e.end] == e.text
    assert "« secrètement »" in r.evidence[0].text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a causative departure with the materiel loaded on the trains, and "vers" the recipient
        (
            "fr",
            "Minsk a fait partir ces derniers mois vers la Russie des trains chargés de chars "
            "T-72 sortis de ses réserves.",
            {("BLR", "RUS", "armour")},
        ),
        (
            "en",
            "Belarus has shipped towards Russia trains loaded with T-72 tanks from its reserves.",
            {("BLR", "RUS", "armour")},
        ),
        # a relative "qui" with the auxiliary avoir is active, whatever its label
        (
            "fr",
            "Le canon Caesar de KNDS se vend bien. Il équipe aussi les armées indonésienne et "
            "thaïlandaise, qui en ont également acheté.",
            {("FRA", "IDN", "artillery"), ("FRA", "THA", "artillery")},
        ),
        (
            "en",
            "The Caesar howitzer sells well. It also serves with the Indonesian and Thai armies, "
            "which have bought some too.",
            {("FRA", "IDN", "artillery"), ("FRA", "THA", "artillery")},
        ),
    ],
)
def test_dispatch_and_relative_buyers(
    lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Rafale se vend bien à l'export. Dernier contrat en date : l'acquisition par la "
            "Serbie de 12 appareils, officialisée fin août.",
        ),
        (
            "en",
            "The Rafale keeps selling abroad. The latest deal: the purchase by Serbia of 12 "
            "units, signed in late August.",
        ),
    ],
)
def test_a_counted_generic_noun_takes_the_topic(lang: str, text: str) -> None:
    assert ("FRA", "SRB", "aircraft") in triples(armswatch.extract(text, lang=lang))


def test_denial_verb_tagged_as_an_adverb() -> None:
    text = (
        "Minsk a livré des munitions à la Russie, selon des médias indépendants. Le président "
        "Loukachenko dément avoir envoyé le moindre soldat biélorusse combattre en Russie."
    )
    reports = by_triple(armswatch.extract(text, lang="fr"))
    assert reports[("BLR", "RUS", "ammunition")].status == "reported"
    troops = reports[("BLR", "RUS", "personnel")]
    assert troops.status == "denied_only"
    assert [a.id for a in troops.denied_by] == ["BLR"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Minsk a livré des chars à la Russie, selon le groupe de surveillance biélorusse "
            "Hajoun.",
        ),
        ("en", "Belarus delivered tanks to Russia, a Belarusian monitoring group said."),
    ],
)
def test_a_monitoring_group_speaks_for_no_state(lang: str, text: str) -> None:
    (r,) = armswatch.extract(text, lang=lang)
    assert [c.id for c in r.claimed_by] == ["media"]


@pytest.mark.parametrize(
    ("lang", "text", "via"),
    [
        # an infinitive the tagger read as a noun after "de", with its transit country
        (
            "fr",
            "Le Hezbollah reçoit des roquettes de Téhéran. Israël accuse l'Iran de ravitailler "
            "la milice en transitant par la Syrie.",
            ["SYR"],
        ),
        (
            "en",
            "Iran delivered attack drones to Russia across the Caspian Sea, and Russian forces "
            "are now using them against Ukraine.",
            ["caspian-sea"],
        ),
        # the country where the weapons are used is no transit country
        (
            "fr",
            "L'Iran a livré des drones à la Russie en passant par la mer Caspienne, pour être "
            "utilisés dans la guerre en Ukraine.",
            ["caspian-sea"],
        ),
    ],
)
def test_routes_and_the_place_of_use(lang: str, text: str, via: list[str]) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert reports, text
    for r in reports:
        assert r.supplier.id == "IRN"
        assert [a.id for a in r.via] == via


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "North Korea launched a ballistic missile on Sunday that flew for an hour before "
            "falling into the sea, in what its media called a warning to Washington and Seoul.",
        ),
        ("en", "Iran launched a drone on Sunday that flew over the Gulf, in a message to Riyadh."),
        (
            "fr",
            "Des drones russes qui transportaient des explosifs ont visé dimanche les centrales "
            "de l'Ukraine.",
        ),
    ],
)
def test_materiel_moving_by_itself_is_no_transfer(lang: str, text: str) -> None:
    # the materiel is the active subject of the motion verb: nobody supplies anything
    assert armswatch.extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Togo s'est équipé en 2022 de drones turcs.", ("TUR", "TGO", "uav")),
        ("La Serbie s'est dotée d'avions de combat chinois.", ("CHN", "SRB", "aircraft")),
        ("Le Maroc s'est procuré des drones israéliens.", ("ISR", "MAR", "uav")),
        ("L'Algérie se fournit en chars auprès de la Russie.", ("RUS", "DZA", "armour")),
    ],
)
def test_reflexive_equipping_is_seen_from_the_buyer(
    text: str, expected: tuple[str, str, str]
) -> None:
    # "s'équiper de", "se doter de": the subject is the recipient
    assert triples(armswatch.extract(text, lang="fr")) == {expected}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Britain has sent anti-tank weapons to Ukraine.", ("GBR", "UKR", "missiles")),
        ("fr", "Londres a envoyé des armes antichars à l'Ukraine.", ("GBR", "UKR", "missiles")),
        (
            "en",
            "Lithuania delivered Stinger anti-aircraft missiles to Ukraine.",
            ("LTU", "UKR", "missiles"),
        ),
        (
            "en",
            "Germany will supply rocket launch systems to Ukraine.",
            ("DEU", "UKR", "artillery"),
        ),
        (
            "en",
            "Germany is sending a Patriot missile battery to Ukraine.",
            ("DEU", "UKR", "air_defence"),
        ),
        (
            "en",
            "China sold turbojet engines for cruise missiles to Russia, US officials said.",
            ("CHN", "RUS", "components"),
        ),
        (
            "fr",
            "La Chine a vendu à la Russie des moteurs pour drones, selon Washington.",
            ("CHN", "RUS", "components"),
        ),
        (
            "en",
            "Washington is sending anti-radiation missiles for Ukrainian aircraft to Kyiv.",
            ("USA", "UKR", "missiles"),
        ),
        (
            "fr",
            "Paris a livré des munitions pour les canons Caesar à Kiev.",
            ("FRA", "UKR", "ammunition"),
        ),
    ],
)
def test_what_an_item_is_for_is_not_a_second_item(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(armswatch.extract(text, lang=lang)) == {expected}
