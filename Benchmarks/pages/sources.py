"""Real articles for the page generator: People's Daily, 1-20 January 1998.

Each corpus record becomes a `Story`: a cleaned headline (kicker / title /
subtitle), an optional lead (dateline or byline), an optional editor's note
and the body paragraphs, exactly as they will be printed.  Anything this module
cannot read with confidence (tables, poems, stacked bylines it cannot tell from
headlines) is left out of the pools rather than guessed at, so the gold stays
true to what the page shows.
"""

import datetime
import gzip
import json
import re
from dataclasses import dataclass, field

CORPUS = "/work/shared/data/rmrb1998-01-01_20.jsonl.gz"

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Picture annotations the corpus appends to headlines or puts on a body line.
ANNOTATION = re.compile(r"（(附)?图片[０-９\d]*张?）|（传真照片）")

# A paragraph a piece may end on: one that closes a sentence.
SENTENCE_END = re.compile(r"[。！？…”’」』）)]$")
SENTENCE_PUNCT = re.compile(r"[。！？，；：]")

_NUM = r"[０-９0-9一二三四五六七八九十〇○]"
_DATE = _NUM + r"{1,4}月" + _NUM + r"{1,3}日"
# "…记者张三报道：" run on after 电/讯, with no sentence punctuation before it.
_REPORTED = r"[^，。；：“”（）]{0,20}?(记者|通讯员)[^，。；：“”（）]{0,12}?报道："
# 本报北京１月５日讯记者张三报道： / 新华社北京１月５日电（记者张三） /
# 据新华社汉城１月３日电（记者朱克川） / 新华社北京１月１１日电 / 本报石家庄电记者X报道：
# No place opens with 讯: `本报讯北京市电话局…` is 本报讯 (BENBAO_XUN), not a lead filed from 讯北京市.
DATELINE = re.compile(
    r"^(据)?(本报|新华社|中新社)(?!讯)([\u4e00-\u9fff]{0,10}?" + _DATE + r"|[\u4e00-\u9fff]{2,8}?)(电|讯)"
    r"(（[^（）]{1,60}）|" + _REPORTED + ")?")
# 本报讯（记者 刘威 李钱乾） / 本报讯记者江世杰报道： / bare 本报讯
BENBAO_XUN = re.compile(r"^本报讯(（[^（）]{1,60}）|" + _REPORTED + ")?")
# A whole first line naming reporters: 本报记者许立群, 本报驻泰国记者成元生,
# 新华社记者蔡晖贾永新华社通讯员张应银樊增民.
REPORTER_LINE = re.compile(r"^[\u4e00-\u9fff《》、·]{4,40}$")
NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# An office and a name: 国家税务总局党组书记、副局长项怀诚.
OFFICE_LINE = re.compile(
    r"^(?P<office>[\u4e00-\u9fff、（）]{2,26}?(书记|局长|部长|主任|市长|县长|省长|院长|行长|"
    r"总经理|经理|董事长|团长|所长|校长|主席|研究员|教授|专员|导演|总裁|厂长|司令员|政委|"
    r"社长|会长|秘书长))(?P<name>[\u4e00-\u9fff]{2,3})$")
PHOTO_LINE = re.compile(r"^（?(图片：|图为|压题照片)|摄）$")
AUTHOR_NOTE = re.compile(r"^（作者[^（）]{2,40}）$")
SPEECH_VERB = re.compile(r"(强调|指出|表示|要求|时说|认为|宣布|批示|提出|呼吁)$")
# Photo credits as the corpus prints them: （新华社记者戴浩摄）.
CREDIT = re.compile(
    r"（(?P<org>(新华社|本报|中新社)?(特约)?(记者|通讯员)?)(?P<names>[\u4e00-\u9fff、]{2,12}?)摄）$")


@dataclass
class Story:
    """One corpus record, parsed into what a page can print."""
    id: str
    date: str
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    lead_line: bool = False          # lead is a line of its own (byline), not run into paragraph 1
    byline_kind: str | None = None   # 'reporter', 'name', 'office', 'commentator' for a byline line
    note: str | None = None          # 编者按 paragraph
    deck: str | None = None          # lower deck of a two-deck headline: kicker or subtitle reading
    author_note: str | None = None   # standalone （作者为…） last paragraph, cut from body
    body: list[str] = field(default_factory=list)


@dataclass
class Caption:
    """A photo caption: optional title, text, and the parsed credit."""
    id: str
    title: str | None
    text: str
    org: str          # 新华社记者, 本报记者 … or ''
    names: list[str]


def han_count(text):
    counts = {}
    for ch in HAN.findall(text):
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def clean_title(title):
    return ANNOTATION.sub("", title).strip()


def split_dateline(paragraph):
    """The dateline lead at the start of a paragraph, or None (conservative)."""
    for pattern in (DATELINE, BENBAO_XUN):
        m = pattern.match(paragraph)
        if m and len(paragraph) - m.end() >= 10:
            return m.group()
    return None


def byline_kind(line):
    """What a short first line is when it is a byline, else None."""
    if SENTENCE_PUNCT.search(line) or len(line) > 40:
        return None
    if line == "本报评论员":
        return "commentator"
    if NAME_LINE.match(line):
        return "name"
    if OFFICE_LINE.match(line):
        return "office"
    if REPORTER_LINE.match(line) and ("记者" in line or "通讯员" in line) \
            and not line.endswith(("记者", "通讯员")):
        return "reporter"
    return None


def is_deck(line, following):
    """A second headline deck: short, not a sentence, not a list item or a
    byline; a comma is allowed when a dateline follows (…，…表示慰问 / 新华社…电)."""
    if not 6 <= len(line) <= 34 or SENTENCE_END.search(line) or re.match(r"[●（(０-９0-9]", line) \
            or byline_kind(line) is not None:
        return False
    return not SENTENCE_PUNCT.search(line) or bool(following and split_dateline(following))


def is_sentence_paragraph(p):
    return len(p) >= 15 and SENTENCE_PUNCT.search(p) is not None


def parse_story(rec):
    """A Story from a corpus record, or None when its shape is not clear."""
    title = clean_title(rec.get("title") or "")
    lines = [l.strip() for l in rec["body"].split("\n")]
    lines = [l for l in lines if l and not ANNOTATION.fullmatch(l)]
    if not title or not lines or len(title) > 34:
        return None
    s = Story(id=rec["id"], date=rec.get("date") or rec["issue"], title=title)
    if "——" in title:
        main, _, sub = title.partition("——")
        if not main or not sub.strip("—"):
            return None
        s.title, s.subtitle = main, "——" + sub.lstrip("—")
    first = lines[0]
    following = lines[1] if len(lines) > 1 else None
    if not SENTENCE_PUNCT.search(first) and len(first) <= 40 or is_deck(first, following):
        kind = byline_kind(first)
        if kind:
            s.lead, s.lead_line, s.byline_kind = first, True, kind
            lines = lines[1:]
        elif s.subtitle is None and is_deck(first, following):
            # A two-deck headline: the corpus keeps the upper deck as title and
            # the lower one as body line 1.  After …时强调 the upper deck is a
            # kicker; otherwise either reading is a plausible print (see deck).
            s.deck = ANNOTATION.sub("", first)
            if s.deck.startswith("—"):
                s.subtitle, s.deck = "——" + s.deck.lstrip("—"), None
            elif SPEECH_VERB.search(s.title):
                s.kicker, s.title, s.deck = s.title, first, None
            lines = lines[1:]
        else:
            return None
    if lines and s.lead is None and byline_kind(lines[0]):
        s.lead, s.lead_line, s.byline_kind = lines[0], True, byline_kind(lines[0])
        lines = lines[1:]
    # Captions of pictures the page will not print.
    lines = [l for l in lines if not PHOTO_LINE.search(l)]
    if lines and lines[0].startswith("编者按："):
        s.note, lines = lines[0], lines[1:]
    if not lines:
        return None
    if s.lead is None:
        lead = split_dateline(lines[0])
        if lead:
            s.lead = lead
            lines = [lines[0][len(lead):]] + lines[1:]
    if AUTHOR_NOTE.match(lines[-1]):
        s.author_note, lines = lines[-1], lines[:-1]
    if not lines or not is_sentence_paragraph(lines[0]):
        return None
    # A first paragraph that ends mid-air is a summary deck or a list head,
    # whose place in the headline the corpus does not record.
    if not SENTENCE_END.search(lines[0]) and not lines[0].endswith(("：", "—")):
        return None
    # A second deck is told from a stacked byline by what follows it: reports
    # under a two-deck headline open with a dateline or a reporter's byline.
    if (s.deck or s.kicker) and s.lead is None:
        return None
    # Tables, lists and poems: too many short lines to be running text.
    short = sum(1 for l in lines if len(l) < 12)
    if short * 4 > len(lines):
        return None
    s.body = lines
    return s


def truncate(paragraphs, limit, minimum):
    """The longest paragraph prefix within limit that ends a sentence, or None."""
    best, total = None, 0
    for i, p in enumerate(paragraphs):
        total += len(p)
        if total > limit:
            break
        if total >= minimum and SENTENCE_END.search(p):
            best = paragraphs[:i + 1]
    return best


def parse_captions(rec):
    """Photo captions of a （图片） record or of a 图片新闻 roundup."""
    title = rec.get("title") or ""
    body = rec["body"].replace("\n（传真照片）", "")
    if title.endswith("（图片）"):
        items = [(clean_title(title), body.replace("\n", ""))]
    elif title == "图片新闻":
        # "１、caption\n（新华社记者X摄）\n２、…": one caption per number.
        parts = re.split(r"(?:^|\n)[０-９]、", body)
        items = [(None, p.replace("\n", "")) for p in parts if p.strip()]
    else:
        return []
    out = []
    for cap_title, text in items:
        m = CREDIT.search(text)
        caption = text[:m.start()].strip() if m else ""
        if not m or not 25 <= len(caption) <= 200 or "\n" in caption:
            continue
        names = [n for n in m.group("names").split("、") if n]
        if not all(2 <= len(n) <= 4 for n in names):
            continue
        if cap_title is not None and not 2 <= len(cap_title) <= 16:
            cap_title = None
        out.append(Caption(rec["id"], cap_title, caption, m.group("org"), names))
    return out


# Characters no font set here prints (xeCJK sets the ratio sign `∶` of scores, `2∶3`, in
# the Latin font, which lacks it): the PDF would show nothing where the gold has them.
# Papers print such scores with the full-width colon too.
UNPRINTABLE = str.maketrans({"∶": "："})


def printable(record):
    """The record with what cannot be typeset replaced by what the paper prints instead."""
    return {k: v.translate(UNPRINTABLE) if isinstance(v, str) else v for k, v in record.items()}


class Library:
    """Pools of stories and captions, sorted by id so sampling is reproducible."""

    def __init__(self, path=CORPUS):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            records = sorted((printable(json.loads(l)) for l in f), key=lambda r: r["id"])
        self.stories = [s for s in map(parse_story, records) if s]
        self.captions = [c for r in records for c in parse_captions(r)]
        self.reporters = sorted({m for r in records
                                 for m in re.findall(r"记者([\u4e00-\u9fff]{2,3})报道：", r["body"])})
        self.used = set()

    def pick(self, rng, candidates, date=None, page=None, on_page=frozenset()):
        """A random candidate, never one of `on_page` (the ids the page already prints) while
        another is left. Preferred, in order: ones the paper printed on `date` on page
        `page`, then on `date`, that no page has printed yet; ones of the day either side not yet
        printed; the day's again; any not yet printed; any. A real page prints one day's stories:
        reports filed the same day stand side by side, and a cue such as two datelines naming one
        day must be measured among them (drawn from all twenty days, it had looked a roundup's
        mark). A record's id, `19980112-08-001`, names the day and page that printed it."""
        candidates = [c for c in candidates if c.id not in on_page] or candidates
        if not candidates:
            return None
        def printed(c, days):
            return date is not None and abs((datetime.date(int(c.id[:4]), int(c.id[4:6]), int(c.id[6:8])) - date).days) <= days
        fresh = [c for c in candidates if c.id not in self.used]
        of_day = [c for c in candidates if printed(c, 0)]
        of_page = [c for c in of_day if int(c.id[9:11]) == page]
        for pool in ([c for c in of_page if c.id not in self.used], [c for c in of_day if c.id not in self.used],
                     [c for c in fresh if printed(c, 1)], of_day, fresh, candidates):
            if pool:
                break
        choice = rng.choice(pool)
        self.used.add(choice.id)
        return choice
