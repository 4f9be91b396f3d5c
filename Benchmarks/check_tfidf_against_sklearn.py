#!/usr/bin/env python3
"""Check `newsdigest vectorize` output against scikit-learn.

Applies TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm='l2') -- the defaults of
`newsdigest vectorize` -- to DIR/counts.mtx and compares the result with DIR/tfidf.mtx.
Prints one JSON object; exits 1 when the largest difference exceeds 1e-5.

    newsdigest vectorize CORPUS --output DIR
    ~/.cache/newsdigest-peers/venv/bin/python Benchmarks/check_tfidf_against_sklearn.py DIR
"""
import json
import sys

import numpy as np
import scipy.io
import sklearn
from sklearn.feature_extraction.text import TfidfTransformer


def main():
    folder = sys.argv[1]
    counts = scipy.io.mmread(f"{folder}/counts.mtx").tocsr()
    ours = scipy.io.mmread(f"{folder}/tfidf.mtx").tocsr()
    theirs = TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2").fit_transform(counts)
    diff = abs(ours - theirs)
    largest = float(diff.max()) if diff.nnz else 0.0
    print(json.dumps({
        "folder": folder, "shape": list(counts.shape), "nonzero": int(counts.nnz),
        "max_abs_difference": largest, "within_1e-5": largest <= 1e-5,
        "sklearn": sklearn.__version__,
    }))
    return 0 if largest <= 1e-5 else 1


if __name__ == "__main__":
    sys.exit(main())
