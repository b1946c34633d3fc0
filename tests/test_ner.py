"""Tests for the CRF named-entity tagger in ``kg.ner``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ner import LABELS, read_conll, score, spans_from_bio, tag, tag_tokens, tokenize

IDNER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "idner-news-2k"
# Measured with the committed model (scripts/train_ner.py): dev micro-F1 0.832.
DEV_MICRO_F1 = 0.832

# Text that exercises the tokeniser's special cases, mixed with arbitrary unicode.
_TRICKY = [*"aZ09 .,;:!?()-—–…\"“”‘’'/\n\t\x00\x1f\u00a0\u2028😀", "Pj.", "ST,", "..."]
texts = st.lists(st.sampled_from(_TRICKY) | st.text(max_size=4), max_size=40).map("".join)


def _words(text: str) -> list[str]:
    """Token strings of ``text``."""
    return [text[s:e] for s, e in tokenize(text)]


@given(texts)
def test_tokenize_offsets_cover_tokens_exactly(text: str) -> None:
    """Spans are non-empty, whitespace-free, increasing, and together keep every non-space char."""
    spans = tokenize(text)
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        assert not any(ch.isspace() for ch in text[start:end])
        prev_end = end
    assert "".join(text[s:e] for s, e in spans) == "".join(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pj. Wali Kota Malang", ["Pj.", "Wali", "Kota", "Malang"]),
        ("Selasa (19/11/2024).", ["Selasa", "(19/11/2024)", "."]),
        ("Kota-kota besar, kata dia.", ["Kota-kota", "besar", ",", "kata", "dia", "."]),
        (
            "“Kami siap,” ujar Hendra, ST, MM.",
            ["“", "Kami", "siap", ",", "”", "ujar", "Hendra", ",", "ST", ",", "MM", "."],
        ),
        ("Partai Persatuan Pembangunan (PPP)", ["Partai", "Persatuan", "Pembangunan", "(PPP)"]),
        ("Rp1.638,5 naik 5%...", ["Rp1.638,5", "naik", "5%", "..."]),
        ("S.Sos. dan Tribunnews.com.", ["S.Sos.", "dan", "Tribunnews.com", "."]),
        ("", []),
        (" \n\t ", []),
    ],
)
def test_tokenize_follows_corpus_conventions(text: str, expected: list[str]) -> None:
    """Tokenisation matches how idner-news-2k splits punctuation."""
    assert _words(text) == expected


@settings(max_examples=50, deadline=None)
@given(texts)
def test_tag_never_raises_and_spans_match_text(text: str) -> None:
    """Any string tags without error and every span's text is its slice of the input."""
    for span in tag(text):
        assert span.label in LABELS
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text


def test_tag_finds_person_and_location_with_offsets() -> None:
    """A local-government sentence yields the governor (PER) and the city (LOC)."""
    text = "Gubernur Jawa Timur, Khofifah Indar Parawansa, meninjau Pasar Besar di Kota Malang."
    spans = tag(text)
    name = "Khofifah Indar Parawansa"
    assert (text.index(name), text.index(name) + len(name), "PER", name) in [
        (s.start, s.end, s.label, s.text) for s in spans
    ]
    assert all(0.0 < s.confidence <= 1.0 for s in spans)
    locs = [s for s in spans if s.label == "LOC" and "Malang" in s.text]
    assert locs, spans
    assert all(text[s.start : s.end] == s.text for s in locs)


def test_tag_long_article_finds_every_mention() -> None:
    """A 10,000+ character article is tagged whole (its speed: benchmarks/bench_ner.py)."""
    sentence = "Presiden Budi Hartono meresmikan Bendungan Bener di Purworejo, Jawa Tengah. "
    text = sentence * 200
    assert len(text) > 10_000
    spans = tag(text)
    assert sum(s.text == "Budi Hartono" for s in spans) == 200


def test_tag_tokens_empty_and_labels() -> None:
    """tag_tokens returns one BIO label per token."""
    assert tag_tokens([]) == []
    labels = tag_tokens(["Presiden", "Budi", "Hartono", "tiba", "di", "Jakarta", "."])
    assert len(labels) == 7
    assert all(lab == "O" or lab[2:] in LABELS for lab in labels)


def test_spans_from_bio() -> None:
    """BIO decoding follows conlleval: a stray I- opens a span, a type change closes one."""
    assert spans_from_bio(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    assert spans_from_bio(["O", "I-LOC", "I-LOC"]) == {(1, 3, "LOC")}
    assert spans_from_bio(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}
    assert spans_from_bio(["B-ORG", "B-ORG"]) == {(0, 1, "ORG"), (1, 2, "ORG")}
    assert spans_from_bio([]) == set()


def test_score_counts_exact_spans() -> None:
    """Label errors and boundary errors each cost one fp and one fn."""
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    result = score(gold, pred)
    assert result["PER"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["LOC"]["tp"] == 0 and result["LOC"]["fn"] == 1 and result["LOC"]["fp"] == 0
    assert (result["ORG"]["tp"], result["ORG"]["fp"], result["ORG"]["fn"]) == (0, 2, 1)
    micro = result["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (1, 2, 2)
    assert micro["precision"] == pytest.approx(1 / 3)
    assert micro["recall"] == pytest.approx(1 / 3)
    assert micro["f1"] == pytest.approx(1 / 3)


def test_score_edge_cases() -> None:
    """No entities gives zeros; mismatched lengths are an error."""
    assert score([["O"]], [["O"]])["micro"] == {
        "tp": 0,
        "fp": 0,
        "fn": 0,
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
    }
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])
    with pytest.raises(ValueError):
        score([["O"]], [])


def test_read_conll(tmp_path: Path) -> None:
    """Sentences are separated by blank lines; the last column is the label."""
    path = tmp_path / "tiny.txt"
    path.write_text("Kata NOUN O\nAnis PROPN B-PER\n\n\nDi ADP O\nPPP PROPN B-ORG\n", encoding="utf-8")
    assert read_conll(path) == [(["Kata", "Anis"], ["O", "B-PER"]), (["Di", "PPP"], ["O", "B-ORG"])]


def test_dev_micro_f1() -> None:
    """The shipped model keeps its measured dev-split score (gold tokenisation)."""
    if not (IDNER / "dev.txt").is_file():
        pytest.skip(f"idner-news-2k dev split not available at {IDNER} (needs ../shared beside the repo)")
    dev = read_conll(IDNER / "dev.txt")
    pred = [tag_tokens(tokens) for tokens, _ in dev]
    micro = score([labels for _, labels in dev], pred)["micro"]
    assert micro["f1"] >= DEV_MICRO_F1 - 0.01, micro


def test_attributes_are_the_feature_dicts_as_crfsuite_reads_them() -> None:
    """Tagging reads sent2attributes; training writes sent2features: the two must say the same thing."""
    from kg.ner.features import attributes, sent2attributes, sent2features

    sentences = [
        _words(text) for text in (*_SAMPLE_SENTENCES, "Gubernur Jawa Timur Khofifah Indar Parawansa")
    ]
    if (IDNER / "dev.txt").is_file():
        sentences += [tokens for tokens, _ in read_conll(IDNER / "dev.txt")[:300]]
    for tokens in sentences:
        every = [list(attributes(f)) for f in sent2features(tokens)]
        assert sent2attributes(tokens) == every
        known = frozenset(a for attrs in every for a in attrs)  # each attribute kept, in the same order
        assert sent2attributes(tokens, known) == [[a.encode() for a in attrs] for attrs in every]


def test_run_attributes_of_tagging_equal_run_features_of_training() -> None:
    """The run attributes that tagging reads (_run_attributes) are those of the run features that
    training writes (_run_features), token by token, in the sample corpus's sentences: the caps
    on run length and position are defined once."""
    from conftest import SAMPLE

    from kg.ner.features import _run_attributes, _run_features, _word, attributes, capital_runs
    from kg.text.sentences import split

    sentences = [
        _words(sentence.text)
        for path in sorted(SAMPLE.glob("*.txt"))
        for sentence in split(path.read_text(encoding="utf-8"))
    ]
    sentences.append(_words("Penjabat Wali Kota Malang Iwan Kurniawan Budi Santoso Raharjo hadir."))
    long_runs = 0
    for tokens in sentences:
        training = [
            attributes(_run_features(tokens, i, run)) if run is not None else ()
            for i, run in enumerate(capital_runs(tokens))
        ]
        known = frozenset(a for attrs in training for a in attrs)
        read = _run_attributes([_word(t, known) for t in tokens], known)
        assert read == [tuple(a.encode() for a in attrs) for attrs in training], tokens
        long_runs += any("run_len:5" in attrs for attrs in training)
    assert len(sentences) > 50 and long_runs  # runs past the caps were compared too


@given(st.lists(st.sampled_from(_TRICKY) | st.text(max_size=6), max_size=12))
@settings(max_examples=200)
def test_attributes_match_features_for_any_tokens(tokens: list[str]) -> None:
    from kg.ner.features import attributes, sent2attributes, sent2features

    tokens = [t for t in tokens if t]
    every = sent2attributes(tokens)
    assert every == [list(attributes(f)) for f in sent2features(tokens)]
    known = frozenset(a for attrs in every for a in attrs[::2])  # any subset: the model's is one
    assert sent2attributes(tokens, known) == [[a.encode() for a in attrs if a in known] for attrs in every]


def test_the_model_reads_its_own_attributes_alone_the_same() -> None:
    """Tagging keeps only the attributes the model knows (model_attributes): the same labels and
    marginals as with every attribute, which crfsuite would skip anyway."""
    import pycrfsuite

    from kg.ner import MODEL_PATH, model_attributes
    from kg.ner.features import sent2attributes

    known = model_attributes()
    assert "bias" in known and "w:kota" in known and "bi-1:x|zzqv" not in known
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    weighted = {attribute for attribute, _ in tagger.info().state_features}
    assert weighted <= known and len(known) == int(tagger.info().header["num_attrs"])
    sentences = [
        _words(text) for text in (*_SAMPLE_SENTENCES, "Gubernur Jawa Timur Khofifah Indar Parawansa")
    ]
    if (IDNER / "dev.txt").is_file():
        sentences += [tokens for tokens, _ in read_conll(IDNER / "dev.txt")[:300]]
    for tokens in sentences:
        every, kept = sent2attributes(tokens), sent2attributes(tokens, known)
        assert kept == [[a.encode() for a in attrs if a in known] for attrs in every]
        read = []
        for xseq in (every, kept):
            labels = tagger.tag(xseq)
            read.append((labels, [tagger.marginal(label, i) for i, label in enumerate(labels)]))
        assert read[0] == read[1]


_SAMPLE_SENTENCES = (
    "Penjabat (Pj.) Wali Kota Malang Iwan Kurniawan, ST, MM meninjau Kelurahan Oro-oro Dowo.",
    "Sekda Kota Malang Erik Setyo Santoso (19/11/2024) bersama DPRD dan Bappeda kota-kota lain.",
)


@given(st.text(max_size=12) | st.sampled_from(_TRICKY))
def test_shapes_are_the_character_class_substitutions(word: str) -> None:
    """shape and short_shape give what the regex definitions give (they are written without them for speed)."""
    import re

    from kg.ner.features import shape, short_shape

    expected = re.sub(r"[0-9]", "d", re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", word)))
    assert shape(word) == expected
    assert short_shape(word) == re.sub(r"(.)\1+", r"\1", expected)
