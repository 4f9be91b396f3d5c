"""Make Tests/Fixtures/rouge-chinese.json: rouge-chinese reference scores.

Pairs of (hypothesis, reference) are cut from the seed page (seeds/), so no corpus text is
copied into the repository. Each is scored as ../shared/peers/summarize.py scores: rouge-chinese
Rouge() F1 for rouge-1, rouge-2 and rouge-l on space-separated content characters (Unicode
letters and digits).

Rerun from the repository root:
    ~/.cache/newsdigest-peers/venv/bin/python scripts/make_rouge_fixture.py
"""
import json
import os
import re
import unicodedata

from rouge_chinese import Rouge

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "seeds", "000_7ace637069ccde80.txt")
OUT = os.path.join(HERE, "..", "Tests", "Fixtures", "rouge-chinese.json")


def content(s):
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


def main():
    text = re.sub(r"\s+", "", open(SEED, encoding="utf-8").read())
    sentences = [s for s in re.split(r"(?<=[。！？])", text) if len(content(s)) >= 8]
    pairs = [(sentences[i], sentences[i + 1]) for i in range(0, 16, 2)]
    pairs += [(sentences[3] + sentences[4], sentences[4]), (sentences[5], sentences[5]),
              ("衢江区召开安全生产工作部署会", sentences[20])]
    rouge = Rouge()
    cases = []
    for hyp, ref in pairs:
        h, r = " ".join(content(hyp)), " ".join(content(ref))
        s = rouge.get_scores(h, r)[0]
        cases.append({"hypothesis": hyp, "reference": ref,
                      "rouge1": s["rouge-1"]["f"], "rouge2": s["rouge-2"]["f"], "rougeL": s["rouge-l"]["f"]})
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"generator": "rouge-chinese Rouge()", "cases": cases}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
