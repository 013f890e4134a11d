"""One record under construction: its fields with secret markers, labels,
punctuation style, and the helpers that write people, numbers and addresses
into it.

A secret is written into text through Rec.s(), which returns a marker; the
record is rendered twice, once with the values and once with an opaque token
for every secret (the skeleton), and checked by check_record() in
generate.py.
"""
import datetime
import re

import ids
import vocab

MARK = re.compile("\x01(\\d+)\x02")
TOKEN = "\x03"

CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n):
    """1..99 in Chinese numerals: 3 -> 三, 12 -> 十二, 23 -> 二十三."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_digits(n):
    return "".join(CN_DIGITS[int(c)] for c in str(n))


class Rec:
    def __init__(self, rng, kind, jur):
        self.rng = rng
        self.kind = kind
        self.jur = jur
        self.secrets = []  # (category, value), in planting order
        self.publics = []
        self.names = set()
        style = rng.random()
        self.style = "full" if style < 0.6 else ("half" if style < 0.8 else "mixed")
        self.fields = {}

    # --- labels -------------------------------------------------------------
    def s(self, category, value):
        for i, (c, v) in enumerate(self.secrets):
            if v == value:
                return "\x01%d\x02" % i
        self.secrets.append((category, value))
        return "\x01%d\x02" % (len(self.secrets) - 1)

    def p(self, value):
        if value not in self.publics:
            self.publics.append(value)
        return value

    def t(self, template, **kw):
        """Formats a template after converting its own punctuation to the
        record's style; values passed in kw are left as written."""
        if self.style != "full":
            table = {"：": ":", "；": ";"}
            if self.style == "half":
                table.update({"，": ",", "（": "(", "）": ")"})
            template = "".join(table.get(ch, ch) for ch in template)
        return template.format(**kw)

    def paren(self, inner):
        return ("(%s)" if self.style == "half" else "（%s）") % inner

    def render(self, value, skeleton=False):
        if skeleton:
            return MARK.sub(TOKEN, value)
        return MARK.sub(lambda m: self.secrets[int(m.group(1))][1], value)

    # --- people ---------------------------------------------------------------
    def _fresh(self, name):
        if len(name) < 2:
            return False
        for other in self.names:
            if name in other or other in name:
                return False
        return True

    def han_name(self):
        r = self.rng.random()
        if r < 0.72:
            surname = self.rng.choice(vocab.SURNAMES_COMMON)
        elif r < 0.86:
            surname = self.rng.choice(vocab.SURNAMES_RARE)
        else:
            surname = self.rng.choice(vocab.SURNAMES_COMPOUND)
        n = 1 if self.rng.random() < 0.3 else 2
        return surname + "".join(self.rng.choice(vocab.GIVEN_CHARS) for _ in range(n))

    def local_minority(self):
        code = self.jur["code"]
        rng = self.rng
        if code == "650102":
            if rng.random() < 0.8:
                return rng.choice(vocab.UYGHUR_FIRST) + "·" + rng.choice(vocab.UYGHUR_SECOND)
            return rng.choice(vocab.KAZAKH)
        table = {"540102": vocab.TIBETAN, "513401": vocab.YI, "152502": vocab.MONGOLIAN,
                 "451003": vocab.ZHUANG, "640104": vocab.HUI, "222401": vocab.KOREAN}
        if code in table:
            return rng.choice(table[code])
        return None

    def any_name(self, foreign_ok=True):
        rng = self.rng
        while True:
            r = rng.random()
            name = None
            if r < 0.35:
                name = self.local_minority()
            elif r < 0.41:
                name = rng.choice(vocab.MANCHU)
            elif r < 0.46 and foreign_ok:
                name = rng.choice(vocab.JAPANESE + vocab.KOREAN)
            elif r < 0.51 and foreign_ok:
                name = rng.choice(vocab.LATIN)
            elif r < 0.55:
                name = rng.choice(vocab.UYGHUR_FIRST) + "·" + rng.choice(vocab.UYGHUR_SECOND)
            elif r < 0.58:
                name = rng.choice(vocab.TIBETAN + vocab.YI + vocab.MONGOLIAN)
            if name is None:
                name = self.han_name()
            if self._fresh(name):
                self.names.add(name)
                return name

    def public_name(self):
        """A legal representative: a Han or local name, public."""
        while True:
            name = self.han_name() if self.rng.random() < 0.8 else (self.local_minority() or self.han_name())
            if self._fresh(name):
                self.names.add(name)
                return name

    def person(self, foreign_ok=True):
        """A third party's name, secret; returns the marker."""
        return self.s("person_name", self.any_name(foreign_ok))

    # --- numbers ----------------------------------------------------------------
    def id_text(self, number=None, region=None):
        """An ID number written in text in one of several forms; secret."""
        rng = self.rng
        if number is None:
            if rng.random() < 0.12:
                return self.s("id_number", ids.id15(rng, region or self.region()))
            number = ids.id18(rng, region or self.region())
        r = rng.random()
        if r < 0.62:
            w = number
        elif r < 0.74:
            w = number[:6] + " " + number[6:14] + " " + number[14:]
        elif r < 0.82 and number.endswith("X"):
            w = number[:17] + "x"
        elif r < 0.9:
            w = number[:6] + "-" + number[6:14] + "-" + number[14:]
        else:
            w = ids.fullwidth(number)
        return self.s("id_number", w)

    def region(self):
        """Mostly local division codes, sometimes another province's."""
        if self.rng.random() < 0.75:
            return self.jur["code"]
        return self.rng.choice(vocab.JURISDICTIONS)["code"]

    def mobile_text(self):
        rng = self.rng
        m = ids.mobile(rng)
        r = rng.random()
        if r < 0.55:
            return self.s("mobile", m)
        if r < 0.67:
            return self.s("mobile", m[:3] + " " + m[3:7] + " " + m[7:])
        if r < 0.77:
            return self.s("mobile", m[:3] + "-" + m[3:7] + "-" + m[7:])
        if r < 0.87:
            return "+86 " + self.s("mobile", m[:3] + " " + m[3:7] + " " + m[7:])
        if r < 0.94:
            return "+86" + self.s("mobile", m)
        return "（+86）" + self.s("mobile", m)

    def landline_text(self, area=None, secret=True):
        rng = self.rng
        area = area or self.jur["area"]
        local = ids.landline_local(rng, area)
        r = rng.random()
        if r < 0.45:
            w = area + "-" + local
        elif r < 0.6:
            w = "（" + area + "）" + local
        elif r < 0.7:
            w = "(" + area + ")" + local
        elif r < 0.85:
            w = area + " " + local
        else:
            w = area + local
        return self.s("landline", w) if secret else self.p(w)

    def card_text(self):
        card = ids.bank_card(self.rng)
        if self.rng.random() < 0.5:
            w = card
        else:
            w = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        return self.s("bank_card", w)

    def email_text(self):
        rng = self.rng
        local = rng.choice(vocab.PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(vocab.PINYIN)
        if rng.random() < 0.7:
            local += str(rng.randint(1, 2003))
        return self.s("email", local + "@" + rng.choice(vocab.EMAIL_DOMAINS))

    def passport_text(self, foreign=False):
        rng = self.rng
        if foreign:
            w = rng.choice(["C", "K", "N", "P", "B"]) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([7, 8])))
        elif rng.random() < 0.6:
            w = "E" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        else:
            w = "E" + rng.choice("ABCDEFGH") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return self.s("passport", w)

    def permit_text(self, kind):
        """kind: hk_resident (H/M + 8), tw_resident (8 digits), to_hk (C + 8), to_tw (L + 8)."""
        rng = self.rng
        digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
        w = {"hk_resident": rng.choice("HM") + digits, "tw_resident": digits,
             "to_hk": "C" + digits, "to_tw": "L" + digits}[kind]
        return self.s("travel_permit", w)

    def trap_number(self):
        """A labelled 18/20-digit reference number that is not an ID: public."""
        rng = self.rng
        label = rng.choice(["案件编号", "受理编号", "立案号", "流水号", "缴款码", "文书编号", "登记编号",
                            "电子税票号码", "检验报告编号", "申请编号", "业务流水号", "非税收入缴款识别码",
                            "统一编号", "备案号", "执法文书编号", "投诉登记号"])
        if label in ("缴款码", "非税收入缴款识别码") and rng.random() < 0.5:
            number = "".join(str(rng.randint(0, 9)) for _ in range(20))
        else:
            number = ids.id_shaped(rng, self.jur["code"], valid=rng.random() < 0.6)
        return self.t("{l}：{n}", l=label, n=self.p(number))

    # --- addresses --------------------------------------------------------------
    def home(self, cue=None, public_prefix=None):
        """A natural person's home address after a cue word; the part below
        the county level is secret (plus, half the time, its house-number
        tail); the county-level prefix is public only when written in full."""
        rng = self.rng
        jur = self.jur
        if cue is None:
            cue = rng.choice(["住", "住址：", "家庭住址：", "户籍地：", "居住地：", "现住", "家住", "住所地：", "户籍所在地："])
        rural = rng.random() < 0.55 and jur["code"] not in ("650102",)
        if rural:
            town, villages = rng.choice(jur["towns"])
            village = rng.choice(villages)
            if "嘎查" in village or "社区" in village:
                group = ""
            else:
                g = rng.randint(1, 12)
                group = rng.choice([cn_number(g) + "组", str(g) + "组", "第" + cn_number(g) + "村民小组",
                                    cn_number(g) + "队"])
            n = rng.randint(1, 168)
            num = rng.choice([str(n) + "号", cn_number(n % 99 or 7) + "号"])
            upper = town + village
            tail = group + num
        else:
            road = rng.choice(jur["roads"])
            n = rng.randint(1, 699)
            num = str(n) + "号"
            if rng.random() < 0.7:
                b, u, f, rm = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 26), rng.randint(1, 4)
                if rng.random() < 0.7:
                    bldg = "%d%s%d单元%d%02d室" % (b, rng.choice(["栋", "幢", "号楼"]), u, f, rm)
                else:
                    bldg = "%s栋%s单元%s室" % (cn_number(b), cn_number(u), cn_digits(f * 100 + rm))
                if rng.random() < 0.35:
                    upper = road + num + rng.choice(jur["estates"])
                    tail = bldg
                else:
                    upper = road
                    tail = num + bldg
            else:
                upper = road
                tail = num + rng.choice(["", "附" + str(rng.randint(1, 9)) + "号"])
        below = upper + tail
        if public_prefix is None:
            public_prefix = rng.random() < 0.45
        if public_prefix:
            prefix = self.p(jur["prefix"])
        else:
            # Not in full (no province): left unlabelled.
            prefix = rng.choice(["", "", jur["agency"]])
        if rng.random() < 0.5:
            inner = self.s("address", below)
            self.s("address", tail)  # narrower label, inside the wider one
            return cue + prefix + inner
        return cue + prefix + self.s("address", below)

    def business_address(self, label=True):
        """A legal person's or shop's premises below the county level (public)."""
        rng = self.rng
        road = rng.choice(self.jur["biz"])
        tail = rng.choice(["%d号" % rng.randint(1, 999), "%d号%d号楼" % (rng.randint(1, 300), rng.randint(1, 12)),
                           "%d号商铺" % rng.randint(1, 300), "%d号%d层" % (rng.randint(1, 300), rng.randint(1, 5)),
                           "%d号门面" % rng.randint(1, 200)])
        below = road + tail
        prefix = rng.choice([self.jur["prefix"], self.jur["agency"], ""])
        return prefix + (self.p(below) if label else below)

    # --- dates and money ----------------------------------------------------------
    def date_text(self, d):
        r = self.rng.random()
        if r < 0.5:
            return "%d年%d月%d日" % (d.year, d.month, d.day)
        if r < 0.7:
            return "%d年%02d月%02d日" % (d.year, d.month, d.day)
        if r < 0.85:
            return d.isoformat()
        if r < 0.93:
            return "%d.%d.%d" % (d.year, d.month, d.day)
        return "二〇" + cn_digits(d.year % 100).rjust(2, "〇") + "年" + cn_number(d.month) + "月" + cn_number(d.day) + "日"

    def before(self, d, lo, hi):
        return d - datetime.timedelta(days=self.rng.randint(lo, hi))


def wan(yuan):
    """Yuan -> 万元 decimal text without trailing zeros."""
    s = "%.6f" % (yuan / 10000.0)
    return s.rstrip("0").rstrip(".")


CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def yuan_capital(n):
    """Whole yuan below 1,000,000 in 大写, e.g. 5000 -> 伍仟元整."""
    units = ["", "拾", "佰", "仟"]
    out = ""
    wan_part, rest = divmod(n, 10000)

    def four(x):
        s = ""
        zero = False
        for i in range(3, -1, -1):
            d = (x // (10 ** i)) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += CAPITAL_DIGITS[d] + units[i]
        return s

    if wan_part:
        out += four(wan_part) + "万"
        if rest and rest < 1000:
            out += "零"
    if rest:
        out += four(rest)
    return out + "元整"
