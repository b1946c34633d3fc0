"""Train the CRF NER model (``kg/resources/ner-crf.model``) on idner-news-2k.

c1/c2 are chosen on a deterministic ~15% hold-out of TRAIN (the dev split is
only reported, never used for selection); the final model is then refit on
all of TRAIN.

    .venv/bin/python scripts/train_ner.py
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # allow running as a plain script from a checkout
    sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from kg.ner import read_conll, score  # noqa: E402
from kg.ner.features import sent2features  # noqa: E402

Sentences = list[tuple[list[str], list[str]]]
DEFAULT_DATA = ROOT.parent / "shared" / "corpus" / "dev" / "idner-news-2k"
# Written into the checkout: the package ships it (kg.paths.ner_model()).
MODEL_OUT = ROOT / "kg" / "resources" / "ner-crf.model"


def train(sents: Sentences, path: Path, c1: float, c2: float, minfreq: float, max_iter: int) -> None:
    """Fit an L-BFGS CRF on ``sents`` and write it to ``path``."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for tokens, labels in sents:
        trainer.append(sent2features(tokens), labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iter,
            "feature.minfreq": minfreq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))


def predict(model: Path, sents: Sentences) -> tuple[list[list[str]], float]:
    """Tag ``sents`` with ``model``; return predictions and tokens/second (features included)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    start = time.perf_counter()
    pred = [list(tagger.tag(sent2features(tokens))) for tokens, _ in sents]
    elapsed = time.perf_counter() - start
    tagger.close()
    n_tokens = sum(len(tokens) for tokens, _ in sents)
    return pred, n_tokens / elapsed if elapsed else float("inf")


def micro_f1(model: Path, sents: Sentences) -> float:
    """Exact-span micro-F1 of ``model`` on ``sents``."""
    pred, _ = predict(model, sents)
    return score([labels for _, labels in sents], pred)["micro"]["f1"]


def report(title: str, result: dict[str, dict[str, float]]) -> None:
    """Print a per-label P/R/F1 table."""
    print(f"\n{title}")
    print(f"  {'label':6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for label, m in result.items():
        print(
            f"  {label:6} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}"
            f" {m['tp']:5d} {m['fp']:5d} {m['fn']:5d}"
        )


def split_holdout(sents: Sentences, fraction: float, seed: int) -> tuple[Sentences, Sentences]:
    """Deterministic shuffled split of TRAIN into (fit, held-out)."""
    order = list(range(len(sents)))
    random.Random(seed).shuffle(order)
    n_held = round(len(sents) * fraction)
    held = set(order[:n_held])
    fit = [s for i, s in enumerate(sents) if i not in held]
    return fit, [sents[i] for i in sorted(held)]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="directory with train.txt and dev.txt")
    ap.add_argument("--out", type=Path, default=MODEL_OUT)
    ap.add_argument("--holdout", type=float, default=0.15)
    ap.add_argument("--seed", type=int, default=13)
    # c1 > 0 throughout: pure L2 (c1=0) keeps every feature and the model grows past ~6 MB.
    ap.add_argument("--c1", type=float, nargs="+", default=[0.01, 0.02, 0.05, 0.1, 0.2])
    ap.add_argument("--c2", type=float, nargs="+", default=[0.001, 0.01, 0.05, 0.1])
    ap.add_argument("--minfreq", type=float, default=1.0)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--max-mb", type=float, default=5.0, help="fail if the final model is larger")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Tune c1/c2 on a TRAIN hold-out, refit on TRAIN, write the model, report dev scores."""
    args = parse_args(argv)
    train_sents = read_conll(args.data / "train.txt")
    dev_sents = read_conll(args.data / "dev.txt")
    fit, held = split_holdout(train_sents, args.holdout, args.seed)
    print(f"train {len(train_sents)} sentences (fit {len(fit)}, held-out {len(held)}), dev {len(dev_sents)}")

    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_model = Path(tmp) / "grid.model"
        for c1, c2 in itertools.product(args.c1, args.c2):
            train(fit, tmp_model, c1, c2, args.minfreq, args.max_iter)
            f1 = micro_f1(tmp_model, held)
            print(f"  c1={c1:<6g} c2={c2:<6g} held-out micro-F1={f1:.4f}")
            if f1 > best[0]:
                best = (f1, c1, c2)
    _, c1, c2 = best
    print(f"best c1={c1:g} c2={c2:g} (held-out micro-F1={best[0]:.4f}); refitting on all of TRAIN")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = args.out.with_suffix(".tmp")
    train(train_sents, tmp_out, c1, c2, args.minfreq, args.max_iter)
    tmp_out.replace(args.out)

    pred, speed = predict(args.out, dev_sents)
    report("dev (exact span match)", score([labels for _, labels in dev_sents], pred))
    size_mb = args.out.stat().st_size / 1e6
    print(f"\nmodel {args.out} {size_mb:.2f} MB; tagging speed {speed:,.0f} tokens/s")
    if size_mb > args.max_mb:
        print(f"error: model is larger than --max-mb {args.max_mb:g}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
