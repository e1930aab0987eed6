"""Parser for chapter 6 of the regional welfare plan (text extracted from the PDF).

`parse_plan(text)` is pure (no I/O) and returns a `ParsedPlan` of pandas frames:
goals, policies, sections, targets, glossary, measures.

Structure of the chapter: 基本目標Ⅰ (goal) > 基本計画（基本施策）１ (policy) > （１） (section)
> ① (item). Each of these may carry 【目指す姿】 targets, a 重層的支援 line and an actor table
(行政 / 民間 / 市社協) whose bullets ● are the measures.

Block ids (readable, stable): goal "I", policy "I-2", section "I-1-(3)", item "I-1-(3)-①"
(or "I-2-①" when the policy has no sections). A policy/section that starts a second block
without a heading (its own 【目指す姿】 after the measures of an earlier item) gets
"<parent>-#2" ("I-2-#2": the 地域食堂 block); the items that follow hang under it.

measure_id (ASCII, deterministic from the position in the text):
    "M-{goal}-{policy}-{section|0}-{item|0}-{actor}{nn}"
with actor G=行政, M=民間, S=市社協 and nn the 1-based order of the bullet within its block
and actor, e.g. "M-1-1-3-2-S01" = Ⅰ-1-（３）-② 市社協 first bullet. A measure sitting directly in
an untitled block (none in the current text) gets "-B{k}" before the actor part. Editing one
block never renumbers another.

PDF-extraction quirks handled: wrapped bullets and headings, marks split over lines
（変\n更）, repeated page headers " 基本目標…" and page numbers (transparent: they never end
a bullet, so a measure broken by a page break is joined), actor labels broken over lines,
sub-points (・…) joined to the bullet above, footnotes ※1【…】/＊1【…】 going to the glossary
while inline reference marks (＊1, ※) are removed from measure/target text and resolved
to `footnote_terms`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

ACTORS = ("行政", "民間", "市社協")
ACTOR_CODES = {"行政": "G", "民間": "M", "市社協": "S"}
CHANGE_FLAGS = ("変更", "追加", "削除", "再掲", "新規案")
JUSOTEKI_CATEGORIES = ("包括的相談支援", "多機関協働", "アウトリーチ等を通じた継続的支援", "参加支援", "地域づくり")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# Full actor labels; the PDF breaks them over several lines, each fragment a substring.
_ACTOR_LABELS = {
    "行政": ("行政による取組", "／共助・公助"),
    "民間": ("民間の方向性", "（主に住民・地域による取組／自助・互助・共助）"),
    "市社協": ("市社協の役割", ""),
}

GOALS_COLUMNS = ["goal_no", "title", "change_flags", "block_id", "line_no"]
POLICIES_COLUMNS = ["goal_no", "policy_no", "title", "priority_no", "change_flags", "block_id", "subtitle",
                    "description", "description_change_flags", "jusoteki", "line_no"]
SECTIONS_COLUMNS = ["goal_no", "policy_no", "section_no", "item_no", "title", "change_flags", "jusoteki",
                    "block_id", "parent_block_id", "level", "jusoteki_effective", "note", "line_no"]
TARGETS_COLUMNS = ["goal_no", "policy_no", "section_no", "item_no", "target_no", "text", "change_flags",
                   "block_id", "footnote_terms", "line_no"]
GLOSSARY_COLUMNS = ["goal_no", "policy_no", "marker", "term", "definition", "change_flags", "block_id", "line_no"]
MEASURES_COLUMNS = ["measure_id", "goal_no", "policy_no", "section_no", "item_no", "actor", "text",
                    "change_flags", "jusoteki", "block_id", "seq", "sub_points", "footnote_terms", "line_no"]


class PlanParseError(ValueError):
    """The text cannot be read as a plan chapter; `line_no` points at the offending line."""

    def __init__(self, message: str, line_no: int | None = None):
        super().__init__(message)
        self.line_no = line_no


@dataclass
class ParsedPlan:
    goals: pd.DataFrame
    policies: pd.DataFrame
    sections: pd.DataFrame
    targets: pd.DataFrame
    glossary: pd.DataFrame
    measures: pd.DataFrame
    warnings: list[str] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Frames keyed by warehouse table name."""
        return {
            "plan_goals": self.goals, "plan_policies": self.policies, "plan_sections": self.sections,
            "plan_targets": self.targets, "plan_glossary": self.glossary, "plan_measures": self.measures,
        }


# ---------------------------------------------------------------- text helpers
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FLAG_WORD = r"(?:項目名?)?(?:変\s*更|追\s*加|削\s*除|再\s*掲|新\s*規\s*案)"
FLAG_RE = re.compile(r"[（(]\s*(" + _FLAG_WORD + r"(?:\s*[・･]\s*" + _FLAG_WORD + r")*)\s*[）)]")
_REF_RE = re.compile(r"[※＊]([0-9０-９]*) ?(?!【)")
_WS_RE = re.compile(r"\s+")


def to_int(s: str) -> int:
    return int(s.translate(_DIGITS))


def extract_flags(text: str) -> tuple[str, list[str], list[str]]:
    """(text without marks, canonical flags in order, raw marks) — （追加・再掲） gives both flags."""
    flags: list[str] = []
    raw: list[str] = []
    for m in FLAG_RE.finditer(text):
        for part in re.split(r"[・･]", m.group(1)):
            word = _WS_RE.sub("", part)
            raw.append(word)
            flag = word.removeprefix("項目名").removeprefix("項目")
            if flag not in flags:
                flags.append(flag)
    clean = FLAG_RE.sub("", text)
    return clean.strip(), flags, raw


def strip_refs(text: str) -> tuple[str, list[int | None]]:
    """Remove inline footnote reference marks (＊1, ※２, ※); return their numbers (None = unnumbered)."""
    refs = [to_int(m.group(1)) if m.group(1) else None for m in _REF_RE.finditer(text)]
    return _REF_RE.sub("", text), refs


def circled_to_int(ch: str) -> int:
    return ord(ch) - 0x245F


def roman(no: int) -> str:
    return ROMAN[no - 1] if 1 <= no <= len(ROMAN) else str(no)


def goal_number(token: str) -> int:
    roman_chars = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
    if token in roman_chars:
        return roman_chars.index(token) + 1
    if token.upper() in ROMAN:
        return ROMAN.index(token.upper()) + 1
    return to_int(token)


# ---------------------------------------------------------------- tokenizer
_GOAL_RE = re.compile(r"^基本目標\s*([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]+(?![A-Za-z])|[0-9０-９]+)\s*(.*)$")
_POLICY_RE = re.compile(r"^基本計画\s*[（(]\s*基本施策\s*[）)]\s*([0-9０-９]+)\s*(.*)$")
_SECTION_RE = re.compile(r"^[（(]\s*([0-9０-９]+)\s*[）)]\s*(.*)$")
_ITEM_RE = re.compile(r"^([\u2460-\u2473])\s*(.*)$")
_FOOTNOTE_RE = re.compile(r"^([※＊])\s*([0-9０-９]*)\s*【([^】]+)】\s*(.*)$")
_TARGET_HEADER_RE = re.compile(r"^【\s*目指す姿\s*】\s*(.*)$")
_JUSOTEKI_RE = re.compile(r"^重層的支援\s+(.+)$")
_PAGE_NO_RE = re.compile(r"^[0-9０-９]{1,3}$")
_SUBTITLE_RE = re.compile(r"^[≪《<＜]{1,2}(.+?)[≫》>＞]{1,2}$")
_PRIORITY_RE = re.compile(r"[（(]\s*重点\s*([0-9０-９]+)\s*[）)]")


def _is_actor_label(s: str) -> bool:
    """A label head, optionally followed by the start of its own continuation (not body text)."""
    for head, full in _ACTOR_LABELS.values():
        if s.startswith(head):
            rest = s[len(head):].strip()
            return not rest or (bool(full) and rest in full)
    return False


@dataclass
class Token:
    kind: str
    line_no: int
    text: str  # the stripped line
    m: re.Match | None = None


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        s = raw.strip().lstrip("\ufeff").strip()
        if not s:
            continue
        kind, m = "text", None
        if _PAGE_NO_RE.match(s):
            kind = "page_no"
        elif m := _GOAL_RE.match(s):
            kind = "goal"
        elif m := _POLICY_RE.match(s):
            kind = "policy"
        elif m := _TARGET_HEADER_RE.match(s):
            kind = "target_header"
        elif s[0] in "○〇":
            kind = "target"
        elif s[0] == "●":
            kind = "measure"
        elif s[0] in "・･":
            kind = "sub_point"
        elif m := _FOOTNOTE_RE.match(s):
            kind = "footnote"
        elif m := _JUSOTEKI_RE.match(s):
            kind = "jusoteki"
        elif s == "内容":
            kind = "table_header"
        elif _is_actor_label(s):
            kind = "actor"
        elif m := _SECTION_RE.match(s):
            kind = "section"
        elif m := _ITEM_RE.match(s):
            kind = "item"
        elif _SUBTITLE_RE.match(s):
            kind, m = "subtitle", _SUBTITLE_RE.match(s)
        elif not extract_flags(s)[0] and FLAG_RE.search(s):
            kind = "flags"
        tokens.append(Token(kind, i, s, m))
    return tokens


# ---------------------------------------------------------------- parser state
@dataclass
class _Block:
    block_id: str
    parent_id: str | None
    level: str  # policy | section | untitled | item
    goal_no: int
    policy_no: int
    section_no: int | None
    item_no: int | None
    title: str | None
    line_no: int
    change_flags: list[str] = field(default_factory=list)
    jusoteki: list[str] = field(default_factory=list)
    note: str | None = None
    ordinal: int = 1  # untitled blocks: 2, 3, ...
    n_targets: int = 0
    n_measures: int = 0
    n_children: int = 0


@dataclass
class _Open:
    """The element that following plain text lines continue."""
    kind: str  # measure | target | footnote | policy_title | section_title | item_title | description | label | jusoteki
    line_no: int
    parts: list[str] = field(default_factory=list)
    subs: list[list[str]] = field(default_factory=list)
    data: dict = field(default_factory=dict)


class _Parser:
    def __init__(self, text: str):
        self.tokens = tokenize(text)
        self.warnings: list[str] = []
        self.goals: dict[int, dict] = {}
        self.policies: dict[tuple[int, int], dict] = {}
        self.blocks: dict[str, _Block] = {}
        self.targets: list[dict] = []
        self.glossary: list[dict] = []
        self.measures: list[dict] = []
        self.goal: int | None = None
        self.policy: _Block | None = None
        self.section: _Block | None = None
        self.untitled: _Block | None = None
        self.item: _Block | None = None
        self.actor: str | None = None
        self.open: _Open | None = None
        self.target_header_flags: list[str] = []
        self.pending_block_flags: tuple[list[str], int] | None = None
        self.seq: dict[tuple[str, str], int] = {}

    # -- helpers
    def warn(self, line_no: int, msg: str) -> None:
        self.warnings.append(f"{line_no}行目: {msg}")

    def deepest(self) -> _Block | None:
        return self.item or self.untitled or self.section or self.policy

    def new_block(self, block: _Block, line_no: int) -> _Block:
        if block.block_id in self.blocks:
            raise PlanParseError(f"見出しが重複しています（{block.block_id}）", line_no)
        self.blocks[block.block_id] = block
        if block.parent_id:
            self.blocks[block.parent_id].n_children += 1
        return block

    # -- main loop
    def run(self) -> None:
        toks = self.tokens
        for idx, tok in enumerate(toks):
            kind = tok.kind
            if kind == "page_no":
                continue  # transparent: a page break never ends a bullet
            if kind == "goal":
                no = goal_number(tok.m.group(1))
                title, flags, _ = extract_flags(tok.m.group(2))
                if self.goal == no:  # repeated page header
                    for f in flags:
                        if f not in self.goals[no]["change_flags"]:
                            self.goals[no]["change_flags"].append(f)
                    continue
                self.close()
                if no in self.goals:
                    raise PlanParseError(f"基本目標{roman(no)} が離れた位置に再び現れました", tok.line_no)
                self.goals[no] = {"goal_no": no, "title": title, "change_flags": flags,
                                  "block_id": roman(no), "line_no": tok.line_no}
                self.goal = no
                self.policy = self.section = self.untitled = self.item = None
                self.actor = None
                continue
            if self.goal is None:
                # Preamble: only its footnotes (※１【共助】…) are kept.
                if kind == "footnote":
                    self.close()
                    self.start_footnote(tok)
                elif kind == "text" and self.open and self.open.kind == "footnote":
                    self.open.parts.append(tok.text)
                elif kind == "flags" and self.open and self.open.kind == "footnote":
                    self.open.parts.append(tok.text)
                else:
                    self.close()
                continue
            if kind not in ("target", "text", "flags", "target_header"):
                self.target_header_flags = []  # 【目指す姿】（追加） covers only its own ○ list
            handler = getattr(self, f"on_{kind}")
            handler(tok, idx)
        self.close()

    def next_significant(self, idx: int) -> Token | None:
        for tok in self.tokens[idx + 1:]:
            if tok.kind == "page_no" or (tok.kind == "goal" and self.goal == goal_number(tok.m.group(1))):
                continue
            return tok
        return None

    # -- structural tokens
    def on_policy(self, tok: Token, idx: int) -> None:
        self.close()
        no = to_int(tok.m.group(1))
        bid = f"{roman(self.goal)}-{no}"
        self.policy = self.new_block(_Block(bid, None, "policy", self.goal, no, None, None, None, tok.line_no), tok.line_no)
        self.section = self.untitled = self.item = None
        self.actor = None
        self.policies[(self.goal, no)] = {"goal_no": self.goal, "policy_no": no, "block_id": bid,
                                          "line_no": tok.line_no, "subtitle": None}
        self.open = _Open("policy_title", tok.line_no, [tok.m.group(2)])

    def on_subtitle(self, tok: Token, idx: int) -> None:
        self.close()
        if self.policy is not None and self.section is None:
            self.policies[(self.goal, self.policy.policy_no)]["subtitle"] = tok.m.group(1).strip()
            self.open = _Open("description", tok.line_no)
        else:
            self.warn(tok.line_no, f"位置不明の副題を無視しました: {tok.text}")

    def on_section(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        no = to_int(tok.m.group(1))
        bid = f"{self.policy.block_id}-({no})"
        self.section = self.new_block(
            _Block(bid, self.policy.block_id, "section", self.goal, self.policy.policy_no, no, None, None, tok.line_no),
            tok.line_no)
        self.untitled = self.item = None
        self.actor = None
        self.open = _Open("section_title", tok.line_no, [tok.m.group(2)], data={"block": self.section})

    def on_item(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        no = circled_to_int(tok.m.group(1))
        parent = self.untitled or self.section or self.policy
        base = (self.section or self.policy).block_id
        bid = f"{base}-{tok.m.group(1)}"
        sec_no = self.section.section_no if self.section else None
        self.item = self.new_block(
            _Block(bid, parent.block_id, "item", self.goal, self.policy.policy_no, sec_no, no, None, tok.line_no),
            tok.line_no)
        self.actor = None
        self.open = _Open("item_title", tok.line_no, [tok.m.group(2)], data={"block": self.item})

    def on_target_header(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        cur = self.deepest()
        if cur.level == "item" or cur.n_measures:
            # A second 【目指す姿】 after an item's measures: an untitled block of the parent.
            parent = self.section or self.policy
            ordinal = 1 + sum(1 for b in self.blocks.values() if b.parent_id == parent.block_id and b.level == "untitled") + 1
            line_no = self.pending_block_flags[1] if self.pending_block_flags else tok.line_no
            self.untitled = self.new_block(
                _Block(f"{parent.block_id}-#{ordinal}", parent.block_id, "untitled", self.goal, self.policy.policy_no,
                       parent.section_no, None, None, line_no, ordinal=ordinal), tok.line_no)
            self.item = None
            cur = self.untitled
        if self.pending_block_flags:
            cur.change_flags.extend(f for f in self.pending_block_flags[0] if f not in cur.change_flags)
            self.pending_block_flags = None
        self.actor = None
        rest, flags, _ = extract_flags(tok.m.group(1))
        if rest:
            self.warn(tok.line_no, f"【目指す姿】の後ろの文字列を無視しました: {rest}")
        self.target_header_flags = flags

    def on_target(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        self.open = _Open("target", tok.line_no, [tok.text[1:]], data={"block": self.deepest(),
                                                                     "header_flags": list(self.target_header_flags)})

    def on_jusoteki(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        self.open = _Open("jusoteki", tok.line_no, [tok.m.group(1)], data={"block": self.deepest()})

    def on_table_header(self, tok: Token, idx: int) -> None:
        self.close()
        self.actor = None

    def on_actor(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        for actor, (head, _) in _ACTOR_LABELS.items():
            if tok.text.startswith(head):
                self.actor = actor
                rest = tok.text[len(head):].strip()
                self.open = _Open("label", tok.line_no, [rest] if rest else [], data={"actor": actor})
                return

    def on_measure(self, tok: Token, idx: int) -> None:
        self.close()
        self.require_policy(tok)
        if self.actor is None:
            raise PlanParseError("取組（●）の前に主体（行政による取組／民間の方向性／市社協の役割）がありません", tok.line_no)
        self.open = _Open("measure", tok.line_no, [tok.text[1:]], data={"block": self.deepest(), "actor": self.actor})

    def on_sub_point(self, tok: Token, idx: int) -> None:
        if self.open and self.open.kind == "measure":
            self.open.subs.append([tok.text[1:]])
        else:
            self.warn(tok.line_no, f"取組に属さない小項目を無視しました: {tok.text}")

    def on_footnote(self, tok: Token, idx: int) -> None:
        self.close()
        self.start_footnote(tok)

    def start_footnote(self, tok: Token) -> None:
        mark, num, term, rest = tok.m.groups()
        self.open = _Open("footnote", tok.line_no, [rest], data={
            "marker": mark + num, "number": to_int(num) if num else None, "term": term.strip(),
            "block": self.deepest() if self.goal else None})

    def on_flags(self, tok: Token, idx: int) -> None:
        o = self.open
        nxt = self.next_significant(idx)
        prev = self.tokens[idx - 1] if idx > 0 else None
        at_page_top = prev is not None and (
            prev.kind == "page_no" or (prev.kind == "goal" and self.goal == goal_number(prev.m.group(1))))
        if (o and o.kind == "measure" and "".join(o.parts).rstrip().endswith("。") and at_page_top
                and nxt is not None and nxt.kind == "target_header"):
            # A mark alone at the top of a page before 【目指す姿】 flags the block that starts there;
            # on its own line without a page break it is the mark of the bullet above (wrapped).
            self.close()
            self.pending_block_flags = (extract_flags(tok.text)[1], tok.line_no)
            return
        if o is None or o.kind == "label":
            if nxt is not None and nxt.kind == "target_header":
                self.pending_block_flags = (extract_flags(tok.text)[1], tok.line_no)
            else:
                self.warn(tok.line_no, f"どこにも属さない変更マークを無視しました: {tok.text}")
            return
        self.on_text(tok, idx)

    def on_goal(self, tok: Token, idx: int) -> None:  # pragma: no cover - handled in run()
        raise AssertionError

    def on_page_no(self, tok: Token, idx: int) -> None:  # pragma: no cover - handled in run()
        raise AssertionError

    def on_text(self, tok: Token, idx: int) -> None:
        o = self.open
        s = tok.text
        clean, _, raw = extract_flags(s)
        if clean and any(r.startswith("項目") for r in raw) and o and o.kind in ("target", "label", "measure"):
            # An un-numbered item heading kept only to show it was removed: "… （項目削除）".
            self.close()
            blk = self.deepest()
            blk.note = (blk.note + "／" if blk.note else "") + f"{clean}（{'・'.join(raw)}）"
            return
        if o is None:
            self.warn(tok.line_no, f"位置不明の行を無視しました: {s}")
            return
        if o.kind == "measure" and o.subs:
            o.subs[-1].append(s)
        elif o.kind == "label":
            full = _ACTOR_LABELS[o.data["actor"]][1]
            o.parts.append(s)
            if "".join(o.parts) not in full:
                self.warn(tok.line_no, f"主体ラベルの続きと解釈できない行を無視しました: {s}")
                o.parts.pop()
        elif o.kind == "policy_title":
            title_so_far = extract_flags("".join(o.parts))[0]
            if title_so_far.endswith(("、", "・", "，")) or title_so_far.count("（") > title_so_far.count("）"):
                o.parts.append(s)
            else:
                self.close()
                self.open = _Open("description", tok.line_no, [s])
        else:
            o.parts.append(s)

    def require_policy(self, tok: Token) -> None:
        if self.policy is None:
            raise PlanParseError(f"基本計画（基本施策）の見出しより前に内容があります: {tok.text}", tok.line_no)

    # -- closing the open element
    def close(self) -> None:
        o, self.open = self.open, None
        if o is None:
            return
        joined = "".join(o.parts)
        if o.kind == "policy_title":
            title, flags, _ = extract_flags(joined)
            m = _PRIORITY_RE.search(title)
            priority = to_int(m.group(1)) if m else None
            title = _PRIORITY_RE.sub("", title).strip()
            p = self.policies[(self.policy.goal_no, self.policy.policy_no)]
            p.update(title=title, priority_no=priority, change_flags=flags)
            self.policy.title = title
            self.policy.change_flags = flags
        elif o.kind == "description":
            text, flags, _ = extract_flags(joined)
            p = self.policies[(self.policy.goal_no, self.policy.policy_no)]
            p["description"] = text or None
            p["description_change_flags"] = flags
        elif o.kind in ("section_title", "item_title"):
            blk: _Block = o.data["block"]
            blk.title, blk.change_flags, _ = extract_flags(joined)
            blk.title = blk.title or None
        elif o.kind == "jusoteki":
            blk = o.data["block"]
            for cat in re.split(r"[、,，]", joined):
                cat = cat.strip()
                if not cat:
                    continue
                if cat not in JUSOTEKI_CATEGORIES:
                    self.warn(o.line_no, f"未知の重層的支援の分類です: {cat}")
                if cat not in blk.jusoteki:
                    blk.jusoteki.append(cat)
        elif o.kind == "target":
            blk = o.data["block"]
            text, flags, _ = extract_flags(joined)
            text, refs = strip_refs(text)
            blk.n_targets += 1
            all_flags = list(o.data["header_flags"]) + [f for f in flags if f not in o.data["header_flags"]]
            self.targets.append({"block": blk, "target_no": blk.n_targets, "text": text.strip(),
                                 "change_flags": all_flags, "refs": refs, "line_no": o.line_no})
        elif o.kind == "footnote":
            text, flags, _ = extract_flags(joined)
            blk = o.data["block"]
            self.glossary.append({"block": blk, "goal_no": blk.goal_no if blk else None,
                                  "policy_no": blk.policy_no if blk else None,
                                  "marker": o.data["marker"], "number": o.data["number"], "term": o.data["term"],
                                  "definition": text.strip(), "change_flags": flags, "line_no": o.line_no})
        elif o.kind == "measure":
            self.finish_measure(o)

    def finish_measure(self, o: _Open) -> None:
        blk: _Block = o.data["block"]
        actor: str = o.data["actor"]
        text, flags, _ = extract_flags("".join(o.parts))
        subs = []
        for sp in o.subs:
            sp_text, sp_flags, _ = extract_flags("".join(sp))
            subs.append(strip_refs(sp_text)[0].strip())
            flags += [f for f in sp_flags if f not in flags]
        text, refs = strip_refs(text)
        text = text.strip()
        if not text:
            raise PlanParseError("本文のない取組（●）があります", o.line_no)
        full = text + "".join("\n・" + s for s in subs)
        key = (blk.block_id, actor)
        self.seq[key] = self.seq.get(key, 0) + 1
        blk.n_measures += 1
        self.measures.append({"block": blk, "actor": actor, "seq": self.seq[key], "text": full,
                              "change_flags": flags, "sub_points": subs, "refs": refs, "line_no": o.line_no})

    # -- output
    def effective_jusoteki(self, blk: _Block | None) -> list[str]:
        while blk is not None:
            if blk.jusoteki:
                return list(blk.jusoteki)
            blk = self.blocks.get(blk.parent_id) if blk.parent_id else None
        return []

    def resolve_refs(self, blk: _Block, refs: list[int | None], line_no: int) -> list[str]:
        terms = []
        for r in refs:
            hits = [g["term"] for g in self.glossary
                    if g["block"] is not None and g["goal_no"] == blk.goal_no and g["policy_no"] == blk.policy_no
                    and g["number"] == r]
            if hits:
                if hits[0] not in terms:
                    terms.append(hits[0])
            else:
                self.warn(line_no, f"{blk.block_id}: 注記番号 {r if r is not None else '※'} に対応する用語がありません")
        return terms

    def measure_id(self, blk: _Block, actor: str, seq: int) -> str:
        sec = blk.section_no or 0
        item = blk.item_no or 0
        extra = f"-B{blk.ordinal}" if blk.level == "untitled" else ""
        return f"M-{blk.goal_no}-{blk.policy_no}-{sec}-{item}{extra}-{ACTOR_CODES[actor]}{seq:02d}"

    def result(self) -> ParsedPlan:
        goals = pd.DataFrame([self.goals[k] for k in sorted(self.goals)], columns=GOALS_COLUMNS)
        pol_rows = []
        for key in sorted(self.policies):
            p = dict(self.policies[key])
            blk = self.blocks[p["block_id"]]
            p.setdefault("title", None)
            p.setdefault("priority_no", None)
            p.setdefault("change_flags", [])
            p.setdefault("description", None)
            p.setdefault("description_change_flags", [])
            p["jusoteki"] = list(blk.jusoteki)
            pol_rows.append(p)
        policies = pd.DataFrame(pol_rows, columns=POLICIES_COLUMNS)

        sec_rows = []
        for blk in self.blocks.values():
            if blk.level == "policy" and not (blk.n_targets or blk.n_measures or blk.jusoteki or blk.note
                                              or any(b.parent_id == blk.block_id and b.level == "item"
                                                     for b in self.blocks.values())):
                continue  # a policy that only groups sections is not a block of its own
            sec_rows.append({"goal_no": blk.goal_no, "policy_no": blk.policy_no, "section_no": blk.section_no,
                             "item_no": blk.item_no, "title": blk.title, "change_flags": list(blk.change_flags),
                             "jusoteki": list(blk.jusoteki), "block_id": blk.block_id,
                             "parent_block_id": blk.parent_id, "level": blk.level,
                             "jusoteki_effective": self.effective_jusoteki(blk), "note": blk.note,
                             "line_no": blk.line_no})
        sections = pd.DataFrame(sec_rows, columns=SECTIONS_COLUMNS)

        def loc(blk: _Block) -> dict:
            return {"goal_no": blk.goal_no, "policy_no": blk.policy_no, "section_no": blk.section_no,
                    "item_no": blk.item_no, "block_id": blk.block_id}

        targets = pd.DataFrame([{**loc(t["block"]), "target_no": t["target_no"], "text": t["text"],
                                 "change_flags": t["change_flags"],
                                 "footnote_terms": self.resolve_refs(t["block"], t["refs"], t["line_no"]),
                                 "line_no": t["line_no"]} for t in self.targets], columns=TARGETS_COLUMNS)
        glossary = pd.DataFrame([{"goal_no": g["goal_no"], "policy_no": g["policy_no"], "marker": g["marker"],
                                  "term": g["term"], "definition": g["definition"], "change_flags": g["change_flags"],
                                  "block_id": g["block"].block_id if g["block"] else None, "line_no": g["line_no"]}
                                 for g in self.glossary], columns=GLOSSARY_COLUMNS)
        m_rows = []
        for m in self.measures:
            blk = m["block"]
            m_rows.append({**loc(blk), "measure_id": self.measure_id(blk, m["actor"], m["seq"]), "actor": m["actor"],
                           "text": m["text"], "change_flags": m["change_flags"],
                           "jusoteki": self.effective_jusoteki(blk), "seq": m["seq"], "sub_points": m["sub_points"],
                           "footnote_terms": self.resolve_refs(blk, m["refs"], m["line_no"]),
                           "line_no": m["line_no"]})
        measures = pd.DataFrame(m_rows, columns=MEASURES_COLUMNS)
        dup = measures["measure_id"][measures["measure_id"].duplicated()]
        if len(dup):
            raise PlanParseError(f"取組IDが重複しました: {', '.join(dup.unique())}（見出し番号の重複を確認してください）")
        int_cols = ("goal_no", "policy_no", "section_no", "item_no", "priority_no", "target_no", "seq", "line_no")
        frames = [goals, policies, sections, targets, glossary, measures]
        for df in frames:
            for c in int_cols:
                if c in df.columns:
                    df[c] = df[c].astype("Int64")
        return ParsedPlan(*frames, warnings=self.warnings)


def parse_plan(text: str) -> ParsedPlan:
    """Parse the chapter text (already decoded) into frames; raises PlanParseError on unplaceable content."""
    p = _Parser(text)
    p.run()
    return p.result()
