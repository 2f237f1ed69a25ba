"""Denials said by labelling a claim false, denials of another thing, and litotes.

- "called claims that it ships shells to Russia preposterous", "dismissed as baseless the
  accusations that …", "a qualifié de mensongères les informations selon lesquelles …",
  "a rejeté les informations selon lesquelles …": the claim carried by the clause is denied;
- "rejected accusations of arms transfers between them": a denial whose noun made no frame
  with parties is the denial's to make;
- not denials of a transfer: "la censure rejetée" (a motion), "démenti avoir versé la moindre
  rétrocommission" (a payment), "rejected accusations of overbilling" (another charge); but
  "nié soutenir le M23" and "accusations of complicity" deny the transfer they are about;
- "Ce n'est pas la première acquisition du Niger": there were others, nothing is denied;
- "the supply of tanks to Ukraine" is a transfer; one opposed ("opposed the supply of",
  "s'est opposé à la livraison de") is planned; "n'a jamais donné suite aux demandes" gave
  nothing and denies nothing;
- "It is not the first time that Moscow is helping Bangui", "does not come with a lecture",
  "not looking at providing them" (planned), "dissatisfaction that Moscow is not delivering"
  (planned), "which the navy rejected as untested": no denial; "In Tripoli, a spokesman
  rejected the charge": the spokesman speaks for the place the sentence opens on.

Sentences written for these tests, in French and English. ``slow``: spaCy models.
"""

from __future__ import annotations

import pytest

import armswatch

from .util import by_triple

pytestmark = pytest.mark.slow

CLAIM_EN = "North Korea has shipped artillery shells to Russia, officials in Seoul said on Monday. "
CLAIM_FR = "Selon Kiev, l'Iran a livré des drones à la Russie au printemps. "


def _deniers(text: str, lang: str, triple: tuple[str, str, str]) -> tuple[str, list[str]]:
    r = by_triple(armswatch.extract(text, lang=lang))[triple]
    return r.status, sorted(a.id for a in r.denied_by)


@pytest.mark.parametrize(
    ("lang", "text", "triple", "deniers"),
    [
        (
            "en",
            CLAIM_EN + "Pyongyang has called claims that it ships shells to Moscow preposterous.",
            ("PRK", "RUS", "ammunition"),
            ["PRK"],
        ),
        (
            "en",
            CLAIM_EN + "Pyongyang dismissed as baseless the accusations that it sold shells to "
            "the Russian army.",
            ("PRK", "RUS", "ammunition"),
            ["PRK"],
        ),
        (
            "en",
            CLAIM_EN + "Both Moscow and Pyongyang have rejected Western accusations of arms "
            "transfers between them.",
            ("PRK", "RUS", "ammunition"),
            ["PRK", "RUS"],
        ),
        (
            "fr",
            CLAIM_FR + "Téhéran a rejeté mardi les informations selon lesquelles il livrerait des "
            "drones à Moscou.",
            ("IRN", "RUS", "uav"),
            ["IRN"],
        ),
        (
            "fr",
            CLAIM_FR + "Téhéran a qualifié de mensongères les informations selon lesquelles il "
            "livrerait des drones aux forces russes.",
            ("IRN", "RUS", "uav"),
            ["IRN"],
        ),
    ],
)
def test_a_claim_labelled_false_is_denied(
    lang: str, text: str, triple: tuple[str, str, str], deniers: list[str]
) -> None:
    assert _deniers(text, lang, triple) == ("reported", deniers)


@pytest.mark.parametrize(
    ("lang", "text", "triple"),
    [
        (
            "fr",
            "La France a vendu des frégates à Taïwan en 1991. Le constructeur a toujours démenti "
            "avoir versé la moindre rétrocommission à Paris.",
            ("FRA", "TWN", "naval"),
        ),
        (
            "fr",
            "La France a livré des canons Caesar à l'Ukraine. Matignon : au lendemain de la "
            "censure rejetée, le Premier ministre veut tourner la page du budget.",
            ("FRA", "UKR", "artillery"),
        ),
        (
            "fr",
            "La Russie a fourni des MiG-29 au Bangladesh. Moscou a toujours rejeté les "
            "accusations de surfacturation.",
            ("RUS", "BGD", "aircraft"),
        ),
        (
            "en",
            "Russia sold MiG-29 fighters to Bangladesh in 1999. Moscow has always rejected the "
            "accusations of overbilling.",
            ("RUS", "BGD", "aircraft"),
        ),
    ],
)
def test_a_denial_of_another_thing_denies_no_transfer(
    lang: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert _deniers(text, lang, triple) == ("reported", [])


@pytest.mark.parametrize(
    ("lang", "text", "triple", "denier"),
    [
        (
            "fr",
            "Selon l'ONU, le Rwanda a fourni des munitions au M23. Kigali a toujours nié soutenir "
            "le M23.",
            ("RWA", "m23", "ammunition"),
            "RWA",
        ),
        (
            "en",
            "UN experts say Rwanda supplied ammunition to the M23. Kigali rejected accusations of "
            "complicity.",
            ("RWA", "m23", "ammunition"),
            "RWA",
        ),
    ],
)
def test_denying_support_or_complicity_denies_the_transfer(
    lang: str, text: str, triple: tuple[str, str, str], denier: str
) -> None:
    assert _deniers(text, lang, triple) == ("reported", [denier])


def test_not_the_first_acquisition_is_no_denial() -> None:
    text = (
        "Le Niger a reçu en mai deux drones Akinci livrés par la Turquie. Ce n'est pas la "
        "première acquisition du Niger auprès d'Ankara."
    )
    reports = armswatch.extract(text, lang="fr")
    assert all(r.status == "reported" and not r.denied_by for r in reports)
    assert ("TUR", "NER", "uav") in by_triple(reports)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The supply of tanks to Ukraine by Poland began in March.",
            ("POL", "UKR", "armour", "reported"),
        ),
        (
            "en",
            "Israel has always opposed the supply of air-defence systems to Lebanon by the "
            "United States.",
            ("USA", "LBN", "air_defence", "planned"),
        ),
        (
            "fr",
            "Israël s'est toujours opposé à la livraison de systèmes de défense aérienne au Liban "
            "par les États-Unis.",
            ("USA", "LBN", "air_defence", "planned"),
        ),
    ],
)
def test_the_supply_of_goods_and_an_opposed_one(
    lang: str, text: str, want: tuple[str, str, str, str]
) -> None:
    reports = armswatch.extract(text, lang=lang)
    assert [(r.supplier.id, r.recipient.id, r.category, r.status) for r in reports] == [want]


def test_not_acting_on_a_request_denies_nothing() -> None:
    text = (
        "Les États-Unis ont livré des Bradley à l'armée libanaise. L'administration américaine "
        "n'a jamais donné suite aux demandes libanaises de défense aérienne."
    )
    reports = armswatch.extract(text, lang="fr")
    assert [(r.supplier.id, r.recipient.id, r.category, r.denied_by) for r in reports] == [
        ("USA", "LBN", "armour", [])
    ]


@pytest.mark.parametrize(
    ("lang", "text", "triple", "status"),
    [
        (
            "en",
            # machine-translated wording
            "Russia sent armoured vehicles to the Central African Republic. It is not first time "
            "that Moscow is helping Bangui with weapon.",
            ("RUS", "CAF", "armour"),
            "reported",
        ),
        (
            "en",
            "Turkey sold Bayraktar drones to Turkmenistan. A drone from Ankara does not come with "
            "a lecture, the diplomat said.",
            ("TUR", "TKM", "uav"),
            "reported",
        ),
        (
            "en",
            "Trump said he might send Tomahawks to Ukraine. Days later he said he was not looking "
            "at providing the missiles to Kyiv.",
            ("USA", "UKR", "missiles"),
            "planned",
        ),
        (
            "en",
            "Armenia ordered weapons from Russia in 2019. Yerevan has often expressed "
            "dissatisfaction that Moscow is not delivering the weapons.",
            ("RUS", "ARM", "unspecified"),
            "reported",  # ordered, and owed: no denial
        ),
        (
            "en",
            "China sold submarines to Thailand. The Chinese builder proposed its own engine, which "
            "the Royal Thai Navy initially rejected as untested.",
            ("CHN", "THA", "naval"),
            "reported",
        ),
    ],
)
def test_litotes_complaints_and_things_turned_down_deny_nothing(
    lang: str, text: str, triple: tuple[str, str, str], status: str
) -> None:
    assert _deniers(text, lang, triple) == (status, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "France sold Mirage jets to Libya. In Tripoli, a spokesman for the ruling council "
            "rejected the charge.",
        ),
        (
            "fr",
            "La France a vendu des Mirage à la Libye. À Tripoli, un porte-parole a démenti ces "
            "informations.",
        ),
    ],
)
def test_a_spokesman_of_the_place_the_sentence_opens_on(lang: str, text: str) -> None:
    assert _deniers(text, lang, ("FRA", "LBY", "aircraft")) == ("reported", ["LBY"])
