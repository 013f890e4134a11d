"""Vocabulary, identifiers and the labelling context of the ninth evaluation set.

Everything here was written for this set; nothing is taken from the
redaction code or from the other evaluation sets.
"""

import datetime

# --- jurisdictions -----------------------------------------------------------
# One city-level seat per province; generate.py draws which ones are used.
# area: the county's 6-digit division code (IDs, credit codes); tel: area code.
COUNTIES = [
    dict(prov="黑龙江省", city="牡丹江市", county="东安区", area="231002", tel="0453", ab="牡",
         towns=["兴隆镇", "七星街道", "五林镇"], vill=["永安村", "红旗村", "新胜村", "东兴村"],
         roads=["太平路", "东三条路", "光华街", "西长安街"], est=["江畔佳苑", "北山新城", "铁岭小区"]),
    dict(prov="吉林省", city="延边朝鲜族自治州", county="延吉市", area="222401", tel="0433", ab="延",
         towns=["依兰镇", "小营镇", "建工街道"], vill=["春兴村", "东光村", "八道村", "仁坪村"],
         roads=["光明街", "公园路", "河南街", "友谊路"], est=["海兰江畔", "丹英小区", "长白山花园"]),
    dict(prov="辽宁省", city="锦州市", county="凌河区", area="210703", tel="0416", ab="锦",
         towns=["紫荆街道", "龙江街道", "石桥子街道"], vill=["小凌河村", "杏山村", "高家屯村"],
         roads=["解放路", "中央大街", "士英街", "延安路"], est=["锦绣华府", "凌西小区", "渤海新苑"]),
    dict(prov="内蒙古自治区", city="赤峰市", county="巴林右旗", area="150423", tel="0476", ab="赤",
         towns=["大板镇", "查干沐沦苏木", "宝日勿苏镇"], vill=["巴彦汉嘎查", "白音和硕嘎查", "哈日根台嘎查"],
         roads=["新城大街", "罕山路", "巴林路"], est=["格日勒小区", "乌兰花园", "福星家园"]),
    dict(prov="山西省", city="长治市", county="潞州区", area="140403", tel="0355", ab="长",
         towns=["老顶山镇", "黄碾镇", "英雄南路街道"], vill=["关村", "南垂村", "西长井村", "漳村"],
         roads=["英雄中路", "太行东街", "府后西街", "紫金西街"], est=["上党明珠", "漳泽苑", "太行家园"]),
    dict(prov="陕西省", city="宝鸡市", county="陈仓区", area="610304", tel="0917", ab="宝",
         towns=["虢镇街道", "阳平镇", "千河镇", "周原镇"], vill=["石家营村", "魏家崖村", "西秦村", "底店村"],
         roads=["陈仓大道", "虢西路", "宝虢路"], est=["渭水嘉园", "秦川华庭", "周原雅居"]),
    dict(prov="甘肃省", city="天水市", county="张家川回族自治县", area="620525", tel="0938", ab="天",
         towns=["张家川镇", "龙山镇", "恭门镇"], vill=["城关村", "马鹿村", "河峪村", "上磨村"],
         roads=["回中路", "东大街", "南川路"], est=["关山小区", "清水河苑", "陇东佳苑"]),
    dict(prov="青海省", city="海东市", county="乐都区", area="630202", tel="0972", ab="海",
         towns=["碾伯镇", "高庙镇", "瞿昙镇", "洪水镇"], vill=["七里店村", "大地湾村", "新盛村", "李家台村"],
         roads=["古城大街", "朝阳路", "滨河南路"], est=["湟水家园", "凤凰山小区", "福地佳苑"]),
    dict(prov="宁夏回族自治区", city="吴忠市", county="利通区", area="640302", tel="0953", ab="吴",
         towns=["金积镇", "上桥镇", "古城镇", "东塔寺乡"], vill=["秦坝关村", "高闸村", "牛家坊村", "涝河桥村"],
         roads=["明珠路", "裕民街", "朝阳西街"], est=["黄河明珠苑", "塞上江南小区", "滨河湾"]),
    dict(prov="新疆维吾尔自治区", city="昌吉回族自治州", county="昌吉市", area="652301", tel="0994", ab="昌",
         towns=["榆树沟镇", "三工镇", "大西渠镇", "六工镇"], vill=["头屯河村", "下营盘村", "幸福村", "十三户村"],
         roads=["延安北路", "北京南路", "长宁路", "建国西路"], est=["天山印象", "雪莲小区", "丝路花园"]),
    dict(prov="西藏自治区", city="林芝市", county="巴宜区", area="540402", tel="0894", ab="林",
         towns=["八一镇", "布久乡", "米瑞乡", "更章门巴民族乡"], vill=["巴吉村", "尼池村", "真巴村", "帮纳村"],
         roads=["福建路", "广东路", "珠海路", "双拥路"], est=["尼洋河畔", "桃花苑", "雪域佳园"]),
    dict(prov="云南省", city="曲靖市", county="麒麟区", area="530302", tel="0874", ab="曲",
         towns=["越州镇", "东山镇", "沿江街道", "三宝街道"], vill=["潇湘村", "大坡村", "卑舍村", "阿油铺村"],
         roads=["麒麟南路", "紫云路", "寥廓北路", "玄坛路"], est=["珠江源小区", "南城门苑", "翠峰家园"]),
    dict(prov="贵州省", city="遵义市", county="汇川区", area="520303", tel="0851", ab="遵",
         towns=["高坪街道", "董公寺街道", "沙湾镇", "团泽镇"], vill=["长沟村", "泗渡村", "和平村", "板桥村"],
         roads=["上海路", "大连路", "人民路", "南京路"], est=["娄山新城", "红军山苑", "凤凰佳苑"]),
    dict(prov="广西壮族自治区", city="玉林市", county="容县", area="450921", tel="0775", ab="玉",
         towns=["容州镇", "杨梅镇", "自良镇", "黎村镇"], vill=["古城村", "东华村", "松山村", "大坡村"],
         roads=["人民路", "东外路", "城西路"], est=["绣江苑", "都峤花园", "真武阁小区"]),
    dict(prov="海南省", city="", county="琼海市", area="469002", tel="0898", ab="琼",
         towns=["嘉积镇", "博鳌镇", "潭门镇", "长坡镇"], vill=["朝烈村", "南强村", "草塘村", "椰林村"],
         roads=["银海路", "爱华东路", "金海北路"], est=["万泉河畔", "椰海小区", "嘉积花园"]),
]

# --- names -------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘蒋蔡余杜叶程"
                "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛"
                "郝龚邵万严覃武戴莫孔汤殷樊祁")
RARE_SURNAMES = list("仉逯邴亓蹇宓禚隗靳栾麴佘冼寇阚訾芮甄扈")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "皇甫", "尉迟", "东方", "令狐", "呼延", "宇文", "端木", "公孙", "夏侯"]
GIVEN = list("建国军明华志强永红秀英玉兰桂芳丽敏静海洋春燕德福喜荣俊伟彬涛鹏飞磊浩然宇轩晓雪梅婷"
             "琳慧颖佳欣怡嘉睿博文斌勇刚毅峰岭松柏林森淑贤惠娟霞凤娥翠萍莉娜蕾蓓琦瑶璐"
             "立新振兴成广庆祥瑞耀宏远达鑫锋坤晨曦旭彤畅宁安泰和顺善良存仁义礼智信")
TIBETAN = ["扎西", "次仁", "达瓦", "尼玛", "格桑", "拉巴", "多吉", "卓玛", "央金", "旺堆", "顿珠", "曲珍", "德吉", "平措"]
UYGHUR_GIVEN = ["艾力", "阿依古丽", "麦麦提", "古丽娜尔", "热依拉", "艾合买提", "努尔兰", "帕提古丽", "吐尔洪"]
UYGHUR_FATHER = ["吐尔逊", "买买提", "艾则孜", "阿不都拉", "热合曼", "依明", "库尔班"]
MONGOL = ["巴特尔", "乌云其木格", "额尔敦毕力格", "苏和巴特尔", "娜仁图雅", "其其格", "宝音德力格尔", "格日勒图"]
FOREIGN = ["NGUYEN VAN MINH", "Tran Thi Lan", "Sergei Ivanov", "Olga Petrova", "Kim Young-soo", "Park Ji-hye",
           "David Miller", "Yamada Keiko"]
PSEUDO = ["张某", "王某某", "李某", "刘某某", "陈某", "杨某", "赵某某"]

# --- public traps ----------------------------------------------------------------
BRAND = ["鑫源", "华泰", "恒达", "瑞丰", "北辰", "雪域", "天山", "兴隆", "宏远", "福顺", "金穗", "长青", "众信",
         "博安", "丰泽", "康达", "润禾", "盛世", "驰远", "凯宏", "安泰", "百川", "嘉禾", "凌云"]
# Trade names and place names that contain surname-like words (public).
TRAP_NAMES = ["老王家", "张家川", "马家窑", "李家沟", "刘家峡", "赵家湾", "孙大圣", "杨家岭", "周记", "陈氏",
              "关公", "王老大"]

ROLES_NO_NAME = ["执法人员", "办案人员", "检查人员"]


def cn_num(n):
    """1..99 in Chinese numerals (addresses)."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# --- check digits -------------------------------------------------------------
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def uscc_check(body17):
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_ALPHA[(31 - s % 31) % 31]


def valid_uscc(code):
    return len(code) == 18 and all(c in USCC_ALPHA for c in code) and uscc_check(code[:17]) == code[17]


def id_check(body17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def valid_id18(v):
    if len(v) != 18 or not v[:17].isdigit() or id_check(v[:17]) != v[17].upper():
        return False
    try:
        datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        return True
    except ValueError:
        return False


def luhn_ok(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gszc_check(body14):
    """ISO 7064 MOD 11,10 check digit of a 15-digit 工商注册号."""
    p = 10
    for c in body14:
        s = (p + int(c)) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


class Ctx:
    """Collects labels while a record is written.

    In skeleton mode every secret is written as an opaque token, so that the
    checks in generate.py can see where a secret occurs besides where it was
    planted, and whether a public value overlaps a secret.
    """

    def __init__(self, skeleton):
        self.skeleton = skeleton
        self.secrets = []
        self.publics = []

    def s(self, category, value):
        if (category, value) not in self.secrets:
            self.secrets.append((category, value))
        if self.skeleton:
            return "⟦%d⟧" % self.secrets.index((category, value))
        return value

    def p(self, value):
        if value not in self.publics:
            self.publics.append(value)
        return value
