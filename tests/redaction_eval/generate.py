#!/usr/bin/env python3
"""Writes records.jsonl, the labelled evaluation set of the redaction library
(issue #4): decision records as departments post them (XK_/CF_ wire fields),
each with the personal values that must not survive masking ("secrets") and
the values that must survive it unchanged ("public").

The labels follow DOMAIN.md §4, not the library:
  - 自然人: XDR_MC is the person's name, XDR_ZJHM a personal document number;
  - 个体工商户: FRDB is the operator's name; the trade name and codes are public;
  - 法人及非法人组织: the name, the codes (统一社会信用代码, 工商注册号), the legal
    representative, the firm's address and switchboard are public;
  - every record: FR_ZJHM is never published; any checksum-valid ID number,
    mobile number, Luhn-valid bank card, email, passport or travel-permit number
    in free text (SY, NR, BZ) is masked; for persons also landlines, house
    numbers and the person's own name.
Decoys (document numbers, dates, amounts, articles, long digit runs that fail
every check) must stay public. Decoy digit runs are checked here against the
DOMAIN rules (not the library): they fail the ID check, Luhn, and the mobile
and landline shapes, so their label does not depend on the detector.

Deterministic: the same seed writes the same bytes.
Usage: python3 tests/redaction_eval/generate.py [--seed N] [--out PATH]
"""

import argparse
import datetime
import json
import os
import random
import sys

SEED = 20240504

# --- identifiers -------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECKS = "10X98765432"


def uscc_check(body17):
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def is_valid_uscc(code):
    return len(code) == 18 and all(c in USCC_ALPHABET for c in code) and uscc_check(code[:17]) == code[17]


def id_check(body17):
    return ID_CHECKS[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return 1900 <= y <= 2099
    except ValueError:
        return False


def is_valid_id18(s):
    s = s.upper()
    if len(s) != 18 or not s[:17].isdigit() or id_check(s[:17]) != s[17]:
        return False
    return valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))


def is_valid_id15(s):
    return len(s) == 15 and s.isdigit() and valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def is_mobile(d):
    return len(d) == 11 and d[0] == "1" and d[1] in "3456789"


def personal_by_domain(d):
    """Whether a digit run (separators removed) is personal data by DOMAIN.md
    §4's free-text rules or the library's documented shapes; decoys must not be."""
    d = d.upper()
    if len(d) == 18 and is_valid_id18(d):
        return True
    if len(d) == 15 and is_valid_id15(d):
        return True
    if not d.isdigit():
        return False
    if is_mobile(d) or (len(d) == 13 and d.startswith("86") and is_mobile(d[2:])):
        return True
    if 16 <= len(d) <= 19 and luhn_ok(d):
        return True
    if d.startswith("0") and 10 <= len(d) <= 12:
        return True  # area code + local number
    return False


REGIONS = ["370784", "370783", "370781", "370702", "370725", "110101", "320102", "440305", "510104", "130102"]
COUNTY_REGION = {"安丘市": "370784", "寿光市": "370783", "青州市": "370781", "昌乐县": "370725"}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()  # every generated identifier, so no two records share one

    def unique(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise AssertionError("no unique value")

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def birth(self):
        while True:
            y, m, d = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
            if valid_date(y, m, d):
                return y, m, d

    # 18-digit ID; check: None (any), "X", "digit"
    def id18(self, check=None, region=None):
        def make():
            while True:
                y, m, d = self.birth()
                body = (region or self.r.choice(REGIONS)) + f"{y:04d}{m:02d}{d:02d}" + self.digits(3)
                c = id_check(body)
                if check == "X" and c != "X":
                    continue
                if check == "digit" and c == "X":
                    continue
                return body + c
        return self.unique(make)

    def id15(self):
        def make():
            y, m, d = self.birth()
            return self.r.choice(REGIONS) + f"{y % 100:02d}{m:02d}{d:02d}" + self.digits(3)
        return self.unique(make)

    def bad_id18(self):
        """18 digits shaped like an ID whose check digit is wrong (and that fail Luhn)."""
        def make():
            while True:
                v = self.id18(check="digit")
                self.used.discard(v)
                wrong = [c for c in "0123456789" if c != v[17]]
                cand = v[:17] + self.r.choice(wrong)
                if not personal_by_domain(cand):
                    return cand
        return self.unique(make)

    def mobile(self):
        prefixes = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                    "153", "155", "156", "157", "158", "159", "166", "170", "176", "177", "178", "180",
                    "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
        return self.unique(lambda: self.r.choice(prefixes) + self.digits(8))

    def landline(self):
        def make():
            area = self.r.choice(["0536", "0536", "0536", "0531", "010", "021", "0532"])
            n = 8 if area in ("010", "021") else 7
            return area, self.r.choice("2345678") + self.digits(n - 1)
        return self.unique(make)

    def card(self):
        def make():
            bin6 = self.r.choice(["622202", "621700", "622848", "621226", "623058", "622609", "621661", "622588"])
            length = self.r.choice([16, 16, 17, 18, 19, 19, 19])
            return luhn_complete(bin6 + self.digits(length - 7))
        return self.unique(make)

    def bad_run(self, prefix, length):
        """A digit run of `length` starting with `prefix` that is no personal identifier."""
        def make():
            while True:
                v = prefix + self.digits(length - len(prefix))
                if not personal_by_domain(v):
                    return v
        return self.unique(make)

    def uscc(self, kind_prefix, region, numeric=False, luhn=None):
        """统一社会信用代码: kind_prefix e.g. "91"; numeric org codes for older firms."""
        def make():
            while True:
                if numeric:
                    org = self.r.choice(["16", "26", "73", "79", "86"]) + self.digits(7)
                else:
                    org = "MA" + self.r.choice("3456789") + "".join(
                        self.r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
                body = kind_prefix + region + org
                code = body + uscc_check(body)
                if numeric and not code.isdigit():
                    continue
                if luhn is not None and code.isdigit() and luhn_ok(code) != luhn:
                    continue
                assert is_valid_uscc(code)
                return code
        return self.unique(make)

    def email(self, pinyin):
        def make():
            local = self.r.choice([
                pinyin, pinyin + self.digits(2), pinyin.replace("_", "."), pinyin + "_" + self.digits(4),
                self.mobile()])
            domain = self.r.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com",
                                    "example.com.cn", "sohu.com", "139.com"])
            return local + "@" + domain
        return self.unique(make)

    def passport(self):
        def make():
            t = self.r.random()
            if t < 0.5:
                return "E" + self.digits(8)
            if t < 0.85:
                return "E" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + self.digits(7)
            return "G" + self.digits(8)
        return self.unique(make)

    def travel_permit(self):
        def make():
            t = self.r.random()
            if t < 0.3:
                return "H" + self.digits(8), "港澳居民来往内地通行证"
            if t < 0.4:
                return "M" + self.digits(8), "港澳居民来往内地通行证"
            if t < 0.65:
                return "C" + self.digits(8), "往来港澳通行证"
            if t < 0.8:
                return "C" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + self.digits(7), "往来港澳通行证"
            return self.digits(8), "台胞证"
        return self.unique(make)


# --- vocabulary ---------------------------------------------------------------

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪任姜范姚谭廖邹熊陆郝孔崔康毛邱秦顾侯邵孟龙雷钱汤尹黎乔贺赖龚")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "公孙", "尉迟"]
GIVEN = list("明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞刚桂英秀兰玉峰志红燕鹏辉晶颖雪琳婷浩宇博晨欣怡佳俊凯帅瑞斌亮健龙飞凤春梅宁波蕾璐琦萍倩晓丹彤旭昊睿泽轩涵梓")
SURNAME_PINYIN = "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu lin he guo ma luo liang song zheng xie han tang feng".split()
LATIN_NAMES = ["Chan Tai Man", "Wong Siu Ming", "Lee Ka Wai", "Cheung Hoi Yan", "Ho Wing Sze", "Lam Chi Keung"]
MINORITY_NAMES = ["阿卜杜拉·买买提", "古丽娜尔·艾力", "次仁多吉", "扎西顿珠", "布仁巴雅尔"]

COUNTIES = list(COUNTY_REGION)
ROADS = ["幸福路", "人民路", "兴安路", "健康街", "永安路", "建设街", "汶河路", "商场路", "东风街", "新华路",
         "胜利街", "和平路", "文化路", "长安路", "青龙湖路", "潍徐路", "红旗街", "向阳路", "光明巷", "振兴街"]
ESTATES = ["阳光花园", "金色家园", "锦绣苑", "书香苑", "翰林府", "滨河小区", "御景城", "馨雅苑", "银座花园",
           "汶河湾", "东方名苑", "盛世华庭小区"]
VILLAGES = ["后疃村", "南关村", "东石埠村", "刘家庄", "红沙沟村", "西古城村", "辉渠村", "青云庄", "新安村"]
STREETS = ["兴安街道", "新安街道", "大汶河旅游开发区", "景芝镇", "凌河街道", "石埠子镇"]

IB_SUFFIX = ["小吃店", "面馆", "便利店", "超市", "水果店", "五金店", "理发店", "烟酒店", "烧烤店", "汽修部",
             "蔬菜店", "早餐店", "饭店", "服装店", "日用品店", "熟食店"]
IB_BRANDS = ["老味道", "好再来", "惠民", "四季鲜", "聚福", "顺发", "兴隆", "鑫旺", "百味", "诚信", "万家福",
             "金鼎", "一品香", "乐购"]
FIRM_BRANDS = ["鑫源", "华泰", "恒通", "德润", "金丰", "瑞康", "景泰", "宏达", "宝丰", "正大", "昌盛", "汇丰源",
               "安泰", "永丰", "博远", "润泽", "海川", "中联"]
FIRM_TRADES = ["食品有限公司", "商贸有限公司", "建筑工程有限公司", "餐饮管理有限公司", "医药连锁有限公司",
               "机械制造有限公司", "物流有限公司", "农业发展有限公司", "化工有限公司", "纺织有限公司",
               "农民专业合作社", "大药房有限公司", "房地产开发有限公司", "加油站有限公司"]

AGENCIES = [
    ("市场监督管理局", "市监罚", "市监食许", "MB28503"),
    ("卫生健康局", "卫医罚", "卫公许", "MB28511"),
    ("综合行政执法局", "综执罚字", "综执许", "MB28527"),
    ("交通运输局", "交罚字", "交运许", "MB28535"),
    ("应急管理局", "应急罚", "应急许", "MB28543"),
]
COUNTY_ABBR = {"安丘市": "安", "寿光市": "寿", "青州市": "青", "昌乐县": "乐"}

PENALTY_CASES = [
    # (WFXW, law, article words in text, CFLB)
    ("经营超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条第一款", "第三十四条第十项", "警告;罚款"),
    ("未取得食品经营许可从事食品经营活动", "《中华人民共和国食品安全法》第一百二十二条第一款", "第三十五条第一款", "罚款;没收违法所得"),
    ("未取得医疗机构执业许可证擅自执业", "《医疗机构管理条例》第四十三条", "第十四条", "罚款;没收违法所得"),
    ("未按规定进行年度报告", "《中华人民共和国市场主体登记管理条例》第四十六条", "第三十二条", "警告"),
    ("道路运输车辆未按规定维护", "《道路运输车辆技术管理规定》第三十一条", "第90条", "罚款"),
    ("占道经营", "《山东省城乡规划条例》第九十二条", "第十五条", "罚款"),
    ("销售不符合标准的农药", "《农药管理条例》第五十六条", "第二十七条", "罚款;没收违法所得;没收非法财物"),
    ("未经许可从事道路货物运输经营", "《中华人民共和国道路运输条例》第六十三条", "第二十四条", "罚款;没收违法所得"),
    ("安全生产培训不到位", "《中华人民共和国安全生产法》第九十七条", "第28条第一款", "警告;罚款"),
    ("无证经营烟草制品", "《中华人民共和国烟草专卖法实施条例》第五十七条", "第十九条", "罚款;没收非法财物"),
    ("超范围经营", "《食品经营许可和备案管理办法》第五十八条", "第十七条", "警告;罚款;暂扣许可证件"),
]
LICENSES = [
    # (XKWS, XKZS, XKLB, what)
    ("食品经营许可决定书", "食品经营许可证", "普通", "从事预包装食品销售、热食类食品制售"),
    ("公共场所卫生许可决定书", "公共场所卫生许可证", "普通", "从事理发、美容服务"),
    ("道路运输经营许可决定书", "道路运输经营许可证", "普通", "从事道路普通货物运输"),
    ("烟草专卖零售许可决定书", "烟草专卖零售许可证", "特许", "从事卷烟、雪茄烟零售"),
    ("药品经营许可决定书", "药品经营许可证", "普通", "经营中成药、化学药制剂"),
    ("小餐饮登记决定书", "小餐饮登记证", "登记", "从事小餐饮经营"),
    ("户外广告设置许可决定书", "户外广告设置许可证", "核准", "设置户外广告牌一处"),
    ("执业医师注册决定书", "医师执业证书", "认可", "在本县医疗机构执业"),
]

def cn_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def yuan(amount_wan):
    """0.5 -> '5000.00元' and '0.5万元'."""
    return f"{int(round(amount_wan * 10000))}.00元", f"{amount_wan:g}万元"


class Builder:
    """One record: its fields, free-text fragments and labels."""

    def __init__(self, kind, subject):
        self.kind = kind
        self.subject = subject
        self.fields = {}
        self.text = {"SY": [], "NR": [], "BZ": []} if kind == "penalty" else {"NR": [], "BZ": []}
        self.secrets = []
        self.public = []

    def secret(self, category, value):
        self.secrets.append((category, value))

    def pub(self, value):
        self.public.append(value)

    def add(self, field, fragment):
        self.text[field].append(fragment)

    def free_field(self, r, weights=None):
        names = list(self.text)
        if weights is None:
            weights = [6, 2, 1] if self.kind == "penalty" else [4, 1]
        return r.choices(names, weights=weights)[0]


def wire_order(kind):
    subject = ["XDR_MC", "XDR_LB", "XDR_SHXYM", "XDR_GSZC", "XDR_ZZJG", "XDR_SWDJ", "XDR_SYDW", "XDR_SHZZ",
               "FRDB", "FR_ZJLX", "FR_ZJHM", "XDR_ZJLX", "XDR_ZJHM"]
    if kind == "license":
        return subject + ["XKWS", "WSH", "XKLB", "XKZS", "XKBH", "NR", "JDRQ", "YXQZ", "YXQZI", "XKJG", "XKJGDM",
                          "ZT", "LYDW", "LYDWDM", "BZ"]
    return subject + ["WSH", "WFXW", "SY", "YJ", "CFLB", "NR", "NR_FK", "NR_WFFF", "NR_ZKDX", "JDRQ", "YXQ",
                      "GSJZQ", "CFJG", "CFJGDM", "SJLY", "SJLYDM", "BZ"]


class SetWriter:
    def __init__(self, seed):
        self.g = Gen(seed)
        self.r = self.g.r
        self.seq = {}
        self.agency_codes = {}

    # --- shared pieces ---------------------------------------------------------

    def person_name(self):
        r = self.r
        t = r.random()
        if t < 0.08:
            return r.choice(COMPOUND) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))
        if t < 0.45:
            return r.choice(SURNAMES) + r.choice(GIVEN)
        return r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(GIVEN)

    def pinyin(self):
        r = self.r
        return r.choice(SURNAME_PINYIN) + r.choice(["", "_", ""]) + r.choice(
            ["xm", "hua", "wei", "jing", "lei", "qiang", "min", "fang", "tao", "jie", "yu", "hao"])

    def agency(self, county):
        r = self.r
        name, pen_abbr, lic_abbr, mb = r.choice(AGENCIES)
        full = county + name
        if full not in self.agency_codes:
            body = "11" + COUNTY_REGION[county] + mb + f"{len(self.agency_codes) % 100:02d}"
            self.agency_codes[full] = body + uscc_check(body)
            assert is_valid_uscc(self.agency_codes[full])
        return full, self.agency_codes[full], COUNTY_ABBR[county] + pen_abbr, COUNTY_ABBR[county] + lic_abbr

    def wsh(self, abbr, year):
        n = self.seq.get((abbr, year), 0) + self.r.randint(1, 9)
        self.seq[(abbr, year)] = n
        form = self.r.random()
        if form < 0.6:
            return f"{abbr}〔{year}〕{n}号"
        if form < 0.85:
            return f"{abbr}〔{year}〕第{n}号"
        return f"{abbr}〔{year}〕{n:04d}号"

    def decision_date(self):
        start = datetime.date(2023, 1, 3)
        return start + datetime.timedelta(days=self.r.randint(0, 1000))

    # --- formats of planted identifiers ----------------------------------------

    def fmt_id(self):
        """An ID number as written in text; returns (written, compact)."""
        r = self.g.r
        t = r.random()
        if t < 0.12:
            v = self.g.id15()
            return v, v
        if t < 0.27:
            v = self.g.id18(check="X")
            return v, v
        if t < 0.37:
            v = self.g.id18(check="X")
            return v[:17] + "x", v
        v = self.g.id18(check="digit")
        if t < 0.50:
            return f"{v[:6]} {v[6:14]} {v[14:]}", v
        if t < 0.60:
            return f"{v[:6]}-{v[6:14]}-{v[14:]}", v
        return v, v

    def fmt_mobile(self):
        m = self.g.mobile()
        t = self.r.random()
        if t < 0.45:
            return m, m
        if t < 0.65:
            return f"{m[:3]} {m[3:7]} {m[7:]}", f"+86 {m[:3]} {m[3:7]} {m[7:]}"
        if t < 0.85:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}"
        return m, "+86" + m

    def fmt_landline(self):
        area, local = self.g.landline()
        t = self.r.random()
        if t < 0.6:
            w = f"{area}-{local}"
            return w, w
        if t < 0.75:
            w = f"{area} {local}"
            return w, w
        if t < 0.9:
            return f"{area}){local}", f"({area}){local}"
        # Full-width parentheses, as Chinese word processors write them.
        w = f"（{area}）{local}"
        return w, w

    def fmt_card(self):
        c = self.g.card()
        if self.r.random() < 0.4:
            w = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
            return w, w
        return c, c

    # --- addresses ---------------------------------------------------------------

    def home_address(self):
        """(written, secret values, public values).

        A natural person's home keeps only its county-level part readable
        (issue 8, DOMAIN.md §4): the road, estate or village is part of the
        masked home, so it is not a public value (it was under issue 4's
        "cut at house-number level" rule)."""
        r = self.r
        t = r.random()
        if t < 0.4:
            road = r.choice(ROADS)
            n = str(r.randint(1, 399))
            if r.random() < 0.2:
                n += "-" + str(r.randint(1, 9))
            w = f"{road}{n}号"
            return w, [w], []
        if t < 0.75:
            est = r.choice(ESTATES)
            b, u, room = r.randint(1, 32), r.randint(1, 4), r.randint(1, 26) * 100 + r.randint(1, 4)
            unit = r.choice(["号楼", "栋", "幢"])
            w = f"{est}{b}{unit}{u}单元{room}室"
            return w, [w, f"{est[-1]}{b}{unit}", f"{unit[-1]}{u}单元", f"元{room}室"], []
        vil = r.choice(VILLAGES)
        grp, n = r.randint(1, 12), r.randint(1, 199)
        w = f"{vil}{grp}组{n}号"
        return w, [w, f"{vil[-1]}{grp}组", f"组{n}号"], []

    def firm_address(self, county):
        r = self.r
        road = r.choice(ROADS)
        return f"{county}{road}{r.randint(1, 1999)}号"

    # --- records -----------------------------------------------------------------

    def common(self, b, county):
        """Agency, document number, dates and the decision's own fields."""
        r = self.r
        g = self.g
        agency, agency_code, pen_abbr, lic_abbr = self.agency(county)
        jdrq = self.decision_date()
        f = b.fields
        b.pub(agency)
        b.pub(agency_code)
        b.pub(jdrq.isoformat())
        if b.kind == "penalty":
            wfxw, law, article, cflb = r.choice(PENALTY_CASES)
            wsh = self.wsh(pen_abbr, jdrq.year)
            fine = r.choice([0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1, 1.5, 2, 3, 5])
            f.update(WSH=wsh, WFXW=wfxw, YJ=law, CFLB=cflb, JDRQ=jdrq.isoformat(),
                     GSJZQ=(jdrq.replace(year=jdrq.year + 3) if not (jdrq.month == 2 and jdrq.day == 29)
                            else jdrq + datetime.timedelta(days=1096)).isoformat(),
                     CFJG=agency, CFJGDM=agency_code, SJLY=agency, SJLYDM=agency_code)
            if "罚款" in cflb:
                f["NR_FK"] = f"{fine:g}"
            if "没收" in cflb:
                f["NR_WFFF"] = f"{r.choice([0.01, 0.02, 0.05, 0.12, 0.3]):g}"
            if "暂扣" in cflb:
                f["NR_ZKDX"] = "食品经营许可证（编号JY1" + COUNTY_REGION[county] + g.digits(7) + "）"
                b.pub(f["NR_ZKDX"])
            b.pub(wsh)
            b.pub(law)
            b.pub(wfxw)
            yuan_text, wan_text = yuan(fine)
            nr = []
            if "警告" in cflb:
                nr.append("给予警告")
            if "罚款" in cflb:
                if r.random() < 0.5:
                    nr.append(f"罚款{yuan_text}")
                    b.pub(f"罚款{yuan_text}")
                else:
                    nr.append(f"罚款人民币{wan_text}")
                    b.pub(wan_text)
            if "没收违法所得" in cflb:
                w = f"{int(float(f['NR_WFFF']) * 10000)}.00元"
                nr.append(f"没收违法所得{w}")
                b.pub(w)
            if "没收非法财物" in cflb:
                nr.append("没收非法财物一批")
            if "暂扣" in cflb:
                nr.append("暂扣食品经营许可证")
            b.add("NR", "，".join(nr))
            # Where and when, with the article cited in the facts.
            b.add("SY", f"经查，{cn_date(jdrq - datetime.timedelta(days=r.randint(20, 90)))}"
                        f"{r.randint(8, 17)}时{r.choice(['05', '20', '30', '45'])}分，执法人员现场检查时发现{wfxw}的行为")
            b.add("SY", f"违反了{law.split('》')[0]}》{article}的规定")
            b.pub(article)
            b.add("NR", f"依据{law}之规定，作出{wsh}行政处罚决定")
        else:
            xkws, xkzs, xklb, what = r.choice(LICENSES)
            wsh = self.wsh(lic_abbr, jdrq.year)
            yxqzi = "2099-12-31" if r.random() < 0.25 else jdrq.replace(year=jdrq.year + 5,
                                                                          day=min(jdrq.day, 28)).isoformat()
            xkbh = ("JY" + ("1" if r.random() < 0.5 else "2") + COUNTY_REGION[county] + g.digits(7)
                    if "食品" in xkzs else f"鲁{COUNTY_ABBR[county]}证字（{jdrq.year}）第{COUNTY_REGION[county]}-{g.digits(6)}号")
            f.update(XKWS=xkws, WSH=wsh, XKLB=xklb, XKZS=xkzs, XKBH=xkbh, JDRQ=jdrq.isoformat(),
                     YXQZ=jdrq.isoformat(), YXQZI=yxqzi, XKJG=agency, XKJGDM=agency_code, ZT="1",
                     LYDW=agency, LYDWDM=agency_code)
            b.pub(wsh)
            b.pub(xkbh)
            b.pub(xkws)
            b.add("NR", f"准予{{SUBJ}}{what}，许可证编号{xkbh}，有效期至{yxqzi}")
        return jdrq

    def decoys(self, b, jdrq, n):
        """Values that look like identifiers but are public."""
        r = self.r
        g = self.g
        choices = [
            lambda: (f"案件编号{g.bad_run('20' + str(jdrq.year)[2:], 19)}", None),
            lambda: (f"原登记编号{g.bad_id18()}", None),
            lambda: (f"票据号码{g.bad_run('62', r.choice([16, 18, 19]))}", None),
            lambda: (f"流水号{g.bad_run(str(jdrq.year), 17)}", None),
            lambda: (f"于{cn_date(jdrq)}送达", cn_date(jdrq)),
            lambda: (f"批号{jdrq.strftime('%Y%m%d')}", None),
            lambda: (f"检验报告编号{g.bad_run('3707', 16)}", None),
            lambda: (f"货值金额{r.randint(200, 9000)}.{r.randint(0, 99):02d}元", None),
            lambda: ("依据《中华人民共和国行政处罚法》第五十一条", "第五十一条"),
        ]
        for _ in range(n):
            text, pub = r.choice(choices)()
            field = b.free_field(r)
            b.add(field, text)
            if pub is None:
                # The whole phrase; its digit run is the point.
                pub = text
            b.pub(pub)

    def plant_personal(self, b, who, categories):
        """Plants personal values of `who` (a name, or a third party) in free text."""
        r = self.r
        g = self.g
        for cat in categories:
            field = b.free_field(r)
            if cat == "id_number":
                w, _ = self.fmt_id()
                b.add(field, r.choice([f"{who}的公民身份号码为{w}", f"{who}（身份证号码：{w}）",
                                       f"身份证号{w}", f"经核实{who}身份证号码{w}"]))
                b.secret("id_number", w)
            elif cat == "mobile":
                w, written = self.fmt_mobile()
                b.add(field, r.choice([f"{who}联系电话{written}", f"手机：{written}", f"经电话{written}联系{who}"]))
                b.secret("mobile", w)
            elif cat == "landline":
                w, written = self.fmt_landline()
                b.add(field, r.choice([f"{who}固定电话{written}", f"联系电话：{written}"]))
                b.secret("landline", w)
            elif cat == "bank_card":
                w, written = self.fmt_card()
                b.add(field, r.choice([f"{who}通过其本人银行卡{written}收取货款", f"收款账号：{written}",
                                       f"{who}名下银行卡号{written}"]))
                b.secret("bank_card", w)
            elif cat == "email":
                w = g.email(self.pinyin())
                b.add(field, r.choice([f"电子邮箱{w}", f"文书已通过电子邮件{w}送达{who}", f"{who}邮箱：{w}"]))
                b.secret("email", w)
            elif cat == "passport":
                w = g.passport()
                b.add(field, r.choice([f"{who}持护照（号码{w}）出境", f"护照号码：{w}", f"{who}护照号{w}"]))
                b.secret("passport", w)
            elif cat == "travel_permit":
                w, label = g.travel_permit()
                b.add(field, f"{who}{label}号码{w}" if label != "台胞证" else f"{who}台胞证号码{w}")
                b.secret("travel_permit", w)
            elif cat == "address":
                county = r.choice(COUNTIES)
                w, secrets, publics = self.home_address()
                b.add(field, r.choice([f"{who}住{county}{w}", f"住所：{county}{r.choice(STREETS)}{w}",
                                       f"送达地址{w}"]))
                for s in secrets:
                    b.secret("address", s)
                for p in publics:
                    b.pub(p)
            elif cat == "person_name":
                b.add(field, r.choice([f"{who}对违法事实无异议", f"{who}在询问笔录上签字确认",
                                       f"已告知{who}享有陈述、申辩的权利", f"{who}系初次违法"]))
            else:
                raise AssertionError(cat)

    def natural(self, kind):
        r = self.r
        g = self.g
        b = Builder(kind, "自然人")
        county = r.choice(COUNTIES)
        t = r.random()
        if t < 0.05:
            name = r.choice(LATIN_NAMES)
        elif t < 0.09:
            name = r.choice(MINORITY_NAMES)
        else:
            name = self.person_name()
        f = b.fields
        f.update(XDR_MC=name, XDR_LB="自然人")
        b.secret("person_name", name)
        t = r.random()
        if name in LATIN_NAMES:
            num, label = "H" + g.digits(8), "港澳居民来往内地通行证"
            g.used.add(num)
            f.update(XDR_ZJLX=label, XDR_ZJHM=num)
            b.secret("travel_permit", num)
        elif t < 0.06:
            num = g.passport()
            f.update(XDR_ZJLX="护照号", XDR_ZJHM=num)
            b.secret("passport", num)
        elif t < 0.1:
            num, label = g.travel_permit()
            f.update(XDR_ZJLX="台湾居民来往大陆通行证" if label == "台胞证" else "港澳居民来往内地通行证"
                     if num[0] in "HM" else "其他", XDR_ZJHM=num)
            b.secret("travel_permit", num)
        else:
            check = "X" if t < 0.3 else "digit"
            num = g.id18(check=check)
            if check == "X" and r.random() < 0.3:
                num = num[:17] + "x"
            f.update(XDR_ZJLX="身份证", XDR_ZJHM=num)
            b.secret("id_number", num)
        jdrq = self.common(b, county)
        shown = name.upper() if name in LATIN_NAMES and kind == "penalty" and r.random() < 0.5 else name
        if shown != name:
            b.secret("person_name", shown)
        if kind == "penalty":
            b.text["SY"].insert(0, f"当事人{shown}，{r.choice(['男', '女'])}，汉族")
        # The person's own ID number in the facts, as written on the form.
        if f["XDR_ZJLX"] == "身份证" and r.random() < 0.4:
            b.add(b.free_field(r), f"{name}身份证号码{f['XDR_ZJHM']}")
        cats = self.pick_categories(person=True)
        self.plant_personal(b, name, cats)
        self.decoys(b, jdrq, r.randint(1, 3))
        return self.finish(b, subj=name)

    def individual(self, kind):
        r = self.r
        g = self.g
        b = Builder(kind, "个体工商户")
        county = r.choice(COUNTIES)
        op = self.person_name()
        region = COUNTY_REGION[county]
        t = r.random()
        if t < 0.35:
            trade = f"{county}{op}{r.choice(IB_SUFFIX)}"
            b.pub(county)
        elif t < 0.5:
            trade = op  # registered without a trade name
        else:
            trade = f"{county}{r.choice(STREETS)}{r.choice(IB_BRANDS)}{r.choice(IB_SUFFIX)}"
            b.pub(trade)
        f = b.fields
        f.update(XDR_MC=trade, XDR_LB="个体工商户", FRDB=op)
        b.secret("person_name", op)
        if r.random() < 0.6:
            uscc = g.uscc("92", region)
            f["XDR_SHXYM"] = uscc
            b.pub(uscc)
        else:
            f["XDR_SHXYM"] = "00000000000000000X"
            gszc = g.unique(lambda: region + "600" + g.digits(6))
            f["XDR_GSZC"] = gszc
            b.pub(gszc)
        if r.random() < 0.5:
            fid = g.id18()
            f.update(FR_ZJLX="身份证", FR_ZJHM=fid)
            b.secret("id_number", fid)
        if r.random() < 0.3:
            xid = g.id18()
            f.update(XDR_ZJLX="身份证", XDR_ZJHM=xid)
            b.secret("id_number", xid)
        jdrq = self.common(b, county)
        if kind == "penalty":
            b.text["SY"].insert(0, f"当事人{trade}，经营者{op}")
        cats = self.pick_categories(person=True)
        self.plant_personal(b, op, cats)
        self.decoys(b, jdrq, r.randint(1, 3))
        return self.finish(b, subj=trade)

    def legal(self, kind, adversarial=None):
        r = self.r
        g = self.g
        b = Builder(kind, "法人及非法人组织")
        county = r.choice(COUNTIES)
        region = COUNTY_REGION[county]
        trade = r.choice(FIRM_TRADES)
        name = f"{county}{r.choice(FIRM_BRANDS)}{trade}"
        prefix = "93" if "合作社" in trade else "91"
        rep = self.person_name()
        f = b.fields
        if adversarial == "numeric_uscc":
            uscc = g.uscc(prefix, region, numeric=True, luhn=True)
        else:
            uscc = g.uscc(prefix, region, numeric=r.random() < 0.3, luhn=False)
        f.update(XDR_MC=name, XDR_LB="法人及非法人组织", XDR_SHXYM=uscc, FRDB=rep)
        gszc = None
        if adversarial == "dated_gszc":
            # An old 工商注册号 whose digits 7-12 happen to read as a date.
            gszc = g.unique(lambda: region + r.choice("0123") + str(r.randint(0, 9)) +
                            f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + g.digits(3))
            assert is_valid_id15(gszc)
        elif r.random() < 0.3:
            gszc = g.unique(lambda: region + r.choice(["20", "22", "23"]) + "00" + g.digits(5))
            assert not is_valid_id15(gszc)
        if gszc:
            f["XDR_GSZC"] = gszc
            b.pub(gszc)
        for p in (name, uscc, rep):
            b.pub(p)
        if r.random() < 0.6:
            fid = g.id18()
            f.update(FR_ZJLX="身份证", FR_ZJHM=fid)
            b.secret("id_number", fid)
        jdrq = self.common(b, county)
        # The firm's own public particulars inside the text.
        addr = self.firm_address(county)
        area, local = g.landline()
        phone = f"{area}-{local}"
        intro = f"当事人{name}，统一社会信用代码{uscc}，住所{addr}，法定代表人{rep}，联系电话{phone}"
        if gszc and (adversarial == "dated_gszc" or r.random() < 0.5):
            intro += f"，注册号{gszc}"
        b.pub(addr)
        b.pub(phone)
        if kind == "penalty":
            b.text["SY"].insert(0, intro)
        else:
            b.add("BZ", intro)
        # Personal values of persons named in the firm's record.
        cats = self.pick_categories(person=False)
        for cat in cats:
            who = r.choice([rep, "员工" + self.person_name(), "现场负责人" + self.person_name(),
                            "股东" + self.person_name()])
            self.plant_personal(b, who, [cat])
        self.decoys(b, jdrq, r.randint(1, 3))
        return self.finish(b, subj=name)

    def pick_categories(self, person):
        r = self.r
        if person:
            pool = ["id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit",
                    "address", "person_name"]
            weights = [5, 6, 3, 3, 2, 1.5, 1.5, 4, 3]
        else:
            pool = ["id_number", "mobile", "bank_card", "email", "passport", "travel_permit"]
            weights = [4, 5, 2, 3, 1, 1]
        n = r.randint(1, 4)
        return r.choices(pool, weights=weights, k=n)

    def finish(self, b, subj):
        fields = b.fields
        for code, frags in b.text.items():
            frags = [x.replace("{SUBJ}", subj) for x in frags if x]
            if frags:
                fields[code] = "，".join(frags) + "。"
        prefix = "XK_" if b.kind == "license" else "CF_"
        record = {prefix + c: fields[c] for c in wire_order(b.kind) if fields.get(c)}
        secrets = []
        for cat, v in b.secrets:
            if (cat, v) not in secrets:
                secrets.append((cat, v))
        public = list(dict.fromkeys(b.public))
        check_labels(record, secrets, public)
        return {"kind": b.kind, "record": record,
                "secrets": [{"category": c, "value": v} for c, v in secrets], "public": public}


def occurrences(text, value):
    out, p = [], text.find(value)
    while p != -1:
        out.append((p, p + len(value)))
        p = text.find(value, p + 1)
    return out


def check_labels(record, secrets, public):
    """Every label is present, and no public value overlaps a secret."""
    values = list(record.values())
    limits = {"SY": 5000, "NR": 4000, "BZ": 512}
    for k, v in record.items():
        assert len(v) <= limits.get(k[3:], 5000), (k, len(v))
    for cat, v in secrets:
        assert any(v in x for x in values), (cat, v, record)
    for p in public:
        assert any(p in x for x in values), (p, record)
        for _, s in secrets:
            assert s not in p, (s, p)
    for x in values:
        for p in public:
            for pb, pe in occurrences(x, p):
                for cat, s in secrets:
                    if cat == "address":
                        continue  # a road or estate name is public, its house numbers are not
                    for sb, se in occurrences(x, s):
                        assert se <= pb or sb >= pe, (p, s, x)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl"))
    args = ap.parse_args()
    w = SetWriter(args.seed)
    plan = ([("natural", "penalty")] * 95 + [("natural", "license")] * 55 +
            [("individual", "penalty")] * 75 + [("individual", "license")] * 55 +
            [("legal", "penalty")] * 75 + [("legal", "license")] * 65)
    w.r.shuffle(plan)
    adversarial = {i: a for i, a in zip(
        [i for i, (s, _) in enumerate(plan) if s == "legal"][5::12],
        ["numeric_uscc", "dated_gszc"] * 10)}
    lines = []
    for i, (subject, kind) in enumerate(plan):
        if subject == "natural":
            obj = w.natural(kind)
        elif subject == "individual":
            obj = w.individual(kind)
        else:
            obj = w.legal(kind, adversarial.get(i))
        lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} records to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
