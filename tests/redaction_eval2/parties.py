"""Agencies, subjects (法人及非法人组织 / 自然人 / 个体工商户), third parties and
public look-alike numbers of the second evaluation set.
"""

import random

import kit
import people as H
import vocab as V

# ---------------------------------------------------------------------------
# Agencies: fixed per county (their own generator), so a department always
# has the same code.

DEPARTMENTS = {
    "market": "{c}市场监督管理局",
    "transport": "{c}交通运输局",
    "ecology": "{city}生态环境局{short}分局",
    "health": "{c}卫生健康局",
    "tax": "国家税务总局{c}税务局",
    "housing": "{c}住房和城乡建设局",
    "enforcement": "{c}综合行政执法局",
    "approval": "{c}行政审批服务局",
    "forestry": "{c}自然资源和规划局",
}


def agency(cty, dept):
    rng = random.Random("%s/%s" % (cty[2], dept))
    name = DEPARTMENTS[dept].format(c=H.county_name(cty), city=H.city_name(cty), short=cty[1])
    if rng.random() < 0.5:
        org = "".join(rng.choice("0123456789") for _ in range(8)) + rng.choice("0123456789X")
    else:
        org = "MB" + "".join(rng.choice(kit.USCC_ALPHABET) for _ in range(7))
    code = kit.uscc_with_check("11" + cty[2] + org)
    area = cty[3]
    phone = "%s-%d%06d" % (area, rng.randint(2, 8), rng.randint(0, 999999))
    return {"name": name, "code": code, "phone": phone}


def docno(c, abbr, year, n):
    """A document number: 安市监罚〔2025〕123号 and its variants."""
    o, e = c.pick([("〔", "〕"), ("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）"), ("【", "】")])
    num = c.pick(["%d" % n, "%03d" % n, "第%d" % n, "第%04d" % n])
    return "%s%s%d%s%s号" % (abbr, o, year, e, num)


# ---------------------------------------------------------------------------
# Enterprises

INDUSTRY = {
    "food": ["食品有限公司", "餐饮管理有限公司", "商贸有限公司", "超市有限公司", "农副产品有限公司"],
    "retail": ["商贸有限公司", "百货有限公司", "电子商务有限公司", "家电销售有限公司", "建材有限公司"],
    "transport": ["物流有限公司", "运输有限公司", "汽车运输有限公司", "货运代理有限公司", "客运有限公司"],
    "factory": ["化工有限公司", "塑料制品有限公司", "机械制造有限公司", "纸业有限公司", "新材料科技有限公司",
                "铸造有限公司", "木业有限公司", "建材有限公司"],
    "health": ["医院有限公司", "口腔门诊部有限公司", "诊所有限公司", "酒店管理有限公司", "宾馆有限公司",
               "洗浴有限公司", "美容美发有限公司"],
    "construction": ["建筑工程有限公司", "建设集团有限公司", "房地产开发有限公司", "置业有限公司",
                     "建筑安装工程有限公司"],
    "pharmacy": ["大药房有限公司", "医药连锁有限公司", "大药房连锁有限公司"],
    "estate": ["房地产经纪有限公司", "置业顾问有限公司", "房产中介服务有限公司"],
    "forestry": ["林业开发有限公司", "苗木专业合作社", "林场有限公司", "木业有限公司"],
}
SHOP_KINDS = {
    "food": ["便利店", "超市", "水饺馆", "小吃店", "烧烤店", "面馆", "熟食店", "蔬菜店", "水果店"],
    "retail": ["五金店", "日杂店", "服装店", "手机店", "建材经营部", "家电维修部"],
    "transport": ["货运部", "运输队", "汽车维修部", "物流配送站"],
    "factory": ["汽修厂", "洗车行", "木材加工厂", "石材加工厂", "塑料加工厂"],
    "health": ["理发店", "美容院", "足浴店", "浴池", "旅馆", "家庭宾馆"],
    "construction": ["装饰工程部", "建材经营部", "装修队"],
    "pharmacy": ["大药房", "药店", "医药超市"],
    "estate": ["房产信息部", "房屋中介服务部"],
    "forestry": ["苗木经营部", "木材收购站"],
}


def uscc(c, cty, prefix="91"):
    if c.chance(0.8):
        org = "MA" + "".join(c.pick(kit.USCC_ALPHABET) for _ in range(7))
    else:
        org = "".join(c.pick("0123456789") for _ in range(8)) + c.pick("0123456789X")
    return kit.uscc_with_check(prefix + cty[2] + org)


def regno(c, cty, individual=False):
    """工商注册号. An individual business's reads division + 6 + …, which
    often looks like a valid 15-digit ID number (born 196x)."""
    if individual:
        mid = "60%02d%02d%03d" % (c.n(1, 12), c.n(1, 28), c.n(0, 999))
    else:
        mid = "%08d" % c.n(0, 99999999)
    return kit.regno_complete(cty[2] + mid[:8])


def firm_name(c, cty, trade):
    r = c.r.random()
    ind = c.pick(INDUSTRY[trade])
    tn = c.pick(V.TRADE_NAMES)
    if r < 0.55:
        return H.county_name(cty) + tn + ind
    if r < 0.8:
        return H.city_name(cty) + tn + ind
    if r < 0.9:
        return cty[0][:2] + tn + ind
    return H.city_name(cty) + tn + ind.replace("有限公司", "有限公司" + cty[1] + "分公司")


def shop_name(c, cty, trade):
    town = c.pick(cty[4])
    kind = c.pick(SHOP_KINDS[trade])
    r = c.r.random()
    if r < 0.5:
        return H.county_name(cty) + c.pick(V.SHOP_PREFIXES) + kind
    if r < 0.8:
        return H.county_name(cty) + town + c.pick(V.SHOP_PREFIXES) + kind
    return H.county_name(cty) + town + c.pick(["老", "小"]) + c.pick(V.SURNAMES) + c.pick(["记", "家"]) + kind


# ---------------------------------------------------------------------------
# Subjects

class Subject:
    """The party a decision is about, as far as the text refers to it."""

    def __init__(self, cat):
        self.cat = cat          # "legal" | "natural" | "individual"
        self.fields = {}        # wire-less short codes: XDR_MC, FRDB, ...
        self.name = ""          # as used in text (the firm, or the person)
        self.person = ""        # the natural person in the subject (operator), or ""
        self.rep = ""           # legal representative (public), legal persons only
        self.intro = ""         # the 当事人 paragraph
        self.cty = None
        self.id_text = ""       # the person's ID as written in text, when any
        self.phone = ""
        self.home = ""          # home address text, when any


def legal_subject(c, cty, trade, intro):
    s = Subject("legal")
    s.cty = cty
    s.name = c.P(firm_name(c, cty, trade))
    code = c.P(uscc(c, cty, c.pick(["91", "91", "91", "91", "52", "93"])))
    s.rep = c.P(H.chinese_name(c))
    s.fields.update({"XDR_MC": s.name, "XDR_LB": "法人及非法人组织", "XDR_SHXYM": code, "FRDB": s.rep})
    if c.chance(0.2):
        s.fields["XDR_GSZC"] = c.P(regno(c, cty))
    rep_id, _, _ = H.id18(c, cty[2] if c.chance(0.7) else None, born=H.birth_date(c, 1955, 1995))
    if c.chance(0.35):
        s.fields["FR_ZJLX"] = "身份证"
        s.fields["FR_ZJHM"] = c.S("id_number", rep_id)
    if not intro:
        return s
    addr = c.P(H.business_address(c, cty))
    lead = c.pick(["住所", "住所", "注册地址", "经营场所", "营业场所", "地址"])
    parts = [c.f("当事人：{n}", n=s.name)]
    parts.append(c.f("统一社会信用代码：{u}", u=code))
    parts.append(c.f("{lead}：{p}{a}", lead=lead, p=c.pick([cty[0], H.county_name(cty), ""]), a=addr))
    rep_line = c.f("法定代表人：{r}", r=s.rep)
    if c.chance(0.25):
        rep_line += c.f("，身份证号码：{i}", i=c.S("id_number", H.written_id(c, rep_id)))
    if c.chance(0.2):
        rep_line += c.f("，联系电话：{t}", t=mobile_text(c))
    parts.append(rep_line)
    sep = c.pick(["\n", "，", "；"])
    s.intro = c.punct(sep).join(parts) + c.punct("。")
    return s


def natural_subject(c, cty, intro, doc=None):
    """doc: None (身份证 mostly), "id", "foreign" or "permit"."""
    s = Subject("natural")
    s.cty = cty
    r = c.r.random() if doc is None else 1.0
    home_cty = cty if c.chance(0.75) else H.county(c)
    if doc == "foreign" or (doc is None and r < 0.07):
        nm = c.pick(V.LATIN_NAMES + V.JAPANESE_NAMES + V.KOREAN_NAMES)
        s.name = c.S("person_name", nm)
        num = H.passport(c, foreign=True)
        s.fields.update({"XDR_ZJLX": "护照号", "XDR_ZJHM": c.S("passport", num)})
        s.id_text = c.f("护照号码：{p}", p=s.fields["XDR_ZJHM"])
        if nm in V.JAPANESE_NAMES or nm.startswith("WATANABE"):
            nat = "国籍：日本"
        elif nm in V.KOREAN_NAMES or nm.isupper() and " " in nm and nm.split()[0] in ("KIM", "PARK"):
            nat = "国籍：韩国"
        else:
            nat = c.pick(["国籍：美国", "国籍：英国", "国籍：德国", "国籍：加拿大", "外籍"])
        head = c.f("当事人：{n}，{nat}，{i}", n=s.name, nat=nat, i=s.id_text)
    elif doc == "permit" or (doc is None and r < 0.15):
        s.name = c.S("person_name", H.chinese_name(c))
        kind, num, zjlx = H.travel_permit(c)
        while zjlx is None:
            kind, num, zjlx = H.travel_permit(c)
        s.fields.update({"XDR_ZJLX": zjlx, "XDR_ZJHM": c.S("travel_permit", num)})
        s.id_text = c.f("{k}号码：{p}", k=kind, p=s.fields["XDR_ZJHM"])
        head = c.f("当事人：{n}，{i}", n=s.name, i=s.id_text)
    else:
        nm = H.chinese_name(c) if c.chance(0.92) else c.pick(V.UYGHUR_NAMES)
        s.name = c.S("person_name", nm)
        num, born, male = H.id18(c, home_cty[2])
        s.fields.update({"XDR_ZJLX": "身份证", "XDR_ZJHM": c.S("id_number", num)})
        if intro:
            written = H.written_id(c, num)
            s.id_text = c.S("id_number", written) if written != num else s.fields["XDR_ZJHM"]
            lab = c.pick(["身份证号码", "公民身份号码", "身份证号", "居民身份证号码"])
            head = c.f("当事人：{n}，性别：{g}，{b}出生，民族：{e}，{lab}：{i}",
                       n=s.name, g="男" if male else "女", b=c.date(born, styles=(0, 1)),
                       e=c.pick(["汉族", "汉族", "汉族", "回族", "满族", "壮族", "土家族"]), lab=lab, i=s.id_text)
            if c.chance(0.3):
                head = c.f("当事人{n}，{g}，{a}岁，{lab}{i}", n=s.name, g="男" if male else "女",
                           a=2025 - born.year, lab=lab, i=s.id_text)
    s.person = s.name
    s.fields.update({"XDR_MC": s.name, "XDR_LB": "自然人"})
    if not intro:
        return s
    cue = c.pick(["住址", "住", "家庭住址", "户籍地", "居住地", "现住", "住所", "户籍所在地"])
    s.home = H.home_address(c, home_cty)
    head += c.f("，{cue}{colon}{a}", cue=cue, colon="" if cue in ("住", "现住") else "：", a=s.home)
    if c.chance(0.6):
        s.phone = mobile_text(c) if c.chance(0.75) else landline_text(c, home_cty)
        head += c.f("，{lab}：{t}", lab=c.pick(["联系电话", "手机号码", "电话", "联系方式"]), t=s.phone)
    if c.chance(0.12):
        head += c.f("，电子邮箱：{e}", e=c.S("email", H.email(c)))
    if c.chance(0.12):
        head += c.f("，{lab}{k}", lab=c.pick(["银行账号：", "开户行账号", "银行卡号："]),
                    k=c.S("bank_card", H.written_card(c, H.bank_card(c))))
    s.intro = head + c.punct("。")
    return s


def individual_subject(c, cty, trade, intro):
    s = Subject("individual")
    s.cty = cty
    s.name = c.P(shop_name(c, cty, trade))
    op = H.chinese_name(c)
    s.person = c.S("person_name", op)
    s.fields.update({"XDR_MC": s.name, "XDR_LB": "个体工商户", "FRDB": s.person})
    if c.chance(0.7):
        code = c.P(uscc(c, cty, "92"))
        s.fields["XDR_SHXYM"] = code
        code_line = c.f("统一社会信用代码：{u}", u=code)
    else:
        s.fields["XDR_SHXYM"] = "00000000000000000X"
        reg = c.P(regno(c, cty, individual=True))
        s.fields["XDR_GSZC"] = reg
        code_line = c.f("注册号：{u}", u=reg)
    num, born, male = H.id18(c, cty[2] if c.chance(0.8) else None)
    if c.chance(0.4):
        s.fields["XDR_ZJLX"] = "身份证"
        s.fields["XDR_ZJHM"] = c.S("id_number", num)
    if not intro:
        return s
    parts = [c.f("当事人：{n}", n=s.name), code_line]
    op_line = c.f("经营者：{o}", o=s.person)
    if c.chance(0.5):
        written = H.written_id(c, num)
        s.id_text = c.S("id_number", written)
        op_line += c.f("，{lab}：{i}", lab=c.pick(["身份证号码", "公民身份号码", "身份证号"]), i=s.id_text)
    if c.chance(0.35):
        s.home = H.home_address(c, cty if c.chance(0.8) else H.county(c))
        op_line += c.f("，{cue}{a}", cue=c.pick(["住", "住址：", "家庭住址：", "户籍地："]), a=s.home)
    parts.append(op_line)
    place = H.business_address(c, cty)
    if not place.startswith(H.county_name(cty)):
        place = H.county_name(cty) + place
    parts.append(c.f("经营场所：{a}", a=place))
    if c.chance(0.5):
        s.phone = mobile_text(c)
        parts.append(c.f("联系电话：{t}", t=s.phone))
    s.intro = c.punct(c.pick(["\n", "，", "；"])).join(parts) + c.punct("。")
    return s


def subject(c, cat, cty, trade, intro, doc=None):
    if cat == "legal":
        return legal_subject(c, cty, trade, intro)
    if cat == "individual":
        return individual_subject(c, cty, trade, intro)
    return natural_subject(c, cty, intro, doc)


def ref(c, s):
    """How the narrative names the subject after the heading."""
    if s.cat == "natural" and c.chance(0.5):
        return s.name
    if s.cat == "legal" and c.chance(0.15):
        return s.name
    return "当事人"


# ---------------------------------------------------------------------------
# Third parties: natural persons other than the subject. Every name is
# planted as a secret, and so is whatever identifies or locates them.

def name(c):
    return c.S("person_name", H.any_person_name(c))


def cn_name(c):
    return c.S("person_name", H.chinese_name(c))


def id_note(c, cty=None):
    """（身份证号码：…） after a name; sometimes an old 15-digit number."""
    division = (cty or H.county(c))[2]
    if c.chance(0.12):
        num = c.S("id_number", H.id15(c, division))
        return c.f(c.pick(["（身份证号码：{i}）", "（身份证号：{i}）", "（公民身份号码{i}）"]), i=num)
    num, _, _ = H.id18(c, division)
    num = c.S("id_number", H.written_id(c, num))
    return c.f(c.pick(["（身份证号码：{i}）", "（公民身份号码：{i}）", "（身份证号{i}）", "（居民身份证号码：{i}）",
                       "，身份证号码{i}，"]), i=num)


def mobile_text(c):
    """A mobile number as written; the number itself is planted."""
    prefix, number = H.written_mobile(c, H.mobile(c))
    return prefix + c.S("mobile", number)


def phone_note(c, lead=None):
    t = mobile_text(c)
    lead = lead or c.pick(["手机号码", "联系电话", "电话", "手机", "联系方式"])
    return c.f("{l}：{t}", l=lead, t=t)


def landline_text(c, cty):
    area, local = H.landline(c, cty[3])
    return c.S("landline", H.written_landline(c, area, local))


def landline_note(c, cty):
    t = landline_text(c, cty)
    return c.f("{l}：{t}", l=c.pick(["固定电话", "联系电话", "家庭电话", "座机"]), t=t)


def home_note(c, cty):
    cue = c.pick(["住", "住", "住址：", "家庭住址：", "户籍地：", "居住地：", "现住"])
    return cue + H.home_address(c, cty if c.chance(0.8) else H.county(c))


def details(c, cty, kinds=("id", "phone", "home"), at_most=2):
    """A parenthesised note after a third party's name (or "")."""
    got = []
    for k in kinds:
        if len(got) >= at_most:
            break
        if not c.chance(0.45):
            continue
        if k == "id":
            r = c.r.random()
            if r < 0.14:
                got.append(c.f("护照号码：{p}", p=c.S("passport", H.passport(c, foreign=c.chance(0.5)))))
            elif r < 0.28:
                kind, num, _ = H.travel_permit(c)
                got.append(c.f("{k}号码：{p}", k=kind, p=c.S("travel_permit", num)))
            else:
                got.append(id_note(c, cty).strip("（）(),，"))
        elif k == "phone":
            got.append(phone_note(c))
        elif k == "home":
            got.append(home_note(c, cty))
        elif k == "landline":
            got.append(landline_note(c, cty))
        elif k == "email":
            got.append(c.f("电子邮箱：{e}", e=c.S("email", H.email(c))))
        elif k == "card":
            got.append(c.f("银行卡号：{k}", k=c.S("bank_card", H.written_card(c, H.bank_card(c)))))
    if not got:
        return ""
    return c.f("（{x}）", x=c.punct("，").join(got))


# ---------------------------------------------------------------------------
# Public look-alikes: numbers shaped like ID numbers that the text labels as
# something else; some even carry a valid check digit and birth date.

def id_shaped(c, cty, day, valid=None):
    first = "%s%s%03d" % (cty[2], day.strftime("%Y%m%d"), c.n(1, 999))
    valid = c.chance(0.5) if valid is None else valid
    good = kit.id_check(first)
    if valid:
        return first + good
    return first + c.pick([d for d in "0123456789" if d != good])


def lookalike(c, cty, day):
    """A labelled reference number (public)."""
    lab = c.pick(["案件编号", "受理编号", "流水号", "缴款码", "文号", "案件编号", "受理编号"])
    if lab == "缴款码":
        num = "%s%s%08d" % (cty[2], day.strftime("%y%m%d"), c.n(0, 99999999))
    else:
        num = id_shaped(c, cty, day)
    return c.f("{l}：{n}", l=lab, n=c.P(num))
