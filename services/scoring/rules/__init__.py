"""The scoring rule types (评分标准 as data): one module per type, collected here.

Each module declares ``RULE``, a ``RuleType`` (see ``base``): its parameters, its inputs, ``check``
used when a framework is loaded, ``score`` used when an indicator is scored (every result carries
the calculation written out in words for the 评分说明 and the 工作底稿), and the 评分标准 wordings
it recognises. ``MODULES`` below is the one list of rule types: adding a type is adding its module
there (docs/rule-types.md).

Inputs are the JSON object the evaluator's entries produce (see docs/framework-format.md). An
empty input means "not yet scored" and gives ``score=None``. An input a rule cannot use raises
``RuleInputError`` with a message for the evaluator, so nothing half-valid is ever saved.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import InvalidOperation
from typing import Any

from models.messages import joined, said as refusal
from services.core.numbers import RuleInputError, to_decimal
from services.core.patterns import lazy_compile
from services.scoring.rules import (
    all_or_nothing,
    checklist,
    choice,
    completion,
    deduction,
    delay,
    formula,
    judgement,
    rate,
    scale,
    threshold,
    tiers,
    upper_bound,
)
from services.scoring.rules.base import (
    CONTEXT,
    Inputs,
    ItemResult,
    Phrase,
    Recogniser,
    RuleType,
    T,
    clamp,
    data,
    joined as phrases_joined,
    msg,
    said,
)
from services.scoring.rules.wording import BASE_WORD, ZEROED

#: the rule types, in the order the window lists them
MODULES = (checklist, deduction, threshold, rate, upper_bound, delay, completion, tiers, choice, scale,
           all_or_nothing, judgement, formula)

RULES: dict[str, RuleType] = {m.RULE.type: m.RULE for m in MODULES}

#: the rule an indicator gets when nothing better is known (the team scores it and says why)
FALLBACK: RuleType = judgement.RULE


#: The words a wording cannot be without, per recogniser (“module._function”), as a pattern over the
#: normalised text: a text with none of them is not given to the recogniser, which could only answer None.
#: Each pattern is read off the recogniser's own patterns (the comment says which); a recogniser not named
#: here is always tried, so a new wording, or one changed to read other words, is never skipped. A change to
#: a recogniser named here must keep its pattern true (tests/test_rule_key_words.py checks it on every text
#: of the tuning corpus and of the proposal tests).
KEY_WORDS: dict[str, str] = {
    "choice._honour_levels_highest": r"最高|不累|不重复|就高",  # HIGHEST_SAID: “以最高级别计”, “不累计”, “不重复计分”, “就高”
    # every band needs a range (_EXACT, _BETWEEN, _SPAN, _AT_LEAST, _OR_MORE, _AT_MOST, _OR_LESS, _SIGN_AT_MOST,
    # _LONE) or, on shares of a requirement (_OF_REQUIREMENT: “…的90%”), the requirement met
    "tiers._ranges": r"[=≤<≥>%~\-]|至|等于|为\d|不低于|不少于|达到|高于|大于|超过|不高于|不超过|低于|小于|不足|不到|的\d|[正负]\S?\S?(?:技巧|增长|值)|为[正负]",
    "tiers._shortfall": r"低|少|差|不足|未完成",  # each band opens with _SHORT_LEAD
    "tiers._excess": r"超|高于|高出|多",  # the first band opens with _EXCESS_LEAD
    "tiers._top_shares": r"前\d",  # _TOP_LINE: “前20%”
    "tiers._by_count": r"以上|≥|2(?:次|起|例|处|项|个|件|天|日|条|篇|份|户|家|人|名)",  # the last band “3次以上…”, or the count 2 (_COUNT_BAND)
    "tiers._step_cliff": r"以上",  # _STEP_CLIFF: “迟报4天及以上不得分”
    "tiers._line_or_nothing": r"否则|未达到|达不到|其他|其余|或|范围",  # _LINE_OR_NOTHING: “…,否则不得分”, “…,未达到的不得分”; _BAND_OR_NOTHING
    "formula._base_either_way": r"基准|标准|基本分|基础分|达到\d|完成|率\d|持平",  # _BASE_AT_LINE: “以50%为基准”, “以50%为标准”, “得基本分10分”, “完成…任务”, “持平”
    "tiers._below_line": r"少于|低于|不足|不到|未达到|小于|<|以下",  # _BELOW_LINE's comparison (or “60%以下” after the figure)
    "tiers._above_line": r"超过|高于|大于|>|未控制在",  # _ABOVE_LINE's comparison
    "tiers._not_exactly": r"≠|不等于",  # _NOT_EXACTLY: “实际支出率≠100%则不得分”
    "tiers._gap_bands": r"%(?:以内|之内)",  # _GAP_BAND: “低于标准10%以内的扣2分,…”
    "tiers._lines_below": r"少于|小于|低于|不足|不到|未达到|超过|高于|大于|多于",  # _LADDER_LINE's comparison
    "tiers._target_or_less": r"未(?:完成|达到|达标)",  # _TARGET_OR_LESS: “未完成扣2分”
    "tiers._met_count_ladder": r"\d项",  # wording.met_count_ladder: “达3项的给9分”
    "formula._met_count_steps": r"\d项",  # wording.met_count_ladder: “达3项的给9分”
    "tiers._count_ladder": r"\d(?:人次|次|起|例|处|项|个|件|条|篇|份|户|家|所|台|套|类|种|场|期|批|轮|门)",  # a count (_RUNG)
    "tiers._base_count_steps": r"基础上",  # _BASE_COUNT_STEPS: “在50人的基础上每增加25人加2分”, “在此基础上…”
    "tiers._counted_bands": r"[-~至到≥>≤<]|以上|以下|以内|不足|不到|低于|少于|超过|高于|大于|未满|不超过|不低于|不少于|达\d|满\d|至少|"
                            r"连续[^\d,;:。]{0,8}?\d+个?年|\d分钟(?:以|之)?内",  # one band ranged, or a run of whole years alone,
                            # or a time limit in minutes
    "tiers._respective_bands": r"分别|依次",  # _RESPECTIVE
    "tiers._line_step_cliff": r"每",  # _LINE_STEP_CLIFF's step
    "formula._between_lines": r"按比例",  # _BETWEEN_LINES: in proportion between the lines
    "tiers._target_met": r"目标|任务",  # _TARGET_MET: the target met or not
    "tiers._shares_done": r"一半|半数|[一二三四五六七八九]成|分之",  # _SHARE_DONE: a share of the work in words with a line (share_in_words)
    "tiers._bare_line": r"以上|以下|以内|不少于|不低于|达|不超过|不高于|不多于|[≥>≤<]|超过|高于",  # _BARE_LINE's side
    "scale._levels": r"分值的|权重分的",  # at least one level a share “分值的80%” (else read as situations)
    "formula._faults": r"扣(?:除|减)?\d|减\d",  # two or more _FAULT_DEDUCTS: “扣0.5分”
    "formula._earned_above_line": r"每(?:高|提高|增加|超过|超出|增长|上升)\d",  # _EARNED_ABOVE_LINE's step up
    "formula._target_then_bonus": r"超额|超出部分|超[过出]?定额",  # _TARGET_THEN_BONUS's “超额完成”, “超额部分”, “超出部分”, “每超定额”
    "formula._bonus_over_quota": r"超[过出]?定额",  # _BONUS_OVER_QUOTA: “产量每超定额1%加0.5分”
    "formula._line_step_up": r"每(?:增加|多|提高|增长|上升|高|超过)\d",  # _AT_LINE_STEP_UP's step up
    "formula._share_from_floor": r"按照?(?:比例|百分比)",  # _SHARE_FROM_FLOOR's share
    "formula._named_base_either_way": r"\d分[,;]",  # _NAMED_BASE's points at the named value
    "formula._levels_each": r"各(?:得|计|记)\d",  # _LEVEL_EACH's points for each level
    "formula._either_way_counts": r"每增",  # _EITHER_WAY_CASE: “每增(减)1个…”
    "formula._mean_of_scores": r"之和/",  # _MEAN_OF_SCORES: a sum of scores over a count
    "formula._share_off": r"占",  # SHARE_OFF: “按违规金额占项目资金的比例扣分”
    "formula._share_of_score": r"分的\d",  # _SHARE_OF_SCORE: “表1实得总分的70%”
    "formula._points_past_total": r"分,(?:总分|满分|合计|共计|最高|最多)",  # _PAST_TOTAL's total after the points
    "formula._rates_each_step": r"率、",  # RATES_EACH_STEP's list of rates
    "formula._heading_cap": r"分,[^;]*每",  # _HEADING_CAP: the 分值 first, then “…每户计1分”
    "formula._earned": r"每|提供1|有1|最多|最高|不超过|封顶|上限|满分|1[^\d,;]{1,4}?(?:得|计|加)\d|分/|^(?:随机)?(?:抽查|抽取|抽访|走访|询问)\d",  # _EARN_WORDS: a 每, a case of one, or a cap; a count of one; _POINTS_PER_UNIT; _SAMPLING
    "formula._each_in_brackets": r"\([每1]|,1",  # _EACH_IN_BRACKETS's “(每”, “(1”, _ONE_AND_POINTS's “,1”
    "formula._interpolated": r"内插|插值",
    "formula._missing_items_ratio": r"缺项",  # _MISSING_EXAMPLE, _MISSING_LETTERS: a score rescaled past items missing
    "formula._ratio_method": r"比率法",  # _RATIO_METHOD: “…采用比率法计分”
    "formula._three_levels": r"挑战值",  # _LEVEL_FIGURE's 挑战值 (the three levels need it)  # _INTERPOLATED's straight line between the lines
    "formula._base_plus": r"基础分|基本分|基准分|底分",  # _BASE: “基础分3分,…”
    "formula._weighted": r"%|平均",  # _SHARE_OF / _SHARES_IN_TURN: “…占30%”; _AVERAGED: “…按平均值得分”
    "formula._written": r"[*/÷+]",  # its first test: a ×, ÷ or + (a formula of differences alone is a deduction's)
    "formula._deviation_by_side": r"\|",  # the bars of the deviation whose coefficient each side sets
    "formula._price_off_base": r"每(?:高|低|超)|偏离|偏差|(?:高于|高出|超过|超出)[\u4e00-\u9fff]{0,6}?" + BASE_WORD,  # _PRICE_STEP / _PRICE_SIDE_STEP / _PRICE_STEP_BARE: a step either side of the base
    "formula._best_of": r"max\(|最高|较高|最大值",  # _BEST_OF: “max(H1,H2)”, “…中的最高分”, “…两者中的较高者”
    "all_or_nothing._none_or_all": r"或|/",
    "formula._actual_up_to_full": r"实际",  # _SHORT_AS_IT_IS: “…不满100分,则按照实际得分计入”
    "formula._session_kinds": r"每次",  # _SESSION_KINDS: “16次考勤,每次正常签到得0.5分,迟到得0.2分”  # _NONE_OR_ALL: “分值:0或10”, “5分或0分”
    "formula._required_count": r"至少",  # _REQUIRED_COUNT: “至少召开2次…”
    "formula._each_kind": r"分别",  # _EACH_KIND: “…分别加1分和0.5分”
    "formula._levels_each_deducted": r"分别(?:扣|减)",  # _LEVELS_EACH_DEDUCTED: “…每项分别扣2分、4分、6分”
    "formula._faults_then_added": r"加\d|得\d",  # _ADDED_EACH_AFTER: “…;(每个火点加2分)”, “…解决1个实际问题得1分”
    "formula._lone_fault": r"扣(?:除|减)?\d",  # _LONE_FAULT: the fault's “扣2分”
    "formula._plus_per_case": r"\+\d",  # _PLUS_FIRST's points: “1份+1”
    "formula._written_among_words": r"[*/÷+]",  # what _written needs
    "formula._parts_written": r"=",  # _PART_WRITTEN: “转载占1分,得分=…”
    "formula._numbered_formula": r"=",  # _POINT_FORMULA: “…,得分=…”
    "all_or_nothing._base_added_or_taken": r"基础分|基本分|基准分",  # _BASE_ADDED_OR_TAKEN's base points
    "formula._faults_and_rate_step": r"每(?:降低|下降|低|减少|少)",  # _RATE_STEP's step
    "formula._first_then_each": r"每(?:增加|多|再增加|另增加|新增)",  # _FIRST_THEN_EACH's further case
    "formula._bracketed_less_faults": r"^(?=[\s\S]*扣)[\s\S]*分\)",  # a fault's 扣 and _BRACKETED_POINTS: “(2分)”
    "formula._lines_in_proportion": r"按(?:比例|百分比)",  # _PARTS_SHARE
    "formula._written_deduction": r"(?:扣分|扣减|扣除)(?:分值|分数|值)?=",  # _DEDUCTED_LHS
    "formula._full_otherwise_faults": r"否则(?:相应|按下列|按以下|按如下)?扣分",  # _OTHERWISE_OFF
    "formula._times_capped": r"\d次",  # _TIMES_CAP's most times: “最多加4次”
    "formula._copies_times_points": r"分/|每",  # _COPIES's “5分/份×8”, _TIMES_FULL's “每次7.5分”
    "formula._line_both_ways": r"每(?:增加|多|超)",  # _LINE_BOTH_WAYS's points of one past the line
    "choice._situations_then_zeroed": r"不得分|不计分|0分|否决",  # _ZEROED_CASE's zero: “…的本项不得分”, “…一票否决”
    "choice._roles_in_situations": r"(?:人|者|单位)(?:计|得|记)?\d",  # _ROLE's points of a role
    "choice._factor_situations": r"[A-Z]=|系数",  # wording.FACTOR: “P=1”, “系数为1”
    "formula._points_one_short": r"分[),;]+(?:每|凡)?(?:少|缺)",  # _SHORT_OF_POINT after (or in) a point's brackets
    "formula._line_in_proportion": r"率(?:≥|达|不低于|/|低于|不足|未达到|不到)",  # _LINE_THEN_SHARE's line, _SHARE_OF_LINE's “率/”
    "formula._progressive_bands": r"累进",  # bands scored progressively
    "formula._count_line_each": r"\d(?:次|场|期|篇|份|个|项|块|家|所|件|条|批|本|部|人|名)(?:以下|以内)|(?:不足|少于|低于|不到|未达到|达不到|未满)\d",  # _BELOW_EACH's line
    "deduction._listed_each": r"各扣",  # _LISTED_EACH: “…各扣1分”
    "deduction._once_and_capped": r"不超过|最多扣|最高扣|扣满|扣分最多|扣完\d|不足\d|少于\d",  # _PART_CAP: “累计扣分不超过1.2分”; _SHORT_OF_LINE
    "deduction._full_less_count": r"数\*",  # _FULL_LESS_COUNT: “…次数*2分”
    "deduction._amount_per": r"分/",  # _AMOUNT_PER: “扣0.5分/次”
    "deduction._count_box": r"共",  # _COUNT_BOX's count box: “…扣1分,共”
    "checklist._levels_added": r"分别",  # _LEVELS_ADDED: “…分别加5分、3分、2分”
    "deduction._rising_count": r"每(?:增加|增|多|上升|新增)",  # _RISING_COUNT: “…每增加1天扣0.5分”
    "deduction._each_period_fault": r"每(?:半年|季|月|周|旬|学期)",  # _EACH_PERIOD_FAULT: “每月…不及时的扣0.5分”
    "deduction._one_of_cases": r"或",  # _ONE_OF_CASES: faults joined by 或, “缺1种制度或1种制度执行不到位扣0.5分”
    "rate._ratio_below": r"其(?:比率|比例|比值)|[推折]算",  # RATIO_BELOW: “…按其比例计分”; _RECKONED_FROM: “…为标准推算”
    "rate._score_is_rate": r"\*",  # SCORE_IS_RATE: “…率×分值”
    "completion._score_is_completion_rate": r"\*",  # SCORE_IS_RATE
    "completion._left_undone": r"折算|按比例",  # _LEFT_UNDONE
    "completion._by_proportion": r"比例|进度",  # _BY_PROPORTION: “按比例计分”, “按项目完成进度计分”
    "completion._average_per_case": r"平均",  # _AVERAGE_PER_CASE: “每人的平均分数”
    "rate._rate_product": r"\*",  # WEIGHT_TIMES_RATE, RATE_TIMES_WEIGHT
    "formula._rate_rounded": r"小数",  # _ROUNDING: “小数点后”, “位小数”
    "rate._defined_ratio_times": r"\*",  # DEFINED_RATIO_TIMES: “…之比;计算方法以比例值×8直接得分”
    "rate._full_then_share": r"100%",  # FULL_THEN_SHARE
    "rate._by_the_rate": r"率",  # _BY_THE_RATE's rate named: “按资金到位率计分”
    "rate._per_percent": r"^每|率每",  # _PER_PERCENT: “每完成1%得0.1分”, “完成率每达到1个百分点…”
    "rate._ladder_in_proportion": r"类推",  # wording.SO_ON
    "threshold._ladder_steps": r"类推",  # wording.SO_ON
    "threshold._past_ladder": r"类推",  # _PAST_LADDER's “以此类推”
    "threshold._band_ladder": r"类推",  # _BAND_LADDER's “以此类推”
    "threshold._either_way": r"加\(减\)|加减|加或",  # _EITHER_WAY: “…加(减)5分”, “…加减1分”, “…加或减1分”
    "rate._targets_in_proportion": r"比例",  # _ANY_SHORT
    "rate._done_else_share": r"按(?:完成)?比例|率(?:计分|得分)",  # _DONE_ELSE_SHARE: “…不足的按比例扣分”, “未完成按抚育率得分”
    "rate._count_target_share": r"按比例",  # _COUNT_TARGET_SHARE: “…4篇以上记2分(完不成的按比例扣分)”
    "rate._fraction_bar": r"-----\*",  # _FRACTION_BAR: “A------×70B”
    "rate._factor_rate": r"^(?:[A-Z]=|[\u4e00-\u9fff]{0,2}系数)",  # FACTOR_RATE: “P=…的比率” opening the text
    "rate._quotient_of_hundred": r"\*100(?![\d.%])",  # _QUOTIENT_OF_HUNDRED: “…×30%×100”
    "rate._rate_points_share": r"分[,;]按",  # _RATE_POINTS_SHARE: “…20分,按百分比扣分”
    "rate._counted_then_by_it": r"计算",  # _COUNTED_THEN_BY_IT: “…计算巩固率,按其比率赋分”
    "threshold._line_and_step": r"(?:扣|减)(?:权重分的|分值的)?\d",  # _STEP / _STEP_EACH: “…扣0.5分”, “…减0.5分”
    "threshold._lowest_bid_and_step": r"最低",  # _LOWEST_BID_STEP: “报价最低的得满分,其他投标人每高于最低报价1%…”
    "threshold._rank_and_step": r"名",  # _RANK: “第1名”, “前3名”
    "threshold._score_line_and_step": r"每(?:低|少|降低|下降|减少)",  # _SCORE_STEP: “每低1分扣0.5分”
    "threshold._each_point_of_a_share": r"每有?1(?:个百分点|%)",  # _EACH_POINT: “每1个百分点扣0.4分”
    "upper_bound._within_limit": r"每(?:大于|超|高|增加|相差)",  # _STEP: “每超过1%扣…”, “每高5%扣…”
    "upper_bound._over_limit": r"超(?:过|出|支)?(?:定额|预算)|超支",  # “单耗每超定额1%扣1分”, “…超预算的,每超1%”, “超支的,每超”
    "all_or_nothing._else_nothing": r"否则",  # _MET_OR_NOT: “…得2分,否则不得分”
    "all_or_nothing._met_then_not": r"不得分|不计分|0分|分值扣完|不予?加分",  # _MET_THEN_NOT's closing “…的不得分”
    "all_or_nothing._breach_only": r"不得分|不计分|0分",  # _ONLY_BREACH's closing zero (ZEROED)
    "all_or_nothing._zeroed_by": ZEROED + r"|扣(?:除|减)?\d",  # _ANY_ZERO
    "all_or_nothing._fault_takes_all": all_or_nothing.TAKES_ALL + "|" + all_or_nothing.USED_UP,  # _FAULT_TAKES_ALL's cost
    "all_or_nothing._all_or_none_said": r"全(?:扣全得|得全扣|有全无|有或全无)|全得,?(?:不|未|达不)",  # _ALL_OR_NONE_SAID (after any ORDINAL)
    "all_or_nothing._yes_or_no": r"否",  # _YES_OR_NO's answer no: “…;是=2分;否=0分”
    "all_or_nothing._all_listed_after": r"以下|下列|如下",  # _ALL_LISTED_AFTER: “同时满足以下条件得2分:…”
    "all_or_nothing._any_listed_after": r"之一|任",  # _ANY_LISTED_AFTER: “有下列情形之一的,扣100分:…”
    "choice._full_then_faults": r"扣|不得分|不计分|得0分",  # its first test: a fault beside the full situation
    "checklist._points_with_points": r"\d分|得\d",  # two or more points ending in _POINT_END: “目标明确(1分)”, “…得10%”
    "checklist._listed_points": r"\d分、",  # _POINT_RUN: “A2分、B2分、C2分”
    "checklist._share_then_list": r"各|项",  # _SHARE_EACH: “各1分”, “每满足1项得1分”
    "all_or_nothing._stated_requirement": r"\d分|满分",  # wording.scored_statements: a score however marked
    "all_or_nothing._headed_requirement": r"\d分",  # _HEADED: the heading's 分值 “(3分)”, “计2分”
    "all_or_nothing._kept_by_a_date": r"\d(?:月|日|天|周|工作日|个月|季度|级|年)|\d[-~至]\d|有\d|至少|最多|至多|不少于?\d|以上|1[名位项个]|配[备置有][^,;\d]{0,12}?\d|的\d[\d.]*%|\d(?:" + all_or_nothing.MEASURE_UNITS + r")|\d/\d|100%|PM",  # _TIME_LIMIT, _COUNT_ASKED, _MEASURE_ASKED, _RANK_NAMED, _ONE_OF
    "checklist._marked_points": r"\d分|\d\)",  # scored_statements: two points or more, each “N分” (or “(N)”: _BARE_POINTS)
    "choice._scored_situations": r"\d分",  # wording.scored_statements: two situations or more, each “N分”
    "choice._respectively": r"分别|各|依次",  # RESPECTIVELY: “…分别加15、8、6分”, “…各加3分、2分”, “…依次得5、3、0分”
    "checklist._each_in_turn": r"各",  # choice.RESPECTIVELY after 各: “市级、县级各得2分、1分”
    "choice._levels_in_order": r"\d分?[、,和及/]\d",  # _LEVELS_IN_ORDER, _LEVELS_THEN_SCORES: the scores in order “1分、2分”, “(1、3、5分)”, “10/8/6/0分”
    "choice._lettered": r"B[.、:)]",  # _LETTER: the second answer “B.”
    "choice._numbered_situations": r"\d分",  # _NUMBERED_SITUATION: the first paragraph's score “得2分”
    "choice._met_or_less": r"(?:达到|完成|达标|达不到|完不成|否则)(?:要求|标准|目标|任务)?(?:的)?,?(?:扣|减)",  # _MET_OR_LESS's denial
    "choice._top_then_rest": r"前\d名",  # _TOP_THEN_REST: “前3名…”
    "choice._whole_and_lesser_fault": r"扣(?:除)?(?:全部|全|满)分|全(?:部)?扣|扣完\d",  # _FAULT_COST: “扣全分”, “5分全扣”, “扣完2分”
    "choice._graded_run": r"(?:格|优|良|中|差|好|般|符合)[:=]?\d",  # _GRADED_RUN: a grade then its score “优40”
    "checklist._listed_faults_each": r"(?:每项|各)扣",  # _LISTED_FAULTS: “…,每项扣1分”, “…各扣1分”
    "checklist._faults": r"扣|减\d|减去",  # _FAULT: a fault's cost “扣2分”, “减2分”
    "checklist._done_then_further": r"(?:并|且|后)[^;]*?[得计记]\d",  # _DONE_THEN_FURTHER's further step: “制定并组织落实的,得0.5分”
    # _TOTAL_HEADING: the heading's “计2分;”, “;(15分)1.”, “预训练模型(15分)训练…”; _TOTAL_THEN_TITLE: “(15分)结构与逻辑(4分)”
    "checklist._total_then_points": r"\d分(?:[;:]|\);?(?:\d|\(\d|[①-⑳]|[\u4e00-\u9fff]))",
    "checklist._points_then_zero": r"[得计]0分",  # _ZERO_CLOSING: the closing “…时,得0分”
    "checklist._requirement_then_bracketed_points": r"\(\D{0,2}\d+(?:\.\d+)?分[,;:]",  # _REQUIREMENT_THEN_BRACKET: “(共3分,”
    "checklist._points_with_an_each_group": r"各[得计记占]?\d|分别[得计记]\d",  # _EACH_GROUP: “…各得1分”, “…分别得3分”; _SHARED_IN_BRACKETS: “(…各占15分)”
    "checklist._listed_each_of_total": r"(?:共计?|满分|合计|最高)\d",  # _LISTED_EACH_OF_TOTAL: the total “共3分”
    "checklist._listed_sum_in_turn": r"\d\+\d",  # _LISTED_SUM_IN_TURN: the parts as a sum “(2+2+1)”
    "checklist._framed_faults": r"扣完为止|^(?:本项|该项|本指标)?(?:[共计]|符合(?:要求)?)?\d+(?:\.\d+)?分[,;:]|\d分\)?;?$",  # _UNTIL_NONE_LEFT, _SCORE_FIRST, _WEIGHT_LEFT
    "checklist._bare_run": r"分\)",  # _TOTAL_THEN_RUN: the 分值 in brackets “(10分)”
    "checklist._count_met": r"\d项",  # wording.items_met_ladder: “符合3项标准为3分”
    "checklist._all_then_each_short": checklist.ONE_MISSING,
    "threshold._time_limit_and_step": r"每[^,;]{0,8}?(?:分钟|小时|工作日|天|日)",  # _TIME_LIMIT's step: “每超时10分钟”, “每小时”  # _ALL_THEN_EACH_SHORT: “少1项”, “缺1项”
}


def recognisers() -> list[tuple[RuleType, Recogniser]]:
    """Every registered wording of 评分标准, in the order they are tried (sorted once per set of rule types),
    each with the words it needs (``KEY_WORDS``)."""
    key = tuple(RULES.values())
    if _ORDERED[0] != key:
        found = [(rule, _with_needs(r)) for rule in RULES.values() for r in rule.proposals]
        _ORDERED[:] = [key, sorted(found, key=lambda pair: pair[1].order)]
    return list(_ORDERED[1])


def _with_needs(r: Recogniser) -> Recogniser:
    words = KEY_WORDS.get(r.name)
    return r if words is None else replace(r, needs=lazy_compile(words))


_ORDERED: list = [(), []]


def check_item(item: Mapping[str, Any]) -> list[str]:
    """Problems with one scoring item's declaration (empty when it is sound). What is wrong with the item
    itself (its type, its max, params that cannot be checked at all) is said (models/messages.py), and so
    is what ``need`` finds; the problems a rule type's own check finds come as it gives them."""
    rtype = item.get("type")
    if rtype not in RULES:
        return [refusal("未知的评分规则类型 type “{type}”（可用：{types}）", type=rtype, types=joined(list(RULES), "、"))]
    try:
        item_max = to_decimal(item.get("max"), "max")
    except RuleInputError as exc:
        return [refusal("max：{problem}", problem=exc)]
    params = item.get("params") or {}
    try:
        return _yes_or_no_said(RULES[rtype], params) + RULES[rtype].check(params, item_max)
    except (RuleInputError, InvalidOperation, TypeError, KeyError, AttributeError) as exc:
        return [refusal("参数有误：{problem}", problem=exc)]


def _yes_or_no_said(rule: RuleType, params: Mapping[str, Any]) -> list[str]:
    """A yes/no parameter (and a yes/no column of a table parameter) given as anything but true or false: the
    rules take any value as yes, so “false” written as text would score as true."""
    problems: list[str] = []
    for param in rule.params:
        value = params.get(param.name)
        if param.kind == "bool" and param.name in params and not isinstance(value, bool):
            problems.append(refusal("{name} 只能是 true 或 false（不加引号），不能是 “{value}”", name=param.name, value=value))
        if param.kind == "table" and isinstance(value, list):
            rows = [row for row in value if isinstance(row, Mapping)]
            problems += [refusal("{name} 的 {column} 只能是 true 或 false（不加引号），不能是 “{value}”",
                                 name=param.name, column=column.name, value=row[column.name])
                         for column in param.columns if column.kind == "bool"
                         for row in rows if column.name in row and not isinstance(row[column.name], bool)][:1]
    return problems


def score_item(item: Mapping[str, Any], inputs: Inputs | None) -> ItemResult:
    """Score one item; ``RuleInputError`` when the inputs cannot be used."""
    inputs = inputs or {}
    if not isinstance(inputs, Mapping):
        raise RuleInputError(refusal("输入格式不正确"))
    item_max = to_decimal(item["max"], "max")
    return RULES[item["type"]].score(item.get("params") or {}, inputs, item_max)


def described(items: Sequence[Mapping[str, Any]]) -> Phrase:
    """The rule of sound scoring ``items`` in words, each said by its own type (``RuleType.describe``), for the
    window to show in its language: one item as its rule, several each with its label, type and 分值."""
    said_items: list[Phrase] = []
    for place, item in enumerate(items, 1):
        rule = RULES[item["type"]]
        words = rule.describe(item.get("params") or {}, to_decimal(item["max"], "max"))
        if len(items) > 1:  # a label of a word or two (“计”, “另”) says nothing: the item's place instead
            label = item.get("label") or ""
            named = data(label) if len(label) > 2 else msg(T("第 %1 项"), place)
            words = said(msg(T("%1（%2，%3 分）："), named, msg(rule.name), item["max"])) + words
        said_items.append(words)
    return phrases_joined(said_items, T("；"))


__all__ = ["CONTEXT", "FALLBACK", "KEY_WORDS", "MODULES", "RULES", "ItemResult", "RuleType", "check_item", "clamp",
           "described", "recognisers", "score_item"]
