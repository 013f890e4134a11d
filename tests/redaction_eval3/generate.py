#!/usr/bin/env python3
"""Writes records.jsonl, the third labelled redaction evaluation set.

Written without reading the detectors, their tests, or the generators of the
first two sets: the vocabulary, places, cue phrases and document layouts
below come from published 行政处罚决定书 / 行政许可决定书 of county-level
departments (government portals, 信用中国). Labels follow DOMAIN.md §4 and
issue 8, never what the code does.

Deterministic (fixed seed, Python 3 standard library only).
    python3 generate.py            write records.jsonl
    python3 generate.py --check    exit 1 unless records.jsonl is what this writes
    python3 generate.py --stats    print counts
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 20261128
N_RECORDS = 300
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "records.jsonl")

# ---------------------------------------------------------------- people

SURNAMES_COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
    "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
    "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
SURNAMES_RARE = list("禤亓仉鄢逄郇昝芮蒯隗阚厍郗恽酆皮暴冀揭璩郜訾钭茹粟盖帅綦钮那仝笪逯楚衣满蹇")
SURNAMES_COMPOUND = [
    "欧阳", "司马", "上官", "诸葛", "太史", "皇甫", "令狐", "慕容", "尉迟", "公孙",
    "夏侯", "长孙", "宇文", "司徒", "端木", "闻人", "呼延", "东方", "南宫", "澹台",
    "第五", "万俟", "钟离", "拓跋", "申屠", "独孤", "赫连", "轩辕", "百里", "左丘",
]
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红亮飞鹏辉婷玲"
    "雪梅斌宇浩凯俊晨欣怡佳琪子轩梓涵雨萱思远博文嘉豪家乐振海永福德胜春燕晓东"
    "立新卫东海燕淑珍凤琴秀云金凤桂芝翠萍玉梅丽萍春梅国庆建军建华红梅小龙小燕"
    "文杰志强树林长青宏伟维汉继承守仁培元瑞祥庆丰广才昌盛炳坤锦程沛霖昊天睿泽"
)
UYGHUR_GIVEN = ["阿卜杜拉", "艾力", "买买提江", "吐尔逊", "阿迪力", "努尔艾力", "帕提古丽",
                "阿依努尔", "古丽娜尔", "热依拉", "迪丽努尔", "艾尔肯", "伊力哈木", "米热阿依"]
UYGHUR_FATHER = ["买买提", "吐尔逊", "艾海提", "阿不都热依木", "热合曼", "司马义", "依明",
                 "托合提", "玉素甫", "艾买尔", "克热木", "阿不力孜"]
TIBETAN = ["扎西", "次仁", "多吉", "卓玛", "央金", "格桑", "拉姆", "顿珠", "旦增", "尼玛",
           "达瓦", "平措", "索朗", "白玛", "普布", "边巴", "德吉", "洛桑"]
MONGOL = ["巴特尔", "乌云其木格", "那仁满都拉", "额尔敦巴雅尔", "苏日娜", "阿拉坦仓",
          "宝音图", "萨仁高娃", "斯琴图雅", "朝鲁门"]
YI = ["吉克阿依", "沙马拉则", "阿苏尔古", "曲比阿果", "马海木呷", "俄底伍各"]
JAPANESE = ["佐藤健一", "高桥美咲", "田中裕子", "渡边翔太", "山本和也", "中村由美", "小林大辅",
            "伊藤直树", "松本亮介", "井上真理子", "木村拓也", "清水彩香"]
KOREAN_HAN = ["朴正勋", "崔允熙", "金敏浩", "李承宪", "朴智妍", "郑允浩", "韩在锡", "姜美善"]
LATIN = ["Michael Brown", "Olivia MARTIN", "Pierre Dubois", "Nguyen Van Thanh", "Ivan Petrov",
         "Ahmed Hassan", "Kim Min-jun", "Park Ji-yeon", "SMITH John", "Maria Gonzalez",
         "Tanaka Hiroshi", "Somchai Srisuk", "Anna Kowalski", "David Wilson", "Choi Seung-hyun"]

# ---------------------------------------------------------------- places
# county: (province, city, county, 6-digit code, phone area code, short name,
#          towns, villages, roads, estates, group word)

COUNTIES = [
    ("山西省", "晋中市", "榆次区", "140702", "0354", "榆",
     ["郭家堡乡", "东阳镇", "长凝镇", "修文镇"], ["南庄", "后沟", "北田", "张庆", "西见子", "鸣谦"],
     ["顺城街", "迎宾街", "蕴华街", "锦纶路", "汇通路"], ["锦纶佳苑", "榆华里", "怡馨苑"], "组"),
    ("河北省", "保定市", "涿州市", "130681", "0312", "涿",
     ["松林店镇", "码头镇", "东仙坡镇", "刁窝镇"], ["西豆庄", "北蔡", "大马村", "三家店", "东城坊"],
     ["范阳路", "冠云东路", "华阳路", "鼓楼大街"], ["清凉寺小区", "桃园里", "京南花园"], "组"),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "0433", "延",
     ["依兰镇", "朝阳川镇", "小营镇"], ["春兴", "光东", "太兴", "仁坪", "柳洞"],
     ["光明街", "人民路", "公园路", "延吉路"], ["新兴小区", "河南街阳光小区", "丹英小区"], "组"),
    ("黑龙江省", "齐齐哈尔市", "龙沙区", "230202", "0452", "龙",
     ["大民街道", "江安街道", "湖滨街道"], ["五龙", "明月岛", "大民"],
     ["卜奎大街", "龙华路", "中华路", "新明大街"], ["铁锋小区", "明月花园", "军校小区"], "组"),
    ("江苏省", "徐州市", "沛县", "320322", "0516", "沛",
     ["龙固镇", "杨屯镇", "敬安镇", "魏庙镇", "朱寨镇"], ["王店", "李集", "刘楼", "孙庄", "大屯", "沛公庄"],
     ["汉兴路", "汤沐路", "汉源大道", "东风路"], ["汉城花园", "龙湖佳苑", "沛公新村"], "组"),
    ("浙江省", "金华市", "义乌市", "330782", "0579", "义",
     ["佛堂镇", "赤岸镇", "义亭镇", "上溪镇", "苏溪镇"], ["塔山", "倍磊", "雅治街", "毛店", "何宅"],
     ["稠州北路", "工人北路", "宾王路", "江滨中路", "城中中路"], ["绣湖小区", "宾王小区", "丹溪小区"], "组"),
    ("福建省", "泉州市", "晋江市", "350582", "0595", "晋",
     ["陈埭镇", "磁灶镇", "安海镇", "龙湖镇", "深沪镇"], ["湖中", "岸兜", "溪边", "衙口", "石龟"],
     ["世纪大道", "泉安中路", "青阳街", "梅岭路"], ["阳光花园", "金融广场小区", "锦绣庄园"], "组"),
    ("湖北省", "襄阳市", "枣阳市", "420683", "0710", "枣",
     ["吴店镇", "兴隆镇", "琚湾镇", "熊集镇"], ["白水", "清潭", "郭营", "赵湾", "土桥"],
     ["光武大道", "民主路", "襄阳路", "书院街"], ["书院小区", "恒大名都", "民主新村"], "组"),
    ("广东省", "梅州市", "兴宁市", "441481", "0753", "兴",
     ["宁新街道", "叶塘镇", "坭陂镇", "罗岗镇", "新陂镇"], ["和山", "河西", "大成", "黄陂", "新圩"],
     ["兴城大道", "环城南路", "司前街", "兴南大道"], ["富豪山庄", "金凤小区", "东门花园"], "组"),
    ("贵州省", "黔东南苗族侗族自治州", "凯里市", "522601", "0855", "凯",
     ["三棵树镇", "舟溪镇", "旁海镇", "湾水镇"], ["季刀", "南花", "麻塘", "情郎", "格细"],
     ["韶山南路", "营盘东路", "北京东路", "文化北路"], ["金井小区", "鸭塘新区", "清江苑"], "组"),
    ("陕西省", "汉中市", "城固县", "610722", "0916", "城",
     ["博望街道", "上元观镇", "原公镇", "桔园镇"], ["许家庙", "宝山", "五堵", "沙河营", "王家湾"],
     ["博望路", "东环一路", "文化路", "汉江路"], ["锦绣城", "金太阳小区", "城南新苑"], "组"),
    ("甘肃省", "天水市", "秦州区", "620502", "0938", "秦",
     ["玉泉镇", "藉口镇", "皂郊镇", "天水镇"], ["烟铺", "王家磨", "暖和湾", "罗家堡", "柏林"],
     ["民主西路", "岷山路", "藉河南路", "建设路"], ["天水郡小区", "龙城广场小区", "双桥小区"], "组"),
    ("新疆维吾尔自治区", "喀什地区", "喀什市", "653101", "0998", "喀",
     ["浩罕乡", "乃则尔巴格镇", "夏马勒巴格镇"], ["阿亚格曼干", "托万克吐格曼贝希", "帕合太克里"],
     ["人民东路", "解放北路", "克孜都维路", "色满路"], ["东湖小区", "天南小区", "西域明珠小区"], "组"),
    ("西藏自治区", "日喀则市", "桑珠孜区", "540202", "0892", "桑",
     ["甲措雄乡", "年木乡", "东嘎乡", "江当乡"], ["朗日", "恰热", "曲美", "帕热"],
     ["上海中路", "珠峰路", "山东路", "吉林北路"], ["扎西宗小区", "德勒小区", "雪域新村"], "组"),
    ("宁夏回族自治区", "吴忠市", "利通区", "640302", "0953", "利",
     ["金积镇", "金银滩镇", "扁担沟镇", "上桥镇"], ["秦坝关", "郭家桥", "马家湖", "早元", "高闸"],
     ["明珠路", "利宁街", "开元大道", "古城东路"], ["朝阳花园", "利通家园", "金星小区"], "组"),
    ("重庆市", "", "万州区", "500101", "023", "万",
     ["分水镇", "龙驹镇", "甘宁镇", "长岭镇", "高梁镇"], ["石碾", "梨树", "高峰", "永胜", "兴茂"],
     ["白岩路", "沙龙路", "国本路", "北山大道"], ["江南新区丽苑", "金科观澜", "五桥新村"], "社"),
    ("辽宁省", "大连市", "庄河市", "210283", "0411", "庄",
     ["大郑镇", "青堆镇", "黑岛镇", "光明山镇"], ["大郑", "林家", "盘道岭", "沙岗", "英那河"],
     ["黄海大街", "昌盛街", "新华路", "北大街"], ["兴达小区", "明阳山庄", "城东新村"], "组"),
    ("内蒙古自治区", "赤峰市", "松山区", "150404", "0476", "松",
     ["太平地镇", "当铺地满族乡", "穆家营子镇", "初头朗镇"], ["哈拉道口", "八家", "三眼井", "黄家梁"],
     ["玉龙大街", "临潢大街", "昭乌达路", "富河街"], ["松州花园", "西城家园", "天义小区"], "组"),
    ("四川省", "凉山彝族自治州", "西昌市", "513401", "0834", "西",
     ["安宁镇", "礼州镇", "川兴镇", "佑君镇"], ["焦家", "白庙", "三岔口", "新华", "东河"],
     ["航天大道", "三岔口南路", "胜利路", "长安东路"], ["邛海丽景", "航天小区", "月城花园"], "社"),
    ("湖南省", "常德市", "澧县", "430723", "0736", "澧",
     ["澧阳街道", "小渡口镇", "梦溪镇", "大堰垱镇"], ["彭家厂", "车溪", "八根松", "七里湖", "荆河"],
     ["澧州大道", "仙鹤路", "解放路", "公园路"], ["澧水家园", "兰江小区", "金罗新村"], "组"),
]

COMPANY_TRADE = ["鑫源", "恒泰", "宏达", "瑞丰", "金穗", "华信", "永盛", "康源", "盛世", "博远",
                 "天成", "中联", "安泰", "汇通", "锦程", "顺达", "欣荣", "绿源", "佳和", "诚信",
                 "聚福", "新锐", "东升", "嘉禾", "福满多", "百家乐", "千禧", "万和"]
COMPANY_LINE = {
    "food": ["食品有限公司", "餐饮管理有限公司", "超市有限公司", "商贸有限公司", "酒店管理有限公司"],
    "drug": ["医药连锁有限公司", "大药房有限公司", "药业有限公司"],
    "transport": ["物流有限公司", "运输有限公司", "汽车客运有限公司", "出租汽车有限公司"],
    "build": ["建筑工程有限公司", "建设集团有限公司", "房地产开发有限公司", "装饰工程有限公司"],
    "industry": ["化工有限公司", "建材有限公司", "机械制造有限公司", "塑料制品有限公司", "铸造有限公司"],
    "health": ["医院有限公司", "口腔门诊部有限公司", "健康管理有限公司", "洗浴有限公司"],
    "tour": ["国际旅行社有限公司", "旅行社有限责任公司", "文化传媒有限公司", "网络科技有限公司"],
    "general": ["商贸有限公司", "实业有限公司", "贸易有限公司", "科技有限公司"],
    "cafe": ["网络科技有限公司", "网络文化有限公司", "网咖有限公司", "电竞文化传媒有限公司"],
}
SHOP_KIND = {
    "food": ["面馆", "小吃店", "副食店", "烧烤店", "饭店", "生鲜超市", "熟食店", "早餐店"],
    "drug": ["大药房", "药店", "诊所"],
    "transport": ["货运部", "运输队", "汽车维修部"],
    "build": ["装饰部", "建材经营部", "水电安装部"],
    "industry": ["加工厂", "木材加工厂", "废品收购站", "机修厂"],
    "health": ["足浴店", "理发店", "美容美发店", "诊所"],
    "tour": ["网吧", "民宿", "农家乐", "歌厅"],
    "general": ["日杂店", "便利店", "五金店", "经营部"],
    "cafe": ["网吧", "网咖", "电竞馆"],
}

# ---------------------------------------------------------------- numbers

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
USCC_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                 "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187",
                 "188", "189", "191", "193", "195", "198", "199"]
CARD_PREFIX = ["622202", "621700", "622848", "621483", "623668", "621226", "622700", "622588",
               "621799", "622908", "620522", "621661"]
EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "sina.com", "139.com", "foxmail.com",
                 "hotmail.com", "outlook.com", "yeah.net", "gmail.com"]


def id_check(first17):
    return ID_C[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def is_id18(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if s[17].upper() != id_check(s[:17]):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= int(s[6:10]) <= 2099


def uscc_check(first17):
    s = sum(USCC_A.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_A[(31 - s % 31) % 31]


def org_code(rng):
    body = "".join(rng.choice("0123456789") for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(d) * x for d, x in zip(body, w)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng, head, area):
    first = head + area + org_code(rng)
    return first + uscc_check(first)


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CN_DIGIT = "〇一二三四五六七八九"


def cn_num(n):
    """1..99 as Chinese numerals: 3 → 三, 12 → 十二, 23 → 二十三."""
    if n < 10:
        return CN_DIGIT[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGIT[t]) + "十" + (CN_DIGIT[u] if u else "")


def cn_digits(n):
    return "".join(CN_DIGIT[int(c)] for c in str(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")

DAXIE = "零壹贰叁肆伍陆柒捌玖"


def daxie_yuan(yuan):
    """Integer yuan < 1亿 in 大写: 25000 → 贰万伍仟元整."""
    units = ["", "拾", "佰", "仟"]

    def four(n):
        out, zero = "", False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DAXIE[d] + u
        return out
    del units
    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan:
        s += four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


def wan(yuan):
    """Yuan as the standard's 万元 decimal: 5000 → 0.5."""
    s = "%.6f" % (yuan / 10000.0)
    s = s.rstrip("0").rstrip(".")
    return s


def fmt_date(rng, d, style=None):
    style = style if style is not None else rng.randrange(6)
    if style == 0:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == 1:
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == 2:
        return d.strftime("%Y-%m-%d")
    if style == 3:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if style == 4:
        return "%s年%s月%s日" % (cn_digits(d.year), cn_num(d.month), cn_num(d.day))
    return d.strftime("%Y/%m/%d")


# ---------------------------------------------------------------- labelled text
# Free text is composed with markers: a secret's marker stands for its value
# (and a skeleton where it is an opaque token), a public value's marker for
# its value in both. Punctuation styles are applied to the template text
# around the markers, never to the labelled values.

SEC_OPEN, SEC_CLOSE, PUB_OPEN, PUB_CLOSE = "\x01", "\x02", "\x03", "\x04"
MARK_RE = re.compile("([\x01\x03])(\\d+)[\x02\x04]")
FULL_TO_HALF = {"：": ":", "，": ",", "（": "(", "）": ")", "；": ";", "！": "!", "？": "?"}


class Builder:
    def __init__(self, rng, kind, county):
        self.rng = rng
        self.kind = kind
        self.county = county
        self.fields = {}
        self.secrets = []   # [category, value]
        self.publics = []
        self.values = []    # marker index → value
        self.is_secret = []
        self.punct = rng.choice(["full", "full", "half", "mixed", "mixed"])

    # A secret value (with optional narrower secrets inside it).
    def S(self, category, value, *inner):
        self._secret(category, value)
        for cat, v in inner:
            assert v in value
            self._secret(cat, v)
        self.values.append(value)
        self.is_secret.append(True)
        return "%s%d%s" % (SEC_OPEN, len(self.values) - 1, SEC_CLOSE)

    def _secret(self, category, value):
        if [category, value] not in self.secrets:
            self.secrets.append([category, value])

    # A public value; label=False inserts it without labelling it.
    def P(self, value, label=True):
        if label and value not in self.publics:
            self.publics.append(value)
        self.values.append(value)
        self.is_secret.append(False)
        return "%s%d%s" % (PUB_OPEN, len(self.values) - 1, PUB_CLOSE)

    def style(self, text):
        out = []
        for ch in text:
            half = FULL_TO_HALF.get(ch)
            if half and (self.punct == "half" or (self.punct == "mixed" and self.rng.random() < 0.5)):
                out.append(half)
            else:
                out.append(ch)
        return "".join(out)

    def set(self, code, text, styled=False):
        self.fields[code] = self.style(text) if styled else text

    def render(self, skeleton):
        def sub(m):
            i = int(m.group(2))
            if skeleton and self.is_secret[i]:
                return "〓"
            return self.values[i]
        return {k: MARK_RE.sub(sub, v) for k, v in self.fields.items()}


# ---------------------------------------------------------------- generators of values

def rand_date(rng, lo, hi):
    return lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))


def han_name(rng, given_len=None):
    r = rng.random()
    if r < 0.72:
        s = rng.choice(SURNAMES_COMMON)
    elif r < 0.86:
        s = rng.choice(SURNAMES_RARE)
    else:
        s = rng.choice(SURNAMES_COMPOUND)
    n = given_len or (1 if rng.random() < 0.3 else 2)
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def any_name(rng, county=None):
    """A natural person's name, mostly Han; minority names more often in their regions."""
    r = rng.random()
    region = county[2] if county else ""
    if region == "喀什市" and r < 0.6 or r < 0.03:
        return rng.choice(UYGHUR_GIVEN) + "·" + rng.choice(UYGHUR_FATHER)
    if region == "桑珠孜区" and r < 0.6 or r < 0.05:
        a, b = rng.sample(TIBETAN, 2)
        return a + b
    if region == "松山区" and r < 0.25 or r < 0.065:
        return rng.choice(MONGOL)
    if region == "西昌市" and r < 0.35 or r < 0.075:
        return rng.choice(YI)
    if region == "延吉市" and r < 0.3 or r < 0.085:
        return rng.choice(KOREAN_HAN)
    if r < 0.10:
        return rng.choice(JAPANESE)
    if r < 0.12:
        return rng.choice(LATIN)
    return han_name(rng)


def id18(rng, area, lo_year=1950, hi_year=2004):
    born = rand_date(rng, datetime.date(lo_year, 1, 1), datetime.date(hi_year, 12, 28))
    first = area + born.strftime("%Y%m%d") + "%03d" % rng.randrange(1, 1000)
    return first + id_check(first)


def is_id15(s):
    if len(s) != 15 or not s.isdigit():
        return False
    try:
        datetime.date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    except ValueError:
        return False
    return True


def looks_not_id15(rng, make):
    """A 15-digit public number that does not pass as an old ID number (labels stay beyond dispute)."""
    while True:
        v = make()
        if not is_id15(v):
            return v


def id15(rng, area):
    born = rand_date(rng, datetime.date(1935, 1, 1), datetime.date(1968, 12, 28))
    return area + born.strftime("%y%m%d") + "%03d" % rng.randrange(1, 1000)


def mobile(rng):
    return rng.choice(MOBILE_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))


def landline(rng, area):
    n = 7 if len(area) == 4 and area not in ("0411",) else 8
    return rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(n - 1))


def bank_card(rng):
    length = rng.choice([16, 19, 19])
    body = rng.choice(CARD_PREFIX)
    body += "".join(rng.choice("0123456789") for _ in range(length - 1 - len(body)))
    return luhn_complete(body)


def passport_cn(rng):
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(
        rng.choice("0123456789") for _ in range(7))


def passport_foreign(rng):
    return rng.choice(["M", "G", "TK", "P", "C0", "N"]) + "".join(
        rng.choice("0123456789") for _ in range(7 if rng.random() < 0.5 else 8))


def permit_hk_mainland(rng):
    """往来港澳通行证 (mainland residents)."""
    return "C" + rng.choice("0123456789ABCDEFGH") + "".join(rng.choice("0123456789") for _ in range(7))


def permit_hk_resident(rng):
    """港澳居民来往内地通行证 (回乡证)."""
    return rng.choice("HM") + "".join(rng.choice("0123456789") for _ in range(8))


def permit_taiwan(rng):
    """台湾居民来往大陆通行证 (台胞证), 8 digits."""
    return "".join(rng.choice("0123456789") for _ in range(8))


def email_of(rng, name):
    local = rng.choice([
        lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
        + str(rng.randint(1970, 2003)),
        lambda: str(rng.randint(10000000, 2999999999)),
        lambda: rng.choice(["xiao", "da", "lao", "ah"]) + rng.choice(["wang", "li", "zhang", "chen",
                                                                   "liu", "yang", "huang"])
        + "_" + str(rng.randint(1, 999)),
        lambda: rng.choice(["sunny", "tiger", "lucky", "jasmine", "panda"]) + "."
        + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)),
    ])()
    return local + "@" + rng.choice(EMAIL_DOMAINS)


def write_id(rng, v):
    """An ID number as written in free text."""
    r = rng.random()
    if len(v) == 15 or r < 0.6:
        return v
    if r < 0.72:
        return " ".join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:18]])
    if r < 0.84:
        return " ".join([v[0:6], v[6:14], v[14:18]])
    if r < 0.92 and v.endswith("X"):
        return v[:-1] + "x"
    if r < 0.96:
        return v.translate(FW)
    return v


def write_mobile(rng, v):
    r = rng.random()
    if r < 0.5:
        return v, ""
    if r < 0.65:
        return "%s %s %s" % (v[:3], v[3:7], v[7:]), ""
    if r < 0.78:
        return "%s-%s-%s" % (v[:3], v[3:7], v[7:]), ""
    if r < 0.88:
        return v, "+86 "
    if r < 0.94:
        return v.translate(FW), ""
    return "%s %s %s" % (v[:3], v[3:7], v[7:]), "+86 "


def write_card(rng, v):
    if rng.random() < 0.4:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def write_landline(rng, area, num):
    return rng.choice(["%s-%s", "（%s）%s", "(%s)%s", "%s %s", "%s－%s"]) % (area, num)


class Person:
    def __init__(self, rng, county, name=None, home_county=None, lo=1950, hi=2004):
        self.name = name or any_name(rng, county)
        self.home = home_county or (county if rng.random() < 0.8 else rng.choice(COUNTIES))
        self.id = id18(rng, self.home[3], lo, hi)
        self.mobile = mobile(rng)
        self.addr = Address(rng, self.home)


class Address:
    """A home address: county-level prefix + the part below it."""

    def __init__(self, rng, county):
        prov, city, cty, _, _, _, towns, villages, roads, estates, group = county
        self.prefix_full = prov + city + cty if prov != "重庆市" else prov + cty
        self.prefix_short = city + cty if city and rng.random() < 0.5 else cty
        if rng.random() < 0.5:
            town, village = rng.choice(towns), rng.choice(villages)
            g = rng.randint(1, 15)
            n = rng.randint(1, 220)
            g_txt = rng.choice([cn_num(g) + group, str(g) + group, "第" + cn_num(g) + "村民小组",
                                cn_num(g) + group])
            n_txt = rng.choice([str(n) + "号", cn_num(n) + "号" if n < 100 else str(n) + "号",
                                str(n) + "号"])
            vword = "村" if not village.endswith("村") else ""
            self.below = town + village + vword + g_txt + n_txt
            self.narrow = g_txt + n_txt
            self.rural = True
        else:
            road, estate = rng.choice(roads), rng.choice(estates)
            n = rng.randint(1, 400)
            b, u = rng.randint(1, 32), rng.randint(1, 6)
            fl, rm = rng.randint(1, 28), rng.randint(1, 4)
            room = "%d%02d" % (fl, rm)
            form = rng.randrange(4)
            if form == 0:
                tail = "%d号%s%d栋%d单元%s室" % (n, estate, b, u, room)
            elif form == 1:
                tail = "%d号%s%s幢%s单元%s室" % (n, estate, cn_num(b), cn_num(u), cn_digits(room))
            elif form == 2:
                tail = "%d号院%d号楼%d单元%s" % (n, b, u, room)
            else:
                tail = "%d号%d-%d-%s" % (n, b, u, room)
            self.below = road + tail
            self.narrow = tail
            self.rural = False


# ---------------------------------------------------------------- agencies

DEPTS = {
    # key: (name pattern, WSH abbreviation)
    "market": ("{c}市场监督管理局", "市监"),
    "transport": ("{c}交通运输局", "交"),
    "eco": ("{city}生态环境局{c}分局", "环"),
    "health": ("{c}卫生健康局", "卫"),
    "tax": ("国家税务总局{city}{c}税务局", "税"),
    "build": ("{c}住房和城乡建设局", "建"),
    "safety": ("{c}应急管理局", "应急"),
    "culture": ("{c}文化广电和旅游局", "文旅"),
    "forest": ("{c}林业局", "林"),
    "approval": ("{c}行政审批服务局", "审批"),
    "enforce": ("{c}综合行政执法局", "综执"),
}


class Agency:
    def __init__(self, county, key):
        prov, city, cty, area, tel, short = county[:6]
        pattern, self.abbr = DEPTS[key]
        if key == "eco" and not city:
            pattern = "{p}{c}生态环境局"
        if key == "tax" and not city:
            pattern = "国家税务总局{p}{c}税务局"
        self.name = pattern.format(c=cty, city=city, p=prov)
        r = random.Random("agency:" + area + key)
        self.code = uscc(r, "11", area)
        self.tel = tel + "-" + r.choice("2345678") + "".join(
            r.choice("0123456789") for _ in range(6 if len(tel) == 4 else 7))
        self.short = short
        self.key = key


def wsh_penalty(rng, ag, year):
    n = rng.randint(1, 1800)
    a = ag.short + ag.abbr
    return rng.choice([
        "%s罚〔%d〕%d号" % (a, year, n),
        "%s处罚〔%d〕第%d号" % (a, year, n),
        "%s罚字[%d]%03d号" % (a, year, n),
        "%s罚决字（%d）%d号" % (a, year, n),
        "%s简罚〔%d〕%d号" % (a, year, n),
    ])


def wsh_license(rng, ag, year):
    n = rng.randint(1, 9000)
    a = ag.short + ag.abbr
    return rng.choice([
        "%s许字〔%d〕第%d号" % (a, year, n),
        "%s许准字[%d]%04d号" % (a, year, n),
        "%s许可决字（%d）第%d号" % (a, year, n),
        "%s准予许可〔%d〕%d号" % (a, year, n),
    ])


def ref18(rng, area, d, id_like):
    """An 18-digit reference number: area code, date, serial; half pass as an ID number."""
    while True:
        first = area + d.strftime("%Y%m%d") + "%03d" % rng.randrange(1000)
        if id_like:
            return first + id_check(first)
        last = rng.choice("0123456789")
        if last != id_check(first):
            return first + last


def payment_code(rng, area):
    return area + "".join(rng.choice("0123456789") for _ in range(14))


# ---------------------------------------------------------------- subjects

class Subject:
    """The decision's subject: fields set on the builder, and how text names it."""

    def __init__(self, b, cat, sector):
        rng, county = b.rng, b.county
        self.cat = cat
        self.county = county
        prov, city, cty, area = county[:4]
        self.sector = sector
        self.person = None
        self.rep_name = None
        self.premises = None
        if cat == "natural":
            p = Person(rng, county, lo=1952, hi=2003)
            self.person = p
            foreign = rng.random() < 0.12
            b.fields["XDR_LB"] = "自然人"
            if foreign:
                p.name = rng.choice(LATIN + JAPANESE)
                kind = rng.choice(["护照号", "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证"])
                if kind == "护照号":
                    p.id_value, p.id_cat = passport_foreign(rng), "passport"
                elif kind == "港澳居民来往内地通行证":
                    p.id_value, p.id_cat = permit_hk_resident(rng), "travel_permit"
                    p.name = han_name(rng)
                else:
                    p.id_value, p.id_cat = permit_taiwan(rng), "travel_permit"
                    p.name = han_name(rng)
                b.fields["XDR_ZJLX"] = kind
            else:
                p.id_value, p.id_cat = p.id, "id_number"
                b.fields["XDR_ZJLX"] = "身份证"
            b.fields["XDR_MC"] = b.S("person_name", p.name)
            b.fields["XDR_ZJHM"] = b.S(p.id_cat, p.id_value)
            self.name_mark = lambda: b.S("person_name", p.name)
        elif cat == "individual":
            p = Person(rng, county, lo=1955, hi=2000)
            self.person = p
            p.id_value, p.id_cat = p.id, "id_number"
            b.fields["XDR_LB"] = "个体工商户"
            kinds = SHOP_KIND[sector]
            town = rng.choice(county[6])
            form = rng.random()
            if form < 0.35:
                shop = cty + (town if rng.random() < 0.5 else "") + rng.choice(COMPANY_TRADE) + rng.choice(kinds)
                b.fields["XDR_MC"] = b.P(shop)
                self.shop_mark = lambda: b.P(shop)
            elif form < 0.7:
                pre = rng.choice([cty, city + cty if city else cty, town, ""])
                post = rng.choice(kinds)
                b.fields["XDR_MC"] = pre + b.S("person_name", p.name) + post
                self.shop_mark = lambda: pre + b.S("person_name", p.name) + post
            elif form < 0.85:
                b.fields["XDR_MC"] = b.S("person_name", p.name)
                self.shop_mark = lambda: b.S("person_name", p.name)
            else:
                shop = rng.choice(COMPANY_TRADE) + rng.choice(kinds)
                b.fields["XDR_MC"] = cty + shop + "（" + b.S("person_name", p.name) + "）"
                self.shop_mark = lambda: b.P(shop)
            if rng.random() < 0.7:
                b.fields["XDR_SHXYM"] = b.P(uscc(rng, "92", area))
            else:
                b.fields["XDR_SHXYM"] = "00000000000000000X"
                reg = looks_not_id15(rng, lambda: area + rng.choice("67") + "".join(rng.choice("0123456789") for _ in range(8)))
                b.fields["XDR_GSZC"] = b.P(reg)
            b.fields["FRDB"] = b.S("person_name", p.name)
            r = rng.random()
            if r < 0.45:
                b.fields["FR_ZJLX"] = "身份证"
                b.fields["FR_ZJHM"] = b.S("id_number", p.id)
            elif r < 0.8:
                b.fields["XDR_ZJLX"] = "身份证"
                b.fields["XDR_ZJHM"] = b.S("id_number", p.id)
            self.premises = rng.choice(county[8]) + "%d号" % rng.randint(1, 300)
            self.name_mark = lambda: b.S("person_name", p.name)
        else:
            b.fields["XDR_LB"] = "法人及非法人组织"
            line = rng.choice(COMPANY_LINE[sector])
            if rng.random() < 0.15:
                trade = han_name(rng, 2)          # a company named after a person-like word
            else:
                trade = rng.choice(COMPANY_TRADE)
            place = rng.choice([city.replace("市", "").replace("地区", "") if city else prov[:2], cty[:-1] if len(cty) > 2 else cty, prov[:2]])
            self.company = place + trade + line
            if rng.random() < 0.12:
                self.company = self.company.replace("有限公司", "有限公司" + rng.choice(county[6]) + "分公司")
            self.rep_name = any_name(rng, county)
            rep_id = id18(rng, rng.choice(COUNTIES)[3] if rng.random() < 0.3 else area, 1955, 1995)
            b.fields["XDR_MC"] = b.P(self.company)
            self.uscc = uscc(rng, "91", area)
            b.fields["XDR_SHXYM"] = b.P(self.uscc)
            b.fields["FRDB"] = b.P(self.rep_name)
            b.fields["FR_ZJLX"] = "身份证"
            b.fields["FR_ZJHM"] = b.S("id_number", rep_id)
            self.premises = (rng.choice(county[6]) if rng.random() < 0.4 else "") + rng.choice(county[8]) + "%d号" % rng.randint(1, 500)
            if rng.random() < 0.3:
                self.premises += rng.choice(["%d幢" % rng.randint(1, 20), "%d楼" % rng.randint(1, 9),
                                             "A区%d号厂房" % rng.randint(1, 12)])
            self.name_mark = lambda: b.P(self.company)

    def header(self, b):
        """The opening block of a decision naming the subject."""
        rng = b.rng
        county = self.county
        prov, city, cty = county[:3]
        nl = rng.choice(["\n", "\n", "；", "，"])
        if self.cat == "legal":
            parts = ["当事人：" + b.P(self.company),
                     rng.choice(["统一社会信用代码：", "社会信用代码：", "统一社会信用代码 "]) + b.P(self.uscc),
                     rng.choice(["住所：", "住所地：", "注册地址：", "经营场所："]) + (city + cty if city else prov + cty) + b.P(self.premises),
                     rng.choice(["法定代表人：", "法定代表人 ", "负责人："]) + b.P(self.rep_name)]
            if rng.random() < 0.3:
                parts.append("联系电话：" + b.P(county[4] + "-" + landline(rng, county[4]), label=False))
            return nl.join(parts)
        p = self.person
        if self.cat == "individual":
            parts = ["当事人：" + self.shop_mark(),
                     rng.choice(["经营者：", "经营者姓名：", "负责人：", "业主："]) + b.S("person_name", p.name)]
            if rng.random() < 0.6:
                parts.append(rng.choice(["身份证号码：", "公民身份号码：", "身份证号："]) + b.S("id_number", write_id(rng, p.id)))
            parts.append(rng.choice(["经营场所：", "经营地址："]) + cty + self.premises)
            if rng.random() < 0.5:
                w, pre = write_mobile(rng, p.mobile)
                parts.append(rng.choice(["联系电话：", "手机："]) + pre + b.S("mobile", w))
            if rng.random() < 0.35:
                parts.append(rng.choice(["住址：", "家庭住址：", "住所："]) + home(b, p))
            return nl.join(parts)
        sex = rng.choice(["男", "女"])
        parts = ["当事人：" + b.S("person_name", p.name), sex]
        if p.id_cat == "id_number":
            if rng.random() < 0.5:
                parts.append(rng.choice(["汉族", "回族", "满族", "苗族", "彝族", "土家族"]))
            parts.append(rng.choice(["身份证号码：", "公民身份号码：", "身份证号："]) + b.S("id_number", write_id(rng, p.id)))
            parts.append(rng.choice(["住址：", "住", "家庭住址：", "户籍地：", "现住", "居住地："]) + home(b, p))
        else:
            parts.append(b.fields["XDR_ZJLX"] + "号码：" + b.S(p.id_cat, p.id_value))
            parts.append(rng.choice(["居住地：", "现住"]) + home(b, p))
        if rng.random() < 0.6:
            w, pre = write_mobile(rng, p.mobile)
            parts.append(rng.choice(["联系电话：", "手机号码：", "电话："]) + pre + b.S("mobile", w))
        return "，".join(parts[:2]) + "，" + "，".join(parts[2:])


def home(b, p, prefix=None):
    """A natural person's home address: county-level prefix (public when written in full) + secret."""
    rng = b.rng
    a = p.addr
    inner = [("address", a.narrow)] if rng.random() < 0.5 else []
    mode = prefix if prefix is not None else rng.choice(["full", "full", "short", "none"])
    if mode == "full":
        pre = b.P(a.prefix_full)
    elif mode == "short":
        pre = a.prefix_short
    else:
        pre = ""
    return pre + b.S("address", a.below, *inner)


# ---------------------------------------------------------------- third parties

def N(b, p):
    return b.S("person_name", p.name)


def newp(b, **kw):
    return Person(b.rng, b.county, **kw)


def D(b, p, *parts, brackets=None):
    """Details of a natural person, as a bracketed aside."""
    rng = b.rng
    items = []
    parts = list(parts)
    if rng.random() < 0.16:
        bonus = rng.choice(["landline", "landline", "card", "passport", "hk", "tw", "email"])
        if bonus not in parts:
            parts.append(bonus)
    for part in parts:
        if part == "sex":
            items.append(rng.choice(["男", "女"]))
        elif part == "age":
            items.append("%d岁" % rng.randint(19, 78))
        elif part == "id":
            items.append(rng.choice(["身份证号码：", "公民身份号码", "身份证号:", "身份证", "证件号码："])
                         + b.S("id_number", write_id(rng, p.id)))
        elif part == "old_id":
            items.append(rng.choice(["原身份证号", "身份证号（旧）", "身份证号码"]) + b.S("id_number", id15(rng, p.home[3])))
        elif part == "mobile":
            w, pre = write_mobile(rng, p.mobile)
            items.append(rng.choice(["联系电话：", "手机号码", "手机：", "电话", "手机号:", "联系方式："]) + pre + b.S("mobile", w))
        elif part == "landline":
            area = p.home[4]
            num = write_landline(rng, area, landline(rng, area))
            items.append(rng.choice(["住宅电话：", "家庭电话", "座机："]) + b.S("landline", num))
        elif part == "addr":
            items.append(rng.choice(["住", "住址：", "家住", "现住", "户籍地：", "居住地：", "家庭住址："]) + home(b, p))
        elif part == "passport":
            items.append(rng.choice(["护照号码：", "护照号", "护照："]) + b.S("passport", passport_cn(rng)))
        elif part == "hk":
            items.append(rng.choice(["往来港澳通行证号码：", "港澳通行证"]) + b.S("travel_permit", permit_hk_mainland(rng)))
        elif part == "tw":
            items.append("台湾居民来往大陆通行证号码" + b.S("travel_permit", permit_taiwan(rng)))
        elif part == "email":
            items.append(rng.choice(["电子邮箱：", "邮箱", "E-mail:"]) + b.S("email", email_of(rng, p.name)))
        elif part == "card":
            items.append(rng.choice(["银行卡号：", "银行账号", "卡号"]) + b.S("bank_card", write_card(rng, bank_card(rng))))
    if not items:
        return ""
    sep = rng.choice(["，", "，", "、", "；", " "])
    o, c = brackets or rng.choice([("（", "）"), ("（", "）"), ("(", ")"), ("【", "】")])
    return o + sep.join(items) + c


def some(rng, *parts, k=None):
    """A random subset of detail parts, in order."""
    k = k if k is not None else rng.randint(0, min(2, len(parts)))
    chosen = rng.sample(range(len(parts)), k)
    return [parts[i] for i in sorted(chosen)]


def signer(b, subj):
    """How the decision was served: a signer, a third party or the representative."""
    rng = b.rng
    r = rng.random()
    if subj.cat == "legal" and r < 0.3:
        return rng.choice(["本决定书由法定代表人", "送达时法定代表人", "法定代表人"]) + b.P(subj.rep_name) + rng.choice(["本人签收。", "到场签收。", "到场接受送达。"])
    if subj.cat != "legal" and r < 0.3:
        return "本决定书已由当事人" + subj.name_mark() + rng.choice(["本人签收。", "本人于次日签收。", "到场签收。"])
    p = newp(b)
    return rng.choice([
        lambda: "决定书由其" + rng.choice(["员工", "职工", "店员", "家属", "妻子", "丈夫", "儿子", "同事"]) + N(b, p) + "代为签收。",
        lambda: "送达回证签收人：" + N(b, p) + D(b, p, *some(rng, "mobile", "id")) + "。",
        lambda: "签收人 " + N(b, p) + "，签收日期" + fmt_date(rng, b.jd + datetime.timedelta(days=rng.randint(1, 5))) + "。",
        lambda: "当事人委托" + N(b, p) + "于" + fmt_date(rng, b.jd + datetime.timedelta(days=rng.randint(0, 4))) + "到场领取本决定书。",
        lambda: "经当事人同意，以电子邮件方式送达至" + b.S("email", email_of(rng, p.name)) + "。",
        lambda: "邮寄送达，收件人" + N(b, p) + "，收件电话" + b.S("mobile", p.mobile) + "。",
    ])()


def agent_clause(b):
    """A 委托代理人 / 经办人 paragraph."""
    rng = b.rng
    p = newp(b)
    return rng.choice([
        lambda: "委托代理人：" + N(b, p) + D(b, p, *some(rng, "sex", "id", "mobile", k=rng.randint(1, 2))),
        lambda: "委托代理人 " + N(b, p) + "，" + rng.choice(["该公司员工", "律师", "当事人之子", "当事人配偶", "单位职工"]),
        lambda: "经办人：" + N(b, p) + "，联系电话：" + b.S("mobile", write_mobile(rng, p.mobile)[0]),
        lambda: "受托人" + N(b, p) + D(b, p, "id") + "代为办理相关手续",
        lambda: "申请人委托" + N(b, p) + D(b, p, *some(rng, "id", "mobile", k=1)) + "办理",
    ])()


def extras(b, subj, ag):
    """Remarks: service, agent, reference numbers, the office's phone."""
    rng = b.rng
    out = []
    if rng.random() < 0.55:
        out.append(signer(b, subj))
    if rng.random() < 0.35:
        out.append(agent_clause(b) + "。")
    if rng.random() < 0.3:
        labels = ["案件编号：", "流水号：", "文号：", "缴款通知书号："] if b.kind == "penalty" else ["受理编号：", "流水号：", "申请编号："]
        out.append(rng.choice(labels) + b.P(ref18(rng, subj.county[3], b.jd - datetime.timedelta(days=rng.randint(5, 60)), rng.random() < 0.5)))
    if rng.random() < 0.25:
        out.append(rng.choice(["咨询电话：", "联系电话：", "监督电话："]) + b.P(ag.tel))
    if rng.random() < 0.2:
        p = newp(b)
        out.append(rng.choice(["投诉人", "举报人", "消费者", "证人"]) + N(b, p) + D(b, p, "addr", *some(rng, "mobile", "landline", k=rng.randint(0, 1)))
                   + rng.choice(["已书面告知处理结果。", "对处理结果表示认可。", "的证言已附卷。"]))
    if rng.random() < 0.08:
        p = newp(b)
        out.append("退款已汇入" + rng.choice(["消费者", "投诉人", "购买人"]) + N(b, p) + "名下" + rng.choice(["银行卡", "账户"])
                   + b.S("bank_card", write_card(rng, bank_card(rng))) + "。")
    return out


# ---------------------------------------------------------------- penalties

def amount_text(rng, yuan):
    r = rng.random()
    if r < 0.3:
        return "%d元" % yuan
    if r < 0.5:
        return "{:,}元".format(yuan)
    if r < 0.7:
        return daxie_yuan(yuan)
    if r < 0.85 and yuan % 1000 == 0:
        return wan(yuan) + "万元"
    return "%d.00元" % yuan


def items(b, lines):
    """A numbered list in one of the layouts decisions use."""
    rng = b.rng
    style = rng.randrange(3)
    out = []
    for i, line in enumerate(lines, 1):
        if style == 0:
            out.append("（%s）%s" % (cn_num(i), line))
        elif style == 1:
            out.append("%d.%s" % (i, line))
        else:
            out.append("%s、%s" % (cn_num(i), line))
    return rng.choice(["\n", "；", "\n"]).join(out)


def penalty_nr(b, basis, warn, fine, conf_money, other=()):
    rng = b.rng
    pen = []
    b.cflb = (["警告"] if warn else []) + (["罚款"] if fine else []) + (["没收违法所得"] if conf_money else [])
    b.fine, b.conf = fine, conf_money
    if warn:
        pen.append("警告")
    if fine:
        pen.append(rng.choice(["罚款", "罚款人民币", "处以罚款"]) + b.P(amount_text(rng, fine)))
    if conf_money:
        pen.append("没收违法所得" + b.P(amount_text(rng, conf_money)))
    pen.extend(other)
    head = rng.choice(["依据", "根据", "依照"]) + b.P(basis) + rng.choice(
        ["的规定，决定给予当事人如下行政处罚：", "之规定，本机关决定对当事人作出如下处罚：", "，责令当事人改正违法行为，并处：", "，决定："])
    text = head + ("\n" if rng.random() < 0.5 else "") + (items(b, pen) if len(pen) > 1 else pen[0]) + "。"
    if fine or conf_money:
        if rng.random() < 0.5:
            text += rng.choice(["\n当事人应自收到本决定书之日起十五日内缴纳罚没款，", "\n请于十五日内到指定银行缴纳，"]) + rng.choice(["缴款码：", "非税收入缴款码 "]) + b.P(payment_code(rng, b.county[3])) + "。"
        else:
            text += "\n罚没款限于收到本决定书之日起十五日内缴至指定银行。"
    if rng.random() < 0.3:
        text += "\n当事人如不服本决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"
    return text


def intro_check(b, ag):
    rng = b.rng
    d = b.jd - datetime.timedelta(days=rng.randint(20, 120))
    return fmt_date(rng, d) + rng.choice(["，", "，", " "]) + b.P(ag.name, label=rng.random() < 0.3) + rng.choice(
        ["执法人员", "执法人员在日常检查中", "执法人员依法", "稽查人员"]), d


def complainant(b):
    rng = b.rng
    p = newp(b)
    return rng.choice([
        lambda: "根据消费者" + N(b, p) + D(b, p, *some(rng, "mobile", "addr", k=rng.randint(1, 2))) + "的投诉",
        lambda: "根据举报人" + N(b, p) + D(b, p, "mobile") + "的举报",
        lambda: "根据12345政务服务便民热线转办工单（工单编号：" + b.P(ref18(rng, b.county[3], b.jd - datetime.timedelta(days=rng.randint(30, 90)), rng.random() < 0.5)) + "，诉求人" + N(b, p) + "）",
        lambda: "本案系" + N(b, p) + D(b, p, *some(rng, "mobile", "id", k=1)) + "举报",
        lambda: "接群众" + N(b, p) + "电话投诉（来电号码" + b.S("mobile", p.mobile) + "）",
    ])()


def p_food(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    staff = newp(b)
    product = rng.choice(["“康师傅”红烧牛肉面", "散装月饼", "盒装纯牛奶", "“旺旺”雪饼", "速冻水饺", "袋装辣条", "瓶装酱油", "火腿肠"])
    qty = rng.randint(3, 60)
    value = rng.randint(40, 900)
    place = b.P(subj.premises) if subj.cat == "legal" else (subj.premises if subj.premises else "其家门口摊点")
    sy = (complainant(b) + "，" + intro + "对当事人位于" + place + "的经营场所进行检查，发现货架上摆放的"
          + product + "%d" % qty + rng.choice(["袋", "盒", "瓶", "包"]) + "已超过保质期。"
          + rng.choice(["现场负责人", "收银员", "店员", "营业员"]) + N(b, staff) + D(b, staff, *some(rng, "sex", "id", "mobile", k=rng.randint(0, 2)))
          + rng.choice(["在现场检查笔录上签字确认。", "对上述事实无异议。", "称不知道已过期。"])
          + "\n经查，当事人销售超过保质期食品的货值金额为%d元，" % value + rng.choice(["违法所得%d元。" % (value // 3 + 1), "尚未产生违法所得。"])
          + "\n以上事实有现场检查笔录、询问笔录、现场照片、" + rng.choice(["进货单据", "收银小票", "视频资料"]) + "等证据为证。")
    basis = rng.choice(["《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                        "《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款第（五）项"])
    fine = rng.choice([5000, 10000, 20000, 50000, 3000])
    warn = rng.random() < 0.4
    conf = rng.choice([0, 0, rng.randint(100, 2000)])
    return dict(wfxw=rng.choice(["经营超过保质期的食品", "销售超过保质期的食品"]), sy=sy, yj=basis,
                nr=penalty_nr(b, basis, warn, fine, conf), warn=warn, fine=fine, conf=conf)


def p_health_cert(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    workers = [newp(b) for _ in range(rng.randint(1, 4))]
    names = rng.choice(["、", "，", "和"]).join(N(b, w) + (D(b, w, *some(rng, "age", "id", k=1)) if rng.random() < 0.3 else "") for w in workers)
    role = rng.choice(["厨师", "帮厨", "服务员", "面点师", "从业人员", "员工"])
    sy = (intro + "对当事人进行检查，发现当事人" + rng.choice(["安排", "聘用"]) + role + names
          + rng.choice(["在未取得健康证明的情况下从事接触直接入口食品的工作。", "未取得有效健康证明即上岗从事食品加工工作。"])
          + ("\n当事人" + (subj.name_mark() if subj.cat != "legal" else "") + "对上述事实予以承认。" if rng.random() < 0.5 else ""))
    basis = "《中华人民共和国食品安全法》第一百二十六条第一款第（六）项"
    fine = rng.choice([0, 2000, 5000, 5000, 10000])
    return dict(wfxw="安排未取得健康证明的人员从事接触直接入口食品的工作", sy=sy, yj=basis,
                nr=penalty_nr(b, basis, fine == 0 or rng.random() < 0.5, fine, 0), warn=fine == 0 or None, fine=fine, conf=0)


def p_price(b, subj, ag):
    rng = b.rng
    consumer = newp(b)
    goods = rng.choice(["洗车服务", "理发服务", "散装大米", "停车服务", "蔬菜", "海鲜", "手机维修服务"])
    sy = (rng.choice(["消费者", "投诉人", "市民"]) + N(b, consumer) + D(b, consumer, *some(rng, "mobile", "addr", "id", k=rng.randint(1, 2)))
          + "通过全国12315平台投诉（投诉流水号：" + b.P(ref18(rng, b.county[3], b.jd - datetime.timedelta(days=rng.randint(20, 60)), rng.random() < 0.5))
          + "），反映当事人销售" + goods + rng.choice(["未明码标价", "结算价格高于标示价格"]) + "。\n经查属实，当事人"
          + rng.choice(["未按规定明码标价", "在标价之外加价收取未予标明的费用"]) + "，" + goods + "共计收取%d元。" % rng.randint(30, 600))
    if rng.random() < 0.4:
        sy += "\n多收价款已通过转账退还至" + N(b, consumer) + "本人银行卡（卡号" + b.S("bank_card", write_card(rng, bank_card(rng))) + "）。"
    basis = rng.choice(["《中华人民共和国价格法》第四十二条", "《明码标价和禁止价格欺诈规定》第二十一条"])
    fine = rng.choice([0, 1000, 3000, 5000])
    return dict(wfxw="不按规定明码标价", sy=sy, yj=basis, nr=penalty_nr(b, basis, fine == 0, fine, 0), warn=fine == 0, fine=fine, conf=0)


def p_unlicensed(b, subj, ag):
    rng = b.rng
    intro, d0 = intro_check(b, ag)
    buyer = newp(b)
    helper = newp(b)
    biz = rng.choice(["从事废旧物品收购", "销售散装白酒", "经营小吃摊", "从事手机贴膜及维修", "销售电动自行车", "开设棋牌室"])
    sy = (intro + "在" + subj.county[2] + rng.choice(subj.county[6]) + "集市检查时发现，当事人" + subj.name_mark()
          + "未取得营业执照，擅自" + biz + "。当事人自" + fmt_date(rng, d0 - datetime.timedelta(days=rng.randint(60, 400)))
          + "起经营，由其" + rng.choice(["亲戚", "邻居", "妻子", "雇工"]) + N(b, helper) + "协助看管。")
    if rng.random() < 0.6:
        sy += "购买者" + N(b, buyer) + D(b, buyer, *some(rng, "mobile", "addr", k=1)) + "出具证言证实上述情况。"
    if rng.random() < 0.4:
        sy += "\n当事人收取货款使用本人" + rng.choice(["农商银行", "邮政储蓄", "建设银行"]) + "账户（" + b.S("bank_card", write_card(rng, bank_card(rng))) + "）。"
    basis = "《无证无照经营查处办法》第十三条"
    fine = rng.choice([1000, 2000, 5000])
    conf = rng.choice([0, rng.randint(300, 5000)])
    return dict(wfxw="无照经营", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, conf), warn=False, fine=fine, conf=conf)


def p_rx(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    pharm = newp(b)
    clerk = newp(b)
    buyer = newp(b)
    drug = rng.choice(["阿莫西林胶囊", "头孢克肟分散片", "左氧氟沙星片", "甲硝唑片", "硝苯地平缓释片"])
    sy = (intro + "对当事人进行检查，发现当事人在执业药师" + N(b, pharm) + rng.choice(["不在岗", "未到岗", "休假"]) + "期间，由营业员"
          + N(b, clerk) + "向顾客" + N(b, buyer) + D(b, buyer, *some(rng, "id", "mobile", "addr", k=rng.randint(0, 2)))
          + "销售处方药" + drug + "%d盒，未凭处方销售。" % rng.randint(1, 5))
    basis = rng.choice(["《药品流通监督管理办法》第三十八条第二款", "《药品经营和使用质量监督管理办法》第六十八条第（三）项"])
    fine = rng.choice([1000, 5000, 10000, 20000])
    return dict(wfxw="药品零售企业违反规定销售处方药", sy=sy, yj=basis, nr=penalty_nr(b, basis, rng.random() < 0.5, fine, 0), warn=None, fine=fine, conf=0)


def p_illegal_transport(b, subj, ag):
    rng = b.rng
    d = b.jd - datetime.timedelta(days=rng.randint(10, 60))
    plate = rng.choice(["晋K", "冀F", "苏C", "浙G", "闽C", "鄂F", "粤M", "贵H", "陕F", "甘E", "新Q", "宁C", "渝F", "辽B", "蒙D", "川W", "湘J", "吉H", "黑B"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    passengers = [newp(b) for _ in range(rng.randint(1, 3))]
    if subj.cat == "natural":
        driver_txt = "当事人" + subj.name_mark()
    else:
        drv = newp(b)
        driver_txt = "当事人雇用的驾驶员" + N(b, drv) + D(b, drv, *some(rng, "id", "mobile", k=1))
    sy = (fmt_date(rng, d) + rng.choice(["，", "", " "]) + "执法人员在" + subj.county[2] + rng.choice(subj.county[8]) + "与" + rng.choice(subj.county[8])
          + "交叉口依法检查时发现，" + driver_txt + "驾驶" + plate + "小型轿车，在未取得道路运输经营许可的情况下，"
          + "擅自从事道路旅客运输经营。车上乘客")
    sy += "、".join(N(b, p) + (D(b, p, "mobile") if rng.random() < 0.4 else "") for p in passengers)
    fare = rng.randint(20, 200)
    sy += rng.choice(["证实", "陈述"]) + "从" + rng.choice(subj.county[6]) + "乘车至" + subj.county[2] + "城区，约定车费%d元。" % fare
    basis = rng.choice(["《中华人民共和国道路运输条例》第六十三条", "《中华人民共和国道路运输条例》第六十三条第（一）项"])
    fine = rng.choice([5000, 10000, 20000, 30000])
    conf = rng.choice([0, fare])
    conf = conf if conf >= 100 else 0
    return dict(wfxw="未取得道路运输经营许可，擅自从事道路旅客运输经营", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, conf), warn=False, fine=fine, conf=conf)


def p_overload(b, subj, ag):
    rng = b.rng
    d = b.jd - datetime.timedelta(days=rng.randint(10, 60))
    drv = newp(b)
    total = rng.randint(55, 120)
    sy = (fmt_date(rng, d) + "，当事人所属重型半挂牵引车由驾驶员" + N(b, drv) + D(b, drv, *some(rng, "id", "mobile", "old_id", k=rng.randint(1, 2)))
          + "驾驶，经" + rng.choice(["G207", "G205", "S231", "G310", "G318", "S302"]) + "线超限检测站检测，车货总质量%d吨，超过规定限值%d吨。" % (total, total - 49)
          + rng.choice(["\n驾驶员", "\n"]) + rng.choice(["对检测结果无异议。", "在称重单上签字确认。"]))
    basis = "《公路安全保护条例》第六十四条"
    fine = rng.choice([3000, 5000, 10000, 20000, 30000])
    return dict(wfxw="车辆违法超限运输", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_driver_revoke(b, subj, ag):
    rng = b.rng
    p = subj.person
    if p.id_cat != "id_number":
        return None
    d = b.jd - datetime.timedelta(days=rng.randint(30, 120))
    victim = newp(b)
    sy = ("当事人" + subj.name_mark() + "系经营性道路" + rng.choice(["货物", "旅客"]) + "运输驾驶员，于" + fmt_date(rng, d)
          + "驾驶营运车辆发生一般以上道路交通事故并负主要责任，造成" + rng.choice(["乘客", "行人", "对方车辆驾驶人"]) + N(b, victim)
          + rng.choice(["受伤", "重伤", "死亡"]) + "。\n当事人从业资格证号为" + b.S("id_number", p.id) + "。")
    basis = rng.choice(["《道路运输从业人员管理规定》第四十六条", "《道路运输从业人员管理规定》第四十八条第（一）项"])
    o, c = rng.choice([("（证号：", "）"), ("，编号", ""), (" ", ""), ("(", ")")])
    zk = rng.choice(["道路运输从业资格证", "从业资格证", "道路运输驾驶员从业资格证"]) + o + b.S("id_number", p.id) + c
    return dict(wfxw="发生重大以上交通责任事故且负主要责任", sy=sy, yj=basis,
                nr=penalty_nr(b, basis, False, 0, 0, ["吊销其道路运输从业资格证"]), warn=False, fine=0, conf=0,
                cflb_extra=["吊销许可证件"], zkdx=zk)


def p_air(b, subj, ag):
    rng = b.rng
    d = b.jd - datetime.timedelta(days=rng.randint(30, 120))
    mgr = newp(b)
    sy = (fmt_date(rng, d) + "，" + b.P(ag.name, label=False) + "执法人员对当事人" + rng.choice(["燃煤锅炉", "喷涂车间", "熔炼炉", "烘干窑"])
          + "废气排放情况进行现场检查并委托第三方监测，监测报告（编号：" + b.P("JC%d%04d" % (d.year, rng.randint(1, 9999))) + "）显示，"
          + rng.choice(["颗粒物", "二氧化硫", "氮氧化物", "挥发性有机物"]) + "排放浓度超过" + rng.choice(["《锅炉大气污染物排放标准》", "《大气污染物综合排放标准》"])
          + "规定的限值%.1f倍。当事人环保负责人" % (rng.randint(11, 39) / 10) + N(b, mgr) + D(b, mgr, *some(rng, "mobile", "id", "email", k=rng.randint(0, 2)))
          + rng.choice(["在现场检查（勘察）笔录上签字。", "接受了调查询问。"]))
    if rng.random() < 0.5:
        sy += "\n" + b.P("案件编号：", label=False) + b.P(ref18(rng, b.county[3], d, rng.random() < 0.6))
    basis = "《中华人民共和国大气污染防治法》第九十九条第（二）项"
    fine = rng.choice([100000, 150000, 200000, 500000])
    return dict(wfxw="超过大气污染物排放标准排放大气污染物", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_noise(b, subj, ag):
    rng = b.rng
    d = b.jd - datetime.timedelta(days=rng.randint(20, 90))
    residents = [newp(b) for _ in range(rng.randint(1, 2))]
    site = rng.choice(subj.county[8]) + rng.choice(["改造工程", "商住楼项目", "管网工程", "道路提升工程"])
    sy = ("居民" + "、".join(N(b, r) + D(b, r, *some(rng, "addr", "mobile", k=rng.randint(1, 2))) for r in residents)
          + rng.choice(["多次投诉", "反映", "来电举报"]) + "，当事人" + b.P(site, label=rng.random() < 0.5) + "工地夜间施工产生噪声影响休息。\n"
          + fmt_date(rng, d) + "22时40分，执法人员现场检查，发现该工地正在进行" + rng.choice(["混凝土浇筑", "桩基施工", "钢筋切割"])
          + "作业，未取得夜间施工证明。现场施工员" + N(b, newp(b)) + "在笔录上签字。")
    basis = "《中华人民共和国噪声污染防治法》第七十七条第一款"
    fine = rng.choice([10000, 20000, 50000, 100000])
    return dict(wfxw="未经批准在噪声敏感建筑物集中区域夜间施工", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_illegal_medical(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    patients = [newp(b) for _ in range(rng.randint(1, 3))]
    sy = (intro + "在" + rng.choice(subj.county[6]) + rng.choice(subj.county[7]) + "村检查时发现，当事人" + subj.name_mark()
          + "未取得《医疗机构执业许可证》，在其家中擅自开展" + rng.choice(["静脉输液", "针灸推拿", "拔牙镶牙", "诊疗"]) + "活动。现场有患者")
    sy += rng.choice(["、", "，"]).join(N(b, p) + D(b, p, *some(rng, "sex", "age", "addr", "mobile", k=rng.randint(0, 2))) for p in patients)
    sy += "正在接受治疗。现场查获药品%d种、一次性输液器%d套。" % (rng.randint(5, 30), rng.randint(5, 80))
    basis = rng.choice(["《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款", "《医疗机构管理条例》第四十三条"])
    fine = rng.choice([50000, 60000, 100000])
    conf = rng.randint(300, 4000)
    return dict(wfxw="未取得医疗机构执业许可证擅自执业", sy=sy, yj=basis,
                nr=penalty_nr(b, basis, False, fine, conf, ["没收药品、器械"]), warn=False, fine=fine, conf=conf,
                cflb_extra=["没收非法财物"])


def p_clinic_staff(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    staff = newp(b)
    patient = newp(b)
    sy = (intro + "对当事人进行监督检查，发现当事人使用未取得" + rng.choice(["护士执业证书", "医师执业证书", "乡村医生执业证书"]) + "的"
          + N(b, staff) + D(b, staff, *some(rng, "sex", "id", "age", k=rng.randint(0, 2))) + "为患者" + N(b, patient)
          + rng.choice(["进行静脉输液", "开具处方", "实施口腔治疗"]) + "。" + rng.choice(["", "\n门诊日志记载患者联系电话" + b.S("mobile", patient.mobile) + "。"]))
    basis = rng.choice(["《医疗机构管理条例》第四十七条", "《医疗机构管理条例实施细则》第八十一条"])
    fine = rng.choice([3000, 5000, 10000])
    return dict(wfxw="使用非卫生技术人员从事医疗卫生技术工作", sy=sy, yj=basis, nr=penalty_nr(b, basis, rng.random() < 0.5, fine, 0), warn=None, fine=fine, conf=0)


def p_tax(b, subj, ag):
    rng = b.rng
    acct = newp(b)
    period = "%d年%d月" % (b.jd.year if b.jd.month > 3 else b.jd.year - 1, rng.randint(1, 12))
    tax = rng.choice(["增值税", "个人所得税（经营所得）", "房产税", "城镇土地使用税", "印花税"])
    who = "当事人" + (subj.name_mark() if subj.cat != "legal" else "")
    sy = (who + "未按照规定期限办理" + period + tax + "纳税申报" + rng.choice(["。", "，经责令限期改正后仍未申报。"]))
    r = rng.random()
    if r < 0.4:
        sy += "\n" + rng.choice(["办税人员", "财务负责人", "会计"]) + N(b, acct) + D(b, acct, *some(rng, "mobile", "id", "email", k=rng.randint(1, 2))) + "于" + fmt_date(rng, b.jd - datetime.timedelta(days=rng.randint(1, 10))) + "到场接受询问。"
    elif r < 0.6 and subj.cat != "legal":
        sy += "\n当事人经营收入通过其本人银行账户" + b.S("bank_card", write_card(rng, bank_card(rng))) + "收取。"
    basis = "《中华人民共和国税收征收管理法》第六十二条"
    fine = rng.choice([200, 500, 1000, 2000])
    b.cflb, b.fine, b.conf = ["罚款"], fine, 0
    nr = "依据" + b.P(basis) + "的规定，对当事人处以罚款" + b.P(amount_text(rng, fine)) + "。" + rng.choice([
        "\n电子缴款凭证号：" + b.P(payment_code(rng, b.county[3])), "\n税票号码：" + b.P("3%s%08d" % (b.county[3][:4], rng.randint(1, 99999999))), ""])
    return dict(wfxw="未按照规定期限办理纳税申报和报送纳税资料", sy=sy, yj=basis, nr=nr, warn=False, fine=fine, conf=0)


def p_build_no_permit(b, subj, ag):
    rng = b.rng
    pm = newp(b)
    sv = newp(b)
    project = rng.choice(subj.county[8]) + rng.choice(["东侧", "北段", "西侧"]) + rng.choice(["商业综合体", "住宅小区二期", "厂房扩建", "物流仓储"]) + "项目"
    price = rng.randint(800, 9000) * 10000
    sy = ("经查，当事人作为建设单位，" + b.P(project) + "工程在未取得建筑工程施工许可证的情况下，于"
          + fmt_date(rng, b.jd - datetime.timedelta(days=rng.randint(60, 200))) + "擅自开工建设。施工单位为"
          + b.P(b.county[2][:2] + rng.choice(COMPANY_TRADE) + "建设集团有限公司") + "，项目负责人" + N(b, pm)
          + D(b, pm, *some(rng, "id", "mobile", k=rng.randint(0, 1))) + "，总监理工程师" + N(b, sv) + "。工程合同价款"
          + "%d万元。" % (price // 10000))
    basis = "《建筑工程施工许可管理办法》第十二条、《建设工程质量管理条例》第五十七条"
    fine = price // 100
    fine = min(fine - fine % 100, 490000)
    return dict(wfxw="未取得施工许可证擅自施工", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_renovation(b, subj, ag):
    rng = b.rng
    p = subj.person
    neigh = newp(b)
    worker = newp(b)
    road, est = rng.choice(subj.county[8]), rng.choice(subj.county[9])
    n, bld, unit, room = rng.randint(1, 300), rng.randint(1, 30), rng.randint(1, 5), "%d%02d" % (rng.randint(2, 25), rng.randint(1, 4))
    flat = "%s%d号%s%d栋%d单元%s室" % (road, n, est, bld, unit, room)
    sy = ("经查，当事人" + subj.name_mark() + "在对其位于" + subj.county[2] + b.S("address", flat, ("address", "%d栋%d单元%s室" % (bld, unit, room)))
          + "的住宅进行装修时，擅自拆除" + rng.choice(["承重墙", "卫生间与卧室之间的承重墙体", "阳台配重墙"]) + "。"
          + "\n本案系同小区业主" + N(b, neigh) + D(b, neigh, *some(rng, "mobile", "landline", k=1)) + "举报。施工由"
          + rng.choice(["装修工人", "包工头", "个体装修队负责人"]) + N(b, worker) + "实施。")
    basis = "《住宅室内装饰装修管理办法》第五条第一款第（一）项、第三十八条第（一）项"
    fine = rng.choice([500, 1000])
    return dict(wfxw="装修人擅自拆改住宅承重结构", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_safety(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    ws = [newp(b) for _ in range(rng.randint(2, 4))]
    sy = (intro + "对当事人进行安全生产执法检查，发现当事人未对从业人员进行安全生产教育和培训，" + rng.choice(["员工", "职工", "叉车司机", "电焊工"]))
    lst = [N(b, w) + (D(b, w, *some(rng, "id", "mobile", k=1)) if rng.random() < 0.3 else "") for w in ws]
    if rng.random() < 0.4:
        sy += "“" + "”“".join(lst) + "”"
    else:
        sy += "、".join(lst)
    sy += rng.choice(["等%d人未经培训即上岗作业。" % len(ws), "均不能提供安全培训记录。"])
    basis = "《中华人民共和国安全生产法》第九十七条第（三）项"
    fine = rng.choice([10000, 20000, 30000, 50000])
    return dict(wfxw="未按照规定对从业人员进行安全生产教育和培训", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_cafe(b, subj, ag):
    rng = b.rng
    intro, _ = intro_check(b, ag)
    users = [newp(b, lo=1975, hi=2003) for _ in range(rng.randint(1, 3))]
    mgr = newp(b)
    sy = (intro + "对当事人经营的互联网上网服务营业场所进行检查，发现当事人未核对、登记上网消费者有效身份证件，上网人员"
          + "、".join(N(b, u) + D(b, u, "id", brackets=("（", "）")) for u in users)
          + "使用他人身份证上机。当班网管" + N(b, mgr) + rng.choice(["在笔录上签字。", "在场。"]))
    basis = "《互联网上网服务营业场所管理条例》第三十一条第（三）项"
    fine = rng.choice([0, 5000, 10000])
    return dict(wfxw="未按规定核对、登记上网消费者的有效身份证件", sy=sy, yj=basis, nr=penalty_nr(b, basis, fine == 0 or rng.random() < 0.5, fine, 0), warn=None, fine=fine, conf=0)


def p_travel(b, subj, ag):
    rng = b.rng
    tourists = [newp(b) for _ in range(rng.randint(1, 3))]
    guide = newp(b)
    sy = ("经查，当事人组织" + rng.choice(["“港澳五日游”", "“泰国六日游”", "“西藏七日游”", "“日本本州深度游”"]) + "旅游团，未与旅游者签订书面旅游合同。旅游者")
    parts = []
    for t in tourists:
        parts.append(N(b, t) + D(b, t, *some(rng, "passport", "hk", "mobile", "id", k=rng.randint(1, 2))))
    sy += "、".join(parts) + "等人" + rng.choice(["向本局投诉。", "通过12345热线投诉。"]) + "带团导游" + N(b, guide) + rng.choice(["（导游证号：" + b.P("D-%s-%06d" % (b.county[3][:4], rng.randint(1, 999999)), label=False) + "）", ""]) + "承认上述事实。"
    basis = "《中华人民共和国旅游法》第五十七条、第一百条第（一）项"
    fine = rng.choice([10000, 20000, 30000])
    return dict(wfxw="旅行社未与旅游者签订旅游合同", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


def p_felling(b, subj, ag):
    rng = b.rng
    p = subj.person
    wit = newp(b)
    vol = rng.randint(5, 60) + rng.randint(0, 9) / 10
    site_v = rng.choice(subj.county[7])
    site = rng.choice(subj.county[6]) + site_v + "村" + rng.choice(["后山", "王家坡", "竹林湾", "大岭", "石门坎"])
    sy = ("当事人" + subj.name_mark() + "在未取得林木采伐许可证的情况下，于" + fmt_date(rng, b.jd - datetime.timedelta(days=rng.randint(60, 200)))
          + "在其承包经营的" + b.P(site) + "林地内采伐" + rng.choice(["杉木", "马尾松", "杨树", "桉树"]) + "，经鉴定，滥伐林木蓄积%.1f立方米。" % vol
          + "同村村民" + N(b, wit) + D(b, wit, *some(rng, "age", "mobile", k=rng.randint(0, 1))) + "证实了上述事实。")
    basis = "《中华人民共和国森林法》第七十六条第二款"
    fine = int(vol * rng.choice([300, 500, 800])) // 100 * 100 + 100
    return dict(wfxw="滥伐林木", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0, ["责令在原地补种滥伐株数五倍的树木"]), warn=False, fine=fine, conf=0)


def p_advert(b, subj, ag):
    rng = b.rng
    pats = [newp(b) for _ in range(rng.randint(1, 2))]
    sy = ("经查，当事人在其微信公众号发布" + rng.choice(["保健食品", "医疗器械", "中医理疗服务"]) + "广告，广告中使用"
          + "、".join("“" + N(b, p) + "”" for p in pats) + "等消费者的名义和形象作推荐、证明，并标示“"
          + rng.choice(["治愈率98%", "三天见效", "无效退款"]) + "”等内容。广告费用%d元。" % rng.randint(500, 5000))
    if rng.random() < 0.4:
        c = newp(b)
        sy += "\n广告联系人" + N(b, c) + "，电话" + b.S("mobile", c.mobile) + "，邮箱" + b.S("email", email_of(rng, c.name)) + "。"
    basis = "《中华人民共和国广告法》第五十八条第一款第（二）项"
    fine = rng.choice([20000, 30000, 50000])
    return dict(wfxw="发布违法广告", sy=sy, yj=basis, nr=penalty_nr(b, basis, False, fine, 0), warn=False, fine=fine, conf=0)


PENALTIES = [
    # (function, department, sector, subject categories)
    (p_food, "market", "food", ("individual", "legal", "natural")),
    (p_health_cert, "market", "food", ("individual", "legal")),
    (p_price, "market", "general", ("individual", "legal")),
    (p_unlicensed, "market", "general", ("natural",)),
    (p_rx, "market", "drug", ("individual", "legal")),
    (p_illegal_transport, "transport", "transport", ("natural", "individual")),
    (p_overload, "transport", "transport", ("individual", "legal")),
    (p_driver_revoke, "transport", "transport", ("natural",)),
    (p_air, "eco", "industry", ("legal",)),
    (p_noise, "eco", "build", ("legal", "individual")),
    (p_illegal_medical, "health", "health", ("natural",)),
    (p_clinic_staff, "health", "health", ("individual", "legal")),
    (p_tax, "tax", "general", ("natural", "individual", "legal")),
    (p_build_no_permit, "build", "build", ("legal",)),
    (p_renovation, "enforce", "build", ("natural",)),
    (p_safety, "safety", "industry", ("legal", "individual")),
    (p_cafe, "culture", "cafe", ("individual", "legal")),
    (p_travel, "culture", "tour", ("legal",)),
    (p_felling, "forest", "general", ("natural",)),
    (p_advert, "market", "health", ("legal", "individual")),
]


# ---------------------------------------------------------------- licenses

def kv(b, pairs):
    """Label: value pairs in one of the layouts of published licenses."""
    rng = b.rng
    sep = rng.choice(["；", "\n", "，", "；\n", "  "])
    colon = rng.choice(["：", "：", ":", " "])
    return sep.join(k + colon + v for k, v in pairs)


def l_construction(b, subj, ag):
    rng = b.rng
    pm, sv, contact = newp(b), newp(b), newp(b)
    county = subj.county
    r1, r2 = rng.sample(county[8], 2)
    site = rng.choice(county[6]) + r1 + rng.choice(["以东", "以北", "与%s交汇处西南角" % r2])
    project = rng.choice(COMPANY_TRADE) + rng.choice(["花园", "商业广场", "产业园", "安置小区"]) + rng.choice(["一期", "二期", ""]) + "工程"
    area = rng.randint(3000, 90000)
    price = rng.randint(500, 20000)
    builder = county[2][:2] + rng.choice(COMPANY_TRADE) + rng.choice(["建设集团有限公司", "建筑工程有限公司"])
    pairs = [("工程名称", b.P(project)), ("建设地址", b.P(site)), ("建设规模", "%d平方米" % area),
             ("合同价格", b.P("%d万元" % price)), ("施工单位", b.P(builder)),
             ("项目负责人", N(b, pm) + (D(b, pm, "mobile") if rng.random() < 0.3 else "")),
             (rng.choice(["总监理工程师", "项目总监"]), N(b, sv))]
    if rng.random() < 0.5:
        pairs.append(("建设单位联系人", N(b, contact) + " " + b.S("mobile", write_mobile(rng, contact.mobile)[0])))
    d = b.jd
    while True:
        first = county[3] + d.strftime("%Y%m%d") + "%02d" % rng.randint(1, 99) + rng.choice(["0", "1"])
        num = first + (id_check(first) if rng.random() < 0.5 else rng.choice("0123456789"))
        if len(num) == 18:
            break
    return dict(xkws="建筑工程施工许可决定书", xklb="普通", xkzs="建筑工程施工许可证", xkbh=b.P(num),
                nr=kv(b, pairs), years=0)


def l_road_operation(b, subj, ag):
    rng = b.rng
    county = subj.county
    c = newp(b)
    scope = rng.choice(["道路普通货物运输", "道路普通货物运输、货物专用运输（集装箱）", "县内班车客运", "危险货物运输（第3类）"])
    prov_abbr = {"山西省": "晋", "河北省": "冀", "吉林省": "吉", "黑龙江省": "黑", "江苏省": "苏", "浙江省": "浙",
                 "福建省": "闽", "湖北省": "鄂", "广东省": "粤", "贵州省": "黔", "陕西省": "陕", "甘肃省": "甘",
                 "新疆维吾尔自治区": "新", "西藏自治区": "藏", "宁夏回族自治区": "宁", "重庆市": "渝",
                 "辽宁省": "辽", "内蒙古自治区": "蒙", "四川省": "川", "湖南省": "湘"}[county[0]]
    num = "%s交运管许可%s字%s%06d号" % (prov_abbr, county[5], county[3], rng.randint(1, 999999))
    pairs = [("经营范围", scope), ("车辆数", "%d辆" % rng.randint(1, 40))]
    if subj.cat == "individual":
        pairs.insert(0, ("业户名称", subj.shop_mark()))
        pairs.append(("经营者", subj.name_mark()))
    pairs.append((rng.choice(["联系人", "安全管理人员", "负责人"]), N(b, c) + D(b, c, *some(rng, "mobile", "id", k=rng.randint(1, 2)))))
    return dict(xkws="道路运输经营许可决定书", xklb="普通", xkzs="道路运输经营许可证", xkbh=b.P(num),
                nr=kv(b, pairs), years=4)


def l_driver(b, subj, ag):
    rng = b.rng
    p = subj.person
    if p.id_cat != "id_number":
        return None
    agent = newp(b)
    cls = rng.choice(["经营性道路货物运输驾驶员", "经营性道路旅客运输驾驶员", "道路危险货物运输驾驶员", "出租汽车驾驶员"])
    pairs = [("姓名", subj.name_mark()), ("从业资格类别", cls), ("准驾车型", rng.choice(["A1", "A2", "B2", "C1"])),
             ("从业资格证号", b.S("id_number", p.id))]
    nr = kv(b, pairs)
    if rng.random() < 0.5:
        nr += rng.choice(["。", "\n"]) + "申请人委托" + N(b, agent) + D(b, agent, *some(rng, "id", "mobile", k=1)) + "代为办理。"
    return dict(xkws="道路运输从业资格许可决定书", xklb=rng.choice(["认可", "其他"]), xkzs="中华人民共和国道路运输从业人员从业资格证",
                xkbh=b.S("id_number", p.id), nr=nr, years=6)


def l_taxi(b, subj, ag):
    rng = b.rng
    p = subj.person
    if p.id_cat != "id_number":
        return None
    co = subj.county[2][:2] + rng.choice(COMPANY_TRADE) + "出租汽车有限公司"
    pairs = [("驾驶员", subj.name_mark()), ("服务单位", b.P(co)), ("证件号", b.S("id_number", p.id))]
    if rng.random() < 0.5:
        w, pre = write_mobile(rng, p.mobile)
        pairs.append(("联系电话", pre + b.S("mobile", w)))
    return dict(xkws="网络预约出租汽车驾驶员证核发决定书", xklb="其他", xkzs="网络预约出租汽车驾驶员证",
                xkbh=b.S("id_number", p.id), nr=kv(b, pairs), years=6)


def l_operator_cert(b, subj, ag):
    rng = b.rng
    p = subj.person
    if p.id_cat != "id_number":
        return None
    co = subj.county[2][:2] + rng.choice(COMPANY_TRADE) + rng.choice(COMPANY_LINE["industry"])
    item = rng.choice(["叉车司机（N1）", "工业锅炉司炉（G1）", "起重机司机（Q2）", "电梯修理（T）"])
    pairs = [("作业人员", subj.name_mark()), ("作业项目", item), ("用人单位", b.P(co)), ("证书编号", b.S("id_number", p.id))]
    if rng.random() < 0.4:
        pairs.append(("户籍地", home(b, p)))
    return dict(xkws="特种设备作业人员资格认定决定书", xklb="认可", xkzs="特种设备安全管理和作业人员证",
                xkbh=b.S("id_number", p.id), nr=kv(b, pairs), years=4)


def l_hygiene(b, subj, ag):
    rng = b.rng
    mgr = newp(b)
    items_ = rng.choice(["住宿", "沐浴", "美容、美发", "游泳场所", "歌舞厅"])
    num = "%s卫公证字〔%d〕第%04d号" % (subj.county[5], b.jd.year, rng.randint(1, 3000))
    pairs = [("单位名称", subj.shop_mark() if subj.cat == "individual" else b.P(subj.company)),
             ("经营项目", items_), ("卫生负责人", N(b, mgr) + (D(b, mgr, *some(rng, "mobile", "id", k=1)) if rng.random() < 0.5 else ""))]
    if subj.cat == "legal":
        pairs.insert(1, ("法定代表人", b.P(subj.rep_name)))
        pairs.insert(2, ("经营地址", subj.county[2] + b.P(subj.premises)))
    else:
        pairs.insert(1, ("经营者", subj.name_mark()))
    return dict(xkws="公共场所卫生许可决定书", xklb="普通", xkzs="公共场所卫生许可证", xkbh=b.P(num), nr=kv(b, pairs), years=4)


def l_physician(b, subj, ag):
    rng = b.rng
    p = subj.person
    if p.id_cat != "id_number":
        return None
    hosp = subj.county[2] + rng.choice(["人民医院", "中医医院", "妇幼保健院", rng.choice(subj.county[6]) + "卫生院"])
    code = looks_not_id15(rng, lambda: "1" + subj.county[3][:2] + "%02d" % rng.randint(10, 99) + "".join(rng.choice("0123456789") for _ in range(10)))
    pairs = [("姓名", subj.name_mark()), ("执业地点", b.P(hosp)), ("执业类别", rng.choice(["临床", "中医", "口腔", "公共卫生"])),
             ("执业范围", rng.choice(["内科专业", "外科专业", "全科医学专业", "妇产科专业", "中医专业"]))]
    if rng.random() < 0.5:
        q = str(rng.randint(2003, 2022)) + rng.choice(["1", "2", "3"]) + rng.choice(["10", "20"]) + p.id
        pairs.append(("医师资格证书编码", q[:7] + b.S("id_number", p.id)))
    if rng.random() < 0.4:
        pairs.append(("身份证号", b.S("id_number", write_id(rng, p.id))))
    return dict(xkws="医师执业注册许可决定书", xklb=rng.choice(["普通", "其他-执业注册"]), xkzs="医师执业证书", xkbh=b.P(code), nr=kv(b, pairs), years=0)


def l_drug(b, subj, ag):
    rng = b.rng
    chief, qa = newp(b), newp(b)
    abbr = COUNTY_ABBR.get(subj.county[0], "晋")
    num = "%sAA%s%04d" % (abbr, subj.county[3][2:6] if rng.random() < 0.5 else subj.county[4][1:], rng.randint(1, 9999))
    pairs = []
    if subj.cat == "legal":
        pairs += [("企业名称", b.P(subj.company)), ("法定代表人", b.P(subj.rep_name)),
                  ("企业负责人", N(b, chief)), ("注册地址", subj.county[2] + b.P(subj.premises))]
    else:
        pairs += [("企业名称", subj.shop_mark()), ("企业负责人", subj.name_mark())]
    pairs.append(("质量负责人", N(b, qa) + rng.choice(["（执业药师）", "（执业药师，注册证编号：" + b.P("%s%d%06d" % (abbr, rng.randint(2015, 2024), rng.randint(1, 999999)), label=False) + "）", ""])))
    pairs.append(("经营范围", rng.choice(["中药饮片、中成药、化学药、生物制品", "化学药、中成药、第二类精神药品", "中成药、化学药"])))
    return dict(xkws="药品经营许可决定书", xklb="普通", xkzs="药品经营许可证", xkbh=b.P(num), nr=kv(b, pairs), years=5)


def l_felling(b, subj, ag):
    rng = b.rng
    p = subj.person
    county = subj.county
    town, village = rng.choice(county[6]), rng.choice(county[7])
    nb = [newp(b) for _ in range(rng.randint(2, 3))]
    site = town + village + "村" + cn_num(rng.randint(1, 12)) + county[10]
    small = rng.choice(["竹林湾", "大洼", "松树岭", "烂泥沟", "黄土坡", "老屋场"])
    dirs = ["东至", "西至", "南至", "北至"]
    bounds = []
    for i, d in enumerate(dirs):
        if i < len(nb):
            bounds.append(d + N(b, nb[i]) + rng.choice(["承包地", "自留山", "责任山", "林地"]))
        else:
            bounds.append(d + rng.choice(["山脊", "溪沟", "村道", "集体林"]))
    num = "%s%d%05d" % (county[3], b.jd.year, rng.randint(1, 99999))
    pairs = [("采伐地点", b.P(site) + "（小地名：" + small + "）"), ("四至", "，".join(bounds)),
             ("树种", rng.choice(["杉木", "马尾松", "杨树", "桉树", "柏木"])), ("采伐方式", rng.choice(["皆伐", "择伐", "更新采伐"])),
             ("采伐面积", "%.1f亩" % (rng.randint(5, 60) / 10)), ("蓄积", "%.1f立方米" % (rng.randint(20, 400) / 10))]
    nr = kv(b, pairs)
    r = rng.random()
    if r < 0.4:
        nr += "\n申请人户籍地：" + home(b, p)
    elif r < 0.7:
        w, pre = write_mobile(rng, p.mobile)
        nr += "\n申请人联系电话：" + pre + b.S("mobile", w)
    return dict(xkws="林木采伐许可决定书", xklb="普通", xkzs="林木采伐许可证", xkbh=b.P(num), nr=nr, years=-1)


def l_food(b, subj, ag):
    rng = b.rng
    mgr = newp(b)
    num = "JY" + rng.choice("123") + subj.county[3] + "%07d" % rng.randint(1, 9999999)
    pairs = [("主体业态", rng.choice(["餐饮服务经营者（小型餐馆）", "食品销售经营者（便利店）", "单位食堂（学校食堂）", "餐饮服务经营者（饮品店）"])),
             ("经营项目", rng.choice(["热食类食品制售", "预包装食品（含冷藏冷冻食品）销售", "散装食品销售、热食类食品制售"]))]
    if subj.cat == "legal":
        pairs.insert(0, ("经营场所", subj.county[2] + b.P(subj.premises)))
        pairs.append(("食品安全管理人员", N(b, mgr) + (D(b, mgr, "mobile") if rng.random() < 0.5 else "")))
    else:
        pairs.insert(0, ("经营者", subj.name_mark()))
        if rng.random() < 0.5:
            pairs.append(("食品安全管理员", N(b, mgr)))
        if rng.random() < 0.4:
            pairs.append(("经营者住所", home(b, subj.person)))
    return dict(xkws="食品经营许可决定书", xklb="普通", xkzs="食品经营许可证", xkbh=b.P(num), nr=kv(b, pairs), years=5)


def l_clinic(b, subj, ag):
    rng = b.rng
    head = newp(b)
    num = "PDY" + "%05d" % rng.randint(1, 99999) + "-" + subj.county[3] + rng.choice(["17D2192", "11D1102", "19D2112"])
    pairs = [("机构名称", subj.shop_mark() if subj.cat == "individual" else b.P(subj.company)),
             ("诊疗科目", rng.choice(["内科；外科；中医科", "口腔科", "预防保健科；全科医疗科", "医学检验科；医学影像科"]))]
    if subj.cat == "individual":
        pairs.append(("主要负责人", subj.name_mark()))
    else:
        pairs.append(("主要负责人", N(b, head)))
        pairs.append(("法定代表人", b.P(subj.rep_name)))
    if rng.random() < 0.5:
        c = newp(b)
        pairs.append(("联系人", N(b, c) + " " + b.S("mobile", write_mobile(rng, c.mobile)[0])
                      + (" " + b.S("email", email_of(rng, c.name)) if rng.random() < 0.4 else "")))
    return dict(xkws="医疗机构执业许可决定书", xklb="普通", xkzs="医疗机构执业许可证", xkbh=b.P(num), nr=kv(b, pairs), years=5)


COUNTY_ABBR = {"山西省": "晋", "河北省": "冀", "吉林省": "吉", "黑龙江省": "黑", "江苏省": "苏", "浙江省": "浙",
               "福建省": "闽", "湖北省": "鄂", "广东省": "粤", "贵州省": "黔", "陕西省": "陕", "甘肃省": "甘",
               "新疆维吾尔自治区": "新", "西藏自治区": "藏", "宁夏回族自治区": "宁", "重庆市": "渝",
               "辽宁省": "辽", "内蒙古自治区": "蒙", "四川省": "川", "湖南省": "湘"}

LICENSES = [
    (l_construction, "approval", "build", ("legal",)),
    (l_road_operation, "transport", "transport", ("legal", "individual")),
    (l_driver, "transport", "transport", ("natural",)),
    (l_taxi, "transport", "transport", ("natural",)),
    (l_operator_cert, "market", "industry", ("natural",)),
    (l_hygiene, "health", "health", ("individual", "legal")),
    (l_physician, "health", "health", ("natural",)),
    (l_drug, "approval", "drug", ("legal", "individual")),
    (l_felling, "forest", "general", ("natural",)),
    (l_food, "market", "food", ("individual", "legal")),
    (l_clinic, "health", "health", ("individual", "legal")),
]


# ---------------------------------------------------------------- assembly

LIMITS = {  # the catalogue's max_chars (service/domain/record.cc)
    "XDR_MC": 200, "XDR_LB": 16, "XDR_SHXYM": 18, "XDR_GSZC": 50, "FRDB": 50, "FR_ZJLX": 64,
    "FR_ZJHM": 64, "XDR_ZJLX": 64, "XDR_ZJHM": 64, "XKWS": 64, "XKLB": 256, "XKZS": 64, "XKBH": 64,
    "NR": 4000, "JDRQ": 10, "YXQZ": 10, "YXQZI": 10, "XKJG": 200, "XKJGDM": 18, "ZT": 1, "LYDW": 200,
    "LYDWDM": 18, "BZ": 512, "WFXW": 2000, "SY": 5000, "YJ": 2000, "CFLB": 256, "NR_FK": 20,
    "NR_WFFF": 20, "NR_ZKDX": 200, "GSJZQ": 10, "CFJG": 200, "CFJGDM": 18, "SJLY": 200, "SJLYDM": 18,
}
WSH_LIMIT = {"license": 64, "penalty": 128}
CODE_FIELDS = {"XDR_SHXYM", "XDR_GSZC", "FR_ZJHM", "XDR_ZJHM", "XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM"}
LICENSE_ORDER = ["XDR_MC", "XDR_LB", "XDR_SHXYM", "XDR_GSZC", "FRDB", "FR_ZJLX", "FR_ZJHM", "XDR_ZJLX",
                 "XDR_ZJHM", "XKWS", "WSH", "XKLB", "XKZS", "XKBH", "NR", "JDRQ", "YXQZ", "YXQZI", "XKJG",
                 "XKJGDM", "ZT", "LYDW", "LYDWDM", "BZ"]
PENALTY_ORDER = ["XDR_MC", "XDR_LB", "XDR_SHXYM", "XDR_GSZC", "FRDB", "FR_ZJLX", "FR_ZJHM", "XDR_ZJLX",
                 "XDR_ZJHM", "WSH", "WFXW", "SY", "YJ", "CFLB", "NR", "NR_FK", "NR_WFFF", "NR_ZKDX", "JDRQ",
                 "GSJZQ", "CFJG", "CFJGDM", "SJLY", "SJLYDM", "BZ"]
CFLB_ORDER = ["警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "吊销许可证件"]


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return datetime.date(d.year + y, m + 1, min(d.day, 28))


def third_party_named(b, subj):
    own = subj.person.name if subj.person else None
    return any(c == "person_name" and v != own for c, v in b.secrets)


def build(rng, kind, cat):
    county = rng.choice(COUNTIES)
    table = PENALTIES if kind == "penalty" else LICENSES
    fn, dept, sector, cats = rng.choice([t for t in table if cat in t[3]])
    b = Builder(rng, kind, county)
    b.jd = rand_date(rng, datetime.date(2024, 1, 8), datetime.date(2026, 11, 20))
    ag = Agency(county, dept)
    subj = Subject(b, cat, sector)
    res = fn(b, subj, ag)
    if res is None:
        return None
    remarks = extras(b, subj, ag)
    if not third_party_named(b, subj):
        remarks.append(agent_clause(b) + "。")
    if kind == "penalty":
        b.fields["WSH"] = b.P(wsh_penalty(rng, ag, b.jd.year))
        b.fields["WFXW"] = res["wfxw"]
        sy = res["sy"]
        if rng.random() < 0.55:
            sy = subj.header(b) + rng.choice(["\n", "\n\n", "。\n", "。"]) + sy
        b.set("SY", sy, styled=True)
        b.fields["YJ"] = res["yj"]
        cflb = b.cflb + res.get("cflb_extra", [])
        b.fields["CFLB"] = ";".join(c for c in CFLB_ORDER if c in cflb)
        b.set("NR", res["nr"], styled=True)
        if b.fine:
            b.fields["NR_FK"] = wan(b.fine)
        if b.conf:
            b.fields["NR_WFFF"] = wan(b.conf)
        if res.get("zkdx"):
            b.fields["NR_ZKDX"] = res["zkdx"]
        b.fields["JDRQ"] = b.jd.isoformat()
        b.fields["GSJZQ"] = add_months(b.jd, rng.choice([3, 6, 12, 12, 36])).isoformat()
        b.fields["CFJG"] = ag.name
        b.fields["CFJGDM"] = ag.code
        if rng.random() < 0.85:
            b.fields["SJLY"] = ag.name
            b.fields["SJLYDM"] = ag.code
    else:
        b.fields["XKWS"] = res["xkws"]
        b.fields["WSH"] = b.P(wsh_license(rng, ag, b.jd.year))
        b.fields["XKLB"] = res["xklb"]
        b.fields["XKZS"] = res["xkzs"]
        b.fields["XKBH"] = res["xkbh"]
        nr = res["nr"]
        if cat == "natural" and rng.random() < 0.3 and subj.person.id_cat == "id_number":
            nr = "申请人" + subj.name_mark() + D(b, subj.person, *some(rng, "id", "addr", "mobile", k=rng.randint(1, 2))) + "：\n" + nr
        b.set("NR", nr, styled=True)
        b.fields["JDRQ"] = b.jd.isoformat()
        b.fields["YXQZ"] = b.jd.isoformat()
        years = res["years"]
        if years == 0:
            b.fields["YXQZI"] = "2099-12-31"
        elif years < 0:
            b.fields["YXQZI"] = add_months(b.jd, 6).isoformat()
        else:
            b.fields["YXQZI"] = add_months(b.jd, 12 * years).isoformat()
        b.fields["XKJG"] = ag.name
        b.fields["XKJGDM"] = ag.code
        b.fields["ZT"] = "1"
        b.fields["LYDW"] = ag.name
        b.fields["LYDWDM"] = ag.code
    if remarks:
        b.set("BZ", rng.choice(["\n", "；", " "]).join(remarks), styled=True)
    if rng.random() < 0.3:
        b.P(ag.name)  # the agency's own name: public
    return b


def wire(kind, fields):
    prefix = "XK_" if kind == "license" else "CF_"
    order = LICENSE_ORDER if kind == "license" else PENALTY_ORDER
    return {(k if k == "BZ" else prefix + k): fields[k] for k in order if k in fields}


def problems(b):
    """Label checks by construction, and the standard's validation."""
    rec = b.render(False)
    skel = b.render(True)
    out = []
    allrec = "\x00".join(rec.values())
    allskel = "\x00".join(skel.values())
    for cat, v in b.secrets:
        if v not in allrec:
            out.append("secret not in record: " + v)
        if v in allskel:
            out.append("secret occurs outside its planted place: " + v)
        if '"' in v or "\\" in v or "\n" in v:
            out.append("secret needs escaping: " + v)
    for v in b.publics:
        n = allrec.count(v)
        if n == 0:
            out.append("public not in record: " + v)
        if allskel.count(v) != n:
            out.append("public overlaps a secret: " + v)
        if any(v in s or s in v for _, s in b.secrets):
            out.append("public and secret nest: " + v)
        if '"' in v or "\\" in v or "\n" in v:
            out.append("public needs escaping: " + v)
    out.extend(validate(b.kind, rec))
    return out


def validate(kind, f):
    """The checks of service/domain/record_validator.cc that these records can meet or miss."""
    out = []
    req = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    req += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else \
        ["WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = f.get("XDR_LB")
    if lb == "法人及非法人组织":
        req += ["XDR_SHXYM", "FRDB"]
    elif lb == "自然人":
        req += ["XDR_ZJLX", "XDR_ZJHM"]
        if "XDR_SHXYM" in f:
            out.append("natural person with USCC")
    elif lb == "个体工商户":
        req += ["XDR_SHXYM"]
        if f.get("XDR_SHXYM") == "00000000000000000X":
            req.append("XDR_GSZC")
    else:
        out.append("bad XDR_LB")
    for k in req:
        if not f.get(k, "").strip():
            out.append("missing " + k)
    for k, v in f.items():
        limit = WSH_LIMIT[kind] if k == "WSH" else LIMITS[k]
        if len(v) > limit:
            out.append("too long %s %d" % (k, len(v)))
        if k in CODE_FIELDS and re.search(r"\s", v):
            out.append("whitespace in code " + k)
        if any(ord(c) < 0x20 and c not in "\n\r\t" for c in v):
            out.append("control char in " + k)
        if v != v.strip(" \t\r\n"):
            out.append("untrimmed " + k)
    for k in ("XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM"):
        if k in f and not (len(f[k]) == 18 and f[k][17] == uscc_check(f[k][:17])):
            out.append("bad agency code " + k)
    u = f.get("XDR_SHXYM")
    if u and u != "00000000000000000X" and u[17] != uscc_check(u[:17]):
        out.append("bad USCC")
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if f.get(t) == "身份证" and n in f and not is_id18(f[n]):
            out.append("bad ID " + n)
        if t in f and f[t] not in ("身份证", "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "其他"):
            out.append("bad id type")
    jd = datetime.date.fromisoformat(f["JDRQ"])
    if kind == "penalty":
        cats = f["CFLB"].split(";")
        if not all(c in CFLB_ORDER for c in cats):
            out.append("bad CFLB")
        if "罚款" in cats and not float(f.get("NR_FK", "0")) > 0:
            out.append("fine without NR_FK")
        if ("没收违法所得" in cats or "没收非法财物" in cats) and not float(f.get("NR_WFFF", "0")) > 0:
            out.append("confiscation without NR_WFFF")
        if ("吊销许可证件" in cats or "暂扣许可证件" in cats) and not f.get("NR_ZKDX"):
            out.append("licence action without NR_ZKDX")
        g = datetime.date.fromisoformat(f["GSJZQ"])
        if g < jd or g > add_months(jd, 36):
            out.append("GSJZQ out of range")
    else:
        if f["XKLB"] not in ("普通", "特许", "认可", "核准", "登记", "其他") and not f["XKLB"].startswith("其他-"):
            out.append("bad XKLB")
        if f["YXQZI"] < f["YXQZ"]:
            out.append("YXQZI before YXQZ")
    return out


def generate():
    rng = random.Random(SEED)
    plan = [("penalty" if i % 2 == 0 else "license", ["natural", "individual", "legal", "legal"][(i // 2) % 4])
            for i in range(N_RECORDS)]
    rng.shuffle(plan)
    lines = []
    redraws = 0
    for kind, cat in plan:
        while True:
            b = build(rng, kind, cat)
            if b is not None and not problems(b):
                break
            redraws += 1
        rec = wire(kind, b.render(False))
        obj = {"kind": kind, "record": rec,
               "secrets": [{"category": c, "value": v} for c, v in b.secrets],
               "public": list(b.publics)}
        lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n", redraws


def stats(text):
    rows = [json.loads(l) for l in text.splitlines()]
    cats = ["id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit", "address", "person_name"]
    subj = {"自然人": "natural", "个体工商户": "individual", "法人及非法人组织": "legal"}
    table = {}
    for r in rows:
        pre = "XK_" if r["kind"] == "license" else "CF_"
        s = subj[r["record"][pre + "XDR_LB"]]
        t = table.setdefault(s, {"records": 0, "penalty": 0, "license": 0, "public": 0, **{c: 0 for c in cats}})
        t["records"] += 1
        t[r["kind"]] += 1
        t["public"] += len(r["public"])
        for x in r["secrets"]:
            t[x["category"]] += 1
    keys = ["records", "penalty", "license"] + cats + ["public"]
    order = ["natural", "individual", "legal"]
    print("%-14s" % "" + "".join("%12s" % s for s in order) + "%12s" % "total")
    for k in keys:
        vals = [table[s][k] for s in order]
        print("%-14s" % k + "".join("%12d" % v for v in vals) + "%12d" % sum(vals))
    print("%-14s" % "all secrets" + "".join("%12d" % sum(table[s][c] for c in cats) for s in order)
          + "%12d" % sum(table[s][c] for s in order for c in cats))


def main():
    text, redraws = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("records.jsonl is " + ("what generate.py writes" if same else "NOT what generate.py writes"))
        sys.exit(0 if same else 1)
    if "--stats" in sys.argv:
        stats(text)
        print("redraws: %d" % redraws)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d records, %d redraws)" % (OUT, len(text.splitlines()), redraws))


if __name__ == "__main__":
    main()
