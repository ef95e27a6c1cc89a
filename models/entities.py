"""The entities of one evaluation file (the evaluation's data model).

Every table carries a UUID key and ``updated_at`` / ``updated_by`` (``Row``) so that copies of the
file made for team members can be merged back row by row.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, DecimalText, JSONText, Row


class Evaluation(Row, Base):
    """评价项目: the facts of the 简要情况表 and the framework-level settings. One row per file."""

    __tablename__ = "evaluation"

    name: Mapped[str] = mapped_column(String(300), default="")  # 评价项目名称
    evaluated_unit: Mapped[str] = mapped_column(String(300), default="")  # 被评价单位
    department: Mapped[str] = mapped_column(String(300), default="")  # 主管部门
    commissioner: Mapped[str] = mapped_column(String(300), default="")  # 委托方
    agency: Mapped[str] = mapped_column(String(300), default="")  # 评价机构
    evaluation_type: Mapped[str] = mapped_column(String(50), default="财政评价")
    year: Mapped[int | None] = mapped_column(Integer)
    fund_total: Mapped[Decimal | None] = mapped_column(DecimalText)  # 资金总额（万元）
    onsite_amount: Mapped[Decimal | None] = mapped_column(DecimalText)  # 现场评价金额（万元）
    onsite_amount_qualifier: Mapped[str] = mapped_column(String(10), default="")  # e.g. "＞"
    project_count: Mapped[str] = mapped_column(String(50), default="")  # 项目总数, e.g. "14（两期）"
    onsite_project_count: Mapped[str] = mapped_column(String(50), default="")
    report_number: Mapped[str] = mapped_column(String(100), default="")
    report_date: Mapped[date | None] = mapped_column()
    start_date: Mapped[date | None] = mapped_column()
    end_date: Mapped[date | None] = mapped_column()
    framework_id: Mapped[str] = mapped_column(String(100), default="")
    framework_name: Mapped[str] = mapped_column(String(300), default="")
    full_marks: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(100))  # 满分 (总分值)
    grade_scheme: Mapped[Any | None] = mapped_column(JSONText)  # {"name", "bands": [{"name", "min"}]}
    finding_categories: Mapped[Any | None] = mapped_column(JSONText)  # [{"code", "name"}]
    na_policy: Mapped[str] = mapped_column(String(30), default="proportional")
    settings: Mapped[Any] = mapped_column(JSONText, default=dict)  # review chain, payment cap …


class Evaluator(Row, Base):
    """评价组成员: 组长 / 组员 / 专家."""

    __tablename__ = "evaluator"

    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default="组员")
    unit: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Indicator(Row, Base):
    """A node of the indicator tree (一级 / 二级 / 三级指标). Leaves carry the scoring items."""

    __tablename__ = "indicator"

    parent_id: Mapped[str | None] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    max_points: Mapped[Decimal] = mapped_column(DecimalText)  # 分值
    definition: Mapped[str] = mapped_column(Text, default="")  # 指标解释
    key_points: Mapped[str] = mapped_column(Text, default="")  # 指标说明 / 评价要点
    criteria: Mapped[str] = mapped_column(Text, default="")  # 评分标准 (words)
    items: Mapped[Any | None] = mapped_column(JSONText)  # scoring items (leaves only), see docs/framework-format.md


class Assessment(Row, Base):
    """The evaluator's work on one indicator: rule inputs, override, 评分说明, status.

    Leaves carry inputs; an upper-level node may carry a comment (e.g. the 主要扣分理由 of the
    简要情况表).
    """

    __tablename__ = "assessment"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), unique=True)
    inputs: Mapped[Any] = mapped_column(JSONText, default=dict)
    override_score: Mapped[Decimal | None] = mapped_column(DecimalText)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    na_reason: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")  # 评分说明
    status: Mapped[str] = mapped_column(String(10), default="未开始")  # 未开始/进行中/已评分/已复核
    assignee: Mapped[str] = mapped_column(String(100), default="")
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review_comment: Mapped[str] = mapped_column(Text, default="")
    self_score: Mapped[Decimal | None] = mapped_column(DecimalText)  # 自评分, when a review changed it


class RaterScore(Row, Base):
    """An independent expert's blind score of one indicator."""

    __tablename__ = "rater_score"
    __table_args__ = (UniqueConstraint("indicator_id", "rater", name="uq_rater_score_indicator_rater"),)

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    rater: Mapped[str] = mapped_column(String(100))
    score: Mapped[Decimal] = mapped_column(DecimalText)
    comment: Mapped[str] = mapped_column(Text, default="")


class Finding(Row, Base):
    """问题: one row of the 问题清单."""

    __tablename__ = "finding"

    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(10), default="A")
    title: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[str] = mapped_column(Text, default="")  # 存在具体问题
    amount: Mapped[Decimal | None] = mapped_column(DecimalText)  # 涉及金额（万元）
    cause: Mapped[str] = mapped_column(Text, default="")  # 原因分析
    suggestion: Mapped[str] = mapped_column(Text, default="")  # 建议
    responsible_unit: Mapped[str] = mapped_column(String(300), default="")
    deadline: Mapped[date | None] = mapped_column()
    remark: Mapped[str] = mapped_column(Text, default="")  # 备注
    assignee: Mapped[str] = mapped_column(String(100), default="")
    source_indicator_id: Mapped[str | None] = mapped_column(String(36))
    source_item: Mapped[str] = mapped_column(String(100), default="")  # the point/item it explains
    deduction: Mapped[Decimal | None] = mapped_column(DecimalText)  # points it explains


class FindingIndicator(Row, Base):
    """A finding explains (part of) the points lost on an indicator."""

    __tablename__ = "finding_indicator"
    __table_args__ = (UniqueConstraint("finding_id", "indicator_id", name="uq_finding_indicator_pair"),)

    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)


class Blob(Base):
    """Evidence content, addressed by its SHA-256 (so identical files are stored once)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Evidence(Row, Base):
    """证据: a file kept inside the evaluation file, with its description and capture time."""

    __tablename__ = "evidence"

    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    captured_at: Mapped[datetime | None] = mapped_column()  # EXIF DateTimeOriginal where present
    description: Mapped[str] = mapped_column(Text, default="")
    index_no: Mapped[str] = mapped_column(String(50), default="")  # 索引号 in the 工作底稿
    field_record_id: Mapped[str | None] = mapped_column(ForeignKey("field_record.id", ondelete="SET NULL"))


class EvidenceLink(Row, Base):
    """Links evidence to an indicator or a finding."""

    __tablename__ = "evidence_link"
    __table_args__ = (UniqueConstraint("evidence_id", "target_kind", "target_id", name="uq_evidence_link_target"),)

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))  # "indicator" | "finding"
    target_id: Mapped[str] = mapped_column(String(36), index=True)


class FieldRecord(Row, Base):
    """现场记录: 访谈 / 实地勘察 / 资料核查."""

    __tablename__ = "field_record"

    kind: Mapped[str] = mapped_column(String(20), default="访谈")
    happened_at: Mapped[datetime | None] = mapped_column()
    place: Mapped[str] = mapped_column(String(300), default="")
    people: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorder: Mapped[str] = mapped_column(String(100), default="")


class PerformanceTarget(Row, Base):
    """A row of the 绩效目标表: declared target and what was achieved."""

    __tablename__ = "performance_target"

    position: Mapped[int] = mapped_column(Integer, default=0)
    table: Mapped[str] = mapped_column(String(100), default="")  # which 绩效目标表 (一期 / 续签 …)
    level1: Mapped[str] = mapped_column(String(100), default="")
    level2: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    comparator: Mapped[str] = mapped_column(String(5), default="")
    target_text: Mapped[str] = mapped_column(String(300), default="")
    target_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    unit: Mapped[str] = mapped_column(String(50), default="")
    actual_text: Mapped[str] = mapped_column(String(300), default="")
    actual_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    note: Mapped[str] = mapped_column(Text, default="")


class FundLine(Row, Base):
    """资金: budget, arrival and spending for a year (万元)."""

    __tablename__ = "fund_line"

    position: Mapped[int] = mapped_column(Integer, default=0)
    year: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), default="")
    budget: Mapped[Decimal | None] = mapped_column(DecimalText)  # 预算
    arrived: Mapped[Decimal | None] = mapped_column(DecimalText)  # 到位
    spent: Mapped[Decimal | None] = mapped_column(DecimalText)  # 支出
    contract_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    paid: Mapped[Decimal | None] = mapped_column(DecimalText)
    payee: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Survey(Row, Base):
    """满意度调查: questionnaire, counts and method."""

    __tablename__ = "survey"

    title: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(20), default="share")  # share | weighted
    scale: Mapped[Any | None] = mapped_column(JSONText)  # [{"label", "weight", "satisfied": bool}]
    questions: Mapped[Any | None] = mapped_column(JSONText)  # [{"key", "text"}]
    groups: Mapped[Any | None] = mapped_column(JSONText)  # respondent groups
    distributed: Mapped[int | None] = mapped_column(Integer)
    returned: Mapped[int | None] = mapped_column(Integer)
    valid: Mapped[int | None] = mapped_column(Integer)
    sampling: Mapped[str] = mapped_column(Text, default="")


class SurveyResponse(Row, Base):
    __tablename__ = "survey_response"

    survey_id: Mapped[str] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    group: Mapped[str] = mapped_column(String(100), default="")
    answers: Mapped[Any | None] = mapped_column(JSONText)  # {question key: scale label}


class ReportSection(Row, Base):
    """A chapter of the 评价报告, with the evaluator's text."""

    __tablename__ = "report_section"

    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")


class SummaryRow(Row, Base):
    """A row of the 简要情况表's 评价主要内容 / 发现的主要问题 / 原因分析及工作建议 table."""

    __tablename__ = "summary_row"

    position: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(String(100), default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")


class SignOff(Row, Base):
    """A sign-off in the review chain (项目负责人 → 部门复核 → 质控复核)."""

    __tablename__ = "sign_off"

    stage: Mapped[str] = mapped_column(String(50))
    signer: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[datetime] = mapped_column()
    scope: Mapped[str] = mapped_column(String(100), default="evaluation")
    data_hash: Mapped[str] = mapped_column(String(64))  # hash of what it covered
    comment: Mapped[str] = mapped_column(Text, default="")
    # the audit chain's head when signed, the signer's Ed25519 signature and public key (base64)
    anchor_seq: Mapped[int | None] = mapped_column(Integer)
    anchor_hash: Mapped[str | None] = mapped_column(String(64))
    signature: Mapped[str | None] = mapped_column(Text)
    public_key: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """审计轨迹: one change to one field, hash-chained to the event before it."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(50), default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
