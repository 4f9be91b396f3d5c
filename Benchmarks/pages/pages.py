"""Newspaper pages as data: pieces in cells in rows, plus page furniture.

A `Page` holds everything latex.py needs to typeset it and everything the
gold file records, so the two cannot drift apart: the gold is read off the
same objects the TeX is written from.  The composers below choose real
articles (sources.py) sized to fill a modular grid, one composer per layout
family.
"""

import datetime
import math
import re
from dataclasses import dataclass, field

from sources import HAN, OFFICE_LINE, SENTENCE_END, is_sentence_paragraph, truncate

PT_PER_MM = 72.27 / 25.4
GOLD_FIELDS = ("source", "kind", "kicker", "title", "subtitle", "editorsNote",
               "lead", "body", "signature", "credit")
FAMILIES = ("stacked", "band", "photo", "commentary", "briefs", "mixed", "tabloid", "framed",
            "feature")
# Held out since session 27; `tabloid` was held out before and has been tuned on since.
# `feature` (session 30) was scored once on nine seeds before any reader change, then tuned on.
HELD_OUT = "framed"

# Fonts: song (body), hei (headlines), kai (notes, bylines).  Fandol and the
# GB fonts lack rare characters (镕 of 朱镕基 among them); a page whose log
# reports a missing glyph is set again in FALLBACK_FONTS.
FONT_SETS = (
    {"song": "FandolSong-Regular.otf", "hei": "FandolHei-Bold.otf", "kai": "FandolKai-Regular.otf"},
    {"song": "Noto Serif CJK SC", "hei": "Noto Sans CJK SC Bold", "kai": "AR PL UKai CN"},
    {"song": "AR PL UMing CN", "hei": "WenQuanYi Zen Hei", "kai": "AR PL UKai CN"},
    {"song": "AR PL SungtiL GB", "hei": "Noto Sans CJK SC Bold", "kai": "AR PL KaitiM GB"},
)
FALLBACK_FONTS = FONT_SETS[1]

SECTIONS = ("要闻", "国内新闻", "经济", "国际", "理论", "文化", "教科文卫", "体育",
            "社会", "政治", "国际副刊", "评论", "经济周刊", "读者来信")
WEEKDAYS = "一二三四五六日"
MAX_PIECES = 8
MIN_CHARS, MAX_CHARS = 150, 900     # a story's printed body, before any trimming to fit

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULLWIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})


def to_ascii(text):
    """Full-width digits and Latin letters as ASCII, with the decimal point and
    percent sign that go with them (７．２％ -> 7.2%)."""
    chars = [_FULLWIDTH.get(ch, ch) for ch in text]
    for i, ch in enumerate(chars):
        if ch == "．" and 0 < i < len(chars) - 1 and chars[i - 1].isdigit() and chars[i + 1].isdigit():
            chars[i] = "."
        elif ch == "％" and i > 0 and chars[i - 1].isdigit():
            chars[i] = "%"
    return "".join(chars)


def to_fullwidth(text):
    back = {v: k for k, v in _FULLWIDTH.items()}
    return "".join(back.get(ch, ch) for ch in text)


@dataclass
class Piece:
    """One gold piece; `style` says how it is printed and is not gold."""
    source: str | None
    kind: str
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    editorsNote: str | None = None
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    signature: str | None = None
    credit: str | None = None
    style: dict = field(default_factory=dict)

    def gold(self):
        return {k: getattr(self, k) for k in GOLD_FIELDS}


@dataclass
class Cell:
    span: int
    items: list
    rubric: str | None = None     # a standing head over a column of briefs (furniture)
    framed: bool = False          # printed inside a ruled box


@dataclass
class Row:
    cells: list


@dataclass
class Geometry:
    paper: tuple                 # width, height in mm
    margin: float                # mm
    columns: int
    gutter: float                # mm
    body_pt: float
    leading_ratio: float         # baseline distance / body size
    fonts: dict

    @property
    def leading(self):
        return round(self.body_pt * self.leading_ratio, 1)

    @property
    def text_width(self):
        return (self.paper[0] - 2 * self.margin) * PT_PER_MM

    @property
    def text_height(self):
        return (self.paper[1] - 2 * self.margin) * PT_PER_MM

    def width(self, span):
        """Width in pt of a cell spanning `span` grid columns."""
        g = self.gutter * PT_PER_MM
        col = (self.text_width - (self.columns - 1) * g) / self.columns
        return span * col + (span - 1) * g

    def column_chars(self):
        """Characters on one line of one text column."""
        return max(4, int(self.width(1) // self.body_pt))


@dataclass
class Page:
    name: str
    family: str
    geometry: Geometry
    digits: str
    date: datetime.date
    number: int
    section: str
    editor: str | None
    header: str | None           # header variant, None for none
    header_rule: bool
    footer: bool
    rows: list
    band: str | None = None      # 'top' or 'bottom': all headlines printed apart
    column_rule: bool = False    # a hairline between the text columns of a story

    def pieces(self):
        """Pieces in reading order: rows, cells left to right, items down,
        an inline photo right after the story it sits in."""
        out = []
        for row in self.rows:
            for cell in row.cells:
                for item in cell.items:
                    out.append(item)
                    if "photo" in item.style:
                        out.append(item.style["photo"])
        return out

    def conv(self, text):
        return to_ascii(text) if self.digits == "ascii" else to_fullwidth(text)

    # Furniture: each entry is one printed line, items separated by a space.
    def date_text(self):
        d = self.date
        return self.conv(f"{d.year}年{d.month}月{d.day}日") + f" 星期{WEEKDAYS[d.weekday()]}"

    def page_text(self):
        return self.conv(f"第{self.number}版")

    def header_lines(self):
        if self.header == "strip":
            return [f"{self.page_text()} {self.section} 人民日报 {self.date_text()}"]
        if self.header == "masthead":
            return ["人民日报", f"{self.date_text()} {self.page_text()} {self.section}"]
        if self.header == "boxed":
            return [f"{self.section} 人民日报 {self.date_text()} {self.page_text()}"]
        return []

    def footer_lines(self):
        if self.family == "tabloid":
            line = f"人民日报 {self.date_text()} {self.page_text()} {self.section}"
            return [line] + ([f"责任编辑：{self.editor}"] if self.editor else [])
        return [f"责任编辑：{self.editor}"] if self.footer else []

    def furniture(self):
        rubrics = [c.rubric for r in self.rows for c in r.cells if c.rubric]
        return self.header_lines() + rubrics + self.footer_lines()

    def gold(self):
        return {"page": self.name, "family": self.family, "columns": self.geometry.columns,
                "digits": self.digits, "furniture": self.furniture(),
                "pieces": [p.gold() for p in self.pieces()]}


def is_crosshead(body, i):
    """Whether paragraph `i` of a body reads as a crosshead (小标题): short, inside the
    body, no punctuation (so no list's lead-in), not a reporter's line, at least four Han
    characters, between a paragraph that finishes its sentence and one of prose. The last
    three keep out what the corpus flattens into paragraphs and is no crosshead: a table's
    rows (`总量平均每镇` over `３３４０１６９２２０７２`), a poem's or a list's lines, a date
    closing a letter. A line of names inside a corpus body (a byline after a standfirst)
    passes, and is printed as one."""
    text = body[i]
    return 0 < i < len(body) - 1 and 4 <= len(text) <= 18 and not SENTENCE_END.search(text) \
        and not re.search(r"[，。；：、！？＊*]", text) and not re.match(r"本报|新华社|记者", text) \
        and len(HAN.findall(text)) >= 4 and SENTENCE_END.search(body[i - 1]) is not None \
        and is_sentence_paragraph(body[i + 1])


def text_columns(span, style):
    """Columns a story's text takes in a cell `span` columns wide: one fewer beside a
    side headline, which takes a column of its own."""
    return span - 1 if style.get("side") else span


def drop_paragraph(p):
    """Remove a story's last paragraph, and any after which it would no longer
    end on a whole sentence (a crosshead, say); keep at least one."""
    p.body.pop()
    while len(p.body) > 1 and not SENTENCE_END.search(p.body[-1]):
        p.body.pop()


# ---------------------------------------------------------------- estimates
# Rough heights in pt, used only to size articles to their cells; the
# typesetter measures the real page and trims what does not fit.

def text_lines(paragraphs, cpl):
    return sum(math.ceil((len(p) + 2) / cpl) for p in paragraphs)


def headline_height(p, width):
    s = p.style
    if s.get("in_band") or s.get("side") or p.title is None or p.kind == "brief":
        return 0
    size = s["title_pt"]
    box = width * s.get("narrow", 1)
    h = math.ceil(len(p.title) * size / box) * size * 1.25 + 8
    if p.kicker:
        h += math.ceil(len(p.kicker) * s["deck_pt"] / width) * s["deck_pt"] * 1.4
    if p.subtitle:
        h += math.ceil(len(p.subtitle) * s["deck_pt"] / width) * s["deck_pt"] * 1.4
    return h + (6 if s.get("rule") else 0)


def estimate(p, span, g):
    """Estimated height of a piece set in a cell of `span` columns."""
    cpl = g.column_chars()
    width = g.width(span)
    if p.kind == "photo":
        lines = text_lines([p.body[0] + (p.credit or "")], int(width // (g.body_pt * 0.9)))
        return p.style["box_mm"] * PT_PER_MM + (lines + (1 if p.title else 0)) * g.leading * 0.9 + 10
    lines = text_lines(p.body, cpl) + (1 if p.lead and p.style.get("lead_line") else 0) \
        + (1 if p.signature else 0) + (1 if p.kind == "brief" and p.style.get("title_line") else 0)
    h = math.ceil(lines / text_columns(span, p.style)) * g.leading + g.leading + headline_height(p, width)
    if p.editorsNote:
        h += text_lines([p.editorsNote], int(width // g.body_pt)) * g.leading + 8
    if "photo" in p.style:
        h += estimate(p.style["photo"], 1, g) / span
    return h


# ---------------------------------------------------------------- composing

class Composer:
    """Chooses articles to fill cells of a page; one instance per page."""

    def __init__(self, rng, lib, page):
        self.rng, self.lib, self.page = rng, lib, page
        self.g = page.geometry
        self.count = 0
        self.roles = []       # special pieces still to place, taken by cells in order
        self.printed = set()  # ids of the stories and captions on this page: none printed twice

    # -- pools
    def pick(self, candidates):
        """One of `candidates` for this page (`Library.pick`), noted as printed here."""
        choice = self.lib.pick(self.rng, candidates, self.page.date, self.page.number, self.printed)
        if choice is not None:
            self.printed.add(choice.id)
        return choice

    def stories(self, want):
        """Stories of a role: 'news', 'signed' (commentary/statement), 'note', 'brief'; those
        this page does not print yet, while there are any."""
        out = []
        for s in self.lib.stories:
            if want == "note":
                ok = s.note is not None
            elif s.note is not None:
                ok = False
            elif want == "signed":
                ok = s.byline_kind in ("name", "commentator", "office")
            elif want == "brief":
                ok = s.byline_kind is None and not (s.kicker or s.subtitle or s.deck) \
                    and len(s.title) <= 14 and s.author_note is None
            else:
                ok = s.byline_kind in (None, "reporter") and s.author_note is None
            if ok:
                out.append(s)
        return [s for s in out if s.id not in self.printed] or out

    # -- pieces
    def headline_style(self, span, big=False):
        r = self.rng
        size = min(30, 13 + 3 * span + r.choice((-1, 0, 1, 2))) + (5 if big else 0)
        return {"title_pt": size, "deck_pt": max(10.5, round(size * 0.5)),
                "align": r.choice(("center", "center", "left")),
                "lead_hei": r.random() < 0.5}

    def story(self, span, height, role="news", style=None, decks=0.3, crossheads=0.0):
        """A story sized to fill `height` pt of a cell `span` columns wide; with
        probability `decks` one with decks, `crossheads` one with crossheads."""
        style = dict(style or self.headline_style(span))
        pool = self.stories(role)
        if self.rng.random() < decks:
            pool = [s for s in pool if s.kicker or s.subtitle or s.deck] or pool
        if crossheads and self.rng.random() < crossheads:
            pool = [s for s in pool if any(is_crosshead(s.body, i) for i in range(len(s.body)))] or pool
        head = 0 if style.get("in_band") or style.get("side") else style["title_pt"] * 1.25 * 1.5 + 8
        lines = (height - head) / self.g.leading - 2
        target = lines * text_columns(span, style) * self.g.column_chars() * 0.92
        hi = min(MAX_CHARS, target * 1.05)
        lo = max(MIN_CHARS, min(hi * 0.7, 600))
        if hi < MIN_CHARS:
            return None
        fits = [(s, b) for s in pool for b in [truncate(s.body, hi, lo)] if b]
        if not fits:
            return None
        story = self.pick([s for s, _ in fits])
        body = dict((s.id, b) for s, b in fits)[story.id]
        p = self.piece_from_story(story, body, role, style)
        if len(p.title) >= 8 and self.rng.random() < 0.15:
            # Deliberately narrow headline box: the headline breaks over 2-3 lines.
            p.style["narrow"] = self.rng.choice((0.45, 0.55))
        self.count += 1
        return p

    def piece_from_story(self, s, body, role, style):
        c = self.page.conv
        p = Piece(source=s.id, kind="news", title=c(s.title), lead=s.lead and c(s.lead),
                  body=[c(x) for x in body], style=style)
        p.style["lead_line"] = s.lead_line
        if s.kicker:
            p.kicker = c(s.kicker)
        if s.subtitle:
            p.subtitle = c(s.subtitle)
        if s.deck:
            # Upper deck small above the lower (kicker reading) or the lower
            # deck printed as a 副题 under it (subtitle reading).
            if self.rng.random() < 0.5:
                p.kicker, p.title = c(s.title), c(s.deck)
            else:
                p.subtitle = "——" + c(s.deck)
        if role == "note":
            p.editorsNote = c(s.note)
        if role == "signed":
            self.sign(p, s)
        if role == "brief":
            p.kind = "brief"
        return p

    def sign(self, p, s):
        """Move a commentary's byline to a right-aligned signature at the end."""
        c = self.page.conv
        if s.byline_kind == "office":
            m = OFFICE_LINE.match(s.lead)
            p.kind, p.signature, p.lead = "statement", c(m.group("office") + " " + m.group("name")), None
        elif s.author_note:
            p.kind, p.signature = "commentary", c(s.author_note)   # name stays on top as the lead
        else:
            p.kind, p.signature, p.lead = "commentary", c(s.lead), None

    def brief(self, run_in):
        fits = [(s, b) for s in self.stories("brief") for b in [truncate(s.body, 200, 60)] if b]
        story = self.pick([s for s, _ in fits])
        body = dict((s.id, b) for s, b in fits)[story.id]
        p = self.piece_from_story(story, body, "brief", {"lead_hei": False, "title_line": not run_in})
        self.count += 1
        return p

    def photo(self, box_mm):
        """A picture box `box_mm` high with the caption of a real photo."""
        r = self.rng
        cap = self.pick(self.lib.captions)
        c = self.page.conv
        names = " ".join(cap.names)
        credit = r.choice((f"{cap.org} {names}摄" if cap.org else f"{names}摄",   # 新华社记者 王五摄
                           f"{names}/摄",                                          # 张三 李四/摄
                           f"（{cap.org}{'、'.join(cap.names)}摄）"))             # as the corpus has it
        self.count += 1
        return Piece(source=cap.id, kind="photo", title=cap.title and c(cap.title), body=[c(cap.text)],
                     credit=c(credit), style={"box_mm": box_mm, "title_line": r.random() < 0.6,
                                              "credit_line": r.random() < 0.5})

    # -- cells
    def fill(self, span, height, make):
        """A cell of `span` stacked with pieces from make(span, height) until full."""
        items, left = [], height
        while self.count < MAX_PIECES and left > 6 * self.g.leading:
            p = make(span, left)
            if p is None:
                break
            items.append(p)
            left -= estimate(p, span, self.g) + 14
        return Cell(span, items) if items else None

    def maker(self, **extra):
        """Makes the pieces of one cell, each taking the page's next special role
        ('photo', 'signed', 'note') if any is left, else plain news."""
        first = True

        def make(span, height):
            nonlocal first
            role = self.roles[0] if self.roles else "news"
            if role == "photo" and (not first or span > 2 and span == self.g.columns):
                role = "news"        # pictures head a cell, and not a page-wide one
            elif self.roles:
                self.roles.pop(0)
            first = False
            if role == "photo":
                box = min(height * 0.5, self.g.width(span) * 0.62) / PT_PER_MM
                return self.photo(round(box))
            style = self.headline_style(span, big=self.count == 0 and not extra)
            style.update(extra)
            p = self.story(span, height, role, style)
            if p is None and role != "news":
                self.roles.insert(0, role)      # nothing of that kind fits here: next cell
                p = self.story(span, height, "news", style)
            return p
        return make

    def available(self):
        """Height left for rows under the header and over the footer, in pt."""
        g = self.g
        used = {"strip": 30, "masthead": 70, "boxed": 32, None: 0}[self.page.header]
        used += 20 * len(self.page.footer_lines())
        return g.text_height - used - 10

    def row_count(self):
        """Rows for a grid page: narrow grids need more rows to hold 4-8 pieces."""
        return self.rng.choice((3, 4) if self.g.columns <= 3 else (2, 3, 3))

    def row_heights(self, n_rows, reserve=0):
        """Heights of n_rows rows sharing the page, `reserve` pt kept free."""
        weights = [self.rng.uniform(0.75, 1.25) for _ in range(n_rows)]
        total = self.available() - reserve - 14 * (n_rows - 1)
        return [total * w / sum(weights) for w in weights]


SPANS = {2: ([2], [1, 1]),
         3: ([3], [2, 1], [1, 2], [1, 1, 1]),
         4: ([4], [2, 2], [3, 1], [1, 3], [2, 1, 1]),
         5: ([5], [3, 2], [2, 3], [2, 2, 1], [1, 4], [4, 1], [1, 2, 2])}


def grid_rows(c, heights, first_full=0.5, **extra):
    """Rows of cells on random span templates, each cell filled by c.maker()."""
    n = c.g.columns
    rows = []
    for i, h in enumerate(heights):
        templates = SPANS[n]
        if i and c.roles:
            templates = [t for t in templates if len(t) > 1]    # more cells for the pieces to come
        spans = [n] if i == 0 and c.rng.random() < first_full else list(c.rng.choice(templates))
        cells = [c.fill(s, h, c.maker(**extra)) for s in spans]
        if all(cells):
            rows.append(Row(cells))
        elif any(cells):
            # A cell with nothing that fits: give its width to the row's others.
            kept = [x for x in cells if x]
            kept[-1].span += sum(s for s, x in zip(spans, cells) if not x)
            rows.append(Row(kept))
    return rows


def specials(c, *roles):
    """Queue special roles after the page's lead story, in random order."""
    roles = list(roles)
    c.rng.shuffle(roles)
    c.roles = ["news"] + roles


def compose_stacked(c):
    return grid_rows(c, c.row_heights(c.row_count()))


def compose_band(c):
    c.page.band = c.rng.choice(("top", "top", "bottom"))
    heights = c.row_heights(c.row_count(), reserve=180)    # about three lines of headlines
    return grid_rows(c, heights, first_full=0.3, in_band=True)


def compose_photo(c):
    specials(c, *["photo"] * c.rng.choice((1, 2, 2, 3)))
    return grid_rows(c, c.row_heights(c.row_count()))


def compose_commentary(c):
    notes = ["note"] if c.rng.random() < 0.7 else []
    specials(c, *["signed"] * c.rng.choice((1, 2, 3)), *notes)
    return grid_rows(c, c.row_heights(c.row_count()))


def brief_column(c, height, rubric):
    cell = Cell(1, [], rubric=c.page.conv(rubric) if rubric else None)
    left = height - (30 if rubric else 0)
    run_in = c.rng.random() < 0.5
    while left > 8 * c.g.leading and c.count < MAX_PIECES - 1 and len(cell.items) < 6:
        p = c.brief(run_in)
        cell.items.append(p)
        left -= estimate(p, 1, c.g) + 10
    return cell


def compose_briefs(c):
    n = c.g.columns
    rows_h = c.row_heights(c.rng.choice((1, 2)))
    rubric = c.rng.choice((None, "简讯", "新闻速递", "本版简讯", "综合消息"))
    briefs = brief_column(c, rows_h[0], rubric)
    main = c.fill(n - 1, rows_h[0], c.maker())
    cells = [briefs, main] if c.rng.random() < 0.5 else [main, briefs]
    rows = [Row([x for x in cells if x])]
    if len(rows_h) > 1:
        rows += grid_rows(c, rows_h[1:], first_full=1)
    return rows


def compose_mixed(c):
    """Five columns: a lead story over three beside a photo over a story, then
    rows mixing a brief column, commentaries and reports."""
    r = c.rng
    h = c.row_heights(r.choice((2, 3)))
    lead = c.fill(3, h[0], c.maker())
    c.roles = ["photo"]
    side = c.fill(2, h[0], c.maker())
    rows = [Row([lead, side] if r.random() < 0.6 else [side, lead])]
    for hh in h[1:]:
        kind = r.choice(("briefs-signed", "two-three", "full"))
        if kind == "briefs-signed":
            c.roles = ["signed"]
            cells = [brief_column(c, hh, None), c.fill(2, hh, c.maker()), c.fill(2, hh, c.maker())]
        elif kind == "two-three":
            c.roles = ["signed" if r.random() < 0.5 else "news"]
            cells = [c.fill(2, hh, c.maker()), c.fill(3, hh, c.maker())]
        else:
            cells = [c.fill(5, hh, c.maker())]
        cells = [x for x in cells if x and x.items]
        if cells:
            cells[-1].span = 5 - sum(x.span for x in cells[:-1])
            rows.append(Row(cells))
    return [row for row in rows if row.cells and all(x and x.items for x in row.cells)]


def compose_tabloid(c):
    """A smaller page of 2-3 columns, left-aligned
    headlines over a rule, decks often, photos inside a story's columns and
    the furniture at the foot of the page."""
    n, r = c.g.columns, c.rng
    photos = r.choice((1, 1, 2))

    def make(span, height):
        nonlocal photos
        style = c.headline_style(span, big=c.count == 0)
        style.update(align="left", rule=True)
        p = c.story(span, height, "news", style, decks=0.7)
        if p and photos and len(p.body) >= 2 and c.count < MAX_PIECES:
            photos -= 1
            p.style["photo"] = c.photo(round(c.g.width(1) * 0.6 / PT_PER_MM))
            p.style["photo_after"] = 1
            # The photo takes the room of the story's last paragraphs.
            while len(p.body) > 2 and estimate(p, span, c.g) > height:
                drop_paragraph(p)
        return p

    rows = []
    for h in c.row_heights(r.choice((3, 3, 4))):
        spans = r.choice(([2], [1, 1]) if n == 2 else ([3], [3], [2, 1], [1, 2]))
        cells = [x for x in (c.fill(s, h, make) for s in spans) if x]
        if cells:
            cells[-1].span = n - sum(x.span for x in cells[:-1])
            rows.append(Row(cells))
    return rows


def compose_framed(c):
    """The held-out geometry: six narrow columns, a signed piece in a ruled box in
    some rows, a picture closing a cell under the story it goes with, and small
    flush-left headlines beside big centred ones."""
    r = c.rng
    pictures = r.choice((1, 2, 2))

    def cell(span, height, framed):
        """A cell of stories (a picture after the first while any is left to place),
        or, framed, of signed pieces."""
        first = True

        def make(span, left):
            nonlocal first, pictures
            if not first and pictures and not framed:
                pictures -= 1
                return c.photo(round(min(left * 0.6, c.g.width(span) * 0.62) / PT_PER_MM))
            first = False
            style = c.headline_style(span, big=c.count == 0)
            if r.random() < 0.4:
                style.update(align="left", title_pt=max(14, style["title_pt"] - 4))
            return c.story(span, left, "signed" if framed else "news", style, decks=0.4)
        made = c.fill(span, height, make)
        if made:
            made.framed = framed
        return made

    rows = []
    for h in c.row_heights(r.choice((2, 3, 3))):
        spans = r.choice(([6], [4, 2], [2, 4], [3, 3], [2, 2, 2]))
        boxed = r.randrange(len(spans)) if len(spans) > 1 and r.random() < 0.5 else None
        cells = [x for x in (cell(s, h, k == boxed) for k, s in enumerate(spans)) if x]
        if cells:
            cells[-1].span = c.g.columns - sum(x.span for x in cells[:-1])
            rows.append(Row(cells))
    return rows


def compose_feature(c):
    """A features page (副刊, 专版): 3-4 columns, headlines set beside their
    stories in a column of their own, crossheads in bold inside long stories, the lead
    story's first paragraph across all its columns in a larger kaiti, some stories set
    in kaiti throughout, bylines flush right under the headline."""
    n, r = c.g.columns, c.rng

    def make(span, height):
        style = c.headline_style(span, big=c.count == 0)
        if span >= 2 and r.random() < 0.5:
            style.update(side=(c.g.width(1), c.g.gutter * PT_PER_MM), title_pt=min(style["title_pt"], 20),
                         deck_pt=min(style["deck_pt"], 11), align=r.choice(("left", "center")))
        elif c.count == 0 and span >= 3:
            style["wide_first"] = True
        style.update(body_kai=r.random() < 0.2, byline_right=r.random() < 0.6, crossheads=True)
        signed = r.random() < 0.15
        return (signed and c.story(span, height, "signed", style, decks=0.4)) \
            or c.story(span, height, "news", style, decks=0.4, crossheads=0.6)

    rows = []
    for h in c.row_heights(r.choice((2, 3, 3))):
        spans = [n] if not rows and r.random() < 0.5 else list(r.choice(SPANS[n]))
        cells = [x for x in (c.fill(s, h, make) for s in spans) if x]
        if cells:
            cells[-1].span = n - sum(x.span for x in cells[:-1])
            rows.append(Row(cells))
    return rows


COMPOSERS = {"stacked": compose_stacked, "band": compose_band, "photo": compose_photo,
             "commentary": compose_commentary, "briefs": compose_briefs,
             "mixed": compose_mixed, "tabloid": compose_tabloid, "framed": compose_framed,
             "feature": compose_feature}

COLUMNS = {"stacked": (2, 3, 4, 5), "band": (2, 3, 4, 5), "photo": (2, 3, 4, 5),
           "commentary": (2, 3, 4, 5), "briefs": (3, 4, 5), "mixed": (5,), "tabloid": (2, 3), "framed": (6,),
           "feature": (3, 4)}


def make_page(family, index, rng, lib, varied=False):
    """Compose page `index` of a family. `varied` draws type size, gutters, leading and
    margins from wider ranges than the standard pages use (a test of rules tied to one
    geometry; in default-mode text, gutters under 1.5 em make poppler join columns' lines)."""
    tabloid = family == "tabloid"
    # The draws keep their order (size, gutter, columns, leading, fonts): a seed gives the
    # standard pages it always gave.
    if varied:
        body_pt = rng.choice((9, 9.5, 10, 10.5, 11, 12))
        gutter_em = rng.choice((1.0, 1.2, 1.4, 1.6, 2.0, 2.5))
    else:
        body_pt = rng.choice((10.5, 11) if tabloid else (10, 10.5, 11))
        # Gutters of 1.6-2 em: pdftotext joins the lines of columns closer than
        # about 1.5 em into one line, which would make every page a layout puzzle.
        gutter_em = rng.choice((1.6, 1.8, 2.0))
    columns = rng.choice(COLUMNS[family])
    leading_ratio = rng.choice((1.2, 1.25, 1.3, 1.4, 1.5, 1.6) if varied else (1.3, 1.35, 1.4))
    fonts = rng.choice(FONT_SETS)
    margin = rng.choice((8, 11, 15)) if varied else 14 if tabloid else 11
    geometry = Geometry(paper=(250, 353) if tabloid else (297, 420), margin=margin, columns=columns,
                        gutter=round(body_pt * gutter_em / PT_PER_MM, 1), body_pt=body_pt,
                        leading_ratio=leading_ratio, fonts=fonts)
    date = datetime.date(1998, 1, rng.randint(1, 20))
    page = Page(name=f"{family}-{index:02d}", family=family, geometry=geometry,
                digits=rng.choice(("ascii", "fullwidth")), date=date,
                number=rng.randint(1, 12), section=rng.choice(SECTIONS),
                editor=rng.choice(lib.reporters) if tabloid or rng.random() < 0.5 else None,
                header=None if tabloid else rng.choice(("strip", "masthead", "boxed")),
                header_rule=rng.random() < 0.7, footer=False, rows=[],
                column_rule=rng.random() < 0.3)
    page.footer = page.editor is not None
    page.rows = COMPOSERS[family](Composer(rng, lib, page))
    return page
