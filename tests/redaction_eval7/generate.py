#!/usr/bin/env python3
"""Seventh redaction evaluation set: 200 labelled 双公示 records, frozen unmeasured.

Written independently of redaction/ (see README.md). Standard library only,
fixed seed, deterministic.

    python3 generate.py           # writes records.jsonl
    python3 generate.py --check   # verifies records.jsonl is what it writes
    python3 generate.py --stats   # prints the counts in README.md
"""
import datetime
import json
import os
import random
import sys
from decimal import Decimal

SEED = 20261128
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "records.jsonl")

# ---------------------------------------------------------------- identifiers
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc(rng, head, area):
    body = head + area + "".join(rng.choice(USCC_ALPHABET[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_ALPHABET[(31 - s % 31) % 31]


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code[:17], USCC_W))
    return code[17] == USCC_ALPHABET[(31 - s % 31) % 31]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_ok(v):
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return v[17] == id_check(v[:17])


def rand_date(rng, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def id18(rng, area, y0=1955, y1=2000, female=None):
    b = rand_date(rng, y0, y1)
    seq = rng.randint(0, 99)
    sex = rng.randint(0, 9) if female is None else rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    body = area + b.strftime("%Y%m%d") + "%02d%d" % (seq, sex)
    return body + id_check(body)


def id15(rng, area):
    b = rand_date(rng, 1940, 1965)
    return area + b.strftime("%y%m%d") + "%03d" % rng.randint(1, 999)


def gszc15(rng, area):
    body = area + "".join(str(rng.randint(0, 9)) for _ in range(8))
    p = 10
    for c in body:
        s = (p + int(c)) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    return body + str((11 - p) % 10)


def luhn_card(rng):
    prefix = rng.choice(["622202", "622848", "621700", "622588", "623668", "621226", "622908", "621483"])
    n = rng.choice([16, 19, 19])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - 1 - len(prefix)))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return body + str((10 - tot % 10) % 10)


def mobile(rng):
    return rng.choice(["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "157",
                       "158", "159", "166", "173", "177", "180", "182", "183", "186", "187", "188", "189",
                       "191", "198", "199"]) + "%08d" % rng.randint(0, 99999999)


def mobile_written(rng):
    m = mobile(rng)
    f = rng.random()
    if f < 0.12:
        return m[:3] + "-" + m[3:7] + "-" + m[7:]
    if f < 0.22:
        return m[:3] + " " + m[3:7] + " " + m[7:]
    return m


# ---------------------------------------------------------------- vocabulary
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "南宫"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娥建国春梅林海波辉鹏飞鑫宇浩凯瑞琳雪晶亮斌宏志成坤振彬燕凤玲琴云莉娟丹萱颖蕾璐晨阳欣怡佳慧倩瑶婷茜嘉航铭俊昊轩博文睿哲翔宁德福贵荣顺发生祥永利全兴旺茂盛喜双庆胜宝珍翠菊莲香淑惠芬润泽彤媛蓉薇瑾璇晗钰沛岚枫松柏楠森岩峰崇嵩涵洁溪潇澜湘淼")
EN_FIRST = ["David", "Michael", "James", "Robert", "Thomas", "Daniel", "Peter", "Andrew", "Mark", "Paul",
            "Anna", "Maria", "Sarah", "Emily", "Laura", "Olga", "Elena", "Sophie", "Hannah", "Julia",
            "Nguyen Van", "Tran Thi", "Kim", "Ahmed", "Ivan", "Hans", "Pierre", "Marco", "Carlos", "Kenji"]
EN_LAST = ["Miller", "Johnson", "Williams", "Brown", "Taylor", "Anderson", "Wilson", "Moore", "Clark",
           "Walker", "Schmidt", "Muller", "Petrov", "Ivanova", "Rossi", "Garcia", "Lopez", "Dubois",
           "Tanaka", "Suzuki", "Hung", "Lan", "Minh", "Park", "Hassan", "Kowalski", "Novak", "Jensen"]
PINYIN_S = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Zhu", "Gao", "Lin"]
PINYIN_G = ["Wei", "Fang", "Lei", "Jun", "Yan", "Jie", "Tao", "Ming", "Xiaoling", "Haiyang", "Jianguo", "Yuqing", "Zhiwei", "Lina", "Peng"]
UYGHUR = ["买买提·艾力", "阿不都·热合曼", "古丽娜尔·吐尔逊", "艾尔肯·阿布拉", "热依拉·买提尼亚孜"]
KOREAN_CN = ["金哲洙", "朴英爱", "崔光日", "李顺姬", "金成浩", "朴美兰", "郑明哲", "韩春花"]

# County-level jurisdictions: (province, city, county, admin code, area code, short, towns)
COUNTIES = [
    ("河北省", "保定市", "清苑区", "130608", "0312", "清苑", ["冉庄镇", "温仁镇", "臧村镇", "阳城镇"]),
    ("山西省", "晋中市", "榆次区", "140702", "0354", "榆次", ["东阳镇", "长凝镇", "北田镇", "乌金山镇"]),
    ("福建省", "泉州市", "南安市", "350583", "0595", "南安", ["水头镇", "官桥镇", "洪濑镇", "诗山镇"]),
    ("湖北省", "襄阳市", "枣阳市", "420683", "0710", "枣阳", ["吴店镇", "兴隆镇", "七方镇", "太平镇"]),
    ("贵州省", "遵义市", "湄潭县", "520328", "0851", "湄潭", ["永兴镇", "复兴镇", "兴隆镇", "茅坪镇"]),
    ("甘肃省", "天水市", "秦州区", "620502", "0938", "秦州", ["皂郊镇", "汪川镇", "天水镇", "娘娘坝镇"]),
    ("黑龙江省", "绥化市", "望奎县", "231221", "0455", "望奎", ["惠七镇", "海丰镇", "卫星镇", "先锋镇"]),
    ("辽宁省", "鞍山市", "海城市", "210381", "0412", "海城", ["南台镇", "牛庄镇", "西柳镇", "感王镇"]),
    ("陕西省", "宝鸡市", "凤翔区", "610305", "0917", "凤翔", ["柳林镇", "陈村镇", "彪角镇", "横水镇"]),
    ("浙江省", "金华市", "义乌市", "330782", "0579", "义乌", ["佛堂镇", "赤岸镇", "义亭镇", "上溪镇"]),
    ("江苏省", "盐城市", "东台市", "320981", "0515", "东台", ["安丰镇", "富安镇", "溱东镇", "时堰镇"]),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "0433", "延吉", ["依兰镇", "三道湾镇", "小营镇", "朝阳川镇"]),
]
VILLAGE_STEM = ["大柳树", "前营", "后屯", "石桥", "杨家湾", "马坊", "东沟", "北洼", "黄土坡", "三合", "新民", "双井",
                "枣林", "河口", "高岭", "下湾", "白果", "梨树坪", "苇子", "小岗", "青龙", "月牙泉", "红旗", "团结"]
ROAD_STEM = ["建设", "人民", "解放", "光明", "文化", "胜利", "和平", "新华", "迎宾", "府前", "育才", "兴业", "滨河", "朝阳",
             "工农", "振兴", "幸福", "长青", "金沙", "翠微"]
ESTATE = ["锦绣花园", "阳光小区", "御景苑", "金色家园", "丽水湾", "东方明珠城", "书香名邸", "翡翠城", "怡和苑", "兰亭雅居"]
CN_NUM = "〇一二三四五六七八九"
ZU = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

DEPTS = {
    "market": ("市场监督管理局", "市监"),
    "transport": ("交通运输局", "交"),
    "ecology": ("生态环境分局", "环"),
    "health": ("卫生健康局", "卫"),
    "housing": ("住房和城乡建设局", "建"),
    "agri": ("农业农村局", "农"),
    "safety": ("应急管理局", "应急"),
    "culture": ("文化和旅游局", "文旅"),
    "nature": ("自然资源局", "自然资源"),
    "forestry": ("林业局", "林"),
    "water": ("水利局", "水"),
}

CO_WORDS = ["志强", "秀英", "建国", "国庆", "德福", "永兴", "宏达", "鑫源", "恒通", "华美", "金穗", "老李家", "王记",
            "大成", "利民", "顺发", "明辉", "天宇", "瑞丰", "春晖", "嘉禾", "同仁", "福满楼", "兴旺"]
CO_TAIL = {
    "market": ["食品有限公司", "商贸有限公司", "超市有限公司", "餐饮管理有限公司", "副食品批发部"],
    "drug": ["大药房有限公司", "医药连锁有限公司", "药店有限公司"],
    "transport": ["汽车运输有限公司", "物流有限公司", "客运有限公司"],
    "ecology": ["建材有限公司", "化工有限公司", "铸造有限公司", "塑料制品有限公司"],
    "health": ["诊所有限公司", "洗浴服务有限公司", "酒店管理有限公司", "美容美发有限公司"],
    "housing": ["建筑工程有限公司", "房地产开发有限公司", "建设集团有限公司"],
    "agri": ["农资有限公司", "种业有限公司", "农业科技有限公司"],
    "safety": ["石化有限公司", "燃气有限公司", "化工贸易有限公司"],
    "culture": ["旅行社有限公司", "文化娱乐有限公司", "KTV有限公司"],
}
SHOP_TAIL = {"market": ["小吃店", "烟酒商行", "副食店", "面馆", "烧烤店"], "drug": ["药店"],
             "transport": ["货运部", "汽修店"], "ecology": ["废品收购站", "木材加工厂"],
             "health": ["理发店", "足浴店", "诊所"], "agri": ["农资门市部", "种子经营部"],
             "culture": ["网咖", "歌厅"], "housing": ["装饰部"], "safety": ["液化气供应站"]}

LAWS = {
    "food_expired": ("《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", "经营超过保质期的食品"),
    "food_health": ("《中华人民共和国食品安全法》第一百二十六条第一款第（六）项", "安排未取得健康证明的人员从事接触直接入口食品的工作"),
    "price": ("《价格违法行为行政处罚规定》第十三条", "不明码标价"),
    "transport_illegal": ("《中华人民共和国道路运输条例》第六十三条", "未取得道路运输经营许可擅自从事道路运输经营"),
    "overload": ("《公路安全保护条例》第六十六条", "车辆超限运输"),
    "noise": ("《中华人民共和国噪声污染防治法》第七十七条", "夜间施工产生噪声污染扰民"),
    "dust": ("《中华人民共和国大气污染防治法》第一百一十五条", "施工工地未采取扬尘防治措施"),
    "no_license_medical": ("《中华人民共和国医师法》第五十九条", "非医师行医"),
    "pesticide": ("《农药管理条例》第五十五条", "经营假农药"),
    "land": ("《中华人民共和国土地管理法》第七十八条", "农村村民未经批准非法占用土地建住宅"),
    "hazchem": ("《危险化学品安全管理条例》第七十八条", "未对从业人员进行安全教育培训"),
    "guide": ("《中华人民共和国旅游法》第一百零二条", "未取得导游证从事导游活动"),
    "forest": ("《中华人民共和国森林法》第七十六条", "未经批准擅自采伐林木"),
}

MARK = 0xE000  # private-use markers stand for planted secrets


class Rec:
    """One record under construction: fields with secret markers, and labels."""

    def __init__(self, rng, kind, sector, subject):
        self.rng = rng
        self.kind = kind
        self.sector = sector
        self.subject = subject
        self.secrets = []  # (category, value)
        self.publics = []
        self.used_names = set()
        self.fields = {}
        self.county = rng.choice(COUNTIES)

    def s(self, cat, value):
        key = (cat, value)
        if key not in self.secrets:
            self.secrets.append(key)
        return chr(MARK + self.secrets.index(key))

    def p(self, value):
        if value not in self.publics:
            self.publics.append(value)
        return value

    # ----- people
    def cname(self):
        rng = self.rng
        while True:
            r = rng.random()
            if r < 0.07:
                sur = rng.choice(COMPOUND)
            else:
                sur = rng.choice(SURNAMES)
            g = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.62 else "")
            if self.county[2] == "延吉市" and rng.random() < 0.35:
                n = rng.choice(KOREAN_CN)
            else:
                n = sur + g
            if n not in self.used_names and len(set(n)) == len(n):
                self.used_names.add(n)
                return n

    def foreign_name(self):
        while True:
            r = self.rng.random()
            if r < 0.55:
                n = self.rng.choice(EN_FIRST) + " " + self.rng.choice(EN_LAST)
            elif r < 0.7:
                n = (self.rng.choice(EN_LAST) + " " + self.rng.choice(EN_FIRST)).upper()
            elif r < 0.85:
                n = self.rng.choice(PINYIN_S) + " " + self.rng.choice(PINYIN_G)
            else:
                n = self.rng.choice(UYGHUR)
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def name(self, styled=True, foreign=True):
        """A third party's name as written, marked secret."""
        rng = self.rng
        r = rng.random()
        if foreign and r < 0.08:
            return self.s("person_name", self.foreign_name())
        n = self.cname()
        if styled and r < 0.16 and len(n) == 2:
            return self.s("person_name", n[0] + " " + n[1])
        if styled and r < 0.22:
            return "【" + self.s("person_name", n) + "】"
        return self.s("person_name", n)

    def area(self):
        return self.county[3]

    def idn(self, y0=1955, y1=2000):
        return self.s("id_number", id18(self.rng, self.area() if self.rng.random() < 0.7 else
                                        self.rng.choice(COUNTIES)[3], y0, y1))

    def id_written(self):
        v = id18(self.rng, self.area(), 1950, 2001)
        if self.rng.random() < 0.25:
            v = id15(self.rng, self.area())
        return self.s("id_number", v)

    def mob(self):
        return self.s("mobile", mobile_written(self.rng))

    def landline(self):
        return self.s("landline", self.county[4] + "-" + str(self.rng.randint(2, 8)) + "%06d" % self.rng.randint(0, 999999))

    def email(self):
        rng = self.rng
        if rng.random() < 0.4:
            v = str(rng.randint(10000000, 2999999999)) + "@qq.com"
        else:
            v = rng.choice(PINYIN_S).lower() + rng.choice(PINYIN_G).lower() + str(rng.randint(1, 999)) + "@" + \
                rng.choice(["163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "outlook.com"])
        return self.s("email", v)

    def card(self):
        return self.s("bank_card", luhn_card(self.rng))

    def home(self, intro=None):
        """A natural person's home address: county prefix (public only in full) + secret below it."""
        rng = self.rng
        prov, city, county = self.county[0], self.county[1], self.county[2]
        town = rng.choice(self.county[6])
        if rng.random() < 0.55:
            below = town + rng.choice(VILLAGE_STEM) + "村" + rng.choice(ZU) + "组" + str(rng.randint(1, 160)) + "号"
            if rng.random() < 0.3:
                below = town + rng.choice(VILLAGE_STEM) + "村" + str(rng.randint(1, 240)) + "号"
        else:
            below = rng.choice(ROAD_STEM) + rng.choice(["路", "街", "大道"]) + str(rng.randint(1, 399)) + "号" + \
                rng.choice(ESTATE) + str(rng.randint(1, 30)) + "号楼" + str(rng.randint(1, 4)) + "单元" + \
                str(rng.randint(1, 18)) + "0" + str(rng.randint(1, 4)) + "室"
        intro = intro or rng.choice(["住", "住址：", "家庭住址：", "户籍地：", "居住地：", "现住", "家住", "户籍所在地", "现居住地："])
        r = rng.random()
        if r < 0.45:
            prefix = self.p(prov + city + county)
        elif r < 0.7:
            prefix = county
        else:
            prefix = ""
        return intro + prefix + self.s("address", below)

    def site(self):
        """A business address / site below the county level (public)."""
        rng = self.rng
        return self.p(rng.choice(self.county[6] + ["经济开发区", "工业园区"]) + rng.choice(ROAD_STEM) +
                      rng.choice(["路", "街"]) + str(rng.randint(1, 299)) + "号")


# ---------------------------------------------------------------- subject blocks
def agency(rec, dept_key):
    name = rec.county[2] + DEPTS[dept_key][0]
    arng = random.Random(rec.county[3] + dept_key)
    code = uscc(arng, "11", rec.county[3])
    phone = rec.county[4] + "-" + str(arng.randint(2, 8)) + "%06d" % arng.randint(0, 999999)
    return name, code, phone


def doc_no(rec, dept_key, kind):
    short = rec.county[5][0] + DEPTS[dept_key][1]
    y = rec.jdrq.year
    n = rec.rng.randint(1, 999)
    if kind == "penalty":
        return rec.rng.choice([f"{short}罚〔{y}〕{n}号", f"{short}罚字[{y}]第{n:03d}号", f"{short}处罚〔{y}〕第{n}号"])
    return rec.rng.choice([f"{short}许〔{y}〕{n}号", f"{short}许准字[{y}]第{n:04d}号", f"{short}审批〔{y}〕{n}号"])


def subject_block(rec, pre, tail_key):
    """Fills the subject fields; returns (display name for text, person name marker or None, legal rep)."""
    rng = rec.rng
    f = rec.fields
    area = rec.area()
    if rec.subject == "legal":
        co = rec.county[2][:-1] + rng.choice(CO_WORDS) + rng.choice(CO_TAIL[tail_key])
        rep = rec.cname()
        f[pre + "XDR_MC"] = rec.p(co)
        f[pre + "XDR_LB"] = "法人及非法人组织"
        f[pre + "XDR_SHXYM"] = rec.p(uscc(rng, "91", area))
        f[pre + "FRDB"] = rec.p(rep)
        f[pre + "FR_ZJLX"] = "身份证"
        f[pre + "FR_ZJHM"] = rec.s("id_number", id18(rng, area, 1960, 1990))
        rec.rep = rep
        return co, None
    rec.rep = None
    if rec.subject == "individual":
        op = rec.cname()
        opm = rec.s("person_name", op)
        if rng.random() < 0.3:
            f[pre + "XDR_MC"] = opm  # no trade name: the register shows the operator
            shop = opm
        else:
            shop = rec.p(rec.county[2][:-1] + rng.choice(rec.county[6])[:-1] + rng.choice(CO_WORDS) +
                         rng.choice(SHOP_TAIL.get(tail_key, ["经营部"])))
            f[pre + "XDR_MC"] = shop
        f[pre + "XDR_LB"] = "个体工商户"
        if rng.random() < 0.6:
            f[pre + "XDR_SHXYM"] = rec.p(uscc(rng, "92", area))
        else:
            f[pre + "XDR_SHXYM"] = "00000000000000000X"
            f[pre + "XDR_GSZC"] = rec.p(gszc15(rng, area))
        if rng.random() < 0.6:
            f[pre + "FRDB"] = opm
        f[pre + "XDR_ZJLX"] = "身份证"
        f[pre + "XDR_ZJHM"] = rec.s("id_number", id18(rng, area, 1960, 1998))
        rec.op = opm
        return shop, opm
    # natural person
    r = rng.random()
    if r < 0.12:
        n = rec.foreign_name()
        if "·" in n:
            f[pre + "XDR_ZJLX"] = "身份证"
            f[pre + "XDR_ZJHM"] = rec.s("id_number", id18(rng, area, 1965, 1998))
        else:
            f[pre + "XDR_ZJLX"] = "护照号"
            f[pre + "XDR_ZJHM"] = rec.s("passport", rng.choice("EGPKMN") + "%08d" % rng.randint(0, 99999999))
    elif r < 0.18:
        n = rec.cname()
        f[pre + "XDR_ZJLX"] = "港澳居民来往内地通行证"
        f[pre + "XDR_ZJHM"] = rec.s("travel_permit", rng.choice("HM") + "%08d" % rng.randint(0, 99999999))
    elif r < 0.23:
        n = rec.cname()
        f[pre + "XDR_ZJLX"] = "台湾居民来往大陆通行证"
        f[pre + "XDR_ZJHM"] = rec.s("travel_permit", "%08d" % rng.randint(10000000, 99999999))
    else:
        n = rec.cname()
        f[pre + "XDR_ZJLX"] = "身份证"
        f[pre + "XDR_ZJHM"] = rec.s("id_number", id18(rng, area, 1950, 2000))
    m = rec.s("person_name", n)
    f[pre + "XDR_MC"] = m
    f[pre + "XDR_LB"] = "自然人"
    rec.op = m
    return m, m


def punct(rec):
    return ("：", "；", "，") if rec.rng.random() < 0.8 else (":", ";", ",")


def yuan_to_wan(yuan):
    d = (Decimal(yuan) / Decimal(10000)).normalize()
    s = format(d, "f")
    return s


def case_no(rec):
    """An 18-digit reference number shaped like an ID number (public)."""
    d = rec.jdrq - datetime.timedelta(days=rec.rng.randint(20, 80))
    body = rec.area() + d.strftime("%Y%m%d") + "%03d" % rec.rng.randint(1, 999)
    v = body + (id_check(body) if rec.rng.random() < 0.5 else str(rec.rng.randint(0, 9)))
    return rec.p(v)


# ---------------------------------------------------------------- penalties
def p_food(rec, who):
    rng = rec.rng
    c, sc, cm = punct(rec)
    emp = rec.name()
    cons = rec.name()
    if rng.random() < 0.5:
        law = "food_expired"
        sy = (f"违法事实{c}{rng.choice(['2025年', ''])}经消费者{cons}（联系电话{rec.mob()}，{rec.home()}）投诉，执法人员对{who}经营场所检查，"
              f"{'，往来港澳通行证' + rec.s('travel_permit', 'C' + '%08d' % rng.randint(0, 99999999)) + '，' if rng.random() < 0.2 else ''}"
              f"发现货架上摆放超过保质期的{rng.choice(['酸奶', '火腿肠', '面包', '饮料', '速冻水饺'])}{rng.randint(3, 40)}件{sc}"
              f"证据{c}现场笔录、照片、收银员{emp}的询问笔录{sc}当事人{c}{who}。")
    else:
        law = "food_health"
        emp2 = rec.name()
        sy = (f"{rec.jdrq.year}年执法人员检查发现，{who}安排厨师{emp}、帮厨{emp2}在未取得健康证明的情况下从事接触直接入口食品的工作。"
              f"{emp}（身份证号{rec.id_written()}）对上述事实无异议。该线索由{cons}举报（手机{rec.mob()}）。")
    return law, sy


def p_transport(rec, who):
    rng = rec.rng
    c, sc, cm = punct(rec)
    plate = rng.choice(["冀F", "晋K", "闽C", "鄂F", "贵C", "甘E", "黑M", "辽C", "陕C", "浙G", "苏J", "吉H"]) + \
        "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    pa, pb = rec.name(), rec.name()
    if rng.random() < 0.55:
        law = "transport_illegal"
        drv = who if rec.subject == "natural" else rec.name()
        sy = (f"经查，{drv}驾驶{plate}小型轿车，在未取得道路运输经营许可的情况下，从{rec.county[2]}汽车站搭载乘客{pa}、{pb}前往"
              f"{rng.choice(rec.county[6])}，约定车费{rng.randint(30, 120)}元，乘客{pa}通过微信转账支付（乘客手机号{rec.mob()}）。"
              f"驾驶员{drv}{rng.choice(['到场', '本人签收询问笔录'])}。")
        if rec.subject == "legal":
            sy = f"当事人{who}所属车辆{plate}由驾驶员{drv}（驾驶证号{rec.id_written()}）驾驶，" + sy[3:]
    else:
        law = "overload"
        drv = who if rec.subject == "natural" else rec.name()
        sy = (f"{rec.jdrq.year}年在G{rng.randint(101, 350)}线超限检测站检测，{plate}重型货车车货总重{rng.randint(55, 90)}.{rng.randint(0, 9)}吨，"
              f"超限{rng.randint(10, 40)}%。驾驶员：{drv}；联系方式：{rec.mob()}；车辆所有人：{who}。")
    return law, sy


def p_ecology(rec, who):
    rng = rec.rng
    rep = rec.name()
    if rng.random() < 0.5:
        law = "noise"
        sy = (f"{rec.jdrq.month}月{rec.jdrq.day}日23时许，周边居民{rep}（{rec.home()}{'，住宅电话' + rec.landline() if rng.random() < 0.4 else ''}）投诉{who}在{rec.site()}施工现场夜间浇筑混凝土，"
              f"噪声扰民。执法人员到场核实，现场负责人{rec.name()}（电话{rec.mob()}）承认未取得夜间施工证明。")
    else:
        law = "dust"
        sy = (f"执法人员检查{who}位于{rec.site()}的施工工地，发现裸露土方未覆盖、车辆未冲洗出场。"
              f"工地安全员{rec.name()}、项目经理{rec.name()}在场。举报人{rep}要求对其身份保密，联系邮箱{rec.email()}。")
    return law, sy


def p_health(rec, who):
    rng = rec.rng
    law = "no_license_medical"
    pat = rec.name()
    pat2 = rec.name()
    sy = (f"当事人{who}未取得医师资格证书，在{rng.choice(rec.county[6])}{rng.choice(VILLAGE_STEM)}村为患者{pat}"
          f"（{rec.home()}）输液治疗，收取费用{rng.randint(80, 600)}元；另为患者{pat2}针灸。"
          f"患者家属{rec.name()}（系{pat}之{rng.choice(['妻', '夫', '兄', '姐', '女婿', '儿媳'])}，手机{rec.mob()}）向本局反映。"
          f"款项转入当事人个人银行卡{rec.card()}。")
    if rec.subject == "legal":
        sy = (f"当事人{who}聘用未取得医师资格的{rec.name()}（身份证号码：{rec.id_written()}）从事诊疗活动，为患者{pat}"
              f"（{rec.home()}）输液治疗；患者{pat2}证实。")
    return law, sy


def p_agri(rec, who):
    rng = rec.rng
    law = "pesticide"
    b1, b2 = rec.name(foreign=False), rec.name(foreign=False)
    sy = (f"违法事实：{who}销售的{rng.choice(['吡虫啉', '草甘膦', '多菌灵', '阿维菌素'])}经检验有效成分含量不合格，属假农药。"
          f"购买人：村民{b1}，{rec.home()}；村民{b2}（电话：{rec.mob()}）。货款由{b1}之子{rec.name()}经银行卡{rec.card()}转账支付。")
    return law, sy


def p_land(rec, who):
    rng = rec.rng
    law = "land"
    nb1, nb2 = rec.name(foreign=False), rec.name(foreign=False)
    rel = rec.name(foreign=False)
    vil = rng.choice(rec.county[6]) + rng.choice(VILLAGE_STEM) + "村"
    sy = (f"经查，当事人{who}（{rec.home(rng.choice(['户籍地：', '住', '家庭住址：']))}）未经批准，于{rec.jdrq.year - 1}年在{vil}东侧耕地"
          f"擅自建设住宅一处，占地{rng.randint(120, 480)}平方米。四至：东邻{nb1}宅基地，西邻{nb2}承包地。"
          f"其{rng.choice(['兄长', '妻子', '岳父', '弟弟'])}{rel}在现场参与施工。"
          + (f"当事人家中座机{rec.landline()}。" if rng.random() < 0.6 else ""))
    return law, sy


def p_safety(rec, who):
    rng = rec.rng
    law = "hazchem"
    a, b = rec.name(), rec.name()
    sy = (f"{who}储存区作业人员{a}、{b}未经安全教育培训即上岗作业，安全管理人员{rec.name()}未能提供培训记录。"
          f"企业联系人={rec.name()};手机={rec.mob()};邮箱={rec.email()}")
    return law, sy


def p_culture(rec, who):
    rng = rec.rng
    law = "guide"
    g = rec.name()
    t = rec.name()
    r = rng.random()
    if r < 0.4:
        doc = "护照号" + rec.s("passport", "E" + "%08d" % rng.randint(0, 99999999))
    elif r < 0.7:
        doc = "往来港澳通行证号" + rec.s("travel_permit", "C" + "%08d" % rng.randint(0, 99999999))
    else:
        doc = "台胞证号码" + rec.s("travel_permit", "%08d" % rng.randint(10000000, 99999999))
    sy = (f"游客{t}（{doc}）"
          f"投诉：{who}组织的{rec.county[2]}一日游由未取得导游证的{g}带团，{g}电话{rec.mob()}。")
    return law, sy


PENALTY_SCENARIOS = [
    ("market", "market", p_food), ("transport", "transport", p_transport), ("ecology", "ecology", p_ecology),
    ("health", "health", p_health), ("agri", "agri", p_agri), ("nature", None, p_land),
    ("safety", "safety", p_safety), ("culture", "culture", p_culture),
]


def build_penalty(rec):
    rng = rec.rng
    choices = [sc for sc in PENALTY_SCENARIOS if not (sc[0] == "nature" and rec.subject != "natural")]
    if rec.subject == "natural":
        choices = [sc for sc in choices if sc[0] in ("transport", "health", "nature", "agri", "market")]
    dept, tail, fn = rng.choice(choices)
    rec.sector = dept
    f = rec.fields
    who, _ = subject_block(rec, "CF_", tail or "market")
    law_key, sy = fn(rec, who)
    yj, wfxw = LAWS[law_key]
    ag, agc, agphone = agency(rec, dept)
    fine = rng.choice([1000, 2000, 3000, 5000, 8000, 10000, 15000, 20000, 30000, 50000])
    cflb = ["罚款"]
    nr = f"依据{rec.p(yj)}，决定对当事人处以罚款人民币{rec.p(str(fine) + '元')}"
    wfff = None
    if rng.random() < 0.3:
        wfff = rng.randint(3, 90) * 100
        cflb.append("没收违法所得")
        nr += f"，没收违法所得{wfff}元"
    if rng.random() < 0.25:
        cflb.insert(0, "警告")
        nr = nr.replace("决定对当事人处以", "决定对当事人给予警告，并处")
    nr += "。"
    if rng.random() < 0.6:
        nr += f"\n罚款自收到本决定书之日起十五日内缴纳，缴款码：{rec.p(''.join(str(rng.randint(0, 9)) for _ in range(20)))}。"
    if rng.random() < 0.5:
        nr += f"如有疑问请联系{ag}，联系电话：{rec.p(agphone)}。"
    wsh = rec.p(doc_no(rec, dept, "penalty"))
    if rng.random() < 0.5:
        sy = f"案件编号：{case_no(rec)}。" + sy
    if rng.random() < 0.4:
        sy = ("经查明：" + sy.replace("违法事实：", "", 1) + "\n以上事实有现场检查笔录、询问调查笔录、现场照片、证人证言等证据为证。"
              "本机关于" + f"{rec.jdrq.year}年{rec.jdrq.month}月" + "向当事人送达行政处罚告知书，当事人在法定期限内"
              + rng.choice(["未提出陈述、申辩。", "提出陈述、申辩，经复核不予采纳。", "未要求听证。"])
              + "本机关认为，当事人的上述行为违反了有关规定，应予处罚。")
    if rec.subject == "legal" and rng.random() < 0.6:
        sy += rng.choice([f"法定代表人{rec.rep}到场接受询问。", f"当事人法定代表人：{rec.rep}。", f"经{rec.rep}同意，企业已整改。"])
    if rec.subject == "legal" and rng.random() < 0.5:
        sy = f"当事人：{who}；住所：{rec.site()}；" + sy
    bz = ""
    r = rng.random()
    if r < 0.3:
        bz = f"决定书由{rng.choice(['其员工', '委托代理人', '受托人'])}{rec.name()}（公民身份号码：{rec.id_written()}）代为签收。"
    elif r < 0.5:
        appl = who if rec.subject != "legal" else who
        bz = (f"行政复议：申请人{appl}不服本决定申请行政复议，被申请人{ag}；第三人{rec.name()}（投诉人）。"
              f"复议机关维持原决定。")
    elif r < 0.7:
        bz = f"送达：{rec.home('送达地址：')}；签收人{rec.name()}，联系电话{rec.mob() if rng.random() < 0.6 else rec.landline()}。"
    elif r < 0.8:
        bz = f"当事人陈述申辩由张某某、王某代为提出，已复核。《关于{rec.name()}投诉的处理意见》附卷。"
    f.update({
        "CF_WSH": wsh, "CF_WFXW": wfxw, "CF_SY": sy, "CF_YJ": yj, "CF_CFLB": ";".join(cflb), "CF_NR": nr,
        "CF_NR_FK": yuan_to_wan(fine), "CF_JDRQ": rec.jdrq.isoformat(),
        "CF_GSJZQ": add_year(rec.jdrq).isoformat(), "CF_CFJG": rec.p(ag), "CF_CFJGDM": rec.p(agc),
        "CF_SJLY": ag, "CF_SJLYDM": agc,
    })
    if wfff:
        f["CF_NR_WFFF"] = yuan_to_wan(wfff)
    if rng.random() < 0.5:
        f["CF_YXQ"] = add_year(rec.jdrq).isoformat()
    if bz:
        f["BZ"] = bz


def add_year(d, n=1):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


# ---------------------------------------------------------------- licenses
def l_food(rec, who):
    rng = rec.rng
    c, sc, cm = punct(rec)
    head = rec.rep if rec.rep else rec.op
    nr = (f"经营者名称{c}{who}{sc}经营场所{c}{rec.site() if rec.subject == 'legal' else rng.choice(ROAD_STEM) + '街' + str(rng.randint(1, 200)) + '号'}{sc}"
          f"主体业态{c}{rng.choice(['餐饮服务经营者（小型餐馆）', '食品销售经营者（超市）', '单位食堂'])}{sc}"
          f"负责人{c}{head}{sc}食品安全管理人员{c}{rec.name()}、{rec.name()}。")
    bz = f"联系人={rec.name(False)};电话={rec.mob()};备案邮箱={rec.email()}" if rng.random() < 0.5 else ""
    xkbh = rec.p("JY" + rng.choice("123") + rec.area() + "%07d" % rng.randint(0, 9999999))
    return ("market", "食品经营许可证", "食品经营许可决定书", "普通", nr, bz, xkbh)


def l_drug(rec, who):
    rng = rec.rng
    q = rec.name()
    nr = (f"企业负责人 {rec.rep or rec.op}；质量负责人 {q}（执业药师，注册证编号{rec.p('ZY' + str(rng.randint(10000000, 99999999)))}）；"
          f"质量管理人员 {rec.name()}、{rec.name()}；经营范围：中成药、化学药制剂、抗生素制剂、生物制品（除疫苗）；"
          f"注册地址：{rec.site()}")
    bz = f"经办：{rec.name()} 电话{rec.mob()}；复核：已现场核查。" if rng.random() < 0.6 else ""
    xkbh = rec.p(rec.county[0][:1] + "AA" + rec.area()[:4] + str(rng.randint(1000, 9999)))
    return ("market", "药品经营许可证", "药品经营许可决定书", "普通", nr, bz, xkbh)


def l_driver(rec, who):
    """A natural person's qualification: the certificate number is the ID number."""
    rng = rec.rng
    idv = rec.fields["XK_XDR_ZJHM"]
    nr = (f"准予{who}取得{rng.choice(['经营性道路旅客运输驾驶员', '经营性道路货物运输驾驶员', '道路危险货物运输驾驶员'])}从业资格。"
          f"初领驾驶证日期{rand_date(rng, 2005, 2018).isoformat()}；{rec.home()}；本人联系电话{rec.mob()}"
          f"{'，住宅电话' + rec.landline() if rng.random() < 0.3 else ''}。")
    bz = f"申请人委托{rec.name()}（身份证{rec.id_written()}）代为办理。" if rng.random() < 0.5 else ""
    return ("transport", "道路运输从业人员从业资格证", "道路运输从业资格许可决定书", "普通", nr, bz, idv)


def l_construction(rec, who):
    rng = rec.rng
    pm, sup = rec.name(), rec.name()
    contractor = rec.p(rng.choice(COUNTIES)[2][:-1] + rng.choice(CO_WORDS) + "建设工程有限公司")
    nr = (f"工程名称：{rec.p(rng.choice(ESTATE) + rng.choice(['二期', '三期', '商业综合体', '住宅小区']) + '项目')}；"
          f"建设地址：{rec.site()}；施工单位：{contractor}；项目经理：{pm}（注册建造师）；"
          f"监理单位总监理工程师：{sup}；合同价格：{rng.randint(800, 9000)}万元；建筑面积{rng.randint(3000, 90000)}平方米。")
    bz = f"项目经理{pm}（手机{rec.mob()}）已签署质量终身责任承诺书。" if rng.random() < 0.5 else ""
    xkbh = rec.p(rec.area() + rec.jdrq.strftime("%Y%m%d") + "%02d" % rng.randint(1, 99) + "01")
    return ("housing", "建筑工程施工许可证", "建筑工程施工许可决定书", "核准", nr, bz, xkbh)


def l_hygiene(rec, who):
    rng = rec.rng
    nr = (f"单位名称={who};经营项目={rng.choice(['住宿', '沐浴', '美容美发', '游泳场所'])};"
          f"卫生负责人={rec.name(False)};从业人员={rec.name(False)},{rec.name(False)};"
          f"{'经营地址=' + rec.site() + ';' if rec.subject == 'legal' else ''}")
    bz = f"{rec.name(False, False)}经理负责日常卫生管理，其个人住宅电话{rec.landline()}。" if rng.random() < 0.5 else ""
    xkbh = rec.p(rec.county[5] + "卫公字〔" + str(rec.jdrq.year) + "〕第" + "%06d" % rng.randint(1, 999999) + "号")
    return ("health", "公共场所卫生许可证", "公共场所卫生许可决定书", "普通", nr, bz, xkbh)


def l_felling(rec, who):
    """A rural natural person's tree-felling licence: neighbours at the boundaries."""
    rng = rec.rng
    vil = rec.p(rng.choice(rec.county[6]) + rng.choice(VILLAGE_STEM) + "村" + rng.choice(["后山", "南坡", "河滩地", "西岭"]))
    e, w = rec.name(foreign=False), rec.name(foreign=False)
    nr = (f"申请人{who}，{rec.home()}。采伐地点：{vil}；四至：东至{e}承包林地，西至{w}自留山，南至村道，北至山脊。"
          f"树种：{rng.choice(['杨树', '杉木', '马尾松', '刺槐'])}；采伐方式：皆伐；蓄积{rng.randint(5, 80)}立方米。")
    bz = f"其{rng.choice(['丈夫', '妻子', '哥哥', '父亲'])}{rec.name()}陪同申请；村委会证明人{rec.name()}。" if rng.random() < 0.6 else ""
    xkbh = rec.p("LC" + rec.area() + str(rec.jdrq.year) + "%05d" % rng.randint(1, 99999))
    return ("forestry", "林木采伐许可证", "林木采伐许可决定书", "普通", nr, bz, xkbh)


def l_hazchem(rec, who):
    rng = rec.rng
    staff = [rec.name() for _ in range(rng.randint(2, 3))]
    nr = (f"许可范围：{rng.choice(['汽油、柴油', '液化石油气', '甲醇、乙醇（无储存）'])}；主要负责人：{rec.rep or rec.op}；"
          f"安全管理人员：{'、'.join(staff)}；外籍技术顾问 {rec.s('person_name', rec.foreign_name())}（护照号 "
          f"{rec.s('passport', rng.choice('GEPK') + '%08d' % rng.randint(0, 99999999))}）。")
    if rec.subject == "legal":
        nr += f"经营场所：{rec.site()}。"
    bz = f"申请材料由{rec.name()}同志报送，邮箱{rec.email()}" if rng.random() < 0.5 else ""
    xkbh = rec.p(rec.county[0][:1] + "应急经字〔" + str(rec.jdrq.year) + "〕" + "%06d" % rng.randint(1, 999999))
    return ("safety", "危险化学品经营许可证", "危险化学品经营许可决定书", "核准", nr, bz, xkbh)


def l_practitioner(rec, who):
    """A natural person's practising registration: a 15-digit certificate number (public)."""
    rng = rec.rng
    hosp = rec.p(rec.county[2] + rng.choice(["人民医院", "中医医院", "妇幼保健院", rng.choice(rec.county[6]) + "卫生院"]))
    nr = (f"姓名：{who}；执业类别：{rng.choice(['临床', '中医', '口腔'])}；执业地点：{hosp}；"
          f"资格证书编码：{rec.p(str(rng.randint(1, 2)) + '0' + rec.area()[:2] + str(rng.randint(10000000000, 99999999999)))}；"
          f"通讯地址：{rec.home('现住')}；邮箱：{rec.email()}"
          f"{'；紧急联系人' + rec.name() + '，电话' + (rec.landline() if rng.random() < 0.5 else rec.mob()) if rng.random() < 0.5 else ''}。")
    bz = f"工资卡{rec.card()}（医院代发，误填于备注，原样录入）。" if rng.random() < 0.25 else ""
    xkbh = rec.p("1" + rec.area()[:2] + str(rng.randint(100000000000, 999999999999)))
    return ("health", "医师执业证书", "医师执业注册决定书", "认可", nr, bz, xkbh)


def build_license(rec):
    rng = rec.rng
    if rec.subject == "natural":
        fns = [l_driver, l_felling, l_practitioner, l_driver]
    elif rec.subject == "individual":
        fns = [l_food, l_drug, l_hygiene, l_hazchem]
    else:
        fns = [l_food, l_drug, l_construction, l_hygiene, l_hazchem]
    fn = rng.choice(fns)
    tail = {l_food: "market", l_drug: "drug", l_construction: "housing", l_hygiene: "health",
            l_hazchem: "safety"}.get(fn, "market")
    who, _ = subject_block(rec, "XK_", tail)
    dept, xkzs, xkws, xklb, nr, bz, xkbh = fn(rec, who)
    rec.sector = dept
    ag, agc, agphone = agency(rec, dept)
    f = rec.fields
    if rng.random() < 0.35:
        nr += f"受理编号：{case_no(rec)}。"
    if rng.random() < 0.3:
        nr += f"咨询电话：{ag}{rec.p(agphone)}。"
    if rec.rep and rng.random() < 0.2:
        nr += f"单位电话{rec.county[4]}-{rng.randint(2, 8)}{rng.randint(0, 999999):06d}。"  # owner ambiguous: unlabelled
    if rec.rep and rng.random() < 0.5:
        nr += rng.choice([f"法定代表人{rec.rep}。", f"《{rec.rep}任职文件》已核验。", f"{rec.rep}总经理签字确认。"])
    y = rng.choice([3, 5, 5, 0])
    until = "2099-12-31" if y == 0 else (add_year(rec.jdrq, y) - datetime.timedelta(days=1)).isoformat()
    f.update({
        "XK_XKWS": xkws, "XK_WSH": rec.p(doc_no(rec, dept, "license")), "XK_XKLB": xklb, "XK_XKZS": xkzs,
        "XK_XKBH": xkbh, "XK_NR": nr, "XK_JDRQ": rec.jdrq.isoformat(), "XK_YXQZ": rec.jdrq.isoformat(),
        "XK_YXQZI": until, "XK_XKJG": rec.p(ag), "XK_XKJGDM": rec.p(agc), "XK_ZT": "1",
        "XK_LYDW": ag, "XK_LYDWDM": agc,
    })
    if bz:
        f["BZ"] = bz


# ---------------------------------------------------------------- checks
MAX_LEN = {"BZ": 512, "NR": 4000, "SY": 5000, "WSH": 64, "XKZS": 64, "XKBH": 64, "FRDB": 50, "XDR_ZJHM": 64,
           "XDR_MC": 200, "NR_ZKDX": 200, "XKWS": 64}
CFLB_OK = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件",
           "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}
TODAY = datetime.date(2026, 11, 28)


def short(key):
    return key if key == "BZ" else key[3:]


def validate(kind, rec):
    """The validator's rules (DOMAIN.md §3, service/domain/): returns a list of problems."""
    g = {short(k): v for k, v in rec.items()}
    out = []
    req = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    req += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else \
        ["WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = g.get("XDR_LB")
    if lb == "法人及非法人组织":
        req += ["XDR_SHXYM", "FRDB"]
    elif lb == "自然人":
        req += ["XDR_ZJLX", "XDR_ZJHM"]
        if "XDR_SHXYM" in g:
            out.append("natural person with USCC")
    elif lb == "个体工商户":
        req += ["XDR_SHXYM"]
        if g.get("XDR_SHXYM") == "00000000000000000X":
            req.append("XDR_GSZC")
    else:
        out.append("XDR_LB")
    for r in req:
        if not g.get(r):
            out.append("missing " + r)
    for k, v in g.items():
        if len(v) > MAX_LEN.get(k, 200 if k not in ("SY", "NR", "YJ", "WFXW") else 2000):
            out.append("too long " + k)
    for k in ("XDR_SHXYM", "XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM"):
        if k in g and g[k] != "00000000000000000X" and not uscc_ok(g[k]):
            out.append("uscc " + k)
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if g.get(t) == "身份证" and not id_ok(g.get(n, "")):
            out.append("id " + n)
    if kind == "penalty":
        cats = g["CFLB"].split(";")
        if any(c not in CFLB_OK for c in cats):
            out.append("CFLB")
        if "罚款" in cats and not (g.get("NR_FK") and Decimal(g["NR_FK"]) > 0):
            out.append("NR_FK")
        if any(c.startswith("没收") for c in cats) and not g.get("NR_WFFF"):
            out.append("NR_WFFF")
        j, s = datetime.date.fromisoformat(g["JDRQ"]), datetime.date.fromisoformat(g["GSJZQ"])
        if not (add_year(j, 0) < s <= add_year(j, 3)):
            out.append("GSJZQ")
        fen = int(Decimal(g["NR_FK"]) * 10000)
        if str(fen) + "元" not in g["NR"]:
            out.append("NR_FK vs NR")
    else:
        if g["XKLB"] not in ("普通", "特许", "认可", "核准", "登记", "其他"):
            out.append("XKLB")
        if g["YXQZI"] < g["YXQZ"]:
            out.append("YXQZI")
    if datetime.date.fromisoformat(g["JDRQ"]) > TODAY:
        out.append("JDRQ future")
    return out


def render(rec, skeleton):
    def one(v):
        out = []
        for ch in v:
            i = ord(ch) - MARK
            if 0 <= i < len(rec.secrets):
                out.append("\u3013" + chr(0x4E00 + i) + "\u3013" if skeleton else rec.secrets[i][1])
            else:
                out.append(ch)
        return "".join(out)
    return {k: one(v) for k, v in rec.fields.items()}


def label_problems(kind, rec, real, skel):
    """The label checks by construction (see README.md)."""
    sep = "\x00"
    text = sep.join(real.values())
    sk = sep.join(skel.values())
    out = []
    for cat, v in rec.secrets:
        if v not in text:
            out.append("secret absent " + v)
        if v in sk:
            out.append("secret outside its planted place " + v)
    for v in rec.publics:
        if v not in text:
            out.append("public absent " + v)
        if text.count(v) != sk.count(v):
            out.append("public overlaps a secret " + v)
    for _, sv in rec.secrets:
        for pv in rec.publics:
            if sv in pv or pv in sv:
                out.append("secret/public nest " + sv + " / " + pv)
    vals = [v for _, v in rec.secrets]
    if len(vals) != len(set(vals)):
        out.append("one value in two categories")
    for v in vals + rec.publics:
        if any(c in v for c in '"\\\n\r') or v != v.strip():
            out.append("awkward label " + v)
    out += validate(kind, real)
    return out


def make(rng, kind, subject, idx):
    tries = 0
    while True:
        tries += 1
        rec = Rec(rng, kind, None, subject)
        rec.jdrq = rand_date(rng, 2024, 2026)
        if rec.jdrq > datetime.date(2026, 11, 20):
            continue
        (build_license if kind == "license" else build_penalty)(rec)
        real, skel = render(rec, False), render(rec, True)
        problems = label_problems(kind, rec, real, skel)
        if not problems:
            return rec, real
        if tries > 200:
            raise SystemExit(f"record {idx}: cannot satisfy label checks: {problems}")


SUBJECTS = ["natural"] * 25 + ["individual"] * 25 + ["legal"] * 50


def generate():
    rng = random.Random(SEED)
    plan = [(k, s) for k in ("license", "penalty") for s in SUBJECTS]
    rng.shuffle(plan)
    lines, meta = [], []
    for i, (kind, subject) in enumerate(plan):
        rec, real = make(rng, kind, subject, i)
        line = {"kind": kind, "record": real,
                "secrets": [{"category": c, "value": v} for c, v in rec.secrets], "public": rec.publics}
        lines.append(json.dumps(line, ensure_ascii=False, separators=(",", ":")))
        meta.append((kind, subject, rec.sector, rec.secrets, rec.publics))
    return "\n".join(lines) + "\n", meta


def stats(meta):
    cats = ["id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit", "address",
            "person_name"]
    subs = ["legal", "natural", "individual"]
    tab = {(c, s): 0 for c in cats + ["records_license", "records_penalty", "all", "public"] for s in subs}
    sectors = {}
    for kind, subject, sector, secrets, publics in meta:
        tab[("records_" + kind, subject)] += 1
        for c, _ in secrets:
            tab[(c, subject)] += 1
            tab[("all", subject)] += 1
        tab[("public", subject)] += len(publics)
        sectors[(kind, sector)] = sectors.get((kind, sector), 0) + 1
    print("| | 法人及非法人组织 | 自然人 | 个体工商户 | total |\n|---|---:|---:|---:|---:|")
    for row in ["records_penalty", "records_license"] + cats + ["all", "public"]:
        vals = [tab[(row, s)] for s in subs]
        print(f"| {row} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    print()
    for (kind, sector), n in sorted(sectors.items()):
        print(f"{kind:8} {sector:10} {n}")


def verify_file(text):
    """Re-checks the written lines from the JSON alone (labels, validity, shape)."""
    import re
    bad = 0
    for n, line in enumerate(text.splitlines(), 1):
        d = json.loads(line)
        rec = d["record"]
        joined = "\x00".join(rec.values())
        secrets = [s["value"] for s in d["secrets"]]
        problems = validate(d["kind"], rec)
        problems += ["absent " + v for v in secrets + d["public"] if v not in joined]
        problems += [f"nest {a}/{b}" for a in secrets for b in d["public"] if a in b or b in a]
        # every checksum-valid 18-digit ID and every mobile-shaped run in the text is labelled
        labelled = secrets + d["public"]
        for m in re.finditer(r"(?<![0-9A-Z])[0-9]{17}[0-9X](?![0-9])", joined):
            if id_ok(m.group()) and not any(m.group() in v for v in labelled):
                problems.append("unlabelled ID " + m.group())
        for m in re.finditer(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", joined):
            if not any(m.group() in v for v in labelled):
                problems.append("unlabelled mobile " + m.group())
        if problems:
            bad += 1
            print(f"line {n}: {problems}")
    return bad == 0


def main():
    text, meta = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        same = on_disk == text
        print("records.jsonl is up to date" if same else "records.jsonl differs from the generator")
        ok = verify_file(on_disk)
        print("labels verified" if ok else "label problems found")
        sys.exit(0 if same and ok else 1)
    if "--stats" in sys.argv:
        stats(meta)
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
