"""Suggested category, metric and labels for a candidate figure, from its counter and the words around it.

``propose`` fills these so that reviewing an article is correcting suggestions, not typing.
The rules:

- ``label_zh`` is the noun phrase the number counts: the words after the quantity up to the
  next punctuation (``184家重点企业、`` → 重点企业), or, when the quantity ends its phrase (a
  rate, ``复工率93%``; a total, ``员工数为11676人``), the words before it back to the last
  punctuation, without a linking verb (为, 达, 是 …). At most `LABEL_MAX` characters.
- ``category`` is the first category of ``data/categories.csv`` whose words appear in the
  label or, failing that, the sentence: a category's own ``label_zh`` counts as its words,
  and for the seed's categories `WORDS` adds the usual ones (企业 → enterprises, 员工 →
  workforce …). Empty when none fits: the reviewer picks one.
- ``label_en`` is a word-for-word gloss of the label from `GLOSSES` (longest word first),
  marked for review in ``note``; empty when no word is known.
- ``metric`` is the gloss in snake_case, prefixed by the article id and made unique.

Written by hand: a segmenter (jieba) would give the words but not which of them the number
counts, and the vocabulary here is the short one of county news on work and supplies; words
it lacks leave a blank for the reviewer, never a wrong guess made to look certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["GLOSSES", "LABEL_MAX", "WORDS", "Suggestion", "gloss", "noun_phrase", "suggest"]

LABEL_MAX = 12
_STOP = re.compile(r"[，,。！？!?；;：:、（）()《》\n“”‘’\s]")
_LINKS = ("为", "达到", "达", "是", "有", "共", "约", "超", "近", "共计", "累计", "合计", "突破", "已")
_ENDS_PHRASE = ("率", "数", "量", "额", "比", "值", "总计", "人次", "规模", "占比")
_LEADING = ("的", "了", "和", "及", "个", "余", "多", "家")

#: Words that point to one of the seed's categories (a category's own label_zh counts too).
WORDS: dict[str, tuple[str, ...]] = {
    "enterprises": ("企业", "公司", "规上", "工厂", "复工率", "开工率", "商户", "市场主体"),
    "workforce": ("员工", "工人", "职工", "到岗", "返岗", "用工", "劳动力"),
    "projects": ("项目", "工地", "投资", "工程"),
    "services": ("服务员", "服务队", "帮扶", "问题"),
    "policy": ("政策", "意见", "措施", "条", "文件", "减免"),
    "grain": ("粮", "米", "油", "面粉", "储备"),
    "personnel": ("医", "护", "干部", "民兵", "志愿者", "党员"),
    "publicity": ("喇叭", "横幅", "宣传", "公开信", "标语"),
    "exports": ("出口", "国家和地区", "外贸", "订单"),
}

#: Chinese words and their plain English gloss, for a first English label.
GLOSSES: dict[str, str] = {
    "规上企业": "above-scale enterprises",
    "重点企业": "key enterprises",
    "企业": "enterprises",
    "公司": "companies",
    "工人": "workers",
    "员工": "employees",
    "职工": "staff",
    "人员": "personnel",
    "干部": "cadres",
    "民兵": "militia",
    "党员": "party members",
    "志愿者": "volunteers",
    "医务人员": "medical staff",
    "农户": "farm households",
    "贫困户": "poor households",
    "户": "households",
    "村": "villages",
    "乡镇": "townships",
    "项目": "projects",
    "重点项目": "key projects",
    "复工率": "resumption rate",
    "开工率": "start-up rate",
    "到岗率": "return-to-work rate",
    "复工": "resumed",
    "到岗": "at work",
    "返岗": "back at work",
    "投资": "investment",
    "总投资": "total investment",
    "资金": "funds",
    "补贴": "subsidies",
    "贷款": "loans",
    "产值": "output value",
    "销售额": "sales",
    "营业收入": "revenue",
    "订单": "orders",
    "出口": "exports",
    "国家和地区": "countries and regions",
    "口罩": "masks",
    "粮食": "grain",
    "原粮": "unprocessed grain",
    "大米": "rice",
    "食用油": "edible oil",
    "蔬菜": "vegetables",
    "问题": "problems",
    "服务员": "service staff",
    "条": "articles",
    "措施": "measures",
    "床位": "beds",
    "病例": "cases",
    "隔离": "quarantine",
    "检测": "tests",
    "游客": "visitors",
    "学生": "students",
    "学校": "schools",
    "天": "days",
    "亩": "mu",
    "吨": "tonnes",
}
_GLOSS_ORDER = sorted(GLOSSES, key=len, reverse=True)


@dataclass(frozen=True)
class Suggestion:
    category: str
    metric: str
    label_zh: str
    label_en: str
    note: str


def _trim(words: str) -> str:
    words = words.strip().strip("“”‘’\"'")
    while words and words.startswith(_LEADING):
        words = words[1:]
    return words[:LABEL_MAX]


def noun_phrase(text: str, start: int, end: int) -> str:
    """The words a quantity at [start, end) of ``text`` counts (see the module docstring), or ''."""
    after = _STOP.split(text[end:].lstrip("“‘"), maxsplit=1)[0]
    left = text[:start]
    cut = max((m.end() for m in _STOP.finditer(left)), default=0)
    before = left[cut:]
    for link in sorted(_LINKS, key=len, reverse=True):
        if before.endswith(link):
            before = before[: -len(link)]
            break
    before = before.strip()
    if before.endswith(_ENDS_PHRASE) or not _trim(after):
        return _trim(before[-LABEL_MAX:])
    return _trim(after)


def gloss(words: str) -> str:
    """A word-for-word English gloss of a short Chinese label from `GLOSSES`, or '' when no word is known."""
    out, i = [], 0
    while i < len(words):
        for word in _GLOSS_ORDER:
            if words.startswith(word, i):
                out.append(GLOSSES[word])
                i += len(word)
                break
        else:
            i += 1
    return " ".join(dict.fromkeys(out))


def _category(label: str, sentence: str, categories: dict[str, str]) -> str:
    for where in (label, sentence):
        for category, label_zh in categories.items():
            words = (*WORDS.get(category, ()), label_zh)
            if any(word and word in where for word in words):
                return category
    return ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def suggest(
    text: str,
    start: int,
    end: int,
    unit: str,
    sentence: str,
    categories: dict[str, str],
    article_id: str,
    taken: set[str],
) -> Suggestion:
    """Category, metric and labels for the quantity at [start, end) of ``text``; ``taken``: metrics in use (updated)."""
    label = noun_phrase(text, start, end)
    english = gloss(label) or (gloss(unit) if unit else "")
    if unit == "%" and english and "rate" not in english:
        english += " (share)"
    base = f"{article_id}_{_slug(english) or 'figure'}"
    metric, k = base, 2
    while metric in taken:
        metric, k = f"{base}_{k}", k + 1
    taken.add(metric)
    note = "suggested by propose: check category, metric and labels (label_en is a word-for-word gloss)"
    return Suggestion(_category(label, sentence, categories), metric, label, english, note)
