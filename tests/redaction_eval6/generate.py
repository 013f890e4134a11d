#!/usr/bin/env python3
"""Sixth labelled evaluation set for dpfeed's masking (frozen, unmeasured).

Writes records.jsonl: 200 decision records (100 licences, 100 penalties),
subjects natural persons / individual businesses / legal persons in 1:1:2.
Python 3 standard library only; fixed seed; deterministic.

    python3 generate.py           # (re)write records.jsonl
    python3 generate.py --check   # verify records.jsonl equals what would be written
    python3 generate.py --stats   # print counts

Every vocabulary item and phrase below was written for this set; nothing is
taken from the project's detectors or from the other evaluation sets.

Label checks by construction: every secret is inserted through R.s(), which
wraps it in markers. A record is kept only if, with markers removed,
(1) every label occurs in the record; (2) each secret occurs exactly as often
as it was planted (never by coincidence elsewhere); (3) each public value
occurs as often in the "skeleton" (secrets replaced by an opaque token) as in
the record, so no public value overlaps a secret; (4) no secret contains a
public value or the reverse; (5) fields fit the catalogue's lengths and the
validator's rules. Otherwise the record is drawn again with the next seed.
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 60601
OUT = Path(__file__).with_name("records.jsonl")
TODAY = (2026, 11, 28)

# ---------------------------------------------------------------- checksums
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc(rng, head, area):
    body = head + area + "".join(rng.choice(USCC_ALPHA) for _ in range(9))
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_ALPHA[(31 - s % 31) % 31]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def days_in(y, m):
    return [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]


def id18(rng, area, year, male):
    m = rng.randint(1, 12)
    d = rng.randint(1, days_in(year, m))
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{area}{year:04d}{m:02d}{d:02d}{seq:03d}"
    return body + id_check(body), (year, m)


def id15(rng, area, year, male):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return f"{area}{year % 100:02d}{m:02d}{d:02d}{seq:03d}"


def luhn_card(rng):
    prefix = rng.choice(["621700", "622848", "621226", "623668", "622202", "621799", "625965"])
    n = rng.choice([16, 19, 19, 18])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- places
# (province, city, county, division code, phone area code, towns, roads, estates)
PLACES = [
    ("河北省", "保定市", "涞水县", "130623", "0312",
     {"永阳镇": ["北白堡村", "东龙安村", "西关村"], "娄村镇": ["柳林村", "北涧头村", "石圭村"]},
     ["泉水路", "迎宾大街", "拒马西路"], ["福泽园小区", "锦绣家园"]),
    ("山西省", "晋中市", "平遥县", "140728", "0354",
     {"古陶镇": ["曹家堡村", "南政村", "东郭村"], "段村镇": ["大闫村", "彭家堡村", "段村"]},
     ["柳根路", "顺城路", "中都东路"], ["和谐苑", "古城新居"]),
    ("辽宁省", "丹东市", "凤城市", "210682", "0415",
     {"宝山镇": ["前进村", "北岔村", "通远村"], "青城子镇": ["榛子沟村", "大岭村", "马家店村"]},
     ["凤山路", "站前街", "凤凰城大街"], ["金域花园", "凤鸣小区"]),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "0433",
     {"依兰镇": ["东明村", "春兴村", "光新村"], "三道湾镇": ["杨木村", "东沟村", "龙渊村"]},
     ["光明街", "局子街", "公园路"], ["海兰江畔小区", "阳光家园"]),
    ("黑龙江省", "绥化市", "海伦市", "231283", "0455",
     {"伦河镇": ["兴隆村", "永和村", "东胜村"], "共合镇": ["向阳村", "双利村", "中兴村"]},
     ["雷炎大街", "通北路", "东直路"], ["丽水家园", "鑫海小区"]),
    ("福建省", "南平市", "武夷山市", "350782", "0599",
     {"星村镇": ["曹墩村", "红星村", "黄村村"], "五夫镇": ["兴贤村", "府前村", "典村"]},
     ["崇安路", "五九南路", "武夷大道"], ["溪畔人家", "茶都花园"]),
    ("湖北省", "恩施土家族苗族自治州", "利川市", "422802", "0718",
     {"谋道镇": ["鱼木村", "苏拉口村", "柏杨村"], "柏杨坝镇": ["水井村", "大河村", "龙泉村"]},
     ["清江大道", "腾龙大道", "体育路"], ["龙船水乡小区", "玉龙苑"]),
    ("贵州省", "黔东南苗族侗族自治州", "凯里市", "522601", "0855",
     {"三棵树镇": ["季刀村", "南花村", "格细村"], "舟溪镇": ["青曼村", "甘囊香村", "新光村"]},
     ["宁波路", "韶山南路", "北京东路"], ["苗岭家园", "金泉湖小区"]),
    ("陕西省", "汉中市", "城固县", "610722", "0916",
     {"上元观镇": ["许家庙村", "齐心村", "上元观村"], "桔园镇": ["西寺村", "大营村", "韩家嘴村"]},
     ["博望路", "东环路", "建设中路"], ["橘香苑", "汉江名居"]),
    ("甘肃省", "张掖市", "甘州区", "620702", "0936",
     {"党寨镇": ["十号村", "陈寨村", "汪家堡村"], "碱滩镇": ["老寺庙村", "草湖村", "二坝村"]},
     ["县府街", "青年东街", "环城南路"], ["甘泉小区", "丹霞花园"]),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", "653121", "0998",
     {"托克扎克镇": ["阿亚格欧尔达贝格村", "喀拉巴格村", "库木巴格村"],
      "吾库萨克镇": ["托万克吾库萨克村", "阿瓦提村", "兰干村"]},
     ["迎宾大道", "人民西路", "广州新城路"], ["富民安居小区", "天山花苑"]),
    ("西藏自治区", "拉萨市", "堆龙德庆区", "540103", "0891",
     {"羊达街道": ["岗德林村", "桑木村", "角嘎村"], "马乡": ["加热村", "德庆村", "宗巴村"]},
     ["青藏大道", "羊达南路", "东嘎路"], ["和美新居", "雪域家园"]),
    ("海南省", "琼海市", "琼海市", "469002", "0898",
     {"博鳌镇": ["南强村", "朝烈村", "沙美村"], "潭门镇": ["草塘村", "排港村", "福田村"]},
     ["银海路", "爱华东路", "金海北路"], ["椰林湾小区", "万泉河畔花园"]),
    ("重庆市", "", "黔江区", "500114", "023",
     {"濯水镇": ["蒲花村", "濯水村", "双龙村"], "石会镇": ["中坝村", "武陵村", "关口村"]},
     ["城西大道", "新华大道", "解放路"], ["正阳新城", "武陵山居"]),
    ("宁夏回族自治区", "吴忠市", "青铜峡市", "640381", "0953",
     {"叶盛镇": ["地三村", "正闸村", "永丰村"], "瞿靖镇": ["瞿靖村", "光辉村", "朝阳村"]},
     ["古峡街", "汉坝东街", "唐正街"], ["峡口名苑", "黄河花园"]),
]


def county_short(c):
    return c[:-1] if len(c) > 2 else c


def full_prefix(pl):
    return pl[0] + pl[1] + pl[2] if pl[1] else pl[0] + pl[2]


# ---------------------------------------------------------------- names
SURNAMES = list("李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪牛樊葛邢安齐庞")
RARE = list("禤晁亓蒯逄訾冼佘靳鞠阚逯仝隗揭宓谯郜笪蹇郦璩甄糜戈栾钮滕衡")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容",
            "端木", "夏侯", "南宫", "司徒", "长孙", "宇文"]
GIVEN_M = list("建国伟军强磊洋勇杰涛斌超明辉刚鹏飞波宇浩凯俊峰晨旭东海林亮成振福贵学志荣庆德祥元兵平华春友义发顺宏卫永广")
GIVEN_F = list("秀英芳娜敏静丽艳娟霞玲桂兰燕萍红梅琳雪颖慧倩婷洁莉丹蓉凤翠琴巧月珍云萱瑶")
UYGHUR = ["买买提·吐尔逊", "阿依古丽·艾力", "艾尔肯·吾斯曼", "古丽娜尔·阿不都热依木", "热合曼·卡德尔",
          "努尔比亚·买合木提", "吐尔洪·司马义", "帕提古丽·阿卜杜拉", "阿不力克木·肉孜", "米日古丽·亚森"]
TIBETAN = ["扎西顿珠", "次仁央宗", "格桑卓玛", "洛桑平措", "达瓦次仁", "尼玛拉姆", "央金卓嘎", "索朗旺堆"]
YI = ["吉克曲布", "阿约阿依", "沙马拉毅", "曲比阿果", "海来木呷", "阿苏拉则", "吉克阿呷", "俄木日布"]
MONGOL = ["巴特尔", "其木格", "乌兰图雅", "额尔敦巴雅尔", "那仁格日勒", "苏日娜", "宝音德力格尔", "敖其尔"]
KOREAN = ["金哲洙", "朴英姬", "崔永哲", "李春花", "郑明浩", "玄成日", "全顺子", "南宫顺姬"]
JAPANESE = ["山本健一", "田中美穗", "佐藤由纪", "渡边隆史", "高桥直人", "小林惠子"]
LATIN = ["Michael Brown", "Anna Schmidt", "NGUYEN VAN HUNG", "Olga Petrova", "David Miller",
         "Maria Gonzalez", "KIM JI-HOON", "Sophie Laurent", "Pedro Alves", "Thomas Becker"]
ETHNIC = {"维吾尔": UYGHUR, "藏": TIBETAN, "彝": YI, "蒙古": MONGOL, "朝鲜": KOREAN}


def han_name(rng, male):
    r = rng.random()
    sur = rng.choice(COMPOUND) if r < 0.1 else rng.choice(RARE) if r < 0.22 else rng.choice(SURNAMES)
    pool = GIVEN_M if male else GIVEN_F
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(rng.choice(pool) for _ in range(n))


FEMALE = {"阿依古丽·艾力", "古丽娜尔·阿不都热依木", "努尔比亚·买合木提", "帕提古丽·阿卜杜拉", "米日古丽·亚森",
          "次仁央宗", "格桑卓玛", "尼玛拉姆", "央金卓嘎", "阿约阿依", "吉克阿呷", "其木格", "乌兰图雅", "苏日娜",
          "朴英姬", "李春花", "全顺子", "南宫顺姬", "田中美穗", "佐藤由纪", "小林惠子", "Anna Schmidt",
          "Olga Petrova", "Maria Gonzalez", "Sophie Laurent"}


def person(rng, pl, adult_min=22, adult_max=72, any_kind=True):
    """A natural person: (name, male, ethnicity, id18, birth(y,m))."""
    male = rng.random() < 0.55
    eth = "汉"
    r = rng.random()
    if any_kind and r < 0.22:
        eth = rng.choice(list(ETHNIC))
        name = rng.choice(ETHNIC[eth])
        male = name not in FEMALE
    elif any_kind and r < 0.27:
        name = rng.choice(JAPANESE)
        male = name not in FEMALE
    else:
        name = han_name(rng, male)
    year = TODAY[0] - rng.randint(adult_min, adult_max)
    area = pl[3] if rng.random() < 0.7 else rng.choice(PLACES)[3]
    idn, birth = id18(rng, area, year, male)
    return {"name": name, "male": male, "eth": eth, "id": idn, "birth": birth, "age": TODAY[0] - year}


def mobile_raw(rng):
    return rng.choice(["13", "15", "18", "17", "19"]) + str(rng.randint(0, 9)) + "".join(
        str(rng.randint(0, 9)) for _ in range(8))


def mobile(rng):
    """(text as written, label)."""
    m = mobile_raw(rng)
    f = rng.randint(0, 5)
    if f == 0 or f == 1:
        return m, m
    if f == 2:
        v = f"{m[:3]} {m[3:7]} {m[7:]}"
        return v, v
    if f == 3:
        v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        return v, v
    if f == 4:
        return "+86 " + m, m
    v = f"{m[:3]} {m[3:7]} {m[7:]}"
    return "+86 " + v, v


def landline(rng, pl):
    local = "".join(str(rng.randint(0, 9)) for _ in range(8 if pl[4] == "023" else 7))
    local = str(rng.randint(2, 8)) + local[1:]
    f = rng.randint(0, 2)
    if f == 0:
        v = f"{pl[4]}-{local}"
    elif f == 1:
        v = f"（{pl[4]}）{local}"
    else:
        v = f"{pl[4]} {local}"
    return v


EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "yeah.net"]
PINYIN = ["lixia", "wangjun", "zhaomin", "chenhao", "liuyan", "ouyangfei", "tashi", "maimaiti", "yangli",
          "sunwei", "guohong", "hanmei", "dengpeng", "jinzhe", "baater", "xiaofeng", "qiu.lan", "zy_ren"]


def email(rng):
    d = rng.choice(EMAIL_DOMAINS)
    if d == "qq.com":
        return str(rng.randint(10000000, 2999999999)) + "@qq.com"
    return rng.choice(PINYIN) + str(rng.randint(1, 999)) + "@" + d


def foreign_passport(rng):
    return rng.choice(["M", "TK", "C0", "X", "P"]) + "".join(str(rng.randint(0, 9)) for _ in range(7))


# ---------------------------------------------------------------- record builder
SEP = "\x1f"


class R:
    def __init__(self, rng, pl, kind):
        self.rng, self.pl, self.kind = rng, pl, kind
        self.secrets = []  # (category, value), in order, deduplicated
        self.publics = []

    def s(self, cat, value):
        if (cat, value) not in self.secrets:
            self.secrets.append((cat, value))
        return "\x01" + value + "\x02"

    def p(self, value):
        if value not in self.publics:
            self.publics.append(value)
        return value

    def home(self, prefix="full", rural=False):
        """A natural person's home address; the part below the county is the secret."""
        rng, pl = self.rng, self.pl
        town = rng.choice(list(pl[5]))
        if rural or rng.random() < 0.55:
            vil = rng.choice(pl[5][town])
            grp = rng.choice(["一组", "二组", "三组", "四组", "五组", "六组", "七组", "3组", "5组", "8组",
                              "一队", "二社"])
            below = f"{town}{vil}{grp}{rng.randint(1, 99)}号"
        else:
            road = rng.choice(pl[6])
            if rng.random() < 0.5:
                est = rng.choice(pl[7])
                below = f"{road}{rng.randint(1, 300)}号{est}{rng.randint(1, 20)}栋{rng.choice('一二三四')}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
            else:
                below = f"{town}{road}{rng.randint(1, 200)}号{rng.randint(1, 9)}幢{rng.randint(1, 3)}单元{rng.randint(2, 6)}0{rng.randint(1, 2)}室"
        if prefix == "full":
            head = self.p(full_prefix(pl))
        elif prefix == "county":
            head = pl[2]
        else:
            head = ""
        return head + self.s("address", below)

    def name_of(self, who):
        return self.s("person_name", who["name"])

    def third(self, any_kind=True):
        return person(self.rng, self.pl, any_kind=any_kind)

    def mob(self):
        text, label = mobile(self.rng)
        return text.replace(label, self.s("mobile", label))


def surname_of(name):
    if name[:2] in COMPOUND:
        return name[:2]
    if name[0] in SURNAMES or name[0] in RARE:
        return name[0]
    return None


def relative(R_, base, male):
    """A family member of `base`: a child carries the surname, a spouse does not."""
    p = person(R_.rng, R_.pl, any_kind=False)
    p["male"] = male
    p["name"] = han_name(R_.rng, male)
    return p


def child_of(R_, base, male):
    p = relative(R_, base, male)
    sur = surname_of(base["name"])
    if sur:
        p["name"] = sur + "".join(R_.rng.choice(GIVEN_M if male else GIVEN_F) for _ in range(R_.rng.choice([1, 2])))
    return p


def pick(rng, *xs):
    return rng.choice(xs)


def cn_sex(p):
    return "男" if p["male"] else "女"


def birth_text(p, rng):
    y, m = p["birth"]
    return pick(rng, f"{y}年{m}月出生", f"{y}年{m:02d}月生", f"出生于{y}年{m}月")


# ---------------------------------------------------------------- agencies
DEPTS = ["市场监督管理局", "交通运输局", "人力资源和社会保障局", "林业和草原局", "自然资源局", "卫生健康局",
         "教育局", "农业农村局", "行政审批服务局", "住房和城乡建设局", "综合行政执法局", "应急管理局",
         "科学技术局"]


def agency(pl, dept):
    name = pl[2] + dept
    r = random.Random(pl[3] + dept)
    code = uscc(r, "11", pl[3])
    phone = f"{pl[4]}-{r.randint(2, 8)}{r.randint(1000000 if pl[4] == '023' else 100000, 9999999 if pl[4] == '023' else 999999)}"
    return name, code, phone


def wsh(rng, pl, dept, kind, y):
    short = county_short(pl[2])[:2]
    abbr = {"市场监督管理局": "市监", "交通运输局": "交", "人力资源和社会保障局": "人社", "林业和草原局": "林",
            "自然资源局": "自然资", "卫生健康局": "卫健", "教育局": "教", "农业农村局": "农",
            "行政审批服务局": "审批", "住房和城乡建设局": "建", "综合行政执法局": "综执", "应急管理局": "应急",
            "科学技术局": "科"}[dept]
    if kind == "penalty":
        return pick(rng, f"{short}{abbr}罚〔{y}〕{rng.randint(1, 400)}号", f"{short}{abbr}处罚决〔{y}〕第{rng.randint(1, 400)}号",
                    f"{short}{abbr}罚字〔{y}〕{rng.randint(1, 400):03d}号")
    return pick(rng, f"{short}{abbr}许准字〔{y}〕{rng.randint(1, 900)}号", f"{short}{abbr}许〔{y}〕第{rng.randint(1, 900)}号")


# ---------------------------------------------------------------- companies
CO_CORES = ["志强", "建华", "秀丽", "国庆", "永福", "宏达", "鑫源", "瑞丰", "晨光", "金穗", "德胜", "兴隆",
            "春晖", "明远", "嘉禾", "振邦", "立新", "海燕"]
CO_TAILS = {
    "food": ["餐饮管理有限公司", "食品有限公司", "农家乐有限公司"],
    "transport": ["运输有限公司", "物流有限公司", "客运有限责任公司"],
    "env": ["化工有限公司", "建材有限公司", "铸造有限公司", "木业有限公司"],
    "wage": ["建筑劳务有限公司", "服装有限公司", "家政服务有限公司"],
    "edu": ["职业技能培训学校有限公司", "教育咨询有限公司"],
    "med": ["医院有限公司", "口腔门诊部有限公司", "中医诊所有限公司"],
    "forest": ["林业开发有限公司", "生态农业专业合作社"],
    "land": ["农业发展有限公司", "石材有限公司"],
    "build": ["建设工程有限公司", "房地产开发有限公司"],
    "work": ["科技有限公司", "贸易有限公司"],
}
PERSONISH = ["王老五", "李家", "张记", "刘家湾", "马大姐", "赵氏", "老孙家", "陈妈妈"]


def company(R_, sector):
    rng, pl = R_.rng, R_.pl
    core = rng.choice(PERSONISH) if rng.random() < 0.3 else rng.choice(CO_CORES)
    name = f"{county_short(pl[2]) if rng.random() < 0.6 else pl[1][:2] or pl[0][:2]}{core}{rng.choice(CO_TAILS[sector])}"
    code = uscc(rng, "93" if "合作社" in name else "91", pl[3])
    town = rng.choice(list(pl[5]))
    place = pick(rng, f"{pl[2]}{town}{rng.choice(pl[5][town])}{rng.randint(1, 80)}号",
                 f"{pl[2]}{rng.choice(pl[6])}{rng.randint(1, 400)}号", f"{pl[2]}{town}工业园区{rng.choice('东西南北')}区{rng.randint(1, 30)}号")
    rep = person(rng, pl)
    return {"name": name, "code": code, "place": place, "rep": rep}


SHOP_TAILS = {
    "food": ["家常菜馆", "烧烤店", "早餐铺", "农家饭庄", "面馆"],
    "agri": ["农资经营部", "种子农药门市部"],
    "fire": ["烟花爆竹零售店", "日杂店"],
    "tobacco": ["便利店", "百货商店", "副食店"],
    "wage": ["装修队", "汽车修理部"],
    "med": ["诊所", "推拿按摩店"],
    "transport": ["货运部"],
}


def shop(R_, sector):
    rng, pl = R_.rng, R_.pl
    town = rng.choice(list(pl[5]))
    name = f"{pl[2]}{town}{rng.choice(['兴旺', '顺心', '福来', '便民', '好运', '惠民', '老街', '阿福'])}{rng.choice(SHOP_TAILS[sector])}"
    op = person(rng, pl)
    if rng.random() < 0.6:
        code, gszc = uscc(rng, "92", pl[3]), None
    else:
        code, gszc = "00000000000000000X", pl[3] + "".join(str(rng.randint(0, 9)) for _ in range(9))
    premise = f"{pl[2]}{town}{rng.choice(pl[6])}{rng.randint(1, 300)}号"
    return {"name": name, "code": code, "gszc": gszc, "op": op, "premise": premise}


# ---------------------------------------------------------------- subject blocks
def subject_fields(R_, cat, sector):
    """Fills the subject block; returns (fields, intro text for SY/NR, ctx)."""
    rng, pl, k = R_.rng, R_.pl, R_.kind
    pre = "XK_" if k == "license" else "CF_"
    f = {}
    ctx = {"cat": cat}
    if cat == "natural":
        who = person(rng, pl)
        ctx["who"] = who
        f[pre + "XDR_MC"] = R_.name_of(who)
        f[pre + "XDR_LB"] = "自然人"
        if rng.random() < 0.07:
            who["name"] = rng.choice(LATIN)
            who["male"] = who["name"] not in FEMALE
            f[pre + "XDR_MC"] = R_.name_of(who)
            f[pre + "XDR_ZJLX"] = "护照号"
            num = foreign_passport(rng)
            f[pre + "XDR_ZJHM"] = R_.s("passport", num)
            ctx["idtext"] = f"护照号码：{R_.s('passport', num)}"
            who["eth"] = None
        elif rng.random() < 0.08 and k == "penalty":
            kind = rng.choice(["hk", "tw"])
            if kind == "hk":
                f[pre + "XDR_ZJLX"] = "港澳居民来往内地通行证"
                num = rng.choice("HM") + "".join(str(rng.randint(0, 9)) for _ in range(8))
            else:
                f[pre + "XDR_ZJLX"] = "台湾居民来往大陆通行证"
                num = "".join(str(rng.randint(0, 9)) for _ in range(8))
            f[pre + "XDR_ZJHM"] = R_.s("travel_permit", num)
            ctx["idtext"] = f"{f[pre + 'XDR_ZJLX']}号码：{R_.s('travel_permit', num)}"
        else:
            f[pre + "XDR_ZJLX"] = "身份证"
            f[pre + "XDR_ZJHM"] = R_.s("id_number", who["id"])
            ctx["idtext"] = pick(rng, "身份证号码：", "公民身份号码：", "身份证号：") + R_.s("id_number", who["id"])
            ctx["resident"] = True
        eth = f"{who['eth']}族，" if who["eth"] else pick(rng, "外国籍，", "国籍：外国，")
        intro = (f"{pick(rng, '当事人', '当事人姓名')}：{R_.name_of(who)}，{cn_sex(who)}，{eth}"
                 f"{birth_text(who, rng)}，{ctx['idtext']}，"
                 f"{pick(rng, '住址：', '住', '家庭住址：', '户籍地：', '现住', '居住地：')}{R_.home(prefix=pick(rng, 'full', 'full', 'county', 'none'))}"
                 f"{'，联系电话：' + R_.mob() if rng.random() < 0.5 else ''}。")
    elif cat == "individual":
        sh = shop(R_, sector)
        ctx["shop"] = sh
        ctx["who"] = sh["op"]
        f[pre + "XDR_MC"] = R_.p(sh["name"])
        f[pre + "XDR_LB"] = "个体工商户"
        f[pre + "XDR_SHXYM"] = sh["code"]
        if sh["code"] != "00000000000000000X":
            R_.p(sh["code"])
        if sh["gszc"]:
            f[pre + "XDR_GSZC"] = R_.p(sh["gszc"])
        if rng.random() < 0.6:
            f[pre + "FRDB"] = R_.name_of(sh["op"])
        if rng.random() < 0.12:
            num = rng.choice("HM") + "".join(str(rng.randint(0, 9)) for _ in range(8))
            f[pre + "XDR_ZJLX"] = "港澳居民来往内地通行证"
            f[pre + "XDR_ZJHM"] = R_.s("travel_permit", num)
            idt = f"港澳居民来往内地通行证号码：{R_.s('travel_permit', num)}"
        else:
            idt = f"{pick(rng, '身份证号', '公民身份号码')}：{R_.s('id_number', sh['op']['id'])}"
            if rng.random() < 0.5:
                f[pre + "XDR_ZJLX"] = "身份证"
                f[pre + "XDR_ZJHM"] = R_.s("id_number", sh["op"]["id"])
        codes = f"统一社会信用代码：{sh['code']}" if sh["gszc"] is None else f"注册号：{sh['gszc']}"
        intro = (f"当事人：{sh['name']}，{codes}，经营场所：{sh['premise']}，"
                 f"{pick(rng, '经营者', '经营者姓名', '业主')}：{R_.name_of(sh['op'])}，{cn_sex(sh['op'])}，"
                 f"{idt}，"
                 f"{pick(rng, '家住', '住', '户籍地')}{R_.home(prefix=pick(rng, 'full', 'county', 'none'))}。")
    else:
        co = company(R_, sector)
        ctx["co"] = co
        rep = co["rep"]
        f[pre + "XDR_MC"] = R_.p(co["name"])
        f[pre + "XDR_LB"] = "法人及非法人组织"
        f[pre + "XDR_SHXYM"] = R_.p(co["code"])
        f[pre + "FRDB"] = R_.p(rep["name"])
        f[pre + "FR_ZJLX"] = "身份证"
        f[pre + "FR_ZJHM"] = R_.s("id_number", rep["id"])
        label = pick(rng, "住所", "住所", "注册地址", "经营场所")
        # A company switchboard: not personal data, but its owner is not
        # stated beyond doubt, so it is left unlabelled.
        tel = f"，联系电话：{landline(rng, pl)}" if rng.random() < 0.2 else ""
        intro = (f"当事人：{co['name']}，统一社会信用代码：{co['code']}，{label}：{R_.p(co['place'])}，"
                 f"法定代表人：{rep['name']}{tel}。")
    return f, intro, ctx


def subj_ref(R_, ctx):
    """How the narrative refers to the subject person (a name) or the company."""
    if ctx["cat"] == "legal":
        return "当事人"
    return R_.name_of(ctx["who"])


# ---------------------------------------------------------------- penalty scenarios
def amount(rng, lo, hi, step):
    return rng.randrange(lo, hi + 1, step)


def yuan_text(rng, y):
    return pick(rng, f"{y}元", f"人民币{y}元", f"{y:,}元" if y >= 1000 else f"{y}元")


def wan(y):
    s = f"{y / 10000:.6f}".rstrip("0").rstrip(".")
    return s


def p_food(R_, ctx):
    rng = R_.rng
    who = subj_ref(R_, ctx)
    cook, waiter, cons = R_.third(), R_.third(), R_.third()
    scene = f"执法人员到达现场时，{R_.name_of(cook) if ctx['cat'] == 'legal' else who}正在后厨操作。"
    if rng.random() < 0.5:
        staff = (f"现场从业人员：{R_.name_of(cook)}，{cn_sex(cook)}，{cook['age']}岁，系当事人雇佣的厨师；"
                 f"{R_.name_of(waiter)}，{cn_sex(waiter)}，{waiter['age']}岁，系{pick(rng, '服务员', '配菜员')}。"
                 f"以上二人均未取得有效健康证明即从事接触直接入口食品的工作。")
    else:
        staff = (f"经查，{pick(rng, '厨师', '帮厨')}{R_.name_of(cook)}（{cn_sex(cook)}，{cook['age']}岁）、"
                 f"{pick(rng, '服务员', '收银员')}{R_.name_of(waiter)}未取得有效健康证明即从事接触直接入口食品的工作。")
    home_tel = (f"，{pick(rng, '投诉人', '其')}住宅电话{R_.s('landline', landline(rng, R_.pl))}"
                if rng.random() < 0.5 else "")
    sy = (scene + staff +
          f"冷藏柜内存放超过保质期的{pick(rng, '卤牛肉', '酸奶', '冷冻水饺', '火腿肠')}{rng.randint(2, 9)}{pick(rng, '袋', '盒', '包')}，"
          f"检验报告编号：{R_.p(trap18(rng, R_.pl))}。"
          f"本案系消费者{R_.name_of(cons)}（联系电话{R_.mob()}）投诉引发{home_tel}。"
          f"经询问{R_.name_of(waiter)}得知，上述食品系当日早上从冷库取出。")
    fine = amount(rng, 2000, 30000, 1000)
    ill = amount(rng, 200, 2600, 50)
    nr = (f"责令改正，给予警告，罚款{yuan_text(rng, fine)}，没收违法所得{ill}元。")
    return dict(WFXW="经营超过保质期的食品；食品从业人员未取得健康证明", YJ="《中华人民共和国食品安全法》第一百二十四条第一款、第一百二十六条第一款",
                CFLB="警告;罚款;没收违法所得", SY=sy, NR=nr, NR_FK=wan(fine), NR_WFFF=wan(ill), dept="市场监督管理局")


def p_transport(R_, ctx):
    rng, pl = R_.rng, R_.pl
    plate = rng.choice(["冀F", "晋K", "辽F", "吉H", "黑M", "闽H", "鄂Q", "贵H", "陕F", "甘G", "新Q", "藏A", "琼C", "渝H", "宁C"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMN") for _ in range(5))
    pas1, pas2 = R_.third(), R_.third()
    if ctx.get("revoke"):
        drv = ctx["who"]
        idv = R_.s("id_number", drv["id"])
        vic = R_.third()
        sy = (f"{R_.name_of(drv)}持有经营性道路旅客运输驾驶员从业资格证，从业资格证号即其身份证号码。"
              f"{rng.randint(2024, 2025)}年{rng.randint(1, 12)}月，{R_.name_of(drv)}驾驶{plate}大型客车发生同等责任以上交通事故，"
              f"造成乘客{R_.name_of(vic)}受伤。车辆登记所有人{R_.name_of(pas1)}（{R_.s('id_number', pas1['id'])}）"
              f"在询问笔录中称：“车是我的，挂靠在客运公司，平时由他开。”")
        return dict(WFXW="道路运输从业人员发生重大以上交通责任事故", YJ="《道路运输从业人员管理规定》第四十七条",
                    CFLB="吊销许可证件", SY=sy, NR="吊销其道路运输从业资格证。",
                    NR_ZKDX="道路运输从业资格证（证号：" + idv + "）", dept="交通运输局")
    if ctx["cat"] == "natural":
        drv = ctx["who"]
        sy = (f"{R_.name_of(drv)}驾驶{plate}小型轿车，未取得出租汽车客运经营许可，在{pl[2]}汽车站附近招揽乘客，"
              f"以每人{rng.randint(20, 60)}元的价格将乘客{R_.name_of(pas1)}、{R_.name_of(pas2)}运送至{rng.choice(list(pl[5]))}。"
              f"经询问{R_.name_of(pas1)}得知，其与驾驶员素不相识，系通过电话{R_.mob()}联系乘车。")
        fine = amount(rng, 5000, 30000, 1000)
        return dict(WFXW="未取得出租汽车经营许可擅自从事出租汽车经营", YJ="《巡游出租汽车经营服务管理规定》第四十五条第一项",
                    CFLB="罚款", SY=sy, NR=f"罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), dept="交通运输局")
    drv = R_.third()
    owner = R_.third()
    own = (f"车辆登记所有人为{R_.name_of(owner)}，" if rng.random() < 0.5 else "")
    sy = (f"当事人所属{plate}重型半挂牵引车由驾驶员{R_.name_of(drv)}驾驶，{own}在{pl[2]}超限检测站经检测车货总重"
          f"{rng.randint(52, 70)}.{rng.randint(1, 9)}吨，超过限定标准。驾驶员{R_.name_of(drv)}（{R_.s('id_number', drv['id'])}）"
          f"在询问笔录中称：“货是{pick(rng, '石料厂', '砂场', '煤场')}装的，老板让拉满。”"
          f"{'押运人员' + R_.name_of(R_.third()) + '到场确认' if own else '押运人员' + R_.name_of(owner) + '到场确认'}。案件编号：{R_.p(trap18(rng, pl))}。")
    fine = amount(rng, 3000, 30000, 1000)
    return dict(WFXW="货运车辆超限运输", YJ="《公路安全保护条例》第六十四条", CFLB="罚款", SY=sy,
                NR=f"罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), dept="交通运输局")


def trap18(rng, pl):
    """An 18-digit reference number shaped like an ID (date inside, valid check digit)."""
    y = rng.randint(2024, 2026)
    body = f"{pl[3]}{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + (id_check(body) if rng.random() < 0.8 else str(rng.randint(0, 9)))


def p_env(R_, ctx):
    rng, pl = R_.rng, R_.pl
    mgr, op = R_.third(), R_.third()
    sy = (f"执法人员对当事人厂区进行现场检查，法定代表人{ctx['co']['rep']['name']}不在现场，厂长{R_.name_of(mgr)}陪同检查。检查发现当事人{pick(rng, '喷漆车间', '破碎车间', '熔炼车间')}"
          f"废气收集处理设施未运行，生产时废气直接排放。经询问{R_.name_of(mgr)}得知，设施风机于{rng.randint(3, 20)}天前损坏，"
          f"一直未修。当班操作工{R_.name_of(op)}证实上述情况。{R_.name_of(mgr)}联系电话：{R_.mob()}。"
          f"本案受理编号：{R_.p(trap18(rng, pl))}。")
    fine = amount(rng, 20000, 200000, 10000)
    return dict(WFXW="大气污染防治设施未正常运行", YJ="《中华人民共和国大气污染防治法》第一百零八条第一项",
                CFLB="罚款", SY=sy, NR=f"责令改正，处罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), dept="应急管理局" if False else "综合行政执法局")


def p_wage(R_, ctx):
    rng, pl = R_.rng, R_.pl
    ws = [R_.third() for _ in range(rng.randint(2, 4))]
    parts = []
    for w in ws:
        parts.append(f"{R_.name_of(w)}（{cn_sex(w)}，{w['age']}岁，{pick(rng, '钢筋工', '缝纫工', '木工', '保洁员', '杂工')}）{rng.randint(3, 28) * 1000 + rng.choice([0, 500])}元")
    card_owner = ws[0]
    card = luhn_card(rng)
    cardt = card if rng.random() < 0.5 else " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    sy = (f"经查，当事人拖欠{pick(rng, '劳动者', '职工')}工资，分别为：{'、'.join(parts)}。"
          f"经多次责令支付仍未支付。劳动者{R_.name_of(card_owner)}提供的工资卡（卡号{R_.s('bank_card', cardt)}）流水显示"
          f"当事人自{rng.randint(2024, 2025)}年{rng.randint(1, 12)}月起未再发放工资。"
          + (f"{R_.name_of(ws[-1])}通过电子邮件（{R_.s('email', email(rng))}）提交了考勤记录。" if rng.random() < 0.5 else "")
          + (f"经询问法定代表人{ctx['co']['rep']['name']}，其承认拖欠事实。" if ctx["cat"] == "legal" else ""))
    fine = amount(rng, 2000, 20000, 1000)
    return dict(WFXW="逾期未支付劳动者工资", YJ="《劳动保障监察条例》第二十六条", CFLB="罚款", SY=sy,
                NR=f"罚款{yuan_text(rng, fine)}，并责令立即支付拖欠工资。", NR_FK=wan(fine), dept="人力资源和社会保障局")


def p_edu(R_, ctx):
    rng, pl = R_.rng, R_.pl
    c1, c2 = R_.third(), R_.third()
    card = luhn_card(rng)
    c2t = R_.name_of(c2)
    if rng.random() < 0.4:
        c2["name"] = rng.choice(LATIN)
        c2["male"] = c2["name"] not in FEMALE
        c2t = f"{R_.name_of(c2)}（护照号{R_.s('passport', foreign_passport(rng))}）"
    sy = (f"学员家长{R_.name_of(c1)}（手机号码：{R_.mob()}）、学员{c2t}投诉，当事人在未取得办学许可证的情况下，"
          f"以“{pick(rng, '会计实操', '母婴护理', '电工考证', '中式烹调')}”名义招收成人学员，收取培训费后停课。"
          f"经核实，{R_.name_of(c2)}已缴纳费用{rng.randint(18, 68)}00元，要求退回其本人银行账户{R_.s('bank_card', card)}。"
          f"{R_.name_of(c1)}的电子邮箱{R_.s('email', email(rng))}中保存有缴费凭证。")
    fine = amount(rng, 10000, 50000, 5000)
    return dict(WFXW="擅自举办民办培训机构", YJ="《中华人民共和国民办教育促进法》第六十四条", CFLB="罚款", SY=sy,
                NR=f"责令停止办学、退还所收费用，罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), dept="教育局")


def p_med(R_, ctx):
    rng, pl = R_.rng, R_.pl
    pat, esc = R_.third(), R_.third()
    if esc["male"]:
        rel = pick(rng, "儿子", "丈夫") if not pat["male"] else "儿子"
    else:
        rel = pick(rng, "女儿", "妻子") if pat["male"] else "女儿"
    if rel in ("儿子", "女儿"):
        esc = child_of(R_, pat, esc["male"])
    who = subj_ref(R_, ctx)
    doer = who if ctx["cat"] != "legal" else R_.name_of(R_.third())
    sy = (f"经查，{doer}未取得医师资格，在{pick(rng, '诊室', '店内', '住宅一楼')}为患者{R_.name_of(pat)}（{cn_sex(pat)}，{pat['age']}岁，"
          f"{pick(rng, '住', '家住')}{R_.home(prefix='county')}）进行静脉输液。患者由其{rel}"
          f"{R_.name_of(esc)}陪同，{R_.name_of(esc)}" + (f"（家庭电话{R_.s('landline', landline(rng, pl))}）" if rng.random() < 0.5 else "") + "向执法人员出示了收费收据。"
          f"{R_.name_of(esc)}在证人证言中称：“我们在这里输了三天液，每天给一百二十元。”")
    fine = amount(rng, 30000, 100000, 10000)
    ill = rng.randint(3, 9) * 120
    return dict(WFXW="非医师行医", YJ="《中华人民共和国医师法》第五十九条", CFLB="罚款;没收违法所得", SY=sy,
                NR=f"没收违法所得{ill}元，并处罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), NR_WFFF=wan(ill), dept="卫生健康局")


def p_forest(R_, ctx):
    rng, pl = R_.rng, R_.pl
    town = rng.choice(list(pl[5]))
    vil = rng.choice(pl[5][town])
    nb, wit = R_.third(any_kind=False), R_.third()
    who = subj_ref(R_, ctx)
    sy = (f"{who}在未取得林木采伐许可证的情况下，雇人在{town}{vil}{pick(rng, '后山', '南坡', '沟口')}采伐"
          f"{pick(rng, '杨树', '落叶松', '杉木', '马尾松')}{rng.randint(12, 80)}株，立木蓄积{rng.randint(3, 30)}.{rng.randint(1, 9)}立方米。"
          f"该地块东邻村民{R_.name_of(nb)}的承包地。经询问，{R_.name_of(nb)}称：“看见他们拉了两车木头。”"
          f"证人{R_.name_of(wit)}（{R_.s('id_number', wit['id'] if rng.random() < 0.5 else id15(rng, pl[3], TODAY[0] - wit['age'], wit['male']))}）证实了采伐经过。")
    fine = amount(rng, 3000, 30000, 1000)
    return dict(WFXW="未经批准擅自采伐林木", YJ="《中华人民共和国森林法》第七十六条第一款", CFLB="罚款", SY=sy,
                NR=f"责令补种树木{rng.randint(60, 400)}株，罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), dept="林业和草原局")


def p_land(R_, ctx):
    rng, pl = R_.rng, R_.pl
    town = rng.choice(list(pl[5]))
    vil = rng.choice(pl[5][town])
    owner, cadre = R_.third(any_kind=False), R_.third(any_kind=False)
    who = subj_ref(R_, ctx)
    sy = (f"{who}未经批准，擅自占用{town}{vil}耕地{rng.randint(120, 3000)}平方米建设{pick(rng, '养殖棚', '仓库', '硬化场地')}。"
          f"所占土地原为村民{R_.name_of(owner)}承包经营，由{R_.name_of(owner)}负责看管，"
          f"{R_.name_of(owner)}（原身份证号{R_.s('id_number', id15(rng, pl[3], TODAY[0] - owner['age'], owner['male']))}，户籍地：{R_.home(prefix='none')}）称已收取补偿款。"
          f"经询问村民小组长{R_.name_of(cadre)}" + (f"（座机{R_.s('landline', landline(rng, pl))}）" if rng.random() < 0.4 else "") + f"得知，该地块未办理任何用地手续。")
    if rng.random() < 0.5:
        card = luhn_card(rng)
        sy += f"补偿款通过银行卡{R_.s('bank_card', card)}转入{R_.name_of(owner)}名下。"
    if rng.random() < 0.5:
        sy += f"另查明，村民{rng.choice(SURNAMES)}某某对此曾向村委会反映。"
    fine = amount(rng, 5000, 60000, 1000)
    return dict(WFXW="非法占用土地", YJ="《中华人民共和国土地管理法》第七十七条第一款", CFLB="罚款", SY=sy,
                NR=f"责令退还非法占用的土地，恢复原状，罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), dept="自然资源局")


def p_agri(R_, ctx):
    rng, pl = R_.rng, R_.pl
    buyer = R_.third(any_kind=False)
    wife = relative(R_, ctx["who"], not ctx["who"]["male"])
    spouse = "之妻" if ctx["who"]["male"] else "之夫"
    who = subj_ref(R_, ctx)
    sy = (f"{who}销售的{pick(rng, '草甘膦', '吡虫啉', '阿维菌素')}农药经抽检为不合格产品。"
          f"{who}于{rng.randint(3, 9)}月向村民{R_.name_of(buyer)}出售该农药{rng.randint(5, 40)}瓶，"
          f"{R_.name_of(buyer)}使用后{pick(rng, '玉米', '水稻', '茶树')}出现药害。"
          f"店内由{who}{spouse}{R_.name_of(wife)}负责收银，其记账本记载了销售情况。"
          f"{R_.name_of(buyer)}住{R_.home(prefix=pick(rng, 'county', 'none'))}，{pick(rng, '联系电话', '家庭电话')}{R_.mob() if rng.random() < 0.5 else R_.s('landline', landline(rng, pl))}。")
    fine = amount(rng, 5000, 50000, 1000)
    ill = rng.randint(10, 90) * 10
    return dict(WFXW="经营不合格农药", YJ="《农药管理条例》第五十六条", CFLB="罚款;没收违法所得", SY=sy,
                NR=f"没收违法所得{ill}元，罚款{yuan_text(rng, fine)}。", NR_FK=wan(fine), NR_WFFF=wan(ill), dept="农业农村局")


def p_fire(R_, ctx):
    rng, pl = R_.rng, R_.pl
    son, helper = child_of(R_, ctx["who"], True), R_.third()
    who = subj_ref(R_, ctx)
    lic = rng.randint(100000, 999999)
    sy = (f"执法人员到达现场时，{who}之子{R_.name_of(son)}正在店内向顾客出售烟花爆竹。"
          f"经查，店内超量储存烟花爆竹{rng.randint(20, 90)}箱，部分存放于后院住宅内，由{R_.name_of(helper)}负责看管。"
          f"{R_.name_of(helper)}在询问笔录中称：“我是帮忙的，一天一百元。”现场检查笔录由{R_.name_of(son)}签字确认。")
    return dict(WFXW="烟花爆竹零售经营者超量储存", YJ="《烟花爆竹安全管理条例》第三十八条第二款",
                CFLB="罚款;暂扣许可证件", SY=sy, NR=f"罚款{yuan_text(rng, 2000)}，暂扣烟花爆竹经营（零售）许可证。",
                NR_FK="0.2", NR_ZKDX=f"烟花爆竹经营（零售）许可证（编号：{pl[4][-3:]}YH{lic}）", dept="应急管理局")


def p_revoke(R_, ctx):
    """A driver's qualification revoked; its number is the holder's ID number."""
    ctx["revoke"] = True
    return p_transport(R_, ctx)


PENALTY = {
    "natural": [p_transport, p_revoke, p_med, p_forest, p_land, p_food],
    "individual": [p_food, p_agri, p_fire, p_wage, p_med],
    "legal": [p_food, p_transport, p_env, p_wage, p_edu, p_med, p_forest, p_land],
}
SECTOR_OF = {p_food: "food", p_transport: "transport", p_revoke: "transport", p_env: "env", p_wage: "wage", p_edu: "edu",
             p_med: "med", p_forest: "forest", p_land: "land", p_agri: "agri", p_fire: "fire"}


# ---------------------------------------------------------------- licence scenarios
def l_felling(R_, ctx):
    rng, pl = R_.rng, R_.pl
    town = rng.choice(list(pl[5]))
    vil = rng.choice(pl[5][town])
    n1, n2 = R_.third(any_kind=False), R_.third(any_kind=False)
    site = f"{town}{vil}{rng.randint(1, 40)}林班{rng.randint(1, 30)}小班"
    site_t = R_.p(site) if ctx["cat"] == "legal" else site
    nr = (f"准予在{site_t}采伐{pick(rng, '杉木', '杨树', '落叶松')}，采伐方式{pick(rng, '皆伐', '择伐')}，"
          f"面积{rng.randint(1, 30)}.{rng.randint(1, 9)}亩，蓄积{rng.randint(10, 200)}立方米。"
          f"四至：东至{R_.name_of(n1)}承包林，西至山脊，南至{R_.name_of(n2)}自留山，北至林区道路。"
          f"更新造林于次年{rng.randint(3, 5)}月前完成。")
    bz = f"采伐现场负责人{R_.name_of(n1 if rng.random() < 0.3 else R_.third())}，联系电话{R_.mob()}。" if rng.random() < 0.6 else ""
    return dict(XKWS="林木采伐许可证", XKLB="普通", XKZS="林木采伐许可证", XKBH=f"{pl[3]}{rng.randint(2024, 2026)}{rng.randint(1, 9999):04d}",
                NR=nr, BZ=bz, dept="林业和草原局")


def l_homestead(R_, ctx):
    rng, pl = R_.rng, R_.pl
    who = ctx["who"]
    nbs = [R_.third(any_kind=False) for _ in range(2)]
    nr = (f"同意{R_.name_of(who)}在{R_.home(prefix=pick(rng, 'full', 'county'), rural=True)}原宅基地上翻建住房，占地面积{rng.randint(90, 160)}平方米，"
          f"{pick(rng, '二层', '三层', '一层')}砖混结构。四邻{R_.name_of(nbs[0])}、{R_.name_of(nbs[1])}已签字同意。")
    return dict(XKWS="乡村建设规划许可证", XKLB="普通", XKZS="乡村建设规划许可证",
                XKBH=f"乡字第{pl[3]}{rng.randint(2024, 2026)}{rng.randint(1, 999):03d}号", NR=nr, dept="自然资源局")


def l_driver(R_, ctx):
    rng, pl = R_.rng, R_.pl
    who = ctx["who"]
    idv = R_.s("id_number", who["id"])
    nr = (f"{pick(rng, '经营性道路货物运输驾驶员', '巡游出租汽车驾驶员', '经营性道路旅客运输驾驶员')}从业资格，"
          f"从业资格证号与本人身份证号码一致（{idv}）。")
    bz = f"证件由本人{R_.name_of(who)}领取，手机{R_.mob()}。" if rng.random() < 0.5 else ""
    return dict(XKWS="道路运输从业人员从业资格证", XKLB="认可", XKZS="中华人民共和国道路运输从业资格证",
                XKBH=idv, NR=nr, BZ=bz, dept="交通运输局")


def l_doctor(R_, ctx):
    rng, pl = R_.rng, R_.pl
    who = ctx["who"]
    cert = "1" + str(rng.randint(10, 65)) + pl[3][:2] + str(rng.randint(2000, 2025)) + f"{rng.randint(0, 999999):06d}"
    hosp = f"{pl[2]}{pick(rng, '人民医院', '中医医院', '妇幼保健院')}"
    nr = (f"医师执业注册：执业地点{pl[0]}，{pick(rng, '执业类别临床，执业范围内科专业', '执业类别临床，执业范围外科专业', '执业类别中医，执业范围中医专业', '执业类别口腔，执业范围口腔专业')}，"
          f"主要执业机构{R_.p(hosp)}。医师资格证书编码{R_.p(cert)}。")
    bz = f"联系邮箱{R_.s('email', email(rng))}" if rng.random() < 0.5 else ""
    return dict(XKWS="医师执业证书", XKLB="认可", XKZS="医师执业证书", XKBH=R_.p(cert[1:] if False else cert),
                NR=nr, BZ=bz, dept="卫生健康局")


def l_food(R_, ctx):
    rng, pl = R_.rng, R_.pl
    mgr = R_.third()
    premise = ctx["co"]["place"] if ctx["cat"] == "legal" else ctx["shop"]["premise"]
    nr = (f"主体业态：{pick(rng, '餐饮服务经营者（小型餐馆）', '食品销售经营者（便利店）', '单位食堂' if ctx['cat'] == 'legal' else '餐饮服务经营者（小吃店）')}；"
          f"经营项目：{pick(rng, '热食类食品制售', '预包装食品销售（含冷藏冷冻食品）', '散装食品销售')}；"
          f"经营场所：{R_.p(premise) if ctx['cat'] == 'legal' else premise}。"
          f"食品安全管理员：{R_.name_of(mgr)}，{R_.mob()}"
          + (f"，电子邮箱{R_.s('email', email(rng))}" if rng.random() < 0.3 else "") + "。")
    return dict(XKWS="食品经营许可证", XKLB="普通", XKZS="食品经营许可证",
                XKBH=R_.p(f"JY{rng.choice('123')}{pl[3]}{rng.randint(10000000, 99999999)}"), NR=nr, dept="市场监督管理局")


def l_tobacco(R_, ctx):
    rng, pl = R_.rng, R_.pl
    wife = R_.third(any_kind=False)
    who = subj_ref(R_, ctx)
    nr = (f"准予从事卷烟、雪茄烟零售业务，经营地址{ctx['shop']['premise']}。{pick(rng, '经营者', '负责人')}{who}，"
          f"家庭成员{R_.name_of(wife)}协助经营。")
    bz = f"申请人留存座机{R_.s('landline', landline(rng, pl))}。" if rng.random() < 0.6 else ""
    return dict(XKWS="烟草专卖零售许可证", XKLB="特许", XKZS="烟草专卖零售许可证",
                XKBH=R_.p(pl[3] + f"{rng.randint(100000, 999999)}"), NR=nr, BZ=bz, dept="行政审批服务局")


def l_discharge(R_, ctx):
    rng, pl = R_.rng, R_.pl
    mgr = R_.third()
    co = ctx["co"]
    num = co["code"] + f"{rng.randint(1, 3):03d}" + rng.choice("PVQ")
    nr = (f"排污许可：行业类别{pick(rng, '水泥制品制造', '人造板制造', '黑色金属铸造')}，生产经营场所地址{co['place']}，"
          f"主要污染物类别废气、废水。环保负责人{R_.name_of(mgr)}，手机{R_.mob()}，邮箱{R_.s('email', email(rng))}。")
    return dict(XKWS="排污许可证", XKLB="普通", XKZS="排污许可证", XKBH=R_.p(num), NR=nr, dept="行政审批服务局")


def l_build(R_, ctx):
    rng, pl = R_.rng, R_.pl
    pm, sup = R_.third(), R_.third()
    num = trap18(rng, pl)
    site = f"{pl[2]}{rng.choice(list(pl[5]))}{rng.choice(pl[6])}以东、{rng.choice(pl[6])}以北"
    nr = (f"工程名称：{pick(rng, '幸福里安置房', '城北农贸市场改造', '职业中学实训楼', '乡镇卫生院门诊楼')}项目；"
          f"建设地址：{R_.p(site)}；建设规模{rng.randint(3000, 60000)}平方米；"
          f"施工单位项目经理{R_.name_of(pm)}，监理单位总监理工程师{R_.name_of(sup)}。施工许可证编号：{num}。")
    return dict(XKWS="建筑工程施工许可证", XKLB="普通", XKZS="建筑工程施工许可证", XKBH=R_.p(num), NR=nr,
                dept="住房和城乡建设局")


def l_school(R_, ctx):
    rng, pl = R_.rng, R_.pl
    c = R_.third()
    nr = (f"准予举办{ctx['co']['name']}，办学类型：职业技能培训（成人），办学地址：{ctx['co']['place']}。"
          f"举办者代表为法定代表人{ctx['co']['rep']['name']}（{R_.s('id_number', ctx['co']['rep']['id'])}）。"
          f"联系人{R_.name_of(c)}（手机号码{R_.mob()}）。")
    return dict(XKWS="民办学校办学许可证", XKLB="普通", XKZS="民办学校办学许可证",
                XKBH=R_.p(f"{pick(rng, '人社民', '教民')}{pl[3]}{rng.randint(1000000, 9999999)}号"), NR=nr, dept="教育局")


def l_workpermit(R_, ctx):
    """Legal person employer; the foreign employee is a third party with a passport."""
    rng, pl = R_.rng, R_.pl
    name = rng.choice(LATIN + JAPANESE)
    pp = foreign_passport(rng)
    nr = (f"准予{ctx['co']['name']}聘用外籍人员{R_.s('person_name', name)}（护照号码：{R_.s('passport', pp)}）"
          f"担任{pick(rng, '技术总监', '外语教师', '设备工程师')}，工作期限一年。")
    return dict(XKWS="外国人来华工作许可", XKLB="核准", XKZS="外国人工作许可证",
                XKBH=R_.p(f"{rng.randint(10000000, 99999999)}{rng.randint(1000, 9999)}"), NR=nr, dept="科学技术局")


def l_agent(R_, ctx):
    """A natural person's licence applied for through an agent with a mainland travel permit."""
    rng, pl = R_.rng, R_.pl
    ag = R_.third()
    tp = "C" + rng.choice("ABDEHJ") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    pp = rng.choice(["E", "EK"]) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    nr = (f"取水许可：取水地点{pick(rng, '自家承包地机井', '宅旁水井')}，年取水量{rng.randint(800, 9000)}立方米，用途农田灌溉。"
          f"申请人委托{R_.name_of(ag)}（往来港澳通行证号码{R_.s('travel_permit', tp)}，护照号{R_.s('passport', pp)}）代为办理。"
          f"受理编号：{R_.p(trap18(rng, pl))}。")
    return dict(XKWS="取水许可证", XKLB="普通", XKZS="取水许可证", XKBH=R_.p(f"取水({county_short(pl[2])[:2]})字[{rng.randint(2024, 2026)}]第{rng.randint(1, 300)}号"),
                NR=nr, dept="行政审批服务局")


LICENSE = {
    "natural": [l_felling, l_homestead, l_driver, l_doctor, l_agent],
    "individual": [l_food, l_tobacco],
    "legal": [l_felling, l_food, l_discharge, l_build, l_school, l_workpermit],
}
LSECTOR = {l_felling: "forest", l_homestead: "land", l_driver: "transport", l_doctor: "med", l_agent: "land",
           l_food: "food", l_tobacco: "tobacco", l_discharge: "env", l_build: "build", l_school: "edu",
           l_workpermit: "work"}


# ---------------------------------------------------------------- service and hearing paragraphs
def service_para(R_, ctx):
    rng = R_.rng
    r = rng.random()
    if ctx["cat"] == "legal":
        rep = ctx["co"]["rep"]["name"]
        if r < 0.35:
            return f"本决定书当日由法定代表人{rep}{pick(rng, '本人签收', '到场签收')}。"
        if r < 0.7:
            clerk = R_.third()
            return f"当事人委托员工{R_.name_of(clerk)}（{R_.s('id_number', clerk['id'])}）到场签收。"
        return ""
    who = ctx["who"]
    if r < 0.3:
        return f"{R_.name_of(who)}放弃陈述、申辩和听证的权利。"
    if r < 0.55:
        rel = R_.third(any_kind=False)
        return (f"听证会上，{R_.name_of(who)}的委托代理人{R_.name_of(rel)}提出当事人系初次违法，"
                f"本机关未予采纳。")
    if r < 0.75:
        return f"送达地址：{R_.home(prefix=pick(rng, 'full', 'county'))}，由{R_.name_of(who)}本人签收。"
    return ""


def office_phone(R_, ag):
    return f"如对本决定不服，可于六十日内申请行政复议。{ag[0]}咨询电话：{R_.p(ag[2])}。"


# ---------------------------------------------------------------- one record
def add_months(y, m, d, k):
    m0 = m - 1 + k
    y2, m2 = y + m0 // 12, m0 % 12 + 1
    return y2, m2, min(d, days_in(y2, m2))


def draw(rng, kind, cat):
    pl = rng.choice(PLACES)
    R_ = R(rng, pl, kind)
    pre = "XK_" if kind == "license" else "CF_"
    if kind == "penalty":
        scen = rng.choice(PENALTY[cat])
        sector = SECTOR_OF[scen]
    else:
        scen = rng.choice(LICENSE[cat])
        sector = LSECTOR[scen]
    subj_sector = sector if sector in CO_TAILS or cat != "legal" else "work"
    if cat == "individual" and subj_sector not in SHOP_TAILS:
        subj_sector = "food"
    if cat == "legal" and subj_sector not in CO_TAILS:
        subj_sector = "work"
    fields, intro, ctx = subject_fields(R_, cat, subj_sector)
    if scen in (l_driver, l_homestead, p_revoke) and not ctx.get("resident"):
        return None, R_, sector  # a resident's licence needs a resident ID: draw again
    body = scen(R_, ctx)
    ag = agency(pl, body.pop("dept"))
    y = rng.randint(2024, 2026)
    mo = rng.randint(1, 10 if y == 2026 else 12)
    d = rng.randint(1, days_in(y, mo))
    jdrq = f"{y}-{mo:02d}-{d:02d}"
    num = wsh(rng, pl, [k for k in DEPTS if pl[2] + k == ag[0]][0], kind, y)
    fields[pre + "WSH"] = R_.p(num)
    fields[pre + "JDRQ"] = jdrq
    if kind == "penalty":
        sy = intro + body["SY"]
        para = service_para(R_, ctx)
        in_sy = rng.random() < 0.4
        if in_sy and para:
            sy += "\n" + para
        fields[pre + "WFXW"] = body["WFXW"]
        fields[pre + "SY"] = sy
        fields[pre + "YJ"] = R_.p(body["YJ"])
        fields[pre + "CFLB"] = body["CFLB"]
        nr = "依据" + body["YJ"] + "，决定" + body["NR"]
        if rng.random() < 0.5:
            nr += f"罚没款请凭非税收入缴款码{R_.p(''.join(str(rng.randint(0, 9)) for _ in range(20)))}缴纳。"
        nr += office_phone(R_, ag)
        fields[pre + "NR"] = nr
        for k in ("NR_FK", "NR_WFFF", "NR_ZKDX"):
            if k in body:
                fields[pre + k] = body[k]
        g = add_months(y, mo, d, rng.choice([6, 9]))
        fields[pre + "GSJZQ"] = f"{g[0]}-{g[1]:02d}-{g[2]:02d}"
        fields[pre + "CFJG"] = R_.p(ag[0])
        fields[pre + "CFJGDM"] = R_.p(ag[1])
        fields[pre + "SJLY"] = ag[0]
        fields[pre + "SJLYDM"] = ag[1]
        bz = para if not in_sy else ""
    else:
        fields[pre + "XKWS"] = body["XKWS"]
        fields[pre + "XKLB"] = body["XKLB"]
        fields[pre + "XKZS"] = body["XKZS"]
        fields[pre + "XKBH"] = body["XKBH"]
        nr = body["NR"]
        if rng.random() < 0.4:
            nr = intro.replace("当事人", "申请人", 1) + "\n" + nr
        fields[pre + "NR"] = nr
        fields[pre + "YXQZ"] = jdrq
        end = "2099-12-31" if rng.random() < 0.2 else f"{y + rng.choice([1, 3, 5])}-{mo:02d}-{min(d, 28):02d}"
        fields[pre + "YXQZI"] = end
        fields[pre + "XKJG"] = R_.p(ag[0])
        fields[pre + "XKJGDM"] = R_.p(ag[1])
        fields[pre + "ZT"] = "1"
        fields[pre + "LYDW"] = ag[0]
        fields[pre + "LYDWDM"] = ag[1]
        bz = body.get("BZ", "")
        if rng.random() < 0.35:
            bz += f"{pick(rng, '业务流水号', '申请受理编号', '办件编号')}：{R_.p(trap18(rng, pl))}。"
        if rng.random() < 0.3:
            bz += office_phone(R_, ag)[len("如对本决定不服，可于六十日内申请行政复议。"):]
    if bz:
        fields["BZ"] = bz
    return fields, R_, sector


MAXLEN = {"XDR_MC": 200, "FRDB": 50, "XKWS": 64, "WSH": 64, "XKZS": 64, "XKBH": 64, "NR": 4000, "SY": 5000,
          "BZ": 512, "NR_ZKDX": 200, "XDR_ZJHM": 64, "FR_ZJHM": 64, "XDR_GSZC": 50, "WFXW": 2000, "YJ": 2000}


def finish(fields, R_):
    """Applies the label checks; returns the line object or None."""
    real = {k: re.sub("[\x01\x02]", "", v) for k, v in fields.items()}
    skel = {k: re.sub("\x01[^\x02]*\x02", "\x00", v) for k, v in fields.items()}
    planted = {}
    for v in fields.values():
        for m in re.findall("\x01([^\x02]*)\x02", v):
            planted[m] = planted.get(m, 0) + 1
    allr = SEP.join(real.values())
    alls = SEP.join(skel.values())
    # Labels are what the final text holds: a value registered for a passage
    # that was left out of this record is not a label.
    R_.secrets = [(c, v) for c, v in R_.secrets if v in planted]
    R_.publics = [p for p in R_.publics if p in allr]
    secrets = [v for _, v in R_.secrets]
    for cat, v in R_.secrets:
        if allr.count(v) != planted[v]:
            return None
        if v in alls:
            return None
    for p in R_.publics:
        if allr.count(p) == 0 or alls.count(p) != allr.count(p):
            return None
    for s in secrets:
        for p in R_.publics:
            if s in p or p in s:
                return None
    for a in secrets:
        for b in secrets:
            if a != b and a in b:
                return None
    for k, v in real.items():
        code = k[3:] if k.startswith(("XK_", "CF_")) else k
        if len(v) > MAXLEN.get(code, 200):
            return None
        if code in ("XDR_ZJHM", "FR_ZJHM", "XDR_GSZC") and (" " in v or v != v.upper()):
            return None
    return real


PENALTY_WORDS = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
                 "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}


def valid_uscc(c):
    if len(c) != 18 or any(ch not in USCC_ALPHA for ch in c):
        return False
    s = sum(USCC_ALPHA.index(ch) * w for ch, w in zip(c[:17], USCC_W))
    return USCC_ALPHA[(31 - s % 31) % 31] == c[17]


def validate(kind, rec):
    """The API validator's rules (service/domain/record_validator.cc), as asserts."""
    pre = "XK_" if kind == "license" else "CF_"
    g = lambda k: rec.get(pre + k, "")
    need = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    need += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else [
        "WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = g("XDR_LB")
    if lb == "法人及非法人组织":
        need += ["XDR_SHXYM", "FRDB"]
    elif lb == "自然人":
        need += ["XDR_ZJLX", "XDR_ZJHM"]
        assert not g("XDR_SHXYM")
    else:
        assert lb == "个体工商户"
        need += ["XDR_SHXYM"] + (["XDR_GSZC"] if g("XDR_SHXYM") == "00000000000000000X" else [])
    for k in need:
        assert g(k), (k, rec)
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if g(t) == "身份证":
            v = g(n)
            assert len(v) == 18 and id_check(v[:17]) == v[17], v
            y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
            assert 1 <= m <= 12 and 1 <= d <= days_in(y, m)
    for k in ("XDR_SHXYM",):
        if g(k) and g(k) != "00000000000000000X":
            assert valid_uscc(g(k)), g(k)
    for k in (("XKJGDM", "LYDWDM") if kind == "license" else ("CFJGDM", "SJLYDM")):
        assert valid_uscc(g(k))
    assert (g("JDRQ") <= "%04d-%02d-%02d" % TODAY)
    if kind == "license":
        assert g("XKLB") in ("普通", "特许", "认可", "核准", "登记", "其他")
        assert g("YXQZI") >= g("YXQZ")
    else:
        words = g("CFLB").split(";")
        assert all(w in PENALTY_WORDS for w in words)
        if "罚款" in words:
            assert float(g("NR_FK")) > 0
        if "没收违法所得" in words or "没收非法财物" in words:
            assert float(g("NR_WFFF")) > 0
        if "暂扣许可证件" in words or "吊销许可证件" in words:
            assert g("NR_ZKDX")
        assert g("GSJZQ") >= g("JDRQ")
    for v in rec.values():
        assert not any(ord(c) < 0x20 and c not in "\n\t\r" for c in v)


def build():
    lines = []
    plan = []
    for kind in ("license", "penalty"):
        plan += [(kind, "natural")] * 25 + [(kind, "individual")] * 25 + [(kind, "legal")] * 50
    master = random.Random(SEED)
    order = list(range(len(plan)))
    master.shuffle(order)
    sectors = {}
    for i in order:
        kind, cat = plan[i]
        attempt = 0
        while True:
            rng = random.Random(f"{SEED}-{i}-{attempt}")
            fields, R_, sector = draw(rng, kind, cat)
            real = finish(fields, R_) if fields is not None else None
            if real is not None:
                break
            attempt += 1
            if attempt > 200:
                raise SystemExit(f"record {i}: no valid draw")
        validate(kind, real)
        sectors[(kind, sector)] = sectors.get((kind, sector), 0) + 1
        obj = {"kind": kind, "record": real,
               "secrets": [{"category": c, "value": v} for c, v in R_.secrets],
               "public": list(R_.publics)}
        lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n", sectors


def stats(text, sectors):
    from collections import Counter
    cats, subj, pubs, sec_by_subj = Counter(), Counter(), Counter(), Counter()
    for line in text.splitlines():
        o = json.loads(line)
        lb = o["record"].get("XK_XDR_LB") or o["record"].get("CF_XDR_LB")
        subj[(o["kind"], lb)] += 1
        for s in o["secrets"]:
            cats[s["category"]] += 1
            sec_by_subj[lb] += 1
        pubs[lb] += len(o["public"])
    print("records by kind and subject:", dict(subj))
    print("secrets by category:", dict(cats), "total", sum(cats.values()))
    print("secrets by subject:", dict(sec_by_subj))
    print("public values by subject:", dict(pubs), "total", sum(pubs.values()))
    print("sectors:", {f"{k}/{s}": n for (k, s), n in sorted(sectors.items())})


def main():
    text, sectors = build()
    if "--check" in sys.argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("records.jsonl is up to date" if ok else "records.jsonl differs from the generator")
        sys.exit(0 if ok else 1)
    if "--stats" in sys.argv:
        stats(text, sectors)
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.name}: {len(text.splitlines())} records")


if __name__ == "__main__":
    main()
