#!/usr/bin/env python3
"""Eighth redaction evaluation set: 200 labelled 双公示 records (frozen, unmeasured).

Written independently of the detectors: no file under redaction/, the unit or
fuzz tests, or any other evaluation set's generator was opened. Vocabulary and
phrasing are written here. Deterministic (fixed seed, standard library only).

    python3 generate.py           # writes records.jsonl
    python3 generate.py --check   # verifies records.jsonl is what it writes
    python3 generate.py --stats   # prints counts
"""
import datetime
import json
import os
import random
import sys

SEED = 8_2026_1128
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl")

# ---------------------------------------------------------------- identifiers
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc(rng, head, division):
    body = head + division + "".join(rng.choice(USCC_ALPHA) for _ in range(9))
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_ALPHA[(31 - s % 31) % 31]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    d = datetime.date.fromordinal(rng.randint(d0, d1))
    return d if d.day <= 28 else d.replace(day=28)


def id18(rng, division, y0=1956, y1=2000):
    b = rand_date(rng, y0, y1)
    first = division + b.strftime("%Y%m%d") + "%03d" % rng.randint(1, 999)
    return first + id_check(first)


def id15(rng, division):
    b = rand_date(rng, 1950, 1975)
    return division + b.strftime("%y%m%d") + "%03d" % rng.randint(1, 999)


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- places
# (province, city, county, division, area code, county short for documents)
COUNTIES = [
    ("山东省", "潍坊市", "临朐县", "370724", "0536", "临"),
    ("湖北省", "宜昌市", "宜都市", "420581", "0717", "宜"),
    ("湖南省", "长沙市", "浏阳市", "430181", "0731", "浏"),
    ("浙江省", "金华市", "义乌市", "330782", "0579", "义"),
    ("江西省", "赣州市", "南康区", "360703", "0797", "康"),
    ("河南省", "郑州市", "新郑市", "410184", "0371", "新"),
    ("云南省", "红河哈尼族彝族自治州", "弥勒市", "532504", "0873", "弥"),
    ("江苏省", "镇江市", "丹阳市", "321181", "0511", "丹"),
    ("安徽省", "安庆市", "桐城市", "340881", "0556", "桐"),
    ("广东省", "梅州市", "兴宁市", "441481", "0753", "兴"),
    ("四川省", "凉山彝族自治州", "西昌市", "513401", "0834", "西"),
    ("内蒙古自治区", "鄂尔多斯市", "准格尔旗", "150622", "0477", "准"),
    ("湖南省", "岳阳市", "平江县", "430626", "0730", "平"),
    ("河北省", "保定市", "涿州市", "130681", "0312", "涿"),
]

TOWN_STEMS = ["柳泉", "石门", "龙池", "白鹤", "青山", "黄土坡", "三河", "新店", "双桥", "马鞍",
              "凤岭", "官庄", "梨园", "东坝", "杨柳湾", "古城", "桃源", "金鸡", "下关", "长岭"]
TOWN_KINDS = ["镇", "镇", "乡", "街道"]
VILLAGE_STEMS = ["杏花", "大王庄", "水井湾", "后沟", "老鸦窝", "李家坪", "枣林", "南洼", "上坝",
                 "鹅公岭", "塘坊", "西坡", "火烧坪", "七里铺", "黄泥塘", "磨盘山", "沙河沿", "柿子园"]
ROAD_STEMS = ["和平", "建设", "文昌", "滨河", "朝阳", "迎宾", "光明", "花园", "兴业", "育才",
              "解放", "南环", "人民", "工农", "桂花", "长江", "团结", "太平"]
ROAD_KINDS = ["路", "路", "街", "大道", "巷"]
ESTATES = ["锦绣华庭", "翠湖苑", "阳光新城", "丽景家园", "书香门第", "御景湾", "金桂园", "和谐小区",
           "供销社家属院", "水利局宿舍", "幸福里", "明珠花园"]
CN_NUM = "〇一二三四五六七八九"


def cn_small(n):
    tens, ones = divmod(n, 10)
    if n < 10:
        return CN_NUM[n]
    return ("" if tens == 1 else CN_NUM[tens]) + "十" + (CN_NUM[ones] if ones else "")


def town(rng):
    return rng.choice(TOWN_STEMS) + rng.choice(TOWN_KINDS)


def road(rng):
    return rng.choice(ROAD_STEMS) + rng.choice(ROAD_KINDS)


def home_below_county(rng):
    """The part of a home address below the county level."""
    form = rng.randrange(6)
    if form == 0:
        return f"{town(rng)}{rng.choice(VILLAGE_STEMS)}村{rng.randint(1, 12)}组{rng.randint(1, 160)}号"
    if form == 1:
        return f"{town(rng)}{rng.choice(VILLAGE_STEMS)}村{cn_small(rng.randint(1, 15))}组{cn_small(rng.randint(1, 60))}号"
    if form == 2:
        return (f"{town(rng)}{road(rng)}{rng.randint(2, 399)}号{rng.choice(ESTATES)}"
                f"{rng.randint(1, 24)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室")
    if form == 3:
        return f"{road(rng)}{rng.randint(1, 288)}号院{rng.randint(1, 9)}号楼{rng.randint(1, 6)}0{rng.randint(1, 3)}室"
    if form == 4:
        return f"{town(rng)}{rng.choice(VILLAGE_STEMS)}村民委员会{rng.choice(VILLAGE_STEMS)}村民小组{rng.randint(1, 99)}号"
    return f"{rng.choice(ESTATES)}{cn_small(rng.randint(1, 20))}幢{cn_small(rng.randint(1, 3))}单元{rng.randint(2, 30)}0{rng.randint(1, 4)}室"


def business_site(rng):
    form = rng.randrange(4)
    if form == 0:
        return f"{town(rng)}{road(rng)}{rng.randint(1, 999)}号"
    if form == 1:
        return f"{road(rng)}{rng.randint(1, 500)}号{rng.choice(['商业广场', '农贸市场', '物流园', '创业园'])}{rng.randint(1, 30)}号门面"
    if form == 2:
        return f"{rng.choice(['经济开发区', '高新技术产业园区', '工业集中区'])}{road(rng)}{rng.randint(1, 90)}号"
    return f"{town(rng)}{rng.choice(VILLAGE_STEMS)}村{rng.choice(['工业路', '村委会东侧', '省道旁'])}{rng.randint(1, 60)}号"


# ---------------------------------------------------------------- people
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢骆岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄盖符奚木穆党燕郎邴冷訾")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "端木", "澹台", "闻人"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂玉萍红鹏华飞鑫波宁琴云莲倩婷雪梅春建国志德福贵文斌海峰晓亮振兴宏胜林永成凤翠珍荣彬旭东晨昊浩然俊凯锋立新卫瑞祥玲慧佳欣悦菊香琳蓉燕巧妮薇丹娥")
LATIN_NAMES = ["Maria Gonzalez", "David Thompson", "Olga Petrova", "Ahmed Hassan", "Sophie Laurent",
               "Nguyen Van Long", "Tran Thi Mai", "Lukas Becker", "Anna Kowalska", "James O'Neil",
               "Kim Ji-hoon", "Park Soo-yeon", "Aylin Demir", "Ivan Sokolov", "Priya Sharma", "Somchai Wongsa"]
JP_NAMES = ["佐藤由美", "高桥健太", "铃木一郎", "渡边直美", "山本拓也", "中村惠子"]
UYGHUR = ["阿不都热依木·买买提", "古丽米拉·艾则孜", "努尔艾合麦提·吐尔逊", "热娜古丽·阿布都拉"]


def cn_name(rng):
    sur = rng.choice(COMPOUND) if rng.random() < 0.07 else rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    given = "".join(rng.choice(GIVEN) for _ in range(n))
    return sur + given


def any_name(rng):
    r = rng.random()
    if r < 0.05:
        return rng.choice(LATIN_NAMES)
    if r < 0.08:
        return rng.choice(JP_NAMES)
    if r < 0.10:
        return rng.choice(UYGHUR)
    return cn_name(rng)


# ---------------------------------------------------------------- record context
class Ctx:
    """Collects labels while a record is written. Secrets are placed as
    opaque markers; the record is rendered with the values and, as the
    skeleton, with the markers left in place."""

    def __init__(self, rng, county):
        self.rng = rng
        self.county = county
        self.secrets = []  # (category, value)
        self.publics = []
        self.names = set()

    def sec(self, cat, value):
        for i, (c, v) in enumerate(self.secrets):
            if c == cat and v == value:
                return f"\ue000{i}\ue001"
        self.secrets.append((cat, value))
        return f"\ue000{len(self.secrets) - 1}\ue001"

    def pub(self, value):
        if value not in self.publics:
            self.publics.append(value)
        return value

    def new_name(self, latin_ok=True):
        while True:
            n = any_name(self.rng) if latin_ok else cn_name(self.rng)
            if all(n not in m and m not in n for m in self.names):
                self.names.add(n)
                return n

    def name(self, latin_ok=True):
        return self.sec("person_name", self.new_name(latin_ok))

    def id18(self):
        return self.sec("id_number", id18(self.rng, self.county[3]))

    def id_written(self):
        """A third party's ID, in one of several written forms."""
        r = self.rng.random()
        if r < 0.25:
            return self.sec("id_number", id15(self.rng, self.county[3]))
        v = id18(self.rng, self.county[3])
        if r < 0.38:
            v = f"{v[:6]} {v[6:14]} {v[14:]}"
        elif r < 0.5 and v.endswith("X"):
            v = v[:-1] + "x"
        return self.sec("id_number", v)

    def mobile(self):
        rng = self.rng
        m = rng.choice(["13", "15", "18", "17", "19"]) + str(rng.randint(0, 9)) + "%08d" % rng.randint(0, 99999999)
        r = rng.random()
        if r < 0.15:
            m = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        elif r < 0.25:
            m = f"{m[:3]} {m[3:7]} {m[7:]}"
        return self.sec("mobile", m)

    def phone_number(self):
        return f"{self.county[4]}-{self.rng.randint(2, 8)}{self.rng.randint(100000, 999999)}"

    def landline(self):
        v = self.phone_number()
        if self.rng.random() < 0.3:
            v = v.replace("-", "")
            v = f"（{v[:4]}）{v[4:]}"
        return self.sec("landline", v)

    def card(self):
        rng = self.rng
        prefix = rng.choice(["622202", "621700", "622848", "621226", "623052", "622588"])
        v = luhn_complete(prefix, rng.choice([16, 19]), rng)
        if rng.random() < 0.3:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self.sec("bank_card", v)

    def email(self):
        rng = self.rng
        user = "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(3, 7)))
        user += str(rng.randint(10, 9999)) if rng.random() < 0.7 else ""
        return self.sec("email", user + "@" + rng.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com"]))

    def passport(self):
        rng = self.rng
        v = "E" + "".join(str(rng.randint(0, 9)) for _ in range(8)) if rng.random() < 0.6 else \
            "E" + rng.choice("ABCDEFGH") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return self.sec("passport", v)

    def foreign_passport(self):
        rng = self.rng
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2]))) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return self.sec("passport", v)

    def hk_permit(self):  # 往来港澳通行证 (mainland resident)
        return self.sec("travel_permit", "C" + "".join(str(self.rng.randint(0, 9)) for _ in range(8)))

    def home_permit(self):  # 港澳居民来往内地通行证
        return self.sec("travel_permit", self.rng.choice("HM") + "".join(str(self.rng.randint(0, 9)) for _ in range(8)))

    def tw_permit(self):  # 台湾居民来往大陆通行证
        return self.sec("travel_permit", "".join(str(self.rng.randint(0, 9)) for _ in range(8)))

    def home(self):
        """A home address: county prefix (public only when written in full) + secret part."""
        p, c, k = self.county[0], self.county[1], self.county[2]
        below = self.sec("address", home_below_county(self.rng))
        r = self.rng.random()
        if r < 0.45:
            return self.pub(p + c + k) + below
        if r < 0.7:
            return k + below
        return below

    def agency_phone(self):
        return self.pub(self.phone_number())

    def case_number(self):
        """An 18-digit reference shaped like an ID (valid check digit, date inside)."""
        rng = self.rng
        d = rand_date(rng, 2024, 2026).strftime("%Y%m%d")
        first = self.county[3] + d + "%03d" % rng.randint(1, 999)
        return self.pub(first + id_check(first))


# ---------------------------------------------------------------- agencies
DEPTS = {
    "market": ("市场监督管理局", "市监"),
    "transport": ("交通运输局", "交"),
    "ecology": ("生态环境分局", "环"),
    "health": ("卫生健康局", "卫"),
    "emergency": ("应急管理局", "应急"),
    "agri": ("农业农村局", "农"),
    "resources": ("自然资源和规划局", "自然资源"),
    "culture": ("文化和旅游局", "文旅"),
    "water": ("水利局", "水"),
    "urban": ("综合行政执法局", "综执"),
    "forestry": ("林业局", "林"),
    "housing": ("住房和城乡建设局", "住建"),
    "approval": ("行政审批服务局", "审批"),
    "tax": ("税务局", "税"),
}


def agency(ctx, sector):
    p, c, k, div, area, short = ctx.county
    name, abbr = DEPTS[sector]
    full = (f"国家税务总局{c}{k}税务局" if sector == "tax" else
            f"{c}{k}生态环境局" if sector == "ecology" and ctx.rng.random() < 0.5 else k + name)
    rng = random.Random(full)  # one code per agency, whatever the record
    code = uscc(rng, "11", div)
    return full, code, short + abbr


# ---------------------------------------------------------------- subjects
COMPANY_STEMS = ["鑫源", "华康", "瑞丰", "恒通", "金穗", "绿源", "宏达", "天润", "福临门", "众合", "嘉禾",
                 "博远", "安泰", "益民", "兴旺", "春晖", "长青", "诚信", "建国", "志强", "秀英", "王府",
                 "李渡", "张家湾", "玉兰", "海燕", "德胜", "永红"]
COMPANY_TYPES = {
    "market": ["食品有限公司", "商贸有限公司", "超市有限公司", "大药房连锁有限公司", "餐饮管理有限公司"],
    "transport": ["物流有限公司", "汽车运输有限公司", "出租汽车有限公司", "客运有限公司"],
    "ecology": ["化工有限公司", "建材有限公司", "再生资源回收有限公司", "汽车维修有限公司"],
    "health": ["门诊部有限公司", "口腔诊所有限公司", "酒店管理有限公司", "洗浴服务有限公司"],
    "emergency": ["矿业有限公司", "烟花爆竹有限公司", "机械制造有限公司", "液化气有限公司"],
    "agri": ["农资有限公司", "种业有限公司", "畜牧养殖专业合作社", "兽药经营部"],
    "resources": ["置业有限公司", "砂石有限公司", "石料厂"],
    "culture": ["网络科技有限公司", "文化传媒有限公司", "旅行社有限公司", "娱乐有限公司"],
    "water": ["水务有限公司", "砂石有限公司", "渔业专业合作社"],
    "urban": ["广告有限公司", "建筑工程有限公司", "物业服务有限公司"],
    "forestry": ["林业开发有限公司", "木业有限公司", "苗木专业合作社"],
    "housing": ["建筑工程有限公司", "房地产开发有限公司", "建设工程有限公司", "装饰工程有限公司"],
    "tax": ["贸易有限公司", "电子科技有限公司", "建材有限公司"],
    "drugs": ["大药房连锁有限公司", "医药有限公司", "药店有限公司"],
}
SHOP_KINDS = {
    "market": ["副食店", "小吃店", "便利店", "烧烤店", "水果店", "粮油店", "熟食店"],
    "transport": ["汽车修理部", "货运部", "客运服务部"],
    "ecology": ["汽车修理厂", "洗车场", "废品收购站"],
    "health": ["美发店", "足浴店", "旅馆", "诊所"],
    "emergency": ["五金店", "烟花爆竹零售点", "液化气供应站"],
    "agri": ["农资门市部", "兽药店", "种子经营部"],
    "resources": ["砖厂", "采石场"],
    "culture": ["网吧", "歌舞厅", "书店"],
    "water": ["渔具店", "砂石经营部"],
    "urban": ["烧烤摊", "装修队", "广告店"],
    "forestry": ["木材加工厂", "苗圃", "花木店"],
    "housing": ["装修店", "建材门市"],
    "tax": ["批发部", "商行"],
    "drugs": ["大药房", "药店", "诊所药房"],
}
SHOP_STEMS = ["老街", "福满楼", "好再来", "兴隆", "便民", "丰收", "顺心", "开心", "红星", "小李飞刀",
              "阿香", "老王头", "胖子", "三姐妹", "东门", "十字街"]


def make_subject(ctx, kind_of_subject, sector):
    rng = ctx.rng
    p, c, k, div, area, short = ctx.county
    s = {"lb": kind_of_subject}
    if kind_of_subject == "法人及非法人组织":
        stem = rng.choice(COMPANY_STEMS)
        ctype = rng.choice(COMPANY_TYPES[sector])
        s["mc"] = ctx.pub(f"{k[:-1] if len(k) > 2 else k}{stem}{ctype}" if rng.random() < 0.6 else f"{c[:-1]}{stem}{ctype}")
        s["code"] = ctx.pub(uscc(rng, rng.choice(["91", "91", "91", "93", "52"]), div))
        s["frdb"] = ctx.pub(ctx.new_name(latin_ok=False))
        s["fr_id"] = ctx.id18()
        s["site"] = ctx.pub(business_site(rng))
        s["who"] = s["mc"]
    elif kind_of_subject == "个体工商户":
        s["mc"] = ctx.pub(f"{k}{rng.choice(SHOP_STEMS)}{rng.choice(SHOP_KINDS[sector])}")
        if rng.random() < 0.25:
            s["code"] = "00000000000000000X"
            s["gszc"] = ctx.pub(div + "6" + "%08d" % rng.randint(0, 99999999))
        else:
            s["code"] = ctx.pub(uscc(rng, "92", div))
        s["operator"] = ctx.name(latin_ok=False)
        if rng.random() < 0.5:
            s["op_id"] = ctx.id18()
        s["site"] = business_site(rng)  # an individual's premises: neither label
        s["home"] = ctx.home() if rng.random() < 0.5 else None
        s["who"] = s["mc"]
    else:
        r = rng.random()
        if r < 0.82:
            s["name"] = ctx.name(latin_ok=False)
            s["zjlx"], s["zjhm"] = "身份证", ctx.id18()
        elif r < 0.88:
            s["name"] = ctx.sec("person_name", _foreign(ctx))
            s["zjlx"], s["zjhm"] = "护照号", ctx.foreign_passport()
        elif r < 0.94:
            s["name"] = ctx.name(latin_ok=False)
            s["zjlx"], s["zjhm"] = "港澳居民来往内地通行证", ctx.home_permit()
        else:
            s["name"] = ctx.name(latin_ok=False)
            s["zjlx"], s["zjhm"] = "台湾居民来往大陆通行证", ctx.tw_permit()
        s["home"] = ctx.home()
        s["who"] = s["name"]
    return s


def _foreign(ctx):
    while True:
        n = ctx.rng.choice(LATIN_NAMES)
        if n not in ctx.names:
            ctx.names.add(n)
            return n


def subject_intro(ctx, s):
    """The subject block at the head of a decision, in one of several forms."""
    text = _subject_intro(ctx, s)
    if s["lb"] != "法人及非法人组织" and ctx.rng.random() < 0.4:
        r = ctx.rng.random()
        text += (f"联系电话：{ctx.mobile()}。" if r < 0.5 else f"住宅电话：{ctx.landline()}。" if r < 0.75
                 else f"电子邮箱：{ctx.email()}。")
    return text


def _subject_intro(ctx, s):
    rng = ctx.rng
    f = rng.randrange(4)
    if s["lb"] == "法人及非法人组织":
        if f == 0:
            return f"当事人：{s['mc']}\n统一社会信用代码：{s['code']}\n住所：{s['site']}\n法定代表人：{s['frdb']}\n"
        if f == 1:
            return f"当事人名称：{s['mc']}；社会信用代码{s['code']}；经营场所：{s['site']}；法定代表人（负责人）：{s['frdb']}。"
        if f == 2:
            return f"当事人 {s['mc']}（统一社会信用代码 {s['code']}），注册地址{s['site']}，法定代表人{s['frdb']}。\n"
        return f"| 当事人 | {s['mc']} | 统一社会信用代码 | {s['code']} |\n| 法定代表人 | {s['frdb']} | 住所 | {s['site']} |\n"
    if s["lb"] == "个体工商户":
        code = s.get("gszc") or s["code"]
        idp = f"，身份证号：{s['op_id']}" if s.get("op_id") else ""
        home = f"，家住{s['home']}" if s.get("home") else ""
        if f == 0:
            return f"当事人：{s['mc']}\n注册号/统一社会信用代码：{code}\n经营者：{s['operator']}{idp}\n经营场所：{s['site']}\n"
        if f == 1:
            return f"当事人{s['mc']}，经营者{s['operator']}{idp}{home}，经营场所位于{s['site']}。"
        if f == 2:
            return f"个体工商户名称：{s['mc']}；经营者姓名：{s['operator']}；经营地址：{s['site']}{home}。"
        label = "注册号" if s.get("gszc") else "统一社会信用代码"
        return f"当事人{s['mc']}（经营者：{s['operator']}{idp}），{label}{code}。"
    sex = rng.choice(["男", "女"])
    if f == 0:
        return f"当事人：{s['name']}，性别：{sex}，{s['zjlx']}号码：{s['zjhm']}，住址：{s['home']}。"
    if f == 1:
        return f"当事人{s['name']}，{sex}，汉族，证件号码{s['zjhm']}，现住{s['home']}。\n"
    if f == 2:
        return f"当事人姓名：{s['name']}\n证件类型：{s['zjlx']}\n证件号码：{s['zjhm']}\n家庭住址：{s['home']}\n"
    return f"当事人{s['name']}（{s['zjlx']}：{s['zjhm']}；户籍地：{s['home']}）。"


# ---------------------------------------------------------------- third parties
# Each returns a sentence naming one or more natural persons other than the
# subject, in a different grammatical position or document form.
def tp_consumer_home(ctx, s):
    return f"消费者{ctx.name()}（住{ctx.home()}）于检查前一日购买上述商品后向本机关反映。"


def tp_complaint(ctx, s):
    return f"本案线索来源于{ctx.name()}（联系电话：{ctx.mobile()}）的实名举报。"


def tp_agent(ctx, s):
    return f"当事人委托{ctx.name()}（身份证号码：{ctx.id_written()}）全权办理本案相关事宜，委托书载明其联系电话{ctx.mobile()}。"


def tp_employees_list(ctx, s):
    return f"现场在岗人员{ctx.name()}、{ctx.name()}、{ctx.name()}等三人均未能提供有效健康证明。"


def tp_witness_quote(ctx, s):
    return f"证人{ctx.name()}陈述：“我那天下午亲眼看到车辆从厂区开出来，车上没有遮盖。”"


def tp_apposition(ctx, s):
    return f"当事人的雇员、现场负责人{ctx.name()}当场签字确认了检查笔录。"


def tp_table(ctx, s):
    rows = "".join(f"{i}. {ctx.name()} / {ctx.id_written()} / {ctx.mobile()}\n" for i in (1, 2))
    return "涉案人员信息（序号. 姓名 / 身份证号 / 联系方式）：\n" + rows


def tp_object(ctx, s):
    return f"执法人员依法询问了{ctx.name()}，并调取了店内监控录像。"


def tp_bracket(ctx, s):
    return f"经核实，涉案车辆实际由驾驶员（{ctx.name()}，驾驶证号{ctx.id_written()}）驾驶。"


def tp_subject_pos(ctx, s):
    return f"{ctx.name()}系当事人聘用的收银员，其在询问笔录中承认未索取进货票据。"


def tp_refund(ctx, s):
    return f"当事人已将多收款项退还消费者{ctx.name()}，退款转入其本人银行卡（卡号{ctx.card()}）。"


def tp_email(ctx, s):
    return f"投诉人{ctx.name()}通过电子邮箱{ctx.email()}提交了购物凭证及照片。"


def tp_passport(ctx, s):
    return f"受害游客{ctx.sec('person_name', _foreign(ctx))}（护照号码：{ctx.foreign_passport()}）的投诉材料经翻译后附卷。"


def tp_hk(ctx, s):
    return f"投诉人{ctx.name()}持往来港澳通行证（证件号{ctx.hk_permit()}）在境外接受了电话询问。"


def tp_landline(ctx, s):
    return f"相邻住户{ctx.name()}（住宅电话{ctx.landline()}，家住{ctx.home()}）多次反映夜间噪声扰民。"


def tp_relative(ctx, s):
    return f"当事人亲属{ctx.name()}代为提交了陈述申辩材料。"


def tp_contact(ctx, s):
    who = "企业联系人" if s["lb"] == "法人及非法人组织" else "紧急联系人"
    return f"{who}：{ctx.name()}；联系人手机：{ctx.mobile()}。"


def tp_patient(ctx, s):
    return f"患者{ctx.name()}、{ctx.name()}在该处接受过静脉输液治疗，病历由本机关调取。"


def tp_passengers(ctx, s):
    return f"车内乘客{ctx.name()}称其通过微信约车，约定车费80元，并提供了转账记录。"


def tp_inspector(ctx, s):
    rel = "当事人单位员工" if s["lb"] == "法人及非法人组织" else ctx.rng.choice(["当事人之子", "当事人的朋友", "当事人之兄"])
    return f"委托代理人：{ctx.name()}，{ctx.rng.choice(['男', '女'])}，公民身份号码{ctx.id_written()}，系{rel}。"


def tp_sign(ctx, s):
    return f"检查时{ctx.name()}到场并在现场笔录上签名。"


def tp_keyvalue(ctx, s):
    return f"举报人：{ctx.name()}｜举报方式：电话｜回访电话：{ctx.mobile()}｜处理结果：已告知。"


def tp_tenant(ctx, s):
    return f"涉案房屋承租人{ctx.name()}（户籍地：{ctx.home()}）称对违法行为不知情。"


def tp_buyer_tw(ctx, s):
    return f"购买人{ctx.name()}系台湾居民，台胞证号码{ctx.tw_permit()}。"


def tp_pseudonym(ctx, s):
    # pseudonyms are not personal data; the real name next to it is.
    return f"另查明，顾客张某某于同日购买同批次商品，经办人{ctx.name()}未开具票据。"


def tp_pay_card(ctx, s):
    return f"罚没款由{ctx.name()}通过其个人借记卡（{ctx.card()}）代为缴纳，缴款人系当事人{ctx.rng.choice(['亲属', '朋友', '会计'])}。"


def tp_translator(ctx, s):
    return f"询问时由翻译人员{ctx.name(latin_ok=False)}（护照号：{ctx.passport()}）在场翻译，询问笔录经其签名确认。"


def tp_witness_landline(ctx, s):
    return f"证人：{ctx.name()}，家庭固定电话{ctx.landline()}，住址{ctx.home()}。"


def tp_quote_card(ctx, s):
    return f"据{ctx.name()}反映：“钱是从我的银行卡{ctx.card()}转过去的，对方一直没有退款。”"


def tp_abroad(ctx, s):
    return f"在外务工的出租人{ctx.name()}（护照号码{ctx.passport()}，邮箱{ctx.email()}）以书面形式说明了房屋出租情况。"


GENERIC_TP = [tp_pay_card, tp_translator, tp_witness_landline, tp_quote_card, tp_abroad, tp_complaint, tp_agent, tp_witness_quote, tp_apposition, tp_table, tp_object, tp_email,
              tp_hk, tp_relative, tp_contact, tp_inspector, tp_sign, tp_keyvalue]
SECTOR_TP = {
    "market": [tp_consumer_home, tp_employees_list, tp_subject_pos, tp_refund, tp_buyer_tw, tp_pseudonym],
    "transport": [tp_bracket, tp_passengers, tp_passport],
    "ecology": [tp_landline, tp_tenant],
    "health": [tp_patient, tp_employees_list, tp_consumer_home, tp_refund],
    "emergency": [tp_landline, tp_tenant],
    "agri": [tp_consumer_home, tp_subject_pos, tp_buyer_tw],
    "resources": [tp_landline, tp_tenant],
    "culture": [tp_passport, tp_consumer_home, tp_refund, tp_subject_pos],
    "water": [tp_landline, tp_bracket],
    "urban": [tp_landline, tp_tenant, tp_consumer_home],
    "forestry": [tp_landline],
    "housing": [tp_landline, tp_tenant, tp_consumer_home],
    "tax": [tp_subject_pos, tp_refund, tp_buyer_tw, tp_pseudonym],
}


# ---------------------------------------------------------------- penalty scenarios
# (sector, subjects allowed, WFXW, YJ, facts(ctx, s) -> text, categories)
def law(text):
    return text


def pf_expired(ctx, s):
    return (f"经查，当事人在{s.get('site') or '其经营场所'}内销售超过保质期的“{ctx.rng.choice(['酸奶', '饼干', '火腿肠', '方便面', '果汁'])}”"
            f"{ctx.rng.randint(3, 40)}件，货值金额{ctx.pub(str(ctx.rng.randint(60, 900)) + '元')}。")


def pf_price(ctx, s):
    return "当事人销售的商品未按规定明码标价，价签标示品名与实际销售商品不符，执法人员现场拍照固定证据。"


def pf_ad(ctx, s):
    return "当事人在其微信公众号发布含有“最高级”“国家级”等用语的广告，广告费用无法计算。"


def pf_overload(ctx, s):
    return (f"当事人所属货车（车牌号：{ctx.rng.choice(['鲁G', '鄂E', '湘A', '浙G', '赣B', '豫A'])}{ctx.rng.randint(10000, 99999)}）"
            f"在国道检测站称重检测，车货总重{ctx.rng.randint(50, 80)}吨，超过限定标准。")


def pf_taxi(ctx, s):
    return "当事人未取得道路运输经营许可，擅自使用私家车从事网约车客运经营，被执法人员在高铁站出站口查获。"


def pf_waste(ctx, s):
    return "执法人员检查发现当事人将废机油、废滤芯等危险废物露天堆放，未设置识别标志，未建立管理台账。"


def pf_emission(ctx, s):
    return "当事人喷漆工序未配套废气收集处理设施，挥发性有机物直接排放，监测报告显示排放浓度超标。"


def pf_noise(ctx, s):
    return "当事人在夜间二十二时后使用切割机等设备进行施工作业，未取得夜间施工证明。"


def pf_clinic(ctx, s):
    return "当事人未取得《医疗机构执业许可证》，在出租屋内擅自开展静脉输液等诊疗活动。"


def pf_public_place(ctx, s):
    return "当事人经营的公共场所未按规定对顾客用品用具进行清洗消毒，从业人员未取得健康合格证明。"


def pf_safety(ctx, s):
    return "当事人未按规定对从业人员进行安全生产教育和培训，特种作业人员未持证上岗，现场存在重大事故隐患。"


def pf_fireworks(ctx, s):
    return f"当事人未经许可在住宅内储存烟花爆竹{ctx.rng.randint(5, 60)}箱，存放地点与居民区相邻。"


def pf_pesticide(ctx, s):
    return "当事人经营的农药未附具产品质量检验合格证，且未建立农药采购、销售台账。"


def pf_sand(ctx, s):
    return f"当事人未取得河道采砂许可，在{ctx.rng.choice(VILLAGE_STEMS)}河段使用挖掘机采挖河砂约{ctx.rng.randint(50, 900)}立方米。"


def pf_felling(ctx, s):
    return f"当事人未申请林木采伐许可证，擅自在{ctx.rng.choice(VILLAGE_STEMS)}村集体山场采伐杉木{ctx.rng.randint(8, 120)}株，折合立木蓄积{ctx.rng.randint(2, 30)}立方米。"


def pf_land(ctx, s):
    return f"当事人未经批准擅自占用集体土地{ctx.rng.randint(80, 900)}平方米建设厂房，该地块不符合国土空间规划。"


def pf_netbar(ctx, s):
    return "当事人经营的网吧未按规定核对、登记上网消费者的有效身份证件，未记录有关上网信息。"


def pf_stall(ctx, s):
    return "当事人在主干道人行道上占道经营烧烤，油烟直排，经劝导后拒不改正。"


def pf_building(ctx, s):
    return "当事人在未取得建筑工程施工许可证的情况下擅自开工建设，工程已完成基础施工。"


def pf_invoice(ctx, s):
    return f"当事人在经营中未按规定开具发票{ctx.rng.randint(3, 40)}份，涉及金额{ctx.pub(str(ctx.rng.randint(2, 90)) + '万余元')}。"


def pf_drug(ctx, s):
    return "当事人在执业药师不在岗的情况下销售处方药，未能提供处方。"


def pf_signboard(ctx, s):
    return "当事人未经审批擅自在建筑物外墙设置大型户外广告牌，存在安全隐患。"


PENALTY_SCEN = [
    ("market", "ILN", "销售超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", pf_expired, ["警告", "罚款", "没收违法所得"]),
    ("market", "IL", "不按规定明码标价", "《明码标价和禁止价格欺诈规定》第二十一条", pf_price, ["警告", "罚款"]),
    ("market", "L", "发布违法广告", "《中华人民共和国广告法》第五十七条", pf_ad, ["罚款"]),
    ("market", "IL", "未凭处方销售处方药", "《药品流通监督管理办法》第三十八条", pf_drug, ["警告", "罚款"]),
    ("transport", "LN", "车辆超限运输", "《公路安全保护条例》第六十六条", pf_overload, ["罚款"]),
    ("transport", "N", "未取得道路运输经营许可从事客运经营", "《中华人民共和国道路运输条例》第六十三条", pf_taxi, ["罚款", "没收违法所得"]),
    ("ecology", "IL", "危险废物贮存不规范", "《中华人民共和国固体废物污染环境防治法》第一百一十二条", pf_waste, ["罚款"]),
    ("ecology", "L", "未采取措施减少挥发性有机物排放", "《中华人民共和国大气污染防治法》第一百零八条", pf_emission, ["罚款", "责令停产停业"]),
    ("ecology", "LN", "夜间施工噪声扰民", "《中华人民共和国噪声污染防治法》第七十七条", pf_noise, ["警告", "罚款"]),
    ("health", "NI", "未取得医疗机构执业许可证擅自执业", "《医疗机构管理条例》第四十三条", pf_clinic, ["罚款", "没收违法所得", "没收非法财物"]),
    ("health", "IL", "公共场所卫生不符合要求", "《公共场所卫生管理条例实施细则》第三十六条", pf_public_place, ["警告", "罚款"]),
    ("emergency", "L", "未按规定进行安全生产教育培训", "《中华人民共和国安全生产法》第九十七条", pf_safety, ["罚款", "责令停产停业"]),
    ("emergency", "NI", "非法储存烟花爆竹", "《烟花爆竹安全管理条例》第三十六条", pf_fireworks, ["罚款", "没收非法财物"]),
    ("agri", "IL", "经营农药未建立台账", "《农药管理条例》第五十八条", pf_pesticide, ["警告", "罚款"]),
    ("water", "NL", "未经许可河道采砂", "《中华人民共和国长江保护法》第九十一条", pf_sand, ["罚款", "没收违法所得", "没收非法财物"]),
    ("forestry", "NL", "滥伐林木", "《中华人民共和国森林法》第七十六条第二款", pf_felling, ["罚款"]),
    ("resources", "NL", "非法占用土地", "《中华人民共和国土地管理法》第七十七条", pf_land, ["罚款", "没收非法财物"]),
    ("culture", "IL", "网吧未核对登记上网消费者身份证件", "《互联网上网服务营业场所管理条例》第三十一条", pf_netbar, ["警告", "罚款", "暂扣许可证件"]),
    ("urban", "NI", "占道经营", "《城市市容和环境卫生管理条例》第三十六条", pf_stall, ["罚款"]),
    ("housing", "LN", "未取得施工许可证擅自施工", "《建筑工程施工许可管理办法》第十二条", pf_building, ["罚款"]),
    ("tax", "IL", "未按规定开具发票", "《中华人民共和国发票管理办法》第三十五条", pf_invoice, ["罚款"]),
    ("urban", "IL", "擅自设置户外广告", "《城市市容和环境卫生管理条例》第三十四条", pf_signboard, ["罚款"]),
]

LICENCE_DOCS = {"暂扣许可证件": "《网络文化经营许可证》"}
YUAN_CN = {100: "壹佰", 200: "贰佰", 500: "伍佰", 1000: "壹仟", 2000: "贰仟", 3000: "叁仟", 5000: "伍仟",
           10000: "壹万", 20000: "贰万", 30000: "叁万", 50000: "伍万"}


def wan(yuan):
    s = ("%.4f" % (yuan / 10000)).rstrip("0").rstrip(".")
    return s


def fmt_yuan(ctx, yuan):
    r = ctx.rng.random()
    if r < 0.2 and yuan in YUAN_CN:
        return YUAN_CN[yuan] + "元整"
    if r < 0.35 and yuan >= 1000:
        return f"{yuan:,}元"
    if r < 0.45 and yuan >= 10000 and yuan % 1000 == 0:
        return wan(yuan) + "万元"
    return f"{yuan}元"


# ---------------------------------------------------------------- free-text forms
def penalty_nr(ctx, cflb, fine, conf, zk, basis):
    parts = []
    for c in cflb:
        if c == "警告":
            parts.append("警告")
        elif c == "罚款":
            parts.append("罚款" + fmt_yuan(ctx, fine))
        elif c == "没收违法所得":
            parts.append("没收违法所得" + fmt_yuan(ctx, conf))
        elif c == "没收非法财物":
            parts.append("没收非法财物（" + ctx.rng.choice(["输液器械一批", "挖掘机配件", "烟花爆竹", "涉案木材"]) + "）")
        elif c == "暂扣许可证件":
            parts.append("暂扣" + zk)
        elif c == "责令停产停业":
            parts.append("责令停产停业整顿" + cn_small(ctx.rng.randint(1, 3)) + "个月")
    f = ctx.rng.randrange(5)
    if f == 0:
        return f"依据{basis}的规定，决定给予当事人以下行政处罚：" + "；".join(f"（{cn_small(i + 1)}）{p}" for i, p in enumerate(parts)) + "。"
    if f == 1:
        return "处罚内容：" + "，".join(parts) + "。"
    if f == 2:
        return "本机关决定：对当事人" + "、".join(parts) + "。罚没款于收到本决定书之日起十五日内缴纳。"
    if f == 3:
        return "\n".join(f"{i + 1}. {p}" for i, p in enumerate(parts))
    return f"根据{basis}，责令当事人立即改正违法行为，并处" + "，".join(parts) + "。"


def service_bz(ctx, s, ag_name):
    """A remark: service, hearing, payment, contacts; some name people."""
    rng = ctx.rng
    f = rng.randrange(12)
    if f == 0:
        return f"本决定书于作出当日直接送达，由{ctx.name()}代为签收。"
    if f == 1:
        return f"当事人放弃陈述、申辩和听证权利。{ag_name}联系电话：{ctx.agency_phone()}。"
    if f == 2:
        return f"缴款码：{ctx.pub(''.join(str(rng.randint(0, 9)) for _ in range(20)))}；案件编号：{ctx.case_number()}。"
    if f == 3:
        return f"听证会于决定作出前依法举行，当事人委托律师{ctx.name()}参加听证。"
    if f == 4:
        return f"送达地址确认书载明：收件人{ctx.name()}，手机{ctx.mobile()}，送达地址{ctx.home()}。"
    if f == 5:
        return f"受理编号：{ctx.case_number()}。如不服本决定，可在六十日内申请行政复议。"
    if f == 6:
        return f"流水号{ctx.case_number()}；本机关地址及电话：{ctx.pub(ctx.county[2] + road(rng) + str(rng.randint(1, 200)) + '号')}，{ctx.agency_phone()}。"
    if f == 7:
        return f"邮寄送达，签收人：{ctx.name()}（{rng.choice(['门卫', '同住亲属', '公司前台'])}）。"
    if f == 8:
        return "当事人已于期限内缴清罚款。"
    if f == 9:
        return f"联系人：{ctx.name()} 电话：{ctx.mobile()} 邮箱：{ctx.email()}"
    if f == 10:
        return f"文号：{ctx.case_number()}"
    return ""


# ---------------------------------------------------------------- licence scenarios
def lic_food(ctx, s, ag):
    return (f"食品经营许可：主体业态{ctx.rng.choice(['食品销售经营者', '餐饮服务经营者（小型餐馆）', '单位食堂'])}；"
            f"经营项目：预包装食品（含冷藏冷冻食品）销售、热食类食品制售。经营场所：{s.get('site', '')}。"
            f"食品安全管理员：{ctx.name()}。")


def lic_drug(ctx, s, ag):
    return (f"药品经营许可证（零售）核发。经营范围：中药饮片、中成药、化学药制剂、生物制品（除疫苗）。"
            f"企业负责人：{s.get('frdb') or s.get('operator') or s.get('name')}；质量负责人：{ctx.name()}（执业药师）。")


def lic_build(ctx, s, ag):
    return (f"建筑工程施工许可：工程名称{ctx.county[2]}{ctx.rng.choice(ESTATES)}{ctx.rng.randint(1, 6)}#楼；建设地址{ctx.pub(business_site(ctx.rng))}；"
            f"合同价格{ctx.pub(str(ctx.rng.randint(300, 9000)) + '万元')}；项目经理：{ctx.name()}；总监理工程师：{ctx.name()}。")


def lic_driver(ctx, s, ag):
    return "道路运输从业人员从业资格证（道路货物运输驾驶员）核发，从业资格证号与公民身份号码一致。"


def lic_rural_house(ctx, s, ag):
    return (f"乡村建设规划许可：申请人在其宅基地（{ctx.home()}）原址翻建自住房一栋，"
            f"占地面积{ctx.rng.randint(80, 150)}平方米，层数二层。四至：东至{ctx.name()}家，西至村道，南至{ctx.name()}家，北至山脚。")


def lic_felling(ctx, s, ag):
    return (f"林木采伐许可：采伐地点{ctx.rng.choice(VILLAGE_STEMS)}村{ctx.rng.choice(['后山', '杉木坳', '大湾'])}，林权证号林证字（{ctx.rng.randint(2008, 2016)}）第{ctx.rng.randint(100000, 999999)}号；"
            f"采伐树种杉木，蓄积{ctx.rng.randint(10, 200)}立方米，更新造林责任人{ctx.name()}。")


def lic_health_place(ctx, s, ag):
    return f"公共场所卫生许可（{ctx.rng.choice(['住宿场所', '沐浴场所', '美容美发场所'])}）。卫生负责人：{ctx.name()}，联系电话{ctx.mobile()}。"


def lic_physician(ctx, s, ag):
    return (f"医师执业注册：执业类别临床，执业范围内科专业，主要执业机构{ctx.pub(ctx.county[2] + '人民医院')}。"
            f"医师资格证书编号与本人身份证号相关联。")


def lic_water(ctx, s, ag):
    return f"取水许可：取水地点{ctx.rng.choice(VILLAGE_STEMS)}村机井，年取水量{ctx.rng.randint(1, 50)}万立方米，用途农田灌溉。取水用户联系人：{ctx.name()}，固定电话{ctx.landline()}。"


def lic_fishing(ctx, s, ag):
    return f"渔业捕捞许可：作业方式刺网，作业场所水库库区，船名号{ctx.county[5]}渔{ctx.rng.randint(1000, 9999)}。随船人员：{ctx.name()}、{ctx.name()}。"


def lic_tobacco(ctx, s, ag):
    return f"烟草专卖零售许可证新办。经营地址：{s.get('site') or ctx.pub(business_site(ctx.rng))}；经营者住址：{ctx.home()}。"


def lic_special_equipment(ctx, s, ag):
    return "特种设备安全管理和作业人员证（叉车司机N1），证书编号即身份证号，有效期四年。"


def lic_ad(ctx, s, ag):
    return f"户外广告设置许可：设置地点{ctx.pub(business_site(ctx.rng))}，规格{ctx.rng.randint(3, 12)}米×{ctx.rng.randint(1, 4)}米，设置期限三年。"


def lic_entertainment(ctx, s, ag):
    return f"娱乐经营许可：歌舞娱乐场所，包厢{ctx.rng.randint(6, 30)}间。安全负责人：{ctx.name()}（{ctx.mobile()}）；消防安全管理人由负责人{s.get('frdb') or s.get('operator') or s.get('name')}兼任。"


def lic_vet(ctx, s, ag):
    return f"动物诊疗许可：诊疗范围犬猫诊疗。执业兽医：{ctx.name()}、{ctx.name()}（均持有执业兽医资格证书）。"


def lic_transport_biz(ctx, s, ag):
    return f"道路普通货物运输经营许可，车辆{ctx.rng.randint(2, 40)}台。经办人：{ctx.name()}，身份证{ctx.id_written()}，手机{ctx.mobile()}。"


# (sector, subjects, XKWS, XKZS, nr fn, id_as_number)
LICENSE_SCEN = [
    ("market", "IL", "食品经营许可决定书", "食品经营许可证", lic_food, False),
    ("market", "IL", "药品经营许可决定书", "药品经营许可证", lic_drug, False),
    ("housing", "L", "建筑工程施工许可决定书", "建筑工程施工许可证", lic_build, False),
    ("transport", "N", "道路运输从业资格许可决定书", "道路运输从业资格证", lic_driver, True),
    ("resources", "N", "乡村建设规划许可决定书", "乡村建设规划许可证", lic_rural_house, False),
    ("forestry", "NL", "林木采伐许可决定书", "林木采伐许可证", lic_felling, False),
    ("health", "IL", "公共场所卫生许可决定书", "公共场所卫生许可证", lic_health_place, False),
    ("health", "N", "医师执业注册准予许可决定书", "医师执业证书", lic_physician, False),
    ("water", "NL", "取水许可决定书", "取水许可证", lic_water, False),
    ("agri", "NI", "渔业捕捞许可决定书", "渔业捕捞许可证", lic_fishing, False),
    ("market", "NI", "烟草专卖零售许可决定书", "烟草专卖零售许可证", lic_tobacco, False),
    ("market", "N", "特种设备作业人员资格认定决定书", "特种设备安全管理和作业人员证", lic_special_equipment, True),
    ("urban", "IL", "户外广告设置许可决定书", "户外广告设置许可证", lic_ad, False),
    ("culture", "IL", "娱乐经营许可决定书", "娱乐经营许可证", lic_entertainment, False),
    ("agri", "IL", "动物诊疗许可决定书", "动物诊疗许可证", lic_vet, False),
    ("transport", "IL", "道路运输经营许可决定书", "道路运输经营许可证", lic_transport_biz, False),
]

LIC_BZ = [
    lambda ctx, s, ag: f"申请材料由{ctx.name()}代为递交，当场受理。",
    lambda ctx, s, ag: f"咨询电话：{ctx.agency_phone()}（{ag}窗口）。",
    lambda ctx, s, ag: f"受理编号：{ctx.case_number()}",
    lambda ctx, s, ag: f"申请人联系方式：{ctx.mobile()}；电子邮箱：{ctx.email()}。",
    lambda ctx, s, ag: "告知承诺制办理，即来即办。",
    lambda ctx, s, ag: f"证件领取人：{ctx.name()}（持往来港澳通行证{ctx.hk_permit()}）",
    lambda ctx, s, ag: f"变更事项：负责人由{ctx.name()}变更为{s.get('frdb') or ctx.name()}。" if s["lb"] == "法人及非法人组织" else "新办。",
    lambda ctx, s, ag: f"申请人为出国务工人员，由其配偶{ctx.name()}代领证照，申请人护照号{ctx.passport()}。",
    lambda ctx, s, ag: f"保证金退还账户：户名{ctx.name()}，卡号{ctx.card()}。",
    lambda ctx, s, ag: f"材料补正通知已电话告知（{ctx.landline()}，接听人{ctx.name()}）。",
    lambda ctx, s, ag: "",
]


# ---------------------------------------------------------------- record assembly
def doc_number(ctx, short, year, kind):
    rng = ctx.rng
    n = rng.randint(1, 2999)
    if kind == "penalty":
        return rng.choice([f"{short}罚〔{year}〕{n}号", f"{short}罚字[{year}]第{n}号", f"{short}处罚〔{year}〕{n:04d}号", f"{short}罚决字（{year}）{n}号"])
    return rng.choice([f"{short}许〔{year}〕{n}号", f"{short}许准字[{year}]第{n}号", f"{short}审批许可〔{year}〕{n:05d}号"])


def subject_fields(ctx, s, pre):
    f = {pre + "XDR_MC": s["who"], pre + "XDR_LB": s["lb"]}
    if s["lb"] == "法人及非法人组织":
        f.update({pre + "XDR_SHXYM": s["code"], pre + "FRDB": s["frdb"], pre + "FR_ZJLX": "身份证", pre + "FR_ZJHM": s["fr_id"]})
    elif s["lb"] == "个体工商户":
        f.update({pre + "XDR_SHXYM": s["code"], pre + "FRDB": s["operator"]})
        if s.get("gszc"):
            f[pre + "XDR_GSZC"] = s["gszc"]
        if s.get("op_id"):
            f.update({pre + "XDR_ZJLX": "身份证", pre + "XDR_ZJHM": s["op_id"]})
    else:
        f.update({pre + "XDR_ZJLX": s["zjlx"], pre + "XDR_ZJHM": s["zjhm"]})
    return f


def lt_site_visit(ctx, s):
    return f"现场核查时，由申请人委托的现场联系人{ctx.name()}（手机：{ctx.mobile()}）陪同。"


def lt_form_filler(ctx, s):
    return f"申请表填报人：{ctx.name()}；填报人身份证件号码：{ctx.id_written()}。"


def lt_staff(ctx, s):
    return f"从业人员名单：{ctx.name()}、{ctx.name()}、{ctx.name()}（均已取得健康证明）。"


def lt_neighbours(ctx, s):
    return f"公示期间，相邻权利人{ctx.name()}、{ctx.name()}书面表示无异议。"


def lt_recipient(ctx, s):
    return f"许可证由{ctx.name()}凭授权委托书领取，领取人电话{ctx.mobile()}。"


LICENSE_TP = [tp_agent, tp_contact, tp_inspector, lt_site_visit, lt_form_filler, lt_staff,
              lt_neighbours, lt_recipient, tp_translator]


def third_parties(ctx, s, n, sector):
    pool = LICENSE_TP if sector is None else GENERIC_TP + SECTOR_TP[sector] * 2
    picks = []
    while len(picks) < n:
        p = ctx.rng.choice(pool)
        if p not in picks:
            picks.append(p)
    return "".join(p(ctx, s) for p in picks)


def make_penalty(ctx, lb):
    rng = ctx.rng
    code = {"自然人": "N", "个体工商户": "I", "法人及非法人组织": "L"}[lb]
    sector, subj, wfxw, yj, facts, cats = rng.choice([p for p in PENALTY_SCEN if code in p[1]])
    ag_name, ag_code, short = agency(ctx, sector)
    ctx.pub(ag_name)
    s = make_subject(ctx, lb, "drugs" if facts is pf_drug else sector)
    jd = rand_date(rng, 2025, 2026)
    if jd > datetime.date(2026, 11, 20):
        jd = jd.replace(month=rng.randint(1, 10))
    cflb = [c for c in cats if c == cats[0] or rng.random() < 0.6]
    if "警告" in cflb and len(cflb) == 1:
        cflb.append("罚款")
    fine = rng.choice([500, 1000, 2000, 3000, 5000, 8000, 10000, 20000, 30000, 50000, 12500, 64000])
    conf = rng.choice([180, 360, 1200, 2450, 5600])
    zk_doc = ""
    if "暂扣许可证件" in cflb:
        zk_doc = LICENCE_DOCS["暂扣许可证件"] + "（编号：" + ctx.pub(f"{ctx.county[5]}网文〔{jd.year}〕{rng.randint(100, 999)}号") + "）"
    # facts
    intro = subject_intro(ctx, s)
    opening = rng.choice([
        f"{jd.year}年{jd.month}月{max(1, jd.day - 7)}日，本机关执法人员依法对当事人进行检查。",
        "经立案调查，现查明：",
        "本机关根据群众举报，依法开展现场检查。",
        "违法事实：",
        f"{cn_small(jd.month)}月初，执法人员在日常巡查中发现以下问题。",
    ])
    body = facts(ctx, s)
    tp = third_parties(ctx, s, rng.randint(1, 3), sector)
    tail = rng.choice([
        "以上事实有现场检查笔录、询问笔录、照片等证据证实。",
        f"上述事实，有当事人法定代表人{s['frdb']}的陈述为证。" if lb == "法人及非法人组织" else "当事人对上述事实无异议。",
        "经询问，店员刘某称不清楚进货来源。",
        "另有一名顾客王某某当场离开，未能取证。",
        "",
    ])
    if lb == "自然人" and rng.random() < 0.4:
        tail += f"{s['name']}本人到场接受询问，对违法事实供认不讳。"
    if lb == "自然人" and s["zjlx"] == "身份证" and rng.random() < 0.25:
        tail += f"当事人户口迁移前使用的15位身份证号码为{ctx.sec('id_number', id15(rng, ctx.county[3]))}。"
    if lb == "个体工商户" and rng.random() < 0.4:
        tail += f"经营者{s['operator']}在询问笔录上签字。"
    sy = intro + opening + body + tp + tail
    nr = penalty_nr(ctx, cflb, fine, conf, zk_doc, yj)
    if rng.random() < 0.3:
        nr += f"\n{ag_name}（联系电话：{ctx.agency_phone()}）"
    pre = "CF_"
    f = subject_fields(ctx, s, pre)
    f.update({
        pre + "WSH": ctx.pub(doc_number(ctx, short, jd.year, "penalty")),
        pre + "WFXW": wfxw,
        pre + "SY": sy,
        pre + "YJ": ctx.pub(yj),
        pre + "CFLB": ";".join(cflb),
        pre + "NR": nr,
        pre + "JDRQ": jd.isoformat(),
        pre + "GSJZQ": (jd.replace(year=jd.year + 1) if rng.random() < 0.6 else jd + datetime.timedelta(days=200)).isoformat(),
        pre + "CFJG": ag_name,
        pre + "CFJGDM": ctx.pub(ag_code),
        pre + "SJLY": ag_name,
        pre + "SJLYDM": ag_code,
    })
    if "罚款" in cflb:
        f[pre + "NR_FK"] = wan(fine)
    if "没收违法所得" in cflb or "没收非法财物" in cflb:
        f[pre + "NR_WFFF"] = wan(conf) if "没收违法所得" in cflb else wan(rng.choice([800, 1500, 3000]))
    if "暂扣许可证件" in cflb:
        f[pre + "NR_ZKDX"] = zk_doc
    if lb == "自然人" and sector == "transport":
        cflb.append("暂扣许可证件")
        f[pre + "CFLB"] = ";".join(cflb)
        f[pre + "NR_ZKDX"] = "道路运输从业资格证（证号：" + s["zjhm"] + "）"
        f[pre + "NR"] = nr + "\n暂扣道路运输从业资格证。"
    bz = service_bz(ctx, s, ag_name)
    if bz:
        f["BZ"] = bz
    return f


def make_license(ctx, lb):
    rng = ctx.rng
    code = {"自然人": "N", "个体工商户": "I", "法人及非法人组织": "L"}[lb]
    pool = [p for p in LICENSE_SCEN if code in p[1]]
    if code == "N" and rng.random() < 0.4:  # certificates numbered by the holder's ID
        pool = [p for p in pool if p[5]]
    sector, subj, xkws, xkzs, nrf, id_as_no = rng.choice(pool)
    subj_sector = "drugs" if nrf is lic_drug else sector
    if rng.random() < 0.4:
        ag_name, ag_code, short = agency(ctx, "approval")
    else:
        ag_name, ag_code, short = agency(ctx, sector)
    ctx.pub(ag_name)
    s = make_subject(ctx, lb, subj_sector)
    jd = rand_date(rng, 2025, 2026)
    if jd > datetime.date(2026, 11, 20):
        jd = jd.replace(month=rng.randint(1, 10))
    pre = "XK_"
    f = subject_fields(ctx, s, pre)
    if id_as_no and s.get("zjlx") == "身份证":
        xkbh = s["zjhm"]
    else:
        xkbh = ctx.pub(rng.choice([f"{xkzs[:2]}{ctx.county[3]}{jd.year}{rng.randint(10000, 99999)}",
                                   f"{ctx.county[5]}{xkzs[:1]}证字第{rng.randint(1000, 99999)}号",
                                   f"JY{rng.randint(1, 3)}{ctx.county[3]}{rng.randint(10 ** 7, 10 ** 8 - 1)}"]))
    nr = nrf(ctx, s, ag_name)
    f0 = rng.randrange(4)
    if f0 == 0:
        nr = f"经审查，申请人{s['who']}提交的申请材料齐全、符合法定形式，准予许可。" + nr
    elif f0 == 1:
        nr = "许可内容：" + nr
    elif f0 == 2:
        nr = nr + "\n申请人：" + s["who"] + ("；住所：" + s["site"] if s.get("site") and lb == "法人及非法人组织" else "") + "。"
    if lb == "自然人" and rng.random() < 0.5:
        nr += f"\n申请人住址：{s['home']}；联系电话：{ctx.mobile()}。"
    if lb == "个体工商户" and rng.random() < 0.4:
        nr += f"（经营者{s['operator']}，身份证号{s.get('op_id') or ctx.id18()}）"
    if rng.random() < 0.5:
        nr += "\n" + third_parties(ctx, s, ctx.rng.randint(1, 2), None)
    yz = jd
    yzi = "2099-12-31" if rng.random() < 0.15 else yz.replace(year=yz.year + rng.choice([3, 5, 6])).isoformat()
    f.update({
        pre + "XKWS": xkws,
        pre + "WSH": ctx.pub(doc_number(ctx, short, jd.year, "license")),
        pre + "XKLB": rng.choice(["普通", "普通", "认可", "核准", "登记", "特许"]),
        pre + "XKZS": xkzs,
        pre + "XKBH": xkbh,
        pre + "NR": nr,
        pre + "JDRQ": jd.isoformat(),
        pre + "YXQZ": yz.isoformat(),
        pre + "YXQZI": yzi,
        pre + "XKJG": ag_name,
        pre + "XKJGDM": ctx.pub(ag_code),
        pre + "ZT": "1",
        pre + "LYDW": ag_name,
        pre + "LYDWDM": ag_code,
    })
    bz = rng.choice(LIC_BZ)(ctx, s, ag_name)
    if bz:
        f["BZ"] = bz
    return f


# ---------------------------------------------------------------- checks
MAXLEN = {"SY": 5000, "NR": 4000, "BZ": 512, "XKBH": 64, "NR_ZKDX": 200, "XDR_MC": 200, "FRDB": 50, "WSH": 64}


def render(fields, ctx, skeleton):
    out = {}
    for k, v in fields.items():
        for i, (_, val) in enumerate(ctx.secrets):
            v = v.replace(f"\ue000{i}\ue001", f"\ue000{i}\ue001" if skeleton else val)
        out[k] = v
    return out


def labels_ok(rec, skel, ctx):
    sep = "\x1f"
    text = sep.join(rec.values())
    sk = sep.join(skel.values())
    if "\ue000" in text:
        return False
    for cat, v in ctx.secrets:
        if cat == "unused":
            continue
        if v not in text or v in sk:
            return False
        for p in ctx.publics:
            if p in v or v in p:
                return False
    for p in ctx.publics:
        if text.count(p) == 0 or sk.count(p) != text.count(p):
            return False
    for k, v in rec.items():
        short = k[3:] if k[:3] in ("XK_", "CF_") else k
        if len(v) > MAXLEN.get(short, 10_000):
            return False
    return True


CFLB_WORDS = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
              "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}
TODAY = datetime.date(2026, 11, 28)


def uscc_ok(c):
    if len(c) != 18 or any(ch not in USCC_ALPHA for ch in c):
        return False
    s = sum(USCC_ALPHA.index(ch) * w for ch, w in zip(c, USCC_W))
    return c[17] == USCC_ALPHA[(31 - s % 31) % 31]


def id_ok(v):
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return v[17] == id_check(v[:17])


def validate(kind, r):
    """The catalogue's rules (service/domain), checked on every record written."""
    pre = "XK_" if kind == "license" else "CF_"
    g = lambda k: r.get(pre + k, "")
    need = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    need += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else \
        ["WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = g("XDR_LB")
    need += {"法人及非法人组织": ["XDR_SHXYM", "FRDB"], "自然人": ["XDR_ZJLX", "XDR_ZJHM"],
             "个体工商户": ["XDR_SHXYM"]}[lb]
    if g("XDR_SHXYM") == "00000000000000000X":
        need.append("XDR_GSZC")
    for k in need:
        assert g(k), (k, r)
    for k in ("XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM"):
        assert not g(k) or uscc_ok(g(k)), k
    if g("XDR_SHXYM") and g("XDR_SHXYM") != "00000000000000000X":
        assert uscc_ok(g("XDR_SHXYM"))
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if g(t) == "身份证":
            assert id_ok(g(n)), g(n)
    assert datetime.date.fromisoformat(g("JDRQ")) <= TODAY
    if kind == "license":
        assert g("XKLB") in ("普通", "特许", "认可", "核准", "登记", "其他")
        assert g("YXQZI") >= g("YXQZ")
    else:
        words = g("CFLB").split(";")
        assert all(w in CFLB_WORDS for w in words), words
        if "罚款" in words:
            assert float(g("NR_FK")) > 0
        if "没收违法所得" in words or "没收非法财物" in words:
            assert float(g("NR_WFFF")) > 0
        if "暂扣许可证件" in words or "吊销许可证件" in words:
            assert g("NR_ZKDX")
        assert g("GSJZQ") >= g("JDRQ")
        assert datetime.date.fromisoformat(g("GSJZQ")) <= datetime.date.fromisoformat(g("JDRQ")).replace(
            year=int(g("JDRQ")[:4]) + 3)


def build():
    rng = random.Random(SEED)
    plan = []
    for kind in ("license", "penalty"):
        plan += [(kind, "自然人")] * 25 + [(kind, "个体工商户")] * 25 + [(kind, "法人及非法人组织")] * 50
    rng.shuffle(plan)
    lines = []
    for kind, lb in plan:
        while True:
            ctx = Ctx(rng, rng.choice(COUNTIES))
            fields = make_license(ctx, lb) if kind == "license" else make_penalty(ctx, lb)
            rec, skel = render(fields, ctx, False), render(fields, ctx, True)
            # Values drawn but not written (a form that leaves out the home or
            # the operator's ID) are not labels.
            sk = "\x1f".join(skel.values())
            text = "\x1f".join(rec.values())
            ctx.secrets = [(c, v) if f"\ue000{i}\ue001" in sk else ("unused", "") for i, (c, v) in enumerate(ctx.secrets)]
            ctx.publics = [p for p in ctx.publics if p in text]
            if labels_ok(rec, skel, ctx):
                break
        validate(kind, rec)
        lines.append(json.dumps({
            "kind": kind,
            "record": rec,
            "secrets": [{"category": c, "value": v} for c, v in ctx.secrets if c != "unused"],
            "public": ctx.publics,
        }, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n"


def stats(text):
    from collections import Counter
    kinds, cats, pubs = Counter(), Counter(), Counter()
    for line in text.splitlines():
        d = json.loads(line)
        pre = "XK_" if d["kind"] == "license" else "CF_"
        lb = d["record"][pre + "XDR_LB"]
        kinds[(d["kind"], lb)] += 1
        for s in d["secrets"]:
            cats[(s["category"], lb)] += 1
        pubs[lb] += len(d["public"])
    for k, n in sorted(kinds.items()):
        print("records", *k, n)
    for k, n in sorted(cats.items()):
        print("secret", *k, n)
    for k, n in sorted(pubs.items()):
        print("public", k, n)
    print("secrets total", sum(cats.values()), "publics total", sum(pubs.values()))


def main():
    text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("records.jsonl is up to date" if same else "records.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in sys.argv:
        stats(text)
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
