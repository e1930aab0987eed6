"""Finding and registering the Japanese (CJK) font for matplotlib, slides and cards.

The setup installs Debian's fonts-noto-cjk; without it Japanese labels would render as
tofu boxes, so a missing font is an error rather than a silent fallback.
"""
from __future__ import annotations

from pathlib import Path

CJK_FAMILY = "Noto Sans CJK JP"
# Fallback order for a machine that has a different Noto CJK build installed.
_CANDIDATE_FAMILIES = (CJK_FAMILY, "Noto Sans JP", "Noto Sans CJK SC")
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".local/share/fonts"))


def _find_in_manager() -> tuple[str, str] | None:
    from matplotlib import font_manager as fm

    by_name = {f.name: f.fname for f in fm.fontManager.ttflist}
    for family in _CANDIDATE_FAMILIES:
        if family in by_name:
            return family, by_name[family]
    return None


def register_cjk_font() -> str:
    """Find the Noto Sans CJK font, register it with matplotlib and make it the default.

    Returns the family name. Raises `indicators.errors.UserError` when no CJK font is installed.
    """
    import matplotlib
    from matplotlib import font_manager as fm

    found = _find_in_manager()
    if found is None:
        # A font installed after matplotlib built its cache: add the files explicitly.
        for path in fm.findSystemFonts(fontpaths=[d for d in _FONT_DIRS if Path(d).exists()]):
            if "NotoSansCJK" in Path(path).name or "NotoSansJP" in Path(path).name:
                try:
                    fm.fontManager.addfont(path)
                except (OSError, RuntimeError):
                    continue
        found = _find_in_manager()
    if found is None:
        from indicators.errors import UserError

        raise UserError(
            "日本語フォント（Noto Sans CJK JP）が見つかりません。"
            "`make system-deps`（fonts-noto-cjk のインストール）を実行してください。"
        )
    family, _path = found
    matplotlib.rcParams["font.family"] = "sans-serif"
    sans = [f for f in matplotlib.rcParams["font.sans-serif"] if f != family]
    matplotlib.rcParams["font.sans-serif"] = [family, *sans]
    # The CJK font has no U+2212 minus sign glyph in some builds; use ASCII hyphen-minus.
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


def cjk_font_path() -> Path:
    """Path of the registered CJK font file (for checks and for embedding in reports)."""
    family = register_cjk_font()
    from matplotlib import font_manager as fm

    return Path(fm.findfont(fm.FontProperties(family=family), fallback_to_default=False))
