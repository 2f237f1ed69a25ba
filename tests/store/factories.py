"""Hand-built articles and reports for the store and export tests (short FR/EN sentences)."""

from __future__ import annotations

from armswatch.records import Actor, Article, Evidence, TransferReport

USA = Actor("USA", "United States")
PRK = Actor("PRK", "North Korea")
RUS = Actor("RUS", "Russia")
IRN = Actor("IRN", "Iran")
UKR = Actor("UKR", "Ukraine")
MEDIA = Actor("media", "media")
MIDDLE_EAST = Actor("middle-east", "Middle East")
NORTH_AFRICA = Actor("north-africa", "North Africa")

FR_TEXT = (
    "Les États-Unis affirment que la Corée du Nord fournit secrètement des obus à la Russie, "
    "en les acheminant vers le Moyen-Orient. Pyongyang a démenti ces accusations."
)
EN_TEXT = (
    'The White House said North Korea is shipping "a significant number" of shells to Russia, '
    "routed through North Africa and the Middle East.\nIran has denied sending drones."
)
EN_PLANNED_TEXT = "Officials said Pyongyang could send more shells to Moscow next year."


def ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(start=start, end=start + len(sentence), text=sentence)


def report(
    article: Article,
    supplier: Actor,
    recipient: Actor,
    category: str,
    sentences: list[str],
    **kw: object,
) -> TransferReport:
    r = TransferReport(
        article_id=article.id,
        source=article.source,
        supplier=supplier,
        recipient=recipient,
        category=category,
        materiel=str(kw.pop("materiel", category)),
        evidence=[ev(article.text, s) for s in sentences],
    )
    for name, value in kw.items():
        setattr(r, name, value)
    return r


def fr_article() -> Article:
    a = Article(
        id="fr-1",
        text=FR_TEXT,
        source="seeds/fr-1.txt",
        url="https://example.org/fr-1",
        title="Obus nord-coréens",
        published="2022-11-02",
        lang="fr",
        meta={"story_id": "s-prk-shells"},
    )
    a.reports = [
        report(
            a,
            PRK,
            RUS,
            "ammunition",
            [
                "Les États-Unis affirment que la Corée du Nord fournit secrètement des obus "
                "à la Russie",
                "en les acheminant vers le Moyen-Orient",
                "Pyongyang a démenti ces accusations.",
            ],
            materiel="obus",
            covert=True,
            claimed_by=[USA],
            denied_by=[PRK],
            via=[MIDDLE_EAST],
            confidence=0.875,
        )
    ]
    return a


def en_article() -> Article:
    a = Article(
        id="en-1",
        text=EN_TEXT,
        source="feeds/en.xml",
        url="https://example.com/en-1",
        title="Shells, drones",
        published="2022-11-03",
        lang="en",
        meta={"story_id": "s-prk-shells"},
    )
    a.reports = [
        report(
            a,
            IRN,
            RUS,
            "uav",
            ["Iran has denied sending drones."],
            materiel="drones",
            status="denied_only",
            denied_by=[IRN],
        ),
        report(
            a,
            PRK,
            RUS,
            "ammunition",
            [
                'North Korea is shipping "a significant number" of shells to Russia, '
                "routed through North Africa and the Middle East.\nIran",
            ],
            materiel="shells",
            quantity="a significant number",
            claimed_by=[USA],
            via=[NORTH_AFRICA, MIDDLE_EAST],
            confidence=0.9,
        ),
    ]
    return a


def en_planned_article() -> Article:
    a = Article(
        id="en-2",
        text=EN_PLANNED_TEXT,
        source="feeds/en.xml",
        published="2022-12-01",
        lang="en",
    )
    a.reports = [
        report(
            a,
            PRK,
            RUS,
            "ammunition",
            ["Pyongyang could send more shells to Moscow next year."],
            status="planned",
            claimed_by=[MEDIA],
        )
    ]
    return a


def en_copy_article() -> Article:
    """A syndicated copy of en-1 (same text), undated."""
    a = en_article()
    a.id = "en-1-copy"
    a.source = "feeds/other.xml"
    a.published = None
    a.meta = {"duplicate_of": "en-1", "story_id": "s-prk-shells"}
    for r in a.reports:
        r.article_id = a.id
        r.source = a.source
    return a


def all_articles() -> list[Article]:
    return [fr_article(), en_article(), en_planned_article(), en_copy_article()]
