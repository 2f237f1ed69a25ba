"""Where the parser puts what is handed over, and who receives it when nobody is named.

- a French partitive object the parser hangs on a common-noun recipient: "a remis à l'armée
  biélorusse des systèmes S-400" (the object was lost, or the soldiers who supplied it were read
  as the cargo moving itself);
- a participle on a quantity: "a small number of Mirage 2000s handed over by France", "un lot de
  blindés livrés par la Turquie";
- after a French transfer noun, "en" names the destination: "l'envoi d'instructeurs en
  Tanzanie" ("la production d'obus en Russie" is no transfer);
- an aside between "a" and its participle: "La Turquie a, pour sa part, vendu …";
- a handing-over with no recipient, far from the last one named, goes to whoever the article's
  transfers go to; a looser verb ("armed with") does not;
- who takes over or commissions what was supplied receives it: "took over its first system, a
  Barak system supplied by Israel";
- a backer arming an armed group's home state, in an article naming the group, arms the group
  ("transferred from Iran to Yemen" in a report on the Houthis); other suppliers stay;
- named systems of makers in several states name no seller ("des Su-25, des L-39 et des
  Mi-24" is not a Czech sale).

Sentences and articles written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Pékin a livré à l'armée cambodgienne des lanceurs PHL-03.", ("CHN", "KHM", "artillery")),
        ("Israël a livré à l'armée indienne des systèmes Barak-8.", ("ISR", "IND", "air_defence")),
        # the suppliers are people: not cargo moving itself
        (
            "Des officiers iraniens ont fourni aux rebelles houthis des drones d'attaque.",
            ("IRN", "houthis", "uav"),
        ),
        (
            "Des instructeurs turcs ont remis à l'armée somalienne des fusils.",
            ("TUR", "SOM", "small_arms"),
        ),
    ],
)
def test_partitive_object_on_the_recipient(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(armswatch.extract(text, lang="fr"))


def test_materiel_as_subject_still_moves_itself() -> None:
    assert (
        armswatch.extract("Des drones iraniens ont volé vers Kiev dans la nuit.", lang="fr") == []
    )


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "en",
            "Ukraine's air force flies a small number of Mirage 2000s handed over by France.",
            ("FRA", "UKR", "aircraft"),
        ),
        (
            "en",
            "Senegal's navy now operates a small number of patrol boats handed over by France.",
            ("FRA", "SEN", "naval"),
        ),
        (
            "fr",
            "L'armée nigérienne a réceptionné un lot de blindés livrés par la Turquie.",
            ("TUR", "NER", "armour"),
        ),
    ],
)
def test_participle_on_a_quantity(lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(armswatch.extract(text, lang=lang))


def test_en_after_a_french_transfer_noun_is_the_destination() -> None:
    text = "Pékin a annoncé l'envoi de 50 instructeurs militaires en Tanzanie."
    assert ("CHN", "TZA", "personnel") in triples(armswatch.extract(text, lang="fr"))


def test_en_after_production_is_a_place() -> None:
    assert armswatch.extract("La production d'obus en Russie a triplé en un an.", lang="fr") == []


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("La Turquie a pour sa part vendu des drones au Niger.", ("TUR", "NER", "uav")),
        (
            "La Pologne a, pour sa part, acheté des chars K2 à la Corée du Sud.",
            ("KOR", "POL", "armour"),
        ),
        (
            "Le Nigeria a de son côté acheté des avions JF-17 au Pakistan.",
            ("PAK", "NGA", "aircraft"),
        ),
    ],
)
def test_aside_between_auxiliary_and_participle(text: str, triple: tuple[str, str, str]) -> None:
    found = triples(armswatch.extract(text, lang="fr"))
    assert triple in found
    assert not any(r == triple[0] for _, r, _ in found)  # the seller is never the buyer


FILLER_EN = [
    "The report lists the buyers' front companies in detail.",
    "It also counts the air strikes on villages in Sagaing.",
    "Rights groups said the air strikes killed hundreds of civilians.",
    "The junta rejected the findings as biased.",
    "The rapporteur asked member states to stop the sales of jet fuel.",
    "Several Western governments have imposed sanctions on the fuel trade.",
    "Diplomats in Bangkok said the sanctions had limited effect.",
    "The generals have also hired new pilots from the countryside.",
    "Neighbouring Thailand has kept its border crossings open.",
]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_unnamed_recipient_is_the_articles_recipient_far_on() -> None:
    text = _article(
        "Myanmar's generals keep buying abroad",
        "Russian state companies sold Myanmar's junta fighter jets worth about $400 million "
        "since the coup, according to a UN rapporteur.",
        *FILLER_EN,
        "Entities based in Singapore shipped machine tools and components worth $250 million, "
        "the report adds.",
        "Russian fighters armed with long-range missiles patrol the border.",
        "Rebel commanders say they still depend on Chinese-supplied rifles bought on the black "
        "market.",
        "Washington hopes its allies will keep refusing to supply drones to anyone.",
    )
    found = triples(armswatch.extract(text, lang="en"))
    assert ("SGP", "MMR", "components") in found
    # a looser verb, a modifier, an infinitive: materiel named in passing, not a handing-over
    assert ("RUS", "MMR", "missiles") not in found
    assert ("CHN", "MMR", "small_arms") not in found
    assert not any(s == "USA" for s, _, _ in found)


def test_unnamed_recipient_far_on_fr() -> None:
    text = _article(
        "Le Mali diversifie ses fournisseurs",
        "La Russie a livré au Mali quatre hélicoptères de combat en 2021, selon le gouvernement "
        "de transition.",
        "La junte a salué un partenariat sincère.",
        "Les autorités ont ensuite expulsé l'ambassadeur de France.",
        "La Cédéao a imposé de lourdes sanctions économiques.",
        "Les sanctions ont été levées l'année suivante.",
        "Les prix du carburant ont fortement augmenté à Bamako.",
        "Plusieurs partis ont été suspendus par décret.",
        "Le calendrier électoral a été repoussé à plusieurs reprises.",
        "Les groupes jihadistes ont étendu leur emprise dans le centre.",
        "La Turquie a pour sa part vendu des drones Bayraktar TB2, indique le même document.",
    )
    assert ("TUR", "MLI", "uav") in triples(armswatch.extract(text, lang="fr"))


def test_no_recipient_without_any_transfer_before() -> None:
    text = _article(
        "Singapore's exporters",
        "Entities based in Singapore shipped machine tools and components worth $250 million.",
    )
    assert armswatch.extract(text, lang="en") == []


# -- holders and proxies -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The Kenyan air force took over its first medium-range air defence system, a Barak "
            "surface-to-air missile system supplied by Israel, at a ceremony in Nairobi.",
            ("ISR", "KEN", "air_defence"),
        ),
        (
            "The Ghanaian navy commissioned two patrol boats supplied by China last week.",
            ("CHN", "GHA", "naval"),
        ),
    ],
)
def test_who_takes_over_or_commissions_receives(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(armswatch.extract(text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "en",
            "The Houthis keep firing at ships in the Red Sea. UN experts said the missiles had "
            "been transferred from Iran to Yemen in breach of the embargo.",
            ("IRN", "houthis", "missiles"),
        ),
        (
            "fr",
            "Le Hezbollah a multiplié les tirs. Selon Israël, l'Iran a livré des roquettes au "
            "Liban par la Syrie.",
            ("IRN", "hezbollah", "ammunition"),
        ),
    ],
)
def test_a_backer_arming_the_groups_home_state_arms_the_group(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    found = triples(armswatch.extract(text, lang=lang))
    assert triple in found
    home = {"houthis": "YEM", "hezbollah": "LBN"}[triple[1]]
    assert (triple[0], home, triple[2]) not in found


def test_without_the_group_the_state_stays() -> None:
    text = "Iran delivered missiles to Yemen's army in 2010, the ministry said."
    assert ("IRN", "YEM", "missiles") in triples(armswatch.extract(text, lang="en"))


def test_another_supplier_to_the_home_state_stays() -> None:
    text = "The Houthis hold the north. Saudi Arabia sent armoured vehicles to Yemen's government."
    assert ("SAU", "YEM", "armour") in triples(armswatch.extract(text, lang="en"))


def test_systems_of_several_makers_name_no_seller() -> None:
    # the L-39 is Czech-made, the others Russian: the maker of one is not who sold them all
    text = "Le Mali a réceptionné des Su-25, des L-39 et des hélicoptères Mi-24."
    assert not any(s == "CZE" for s, _, _ in triples(armswatch.extract(text, lang="fr")))


def test_systems_of_one_maker_name_the_seller() -> None:
    text = "Le Maroc a réceptionné des F-16 et des hélicoptères Apache."
    assert ("USA", "MAR", "aircraft") in triples(armswatch.extract(text, lang="fr"))


def test_several_makers_then_the_articles_supplier() -> None:
    text = (
        "La Russie a livré des hélicoptères de combat au Mali en 2022.\n\n"
        "Le Mali a réceptionné des Su-25, des L-39 et des hélicoptères Mi-24 l'année suivante."
    )
    found = triples(armswatch.extract(text, lang="fr"))
    assert ("RUS", "MLI", "aircraft") in found
    assert ("CZE", "MLI", "aircraft") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UAE has supplied armoured vehicles to the Southern Transitional Council."),
        ("fr", "Les Émirats ont livré des blindés au Conseil de transition du Sud, à Aden."),
    ],
)
def test_yemens_southern_separatists_are_a_group(lang: str, text: str) -> None:
    assert ("ARE", "stc", "armour") in triples(armswatch.extract(text, lang=lang))
