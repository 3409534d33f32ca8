"""Numbers and times as each language writes them (pt-BR: decimal comma, day/month/year)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


class Formatter:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.decimal = "," if lang == "pt-BR" else "."

    def num(self, value: Any, digits: int = 4, *, signed: bool = False) -> str:
        """A number with `digits` decimals; '—' for a missing value; other values as they are."""
        if value is None:
            return "—"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, int):
            return self.integer(value)
        text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
        return text.replace(".", self.decimal)

    def integer(self, value: Any) -> str:
        if value is None:
            return "—"
        text = f"{int(value):,}"
        return text.replace(",", "." if self.lang == "pt-BR" else ",")

    def pct(self, value: Any, digits: int = 1) -> str:
        if value is None:
            return "—"
        return f"{100 * float(value):.{digits}f}".replace(".", self.decimal) + "%"

    def when(self, value: Any) -> str:
        """An ISO time as 'dd/mm/yyyy hh:mm UTC' (pt-BR) or 'yyyy-mm-dd hh:mm UTC' (en)."""
        if not value:
            return "—"
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        moment = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
        return moment.strftime("%d/%m/%Y %H:%M UTC" if self.lang == "pt-BR" else "%Y-%m-%d %H:%M UTC")

    def day_time(self, value: Any, *, with_time: bool = True) -> str:
        """An ISO time as a short axis label: '24/11 18:01' (pt-BR) or '11-24 18:01' (en), UTC;
        the day alone without `with_time`."""
        moment = datetime.fromisoformat(str(value))
        moment = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
        day = "%d/%m" if self.lang == "pt-BR" else "%m-%d"
        return moment.strftime(f"{day} %H:%M" if with_time else day)

    def seconds(self, value: Any) -> str:
        if value is None:
            return "—"
        value = float(value)
        if value < 120:
            return self.num(value, 1) + " s"
        if value < 7200:
            return self.num(value / 60, 1) + " min"
        return self.num(value / 3600, 1) + " h"

    def value(self, value: Any) -> Any:
        """A setting as people read it: yes/no, '—' for none, numbers in the language's way."""
        from markupsafe import Markup

        if isinstance(value, Markup):
            return value
        if value is None:
            return "—"
        if isinstance(value, bool):
            return {"pt-BR": "sim", "en": "yes"}.get(self.lang, "yes") if value else {"pt-BR": "não", "en": "no"}.get(self.lang, "no")
        if isinstance(value, float):
            return f"{value:.6g}".replace(".", self.decimal)
        if isinstance(value, int):
            return self.integer(value)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(self.value(item)) for item in value) or "—"
        return str(value)

    @staticmethod
    def short(value: Any, length: int = 12) -> str:
        return str(value)[:length] if value else "—"
