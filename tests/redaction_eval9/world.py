"""Random people, businesses, agencies and numbers for the ninth set."""

import datetime
import hashlib
from decimal import Decimal

import base as B

DEPTS = {
    # sector: (department name, short name in document numbers)
    "market": ("市场监督管理局", "市监"),
    "transport": ("交通运输局", "交"),
    "ecology": ("生态环境局", "环"),
    "health": ("卫生健康委员会", "卫健"),
    "construction": ("住房和城乡建设局", "建"),
    "forestry": ("林业和草原局", "林草"),
    "safety": ("应急管理局", "应急"),
    "culture": ("文化广电和旅游局", "文旅"),
    "agriculture": ("农业农村局", "农"),
    "urban": ("城市管理综合行政执法局", "城管"),
    "labour": ("人力资源和社会保障局", "人社"),
    "water": ("水务局", "水"),
    "commerce": ("商务局", "商"),
    "resources": ("自然资源局", "自然资源"),
    "approval": ("行政审批局", "审批"),
    "tax": ("税务局", "税"),
    "postal": ("邮政管理局", "邮"),
}


class World:
    def __init__(self, rng):
        self.r = rng
        self.agency_codes = {}

    # -- places ---------------------------------------------------------------
    def county_prefix(self, c):
        return c["prov"] + c["city"] + c["county"]

    def city_name(self, c):
        return c["city"] or c["county"]

    def home(self, c):
        """A natural person's home below the county level, in one of several shapes."""
        r = self.r
        shape = r.randrange(6)
        town, vill = r.choice(c["towns"]), r.choice(c["vill"])
        if shape == 0:
            return "%s%s%d组%d号" % (town, vill, r.randint(1, 12), r.randint(1, 160))
        if shape == 1:
            return "%s%s%s组%s号" % (town, vill, B.cn_num(r.randint(1, 9)), B.cn_num(r.randint(1, 60)))
        if shape == 2:
            return "%s%d号%s%d号楼%d单元%d室" % (r.choice(c["roads"]), r.randint(2, 300), r.choice(c["est"]),
                                          r.randint(1, 30), r.randint(1, 6), r.randint(1, 25) * 100 + r.randint(1, 4))
        if shape == 3:
            return "%s%s%d栋%d-%d" % (town, r.choice(c["est"]), r.randint(1, 24), r.randint(1, 5),
                                     r.randint(1, 18) * 100 + r.randint(1, 6))
        if shape == 4:
            return "%s%s%s社%d号" % (town, vill, B.cn_num(r.randint(1, 8)), r.randint(1, 90))
        return "%s%d号院%d幢%d层" % (r.choice(c["roads"]), r.randint(1, 200), r.randint(1, 9), r.randint(1, 20))

    def site(self, c):
        """A business address below the county level (public)."""
        r = self.r
        if r.random() < 0.6:
            return "%s%d号" % (r.choice(c["roads"]), r.randint(1, 500))
        return "%s%s%d号商铺" % (r.choice(c["towns"]), r.choice(c["roads"]), r.randint(1, 300))

    # -- people ---------------------------------------------------------------
    def name(self, c=None, foreign=0.03):
        r = self.r
        x = r.random()
        prov = c["prov"] if c else ""
        if prov.startswith("西藏") and x < 0.5:
            return "".join(r.sample(B.TIBETAN, 2))
        if prov.startswith("新疆") and x < 0.4:
            return r.choice(B.UYGHUR_GIVEN) + "·" + r.choice(B.UYGHUR_FATHER)
        if prov.startswith("内蒙古") and x < 0.4:
            return r.choice(B.MONGOL)
        if x < foreign:
            return r.choice(B.FOREIGN)
        y = r.random()
        sur = r.choice(B.COMPOUND) if y < 0.08 else r.choice(B.RARE_SURNAMES) if y < 0.18 else r.choice(B.SURNAMES)
        n = 1 if r.random() < 0.35 else 2
        return sur + "".join(r.choice(B.GIVEN) for _ in range(n))

    def chinese_name(self):
        r = self.r
        return r.choice(B.SURNAMES) + "".join(r.choice(B.GIVEN) for _ in range(r.choice([1, 2])))

    def birth(self):
        r = self.r
        return datetime.date(r.randint(1952, 2000), r.randint(1, 12), r.randint(1, 28))

    def id18(self, c):
        r = self.r
        area = c["area"] if r.random() < 0.8 else r.choice(B.COUNTIES)["area"]
        body = area + self.birth().strftime("%Y%m%d") + "%03d" % r.randint(1, 999)
        return body + B.id_check(body)

    def id15(self, c):
        r = self.r
        b = datetime.date(r.randint(1940, 1979), r.randint(1, 12), r.randint(1, 28))
        return c["area"] + b.strftime("%y%m%d") + "%03d" % r.randint(1, 999)

    def mobile(self):
        r = self.r
        pre = r.choice(["130", "131", "133", "135", "137", "138", "139", "147", "150", "152", "155", "157",
                        "158", "166", "173", "177", "180", "182", "185", "187", "189", "191", "198", "199"])
        return pre + "%08d" % r.randint(0, 99999999)

    def mobile_written(self):
        m = self.mobile()
        if self.r.random() < 0.25:
            return m[:3] + "-" + m[3:7] + "-" + m[7:]
        return m

    def landline(self, c):
        n = 8 if c["tel"] in ("0851", "0898") else 7
        return c["tel"] + "-" + str(self.r.randint(2, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def email(self):
        r = self.r
        user = "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(3, 7))) + str(r.randint(1, 999))
        return user + "@" + r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "yeah.net"])

    def bank(self):
        r = self.r
        pre = r.choice(["622202", "621700", "622848", "621226", "623058", "622588", "621483"])
        length = r.choice([16, 19, 19])
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
        return B.luhn_complete(body)

    def passport_cn(self):
        r = self.r
        return ("E" if r.random() < 0.6 else "EJ") + "".join(str(r.randint(0, 9)) for _ in range(8 if r.random() < 0.6 else 7))

    def passport_foreign(self):
        r = self.r
        return r.choice(["C", "N", "P", "M"]) + "".join(str(r.randint(0, 9)) for _ in range(7 + r.randint(0, 1)))

    def hk_resident(self):  # 港澳居民来往内地通行证
        r = self.r
        return r.choice("HM") + "".join(str(r.randint(0, 9)) for _ in range(8))

    def tw_resident(self):  # 台湾居民来往大陆通行证
        return "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def to_hk(self):  # 往来港澳通行证 of a mainland resident
        r = self.r
        return "C" + r.choice("ABCDEFGHJKLMN") + "".join(str(r.randint(0, 9)) for _ in range(7))

    # -- organisations --------------------------------------------------------
    def uscc(self, c, prefix):
        r = self.r
        org = ("MA" if prefix in ("91", "92") else "") + "".join(
            r.choice(B.USCC_ALPHA) for _ in range(9 - (2 if prefix in ("91", "92") else 0)))
        body = prefix + c["area"] + org
        return body + B.uscc_check(body)

    def gszc(self, c):
        body = c["area"] + "6" + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        return body + B.gszc_check(body)

    def company(self, c, trade):
        r = self.r
        brand = r.choice(B.TRAP_NAMES) if r.random() < 0.2 else r.choice(B.BRAND)
        form = r.choice(["有限公司", "有限责任公司", "股份有限公司"])
        return self.city_name(c) + brand + trade + form

    def shop(self, c, trade):
        r = self.r
        brand = r.choice(B.TRAP_NAMES) if r.random() < 0.2 else r.choice(B.BRAND)
        return c["county"] + brand + trade

    def agency(self, c, sector):
        dept, short = DEPTS[sector]
        if sector == "tax":
            name = "国家税务总局" + self.city_name(c) + "税务局"
        else:
            name = self.city_name(c) + dept
        key = (c["area"], sector)
        if key not in self.agency_codes:
            # Derived from the agency itself, not drawn: the same on every rendering.
            digest = hashlib.sha256((c["area"] + sector).encode()).hexdigest()
            body = "11" + c["area"] + "00" + str(int(digest, 16))[:7]
            self.agency_codes[key] = body + B.uscc_check(body)
        return name, self.agency_codes[key], c["ab"] + short

    def office_phone(self, c, sector):
        # Stable per agency: the switchboard of the deciding agency.
        code = self.agency(c, sector)[1]
        digits = "".join(ch for ch in code if ch.isdigit())
        n = 8 if c["tel"] in ("0851", "0898") else 7
        return c["tel"] + "-" + ("8" + digits[-(n - 1):])[:n]

    # -- numbers that look like personal data but are not ---------------------
    def case_number(self, c, day):
        """An 18-digit reference number; half of them pass the ID check."""
        body = c["area"] + day.strftime("%Y%m%d") + "%03d" % self.r.randint(1, 999)
        if self.r.random() < 0.5:
            return body + B.id_check(body)
        bad = [d for d in "0123456789" if d != B.id_check(body)]
        return body + self.r.choice(bad)

    def pay_code(self):
        while True:
            v = "".join(str(self.r.randint(0, 9)) for _ in range(20))
            if not B.luhn_ok(v):
                return v

    def date_between(self, start, end):
        days = (end - start).days
        return start + datetime.timedelta(days=self.r.randint(0, days))


def wan(yuan):
    """An amount in 元 as the 万元 decimal the standard wants."""
    d = (Decimal(yuan) / Decimal(10000)).normalize()
    s = format(d, "f")
    return s


def yuan_text(yuan, r):
    f = r.randrange(3)
    if f == 0:
        return "%d元" % yuan
    if f == 1:
        return "{:,}元".format(yuan)
    return "人民币%d元" % yuan


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)
