#!/usr/bin/env python3
"""Writes records.jsonl, the fourth labelled redaction evaluation set.

Python 3 standard library only; fixed seed; deterministic.
  python3 generate.py          write records.jsonl
  python3 generate.py --check  verify records.jsonl equals what would be written
  python3 generate.py --stats  print counts

Every personal value is inserted through Rec.s() and every public value
through Rec.p(); both leave a sentinel in the text that is replaced at the
end, once by the real value and once (for secrets) by an opaque token (the
"skeleton"). A record is kept only if every label occurs in it, no secret
occurs in the skeleton (it appears only where planted), every public value
occurs as often in the skeleton as in the record (it never overlaps a
secret), and no label contains another of the opposite kind. Otherwise the
record is drawn again.
"""
import datetime as dt
import json
import os
import random
import sys

SEED = 20261128
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl")
TODAY = dt.date(2026, 11, 27)

# ---------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def id18(rng, area, lo=1950, hi=2003, female=None):
    while True:
        y = rng.randint(lo, hi)
        d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        seq = rng.randint(0, 99)
        g = rng.randint(0, 9)
        if female is not None:
            g = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
        s17 = "%s%s%02d%d" % (area, d.strftime("%Y%m%d"), seq, g)
        return s17 + id_check(s17)


def id15(rng, area):
    y = rng.randint(1940, 1975)
    d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    return "%s%s%03d" % (area, d.strftime("%y%m%d"), rng.randint(1, 999))


def uscc(rng, kind, area):
    body = kind + area + "".join(rng.choice(USCC_A[:10] if i < 2 else USCC_A) for i in range(9))
    return body + USCC_A[(31 - sum(USCC_A.index(c) * w for c, w in zip(body, USCC_W)) % 31) % 31]


def luhn_card(rng):
    prefix = rng.choice(["622202", "622848", "621700", "621661", "622588", "621226", "623059", "622908"])
    n = rng.choice([16, 19, 19])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def mobile(rng):
    return rng.choice(["133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                       "159", "166", "173", "177", "180", "181", "186", "187", "189", "191", "198"]) + \
        "".join(str(rng.randint(0, 9)) for _ in range(8))


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def cn_num(n):
    d = "〇一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    return "".join(d[int(c)] for c in str(n))


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


DAXIE = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    # integer yuan up to 99,999,999 in 大写, e.g. 贰万叁仟元整
    units = ["", "拾", "佰", "仟"]
    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            q = (x // 10 ** i) % 10
            if q == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DAXIE[q] + units[i]
        return out
    wan, rest = divmod(n, 10000)
    s = (four(wan) + "万" if wan else "") + (("零" if wan and rest < 1000 and rest else "") + four(rest) if rest else "")
    return s + "元整"


def text_date(rng, d):
    k = rng.randrange(6)
    if k == 0:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if k == 1:
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if k == 2:
        return d.isoformat()
    if k == 3:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if k == 4:
        return "%s年%s月%s日" % (cn_year(d.year), cn_num(d.month), cn_num(d.day))
    return "%d/%02d/%02d" % (d.year, d.month, d.day)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, mo, day)
        except ValueError:
            pass


def wan(yuan):
    s = "%.6f" % (yuan / 10000.0)
    return s.rstrip("0").rstrip(".")


# ---------------------------------------------------------------- places

class J:
    def __init__(self, prov, city, county, area, tel, abbr, towns, villages, roads, estates, plate):
        self.prov, self.city, self.county, self.area, self.tel, self.abbr = prov, city, county, area, tel, abbr
        self.towns, self.villages, self.roads, self.estates, self.plate = towns, villages, roads, estates, plate

    @property
    def full(self):
        return self.prov + self.city + self.county


JURIS = [
    J("河北省", "保定市", "清苑区", "130608", "0312", "清", ["冉庄镇", "阳城镇", "东闾乡", "北店乡", "李庄乡"],
      ["南王庄村", "大祝泽村", "后营村", "东孙庄村", "西望亭村", "北蒲城村"], ["清苑大街", "金阳路", "新华路", "百花街"],
      ["和园小区", "金地花园", "清苑华府"], "冀F"),
    J("山西省", "晋中市", "平遥县", "140728", "0354", "平", ["古陶镇", "段村镇", "洪善镇", "宁固镇", "朱坑乡"],
      ["南政村", "梁村", "郝洞村", "西郭村", "白家庄村", "襄垣村"], ["顺城路", "中都路", "柳根街", "康宁路"],
      ["古城新苑", "锦绣华庭", "惠济园"], "晋K"),
    J("湖北省", "荆州市", "监利市", "421088", "0716", "监", ["容城镇", "朱河镇", "新沟镇", "周老嘴镇", "汴河镇"],
      ["王垸村", "荷花村", "三红村", "长湖村", "塘口村", "八大家村"], ["玉沙大道", "容城大道", "红城路", "荒湖路"],
      ["江城水岸", "玉沙花园", "金色港湾"], "鄂D"),
    J("福建省", "泉州市", "安溪县", "350524", "0595", "安", ["凤城镇", "城厢镇", "龙门镇", "西坪镇", "感德镇"],
      ["尧阳村", "松岩村", "仙景村", "南岩村", "龙涓村", "大坪村"], ["河滨路", "大同路", "二环路", "茶都大道"],
      ["阳光城", "凤山花园", "茶城名邸"], "闽C"),
    J("贵州省", "遵义市", "湄潭县", "520328", "0851", "湄", ["湄江街道", "永兴镇", "复兴镇", "兴隆镇", "茅坪镇"],
      ["核桃坝村", "田家沟村", "龙凤村", "官堰村", "新石村", "金花村"], ["浙大西路", "象山路", "天城大道", "求是路"],
      ["茶城逸景", "金桂园", "湄江印象"], "贵C"),
    J("陕西省", "宝鸡市", "凤翔区", "610305", "0917", "凤", ["城关镇", "虢王镇", "柳林镇", "彪角镇", "田家庄镇"],
      ["六营村", "南指挥村", "东湖村", "纸坊村", "长青村", "西街村"], ["东大街", "雍城路", "凤鸣路", "秦都大道"],
      ["雍城华府", "东湖花园", "秦韵小区"], "陕C"),
    J("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "0433", "延", ["依兰镇", "朝阳川镇", "小营镇", "三道湾镇"],
      ["东兴村", "八道村", "明新村", "龙渊村", "太阳村", "仁坪村"], ["光明街", "人民路", "公园路", "新兴街", "局子街"],
      ["光明小区", "天池花园", "水上市场小区"], "吉H"),
    J("新疆维吾尔自治区", "喀什地区", "疏附县", "653121", "0998", "疏", ["托克扎克镇", "乌帕尔镇", "塔什米里克乡", "站敏乡", "布拉克苏乡"],
      ["阿亚格曼干村", "巴格其村", "库木巴格村", "喀拉萨依村", "塔格艾日克村"], ["广州新城路", "团结路", "友谊路"],
      ["广州新城小区", "团结小区"], "新Q"),
    J("四川省", "凉山彝族自治州", "昭觉县", "513431", "0834", "昭", ["新城镇", "竹核镇", "四开镇", "谷曲镇", "比尔镇"],
      ["三岔河村", "尔古村", "火普村", "谷莫村", "解放村", "好谷村"], ["团结路", "胜利路", "迎宾大道"],
      ["城南新区", "阳光家园"], "川W"),
    J("青海省", "海南藏族自治州", "共和县", "632521", "0974", "共", ["恰卜恰镇", "倒淌河镇", "龙羊峡镇", "塘格木镇", "江西沟乡"],
      ["上塔迈村", "加拉村", "东巴村", "尕海村", "曲沟村"], ["青海湖南路", "绿洲北路", "民主路"],
      ["海南小区", "绿洲花园"], "青E"),
    J("广西壮族自治区", "百色市", "田阳区", "451003", "0776", "田", ["田州镇", "那坡镇", "坡洪镇", "百育镇", "玉凤镇"],
      ["东江村", "那满村", "隆平村", "四那村", "兴城村", "那音村"], ["田州大道", "迎宾路", "德靖路", "民族街"],
      ["田州古城", "右江华府", "百育新居"], "桂L"),
    J("宁夏回族自治区", "吴忠市", "同心县", "640324", "0953", "同", ["豫海镇", "河西镇", "丁塘镇", "韦州镇", "预旺镇"],
      ["清水河村", "旱天岭村", "马家塬村", "下流水村", "新华村"], ["豫海北街", "同德路", "清真大寺巷", "文化街"],
      ["豫海家园", "同德花园"], "宁C"),
    J("内蒙古自治区", "通辽市", "科尔沁左翼中旗", "150521", "0475", "科", ["保康镇", "舍伯吐镇", "花吐古拉镇", "巴彦塔拉镇", "宝龙山镇"],
      ["嘎查达村", "乌兰格日勒嘎查", "哈日淖尔嘎查", "白音塔拉嘎查", "太平村"], ["建国路", "哲里木大街", "团结路"],
      ["草原明珠", "保康华府"], "蒙G"),
    J("浙江省", "台州市", "温岭市", "331081", "0576", "温", ["太平街道", "城东街道", "泽国镇", "大溪镇", "松门镇", "箬横镇"],
      ["牧屿村", "前洋村", "塘下村", "山市村", "南塘村", "麻车桥村"], ["万昌中路", "东辉北路", "人民东路", "三星大道"],
      ["锦园小区", "九龙湾", "万昌花苑"], "浙J"),
    J("江苏省", "盐城市", "东台市", "320981", "0515", "东", ["东台镇", "安丰镇", "富安镇", "弶港镇", "三仓镇"],
      ["红星村", "戚家村", "北灶村", "联丰村", "新街村", "仓西村"], ["海陵南路", "望海路", "北海路", "红兰路"],
      ["金海花园", "望海名都", "东亭苑"], "苏J"),
    J("湖南省", "怀化市", "沅陵县", "431222", "0745", "沅", ["沅陵镇", "官庄镇", "五强溪镇", "筲箕湾镇", "二酉苗族乡"],
      ["马底驿村", "界亭驿村", "枫香坪村", "溪口村", "太常村"], ["辰州中路", "大桥路", "龙舟路"],
      ["辰州华庭", "龙舟小区"], "湘N"),
]

OTHER_AREAS = ["110105", "310115", "440306", "370102", "410105", "500112", "210102", "330106", "430104",
               "360102", "340104", "620102", "530102", "230103", "150102", "450102", "120104", "350203"]

# ---------------------------------------------------------------- names

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
RARE = list("禚亓逄訾晁栾鞠仉邴冼阚厍糜蔺隗郗寇佘扈笪揭渠靳茹邸缪郦眭虞暴蒯")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "端木", "澹台", "司徒", "夏侯", "长孙", "宇文", "呼延", "闻人", "南宫", "万俟", "第五"]
GIVEN_M = list("建国志强伟军磊勇杰涛明超刚鹏辉亮俊飞鑫宇浩晨博文华德福昌荣顺成振兴春斌彬琦东立卫庆根柱旺喜宝贵永长海峰松林波坤毅轩凯")
GIVEN_F = list("秀英芳敏静丽艳娟霞平桂兰玉梅燕云红婷雪欣怡佳琳涵梓淑凤翠瑶璐蕾薇莹颖倩晓月萍洁慧琴菊莉娜丹蓉")
MINORITY = {
    "uyghur": [("艾合买提·托合提", 0), ("阿不都热合曼·吾守尔", 0), ("古丽努尔·买买提", 1), ("热依拉·阿不都克力木", 1),
               ("努尔艾力·吐尔逊", 0), ("帕提古丽·艾买尔", 1), ("麦麦提敏·阿卜杜拉", 0), ("阿依古丽·卡德尔", 1),
               ("吐尔洪·艾则孜", 0), ("米热古丽·阿不力孜", 1)],
    "tibetan": [("扎西顿珠", 0), ("次仁卓玛", 1), ("才让多杰", 0), ("索南旺姆", 1), ("拉毛措", 1), ("更登加措", 0),
                ("尼玛次仁", 0), ("多吉才让", 0), ("卓玛吉", 1), ("旦正太", 0)],
    "yi": [("阿苏拉且", 0), ("吉克石布", 0), ("沙马阿呷", 1), ("马海木呷", 0), ("阿说木乃", 0), ("俄木拉铁", 0),
           ("吉伍尔哈", 1), ("海来阿木", 0), ("阿尔史且", 0), ("曲比阿果", 1)],
    "mongol": [("巴特尔", 0), ("乌力吉", 0), ("其木格", 1), ("额尔敦巴雅尔", 0), ("斯琴高娃", 1), ("那仁满都拉", 0),
               ("宝音图", 0), ("苏日娜", 1), ("包金山", 0), ("白音仓", 0)],
    "zhuang": [("韦秀芬", 1), ("覃金凤", 1), ("农志刚", 0), ("蓝美玲", 1), ("黄日新", 0), ("莫桂兰", 1), ("陆廷光", 0),
               ("农秋菊", 1), ("黄耀坤", 0), ("韦达成", 0)],
    "hui": [("马福祥", 0), ("马阿舍", 1), ("丁国清", 0), ("纳文学", 0), ("撒耀华", 0), ("海小兰", 1), ("马哈蛮", 0),
            ("杨伊斯哈格", 0), ("马麦燕", 1), ("哈德成", 0)],
    "korean": [("金哲洙", 0), ("朴英姬", 1), ("崔光日", 0), ("李明浩", 0), ("郑顺子", 1), ("韩成龙", 0), ("安美善", 1),
               ("玄哲男", 0), ("全春花", 1), ("许龙浩", 0)],
    "japanese": [("田中健一", 0), ("佐藤美咲", 1), ("山本和也", 0), ("渡边直树", 0), ("中村由纪", 1), ("小林拓海", 0)],
    "latin": [("Michael Brown", 0), ("BROWN Emily", 1), ("David Wilson", 0), ("Kim Min-jun", 0), ("PARK JI HOON", 0),
              ("Nguyen Thi Lan", 1), ("Tran Van Minh", 0), ("Le Thi Hoa", 1), ("Sophie Martin", 1), ("Pham Quoc Bao", 0),
              ("Olga Ivanova", 1), ("Lee Soo-jin", 1)],
}
REGION_MINORITY = {"653121": "uyghur", "632521": "tibetan", "513431": "yi", "150521": "mongol", "451003": "zhuang",
                   "640324": "hui", "222401": "korean"}


ETHNIC = {"uyghur": "维吾尔族", "tibetan": "藏族", "yi": "彝族", "mongol": "蒙古族", "zhuang": "壮族", "hui": "回族",
          "korean": "朝鲜族"}


def ethnicity(name):
    for g, lst in MINORITY.items():
        if any(n == name for n, _ in lst):
            return ETHNIC.get(g)
    return "汉族"


def han_name(rng, female):
    r = rng.random()
    sn = rng.choice(COMPOUND) if r < 0.08 else rng.choice(RARE) if r < 0.2 else rng.choice(SURNAMES)
    pool = GIVEN_F if female else GIVEN_M
    k = rng.random()
    if len(sn) == 2:
        n = 1 if k < 0.5 else 2
    else:
        n = 1 if k < 0.3 else 2
    return sn + "".join(rng.choice(pool) for _ in range(n))


def person_name(rng, j, female=None, allow_foreign=True):
    if female is None:
        female = rng.random() < 0.45
    r = rng.random()
    group = REGION_MINORITY.get(j.area)
    if group and r < 0.5:
        cands = [n for n, f in MINORITY[group] if f == female] or [n for n, _ in MINORITY[group]]
        return rng.choice(cands), female
    if allow_foreign and r > 0.95:
        g = rng.choice(["japanese", "latin", "korean"])
        cands = [n for n, f in MINORITY[g] if f == female]
        return rng.choice(cands), female
    if r > 0.92:
        g = rng.choice(["uyghur", "tibetan", "yi", "mongol", "hui", "zhuang"])
        cands = [n for n, f in MINORITY[g] if f == female]
        return rng.choice(cands), female
    return han_name(rng, female), female


# ---------------------------------------------------------------- record builder

SEC0, SEC1, PUB0, PUB1 = "\x01", "\x02", "\x03", "\x04"


class Rec:
    def __init__(self, rng, j, kind):
        self.rng, self.j, self.kind = rng, j, kind
        self.secrets = []  # (category, value)
        self.publics = []
        self.fields = {}
        self.style = rng.randrange(3)  # 0 full-width punctuation, 1 half-width, 2 mixed

    def s(self, cat, value):
        self.secrets.append((cat, value, len(self.secrets)))
        return "%s%d%s" % (SEC0, len(self.secrets) - 1, SEC1)

    def p(self, value):
        self.publics.append(value)
        return "%s%d%s" % (PUB0, len(self.publics) - 1, PUB1)

    def punct(self, text):
        # Template punctuation only: labelled values are still sentinels here.
        if self.style == 0:
            return text
        half = {"：": ":", "，": ",", "；": ";", "（": "(", "）": ")"}
        out = []
        for ch in text:
            if ch in half and (self.style == 1 or self.rng.random() < 0.5):
                out.append(half[ch])
            else:
                out.append(ch)
        return "".join(out)

    def set(self, code, text, punct=True):
        self.fields[code] = self.punct(text) if punct else text

    def render(self, skeleton):
        def sub(t):
            out, i = [], 0
            while i < len(t):
                c = t[i]
                if c in (SEC0, PUB0):
                    end = t.index(SEC1 if c == SEC0 else PUB1, i)
                    k = int(t[i + 1:end])
                    if c == SEC0:
                        out.append("\x00" if skeleton else self.secrets[k][1])
                    else:
                        out.append(self.publics[k])
                    i = end + 1
                else:
                    out.append(c)
                    i += 1
            return "".join(out)
        return {k: sub(v) for k, v in self.fields.items()}


def plain_digits(v):
    v = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in v)
    return v.replace(" ", "").replace("-", "").upper()


def valid_label(cat, v):
    """Shape checks of labelled numbers: GB 11643 IDs with real birth dates, Luhn cards, 11-digit mobiles."""
    d = plain_digits(v)
    if cat == "id_number":
        try:
            if len(d) == 18:
                dt.date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
                return d[17] == id_check(d[:17]) and 1940 <= int(d[6:10]) <= 2005
            if len(d) == 15 and d.isdigit():
                dt.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
                return True
        except ValueError:
            return False
        return False
    if cat == "bank_card":
        if not d.isdigit() or not 16 <= len(d) <= 19:
            return False
        tot = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                  for i, c in enumerate(reversed(d)))
        return tot % 10 == 0
    if cat == "mobile":
        return len(d) == 11 and d[0] == "1" and d.isdigit()
    if cat == "email":
        return "@" in v and "." in v.split("@")[1]
    return True


def uscc_ok(c):
    if len(c) != 18 or any(ch not in USCC_A for ch in c):
        return False
    return c[17] == USCC_A[(31 - sum(USCC_A.index(x) * w for x, w in zip(c[:17], USCC_W)) % 31) % 31]


CFLB_OK = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件",
           "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}


def check_valid(kind, f):
    """The national standard's rules as DOMAIN.md section 3 states them (field codes without prefix)."""
    need = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    need += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else \
        ["WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = f.get("XDR_LB")
    if lb == "法人及非法人组织":
        need += ["XDR_SHXYM", "FRDB"]
    elif lb == "自然人":
        need += ["XDR_ZJLX", "XDR_ZJHM"]
        assert "XDR_SHXYM" not in f
    elif lb == "个体工商户":
        need += ["XDR_SHXYM"] + (["XDR_GSZC"] if f.get("XDR_SHXYM") == "00000000000000000X" else [])
    else:
        raise AssertionError(lb)
    for k in need:
        assert f.get(k), (kind, k)
    for k in ("XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM"):
        if k in f:
            assert uscc_ok(f[k]), f[k]
    if f.get("XDR_SHXYM") not in (None, "00000000000000000X"):
        assert uscc_ok(f["XDR_SHXYM"]), f["XDR_SHXYM"]
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if f.get(t) == "身份证":
            assert valid_label("id_number", f[n]) and len(f[n]) == 18, f[n]
    for k, v in f.items():
        if k in ("JDRQ", "YXQZ", "YXQZI", "GSJZQ", "YXQ"):
            dt.date.fromisoformat(v.replace("/", "-"))
    jd = dt.date.fromisoformat(f["JDRQ"].replace("/", "-"))
    assert jd <= TODAY
    if kind == "license":
        assert f["XKLB"] in ("普通", "特许", "认可", "核准", "登记", "其他") and f.get("ZT", "1") in ("1", "2")
        assert f.get("YXQZI", "9999") >= f["YXQZ"]
    else:
        cats = f["CFLB"].replace("；", ";").split(";")
        assert all(c in CFLB_OK for c in cats), cats
        if "罚款" in cats:
            assert float(f["NR_FK"]) > 0
        if "没收违法所得" in cats or "没收非法财物" in cats:
            assert float(f["NR_WFFF"]) > 0
        if "暂扣许可证件" in cats or "吊销许可证件" in cats:
            assert f.get("NR_ZKDX")
        gs = dt.date.fromisoformat(f["GSJZQ"])
        assert jd <= gs <= add_months(jd, 36)


PREFIX = {"license": "XK_", "penalty": "CF_"}
MAXLEN = {"XKWS": 64, "WSH": 64, "XKZS": 64, "XKBH": 64, "FRDB": 50, "BZ": 512, "NR": 4000, "SY": 5000,
          "NR_ZKDX": 200, "XDR_MC": 200, "XKLB": 256, "WFXW": 2000, "YJ": 2000}


def finish(rec):
    real = rec.render(False)
    skel = rec.render(True)
    if rec.kind == "penalty" and "WSH" in real and len(real["WSH"]) > 128:
        return None
    for k, v in real.items():
        lim = 128 if (rec.kind == "penalty" and k == "WSH") else MAXLEN.get(k, 10 ** 6)
        if len(v) > lim:
            return None
    sep = "\x1f"
    real_all = sep.join(real.values())
    skel_all = sep.join(skel.values())
    raw = "".join(rec.fields.values())
    used = lambda a, b, k: ("%s%d%s" % (a, k, b)) in raw
    secrets, seen = [], set()
    for cat, v, link in rec.secrets:
        if not used(SEC0, SEC1, link):
            continue  # drawn but not placed in the text
        if v in seen:
            continue
        seen.add(v)
        if v not in real_all or v in skel_all or "\n" in v or '"' in v or len(v) < 2:
            return None
        secrets.append({"category": cat, "value": v})
    publics = []
    for k, v in enumerate(rec.publics):
        if v in publics or not used(PUB0, PUB1, k):
            continue
        if v not in skel_all or real_all.count(v) != skel_all.count(v) or "\n" in v or '"' in v:
            return None
        publics.append(v)
    for s in secrets:
        if not valid_label(s["category"], s["value"]):
            raise SystemExit("invalid %s label: %s" % (s["category"], s["value"]))
    for s in seen:
        for p in publics:
            if s in p or p in s:
                return None
    check_valid(rec.kind, real)
    record = {}
    for k, v in real.items():
        record[k if k == "BZ" else PREFIX[rec.kind] + k] = v
    return {"kind": rec.kind, "record": record, "secrets": secrets, "public": publics}


# ---------------------------------------------------------------- personal values


def fmt_id(rng, v):
    k = rng.random()
    if k < 0.12:
        return v[:6] + " " + v[6:14] + " " + v[14:]
    if k < 0.17:
        return fw(v)
    if k < 0.22 and v.endswith("X"):
        return v[:-1] + "x"
    return v


def fmt_mobile(rng, v):
    k = rng.random()
    if k < 0.15:
        return v[:3] + " " + v[3:7] + " " + v[7:]
    if k < 0.25:
        return v[:3] + "-" + v[3:7] + "-" + v[7:]
    if k < 0.3:
        return fw(v)
    return v


class Person:
    """A natural person; values are drawn lazily and inserted as secrets."""

    def __init__(self, rec, female=None, foreign=False, local=True, name=None):
        rng, j = rec.rng, rec.j
        self.rec = rec
        if name:
            self.name, self.female = name
        else:
            self.name, self.female = person_name(rng, j, female, allow_foreign=not local)
        self.foreign = foreign or self.name.isascii() or any(
            self.name == n for g in ("japanese",) for n, _ in MINORITY[g])
        area = j.area if (local and rng.random() < 0.7) else rng.choice(OTHER_AREAS)
        self.id = id18(rng, area, female=self.female)
        self.mobile = mobile(rng)

    def n(self):
        return self.rec.s("person_name", self.name)

    def idtext(self, old=False, plain=False):
        rng = self.rec.rng
        if plain:
            lab = rng.choice(["身份证号码：", "身份证号：", "公民身份号码", "居民身份证号码："])
            return lab + self.rec.s("id_number", fmt_id(rng, self.id))
        if self.foreign:
            if rng.random() < 0.6:
                v = rng.choice("EGMKC") + "".join(str(rng.randint(0, 9)) for _ in range(8))
                return rng.choice(["护照号码", "护照号", "护照"]) + "：" + self.rec.s("passport", v)
            v = rng.choice("HM") + "".join(str(rng.randint(0, 9)) for _ in range(8))
            return "港澳居民来往内地通行证号码" + self.rec.s("travel_permit", v)
        k = rng.random()
        if k < 0.05:
            v = rng.choice(["C", "CA", "CD"]) + "".join(str(rng.randint(0, 9)) for _ in range(8 if True else 7))
            v = v[:9]
            return rng.choice(["往来港澳通行证号码", "港澳通行证号：", "往来港澳通行证"]) + self.rec.s("travel_permit", v)
        if k < 0.11:
            v = rng.choice(["E", "EA", "EB"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
            v = v[:9]
            return rng.choice(["护照号码", "护照号：", "因出境使用护照"]) + self.rec.s("passport", v)
        if k < 0.13:
            v = "".join(str(rng.randint(0, 9)) for _ in range(8))
            return rng.choice(["台胞证号码：", "台湾居民来往大陆通行证号码"]) + self.rec.s("travel_permit", v)
        if old:
            return rng.choice(["身份证号", "身份证号码"]) + "：" + self.rec.s("id_number", id15(rng, self.id[:6]))
        lab = rng.choice(["身份证号码：", "身份证号：", "公民身份号码", "身份证号码", "居民身份证号码：", "证件号码："])
        return lab + self.rec.s("id_number", fmt_id(rng, self.id))

    def phone(self):
        rng = self.rec.rng
        lab = rng.choice(["联系电话：", "手机号码：", "手机：", "电话", "联系方式：", "手机号"])
        if rng.random() < 0.1:
            return lab + "+86 " + self.rec.s("mobile", fmt_mobile(rng, self.mobile))
        if rng.random() < 0.18:
            j = self.rec.j
            n = rng.randint(2000000, 8999999)
            v = rng.choice(["%s-%d", "(%s)%d", "%s %d", "（%s）%d", "%s-%d %04d"])
            v = v % ((j.tel, n // 10000, n % 10000) if v.count("%") == 3 else (j.tel, n))
            return rng.choice(["固定电话：", "家庭电话", "联系电话："]) + self.rec.s("landline", v)
        return lab + self.rec.s("mobile", fmt_mobile(rng, self.mobile))

    def addr(self, cue=None):
        rec, rng = self.rec, self.rec.rng
        cues = ["现住", "居住地：", "住"] if self.foreign else ["住", "住址：", "家庭住址：", "户籍地：", "居住地：", "现住", "家住"]
        return (cue or rng.choice(cues)) + home_address(rec)


def home_address(rec, prefix=None):
    rng, j = rec.rng, rec.j
    if rng.random() < 0.6:
        grp = rng.choice(["%s组" % cn_num(rng.randint(1, 12)), "%d组" % rng.randint(1, 12),
                          "第%s村民小组" % cn_num(rng.randint(1, 9)), "%s社" % cn_num(rng.randint(1, 8)),
                          "%s队" % cn_num(rng.randint(1, 9))])
        num = rng.choice(["%d号" % rng.randint(1, 160), "%s号" % cn_num(rng.randint(1, 99))])
        vil = rng.choice(j.villages)
        parts = [rng.choice(j.towns), vil, grp, num]
        narrow = vil + grp + num
    else:
        road = rng.choice(j.roads)
        n = rng.randint(1, 399)
        if rng.random() < 0.5:
            tail = "%d号%s%d栋%d单元%d%02d室" % (n, rng.choice(j.estates), rng.randint(1, 30), rng.randint(1, 4),
                                             rng.randint(1, 18), rng.randint(1, 4))
        elif rng.random() < 0.5:
            tail = "%s号%s%s幢%s室" % (cn_num(n % 99 + 1), rng.choice(j.estates), cn_num(rng.randint(1, 20)),
                                    "%s〇%s" % (cn_num(rng.randint(1, 9)), cn_num(rng.randint(1, 4))))
        else:
            tail = "%d弄%d号%d室" % (n, rng.randint(1, 60), rng.randint(101, 1802))
        parts = [rng.choice(j.towns) if rng.random() < 0.3 else "", road, tail]
        narrow = road + tail
    below = "".join(parts)
    k = rng.random() if prefix is None else prefix
    if k < 0.4:
        head = rec.p(j.full)
    elif k < 0.6:
        head = j.county
    else:
        head = ""
    if rng.random() < 0.4:
        return head + rec.s("address", below) if head else rec.s("address", below)
    # one label below the county, and a narrower one inside it
    rest = below[: len(below) - len(narrow)]
    rec.secrets.append(("address", below, len(rec.secrets) + 1))
    return head + rest + rec.s("address", narrow)


def birth_text(rng, idn):
    d = dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    return rng.choice(["%d年%d月%d日出生" % (d.year, d.month, d.day), "%d年%02d月%02d日生" % (d.year, d.month, d.day),
                       "出生日期：%s" % d.isoformat()])


def attrs(p, rng, want):
    """Bracketed or trailing attributes of a person: id, phone, address."""
    bits = []
    if "sex" in want:
        bits.append("性别：" + ("女" if p.female else "男"))
    if "id" in want:
        bits.append(p.idtext(old=rng.random() < 0.12))
    if "phone" in want:
        bits.append(p.phone())
    if "addr" in want:
        bits.append(p.addr())
    return bits


def mention(rec, role, p=None, female=None, want=None, style=None):
    """A third party: role word and name, with or without details, in one of several shapes."""
    rng = rec.rng
    if p is None and female is None and rng.random() < 0.09:
        p = Person(rec, name=rng.choice(MINORITY["latin"] + MINORITY["japanese"]), local=False)
    p = p or Person(rec, female=female)
    if want is None:
        want = [w for w in ("id", "phone", "addr") if rng.random() < 0.35]
    bits = attrs(p, rng, want)
    st = rng.randrange(7) if style is None else style
    if st == 0 or not bits:
        return role + p.n() + ("（" + "，".join(bits) + "）" if bits else "")
    if st == 1:
        return p.n() + "（" + role + "，" + "，".join(bits) + "）"
    if st == 2:
        return role + "：" + p.n() + "，" + "，".join(bits)
    if st == 3:
        return role + p.n() + "，" + "，".join(bits)
    if st == 4:
        return role + "为" + p.n() + "（" + "；".join(bits) + "）"
    if st == 5:
        return role + "姓名：" + p.n() + " " + " ".join(bits)
    return role + p.n() + "[" + "，".join(bits) + "]"


def bank_text(rec):
    rng = rec.rng
    v = luhn_card(rng)
    if rng.random() < 0.4:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return rec.s("bank_card", v)


def email_text(rec, p):
    rng = rec.rng
    local = rng.choice(["wang", "lixia", "zhjun", "chen", "yang", "liu", "hzq", "smile", "sky", "tea", "ming"]) + \
        str(rng.randint(10, 99999))
    dom = rng.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "139.com"])
    if dom == "qq.com" and rng.random() < 0.5:
        local = str(rng.randint(10000000, 3999999999))
    return rng.choice(["电子邮箱：", "邮箱", "E-mail:", "电子送达邮箱："]) + rec.s("email", local + "@" + dom)


# ---------------------------------------------------------------- agencies and subjects

DEPTS = {
    "scjg": ("市场监督管理局", "市监"), "jt": ("交通运输局", "交"), "hb": ("生态环境分局", "环"),
    "wj": ("卫生健康局", "卫"), "sw": ("税务局", "税"), "cg": ("综合行政执法局", "综执"),
    "zj": ("住房和城乡建设局", "建"), "yj": ("应急管理局", "应急"), "wl": ("文化广电和旅游局", "文旅"),
    "zr": ("自然资源局", "自然资源"), "ly": ("林业局", "林"), "ny": ("农业农村局", "农"),
    "jy": ("教育和体育局", "教体"), "rs": ("人力资源和社会保障局", "人社"), "sl": ("水利局", "水"),
    "xf": ("消防救援大队", "消"), "sp": ("行政审批服务局", "审批"),
}


def agency(j, key):
    suffix, tag = DEPTS[key]
    if key == "hb":
        name = "%s生态环境局%s分局" % (j.city, j.county)
    elif key == "sw":
        name = "国家税务总局%s%s税务局" % (j.city, j.county)
    else:
        name = j.county + suffix
    r = random.Random("agency" + j.area + key)
    code = uscc(r, "11", j.area)
    phone = "%s-%d" % (j.tel, r.randint(2000000, 8999999) if len(j.tel) == 4 and j.tel[1] != "8" else r.randint(20000000, 89999999))
    return name, code, phone, j.abbr + tag


TRADES = ["恒通", "鑫源", "华盛", "金凤凰", "宏达", "瑞丰", "永康", "德顺", "绿源", "天成", "润泽", "佳和", "顺发",
          "盛世", "新宇", "兴旺", "阿福", "老王", "张记", "李氏", "王妈妈", "小丁", "大刘", "孟婆", "周大娘", "马师傅",
          "黄老大", "金玉", "石头", "江南", "百川", "宏图", "卓越", "海纳", "凯旋", "红日", "牛哥"]


def company(rec, industry):
    rng, j = rec.rng, rec.j
    trade = rng.choice(TRADES)
    form = rng.choice(["有限公司", "有限责任公司", "股份有限公司", "有限公司", "专业合作社" if "农" in industry else "有限公司"])
    place = rng.choice([j.county, j.city, j.city + j.county, ""])
    return place + trade + industry + form


def biz_address(rec):
    rng, j = rec.rng, rec.j
    k = rng.random()
    if k < 0.4:
        a = "%s%s%d号" % (rng.choice(j.towns), rng.choice(j.roads), rng.randint(1, 888))
    elif k < 0.6:
        a = "%s%s%s组" % (rng.choice(j.towns), rng.choice(j.villages), cn_num(rng.randint(1, 9)))
    elif k < 0.8:
        a = "%s工业园区%s路%d号" % (j.county, rng.choice(["创业", "兴业", "纬一", "经三", "科技"]), rng.randint(1, 99))
    else:
        a = "%s%d号%s商业楼%d层" % (rng.choice(j.roads), rng.randint(1, 500), rng.choice(["东方", "金都", "万达", "财富"]),
                                rng.randint(1, 5))
    return a


class Subject:
    pass


def make_subject(rec, cat, industry, shop_kind):
    """Fills the subject block; returns a Subject with .who (how the text names it) and .intro."""
    rng, j = rec.rng, rec.j
    sb = Subject()
    sb.cat = cat
    f = rec.fields
    if cat == "natural":
        r = rng.random()
        p = Person(rec, local=True, name=rng.choice(MINORITY["latin"]) if r < 0.07 else None)
        sb.person = p
        f["XDR_MC"] = p.n()
        f["XDR_LB"] = "自然人"
        if r < 0.07:
            v = rng.choice("EGMS") + "".join(str(rng.randint(0, 9)) for _ in range(8))
            f["XDR_ZJLX"] = "护照号"
            f["XDR_ZJHM"] = rec.s("passport", v)
            sb.idtext = "护照号码：" + rec.s("passport", v)
        elif r < 0.12:
            if rng.random() < 0.5:
                v = rng.choice("HM") + "".join(str(rng.randint(0, 9)) for _ in range(8))
                f["XDR_ZJLX"] = "港澳居民来往内地通行证"
            else:
                v = "".join(str(rng.randint(0, 9)) for _ in range(8))
                f["XDR_ZJLX"] = "台湾居民来往大陆通行证"
            f["XDR_ZJHM"] = rec.s("travel_permit", v)
            sb.idtext = f["XDR_ZJLX"] + "号码" + rec.s("travel_permit", v)
        else:
            f["XDR_ZJLX"] = "身份证"
            f["XDR_ZJHM"] = rec.s("id_number", p.id)
            sb.idtext = p.idtext(plain=True)
        bits = ["当事人：" + p.n(), "性别：" + ("女" if p.female else "男")]
        eth = ethnicity(p.name)
        if eth and rng.random() < 0.6:
            bits.append("民族：" + eth)
        bits.append(birth_text(rng, p.id) if f["XDR_ZJLX"] == "身份证" else "")
        bits.append(sb.idtext)
        if rng.random() < 0.8:
            bits.append(p.addr())
        if rng.random() < 0.7:
            bits.append(p.phone())
        if rng.random() < 0.15:
            bits.append(email_text(rec, p))
        sep = rng.choice(["，", "；", "\n", " "])
        sb.intro = sep.join(b for b in bits if b) + "。"
        sb.who = p.n()
        sb.shop = None
        return sb
    if cat == "individual":
        op = Person(rec, local=True)
        sb.person = op
        k = rng.random()
        if k < 0.08:
            mc = op.n()
        elif k < 0.18:
            mc = j.county + op.n() + shop_kind
        else:
            mc = rec.p(j.county + rng.choice(["鑫茂", "福满楼", "惠民", "百味", "金穗", "顺心", "聚缘", "德兴", "好运来",
                                             "百姓", "龙腾", "丰收", "乐购", "新世纪", "明珠"]) + shop_kind)
        f["XDR_MC"] = mc
        f["XDR_LB"] = "个体工商户"
        if rng.random() < 0.7:
            code = uscc(rng, "92", j.area)
            f["XDR_SHXYM"] = rec.p(code)
            regtxt = "统一社会信用代码：" + rec.p(code)
        else:
            f["XDR_SHXYM"] = "00000000000000000X"
            g = j.area + "6" + "".join(str(rng.randint(0, 9)) for _ in range(8))
            f["XDR_GSZC"] = rec.p(g)
            regtxt = "注册号：" + rec.p(g)
        f["FRDB"] = op.n()
        if rng.random() < 0.6:
            f["FR_ZJLX"] = "身份证"
            f["FR_ZJHM"] = rec.s("id_number", op.id)
        if rng.random() < 0.4:
            f["XDR_ZJLX"] = "身份证"
            f["XDR_ZJHM"] = rec.s("id_number", op.id)
        place = "%s%s%d号%s" % (rng.choice(j.towns), rng.choice(j.roads), rng.randint(1, 500),
                               rng.choice(["商铺", "门面", "一楼门面", "临街商铺"]))
        bits = ["当事人：" + mc, regtxt, "经营场所：" + rec.p(place),
                rng.choice(["经营者：", "经营者", "负责人：", "业主："]) + op.n()]
        if rng.random() < 0.6:
            bits.append(op.idtext(plain=True))
        if rng.random() < 0.4:
            bits.append(op.addr())
        if rng.random() < 0.6:
            bits.append(op.phone())
        if rng.random() < 0.12:
            bits.append(email_text(rec, op))
        sb.intro = rng.choice(["，", "；", "\n"]).join(bits) + "。"
        sb.who = mc
        sb.shop = mc
        return sb
    # legal person
    name = company(rec, industry)
    rep = Person(rec, local=True)
    sb.rep = rep
    code = uscc(rec.rng, "91", j.area)
    f["XDR_MC"] = rec.p(name)
    f["XDR_LB"] = "法人及非法人组织"
    f["XDR_SHXYM"] = rec.p(code)
    f["FRDB"] = rec.p(rep.name)
    f["FR_ZJLX"] = "身份证"
    f["FR_ZJHM"] = rec.s("id_number", rep.id)
    addr = biz_address(rec)
    head = rec.p(j.full) if rng.random() < 0.3 and not addr.startswith(j.county) else ""
    bits = ["当事人：" + rec.p(name), "统一社会信用代码：" + rec.p(code),
            rng.choice(["住所：", "住所", "注册地址：", "经营场所：", "生产地址："]) + head + rec.p(addr),
            "法定代表人：" + rec.p(rep.name)]
    if rng.random() < 0.3:
        bits.append("法定代表人联系电话：" + rec.s("mobile", fmt_mobile(rng, rep.mobile)))
    sb.intro = rng.choice(["，", "；", "\n"]).join(bits) + "。"
    sb.who = rec.p(name)
    sb.shop = name
    sb.repname = rec.p(rep.name)
    return sb


# ---------------------------------------------------------------- shared phrasing

TRAP_LABELS = ["案件编号：", "受理编号：", "申请编号：", "流水号：", "缴款通知书号：", "文书编号：", "登记编号：", "立案编号", "办件编号："]


def idlike(rec):
    """An 18-digit reference number that reads like an ID number (valid check digit), labelled as what it is."""
    rng = rec.rng
    k = rng.random()
    if k < 0.5:
        s17 = rec.j.area + "%d%02d%02d" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)) + \
            "%03d" % rng.randint(0, 999)
    else:
        s17 = rec.j.area + "%d%02d%02d" % (rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28)) + \
            "%03d" % rng.randint(0, 999)
    labels = TRAP_LABELS if rec.kind == "penalty" else ["受理编号：", "申请编号：", "办件编号：", "流水号：", "登记编号："]
    return rng.choice(labels) + rec.p(s17 + id_check(s17))


def paycode(rec):
    rng = rec.rng
    v = "".join(str(rng.randint(0, 9)) for _ in range(20))
    return rng.choice(["缴款码：", "缴款码", "非税收入缴款码："]) + rec.p(v)


def numbering(rng, items):
    st = rng.randrange(5)
    out = []
    for i, it in enumerate(items):
        if st == 0:
            out.append("（%s）%s" % (cn_num(i + 1), it))
        elif st == 1:
            out.append("%d.%s" % (i + 1, it))
        elif st == 2:
            out.append("①②③④⑤⑥"[i] + it)
        elif st == 3:
            out.append("%s、%s" % (cn_num(i + 1), it))
        else:
            out.append("%d、%s" % (i + 1, it))
    return rng.choice(["；", "\n", "；\n", " "]).join(out)


def fine_text(rec, yuan, label=False):
    rng = rec.rng
    k = rng.randrange(4)
    if k == 0:
        amt = "%d元" % yuan
    elif k == 1:
        amt = "{:,}元".format(yuan)
    elif k == 2:
        amt = daxie(yuan)
    else:
        amt = "%s万元" % wan(yuan)
    word = rng.choice(["罚款人民币", "罚款", "处罚款"])
    return word + (rec.p(amt) if label and rng.random() < 0.5 else amt)


def appeal(rec, ag):
    rng, j = rec.rng, rec.j
    t = rng.choice([
        "如不服本处罚决定，可以在收到本决定书之日起六十日内向%s人民政府申请行政复议，也可以在六个月内依法向%s人民法院提起行政诉讼。" % (j.county, j.county),
        "当事人如对本决定不服，可于接到本决定书之日起60日内申请行政复议或6个月内提起行政诉讼。",
        "逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"])
    if rng.random() < 0.6:
        t += rng.choice(["咨询电话：", "本机关联系电话：", "举报电话：", "%s联系电话：" % ag[0]]) + rec.p(ag[2]) + "。"
    return t


def license_delivery(rec, sb):
    rng = rec.rng
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    k = rng.randrange(5)
    if k == 0:
        return "许可证于%s由%s领取。" % (text_date(rng, d), mention(rec, rng.choice(["受托人", "经办人", "代办人"]), want=rng.choice([["id"], ["id", "phone"], ["phone"]])))
    if k == 1:
        p = Person(rec)
        return "证照邮寄送达，收件人：%s，%s，收件人家庭住址：%s。" % (p.n(), p.phone(), home_address(rec))
    if k == 2:
        p = Person(rec)
        return "决定书电子送达至" + email_text(rec, p) + "，受送达人" + p.n() + "。"
    if k == 3:
        return "本件%s。" % idlike(rec)
    return "%s%s在窗口签收。" % (rng.choice(["申请人之", "其"]) + rng.choice(["妻", "子", "女", "父"]), Person(rec).n()) if sb.cat != "legal" else \
        "由企业员工%s在窗口签收。" % Person(rec).n()


def delivery(rec, sb):
    rng = rec.rng
    if rec.kind == "license":
        return license_delivery(rec, sb)
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    k = rng.randrange(8)
    if sb.cat == "legal" and k == 0:
        return "本决定书由法定代表人" + sb.repname + "本人签收。"
    if k in (0, 1):
        role = rng.choice(["当事人的员工", "当事人雇员", "店员", "员工"] if sb.cat == "legal" else ["其妻", "其子", "其父", "当事人的员工", "当事人雇员"])
        return "决定书于%s直接送达，由%s代为签收。" % (text_date(rng, d), mention(rec, role, want=[], female=True if role == "其妻" else False if role in ("其子", "其父") else None))
    if k == 2:
        return "当事人拒绝签收，执法人员邀请%s到场见证，采用留置送达。" % mention(rec, rng.choice(["见证人", "村委会工作人员", "社区网格员"]))
    if k == 3:
        p = Person(rec)
        return "邮寄送达，签收人：%s，%s。" % (p.n(), p.phone())
    if k == 4:
        p = Person(rec)
        return "经当事人同意，采用电子送达，" + email_text(rec, p) + "（受送达人" + p.n() + "）。"
    if k == 5:
        return "送达回证签收人：" + mention(rec, "", want=["phone"], style=0) + "，与当事人关系：" + rng.choice(["配偶", "父子", "员工", "房东"]) + "。"
    if k == 6:
        return "本案%s。" % idlike(rec)
    if sb.cat != "legal":
        return "当事人已于%s通过%s银行卡（卡号%s）缴纳罚款。" % (text_date(rng, d), rng.choice(["本人", "其本人", "其妻" + Person(rec, female=True).n() + "的"]), bank_text(rec))
    return "经调解，当事人已向%s退还款项%d元，收款账户%s。" % (mention(rec, rng.choice(["消费者", "投诉人"]), want=[]), rng.randint(50, 3000), bank_text(rec))


EXTRA = [
    lambda rec: "调查期间，当事人委托%s为委托代理人。" % mention(rec, "", want=rec.rng.choice([["id"], ["id", "phone"], ["phone"]]), style=0),
    lambda rec: "%s作为见证人在场。" % mention(rec, "", want=rec.rng.choice([[], ["id"]]), style=0),
    lambda rec: "房东%s证实当事人自%s起租用该处房屋。" % (mention(rec, "", want=rec.rng.choice([[], ["phone"], ["addr"]]), style=0), dd(rec)),
    lambda rec: "出租人%s与当事人签订了租赁合同。" % Person(rec).n(),
    lambda rec: "当事人股东%s（持股%d%%）参与日常经营。" % (mention(rec, "", want=rec.rng.choice([[], ["id"]]), style=0), rec.rng.randint(10, 70)),
    lambda rec: "询问时由%s担任翻译。" % mention(rec, "", p=Person(rec, name=rec.rng.choice(MINORITY["latin"] + MINORITY["japanese"]), local=False), want=["id"], style=rec.rng.choice([0, 1])),
    lambda rec: "被检查人员%s在检查笔录上签字。" % Person(rec).n(),
    lambda rec: "陪同检查人员：%s。" % mention(rec, "", want=rec.rng.choice([[], ["phone"]]), style=0),
    lambda rec: "受害人%s向我局反映了上述情况。" % mention(rec, "", want=rec.rng.choice([["phone"], ["addr"], ["id", "addr"]]), style=0),
    lambda rec: "举报人%s提供了购物小票和照片。" % mention(rec, "", want=rec.rng.choice([["phone"], []]), style=0),
    lambda rec: "%s（系当事人之%s）代为陈述。" % (Person(rec).n(), rec.rng.choice(["子", "女", "父", "母", "兄", "姐"])),
    lambda rec: "当事人系限制民事行为能力人，其监护人%s到场。" % mention(rec, "", want=rec.rng.choice([["id"], ["phone"], ["addr"]]), style=0),
    lambda rec: "学徒%s、雇员%s当时在岗。" % (Person(rec).n(), Person(rec).n()),
    lambda rec: "本案系%s举报。" % mention(rec, "", want=rec.rng.choice([["phone"], []]), style=0),
]


def extras(rec, sb):
    rng = rec.rng
    out = ""
    for f in rng.sample(EXTRA, rng.choice([0, 0, 1, 1, 2])):
        if (sb.cat != "natural" and f is EXTRA[11]) or (sb.cat != "legal" and f is EXTRA[4]) or \
                (sb.cat == "legal" and f is EXTRA[10]):
            continue
        out += f(rec)
    return out


# ---------------------------------------------------------------- penalty scenarios
# Each returns (WFXW, facts, YJ, CFLB list, decision items, fine yuan, confiscated yuan, NR_ZKDX).


def dd(rec):
    return text_date(rec.rng, dt.date(2026, 1, 1) + dt.timedelta(days=rec.rng.randint(-400, 300)))


def law(rec, title, art):
    return rec.p("《%s》" % title) + art


def pf_food_expired(rec, sb):
    rng = rec.rng
    goods = rng.choice(["酸奶", "火腿肠", "速冻水饺", "袋装面包", "调味料酒", "婴幼儿米粉", "果味饮料"])
    n = rng.randint(3, 40)
    c = mention(rec, rng.choice(["投诉人", "消费者", "举报人"]))
    facts = "%s，我局接到%s投诉，称其在当事人处购买的%s已超过保质期。经查，当事人店内货架上陈列%s%s件，均已超过保质期，%s在场确认。" % (
        dd(rec), c, goods, goods, cn_num(n) if rng.random() < 0.5 else n, mention(rec, rng.choice(["店员", "当班收银员", "营业员"]), want=[]))
    yj = law(rec, "中华人民共和国食品安全法", "第一百二十四条第一款第（二）项")
    fk = rng.choice([5000, 10000, 20000, 50000])
    wfff = rng.randint(30, 600)
    items = ["没收超过保质期的%s%d件" % (goods, n), "没收违法所得%d元" % wfff, fine_text(rec, fk, True)]
    return "经营超过保质期的食品", facts, yj, ["没收违法所得", "没收非法财物", "罚款"], items, fk, wfff, None


def pf_health_cert(rec, sb):
    rng = rec.rng
    staff = [mention(rec, rng.choice(["厨师", "面点师", "服务员", "洗碗工", "学徒", "帮厨"]), want=rng.choice([["id"], [], ["sex", "id"]]), style=rng.choice([0, 1, 5]))
             for _ in range(rng.randint(1, 3))]
    facts = "%s，执法人员对当事人经营场所进行检查，发现从事接触直接入口食品工作的%s未能提供有效健康证明。" % (dd(rec), "、".join(staff))
    yj = law(rec, "中华人民共和国食品安全法", "第一百二十六条第一款第（六）项")
    fk = rng.choice([2000, 5000, 8000])
    return "安排未取得健康证明的人员从事接触直接入口食品的工作", facts, yj, ["警告", "罚款"], ["警告", fine_text(rec, fk, True)], fk, 0, None


def pf_price(rec, sb):
    rng = rec.rng
    facts = "%s，%s通过12315平台举报当事人销售%s未明码标价。经查属实，%s（当事人的实际经营者）对上述事实无异议。" % (
        dd(rec), mention(rec, "", want=["phone"], style=0), rng.choice(["散装茶叶", "水果", "眼镜", "汽车配件", "药材"]),
        Person(rec).n())
    yj = law(rec, "明码标价和禁止价格欺诈规定", "第二十一条")
    fk = rng.choice([1000, 3000, 5000])
    return "经营者未按规定明码标价", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_advert(rec, sb):
    rng = rec.rng
    pts = [Person(rec) for _ in range(rng.randint(1, 2))]
    facts = "当事人在其微信公众号发布%s广告，使用“%s”等患者名义和形象作证明，经核实，%s均未使用过该产品。广告费用%d元。" % (
        rng.choice(["保健食品", "医疗器械", "普通食品"]), "”“".join("患者" + p.n() for p in pts),
        "、".join(p.n() for p in pts), rng.randint(2000, 30000))
    yj = law(rec, "中华人民共和国广告法", "第五十八条第一款第（三）项")
    fk = rng.choice([30000, 60000, 100000])
    return "发布虚假广告", facts, yj, ["罚款"], ["责令停止发布违法广告", fine_text(rec, fk, True)], fk, 0, None


def pf_quality(rec, sb):
    rng = rec.rng
    g = rng.choice(["电线电缆", "钢筋", "塑料管材", "电动自行车头盔", "儿童服装"])
    w = mention(rec, rng.choice(["陪同人员", "被抽样单位陪同人员", "质检员", "车间主任"]), want=rng.choice([[], ["phone"]]))
    facts = "%s，%s抽检当事人生产的%s，经检验%s项目不合格。抽样时%s在场并签字确认。" % (
        dd(rec), rec.j.city + "产品质量监督检验所", g, rng.choice(["导体电阻", "屈服强度", "纵向回缩率", "冲击吸收性能", "纤维含量"]), w)
    yj = law(rec, "中华人民共和国产品质量法", "第四十九条")
    fk = rng.randint(2, 40) * 1000
    wfff = rng.randint(500, 9000)
    return "生产不符合保障人体健康和人身、财产安全的国家标准的产品", facts, yj, ["没收违法所得", "罚款"], \
        ["没收违法所得%d元" % wfff, fine_text(rec, fk)], fk, wfff, None


def pf_special_equip(rec, sb):
    rng = rec.rng
    op = Person(rec)
    facts = "%s检查时发现，当事人使用的%s（设备代码%s）由员工%s操作，%s未取得特种设备安全管理和作业人员证。%s" % (
        dd(rec), rng.choice(["叉车", "电梯", "压力容器", "起重机"]), rec.p("4310" + "".join(str(rng.randint(0, 9)) for _ in range(16))),
        op.n() + "（" + op.idtext() + "）", rng.choice(["其", "该员工", op.n()]), "当班人员" + Person(rec).n() + "在现场。")
    yj = law(rec, "中华人民共和国特种设备安全法", "第八十六条第（二）项")
    fk = rng.choice([10000, 20000, 30000])
    return "使用未取得相应资格的人员从事特种设备作业", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_overload(rec, sb):
    rng, j = rec.rng, rec.j
    plate = j.plate + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    drv = sb.person if sb.cat == "natural" and rng.random() < 0.5 else None
    if drv:
        d = "驾驶人" + sb.who
    elif rng.random() < 0.4:
        q = Person(rec)
        d = "驾驶人" + q.n() + "（从业资格证号：" + rec.s("id_number", q.id) + "）"
    else:
        d = "驾驶人" + mention(rec, "", want=rng.choice([["id"], ["id", "phone"], ["phone"]]), style=0)
    owner = "" if rng.random() < 0.4 else "，车主" + mention(rec, "", want=rng.choice([[], ["addr"], ["phone"]]), style=0)
    ton = rng.randint(3, 40)
    facts = "%s，%s驾驶%s重型半挂牵引车在%s超限检测站接受检测，车货总质量%d.%d吨，超过限定标准%d吨%s。" % (
        dd(rec), d, plate, j.county, 49 + ton, rng.randint(0, 9), ton, owner)
    yj = law(rec, "公路安全保护条例", "第六十四条")
    fk = rng.choice([3000, 5000, 10000, 20000])
    return "车辆违法超限运输", facts, yj, ["罚款"], [fine_text(rec, fk, True)], fk, 0, None


def pf_taxi(rec, sb):
    rng, j = rec.rng, rec.j
    plate = j.plate + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    ps = [mention(rec, rng.choice(["乘客", "乘车人"]), want=rng.choice([[], ["phone"], ["id", "phone"]]), style=rng.choice([0, 1, 3])) for _ in range(rng.randint(1, 2))]
    fare = rng.randint(20, 200)
    facts = "%s，执法人员在%s发现当事人驾驶%s小型轿车载客，车上%s称乘车系通过微信联系，约定车费%d元，已支付。当事人未取得出租汽车客运经营许可。" % (
        dd(rec), rng.choice(["高铁站东广场", "汽车客运站出口", j.county + "人民医院门口"]), plate, "、".join(ps), fare)
    yj = law(rec, "巡游出租汽车经营服务管理规定", "第四十五条第（一）项")
    fk = rng.choice([5000, 10000, 15000])
    return "未取得出租汽车客运经营许可擅自从事经营活动", facts, yj, ["没收违法所得", "罚款"], \
        ["没收违法所得%d元" % fare, fine_text(rec, fk)], fk, fare, None


def pf_driving_school(rec, sb):
    rng = rec.rng
    coach = Person(rec)
    facts = "经查，当事人安排未取得教练员资格的%s从事机动车驾驶培训教学，学员%s投诉其收取额外费用%d元。" % (
        coach.n() + "（" + coach.idtext() + "）", mention(rec, "", want=["phone"], style=0), rng.randint(200, 2000))
    yj = law(rec, "机动车驾驶员培训管理规定", "第五十二条")
    fk = rng.choice([1000, 3000])
    return "机动车驾驶员培训机构聘用不具备条件的人员从事教学", facts, yj, ["罚款"], ["责令改正", fine_text(rec, fk)], fk, 0, None


def pf_emission(rec, sb):
    rng = rec.rng
    facts = "%s，执法人员对当事人进行现场检查，当班人员%s在场。经%s监测，当事人%s排放口%s浓度为%d毫克/立方米，超过排放标准%s倍。当事人环保负责人%s对监测结果无异议。" % (
        dd(rec), Person(rec).n(), rec.j.city + "生态环境监测站", rng.choice(["1#", "2#", "锅炉", "烘干工序"]),
        rng.choice(["颗粒物", "二氧化硫", "氮氧化物", "化学需氧量"]), rng.randint(60, 900), rng.choice(["0.6", "1.3", "2.1"]),
        mention(rec, "", want=rng.choice([[], ["phone"]]), style=0))
    yj = law(rec, "中华人民共和国大气污染防治法", "第九十九条第（二）项")
    fk = rng.choice([100000, 200000, 350000])
    return "超过大气污染物排放标准排放大气污染物", facts, yj, ["罚款"], ["责令改正", fine_text(rec, fk, True)], fk, 0, None


def pf_hazwaste(rec, sb):
    rng = rec.rng
    t = rng.randint(2, 30)
    buyer = mention(rec, rng.choice(["无经营许可证的个人", "收购人", "个人"]), want=rng.choice([["id"], ["id", "addr"], ["phone"]]))
    facts = "经查，当事人将产生的废矿物油（HW08）%s吨交由%s处置。转移时由驾驶员%s、押运员%s运输，未填写危险废物转移联单。" % (
        cn_num(t) if rng.random() < 0.5 else t, buyer, Person(rec).n(), mention(rec, "", want=rng.choice([[], ["phone"]]), style=0))
    yj = law(rec, "中华人民共和国固体废物污染环境防治法", "第一百一十二条第一款第（五）项")
    fk = rng.choice([100000, 200000, 500000])
    return "将危险废物提供或者委托给无许可证的单位或者其他生产经营者", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_illegal_med(rec, sb):
    rng = rec.rng
    pts = [mention(rec, rng.choice(["患者", "就诊人员", "病人"]), want=rng.choice([[], ["addr"], ["phone"], ["id"]])) for _ in range(rng.randint(1, 3))]
    w = rng.choice(["其妻", "其女", "其弟"])
    facts = "%s，执法人员在%s发现当事人未取得《医疗机构执业许可证》擅自为%s进行输液治疗，%s%s协助配药。现场查获药品%d种。" % (
        dd(rec), rec.j.county + rng.choice(rec.j.towns) + "集镇", "、".join(pts), w,
        Person(rec, female=(w in ("其妻", "其女"))).n(), rng.randint(3, 20))
    yj = law(rec, "医疗机构管理条例", "第四十三条")
    fk = rng.choice([10000, 30000, 50000])
    wfff = rng.randint(100, 3000)
    return "未取得医疗机构执业许可证擅自执业", facts, yj, ["没收违法所得", "没收非法财物", "罚款"], \
        ["没收违法所得%d元" % wfff, "没收药品器械", fine_text(rec, fk)], fk, wfff, None


def pf_public_place(rec, sb):
    rng = rec.rng
    ws = [mention(rec, rng.choice(["从业人员", "技师", "服务员", "搓澡工", "美发师"]), want=rng.choice([[], ["id"]]), style=0)
          for _ in range(rng.randint(1, 3))]
    facts = "%s，执法人员对当事人经营的%s进行卫生监督检查，发现%s未取得有效健康合格证明从事直接为顾客服务的工作。" % (
        dd(rec), rng.choice(["浴室", "宾馆", "美容美发店", "足浴店"]), "、".join(ws))
    yj = law(rec, "公共场所卫生管理条例实施细则", "第三十八条")
    fk = rng.choice([500, 1000, 2000])
    return "安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作", facts, yj, ["警告", "罚款"], ["警告", fine_text(rec, fk)], fk, 0, None


def pf_occupational(rec, sb):
    rng = rec.rng
    ws = [mention(rec, rng.choice(["劳动者", "接尘工人", "噪声作业岗位员工"]), want=rng.choice([[], ["id"], ["sex", "id"]]), style=rng.choice([0, 5]))
          for _ in range(rng.randint(2, 3))]
    facts = "经查，当事人未按照规定组织%s等从事接触职业病危害作业的劳动者进行上岗前职业健康检查。" % "，".join(ws)
    yj = law(rec, "中华人民共和国职业病防治法", "第七十一条第（四）项")
    fk = rng.choice([50000, 80000])
    return "未按照规定组织职业健康检查", facts, yj, ["警告", "罚款"], ["警告", fine_text(rec, fk)], fk, 0, None


def pf_tax(rec, sb):
    rng = rec.rng
    if rng.random() < 0.5:
        facts = "当事人%s期间通过%s个人银行账户（账号%s）收取经营款项%d元，未按规定申报纳税。" % (
            rng.choice(["2024年1月至2024年12月", "2025年度", "二〇二四年度"]),
            ("经营者" + sb.person.n() if sb.cat == "individual" else
             rng.choice(["其本人", "其妻" + Person(rec, female=True).n(), "其母" + Person(rec, female=True).n()]) if sb.cat == "natural" else
             rng.choice(["财务人员", "出纳", "股东"]) + Person(rec).n()),
            bank_text(rec), rng.randint(50000, 900000))
        yj = law(rec, "中华人民共和国税收征收管理法", "第六十四条第二款")
        fk = rng.randint(5, 80) * 1000
        return "不进行纳税申报，不缴或者少缴应纳税款", facts, yj, ["罚款"], ["追缴税款", fine_text(rec, fk)], fk, 0, None
    facts = "当事人未按照规定期限办理%s纳税申报，经责令限期改正，逾期仍未改正。办税人员%s于%s到税务机关说明情况。%s" % (
        rng.choice(["增值税", "个人所得税（经营所得）", "城镇土地使用税"]), mention(rec, "", want=rng.choice([["phone"], ["id"]]), style=0), dd(rec), idlike(rec) + "。")
    yj = law(rec, "中华人民共和国税收征收管理法", "第六十二条")
    fk = rng.choice([200, 500, 1000, 2000])
    return "未按照规定期限办理纳税申报", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_illegal_build(rec, sb):
    rng, j = rec.rng, rec.j
    area = rng.randint(20, 300)
    tenant = mention(rec, rng.choice(["承租人", "房屋承租人", "租户"]), want=rng.choice([[], ["phone"], ["id"]]))
    facts = "%s，执法队员巡查发现当事人在%s%s未取得建设工程规划许可证擅自搭建%s，面积约%d平方米。该房屋现由%s使用。当事人之子%s在场。" % (
        dd(rec), rng.choice(j.roads), "%d号东侧空地" % rng.randint(1, 200), rng.choice(["彩钢棚", "砖混结构房屋", "二层钢结构"]),
        area, tenant, Person(rec, female=False).n())
    yj = law(rec, "中华人民共和国城乡规划法", "第六十四条")
    fk = area * rng.choice([100, 200])
    return "未取得建设工程规划许可证进行建设", facts, yj, ["罚款"], ["限期拆除", fine_text(rec, fk)], fk, 0, None


def pf_muck(rec, sb):
    rng, j = rec.rng, rec.j
    plate = j.plate + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    facts = "%s%s时许，当事人所属%s渣土运输车在%s未采取密闭措施，沿途撒漏。驾驶人%s%s。" % (
        dd(rec), cn_num(rng.randint(1, 23)), plate, rng.choice(j.roads),
        mention(rec, "", want=rng.choice([["phone"], ["id"], ["id", "phone"]]), style=0),
        rng.choice(["对违法事实供认不讳", "称车辆挂靠于当事人", "系车主" + Person(rec).n() + "雇用"]))
    yj = law(rec, "城市市容和环境卫生管理条例", "第三十四条")
    fk = rng.choice([1000, 5000, 20000])
    return "运输渣土车辆未采取密闭措施造成泄漏遗撒", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_safety(rec, sb):
    rng = rec.rng
    e = Person(rec)
    facts = "%s，执法人员检查发现：①当事人未对新招用的%s等人员进行安全生产教育和培训；②电工%s未取得特种作业操作证（%s）上岗作业。当班负责人%s在现场。" % (
        dd(rec), "、".join(Person(rec).n() for _ in range(rng.randint(1, 3))), e.n(), e.idtext(),
        mention(rec, "", want=rng.choice([[], ["phone"]]), style=0))
    yj = law(rec, "中华人民共和国安全生产法", "第九十七条第（三）项、第（七）项")
    fk = rng.choice([20000, 40000, 60000])
    return "未按照规定对从业人员进行安全生产教育和培训", facts, yj, ["罚款"], ["责令限期改正", fine_text(rec, fk, True)], fk, 0, None


def pf_netcafe(rec, sb):
    rng = rec.rng
    u = Person(rec)
    o = Person(rec)
    facts = "%s，执法人员检查发现，当事人未核对、登记上网消费者的有效身份证件，上网人员%s使用%s的身份证（%s）登记上网。当班网管%s对此无法说明。" % (
        dd(rec), u.n(), o.n(), rec.s("id_number", fmt_id(rng, o.id)), mention(rec, "", want=rng.choice([[], ["phone"]]), style=0))
    yj = law(rec, "互联网上网服务营业场所管理条例", "第三十二条第（二）项")
    fk = rng.choice([2000, 5000, 10000])
    return "未按规定核对、登记上网消费者的有效身份证件", facts, yj, ["警告", "罚款"], ["警告", fine_text(rec, fk)], fk, 0, None


def pf_travel(rec, sb):
    rng = rec.rng
    g = rng.choice([Person(rec), Person(rec, name=rng.choice(MINORITY["latin"]))])
    leader = Person(rec, local=False)
    facts = "领队" + leader.n() + "（护照号码" + rec.s("passport", "E" + num(rng, 8)) + "）出境带团期间，"
    facts = (facts if rng.random() < 0.5 else "") + "当事人组织“%s”团队旅游，未与旅游者签订书面旅游合同，并委派未取得导游证的%s提供导游服务。游客%s投诉。%s担任随团翻译。" % (
        rng.choice(["喀纳斯五日游", "张家界三日游", "九寨沟双飞六日", "海南环岛游"]), Person(rec).n(),
        mention(rec, "", want=rng.choice([["phone"], ["id", "phone"], ["addr"]]), style=0), g.n() + "（" + g.idtext() + "）")
    yj = law(rec, "中华人民共和国旅游法", "第九十六条第（一）项")
    fk = rng.choice([5000, 10000, 30000])
    return "旅行社未与旅游者签订旅游合同且委派无导游证人员提供导游服务", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_ktv(rec, sb):
    rng = rec.rng
    ws = "，".join("%s（%s）" % (Person(rec).n(), rng.choice(["服务员", "收银员", "保安", "DJ"])) for _ in range(rng.randint(2, 4)))
    facts = "检查中发现当事人未按规定建立从业人员名簿，现场从业人员%s均未登记。" % ws
    yj = law(rec, "娱乐场所管理条例", "第五十条")
    fk = rng.choice([5000, 10000])
    return "娱乐场所未按规定建立从业人员名簿", facts, yj, ["警告", "罚款"], ["警告", fine_text(rec, fk)], fk, 0, None


def pf_land(rec, sb):
    rng, j = rec.rng, rec.j
    m = rng.randint(100, 900)
    facts = "当事人于%s在%s%s未经批准擅自占用集体耕地%d平方米建设%s。现场勘测时%s、村委会%s在场见证。" % (
        dd(rec), rng.choice(j.towns), rng.choice(j.villages), m, rng.choice(["养殖棚", "仓库", "住宅"]),
        rng.choice(["其父", "其兄", "其妻"]) + Person(rec).n(), mention(rec, "工作人员", want=[]))
    yj = law(rec, "中华人民共和国土地管理法", "第七十八条")
    fk = m * rng.choice([10, 20, 30])
    return "未经批准非法占用土地", facts, yj, ["罚款"], ["退还非法占用的土地", "限期拆除", fine_text(rec, fk)], fk, 0, None


def pf_felling(rec, sb):
    rng, j = rec.rng, rec.j
    v = rng.randint(5, 60)
    hire = "、".join(Person(rec, female=False).n() for _ in range(rng.randint(1, 3)))
    facts = "当事人未取得林木采伐许可证，于%s雇请%s在%s%s的集体林地内采伐%s，蓄积%d.%d立方米，后将木材以%d元卖给%s。" % (
        dd(rec), hire, rng.choice(j.towns), rng.choice(j.villages), rng.choice(["杉木", "马尾松", "杨树", "桉树"]), v, rng.randint(0, 9),
        v * 500, mention(rec, "收购人", want=rng.choice([[], ["phone"], ["id"]])))
    yj = law(rec, "中华人民共和国森林法", "第七十六条第二款")
    fk = v * 1000 * rng.choice([1, 2, 3])
    return "滥伐林木", facts, yj, ["罚款"], ["补种滥伐株数五倍的树木", fine_text(rec, fk)], fk, 0, None


def pf_pesticide(rec, sb):
    rng = rec.rng
    bs = [mention(rec, rng.choice(["购买人", "农户", "村民"]), want=rng.choice([[], ["phone"], ["addr"]])) for _ in range(rng.randint(1, 2))]
    facts = "经查，当事人经营含%s成分的禁用农药%d瓶，已售出%d瓶，%s为购买者。" % (
        rng.choice(["甲拌磷", "克百威", "氧乐果", "百草枯"]), rng.randint(10, 80), rng.randint(2, 9), "、".join(bs))
    yj = law(rec, "农药管理条例", "第五十五条第一款第（二）项")
    fk = rng.choice([5000, 10000, 50000])
    wfff = rng.randint(50, 900)
    return "经营禁用的农药", facts, yj, ["没收违法所得", "没收非法财物", "罚款"], \
        ["没收违法所得%d元" % wfff, "没收违法经营的农药", fine_text(rec, fk)], fk, wfff, None


def pf_fishing(rec, sb):
    rng = rec.rng
    crew = "、".join(Person(rec, female=False).n() for _ in range(rng.randint(1, 3)))
    facts = "%s，渔政执法人员在%s水域检查，发现当事人驾驶%s号船只在禁渔期内使用%s捕捞，同船人员%s。现场查获渔获物%d公斤。" % (
        dd(rec), rng.choice(["长江干流", "河道", "湖区", "水库"]), rec.j.abbr + "渔" + str(rng.randint(10000, 99999)),
        rng.choice(["电鱼器具", "地笼网", "三层刺网"]), crew, rng.randint(3, 80))
    yj = law(rec, "中华人民共和国渔业法", "第三十八条")
    fk = rng.choice([2000, 5000, 10000])
    return "在禁渔期内使用禁用渔具捕捞", facts, yj, ["没收非法财物", "罚款"], ["没收渔获物和渔具", fine_text(rec, fk)], fk, rng.randint(100, 900), None


def pf_wages(rec, sb):
    rng = rec.rng
    rows = []
    total = 0
    for _ in range(rng.randint(2, 5)):
        p = Person(rec)
        amt = rng.randint(20, 200) * 100
        total += amt
        k = rng.randrange(4)
        if k == 0:
            rows.append("%s，%s元" % (p.n(), amt))
        elif k == 1:
            rows.append("%s（%s）%s元" % (p.n(), p.idtext(), "{:,}".format(amt)))
        elif k == 2:
            rows.append("姓名：%s %s 欠薪：%d元" % (p.n(), p.phone(), amt))
        else:
            rows.append("%s %d元 工资卡号%s" % (p.n(), amt, bank_text(rec)))
    facts = "经查，当事人拖欠%s名劳动者%s工资共计%d元，经我局下达《劳动保障监察限期整改指令书》后逾期未支付。具体为：%s。" % (
        cn_num(len(rows)), rng.choice(["2025年3月至6月", "二〇二五年度", "2026年春节前"]), total,
        rng.choice(["；", "\n", "，"]).join(rows))
    yj = law(rec, "保障农民工工资支付条例", "第五十四条") if rng.random() < 0.5 else law(rec, "劳动保障监察条例", "第二十六条")
    fk = rng.choice([20000, 50000, 100000])
    return "拖欠劳动者工资", facts, yj, ["罚款"], ["责令支付拖欠工资", fine_text(rec, fk)], fk, 0, None


def pf_training(rec, sb):
    rng = rec.rng
    facts = "根据家长%s的举报，当事人未经审批在%s开展面向中小学生的学科类培训，收费共计%d元。" % (
        mention(rec, "", want=rng.choice([["phone"], ["phone", "addr"], []]), style=0), rng.choice(rec.j.roads) + "写字楼", rng.randint(20000, 200000))
    yj = law(rec, "校外培训行政处罚暂行办法", "第十七条")
    fk = rng.choice([10000, 30000])
    wfff = rng.randint(5000, 40000)
    return "未经许可擅自开展校外培训", facts, yj, ["没收违法所得", "罚款"], ["停止违法行为", "没收违法所得%d元" % wfff, fine_text(rec, fk)], fk, wfff, None


def pf_sand(rec, sb):
    rng = rec.rng
    facts = "%s，当事人未经许可在%s河段使用挖掘机采砂，挖掘机操作员%s，运砂车车主%s。采砂量约%d立方米。" % (
        dd(rec), rng.choice(rec.j.villages), mention(rec, "", want=rng.choice([[], ["phone"]]), style=0),
        mention(rec, "", want=rng.choice([[], ["phone"], ["addr"]]), style=0), rng.randint(50, 800))
    yj = law(rec, "中华人民共和国河道管理条例", "第四十四条")
    fk = rng.choice([10000, 30000, 50000])
    return "未经批准在河道管理范围内采砂", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_fire(rec, sb):
    rng = rec.rng
    facts = "%s，消防救援人员检查发现当事人%s被堆放货物占用，%s。当班人员%s现场签字确认，实际经营者为%s。" % (
        dd(rec), rng.choice(["安全出口", "疏散通道", "二楼疏散楼梯"]), rng.choice(["常闭式防火门处于开启状态", "应急照明灯损坏"]),
        Person(rec).n(), mention(rec, "", want=rng.choice([[], ["phone"]]), style=0))
    yj = law(rec, "中华人民共和国消防法", "第六十条第一款第（三）项")
    fk = rng.choice([5000, 10000, 20000])
    return "占用、堵塞、封闭疏散通道、安全出口", facts, yj, ["罚款"], [fine_text(rec, fk)], fk, 0, None


def pf_driver_revoke(rec, sb):
    rng = rec.rng
    p = sb.person
    facts = "当事人%s驾驶营运客车发生负同等以上责任的交通事故，造成%s受伤。受害人%s。" % (
        dd(rec), cn_num(rng.randint(1, 3)) + "人", mention(rec, "", want=rng.choice([["id"], ["phone"], []]), style=0))
    yj = law(rec, "道路运输从业人员管理规定", "第五十条")
    zk = "道路运输从业资格证（从业资格证号：" + rec.s("id_number", p.id) + "）"
    return "道路运输从业人员发生重大以上交通责任事故", facts, yj, ["吊销许可证件"], ["吊销其道路运输从业资格证"], 0, 0, zk


PENALTY = [
    ("scjg", ("individual", "legal"), pf_food_expired, "食品"), ("scjg", ("individual", "legal"), pf_health_cert, "餐饮管理"),
    ("scjg", ("individual", "legal"), pf_price, "商贸"), ("scjg", ("legal",), pf_advert, "健康科技"),
    ("scjg", ("legal",), pf_quality, "制造"), ("scjg", ("legal", "individual"), pf_special_equip, "物流"),
    ("jt", ("natural", "legal"), pf_overload, "物流"), ("jt", ("natural",), pf_taxi, ""),
    ("jt", ("legal",), pf_driving_school, "驾驶员培训"), ("hb", ("legal",), pf_emission, "化工"),
    ("hb", ("legal", "natural"), pf_hazwaste, "机械制造"), ("wj", ("natural",), pf_illegal_med, ""),
    ("wj", ("individual", "legal"), pf_public_place, "酒店管理"), ("wj", ("legal",), pf_occupational, "石材"),
    ("sw", ("individual", "natural", "legal"), pf_tax, "商贸"), ("cg", ("natural",), pf_illegal_build, ""),
    ("cg", ("legal", "natural"), pf_muck, "土石方工程"), ("yj", ("legal",), pf_safety, "木业"),
    ("wl", ("individual", "legal"), pf_netcafe, "网络科技"), ("wl", ("legal",), pf_travel, "旅行社"),
    ("wl", ("legal", "individual"), pf_ktv, "娱乐"), ("zr", ("natural",), pf_land, ""),
    ("ly", ("natural",), pf_felling, ""), ("ny", ("individual",), pf_pesticide, "农资"),
    ("ny", ("natural",), pf_fishing, ""), ("rs", ("legal", "individual"), pf_wages, "建筑劳务"),
    ("jy", ("legal",), pf_training, "教育咨询"), ("sl", ("natural",), pf_sand, ""),
    ("xf", ("individual", "legal"), pf_fire, "商贸"), ("jt", ("natural",), pf_driver_revoke, ""),
]
SHOP_KIND = {"食品": "便利店", "餐饮管理": "饭店", "商贸": "百货店", "物流": "汽修厂", "酒店管理": "浴池", "网络科技": "网吧",
             "娱乐": "歌厅", "农资": "农资经营部", "建筑劳务": "装修队", "": "经营部"}


# ---------------------------------------------------------------- license scenarios
# Each returns (XKWS, XKLB, XKZS, XKBH, NR, years valid or None for long-term, BZ extra).


def num(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def lf_food(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "JY" + rng.choice("123") + j.area + num(rng, 7)
    mgr = mention(rec, rng.choice(["食品安全管理人员：", "食品安全管理员", "食品安全员："]), want=rng.choice([["phone"], ["id"], []]), style=0)
    nr = "主体业态：%s；经营项目：%s。%s。经营场所：%s" % (
        rng.choice(["食品销售经营者（便利店）", "餐饮服务经营者（小型餐馆）", "单位食堂（学校食堂）"]),
        rng.choice(["预包装食品（含冷藏冷冻食品）销售", "热食类食品制售", "散装食品销售，热食类食品制售"]), mgr,
        rec.p(biz_address(rec)))
    return "食品经营许可决定书", "普通", "食品经营许可证", rec.p(bh), nr, 5, ""


def lf_drug(rec, sb, ag):
    rng, j = rec.rng, rec.j
    prov = j.prov[:2] if j.prov[:2] not in ("内蒙", "新疆", "广西", "宁夏") else j.prov[:3].rstrip("古吾族回壮")
    bh = "%s%s%s" % (prov, rng.choice(["AA", "CB", "DA"]), num(rng, 7))
    q = Person(rec)
    nr = "经营方式：%s；经营范围：处方药、甲类非处方药、乙类非处方药：中成药、化学药制剂、抗生素制剂；企业负责人：%s；质量负责人：%s（执业药师，注册证编号%s）。" % (
        rng.choice(["零售（连锁）", "零售", "批发"]), Person(rec).n(), q.n(), "Z" + num(rng, 14))
    bz = "联系人" + mention(rec, "", want=["phone"], style=0) if rng.random() < 0.5 else ""
    return "药品经营许可决定书", "普通", "药品经营许可证", rec.p(bh), nr, 5, bz


def lf_clinic(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "PDY%s%s%s" % (num(rng, 5), j.area, "1" + num(rng, 2) + rng.choice(["D2112", "C2112", "A1112"]))
    staff = "、".join("%s（%s）" % (Person(rec).n(), rng.choice(["执业医师", "执业助理医师", "注册护士", "乡村医生"])) for _ in range(rng.randint(1, 3)))
    who = sb.who if sb.cat != "legal" else sb.repname
    nr = "机构名称：%s；诊疗科目：%s；主要负责人：%s；卫生技术人员：%s。" % (
        rec.p(j.county + rng.choice(["仁和", "康宁", "济民", "同心", "安康"]) + rng.choice(["诊所", "中医诊所", "口腔诊所"])),
        rng.choice(["内科；外科；中医科", "口腔科", "全科医疗科"]), who if sb.cat == "legal" else Person(rec).n(), staff)
    return "医疗机构执业许可决定书", "普通", "医疗机构执业许可证", rec.p(bh), nr, 5, ""


def lf_construction(rec, sb, ag):
    rng, j = rec.rng, rec.j
    d = rng.choice(["20250312", "20250918", "20260415", "20260703"])
    bh = j.area + d + num(rng, 2) + num(rng, 2)
    pm = Person(rec)
    nr = "建设单位：%s；工程名称：%s；建设地址：%s；建筑面积：%d平方米；合同价格：%d万元；施工单位：%s；项目经理：%s（注册编号%s）；监理单位：%s；总监理工程师：%s。" % (
        sb.who, rec.p(rng.choice(["%s%s小区%s期" % (j.county, rng.choice(["翰林", "书香", "滨江", "锦绣"]), cn_num(rng.randint(1, 3))),
                                   "%s第二人民医院门诊综合楼" % j.county, "%s实验小学教学楼" % j.county])),
        rec.p(j.county + rng.choice(j.towns) + rng.choice(j.roads) + rng.choice(["以东", "以南", "西侧", "与规划路交叉口"])),
        rng.randint(3000, 90000), rng.randint(500, 30000), rec.p(company(rec, "建筑工程")),
        pm.n(), rng.choice(["冀", "晋", "鄂", "闽", "贵"]) + "1" + num(rng, 11), rec.p(company(rec, "工程监理")), Person(rec).n())
    return "建筑工程施工许可决定书", "普通", "建筑工程施工许可证", rec.p(bh), nr, None, ""


def lf_transport(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "%s交运管许可%s字%s%s号" % (j.prov[0], j.abbr, j.area, num(rng, 6))
    nr = "经营范围：%s。车辆%d辆。%s" % (rng.choice(["道路普通货物运输", "货物专用运输（集装箱）", "县内班车客运", "道路危险货物运输（第3类）"]),
                                   rng.randint(1, 30), "安全负责人" + mention(rec, "", want=rng.choice([["phone"], []]), style=0) + "。")
    return "道路运输经营许可决定书", "普通", "道路运输经营许可证", rec.p(bh), nr, 4, ""


def lf_qualification(rec, sb, ag):
    rng = rec.rng
    p = sb.person
    bh = rec.s("id_number", p.id)
    nr = "从业资格类别：%s。%s%s，经考试合格，准予核发道路运输从业资格证，证号与身份证号码一致。" % (
        rng.choice(["经营性道路旅客运输驾驶员", "经营性道路货物运输驾驶员", "道路危险货物运输押运人员", "巡游出租汽车驾驶员"]),
        "申请人" + sb.who, rng.choice(["（准驾车型A2）", "（准驾车型B2）", "", "（C1，驾驶证号" + rec.s("id_number", p.id) + "）"]))
    bz = "" if rng.random() < 0.5 else "申请人委托" + mention(rec, "", want=rng.choice([["id"], ["id", "phone"]]), style=0) + "代为领取。"
    return "道路运输从业资格许可决定书", "认可", "道路运输从业资格证", bh, nr, 6, bz


def lf_felling(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "%s%s%s" % (j.area, rng.choice(["2025", "2026"]), num(rng, 6))
    nb = [Person(rec) for _ in range(4)]
    site = j.county + rng.choice(j.towns) + rng.choice(j.villages) + rng.choice(["后山", "大坪岭", "杉木湾", "河滩地"])
    nr = "采伐地点：%s，小班号%d-%d；四至：东至%s林地，南至%s承包地，西至山脊，北至%s责任山；树种：%s；采伐方式：%s；面积%s亩；蓄积%d立方米。" % (
        rec.p(site), rng.randint(1, 40), rng.randint(1, 20), nb[0].n(), nb[1].n(), nb[2].n(),
        rng.choice(["杉木", "马尾松", "杨树", "桉树"]), rng.choice(["皆伐", "择伐", "间伐"]), cn_num(rng.randint(2, 30)), rng.randint(10, 300))
    return "林木采伐许可决定书", "普通", "林木采伐许可证", rec.p(bh), nr, 1, ""


def lf_water(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "取水(%s)字[%d]第%03d号" % (j.abbr, rng.choice([2025, 2026]), rng.randint(1, 300))
    nr = "取水地点：%s；水源类型：%s；取水用途：%s；年取水量%d万立方米。" % (
        rec.p(rng.choice(j.towns) + rng.choice(j.villages) + "机井" + str(rng.randint(1, 9)) + "号"), rng.choice(["地下水", "地表水"]),
        rng.choice(["农业灌溉", "工业生产", "养殖"]), rng.randint(1, 90))
    if sb.cat == "natural":
        nr += "申请人" + sb.who + "，" + sb.person.phone() + "。"
    return "取水许可决定书", "普通", "取水许可证", rec.p(bh), nr, 5, ""


def lf_discharge(rec, sb, ag):
    rng = rec.rng
    bh = rec.fields["XDR_SHXYM"]
    code = rec.render(False)["XDR_SHXYM"] + rng.choice(["001V", "001P", "002Q", "001U"])
    nr = "行业类别：%s；排污许可管理类别：%s；主要污染物：%s。环保负责人%s。" % (
        rng.choice(["化学原料制造", "砖瓦制造", "屠宰及肉类加工", "金属表面处理"]), rng.choice(["重点管理", "简化管理"]),
        rng.choice(["颗粒物、二氧化硫", "化学需氧量、氨氮"]), mention(rec, "", want=rng.choice([["phone"], []]), style=0))
    return "排污许可决定书", "普通", "排污许可证", rec.p(code), nr, 5, ""


def lf_publication(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "新出发%s零字第%s号" % (j.abbr, num(rng, 5))
    nr = "经营范围：图书、报纸、期刊零售。经营场所：%s。" % rec.p(rng.choice(j.roads) + "%d号" % rng.randint(1, 300))
    return "出版物经营许可决定书", "普通", "出版物经营许可证", rec.p(bh), nr, 6, ""


def lf_ktv(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "%s%s%s" % (j.area, rng.choice(["21", "22"]), num(rng, 5))
    nr = "经营项目：歌舞娱乐；包厢%d间；场所负责人%s；消防安全责任人%s。" % (
        rng.randint(6, 40), mention(rec, "", want=rng.choice([["phone"], ["id"], []]), style=0), Person(rec).n())
    return "娱乐场所经营许可决定书", "普通", "娱乐经营许可证", rec.p(bh), nr, 2, ""


def lf_hr(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "%s%s" % (j.area, num(rng, 8))
    nr = "服务范围：为劳动者介绍用人单位，为用人单位推荐劳动者，组织开展现场招聘会。机构负责人：%s；专职工作人员：%s。" % (
        Person(rec).n(), "、".join(Person(rec).n() for _ in range(rng.randint(2, 4))))
    return "人力资源服务许可决定书", "普通", "人力资源服务许可证", rec.p(bh), nr, None, ""


def lf_advert(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "%s户广字（%d）第%03d号" % (j.abbr, rng.choice([2025, 2026]), rng.randint(1, 400))
    nr = "设置地点：%s；形式：%s；规格：%d米×%d米。%s" % (
        rec.p(rng.choice(j.roads) + "与" + rng.choice(j.roads) + "交叉口西北角"), rng.choice(["单立柱", "墙体", "楼顶"]),
        rng.randint(2, 20), rng.randint(1, 8), "经办人：" + mention(rec, "", want=rng.choice([["phone"], ["id"], []]), style=0) + "。")
    return "户外广告设施设置许可决定书", "普通", "户外广告设置许可证", rec.p(bh), nr, 2, ""


def lf_road(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "%s占字%d%03d号" % (j.abbr, rng.choice([2025, 2026]), rng.randint(1, 900))
    nr = "占用地点：%s；用途：%s；面积%d平方米；占用期限%s个月。%s" % (
        rec.p(rng.choice(j.roads) + "%d号门前人行道" % rng.randint(1, 300)), rng.choice(["临时堆放建材", "搭建临时售卖亭", "开挖管道"]),
        rng.randint(4, 60), cn_num(rng.randint(1, 6)), "申请人" + sb.who + ("，" + sb.person.phone() if sb.cat != "legal" else "") + "。")
    return "临时占用城市道路许可决定书", "普通", "", rec.p(bh), nr, 1, ""


def lf_nurse(rec, sb, ag):
    rng = rec.rng
    p = sb.person
    bh = num(rng, 12)
    nr = "%s，执业地点：%s，符合%s规定的条件，准予注册。工作单位负责人%s。" % (
        "申请人" + sb.who + "（" + p.idtext(plain=True) + "）", rec.p(rec.j.county + rng.choice(["人民医院", "中医医院", "妇幼保健院"])),
        rec.p("《护士执业注册管理办法》"), Person(rec).n())
    return "护士执业注册决定书", "认可", "护士执业证书", rec.p(bh), nr, 5, ""


def lf_fishing(rec, sb, ag):
    rng, j = rec.rng, rec.j
    bh = "（%s）船网（%d）HY-%03d号" % (j.prov[0], rng.choice([2025, 2026]), rng.randint(1, 900))
    nr = "船名：%s；作业类型：%s；作业场所：%s。船舶所有人%s。" % (
        rec.p(j.abbr + "渔" + str(rng.randint(10000, 69999))), rng.choice(["刺网", "钓具", "笼壶"]), rng.choice(["内陆水域", "水库"]),
        sb.who + "，" + sb.person.addr())
    return "渔业捕捞许可决定书", "普通", "渔业捕捞许可证", rec.p(bh), nr, 5, ""


LICENSE = [
    ("sp", ("individual", "legal"), lf_food, "食品"), ("sp", ("legal",), lf_drug, "医药连锁"),
    ("wj", ("legal", "individual"), lf_clinic, "医疗管理"), ("zj", ("legal",), lf_construction, "房地产开发"),
    ("jt", ("legal", "individual"), lf_transport, "运输"), ("jt", ("natural",), lf_qualification, ""),
    ("ly", ("natural", "legal"), lf_felling, "林场"), ("sl", ("legal", "natural"), lf_water, "农业开发"),
    ("hb", ("legal",), lf_discharge, "建材"), ("wl", ("individual",), lf_publication, ""),
    ("wl", ("legal",), lf_ktv, "娱乐"), ("rs", ("legal",), lf_hr, "人力资源"),
    ("cg", ("legal", "individual"), lf_advert, "文化传媒"), ("cg", ("natural", "individual"), lf_road, ""),
    ("wj", ("natural",), lf_nurse, ""), ("ny", ("natural",), lf_fishing, ""),
    ("jt", ("natural",), lf_qualification, ""),
]
SHOP_KIND.update({"医药连锁": "药房", "医疗管理": "诊所", "运输": "货运部", "文化传媒": "广告部", "林场": "林场"})
SHOP_KIND["书店"] = "书店"
LICENSE[9] = ("wl", ("individual",), lf_publication, "书店")
NEEDS_ID = (lf_qualification, pf_driver_revoke, lf_nurse)


def pick(rng, table, cat):
    return rng.choice([t for t in table if cat in t[1]])


def decision_date(rng):
    return dt.date(2025, 1, 2) + dt.timedelta(days=rng.randint(0, (dt.date(2026, 11, 20) - dt.date(2025, 1, 2)).days))


def penalty_wsh(rng, ag, d):
    n = rng.randint(1, 420)
    tag = ag[3]
    return rng.choice(["%s罚〔%d〕%d号" % (tag, d.year, n), "%s处罚〔%d〕%03d号" % (tag, d.year, n),
                       "%s罚字[%d]第%d号" % (tag, d.year, n), "%s罚决字〔%d〕第%04d号" % (tag, d.year, n),
                       "%s行罚决字（%d）%d号" % (tag, d.year, n)])


def build_penalty(rng, j, cat):
    dept, _, fn, industry = pick(rng, PENALTY, cat)
    rec = Rec(rng, j, "penalty")
    sb = make_subject(rec, cat, industry, SHOP_KIND.get(industry, "经营部"))
    if fn in NEEDS_ID and rec.fields.get("XDR_ZJLX") != "身份证":
        return None
    ag = agency(j, dept)
    wfxw, facts, yj, cflb, items, fk, wfff, zk = fn(rec, sb)
    d = decision_date(rng)
    wsh = penalty_wsh(rng, ag, d)
    f = rec.fields
    serious = fk >= 100000 or "吊销许可证件" in cflb
    gs = add_months(d, 24 if serious else 12)
    ev = rng.choice(["以上事实有现场检查笔录、询问笔录、照片、视听资料等证据为证。", "上述事实，有现场笔录、调查询问笔录、当事人身份证明材料等证据证实。",
                     "当事人对违法事实无异议，并提交了书面陈述。", ""])
    extra = ""
    if rng.random() < 0.35:
        extra = "本案" + idlike(rec) + "。"
    sep = rng.choice(["\n", "", "\n\n", " "])
    rec.set("SY", sb.intro + sep + facts + extras(rec, sb) + ev + extra)
    rec.set("WFXW", wfxw)
    rec.set("YJ", yj + (rng.choice(["", "、" + law(rec, "中华人民共和国行政处罚法", "第二十八条第一款")]) if rng.random() < 0.4 else ""))
    rec.set("CFLB", rng.choice([";", ";", "；"]).join(cflb))
    lead = rng.choice(["依据%s的规定，决定给予当事人如下行政处罚：", "根据%s之规定，本机关决定对当事人作出以下处理：", "依照%s，决定：", "现依据%s，责令当事人改正违法行为，并作出如下处罚："]) % yj
    pay = ""
    if "罚款" in cflb:
        pay = rng.choice(["\n罚款限于收到本决定书之日起十五日内缴至指定银行，", "。请于十五日内缴纳罚款，", "。罚款通过非税收入统一缴款平台缴纳，"])
        pay += rng.choice([paycode(rec), idlike(rec), "逾期每日按罚款数额的3%加处罚款"])
    nr = lead + numbering(rng, items) + pay + "。" + appeal(rec, ag)
    rec.set("NR", nr)
    if "罚款" in cflb:
        f["NR_FK"] = wan(fk)
    if any(c.startswith("没收") for c in cflb):
        f["NR_WFFF"] = wan(max(wfff, 1))
    if zk:
        f["NR_ZKDX"] = zk
    f["WSH"] = rec.p(wsh)
    f["JDRQ"] = d.isoformat() if rng.random() < 0.9 else d.strftime("%Y/%m/%d")
    f["GSJZQ"] = gs.isoformat()
    if rng.random() < 0.5:
        f["YXQ"] = gs.isoformat()
    f["CFJG"] = rec.p(ag[0])
    f["CFJGDM"] = rec.p(ag[1])
    f["SJLY"] = rec.p(ag[0])
    f["SJLYDM"] = ag[1]
    bz = delivery(rec, sb)
    if bz:
        rec.set("BZ", bz)
    return finish(rec)


def build_license(rng, j, cat):
    dept, _, fn, industry = pick(rng, LICENSE, cat)
    rec = Rec(rng, j, "license")
    sb = make_subject(rec, cat, industry, SHOP_KIND.get(industry, "经营部"))
    if fn in NEEDS_ID and rec.fields.get("XDR_ZJLX") != "身份证":
        return None
    ag = agency(j, dept)
    xkws, xklb, xkzs, xkbh, nr, years, bz = fn(rec, sb, ag)
    d = decision_date(rng)
    f = rec.fields
    f["XKWS"] = xkws
    n = rng.randint(1, 2000)
    f["WSH"] = rec.p(rng.choice(["%s许〔%d〕%d号" % (ag[3], d.year, n), "%s许字[%d]第%04d号" % (ag[3], d.year, n),
                                 "%s准字（%d）%d号" % (ag[3], d.year, n)]))
    f["XKLB"] = xklb
    if xkzs:
        f["XKZS"] = xkzs
    f["XKBH"] = xkbh
    head = rng.choice(["", "经审查，", "申请人提交的申请材料齐全、符合法定形式，", "你单位/你提出的申请符合法定条件，"])
    tail = rng.choice(["准予许可。", "决定准予行政许可。", "", "现予以许可。"])
    if rng.random() < 0.3:
        tail += idlike(rec) + "。"
    if rng.random() < 0.3:
        tail += rng.choice(["咨询电话：", "政务服务中心咨询电话："]) + rec.p(ag[2]) + "。"
    intro = ""
    if rng.random() < 0.5:
        intro = sb.intro.replace("当事人：", rng.choice(["申请人：", "申请单位：" if sb.cat == "legal" else "申请人："])) + rng.choice(["\n", "", " "])
    if not nr.endswith("。"):
        nr += "。"
    rec.set("NR", intro + head + nr + tail)
    f["JDRQ"] = d.isoformat()
    f["YXQZ"] = d.isoformat()
    f["YXQZI"] = "2099-12-31" if years is None else (add_months(d, 12 * years) - dt.timedelta(days=1)).isoformat()
    f["XKJG"] = rec.p(ag[0])
    f["XKJGDM"] = rec.p(ag[1])
    f["ZT"] = "1"
    f["LYDW"] = ag[0]
    f["LYDWDM"] = ag[1]
    parts = [bz] if bz else []
    if rng.random() < 0.45:
        parts.append(delivery(rec, sb))
    if sb.cat == "legal" and rng.random() < 0.25:
        parts.append("申请材料由" + rng.choice(["委托代理人", "受托人", "经办人", "企业员工"]) +
                     mention(rec, "", want=rng.choice([["id"], ["id", "phone"], ["phone"]]), style=0) + "提交。")
    if sb.cat == "legal" and rng.random() < 0.15:
        p = Person(rec)
        parts.append("通知书抄送股东" + p.n() + "，" + email_text(rec, p) + "。")
    bz = "".join(x for x in parts if x)
    if bz:
        rec.set("BZ", bz)
    return finish(rec)


def generate():
    rng = random.Random(SEED)
    plan = []
    for kind in ("license", "penalty"):
        plan += [(kind, c) for c in ["natural"] * 30 + ["individual"] * 30 + ["legal"] * 60]
    rng.shuffle(plan)
    out = []
    for i, (kind, cat) in enumerate(plan):
        j = JURIS[i % len(JURIS)] if rng.random() < 0.7 else rng.choice(JURIS)
        for _ in range(200):
            r = (build_license if kind == "license" else build_penalty)(rng, j, cat)
            if r is not None:
                break
        else:
            raise SystemExit("cannot draw record %d" % i)
        out.append(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(out) + "\n"


def stats(text):
    from collections import Counter
    rows = [json.loads(l) for l in text.splitlines()]
    by = Counter()
    for r in rows:
        lb = r["record"].get("CF_XDR_LB") or r["record"].get("XK_XDR_LB")
        by[(r["kind"], lb)] += 1
        for s in r["secrets"]:
            by[("secret", s["category"], lb)] += 1
        by[("public", lb)] += len(r["public"])
    for k in sorted(by):
        print(k, by[k])
    tot = Counter()
    for r in rows:
        for s in r["secrets"]:
            tot[s["category"]] += 1
    print(dict(tot), sum(tot.values()), "publics", sum(len(r["public"]) for r in rows))


def main():
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            ok = fh.read() == text
        print("records.jsonl matches the generator" if ok else "records.jsonl DIFFERS from the generator")
        sys.exit(0 if ok else 1)
    if "--stats" in sys.argv:
        stats(text)
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
