"""Fuzzing the build: kill -9 at random moments, and properties over arbitrary Unicode articles.

The README's "Guarantees" section quotes the figures. By default (``scripts/check``) the
properties try a few dozen examples each and the kill test kills 3 builds;
``scripts/fuzz`` (``HYPOTHESIS_PROFILE=fuzz``, ``KG_FUZZ=1``) tries over 10,000 examples
and kills 10 builds of 200 articles.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.export import export, formats
from kg.extract.base import extract
from kg.model import iris
from kg.model.mapping import Evidence, triples
from kg.model.vocab import OA, SCHEMA
from kg.pipeline import PENDING_RESOLUTION, build, unique_keys
from kg.records import Article
from kg.store import Store, StoreError

FUZZING = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def _examples(ci: int, fuzz: int) -> settings:
    """``ci`` examples by default (scripts/check), ``fuzz`` under ``HYPOTHESIS_PROFILE=fuzz`` (scripts/fuzz)."""
    return settings(
        max_examples=fuzz if FUZZING else ci,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# -- kill -9 at random moments of a build of a few hundred articles -------------------------------------


def _synthetic(path: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    synthetic = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synthetic", synthetic)  # its dataclasses look their module up
    spec.loader.exec_module(synthetic)
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in synthetic.generate(n))
    return path


def _cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _observed(store: Path, folder: Path) -> tuple[bytes, bytes, str, tuple[int, str]]:
    """What a user sees of a store: N-Quads (article graphs), N-Triples (merged graph), stats, validate."""
    _cli("export", "--store", str(store), "--format", "nquads", "-o", str(folder / "kg.nq"))
    _cli("export", "--store", str(store), "--format", "ntriples", "-o", str(folder / "kg.nt"))
    stats = _cli("stats", "--store", str(store))
    validated = CliRunner().invoke(main, ["validate", "--store", str(store)])
    assert "lacks statements" not in validated.output, validated.output  # article graphs all merged
    verdict = (validated.exit_code, validated.output.strip().splitlines()[-1])  # "conforms" or "N violations"
    return (folder / "kg.nq").read_bytes(), (folder / "kg.nt").read_bytes(), stats, verdict


def _phase(store: Path) -> str:
    """Where the killed build was: how many articles it had stored, and whether resolution was pending."""
    if not (store / "CURRENT").exists():
        return "before the store was created"
    try:
        opened = Store(store, read_only=True)
    except StoreError as error:  # killed while Oxigraph set up the new store: only a build opens it
        return f"while creating the store ({error})"
    with opened:
        graphs = {q.graph_name.value for q in opened.quads(named=True)}
    articles = sum(1 for g in graphs if "/graph/" in g and not g.endswith("/graph/identity"))
    pending = (store / PENDING_RESOLUTION).exists()
    return f"{articles} articles stored" + (", identity resolution pending" if pending else "")


# A parent process that loads the extraction models (the NER model, the table of all regions)
# once, then forks one `kg build` per request: each build starts warm, so the clock of a kill
# starts with the build itself rather than seconds of loading models, and ten builds do not
# load the models ten times. Requests are JSON argument lists, one a line on stdin; it answers
# with the child's pid, then how the child ended ("exit N" or "signal N"). A line "kill" while
# the child runs kills it with SIGKILL: the parent kills its own child before reaping it, so
# the pid cannot belong to another process by then.
FORKING_KG = """
import json, os, select, signal
from kg.extract.base import extract
from kg.gazetteer.regions import lookup
from kg.records import Article
extract(Article("Rapat", "Wali Kota Malang Hendra Gunawan membuka rapat di Balai Kota Malang, Selasa (19/11/2024)."))
lookup("Kota Malang")  # the table of all regions and villages, read on first use

def line():
    read = b""
    while not read.endswith(b"\\n"):
        byte = os.read(0, 1)
        if not byte:
            return None
        read += byte
    return read.decode().strip()

print("ready", flush=True)
while (request := line()) is not None:
    if request == "kill":  # came after its child had ended
        continue
    pid = os.fork()
    if pid == 0:
        code = 1
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)  # the child's summary must not mix with the answers
        os.dup2(quiet, 2)
        try:
            from kg.cli import main
            main(json.loads(request))
        except SystemExit as end:
            code = end.code if isinstance(end.code, int) else 1
        finally:
            os._exit(code)
    print(pid, flush=True)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if select.select([0], [], [], 0.005)[0] and line() == "kill":
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
    if os.WIFSIGNALED(status):
        print("signal", os.WTERMSIG(status), flush=True)
    else:
        print("exit", os.WEXITSTATUS(status), flush=True)
"""


class _Builds:
    """The forking parent: ``run`` a kg command in a warm child, killing it after a delay or not."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", FORKING_KG],
            # bulk loads of a few articles each: kills land before, during and between them
            env={**os.environ, "KG_BATCH_QUADS": str(KILL_BATCH_QUADS)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
        )
        self.buffer = b""
        assert self._line(300) == "ready", "the build process did not load its models within 300 s"

    def _line(self, timeout: float) -> str | None:
        """The next line of the parent's answers, or None after ``timeout`` seconds."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.process.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.process.stdout.fileno(), 4096)
            assert chunk, "the forking parent ended"
            self.buffer += chunk
        answer, self.buffer = self.buffer.split(b"\n", 1)
        return answer.decode().strip()

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")

    def run(self, args: list[str], kill_after: float | None = None) -> tuple[str, float]:
        """How the command ended ("exit 0", "signal 9"), and how long it ran."""
        self._send(json.dumps(args))
        assert int(self._line(60) or 0) > 0  # the child's pid: it runs
        start = time.monotonic()
        ended = self._line(900 if kill_after is None else kill_after)
        if ended is None:
            self._send("kill")
            ended = self._line(60)
        assert ended is not None, "a build did not end"
        return ended, time.monotonic() - start

    def close(self) -> None:
        with self.process:  # closes the pipes
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _kill_trials(tmp_path: Path, articles: int, trials: int, seed: int) -> list[str]:
    """Kill ``kg build`` with SIGKILL at ``trials`` random moments, rerun, compare with an uninterrupted build.

    The moments are drawn (``seed``) within the measured duration of the uninterrupted
    build, one in each of ``trials`` equal slices of it, so the end of the build (identity
    resolution, compaction) is drawn as often as its start.
    """
    source = str(_synthetic(tmp_path / "news.jsonl", articles))
    builds = _Builds()
    try:
        reference = tmp_path / "reference"
        ended, duration = builds.run(["build", "-q", "--store", str(reference), source])
        assert ended == "exit 0", ended
        (tmp_path / "ref-out").mkdir()
        expected = _observed(reference, tmp_path / "ref-out")
        rng = random.Random(seed)
        log = [f"uninterrupted build of {articles} articles: {duration:.1f} s"]
        print(log[-1], flush=True)
        killed = 0
        for trial in range(trials):
            share = rng.uniform(trial / trials, (trial + 1) / trials)  # of the build's duration
            took = duration
            for attempt in range(3):  # a build quicker than the measured one is run again
                store = tmp_path / f"killed-{trial}-{attempt}"
                moment = share * took
                ended, took = builds.run(["build", "-q", "--store", str(store), source], kill_after=moment)
                if ended == f"signal {signal.SIGKILL}":
                    outcome = f"killed: {_phase(store)}"
                    killed += 1
                    break
                outcome = f"{ended}, finished before the kill"
            where = f"trial {trial}, kill at {moment:.2f} s ({outcome})"
            print(where, flush=True)
            rerun, _ = builds.run(["build", "-q", "--store", str(store), source])  # same inputs
            assert rerun == "exit 0", f"{where}: rerun {rerun}"
            with Store(store, read_only=True) as opened:
                assert opened.unmerged() == [], where  # what `kg validate` checks first
            assert not (store / PENDING_RESOLUTION).exists(), where
            (tmp_path / f"out-{trial}").mkdir()
            observed = _observed(store, tmp_path / f"out-{trial}")
            assert observed[0] == expected[0], f"{where}: N-Quads differ"
            assert observed[1] == expected[1], f"{where}: N-Triples differ"
            assert observed[2] == expected[2], f"{where}: kg stats differ"
            assert observed[3] == expected[3], f"{where}: kg validate differs"
            log.append(f"{where}: rerun equals the uninterrupted build")
            print("  rerun equals the uninterrupted build", flush=True)
        log.append(f"{killed} of {trials} trials killed a build; every rerun equals the uninterrupted build")
        print(log[-1], flush=True)
    finally:
        builds.close()
    return log


POSIX = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks warm build processes (POSIX)")

#: statements per bulk load in the kill trials (KG_BATCH_QUADS): about five articles, so a build
#: writes many batches instead of one at its end
KILL_BATCH_QUADS = 2_000


@POSIX
def test_kill_9_at_random_moments_of_a_build_then_a_rerun_equals_an_uninterrupted_build(
    tmp_path: Path,
) -> None:
    _kill_trials(tmp_path, articles=30, trials=3, seed=9)


@POSIX
@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("KG_FUZZ"), reason="about 5 minutes: run by scripts/fuzz (KG_FUZZ=1)")
def test_kill_9_at_ten_random_moments_of_a_build_of_200_articles(tmp_path: Path) -> None:
    _kill_trials(tmp_path, articles=200, trials=10, seed=2024)


# -- properties over arbitrary articles ----------------------------------------------------------------

TITLES = [
    "Wali Kota Malang",
    "Wakil Wali Kota Batu",
    "Bupati Sleman",
    "Gubernur Jawa Timur",
    "Sekretaris Daerah (Sekda) Kota Malang",
    "Kepala Dinas Pendidikan Kota Batu",
    "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Kendal",
    "Penjabat (Pj.) Bupati Pati",
    "Plt. Kepala Dinas Kesehatan",
    "Menteri Keuangan",
    "Ketua DPRD Kota Surabaya",
    "Camat Lowokwaru",
]
NAMES = [
    "Hendra Gunawan",
    "Erik Setyo Santoso",
    "Dr. Ir. Sri Hidayat, M.Si.",
    "Hj. Siti Nur'aini",
    "Baskara Wira Pradana",
    "I Gusti Ngurah Rai",
    "Muhammad bin Abdullah",
    "Budi",
]
PLACES = ["Balai Kota Malang", "Stadion Gajayana", "Pendopo Kabupaten Sleman", "Hotel Santika Pacitan"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
VERBS = ["kata", "ujar", "tutur", "ungkap", "jelas"]

# arbitrary Unicode: right-to-left scripts, zero-width and bidi controls, combining marks,
# control characters; no surrogates (a str holding one cannot be written as UTF-8)
ODD = st.sampled_from(
    ["\u200b", "\u200d", "\u200e", "\u202e", "\u2066", "\ufeff", "\u0301", "\u0651", "\x00", "\x07", "\x1b",
     "\x85", "\u2028", "\r", "\t", "\xa0", "שלום", "مرحبا", "東京", "🇮🇩", "İ", "ß", "ﬁ", "Ⅻ", "＂", "“", "”"]
)  # fmt: skip
ANY = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
NAME = st.one_of(
    st.sampled_from(NAMES),
    st.builds(
        lambda first, rest: first.upper() + rest,
        st.characters(exclude_categories=("Cs",)),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
    ),
    st.builds("".join, st.lists(st.one_of(st.sampled_from(NAMES), ODD), min_size=1, max_size=4)),
)
DATE = st.builds(
    lambda day, d, m, y: f"{day} ({d}/{m}/{y})",
    st.sampled_from(DAYS),
    st.integers(0, 32),
    st.integers(0, 13),
    st.sampled_from([1999, 2024, 2025, 25, 0]),
)
SENTENCE = st.one_of(
    st.builds(
        lambda t, n, p, d: f"{t} {n} membuka rapat koordinasi di {p}, {d}.",
        st.sampled_from(TITLES),
        NAME,
        st.sampled_from(PLACES),
        DATE,
    ),
    st.builds(lambda q, v, n: f"“{q},” {v} {n}.", ANY, st.sampled_from(VERBS), NAME),
    st.builds(lambda q, n: f'"{q}" kata {n}', ANY, NAME),
    st.builds(lambda t, n: f"Turut hadir {t} {n} dan jajaran Forkopimda.", st.sampled_from(TITLES), NAME),
    st.builds(lambda n, t: f"{n}, {t}, menerima penghargaan Adipura.", NAME, st.sampled_from(TITLES)),
    st.sampled_from(TITLES),
    DATE,
    ANY,
    ODD,
)
TEXT = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps, strict=False)),
    st.lists(SENTENCE, min_size=1, max_size=8),
    st.lists(st.sampled_from([" ", "\n", "\n\n", "", " ", "\u2029"]), min_size=8, max_size=8),
)
TITLE = st.one_of(st.builds(lambda t, n: f"{t} {n} Hadiri Apel", st.sampled_from(TITLES), NAME), ANY)
ARTICLE = st.builds(Article, title=TITLE, text=TEXT, date=st.sampled_from([None, "2024-11-19"]))
ARTICLES = st.lists(ARTICLE, min_size=1, max_size=3)

IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+")


def _iris(quads: list[ox.Quad]) -> set[str]:
    return {
        term.value
        for q in quads
        for term in (q.subject, q.predicate, q.object, q.graph_name)
        if isinstance(term, ox.NamedNode)
    }


def _assert_valid_iris(quads: list[ox.Quad]) -> None:
    for iri in _iris(quads):
        assert IRI.fullmatch(iri) and iri.isprintable(), f"not an absolute IRI: {iri!r}"
        # a strict parser reads it back as the same IRI
        [parsed] = ox.parse(f"<{iri}> <{iri}> <{iri}> .\n".encode(), format=ox.RdfFormat.N_TRIPLES)
        assert parsed.subject.value == iri


def _assert_evidence_quotes_the_text(quads: list[ox.Quad], texts: dict[str, str]) -> int:
    """Every position selector cut from its article's text equals its quote selector's ``oa:exact``."""
    values: dict[str, dict[str, str]] = defaultdict(dict)
    source: dict[str, str] = {}
    for q in quads:
        if q.predicate in (OA.exact, OA.start, OA.end):
            values[q.subject.value][q.predicate.value] = q.object.value
        elif q.predicate == OA.hasSource:
            source[q.subject.value] = q.object.value
    checked = 0
    for node, fields in values.items():
        if OA.start.value not in fields:
            continue
        annotation = node.removesuffix("#position")
        exact = values[f"{annotation}#quote"][OA.exact.value]
        text = texts[source[f"{annotation}#target"]]
        start, end = int(fields[OA.start.value]), int(fields[OA.end.value])
        assert 0 <= start <= end <= len(text), (start, end, len(text))
        assert text[start:end] == exact, (text[start:end], exact)
        checked += 1
    return checked


def _compact_spans(quads: list[ox.Quad], texts: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Each compact annotation's offsets, checked to lie within the article text the graph states."""
    bodies = {q.subject.value: q.object.value for q in quads if q.predicate == SCHEMA.articleBody}
    assert bodies == texts
    spans = {}
    for q in quads:
        if q.predicate == OA.hasTarget:
            parsed = iris.parse_span(q.object.value)
            assert parsed is not None, q.object.value
            article, start, end = parsed
            assert 0 <= start <= end <= len(bodies[article]), (start, end, len(bodies[article]))
            spans[q.subject.value] = (start, end)
    return spans


@_examples(40, fuzz=4700)
@given(ARTICLE)
def test_evidence_offsets_quote_the_article_text_exactly(article: Article) -> None:
    extraction = extract(article)
    texts = {iris.article(article.key).value: article.text}
    full = [ox.Quad(t.subject, t.predicate, t.object) for t in triples(extraction, Evidence.FULL)]
    assert _assert_evidence_quotes_the_text(full, texts) >= 0
    # the compact form points at the same spans of the same text
    compact = [ox.Quad(t.subject, t.predicate, t.object) for t in triples(extraction)]
    positions: dict[str, dict[str, int]] = defaultdict(dict)
    for q in full:
        if q.predicate in (OA.start, OA.end):
            positions[q.subject.value.removesuffix("#position")][q.predicate.value] = int(q.object.value)
    expected = {a: (p[OA.start.value], p[OA.end.value]) for a, p in positions.items()}
    assert _compact_spans(compact, texts) == expected


@_examples(40, fuzz=4700)
@given(ARTICLE)
def test_every_iri_minted_from_arbitrary_text_is_valid(article: Article) -> None:
    _assert_valid_iris([ox.Quad(t.subject, t.predicate, t.object) for t in triples(extract(article))])


RDF_FORMATS = {
    name: fmt
    for name, f in formats().items()
    if (fmt := ox.RdfFormat.from_extension(f.extension.lstrip("."))) is not None
}


#: the formats that keep the article graphs (the others write the merged graph)
PER_ARTICLE = {"nquads", "trig"}


def test_every_rdf_export_format_is_tried() -> None:
    assert sorted(RDF_FORMATS) == ["jsonld", "nquads", "ntriples", "trig", "turtle"]  # a new one: add it


@_examples(20, fuzz=600)
@given(ARTICLES)
def test_arbitrary_articles_build_and_every_export_reparses_to_the_same_statements(
    tmp_path_factory: pytest.TempPathFactory, articles: list[Article]
) -> None:
    folder = tmp_path_factory.mktemp("build")
    with Store(folder / "store") as store:
        report = build([], store, articles=articles)
        assert not [p for p in report.problems if "failed" in p.reason], report.problems  # no crash
        assert store.unmerged() == []
        merged = [ox.Quad(q.subject, q.predicate, q.object) for q in store.quads(named=False)]
        named = list(store.quads(named=True))
        for name, fmt in RDF_FORMATS.items():
            path = export(store, name, folder / f"kg.{name}")
            parsed = set(ox.parse(path=str(path), format=fmt))
            assert parsed == set(named if name in PER_ARTICLE else merged), name
    _assert_valid_iris(named)
    texts = {iris.article(key).value: a.text for key, a in unique_keys(articles)}
    _assert_evidence_quotes_the_text(named, texts)
