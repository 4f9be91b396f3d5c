"""A `Page` as a XeLaTeX (ctex) document.

Cells are top-aligned minipages side by side; a story spanning several grid
columns is set with multicol inside its cell, justified as LaTeX does by
default.  Every cell and the page body are measured into the log
(NDCELL / NDPAGE / NDFOOT lines) so generate.py can see what overflows and
trim it without guessing.
"""

from pages import PT_PER_MM, is_crosshead, text_columns

_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
             "#": r"\#", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
             "^": r"\textasciicircum{}", " ": r"\hspace{1em}"}


def tex(text):
    """Text with LaTeX specials escaped; a space is printed as a visible gap
    (xeCJK would swallow a plain space between Chinese characters)."""
    return "".join(_SPECIALS.get(ch, ch) for ch in text)


def font(size, leading=1.3):
    return rf"\fontsize{{{size}}}{{{round(size * leading, 1)}}}\selectfont "


def preamble(page):
    g = page.geometry
    f = g.fonts
    rule = "0.3pt" if page.column_rule else "0pt"
    return "\n".join([
        # ctex stretches lines by 1.3 unless told otherwise; leading is set explicitly here.
        r"\documentclass[UTF8,fontset=none,zihao=false,linespread=1]{ctexart}",
        rf"\usepackage[paperwidth={g.paper[0]}mm,paperheight={g.paper[1]}mm,margin={g.margin}mm]{{geometry}}",
        r"\usepackage{multicol,xcolor}",
        r"\setmainfont{DejaVu Serif}",
        rf"\setCJKmainfont{{{f['song']}}}",
        rf"\setCJKfamilyfont{{zhsong}}{{{f['song']}}}",
        rf"\setCJKfamilyfont{{zhhei}}{{{f['hei']}}}",
        rf"\setCJKfamilyfont{{zhkai}}{{{f['kai']}}}",
        r"\newcommand\hei{\CJKfamily{zhhei}}",
        r"\newcommand\kai{\CJKfamily{zhkai}}",
        r"\pagestyle{empty}",
        r"\setlength\parindent{2em}\setlength\parskip{0pt}",
        rf"\setlength\columnsep{{{g.gutter}mm}}\setlength\columnseprule{{{rule}}}",
        r"\setlength\multicolsep{2pt plus 1pt}",
        r"\newsavebox\ndcell\newsavebox\ndpage\newsavebox\ndfoot",
    ])


# ---------------------------------------------------------------- pieces

def align(style):
    return r"\raggedright " if style.get("align") == "left" else r"\centering "


def headline(p, band=False):
    """Kicker, headline and subtitle of a story, spanning its cell."""
    s = p.style
    a = align(s) if not band else r"\centering "
    out = []
    if p.kicker:
        out.append(rf"{{{a}\kai{font(s['deck_pt'])}{tex(p.kicker)}\par}}\vspace{{2pt}}")
    title = rf"\hei{font(s['title_pt'], 1.2)}{tex(p.title)}"
    if s.get("narrow") and not band:
        title = rf"\parbox{{{s['narrow']}\linewidth}}{{{a}{title}}}"
    out.append(rf"{{{a}{title}\par}}")
    if p.subtitle:
        out.append(rf"\vspace{{2pt}}{{{a}{font(s['deck_pt'])}{tex(p.subtitle)}\par}}")
    if s.get("rule") and not band:
        out.append(r"\vspace{3pt}\hrule height 0.8pt")
    out.append(r"\vspace{5pt}")
    return "\n".join(out)


def paragraphs(p):
    """Body paragraphs of a story with its lead, inline photo and signature, as a
    list of TeX strings, and how many of them open the story set across all its
    columns (style `wide_first`: the lead and first paragraph in a larger kaiti)."""
    s = p.style
    out = []
    if p.lead and s.get("lead_line"):
        flush = r"\raggedleft" if s.get("byline_right") else r"\noindent"
        out.append(rf"{{{flush}\kai {tex(p.lead)}\par}}")
    wide = 0
    for i, para in enumerate(p.body):
        text = tex(para)
        if i == 0 and p.lead and not s.get("lead_line"):
            lead = rf"{{\hei {tex(p.lead)}}}" if s.get("lead_hei") else tex(p.lead)
            text = lead + text
        if i == 0 and p.kind == "brief" and not s.get("title_line"):
            text = rf"\noindent{{\hei {tex(p.title)}}}\quad " + text
        if s.get("crossheads") and is_crosshead(p.body, i):
            out.append(rf"\vspace{{3pt}}{{\centering\hei {text}\par}}\vspace{{2pt}}")
            continue
        if i == 0 and s.get("wide_first") and len(p.body) > 1:
            out.append(rf"{{\kai\large\noindent {text}\par}}\vspace{{4pt}}")
            wide = len(out)
            continue
        out.append(text + r"\par")
        if "photo" in s and i + 1 == min(s["photo_after"], len(p.body)):
            out.append(r"\vspace{4pt}\noindent\begin{minipage}{\linewidth}"
                       + photo(s["photo"]) + r"\end{minipage}\par\vspace{4pt}")
    if p.signature:
        out.append(rf"{{\raggedleft\kai {tex(p.signature)}\par}}")
    return out, wide


def story(p, span, band=False):
    """A story in its cell: headline over the text, or beside it (style `side`:
    a column's width for the headline, the text in the other columns)."""
    s = p.style
    out = []
    if p.kind == "brief":
        if s.get("title_line"):
            out.append(rf"{{\noindent\hei {tex(p.title)}\par}}")
    elif not s.get("in_band") and not s.get("side"):
        out.append(headline(p))
    if p.editorsNote:
        out.append(rf"{{\kai\noindent {tex(p.editorsNote)}\par}}\vspace{{2pt}}\hrule\vspace{{4pt}}")
    parts, wide = paragraphs(p)
    columns = text_columns(span, s)
    out += parts[:wide]
    body = "\n".join(parts[wide:])
    if columns > 1:
        body = rf"\raggedcolumns\begin{{multicols}}{{{columns}}}" + "\n" + body + "\n\\end{multicols}"
    out.append(body)
    text = "\n".join(out)
    if s.get("body_kai"):
        text = r"{\kai " + text + "}"
    if s.get("side"):
        width, gap = s["side"]
        text = (rf"\noindent\begin{{minipage}}[t]{{{width:.2f}pt}}\vspace{{0pt}}" + headline(p)
                + rf"\end{{minipage}}\hspace{{{gap:.2f}pt}}\begin{{minipage}}[t]"
                + rf"{{\dimexpr\linewidth-{width + gap:.2f}pt\relax}}\vspace{{0pt}}" + "\n" + text
                + r"\end{minipage}\par")
    return text


def photo(p):
    """A grey picture box, then the caption: title, text, credit."""
    s = p.style
    out = [rf"\noindent{{\color{{gray!50}}\rule{{\linewidth}}{{{s['box_mm']}mm}}}}\par\vspace{{3pt}}{{\small"]
    text = tex(p.body[0])
    if p.title and s.get("title_line"):
        out.append(rf"{{\noindent\hei {tex(p.title)}\par}}")
    elif p.title:
        text = rf"{{\hei {tex(p.title)}}}\quad " + text
    if s.get("credit_line"):
        out.append(rf"\noindent {text}\par{{\raggedleft {tex(p.credit)}\par}}")
    else:
        out.append(rf"\noindent {text}\hspace{{1em}}{tex(p.credit)}\par")
    out.append("}")
    return "\n".join(out)


FRAME_SEP, FRAME_RULE = 5, 0.8     # pt: the box around a framed cell


def cell(c, g, r, k):
    """One measured cell: a top-aligned minipage of the cell's width."""
    parts = []
    if c.rubric:
        parts.append(rf"{{\centering\hei\large {tex(c.rubric)}\par}}\vspace{{2pt}}\hrule\vspace{{5pt}}")
    for i, p in enumerate(c.items):
        if i:
            parts.append(r"\par\vspace{6pt}\hrule\vspace{6pt}")
        parts.append(photo(p) if p.kind == "photo" else story(p, c.span))
    width = g.width(c.span)
    content = "\n".join(parts)
    if c.framed:
        inner = width - 2 * (FRAME_SEP + FRAME_RULE)
        content = (rf"\setlength\fboxsep{{{FRAME_SEP}pt}}\setlength\fboxrule{{{FRAME_RULE}pt}}"
                   rf"\noindent\fbox{{\begin{{minipage}}[t]{{{inner:.2f}pt}}" + "\n" + content
                   + "\n" + r"\end{minipage}}")
    return (rf"\sbox\ndcell{{\begin{{minipage}}[t]{{{width:.2f}pt}}\vspace{{0pt}}" + "\n"
            + content + "\n"
            + rf"\end{{minipage}}}}\typeout{{NDCELL {r} {k} \the\ht\ndcell\space\the\dp\ndcell}}"
            + r"\usebox\ndcell")


def row(rw, g, r):
    gap = g.gutter * PT_PER_MM / 2
    sep = rf"\hspace{{{gap:.2f}pt}}\vrule\hspace{{{gap - 0.4:.2f}pt}}"
    return r"\noindent" + sep.join(cell(c, g, r, k) for k, c in enumerate(rw.cells)) + r"\par"


def band(page):
    """All headlines of the page in a band, in story order."""
    g = page.geometry
    stories = [p for p in page.pieces() if p.style.get("in_band")]
    per_line = min(3, max(2, g.columns - 1))
    width = (g.text_width - (per_line - 1) * 12) / per_line
    lines = []
    for i in range(0, len(stories), per_line):
        boxes = [rf"\begin{{minipage}}[t]{{{width:.2f}pt}}\vspace{{0pt}}" + headline(p, band=True)
                 + r"\end{minipage}" for p in stories[i:i + per_line]]
        lines.append(r"\noindent" + r"\hspace{12pt}".join(boxes) + r"\par\vspace{4pt}")
    return "\n".join(lines)


# ---------------------------------------------------------------- furniture

def header(page):
    date, num, sec = tex(page.date_text()), tex(page.page_text()), tex(page.section)
    if page.header == "strip":
        out = rf"\noindent{{\hei\large {num}}}\hfill{{\hei\Large {sec}}}\hfill{{\hei\large 人民日报}}\hfill {date}\par"
    elif page.header == "masthead":
        out = (rf"{{\centering\hei{font(44, 1.15)}人民日报\par}}\vspace{{4pt}}"
               rf"\noindent {date}\hfill {num}\hspace{{1em}}{{\hei {sec}}}\par")
    elif page.header == "boxed":
        out = (rf"\noindent\colorbox{{black}}{{\hspace{{6pt}}\color{{white}}\hei\Large\strut {sec}\hspace{{6pt}}}}"
               rf"\hfill{{\hei\large 人民日报}}\hspace{{2em}}{date}\hspace{{2em}}{num}\par")
    else:
        return ""
    rule = r"\vspace{3pt}\hrule height 1.2pt\vspace{1.5pt}\hrule" if page.header_rule else ""
    return out + rule + r"\vspace{10pt}"


def footer(page):
    lines = page.footer_lines()
    if not lines:
        return ""
    if page.family == "tabloid":
        date, num, sec = tex(page.date_text()), tex(page.page_text()), tex(page.section)
        out = rf"\hrule height 0.8pt\vspace{{3pt}}\noindent{{\hei 人民日报}}\hfill {date}\hfill {num}\hspace{{1em}}{sec}\par"
        if page.editor:
            out += rf"{{\raggedleft\small {tex(lines[1])}\par}}"
        return out
    return rf"\hrule\vspace{{3pt}}{{\raggedleft\small {tex(lines[0])}\par}}"


def document(page):
    g = page.geometry
    body = [header(page)]
    if page.band == "top":
        body += [band(page), r"\vspace{2pt}\hrule height 1pt\vspace{8pt}"]
    for i, rw in enumerate(page.rows):
        if i:
            body.append(r"\vspace{6pt}\hrule\vspace{8pt}")
        body.append(row(rw, g, i))
    if page.band == "bottom":
        body += [r"\vspace{8pt}\hrule height 1pt\vspace{6pt}", band(page)]
    return "\n".join([
        preamble(page),
        r"\begin{document}",
        rf"\fontsize{{{g.body_pt}}}{{{g.leading}}}\selectfont",
        r"\setbox\ndpage\vbox{",
        *body,
        "}",
        rf"\sbox\ndfoot{{\parbox{{\textwidth}}{{{footer(page)}}}}}",
        r"\typeout{NDPAGE \the\dimexpr\ht\ndpage+\dp\ndpage\relax}",
        r"\typeout{NDFOOT \the\dimexpr\ht\ndfoot+\dp\ndfoot\relax}",
        r"\typeout{NDTEXTHEIGHT \the\textheight}",
        r"\unvbox\ndpage",
        r"\vfill\noindent\usebox\ndfoot",
        r"\end{document}",
        ""])
