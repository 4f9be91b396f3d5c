"""Make Tests/Fixtures/tfidf-sklearn.json: scikit-learn TfidfTransformer reference values.

Counts: the seed page seeds/000_7ace637069ccde80.txt is split on blank lines into paragraphs,
all whitespace is removed from each, and empty paragraphs are dropped. The first 14 paragraphs
go through CountVectorizer(analyzer='char', ngram_range=(2, 2), max_features=60). It is fitted on
those 14 only, so every column occurs at least once and smooth_idf=False gives no infinite idf.
Two rows are then added: an empty document (all zeros), and a row where one term has count 9
(plus two terms with count 1) so that sublinear_tf also changes the L2-normalised result.
Cases: TfidfTransformer(use_idf=True) for every sublinear_tf x smooth_idf x norm ('l2', None),
recording idf_ and the dense transform. Floats are written with Python's repr (full float64).

Rerun from the repository root:
    ~/.cache/newsdigest-peers/venv/bin/python scripts/make_tfidf_fixture.py
"""
import itertools
import json
import os
import re

import numpy as np
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "seeds", "000_7ace637069ccde80.txt")
OUT = os.path.join(HERE, "..", "Tests", "Fixtures", "tfidf-sklearn.json")


def main():
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    paragraphs = [re.sub(r"\s+", "", p) for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p][:14]

    vectorizer = CountVectorizer(analyzer="char", ngram_range=(2, 2), max_features=60)
    counts = vectorizer.fit_transform(paragraphs).toarray().astype(np.int64)
    empty = np.zeros((1, counts.shape[1]), dtype=np.int64)
    heavy = np.zeros((1, counts.shape[1]), dtype=np.int64)
    heavy[0, 0], heavy[0, 1], heavy[0, 2] = 9, 1, 1
    counts = np.vstack([counts, empty, heavy])
    assert (counts > 0).any(axis=0).all(), "a column with df=0 would give an infinite idf"

    cases = []
    for sublinear, smooth, norm in itertools.product([True, False], [True, False], ["l2", None]):
        tf = TfidfTransformer(sublinear_tf=sublinear, smooth_idf=smooth, norm=norm, use_idf=True)
        result = tf.fit_transform(counts).toarray()
        cases.append({"sublinearTF": sublinear, "smoothIDF": smooth, "norm": norm,
                      "idf": tf.idf_.tolist(), "tfidf": result.tolist()})

    rows, cols = counts.shape
    head = {"generator": "scikit-learn %s TfidfTransformer" % sklearn.__version__,
            "rows": rows, "cols": cols, "counts": counts.tolist()}
    dump = lambda obj: json.dumps(obj, separators=(",", ":"), allow_nan=False)  # noqa: E731
    lines = [dump(head)[:-1] + ',"cases":[']
    lines.append(",\n".join(dump(c) for c in cases))
    lines.append("]}\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote %s: %d x %d counts, %d cases" % (os.path.normpath(OUT), rows, cols, len(cases)))


if __name__ == "__main__":
    main()
