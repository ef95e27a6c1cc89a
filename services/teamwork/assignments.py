"""Team work on one evaluation: who does what (分工), review (复核), independent expert scoring
(专家独立评分) and the firm's review chain of sign-offs (项目负责人 → 部门复核 → 质控复核).

Everything is stored in the existing tables: ``Assessment.assignee/reviewer/reviewed_at/
review_comment/self_score``, ``Finding.assignee``, ``RaterScore`` rows, ``SignOff`` rows, and in
``Evaluation.settings``: ``review_chain`` (list of stage names), ``rater_spread_limit`` (a fraction
of 分值), ``rater_choices`` ({indicator id: {method, value, by, at}}) and ``handouts``.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.base import dumps, utcnow
from models.entities import (
    Assessment,
    Evaluation,
    Evaluator,
    Finding,
    Indicator,
    RaterScore,
    SignOff,
)
from models.errors import FileExistsRefused
from models.messages import message_of, said, word
from models.store import Store
from services.core.errors import EditRefused
from services.core.filenames import check_target
from services.core.files import atomic_write
from services.core.numbers import fmt, round_half_up, to_decimal
from services.evaluation import assessments
from services.teamwork import integrity

DEFAULT_CHAIN = ("项目负责人", "部门复核", "质控复核")
DEFAULT_SPREAD_LIMIT = Decimal("0.2")  # a spread above 20 % of 分值 is flagged
METHODS = {"mean": "平均值", "trimmed": "去掉最高最低后的平均值", "consensus": "协商一致值"}
REVIEWED = "已复核"
#: settings keys that are bookkeeping, not evaluation content: changing them voids no sign-off
BOOKKEEPING_SETTINGS = ("handouts", "backup_keep", "review_chain", "periodic_backup_minutes")


def _settings(s) -> tuple[Evaluation, dict]:
    ev = s.execute(select(Evaluation)).scalar_one()
    return ev, dict(ev.settings or {})


def _descendants(s, indicator_id: str) -> list[str]:
    children: dict[str | None, list[str]] = {}
    for iid, parent in s.execute(select(Indicator.id, Indicator.parent_id)):
        children.setdefault(parent, []).append(iid)
    out, todo = [], [indicator_id]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo.extend(children.get(cur, []))
    return out


# ── 分工: assignment ─────────────────────────────────────────────────────────
def team_members(store: Store) -> list[str]:
    with store.read() as s:
        return [n for n in s.execute(select(Evaluator.name).order_by(Evaluator.position, Evaluator.name)).scalars()]


def assign(store: Store, indicator_id: str, assignee: str, subtree: bool = True) -> int:
    """Assign an indicator (and, by default, everything under it) to a member. Returns how many."""
    assignee = (assignee or "").strip()
    with store.session("分配指标") as s:
        if s.get(Indicator, indicator_id) is None:
            raise EditRefused(said("该指标已不存在"))
        ids = _descendants(s, indicator_id) if subtree else [indicator_id]
        rows = {a.indicator_id: a for a in s.execute(select(Assessment).where(Assessment.indicator_id.in_(ids))).scalars()}
        for iid in ids:
            a = rows.get(iid)
            if a is None:
                a = Assessment(indicator_id=iid, inputs={})
                s.add(a)
            a.assignee = assignee
        return len(ids)


def assign_finding(store: Store, finding_id: str, assignee: str) -> None:
    with store.session("分配问题") as s:
        f = s.get(Finding, finding_id)
        if f is None:
            raise EditRefused(said("该问题已被删除"))
        f.assignee = (assignee or "").strip()


@dataclass
class Work:
    """What one member is assigned: indicator ids (with their ancestors, for the tree) and findings."""

    indicators: set[str] = field(default_factory=set)
    ancestors: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)

    def shows(self, indicator_id: str) -> bool:
        return indicator_id in self.indicators or indicator_id in self.ancestors


def assigned_to(store: Store, who: str) -> Work:
    """The "mine" filter of the tree and the 问题清单."""
    w = Work()
    with store.read() as s:
        parent = dict(s.execute(select(Indicator.id, Indicator.parent_id)).all())
        w.indicators = set(s.execute(select(Assessment.indicator_id).where(Assessment.assignee == who)).scalars())
        w.findings = set(s.execute(select(Finding.id).where(Finding.assignee == who)).scalars())
    for iid in w.indicators:
        p = parent.get(iid)
        while p is not None and p not in w.ancestors:
            w.ancestors.add(p)
            p = parent.get(p)
    return w


def hand_out(store: Store, member: str, target: Path | str) -> Path:
    """Write a copy of the open file for a member (SQLite backup API; never overwrites a file).

    The hand-out is recorded in the file *before* copying, so the copy carries the record too and
    merging it back does not see it as a change.
    """
    target = check_target(target)
    if target.exists():
        raise FileExistsRefused(said("文件“{target}”已存在，为保护已有数据不会覆盖。请换一个文件名。", target=target))
    if target.resolve() == Path(store.path).resolve():
        raise EditRefused(said("副本不能与原文件同名"))
    with store.session("分发副本") as s:
        ev, settings = _settings(s)
        handouts = list(settings.get("handouts") or [])
        handouts.append({"member": member, "file": target.name, "at": utcnow().isoformat(timespec="seconds")})
        settings["handouts"] = handouts
        ev.settings = settings
    target.parent.mkdir(parents=True, exist_ok=True)

    def write_copy(tmp: Path) -> None:
        src = sqlite3.connect(f"file:{Path(store.path).resolve().as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # the copy stands alone: no -wal beside it
            finally:
                dst.close()
        finally:
            src.close()
        if target.exists():
            raise FileExistsRefused(said("文件“{target}”已存在，为保护已有数据不会覆盖。请换一个文件名。", target=target))

    return atomic_write(target, write_copy)


# ── 复核: review ──────────────────────────────────────────────────────────────
def _assessment(s, indicator_id: str) -> tuple[Indicator, Assessment]:
    return assessments._leaf(s, indicator_id)


def mark_reviewed(store: Store, indicator_id: str, reviewer: str, comment: str = "") -> None:
    """已复核: the lead accepts the indicator's score."""
    if not (reviewer or "").strip():
        raise EditRefused(said("请填写复核人"))
    with store.session("复核通过") as s:
        _ind, a = _assessment(s, indicator_id)
        a.status = REVIEWED
        a.reviewer = reviewer.strip()
        a.reviewed_at = utcnow()
        a.review_comment = (comment or "").strip()


def send_back(store: Store, indicator_id: str, reviewer: str, comment: str) -> None:
    """退回: back to the member with a comment they see; status 进行中."""
    if not (comment or "").strip():
        raise EditRefused(said("退回修改必须写明意见"))
    if not (reviewer or "").strip():
        raise EditRefused(said("请填写复核人"))
    with store.session("复核退回") as s:
        _ind, a = _assessment(s, indicator_id)
        a.status = "进行中"
        a.reviewer = reviewer.strip()
        a.reviewed_at = utcnow()
        a.review_comment = comment.strip()


def review_score(store: Store, indicator_id: str, score: Any, reason: str, reviewer: str) -> None:
    """The reviewer changes a score: the member's score is kept as 自评分 (self_score) the first
    time, and the new score becomes the override (复核分) with the reason."""
    if not (reason or "").strip():
        raise EditRefused(said("复核调整得分必须填写理由"))
    current = _final_score(store, indicator_id)
    try:
        value = to_decimal(score, said("复核分"))
    except Exception as exc:  # noqa: BLE001 - RuleInputError: a message for the evaluator
        raise EditRefused(message_of(exc)) from None
    with store.session("复核调整得分") as s:
        ind, a = _assessment(s, indicator_id)
        if value > ind.max_points:
            raise EditRefused(said("复核分 {value} 超过“{name}”的分值 {max_points}", value=fmt(value), name=ind.name, max_points=fmt(ind.max_points)))
        if a.self_score is None and current is not None:
            a.self_score = current
        a.override_score = value
        a.override_reason = f"复核调整：{reason.strip()}"
        a.reviewer = (reviewer or "").strip()
        a.reviewed_at = utcnow()
        a.status = REVIEWED


def _final_score(store: Store, indicator_id: str) -> Decimal | None:
    sheet = assessments.score(store)
    node = next((n for n in sheet.walk() if n.id == indicator_id), None)
    return node.score if node is not None else None


REVIEW_FIELDS = ("status", "assignee", "reviewer", "reviewed_at", "review_comment", "self_score",
                 "override_score", "override_reason")


def review_state(store: Store, indicator_id: str) -> dict[str, Any]:
    """The review-related fields of an indicator's assessment (what undo puts back)."""
    with store.read() as s:
        a = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one_or_none()
        return {k: getattr(a, k) for k in REVIEW_FIELDS} if a is not None else {}


def restore_review_state(store: Store, indicator_id: str, state: dict[str, Any]) -> None:
    with store.session("撤销复核") as s:
        _ind, a = _assessment(s, indicator_id)
        for k in REVIEW_FIELDS:
            if k in state:
                setattr(a, k, state[k])


@dataclass
class ReviewRow:
    indicator_id: str
    code: str
    name: str
    status: str
    assignee: str
    reviewer: str
    reviewed_at: datetime | None
    review_comment: str
    self_score: Decimal | None  # 自评分
    score: Decimal | None  # 复核分 / final

    @property
    def changed_by_review(self) -> bool:
        return self.self_score is not None and self.score != self.self_score

    @property
    def sent_back(self) -> bool:
        return bool(self.review_comment) and self.status != REVIEWED


def review_rows(store: Store) -> list[ReviewRow]:
    """Per leaf: status, reviewer, comment, 自评分 and the final score (for the review page and the
    scoring sheet's 自评分/复核分 columns)."""
    sheet = assessments.score(store)
    scores = {n.id: n.score for n in sheet.walk()}
    with store.read() as s:
        inds = {i.id: i for i in s.execute(select(Indicator)).scalars()}
        rows = []
        for a in s.execute(select(Assessment)).scalars():
            ind = inds.get(a.indicator_id)
            if ind is None or not ind.items:
                continue
            rows.append(ReviewRow(ind.id, ind.code, ind.name, a.status, a.assignee, a.reviewer, a.reviewed_at,
                                  a.review_comment, a.self_score, scores.get(ind.id)))
    return sorted(rows, key=lambda r: [int(p) if p.isdigit() else p for p in r.code.replace("-", ".").split(".")])


def shows_review_columns(store: Store) -> bool:
    """True when a review changed some score: the scoring sheet then prints 自评分 and 复核分."""
    return any(r.changed_by_review for r in review_rows(store))


def sent_back_to(store: Store, who: str | None = None) -> list[ReviewRow]:
    """Indicators sent back (with the reviewer's comment), for one member or everyone."""
    return [r for r in review_rows(store) if r.sent_back and (who is None or r.assignee == who)]


# ── 专家独立评分: independent expert scoring ──────────────────────────────────
def set_rater_score(store: Store, indicator_id: str, rater: str, score: Any, comment: str = "") -> None:
    rater = (rater or "").strip()
    if not rater:
        raise EditRefused(said("请填写评分专家"))
    try:
        value = to_decimal(score, said("专家评分"))
    except Exception as exc:  # noqa: BLE001 - RuleInputError
        raise EditRefused(message_of(exc)) from None
    with store.session("专家评分") as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        if value > ind.max_points:
            raise EditRefused(said("专家评分 {value} 超过“{name}”的分值 {max_points}", value=fmt(value), name=ind.name, max_points=fmt(ind.max_points)))
        row = s.execute(select(RaterScore).where(RaterScore.indicator_id == indicator_id,
                                                 RaterScore.rater == rater)).scalar_one_or_none()
        if row is None:
            s.add(RaterScore(indicator_id=indicator_id, rater=rater, score=value, comment=comment or ""))
        else:
            row.score, row.comment = value, comment or ""


def scores_of_rater(store: Store, rater: str) -> dict[str, Decimal]:
    """One expert's own scores only (blind scoring: they never see the others')."""
    with store.read() as s:
        return dict(s.execute(select(RaterScore.indicator_id, RaterScore.score).where(RaterScore.rater == rater)).all())


@dataclass
class RaterSummary:
    indicator_id: str
    code: str
    name: str
    max_points: Decimal
    scores: list[tuple[str, Decimal]]  # (rater, score), by rater
    mean: Decimal
    trimmed_mean: Decimal
    spread: Decimal  # highest − lowest
    flagged: bool  # spread above the limit
    choice: dict | None  # {"method", "value", "by", "at"} once the lead chose

    @property
    def n(self) -> int:
        return len(self.scores)


def _q(d: Decimal) -> Decimal:
    return round_half_up(d, 2)


def mean(values: Iterable[Decimal]) -> Decimal:
    vals = list(values)
    return _q(sum(vals, Decimal(0)) / len(vals))


def trimmed_mean(values: Iterable[Decimal]) -> Decimal:
    """The mean without one highest and one lowest score (plain mean under three scores)."""
    vals = sorted(values)
    if len(vals) >= 3:
        vals = vals[1:-1]
    return mean(vals)


def spread_limit(store: Store) -> Decimal:
    raw = (assessments.get_info(store).settings or {}).get("rater_spread_limit")
    try:
        d = Decimal(str(raw))
        return d if 0 < d <= 1 else DEFAULT_SPREAD_LIMIT
    except Exception:  # noqa: BLE001 - absent or not a number: the default
        return DEFAULT_SPREAD_LIMIT


def rater_summary(store: Store) -> list[RaterSummary]:
    """Per indicator scored by experts: every score, the spread, mean, trimmed mean, the flag and the
    lead's choice."""
    limit = spread_limit(store)
    choices = (assessments.get_info(store).settings or {}).get("rater_choices") or {}
    with store.read() as s:
        inds = {i.id: i for i in s.execute(select(Indicator)).scalars()}
        by: dict[str, list[tuple[str, Decimal]]] = {}
        for r in s.execute(select(RaterScore).order_by(RaterScore.rater)).scalars():
            by.setdefault(r.indicator_id, []).append((r.rater, r.score))
    out = []
    for iid, scores in by.items():
        ind = inds.get(iid)
        if ind is None:
            continue
        vals = [v for _r, v in scores]
        spread = max(vals) - min(vals)
        out.append(RaterSummary(iid, ind.code, ind.name, ind.max_points, scores, mean(vals), trimmed_mean(vals), spread,
                                spread > limit * ind.max_points, choices.get(iid)))
    return sorted(out, key=lambda r: [int(p) if p.isdigit() else p for p in r.code.split(".")])


def choose_rater_value(store: Store, indicator_id: str, method: str, value: Any = None, chooser: str = "") -> Decimal:
    """The lead's choice for an indicator scored by experts: ``mean``, ``trimmed`` or ``consensus``
    (with ``value``). It becomes the indicator's score (an override whose reason lists every
    expert's score); the choice is kept in settings and the experts' scores stay as they are."""
    if method not in METHODS:
        raise EditRefused(said("取值方式只能是：{values}", values='、'.join(METHODS.values())))
    summary = next((r for r in rater_summary(store) if r.indicator_id == indicator_id), None)
    if summary is None:
        raise EditRefused(said("该指标还没有专家评分"))
    if method == "mean":
        chosen = summary.mean
    elif method == "trimmed":
        chosen = summary.trimmed_mean
    else:
        if value in (None, ""):
            raise EditRefused(said("协商一致值必须填写"))
        try:
            chosen = to_decimal(value, said("协商一致值"))
        except Exception as exc:  # noqa: BLE001 - RuleInputError
            raise EditRefused(message_of(exc)) from None
    if chosen > summary.max_points:
        raise EditRefused(said("取值 {chosen} 超过“{name}”的分值 {max_points}", chosen=fmt(chosen), name=summary.name, max_points=fmt(summary.max_points)))
    listing = "、".join(f"{r} {fmt(v)}" for r, v in summary.scores)
    with store.session("专家评分取值") as s:
        _ind, a = _assessment(s, indicator_id)
        a.override_score = chosen
        a.override_reason = f"专家独立评分（{summary.n} 位：{listing}）取{METHODS[method]}"
        ev, settings = _settings(s)
        choices = dict(settings.get("rater_choices") or {})
        choices[indicator_id] = {"method": method, "value": format(chosen, "f"), "by": chooser,
                                 "at": utcnow().isoformat(timespec="seconds")}
        settings["rater_choices"] = choices
        ev.settings = settings
    return chosen


# ── 复核链与签署: review chain and sign-offs ──────────────────────────────────
def review_chain(store: Store) -> list[str]:
    chain = (assessments.get_info(store).settings or {}).get("review_chain")
    return list(chain) if chain else list(DEFAULT_CHAIN)


def set_review_chain(store: Store, stages: Iterable[str]) -> list[str]:
    clean = [str(x).strip() for x in stages if str(x).strip()]
    if not clean:
        raise EditRefused(said("复核链至少要有一级"))
    if len(set(clean)) != len(clean):
        raise EditRefused(said("复核链中的各级名称不能重复"))
    with store.session("设置复核链") as s:
        ev, settings = _settings(s)
        settings["review_chain"] = clean
        ev.settings = settings
    return clean


def data_hash(store: Store) -> str:
    """SHA-256 over the evaluation's content: every row of every table except the sign-offs and the
    audit trail, without ``updated_at``/``updated_by`` and bookkeeping settings. A sign-off covers
    exactly this; any change to the content makes it void."""
    h = hashlib.sha256()
    with store.read() as s:
        for name, cls in sorted(integrity.row_tables().items()):
            if name == "sign_off":
                continue
            cols = [c for c in cls.__table__.columns if c.name not in ("updated_at", "updated_by")]
            for obj in s.execute(select(cls).order_by(cls.id)).scalars():
                row = {c.name: getattr(obj, c.key) for c in cols}
                if name == "evaluation":
                    row["settings"] = {k: v for k, v in (row.get("settings") or {}).items()
                                       if k not in BOOKKEEPING_SETTINGS}
                h.update(name.encode())
                h.update(dumps(row).encode("utf-8"))
                h.update(b"\n")
    return h.hexdigest()


@dataclass
class SignOffData:
    stage: str
    signer: str
    signed_at: datetime | None
    comment: str
    valid: bool  # False: void, the data changed after it was signed
    anchor_seq: int | None = None  # the audit chain's head when signed
    anchor_hash: str = ""
    key_fingerprint: str = ""  # of the public key that signed it ("" for an unsigned, older sign-off)

    @property
    def state(self) -> str:
        if self.signed_at is None:
            return "未签署"
        return "有效" if self.valid else "已失效（签署后数据有改动）"

    @property
    def anchor_text(self) -> str:
        """审计轨迹 #seq hash · 公钥 fingerprint, as printed on the 工作底稿 and in the 复核签署."""
        if self.anchor_seq is None:
            return ""
        key = f" · 公钥 {self.key_fingerprint}" if self.key_fingerprint else ""
        return f"审计轨迹 #{self.anchor_seq} {self.anchor_hash[:12]}{key}"


def sign(store: Store, stage: str, signer: str, comment: str = "") -> SignOffData:
    """Sign a stage of the chain. Earlier stages must hold valid sign-offs.

    The sign-off records the audit chain's head (read in the same write transaction) and is signed
    with the evaluator's own Ed25519 key (``services.teamwork.signing``)."""
    from models import anchors
    from models.base import new_id
    from services.teamwork import signing

    chain = review_chain(store)
    if stage not in chain:
        raise EditRefused(said("“{stage}”不在复核链（{chain}）中", stage=word(stage), chain=' → '.join(chain)))
    if not (signer or "").strip():
        raise EditRefused(said("请填写签署人"))
    status = {x.stage: x for x in sign_offs(store)}
    for earlier in chain[:chain.index(stage)]:
        if not status[earlier].valid:
            raise EditRefused(said("请先完成“{earlier}”的签署（{state}）", earlier=word(earlier), state=status[earlier].state))
    digest = data_hash(store)
    now = utcnow()
    with store.session(f"签署：{stage}") as s:
        head = anchors.chain_head(s) or (0, "")
        so = SignOff(id=new_id(), stage=stage, signer=signer.strip(), signed_at=now, scope="evaluation",
                     data_hash=digest, comment=comment or "", anchor_seq=head[0], anchor_hash=head[1])
        so.signature, so.public_key = signing.sign(signing.signed_fields(so))
        s.add(so)
    anchors.record(store.path, head, said("签署：{stage}", stage=word(stage)))
    return SignOffData(stage, signer.strip(), now, comment or "", True, head[0], head[1],
                       signing.fingerprint(so.public_key))


def sign_offs(store: Store) -> list[SignOffData]:
    """The latest sign-off of every stage of the chain, in chain order (unsigned stages included),
    each marked valid or void."""
    from services.teamwork import signing

    digest = data_hash(store)
    with store.read() as s:
        latest: dict[str, SignOff] = {}
        for so in s.execute(select(SignOff).order_by(SignOff.signed_at, SignOff.id)).scalars():
            latest[so.stage] = so
    out = []
    for stage in review_chain(store):
        so = latest.get(stage)
        if so is None:
            out.append(SignOffData(stage, "", None, "", False))
        else:
            out.append(SignOffData(stage, so.signer, so.signed_at, so.comment, so.data_hash == digest,
                                   so.anchor_seq, so.anchor_hash or "",
                                   signing.fingerprint(so.public_key) if so.public_key else ""))
    return out


def sign_off_lines(store: Store) -> list[tuple[str, str, str]]:
    """(stage, signer, date or state) for the signature block of the 工作底稿 and the report; a signed
    stage's date is followed by the audit chain's head it anchors and its key's fingerprint."""
    lines = []
    for so in sign_offs(store):
        anchor = f" · {so.anchor_text}" if so.anchor_text else ""
        if so.signed_at is None:
            lines.append((so.stage, "", ""))
        elif so.valid:
            lines.append((so.stage, so.signer, f"{so.signed_at:%Y-%m-%d}{anchor}"))
        else:
            lines.append((so.stage, so.signer, f"已失效{anchor}"))
    return lines
