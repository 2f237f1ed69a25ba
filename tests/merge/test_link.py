"""Copies, rewrites, translations and stories, on short articles written for these tests.

The articles carry hand-made reports, so these tests need no spaCy model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from armswatch.merge import link_store
from armswatch.merge.evaluate import GoldLink, bcubed, score_links
from armswatch.records import Actor, Article, TransferReport
from armswatch.store import Store

WIRE = (
    "WASHINGTON - North Korea is quietly sending a large number of artillery shells to Russia "
    "for its war in Ukraine, the White House said on Wednesday, adding that the cargo is being "
    "routed through countries in the Middle East and North Africa to hide where it goes.\n\n"
    "National Security Council spokesman John Kirby told reporters that officials were still "
    "checking whether the shipments had reached the Russian army. He would not name the "
    "transit countries.\n\n"
    "Pyongyang has denied selling any weapons to Moscow and said in September it had no plans "
    "to do so. Kirby said the supplies would not change the course of the war."
)
COPY = (
    "Advertisement\n\n"
    + WIRE.replace("WASHINGTON - ", "")
    + "\n\nSubscribe to our newsletter for the latest world news."
)
SPUN = (
    "WASHINGTON - North Korea is discreetly shipping a big quantity of artillery shells to "
    "Russia for its war in Ukraine, the White House stated on Wednesday, adding that the "
    "freight is being routed via countries in the Middle East and North Africa to conceal "
    "where it goes.\n\n"
    "National Security Council spokesman John Kirby informed journalists that officials were "
    "still verifying whether the consignments had reached the Russian army. He declined to "
    "name the transit nations.\n\n"
    "Pyongyang has rejected selling any arms to Moscow and stated in September it had no plans "
    "to do so. Kirby said the deliveries would not alter the course of the war."
)
TRANSLATION = (
    "WASHINGTON - La Corée du Nord envoie discrètement un grand nombre d'obus d'artillerie à "
    "la Russie pour sa guerre en Ukraine, a déclaré mercredi la Maison Blanche, ajoutant que "
    "la cargaison transite par des pays du Moyen-Orient et d'Afrique du Nord pour cacher sa "
    "destination.\n\n"
    "Le porte-parole du Conseil de sécurité nationale John Kirby a indiqué aux journalistes "
    "que les responsables vérifiaient encore si les envois étaient parvenus à l'armée russe. "
    "Il n'a pas voulu nommer les pays de transit.\n\n"
    "Pyongyang a nié avoir vendu des armes à Moscou et avait affirmé en septembre n'avoir "
    "aucun projet de ce genre. Kirby a estimé que ces livraisons ne changeraient pas le cours "
    "de la guerre."
)
INDEPENDENT = (
    "La Maison Blanche accuse Pyongyang de fournir en secret des munitions à l'armée russe. "
    "Selon John Kirby, les obus nord-coréens passeraient par le Moyen-Orient et l'Afrique du "
    "Nord avant d'arriver en Russie.\n\n"
    "Washington n'a pas donné de chiffre. La Corée du Nord, déjà visée par de lourdes "
    "sanctions de l'ONU, avait démenti toute livraison d'armes en septembre."
)
LATER = (
    "Pyongyang fired two ballistic missiles into the sea on Thursday, Seoul said, weeks after "
    "Washington accused North Korea of sending artillery shells to Russia. Japan protested "
    "through diplomatic channels in Beijing."
)

SHELLS = ("PRK", "RUS", "ammunition")


def article(
    aid: str, text: str, lang: str, published: str | None, *triples: tuple[str, str, str]
) -> Article:
    a = Article(
        id=aid, text=text, source=f"https://{aid}.example.com/a", lang=lang, published=published
    )
    a.url = a.source
    a.reports = [
        TransferReport(aid, a.source, Actor(s, s), Actor(r, r), c, c) for s, r, c in triples
    ]
    return a


@pytest.fixture
def corpus() -> list[Article]:
    return [
        article("wire", WIRE, "en", "2022-11-02", SHELLS),
        article("copy", COPY, "en", "2022-11-02", SHELLS),
        article("spun", SPUN, "en", "2022-11-03", SHELLS),
        article("trans", TRANSLATION, "fr", "2022-11-03", SHELLS),
        article("indep", INDEPENDENT, "fr", "2022-11-03", SHELLS),
        article("later", LATER, "en", "2022-11-24"),
    ]


def links(store: Store) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        a.id: (a.meta.get("duplicate_of"), a.meta.get("duplicate_kind"), a.meta.get("story_id"))
        for a in store.iter_articles()
    }


def test_copies_rewrites_translations_and_stories(tmp_path: Path, corpus: list[Article]) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write_articles(corpus)
        result = link_store(store)
        got = links(store)
        assert result.placed == 6
        assert result.signed == 6
        story = got["wire"][2]
        assert got["wire"][:2] == (None, None)
        assert got["copy"] == ("wire", "copy", story)
        assert got["spun"] == ("wire", "rewrite", story)
        assert got["trans"] == ("wire", "translation", story)
        # Same event, written independently, in French: same story, not a copy.
        assert got["indep"] == (None, None, story)
        # Three weeks later: another story.
        assert got["later"][2] not in (None, story)
        # The wire text counts once: wire + copy + spun + translation, and the independent one.
        (case,) = store.cases(category="ammunition")
        assert (case.n_articles, case.n_sources, case.n_stories) == (5, 2, 1)
        assert store.story(story) is not None


def test_linking_is_incremental_and_idempotent(tmp_path: Path, corpus: list[Article]) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write_articles(corpus[:2])
        link_store(store)
        before = links(store)
        store.write_articles(corpus[2:])
        result = link_store(store)
        after = links(store)
        assert result.placed == 4 and result.signed == 4
        # Articles already placed keep their story; new ones join it.
        assert {k: after[k] for k in before} == before
        assert after["indep"][2] == before["wire"][2]
        again = link_store(store)
        assert (again.placed, again.signed, again.changed) == (0, 0, 0)
        assert links(store) == after


def test_arrival_order_does_not_change_the_grouping(tmp_path: Path, corpus: list[Article]) -> None:
    with Store.open(tmp_path / "a.db") as a, Store.open(tmp_path / "b.db") as b:
        a.write_articles(corpus)
        link_store(a)
        for one in reversed(corpus):
            b.write_articles([one])
            link_store(b)
        stories_a = {k: v[2] for k, v in links(a).items()}
        stories_b = {k: v[2] for k, v in links(b).items()}
        assert bcubed(stories_a, stories_b)[2] == 1.0
        # The copy chain points at one root whichever came first.
        roots_b = {k: v[0] for k, v in links(b).items()}
        assert len({roots_b[k] or k for k in ("wire", "copy", "spun", "trans")}) == 1


def test_a_changed_text_is_placed_again(tmp_path: Path, corpus: list[Article]) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write_articles(corpus)
        link_store(store)
        edited = article("copy", LATER + " Updated.", "en", "2022-11-24")
        store.write_articles([edited])
        result = link_store(store)
        assert (result.placed, result.signed) == (1, 1)
        got = links(store)
        # It now copies "later" (and so joins its story), no longer the wire.
        assert got["copy"][:2] == ("later", "copy")
        assert got["copy"][2] == got["later"][2]


def test_bcubed_and_duplicate_scores() -> None:
    gold = [
        GoldLink("a", "S1", None, "original"),
        GoldLink("b", "S1", "a", "syndicated"),
        GoldLink("c", "S1", None, "original"),
        GoldLink("d", "S2", None, "original"),
    ]
    assert bcubed({"a": "x", "b": "x", "c": "x", "d": "y"}, {g.id: g.story for g in gold}) == (
        1.0,
        1.0,
        1.0,
    )
    p, r, _ = bcubed({"a": "x", "b": "x", "c": "x", "d": "x"}, {g.id: g.story for g in gold})
    assert r == 1.0 and p == pytest.approx((3 * 0.75 + 0.25) / 4)
    scores = score_links(gold, {"a": "x", "b": "x", "c": "y", "d": "y"}, {"b": "a", "d": "c"})
    assert scores.copies_found == {"syndicated": (1, 1)}
    assert scores.false_copies == [("d", "c")]
    assert scores.recall < 1.0 and scores.precision < 1.0


def test_an_unreadable_stored_signature_is_computed_again(
    tmp_path: Path, corpus: list[Article]
) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write_articles(corpus[:2])
        link_store(store)
        store.conn.execute("UPDATE article_signatures SET minhash = x'00', features = 'no json'")
        store.write_articles(corpus[2:])
        result = link_store(store)
        assert result.signed == 6  # the two damaged ones and the four new ones
        got = links(store)
        assert got["copy"][:2] == ("wire", "copy")
        assert got["indep"][2] == got["wire"][2]
