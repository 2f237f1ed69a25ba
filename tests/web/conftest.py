"""Fixtures of the web app tests: one store per session, built with the real CLI from the
project's examples plus hand-written hostile articles (tests/web/data/xss_articles.jsonl:
script tags, onerror attributes, javascript: links in text, titles and URLs)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

with warnings.catch_warnings():
    # starlette's TestClient warns (a UserWarning) that it will move from httpx to httpx2.
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

from armswatch.web import create_app
from tests.conftest import EXAMPLES, ROOT

DATA = Path(__file__).resolve().parent / "data"
XSS_ARTICLES = DATA / "xss_articles.jsonl"
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS_IMG = ROOT / "docs" / "img"
# `ARMSWATCH_DOCS_SCREENSHOTS=1 pytest tests/web` also refreshes the README screenshots in
# docs/img/, taken against a store of the examples alone.
DOCS_SCREENSHOTS = os.environ.get("ARMSWATCH_DOCS_SCREENSHOTS") == "1"


def ingest(db: Path, *inputs: Path) -> None:
    """``armswatch ingest INPUT... --db DB`` in a subprocess (loads the spaCy models once),
    from the project root with relative paths, as a user would type it."""
    relative = [str(p.relative_to(ROOT)) for p in inputs]
    cmd = [sys.executable, "-m", "armswatch.cli", "ingest", *relative, "--db", str(db)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, f"ingest failed ({done.returncode}):\n{done.stderr}"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples and the hostile articles, ingested once per session."""
    db = tmp_path_factory.mktemp("web") / "web.db"
    ingest(db, EXAMPLES, XSS_ARTICLES)
    return db


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples alone (for the README screenshots)."""
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    ingest(db, EXAMPLES)
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as c:
        yield c


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """``armswatch serve`` in a subprocess on 127.0.0.1 and a free port."""

    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [
            sys.executable,
            "-m",
            "armswatch.cli",
            "serve",
            "--db",
            str(db),
            "--port",
            str(self.port),
        ]
        self.log = ARTIFACTS / f"serve-{db.stem}.log"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            cmd, cwd=ROOT, stdout=self._log_file, stderr=subprocess.STDOUT
        )
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"armswatch serve exited: {self.log.read_text()}")
            try:
                if httpx.get(self.url + "/api/overview", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("armswatch serve did not answer within 30 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()


@pytest.fixture(scope="session")
def live_server(web_db: Path) -> Iterator[LiveServer]:
    server = LiveServer(web_db)
    yield server
    server.stop()
