"""armswatch_transfers as a plain spaCy component in a user's own pipeline."""

from __future__ import annotations

import pytest
import spacy

import armswatch.nlp.component  # noqa: F401  (registers the factory)
from armswatch.nlp.models import model_name

pytestmark = pytest.mark.slow


def test_component_in_a_users_pipeline() -> None:
    nlp = spacy.load(model_name("en"))
    nlp.add_pipe("armswatch_transfers", config={"lang": "en"})
    doc = nlp("According to Kyiv, Iran delivered drones to Russia.")
    reports = doc._.transfers
    assert [(r.supplier.id, r.recipient.id, r.category) for r in reports] == [("IRN", "RUS", "uav")]
    assert [a.id for a in reports[0].claimed_by] == ["UKR"]
    assert doc._.transfer_frames
    ev = reports[0].evidence[0]
    assert doc.text[ev.start : ev.end] == ev.text


def test_resolution_leaves_the_sentence_frames_as_they_were() -> None:
    # the second sentence names where the deliveries of the first came from: the report has
    # the giver, the first sentence's frame (as the sentence gave it) still has none
    nlp = spacy.load(model_name("fr"))
    nlp.add_pipe("armswatch_transfers", config={"lang": "fr"})
    doc = nlp(
        "L'ONG a documenté cinq livraisons d'armes à l'armée rwandaise. Selon elle, ces "
        "cargaisons d'obus venaient de France."
    )
    assert ("FRA", "RWA", "ammunition") in {
        (r.supplier.id, r.recipient.id, r.category) for r in doc._.transfers
    }
    first = [f for f in doc._.transfer_frames if f.trigger == "livraisons"]
    assert first and first[0].suppliers == []


def test_unknown_language_is_a_clear_error() -> None:
    from armswatch.errors import ModelNotInstalledError

    with pytest.raises(ModelNotInstalledError, match="de"):
        model_name("de")
