"""Grade schemes (评价等级): ordered bands on a score rate, lower bound inclusive."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from models.messages import Said, joined, said, word
from services.core.numbers import to_decimal


@dataclass(frozen=True)
class Band:
    name: str
    min: Decimal  # inclusive lower bound of the score rate, in percent


@dataclass(frozen=True)
class GradeScheme:
    name: str
    bands: tuple[Band, ...]  # highest first

    def grade(self, rate_percent: Decimal | Fraction | None) -> str:
        """The band of a rate, compared exactly (the engine passes the exact rate of the printed total)."""
        if rate_percent is None:
            return ""
        r = Fraction(rate_percent)
        for band in self.bands:
            if r >= Fraction(band.min):
                return band.name
        return self.bands[-1].name

    def neighbours(self, rate_percent: Decimal | Fraction) -> tuple[Band | None, Band | None]:
        """The band above the current one and the current band (for "距'良'差 1.2 分")."""
        above = None
        r = Fraction(rate_percent)
        for band in self.bands:
            if r >= Fraction(band.min):
                return above, band
            above = band
        return above, self.bands[-1]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "bands": [{"name": b.name, "min": format(b.min, "f")} for b in self.bands]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GradeScheme:
        bands = tuple(sorted((Band(str(b["name"]), to_decimal(b["min"], said("等级下限"))) for b in data["bands"]),
                             key=lambda b: b.min, reverse=True))
        return cls(str(data.get("name", "")), bands)


PRESETS: dict[str, GradeScheme] = {
    "national": GradeScheme.from_dict({"name": "全国通用（财预〔2020〕10号：优/良/中/差）", "bands": [
        {"name": "优", "min": "90"}, {"name": "良", "min": "80"}, {"name": "中", "min": "60"}, {"name": "差", "min": "0"}]}),
    "seed": GradeScheme.from_dict({"name": "优/良/较差/差（中档称“较差”）", "bands": [
        {"name": "优", "min": "90"}, {"name": "良", "min": "80"}, {"name": "较差", "min": "60"}, {"name": "差", "min": "0"}]}),
}


def check_scheme(data: Any) -> list[Said]:
    """Every problem of a grade scheme as a framework file gives it (a preset's key, or its bands), each said;
    a band's name is a word the window shows in its language when it is one of the presets' grades."""
    if isinstance(data, str):
        return [] if data in PRESETS else [said("未知的等级方案“{scheme}”（预设：{presets}）", scheme=data,
                                                  presets=joined(list(PRESETS), "、"))]
    if not isinstance(data, Mapping) or not isinstance(data.get("bands"), list) or not data["bands"]:
        return [said("等级方案须给出 bands 列表")]
    problems: list[Said] = []
    names = set()
    for i, b in enumerate(data["bands"], 1):
        if not isinstance(b, Mapping) or not b.get("name"):
            problems.append(said("第 {number} 个等级缺少名称", number=i))
            continue
        name = word(b["name"])
        if b["name"] in names:
            problems.append(said("等级名称“{name}”重复", name=name))
        names.add(b["name"])
        try:
            m = to_decimal(b.get("min"), "min")
            if m > 100:
                problems.append(said("等级“{name}”的下限不能超过 100", name=name))
        except ValueError as exc:
            problems.append(said("等级“{name}”：{problem}", name=name, problem=exc))
    if not problems and min(to_decimal(b["min"]) for b in data["bands"]) != 0:
        problems.append(said("最低等级的下限应为 0，使任何得分都有等级"))
    return problems


def resolve(data: Any) -> GradeScheme:
    if isinstance(data, str):
        return PRESETS[data]
    if data is None:
        return PRESETS["national"]
    return GradeScheme.from_dict(data)
