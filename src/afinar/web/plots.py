"""Charts as inline SVG, written by hand on the server: line charts (loss curves, drift over
time), grouped bar charts (tuned vs base) and horizontal bar charts (label counts, groups).

Hand-written rather than matplotlib: a chart is a few kilobytes, renders in microseconds, its
colours come from the page's stylesheet (`.s0` … `.s5`), and every point and bar carries a
`<title>` so hovering shows the exact value. Every text is escaped; labels that come from the
data are passed through the caller's withholder before they get here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

SERIES_CLASSES = 6  # .s0 … .s5 in afinar.css


@dataclass(frozen=True)
class Series:
    name: str
    points: Sequence[tuple[float, float]]  # (x, y)
    dashed: bool = False
    hover: Sequence[str] | None = None  # what each point's x means, for its tooltip (e.g. a date)


def nice_ticks(low: float, high: float, count: int = 5, *, integer: bool = False) -> list[float]:
    """About `count` round tick values covering [low, high] (1, 2, 2.5 or 5 times a power of ten;
    whole numbers only when `integer`, for counts)."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0, 1.0]
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integer:
        step = max(1.0, round(step))
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 12))
        value += step
    if ticks[-1] < high:
        ticks.append(round(value, 12))
    return ticks


def _fmt(value: float) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:,.0f}".replace(",", " ")
    if abs(value) >= 10:
        return f"{value:.0f}"
    if abs(value) >= 0.1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    head = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _legend(names: list[str], x: float, y: float, dashed: list[bool] | None = None) -> list[str]:
    out, cursor = [], x
    for i, name in enumerate(names):
        css = f"s{i % SERIES_CLASSES}"
        dash = " dashed" if dashed and dashed[i] else ""
        out.append(f'<line class="line {css}{dash}" x1="{cursor:.1f}" y1="{y:.1f}" x2="{cursor + 18:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="legend" x="{cursor + 22:.1f}" y="{y + 4:.1f}">{escape(name)}</text>')
        cursor += 30 + 7 * len(name)
    return out


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    x_label: str = "",
    y_label: str = "",
    width: int = 640,
    height: int = 260,
    y_min: float | None = None,
    y_max: float | None = None,
    x_ticks: Sequence[tuple[float, str]] | None = None,
    bands: Sequence[tuple[float, str]] = (),
) -> Markup:
    """Lines through each series' points; `bands`: horizontal reference lines (value, label).
    `x_ticks`: explicit (x, label) ticks, e.g. dates."""
    points = [p for s in series for p in s.points if math.isfinite(p[1])]
    if not points:
        return Markup("")
    left, right, top, bottom = 56, 12, 28, 40
    xs, ys = [p[0] for p in points], [p[1] for p in points] + [b[0] for b in bands]
    x0, x1 = min(xs), max(xs)
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1
    y_ticks = nice_ticks(min(ys) if y_min is None else y_min, max(ys) if y_max is None else y_max)
    y0, y1 = y_ticks[0], y_ticks[-1]
    plot_w, plot_h = width - left - right, height - top - bottom

    def sx(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * plot_w

    def sy(y: float) -> float:
        return top + plot_h - (y - y0) / (y1 - y0) * plot_h

    body = [f'<rect class="plot-area" x="{left}" y="{top}" width="{plot_w}" height="{plot_h}"/>']
    for tick in y_ticks:
        body.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{sy(tick):.1f}" y2="{sy(tick):.1f}"/>')
        body.append(f'<text class="tick" x="{left - 6}" y="{sy(tick) + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')
    if x_ticks is None:
        x_ticks = [(x, _fmt(x)) for x in nice_ticks(x0, x1, 6) if x0 <= x <= x1]
    for x, label in x_ticks:
        # Labels at the ends of the axis grow inwards, so that they are not cut off.
        anchor = "start" if sx(x) - left < 30 and len(x_ticks) > 1 else "end" if left + plot_w - sx(x) < 30 and len(x_ticks) > 1 else "middle"
        body.append(f'<text class="tick" x="{sx(x):.1f}" y="{top + plot_h + 16}" text-anchor="{anchor}">{escape(label)}</text>')
    placed: list[float] = []
    for value, label in sorted(bands):
        y = sy(value)
        body.append(f'<line class="band" x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>')
        # A label goes above its line, or below it when the band under it is too close to read both.
        label_y = y + 12 if any(abs(y - other) < 12 for other in placed) else y - 4
        placed.append(y)
        body.append(f'<text class="band-label" x="{left + plot_w - 4}" y="{label_y:.1f}" text-anchor="end">{escape(label)}</text>')
    for i, s in enumerate(series):
        css = f"s{i % SERIES_CLASSES}" + (" dashed" if s.dashed else "")
        finite = [(x, y) for x, y in s.points if math.isfinite(y)]
        if len(finite) > 1:
            path = " ".join(f"{'M' if j == 0 else 'L'}{sx(x):.1f},{sy(y):.1f}" for j, (x, y) in enumerate(finite))
            body.append(f'<path class="line {css}" d="{path}"/>')
        # Dots only where they can be told apart; each carries its value for hovering.
        radius = 3 if len(finite) <= 60 else 0
        hover = list(s.hover) if s.hover else [_fmt(x) for x, _ in s.points]
        for j, (x, y) in enumerate(s.points):
            if radius and math.isfinite(y):
                body.append(
                    f'<circle class="dot {css}" cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="{radius}">'
                    f"<title>{escape(s.name)} · {escape(hover[j])}: {y:.4g}</title></circle>"
                )
    if x_label:
        body.append(f'<text class="axis-label" x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle">{escape(x_label)}</text>')
    if y_label:
        body.append(f'<text class="axis-label" x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" transform="rotate(-90 12 {top + plot_h / 2:.1f})">{escape(y_label)}</text>')
    body += _legend([s.name for s in series], left, 14, [s.dashed for s in series])
    return _svg(width, height, title, body)


def bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    title: str,
    y_label: str = "",
    width: int = 640,
    height: int = 260,
    y_min: float | None = 0.0,
    y_max: float | None = None,
) -> Markup:
    """Vertical bars, one group per category and one bar per series (missing values: no bar)."""
    values = [v for _, vs in series for v in vs if v is not None and math.isfinite(v)]
    if not categories or not values:
        return Markup("")
    left, right, top, bottom = 56, 12, 28, 48
    low = min(values + ([y_min] if y_min is not None else []))
    high = max(values + ([y_max] if y_max is not None else []))
    y_ticks = nice_ticks(min(low, 0.0), high, integer=all(float(v).is_integer() for v in values))
    y0, y1 = y_ticks[0], y_ticks[-1]
    plot_w, plot_h = width - left - right, height - top - bottom

    def sy(y: float) -> float:
        return top + plot_h - (y - y0) / (y1 - y0) * plot_h

    body = [f'<rect class="plot-area" x="{left}" y="{top}" width="{plot_w}" height="{plot_h}"/>']
    for tick in y_ticks:
        body.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{sy(tick):.1f}" y2="{sy(tick):.1f}"/>')
        body.append(f'<text class="tick" x="{left - 6}" y="{sy(tick) + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>')
    group_w = plot_w / len(categories)
    bar_w = group_w * 0.8 / max(len(series), 1)
    for c, category in enumerate(categories):
        gx = left + c * group_w + group_w * 0.1
        for i, (name, vs) in enumerate(series):
            value = vs[c] if c < len(vs) else None
            if value is None or not math.isfinite(value):
                continue
            if value == 0:
                body.append(f'<line class="zero s{i % SERIES_CLASSES}" x1="{gx + i * bar_w:.1f}" x2="{gx + (i + 0.92) * bar_w:.1f}" y1="{sy(0):.1f}" y2="{sy(0):.1f}"><title>{escape(name)} · {escape(category)}: 0</title></line>')
                continue
            y_top, y_base = sy(max(value, 0.0)), sy(min(value, 0.0))
            body.append(
                f'<rect class="bar s{i % SERIES_CLASSES}" x="{gx + i * bar_w:.1f}" y="{y_top:.1f}" width="{bar_w * 0.92:.1f}" '
                f'height="{max(y_base - y_top, 0.5):.1f}"><title>{escape(name)} · {escape(category)}: {value:.4g}</title></rect>'
            )
        label = category if len(category) <= 18 else category[:17] + "…"
        body.append(f'<text class="tick" x="{gx + group_w * 0.4:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{escape(label)}</text>')
    if y_label:
        body.append(f'<text class="axis-label" x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" transform="rotate(-90 12 {top + plot_h / 2:.1f})">{escape(y_label)}</text>')
    if len(series) > 1:
        body += _legend([name for name, _ in series], left, 14)
    return _svg(width, height, title, body)


def hbar_chart(items: Sequence[tuple[str, float]], *, title: str, x_label: str = "", width: int = 480, limit: int = 25, percent: bool = False) -> Markup:
    """Horizontal bars, largest first (at most `limit`)."""
    items = [(label, value) for label, value in items if value is not None and math.isfinite(value)][:limit]
    if not items:
        return Markup("")
    row_h, left, right, top = 20, 150, 56, 8
    height = top + row_h * len(items) + (28 if x_label else 10)
    high = max(value for _, value in items) or 1.0
    plot_w = width - left - right
    body = []
    for i, (label, value) in enumerate(items):
        y = top + i * row_h
        shown = label if len(label) <= 22 else label[:21] + "…"
        text_value = f"{100 * value:.1f}%" if percent else _fmt(value)
        body.append(f'<text class="tick" x="{left - 6}" y="{y + 14}" text-anchor="end">{escape(shown)}</text>')
        body.append(
            f'<rect class="bar s0" x="{left}" y="{y + 3}" width="{max(value / high * plot_w, 0.5):.1f}" height="{row_h - 6}">'
            f"<title>{escape(label)}: {text_value}</title></rect>"
        )
        body.append(f'<text class="value" x="{left + value / high * plot_w + 4:.1f}" y="{y + 14}">{text_value}</text>')
    if x_label:
        body.append(f'<text class="axis-label" x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle">{escape(x_label)}</text>')
    return _svg(width, height, title, body)


def heat_table_class(value: float, high: float) -> str:
    """A CSS class `heat0` … `heat4` for a confusion-matrix cell, by its share of the row maximum."""
    if high <= 0 or value <= 0:
        return "heat0"
    return f"heat{min(4, 1 + int(3.999 * value / high))}"
