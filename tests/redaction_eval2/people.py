"""Persons, identifiers, contacts and addresses as decision documents write
them, for the second evaluation set. Values are drawn here; whether they
are secret or public is decided where they are used (kit.Ctx.S / P).
"""

import datetime as dt

import kit
import vocab as V

PINYIN_SURNAMES = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
                   "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie",
                   "song", "tang", "han", "feng", "deng", "cao", "peng", "ouyang", "situ"]
PINYIN_GIVEN = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan",
                "jie", "juan", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hua", "yu", "hong",
                "peng", "hui", "jian", "guo", "zhi", "wen", "bin", "hai", "bo", "ning", "fei", "liang",
                "xin", "chun", "xue", "mei", "lan", "hao", "xuan", "han", "xiao", "dong", "rui", "kai"]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "outlook.com",
                "gmail.com", "yeah.net", "sohu.com", "aliyun.com", "hotmail.com"]
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199"]
CARD_BINS = [("622202", 19), ("621226", 19), ("621700", 19), ("622848", 19), ("621661", 19),
             ("622262", 19), ("623668", 19), ("622908", 19), ("625965", 16), ("622588", 16),
             ("622155", 16), ("628288", 16), ("621799", 19), ("623059", 19), ("622609", 16),
             ("621483", 16), ("622821", 18), ("601382", 17)]
COMMUNITIES = ["凤凰", "向阳", "和平", "东风", "文化", "光明", "团结", "民主", "幸福", "新华", "育才", "胜利"]


# ---------------------------------------------------------------------------
# Names

def chinese_name(c, length=None):
    r = c.r.random()
    if r < 0.06:
        sur = c.pick(V.COMPOUND_SURNAMES)
    elif r < 0.16:
        sur = c.pick(V.RARE_SURNAMES)
    else:
        sur = c.pick(V.SURNAMES)
    if length is None:
        length = 1 if c.chance(0.38) else 2
    given = c.pick(V.GIVEN_CHARS)
    if length == 2:
        given += c.pick(V.GIVEN_CHARS)
    return sur + given


def any_person_name(c):
    """Mostly Chinese; sometimes Japanese, Korean, Uyghur or Latin."""
    r = c.r.random()
    if r < 0.05:
        return c.pick(V.LATIN_NAMES)
    if r < 0.08:
        return c.pick(V.JAPANESE_NAMES)
    if r < 0.11:
        return c.pick(V.KOREAN_NAMES)
    if r < 0.13:
        return c.pick(V.UYGHUR_NAMES)
    return chinese_name(c)


# ---------------------------------------------------------------------------
# Identity documents

def birth_date(c, lo=1952, hi=2003):
    d = dt.date(c.n(lo, hi), 1, 1)
    return d + dt.timedelta(days=c.n(0, 364))


def id18(c, division=None, born=None, male=None):
    if division is None:
        division = c.pick(V.COUNTIES)[2]
    born = born or birth_date(c)
    male = c.chance(0.5) if male is None else male
    seq = c.n(0, 99) * 10 + c.pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    first = "%s%s%03d" % (division, born.strftime("%Y%m%d"), seq)
    return first + kit.id_check(first), born, male


def id15(c, division=None):
    """An old first-generation number: born 19YY, no check character."""
    if division is None:
        division = c.pick(V.COUNTIES)[2]
    born = birth_date(c, 1940, 1975)
    return "%s%s%03d" % (division, born.strftime("%y%m%d"), c.n(0, 999))


def written_id(c, number):
    """The ID number as a clerk typed it into free text."""
    r = c.r.random()
    if r < 0.70:
        s = number
    elif r < 0.80:
        s = "%s %s %s" % (number[:6], number[6:14], number[14:])
    elif r < 0.90:
        s = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    elif r < 0.97:
        s = number.lower() if number.endswith("X") else number
    else:
        s = kit.to_fullwidth_digits(number)
    return s


def passport(c, foreign=False):
    if not foreign:
        r = c.r.random()
        if r < 0.6:
            return "E%08d" % c.n(10000000, 99999999)
        if r < 0.85:
            return "E%s%07d" % (c.pick("ABCDEFGHJK"), c.n(1000000, 9999999))
        return "G%08d" % c.n(10000000, 99999999)
    r = c.r.random()
    if r < 0.35:
        return "%s%07d" % (c.pick(["TK", "TZ", "TR", "MU"]), c.n(1000000, 9999999))
    if r < 0.65:
        return "M%08d" % c.n(10000000, 99999999)
    return "%09d" % c.n(500000000, 599999999)


def travel_permit(c):
    """(document type as written, number, standard XDR_ZJLX or None)."""
    r = c.r.random()
    if r < 0.3:
        return "港澳居民来往内地通行证", "%s%08d" % (c.pick("HHHM"), c.n(10000000, 99999999)), \
            "港澳居民来往内地通行证"
    if r < 0.55:
        return "台湾居民来往大陆通行证", "%08d" % c.n(10000000, 99999999), "台湾居民来往大陆通行证"
    if r < 0.85:
        return "往来港澳通行证", "C%08d" % c.n(10000000, 99999999), None
    return "往来台湾通行证", "L%08d" % c.n(10000000, 99999999), None


# ---------------------------------------------------------------------------
# Contacts

def mobile(c):
    return c.pick(MOBILE_PREFIXES) + "%08d" % c.n(0, 99999999)


def written_mobile(c, m):
    """(country prefix as written, the number as written)."""
    r = c.r.random()
    if r < 0.55:
        return "", m
    if r < 0.68:
        return "", "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if r < 0.78:
        return "", "%s %s %s" % (m[:3], m[3:7], m[7:])
    if r < 0.86:
        return "+86 ", "%s %s %s" % (m[:3], m[3:7], m[7:])
    if r < 0.92:
        return "+86-", m
    if r < 0.97:
        return "(+86)", m
    return "", kit.to_fullwidth_digits(m)


def landline(c, area):
    digits = 8 if area in ("0532", "0579", "0763") or c.chance(0.4) else 7
    return area, str(c.n(2, 8)) + "".join(str(c.n(0, 9)) for _ in range(digits - 1))


def written_landline(c, area, local):
    r = c.r.random()
    if r < 0.45:
        return "%s-%s" % (area, local)
    if r < 0.6:
        return "(%s)%s" % (area, local)
    if r < 0.72:
        return "（%s）%s" % (area, local)
    if r < 0.82:
        return "%s－%s" % (area, local)
    if r < 0.92:
        return "%s %s" % (area, local)
    return kit.to_fullwidth_digits("%s-%s" % (area, local))


def bank_card(c):
    bin_, length = c.pick(CARD_BINS)
    body = bin_ + "".join(str(c.n(0, 9)) for _ in range(length - len(bin_) - 1))
    return kit.luhn_complete(body)


def written_card(c, card):
    if c.chance(0.35):
        return " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    return card


def email(c):
    r = c.r.random()
    dom = c.pick(MAIL_DOMAINS)
    if r < 0.25:
        return "%d@qq.com" % c.n(10000000, 3999999999)
    if r < 0.35:
        return mobile(c) + "@139.com"
    sur = c.pick(PINYIN_SURNAMES)
    given = c.pick(PINYIN_GIVEN) + (c.pick(PINYIN_GIVEN) if c.chance(0.5) else "")
    local = c.pick([sur + given, given + "." + sur, sur + "_" + given, sur[0] + given, given + sur])
    if c.chance(0.6):
        local += str(c.pick([c.n(1960, 2003), c.n(1, 999)]))
    return local + "@" + dom


# ---------------------------------------------------------------------------
# Places

def county(c, idx=None):
    return V.COUNTIES[c.n(0, len(V.COUNTIES) - 1) if idx is None else idx]


def county_name(cty):
    """安丘市 from 山东省潍坊市安丘市."""
    return cty[1] + cty[0][-1]


def city_name(cty):
    prefix = cty[0]
    for end in ("自治区", "省"):
        i = prefix.find(end)
        if i >= 0:
            rest = prefix[i + len(end):]
            return rest[:rest.index("市") + 1]
    raise AssertionError(prefix)


def half_pick(c, seq):
    """An element of the half's share of seq (alternate elements)."""
    return c.pick(seq[c.half::2])


def house_no(c, chinese=False):
    n = c.n(1, 399) if c.chance(0.8) else c.n(400, 1688)
    if chinese and n < 100:
        return kit.cn_number(n) + "号"
    return "%d号" % n


def rural_below(c, cty):
    """(text below the county level, the village) of a rural home."""
    town = c.pick([t for t in cty[4] if not t.endswith("街道")] or cty[4])
    village = half_pick(c, cty[5])
    text = town + village
    if not (village.endswith("小组") or village.endswith("嘎查")) and cty[2][:2] in (
            "51", "43", "36", "53", "45", "32", "34", "41") and c.chance(0.85):
        g = c.n(1, 15)
        word = c.pick(V.GROUP_WORDS)
        text += (kit.cn_number(g) if c.chance(0.6) else str(g)) + word
    if c.chance(0.9):
        text += house_no(c, chinese=c.chance(0.25))
        if c.chance(0.1):
            text += "附%d号" % c.n(1, 9)
    return text, village


def street_below(c, cty):
    """(text below the county level, the part from the house number on)."""
    towns = [t for t in cty[4] if t.endswith("街道")]
    lead = c.pick(towns) if towns and c.chance(0.35) else ""
    road = half_pick(c, cty[6])
    estate = half_pick(c, cty[7])
    r = c.r.random()
    b, u, room = c.n(1, 32), c.n(1, 6), c.n(1, 26) * 100 + c.n(1, 4)
    if r < 0.3:
        tail = "%s%d号楼%d单元%d室" % (house_no(c), b, u, room)
        text = lead + road + tail
    elif r < 0.5:
        tail = "%s%d幢%s单元%s室" % (house_no(c), b, kit.cn_number(u), kit.cn_digitwise(room))
        text = lead + road + tail
    elif r < 0.65:
        tail = "%d-%d-%d" % (b, u, room)
        text = lead + road + house_no(c) + estate + tail
        tail = estate + tail
    elif r < 0.8:
        comm = c.pick(COMMUNITIES) + "社区"
        tail = "%d栋%d单元%d室" % (b, u, room)
        text = lead + comm + estate + tail
        tail = estate + tail
    elif r < 0.9:
        tail = "%s院%d栋%d号" % (house_no(c), b, room)
        text = lead + road + tail
    else:
        tail = "%s附%d号" % (house_no(c), c.n(1, 12))
        text = lead + road + tail
    return text, tail


def county_prefix(c, cty):
    """How a document writes the county-level part: in full, shortened, or not at all."""
    r = c.r.random()
    if r < 0.45:
        return cty[0], True
    if r < 0.75:
        return county_name(cty), False
    if r < 0.85:
        return city_name(cty) + county_name(cty), False
    return "", False


def home_address(c, cty, rural=None, label=True):
    """A natural person's home: returns the text; plants the part below the
    county level (and a second, narrower label) as address secrets; the
    county-level part, when written in full, is labelled public."""
    rural = c.chance(0.5) if rural is None else rural
    below, narrow = rural_below(c, cty) if rural else street_below(c, cty)
    prefix, full = county_prefix(c, cty)
    if not label:
        return prefix + below
    if full and c.chance(0.5):
        c.P(prefix)
    text = prefix + c.S("address", below)
    if len(narrow) >= 4 and narrow != below and c.chance(0.5):
        c.sub("address", narrow)
    return text


def business_address(c, cty):
    """A firm's registered or business address, below county level (public)."""
    r = c.r.random()
    town = c.pick(cty[4])
    if r < 0.45:
        return town + half_pick(c, cty[6]) + house_no(c)
    if r < 0.65:
        return county_name(cty) + c.pick(["经济开发区", "高新技术产业园区", "工业园区"]) + \
            half_pick(c, cty[6]) + house_no(c)
    if r < 0.85:
        v = half_pick(c, cty[5])
        return town + v + c.pick(["东%d米" % (c.n(1, 9) * 100), "西侧", "南首", "驻地", "工业园内"])
    return town + half_pick(c, cty[6]) + "与" + c.pick(cty[6]) + "交汇处" + c.pick(["东北角", "西南角", "向东200米"])
