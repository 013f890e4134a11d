"""行政处罚决定 records of the second evaluation set: market regulation,
transport, ecology, health, taxation and housing/construction, each written
the way published decision documents read.

A scenario takes the context, the subject, the county and the decision date
and returns a Case: the facts (sentences after the 当事人 paragraph), the
legal basis, and the penalties. penalty_record() assembles the wire record.
"""

import kit
import parties as Q
import people as H


class Case:
    def __init__(self, dept, abbr, wfxw, yj, facts):
        self.dept = dept
        self.abbr = abbr          # the document number's agency part
        self.wfxw = wfxw
        self.yj = yj              # the legal basis, public
        self.facts = facts        # list of sentences
        self.items = []           # ("警告",) ("罚款", yuan) ("没收违法所得", yuan) ...
        self.zkdx = ""
        self.nr_extra = []
        self.bz = []


def before(day, c, lo=15, hi=160):
    return kit.add_days(day, -c.n(lo, hi))


def qty(c, lo, hi):
    return c.n(lo, hi)


# ---------------------------------------------------------------------------
# Market regulation (市场监督管理)

def food_expired(c, s, cty, day):
    d0 = before(day, c)
    goods = c.pick(["牛奶", "火腿肠", "面包", "酸奶", "速冻水饺", "方便面", "饼干", "月饼", "罐头", "饮料"])
    who = Q.ref(c, s)
    facts = [c.f("{d}，我局执法人员对{w}的经营场所进行检查，发现其货架上摆放的{g}{n}{u}已超过保质期，仍在销售。",
                 d=c.date(d0, label=c.chance(0.3)), w=who, g=goods, n=qty(c, 3, 60),
                 u=c.pick(["袋", "盒", "箱", "瓶", "桶"]))]
    if c.chance(0.6):
        cn = Q.name(c)
        facts.insert(0, c.f("本案系消费者{n}{x}投诉移送。{n2}于{d}在当事人处购买上述食品，食用前发现已过保质期。",
                            n=cn, x=Q.details(c, cty, ("home", "phone", "landline", "card")), n2=cn,
                            d=c.date(kit.add_days(d0, -c.n(1, 9)))))
    if c.chance(0.4):
        e = Q.cn_name(c)
        facts.append(c.f("经询问当事人{r}{e}，{e2}承认上述食品系其疏于检查所致。",
                         r=c.pick(["员工", "店员", "收银员", "营业员"]), e=e, e2=e))
    inc = c.n(20, 900)
    facts.append(c.f("经查，当事人违法所得{i}元。以上事实有现场笔录、询问笔录、进货单据、照片等证据证实。", i=inc))
    k = Case("market", "市监罚", "经营超过保质期的食品",
             c.P("《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"), facts)
    k.items = [("没收违法所得", inc), ("没收非法财物", "超过保质期的" + goods), ("罚款", c.pick([5000, 8000, 10000, 50000]))]
    return k


def health_certificates(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    staff = [Q.name(c) for _ in range(c.n(1, 3))]
    sep = c.punct(c.pick(["、", "，"]))
    role = c.pick(["从业人员", "员工", "职工", "厨师", "服务员", "面点师"])
    facts = [c.f("{d}，执法人员在对{w}进行日常监督检查时发现，{w2}的{r}{n}未取得健康证明，从事接触直接入口食品的工作。",
                 d=c.date(d0), w=who, w2=who, r=role, n=sep.join(staff))]
    if c.chance(0.5):
        facts.append(c.f("{n}{x}在询问笔录中对上述事实予以确认。", n=staff[0], x=Q.id_note(c, cty)))
    if c.chance(0.3):
        facts.append(c.f("当事人委托{a}{x}到我局接受调查。", a=Q.name(c), x=Q.details(c, cty, ("id", "phone"))))
    k = Case("market", "市监罚", "安排未取得健康证明的人员从事接触直接入口食品的工作",
             c.P("《中华人民共和国食品安全法》第一百二十六条第一款第（六）项"), facts)
    k.items = [("警告",)] if c.chance(0.3) else [("警告",), ("罚款", c.pick([3000, 5000, 6000, 10000]))]
    return k


def false_ad(c, s, cty, day):
    d0 = before(day, c, 30, 200)
    chan = c.pick(["微信公众号", "抖音账号", "店铺门头", "宣传单页", "网店详情页"])
    claim = c.pick(["“全市第一”“最佳”", "“国家级产品”", "“治愈率百分之九十八”", "“零风险、稳赚不赔”",
                    "“100%有效”"])
    who = Q.ref(c, s)
    rep = Q.name(c)
    facts = [c.f("{d}，我局接到举报人{n}{x}的举报，反映{w}在其{ch}发布的广告中使用{cl}等用语。",
                 d=c.date(d0), n=rep, x=Q.details(c, cty, ("phone", "email")), w=who, ch=chan, cl=claim)]
    if c.chance(0.5):
        facts.append(c.f("经查，上述广告由{w}自行设计发布，广告费用无法计算。", w=who))
    else:
        fee = c.n(800, 20000)
        facts.append(c.f("经查，上述广告费用为{f}元。", f=c.P("%d元" % fee) if c.chance(0.5) else fee))
    if s.cat == "legal" and c.chance(0.5):
        facts.append(c.f("当事人法定代表人{r}到场接受询问，对违法事实无异议。", r=s.rep))
    k = Case("market", c.pick(["市监罚", "市监处罚", "市监广罚"]), "发布虚假或者违反广告法规定的广告",
             c.P("《中华人民共和国广告法》第五十七条第（一）项") if c.chance(0.5)
             else c.P("《中华人民共和国广告法》第五十五条第一款"), facts)
    k.items = [("罚款", c.pick([10000, 20000, 30000, 100000, 200000]))]
    if c.chance(0.3):
        k.items.insert(0, ("警告",))
    return k


def unlicensed_trade(c, s, cty, day):
    d0 = before(day, c)
    place = H.county_name(cty) + c.pick(cty[4]) + c.pick(["农贸市场", "集市", "路口", "菜市场东门", "夜市"])
    trade = c.pick(["销售蔬菜水果", "加工销售熟食", "销售日用百货", "经营烧烤", "回收废旧物品", "销售服装"])
    who = Q.ref(c, s)
    facts = [c.f("{d}，执法人员在{p}检查时发现，{w}未依法取得营业执照，擅自{t}。",
                 d=c.date(d0), p=place, w=who, t=trade)]
    facts.append(c.f("经查，{w}自{m}起从事上述经营活动，违法所得{i}元。", w=who,
                     m=c.date(kit.add_days(d0, -c.n(30, 300))), i=c.n(300, 6000)))
    if c.chance(0.4):
        facts.append(c.f("{w}的配偶{n}证实上述情况。", w=who, n=Q.cn_name(c)))
    k = Case("market", "市监罚", "从事无照经营", c.P("《无证无照经营查处办法》第十三条"), facts)
    k.items = [("罚款", c.pick([1000, 2000, 3000, 5000]))]
    return k


def price_tags(c, s, cty, day):
    d0 = before(day, c)
    cn = Q.name(c)
    who = Q.ref(c, s)
    over = c.n(20, 800)
    facts = [c.f("{d}，消费者{n}{x}向我局投诉，反映{w}销售商品时收取的价款高于标价。",
                 d=c.date(d0), n=cn, x=Q.details(c, cty, ("phone", "home", "id", "landline")), w=who)]
    facts.append(c.f("经查，{w}存在未按规定明码标价、标价外加价的行为，多收价款{o}元。", w=who, o=over))
    refund = c.pick(["现金退还", "银行卡", "微信"])
    if refund == "银行卡":
        facts.append(c.f("当事人已于{d}将多收价款退至{n}的银行账户（{lab}{k}）。", d=c.date(d0),
                         n=cn, lab=c.pick(["卡号：", "账号", "银行卡号："]),
                         k=c.S("bank_card", H.written_card(c, H.bank_card(c)))))
    else:
        facts.append(c.f("当事人已将多收价款以{r}方式退还{n}。", r=refund, n=cn))
    k = Case("market", "市监价罚", "不按规定明码标价",
             c.P("《明码标价和禁止价格欺诈规定》第二十一条") if c.chance(0.6)
             else c.P("《中华人民共和国价格法》第四十二条"), facts)
    k.items = [("警告",), ("罚款", c.pick([500, 1000, 2000, 5000]))] if c.chance(0.6) else [("罚款", c.pick([1000, 3000]))]
    return k


def pharmacy_rx(c, s, cty, day):
    d0 = before(day, c)
    clerk = Q.name(c)
    pharm = Q.cn_name(c)
    drug = c.pick(["阿莫西林胶囊", "头孢克肟分散片", "左氧氟沙星片", "甲硝唑片", "罗红霉素胶囊"])
    facts = [c.f("{d}，执法人员对当事人进行检查，发现当事人在执业药师{p}不在岗的情况下，由{r}{c2}向顾客销售处方药{g}，未凭处方销售。",
                 d=c.date(d0), p=pharm, r=c.pick(["营业员", "店员", "员工"]), c2=clerk, g=drug)]
    if c.chance(0.5):
        facts.append(c.f("购药顾客{n}{x}证实上述事实。", n=Q.name(c), x=Q.details(c, cty, ("phone", "id"))))
    k = Case("market", c.pick(["市监药罚", "市监罚"]), "药品零售企业未按规定凭处方销售处方药",
             c.P("《中华人民共和国药品管理法》第一百二十六条"), facts)
    k.items = [("警告",), ("罚款", c.pick([10000, 20000, 50000]))]
    return k


# ---------------------------------------------------------------------------
# Transport (交通运输)

PLATES = "鲁川豫湘赣浙粤云蒙桂苏皖"


def plate(c):
    return "%s%s%s%04d" % (c.pick(PLATES), c.pick("ABCDEFGHJK"), c.pick(["", "·", "D", "F"]), c.n(0, 9999))


def illegal_taxi(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    p1 = Q.name(c)
    fare = c.n(20, 300)
    facts = [c.f("{d}{h}时许，执法人员在{p}检查时发现，{w}驾驶{pl}号小型轿车，在未取得道路运输经营许可的情况下，擅自从事道路旅客运输经营。",
                 d=c.date(d0), h=c.n(7, 21), p=H.county_name(cty) + c.pick(["高铁站", "汽车站", "人民医院门口", "火车站广场"]),
                 w=who, pl=plate(c))]
    facts.append(c.f("经询问乘客{a}{x}，{w}搭载其从{f}至{t}，收取车费{m}元。", a=p1, x=Q.details(c, cty, ("phone", "id", "home", "card")),
                     w=who, f=H.county_name(cty), t=H.county_name(H.county(c)), m=fare))
    if c.chance(0.3):
        facts.append(c.f("乘客{a}亦证实上述事实。", a=Q.name(c)))
    k = Case("transport", c.pick(["交执罚", "交罚字", "交运罚"]), "未取得道路运输经营许可擅自从事道路旅客运输经营",
             c.P("《中华人民共和国道路运输条例》第六十三条"), facts)
    k.items = [("没收违法所得", fare), ("罚款", c.pick([10000, 20000, 30000]))]
    return k


def overload(c, s, cty, day):
    d0 = before(day, c)
    drv = Q.name(c)
    facts = [c.f("{d}，当事人所属{pl}号重型半挂牵引车由驾驶员{n}{x}驾驶，在{r}超限检测站经检测，车货总质量{w}吨，超过限定标准{o}吨。",
                 d=c.date(d0), pl=plate(c), n=drv, x=Q.details(c, cty, ("id", "phone")),
                 r=c.pick(["G206", "G309", "S222", "G22青兰高速", "S102"]), w=c.n(50, 90), o=c.n(3, 40))]
    if c.chance(0.5):
        facts.append(c.f("驾驶员{n}系当事人雇佣，{n2}本人在询问笔录上签字确认。", n=drv, n2=drv))
    k = Case("transport", c.pick(["交执罚", "交路罚"]), "车辆违法超限运输",
             c.P("《超限运输车辆行驶公路管理规定》第四十三条第（二）项"), facts)
    k.items = [("罚款", c.pick([1000, 3000, 5000, 8000, 12000]))]
    return k


def unqualified_driver(c, s, cty, day):
    d0 = before(day, c)
    drv = Q.name(c)
    num, _, _ = H.id18(c, cty[2])
    facts = [c.f("{d}，执法人员对当事人进行检查，发现当事人聘用的驾驶员{n}未取得相应的道路运输从业资格证件，驾驶当事人的{pl}号营运货车从事道路货物运输。",
                 d=c.date(d0), n=drv, pl=plate(c))]
    facts.append(c.f("经查询道路运输从业人员信息系统，{n}（{lab}{i}）无从业资格记录。", n=drv,
                     lab=c.pick(["身份证号：", "身份证号码", "证件号码："]), i=c.S("id_number", H.written_id(c, num))))
    if c.chance(0.5):
        facts.append(c.f("当事人安全管理人员{n}{x}对上述事实无异议。", n=Q.name(c), x=Q.details(c, cty, ("phone",))))
    k = Case("transport", "交执罚", "聘用未取得从业资格证件的人员驾驶道路运输经营车辆",
             c.P("《道路运输从业人员管理规定》第四十六条"), facts)
    k.items = [("罚款", c.pick([200, 1000, 2000]))]
    return k


def driver_revoked(c, s, cty, day):
    """A driver's own qualification revoked: the certificate number is his ID number."""
    d0 = before(day, c)
    who = Q.ref(c, s)
    cert = s.fields["XDR_ZJHM"]
    facts = [c.f("{d}，{w}驾驶营运客车在{r}发生一般道路交通事故，负主要责任，造成乘客{p}受伤。",
                 d=c.date(d0), w=who, r=c.pick(["G206国道K123+500处", "S222省道与乡道交叉口", "县城环城路"]),
                 p=Q.name(c))]
    facts.append(c.f("经查，{w}在一个记分周期内累计记分达到规定分值，拒不参加继续教育。", w=who))
    k = Case("transport", "交执罚", "道路运输从业人员拒不参加继续教育",
             c.P("《道路运输从业人员管理规定》第四十七条"), facts)
    k.items = [("吊销许可证件",)]
    lab = c.pick(["道路运输从业资格证（证号：{i}）", "从业资格证，证号{i}", "《道路运输从业人员从业资格证》{i}"])
    k.zkdx = c.f(lab, i=cert)
    k.nr_extra.append(c.f("吊销{w}的道路运输从业资格证（证号：{i}）。", w=who, i=cert))
    return k


def taxi_refusal(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    comp = Q.name(c)
    facts = [c.f("{d}，乘客{n}{x}通过12328交通运输服务监督电话投诉，反映出租汽车驾驶员{w}拒载、议价。",
                 d=c.date(d0), n=comp, x=Q.details(c, cty, ("phone", "email", "id")), w=s.name if s.cat == "natural" else Q.name(c))]
    facts.append(c.f("经调取车载视频，投诉属实。"))
    k = Case("transport", "交执罚", "出租汽车驾驶员拒载、议价",
             c.P("《巡游出租汽车经营服务管理规定》第四十六条"), facts)
    k.items = [("罚款", c.pick([200, 500, 1000]))]
    return k


# ---------------------------------------------------------------------------
# Ecology and environment (生态环境)

def air_emission(c, s, cty, day):
    d0 = before(day, c)
    facts = [c.f("{d}，我局执法人员对当事人进行现场检查，当事人{r}{n}{x}在场。",
                 d=c.date(d0), r=c.pick(["环保负责人", "现场负责人", "生产厂长", "安全环保部经理"]), n=Q.name(c),
                 x=Q.details(c, cty, ("phone",), 1))]
    facts.append(c.f("经委托监测，当事人{p}排气筒颗粒物排放浓度为{v}mg/m³，超过《大气污染物综合排放标准》规定限值{t}倍。",
                     p=c.pick(["1#", "2#", "烘干工序", "熔炼炉"]), v=c.n(40, 400), t=c.pick(["0.3", "1.2", "2.6", "0.8"])))
    if c.chance(0.6):
        facts.append(c.f("监测报告编号：{no}。", no=c.P("HJ%s%04d" % (day.strftime("%Y%m"), c.n(1, 9999)))))
    k = Case("ecology", c.pick(["环罚", "环罚字", "环执罚"]), "超过大气污染物排放标准排放大气污染物",
             c.P("《中华人民共和国大气污染防治法》第九十九条第（二）项"), facts)
    k.items = [("罚款", c.pick([100000, 120000, 150000, 200000, 350000]))]
    return k


def hazardous_waste(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    waste = c.pick(["废机油", "废铅蓄电池", "废油漆桶", "废活性炭", "废矿物油"])
    facts = [c.f("{d}，执法人员检查发现，{w}将产生的{g}约{n}吨露天堆放于厂区{loc}，未设置危险废物识别标志，未采取防扬散、防流失、防渗漏措施。",
                 d=c.date(d0), w=who, g=waste, n=c.pick(["0.5", "1.2", "3", "0.8"]), loc=c.pick(["东北角", "西侧空地", "后院"]))]
    if c.chance(0.6):
        facts.append(c.f("{w}{r}{n}现场陈述，上述{g}系{m}以来生产产生。", w=who,
                         r=c.pick(["员工", "职工", "维修工", "仓库管理员"]), n=Q.name(c), g=waste,
                         m=c.date(kit.add_days(d0, -c.n(60, 300)))))
    k = Case("ecology", "环罚", "未按照规定贮存危险废物",
             c.P("《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项"), facts)
    k.items = [("罚款", c.pick([100000, 150000, 200000]) if s.cat == "legal" else c.pick([30000, 50000, 100000]))]
    return k


def night_noise(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    comp = Q.name(c)
    facts = [c.f("{d}夜间，附近居民{n}{x}多次投诉{w}在{p}施工现场夜间施工产生噪声。",
                 d=c.date(d0), n=comp, x=Q.details(c, cty, ("home", "phone", "landline")), w=who,
                 p=H.county_name(cty) + c.pick(["城南片区改造项目", "某安置小区项目", "道路提升改造工程"]))]
    facts.append(c.f("{d}23时许，执法人员现场检查，当事人正在进行混凝土浇筑作业，未取得夜间施工证明。",
                     d=c.date(kit.add_days(d0, 2))))
    if c.chance(0.5):
        facts.append(c.f("项目经理{n}{x}到场接受调查。", n=Q.name(c), x=Q.details(c, cty, ("id", "phone"))))
    k = Case("ecology", "环罚", "未按规定取得证明在噪声敏感建筑物集中区域夜间施工",
             c.P("《中华人民共和国噪声污染防治法》第七十七条第一款第（二）项"), facts)
    k.items = [("罚款", c.pick([10000, 20000, 50000]))]
    return k


def waste_oil_transfer(c, s, cty, day):
    """A natural person collecting hazardous waste without a permit."""
    d0 = before(day, c)
    who = Q.ref(c, s)
    facts = [c.f("{d}，执法人员在{p}检查发现，{w}未取得危险废物经营许可证，驾驶车辆从{src}收集废机油约{n}吨，准备运往外地销售。",
                 d=c.date(d0), p=H.county_name(cty) + c.pick(cty[4]), w=who,
                 src=c.pick(["多家汽修厂", "周边汽修门店", "某物流公司车队"]), n=c.pick(["1.5", "2", "0.6"]))]
    if c.chance(0.6):
        facts.append(c.f("同车人员{n}{x}证实上述情况。", n=Q.name(c), x=Q.details(c, cty, ("id", "home"))))
    k = Case("ecology", "环罚", "无许可证从事收集、贮存、利用、处置危险废物经营活动",
             c.P("《中华人民共和国固体废物污染环境防治法》第一百一十四条第一款"), facts)
    k.items = [("没收违法所得", c.n(800, 5000)), ("罚款", c.pick([100000, 150000]))]
    return k


# ---------------------------------------------------------------------------
# Health (卫生健康)

def unlicensed_doctor(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    pat = Q.name(c)
    facts = [c.f("{d}，执法人员接群众{n}举报，在{w}{place}检查时发现，{w2}未取得医师资格证书和医师执业证书，正在为患者{p}（{g}，{a}岁）进行静脉输液治疗。",
                 d=c.date(d0), n=Q.name(c), w=who, place=c.pick(["家中", "租住的房屋内", "住所"]), w2=who, p=pat,
                 g=c.pick(["男", "女"]), a=c.n(19, 85))]
    if c.chance(0.5):
        facts.append(c.f("患者{p}{x}证实，其因感冒发热到{w}处输液，支付费用{m}元。", p=pat,
                         x=Q.details(c, cty, ("home", "phone", "landline", "id")), w=who, m=c.n(50, 400)))
    k = Case("health", c.pick(["卫医罚", "卫健罚", "卫医罚字"]), "非医师行医",
             c.P("《中华人民共和国医师法》第五十九条"), facts)
    k.items = [("没收违法所得", c.n(100, 3000)), ("没收非法财物", "药品和医疗器械"), ("罚款", c.pick([20000, 30000, 50000]))]
    return k


def public_place_staff(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    staff = [Q.name(c) for _ in range(c.n(1, 2))]
    facts = [c.f("{d}，我局卫生监督员对{w}进行监督检查，发现{w2}安排未获得有效健康合格证明的从业人员{n}从事直接为顾客服务的工作。",
                 d=c.date(d0), w=who, w2=who, n=c.punct("、").join(staff))]
    if c.chance(0.4):
        facts.append(c.f("{n}系{w}于{m}招用的{j}。", n=staff[0], w=who, m=c.date(kit.add_days(d0, -c.n(20, 200))),
                         j=c.pick(["理发师", "服务员", "搓澡工", "客房保洁员", "美容师"])))
    k = Case("health", "卫公罚", "公共场所经营者安排未获得有效健康合格证明的从业人员从事直接为顾客服务的工作",
             c.P("《公共场所卫生管理条例实施细则》第三十八条"), facts)
    k.items = [("警告",)] if c.chance(0.3) else [("警告",), ("罚款", c.pick([500, 1000, 2000]))]
    return k


def clinic_unqualified_staff(c, s, cty, day):
    d0 = before(day, c)
    nurse = Q.name(c)
    facts = [c.f("{d}，执法人员检查发现，当事人使用未取得护士执业证书的{n}从事护理工作。",
                 d=c.date(d0), n=nurse)]
    if c.chance(0.5):
        facts.append(c.f("患者家属{n}{x}反映，{nn}为其父亲进行了肌肉注射。", n=Q.name(c),
                         x=Q.details(c, cty, ("phone", "landline")), nn=nurse))
    facts.append(c.f("当事人院长{n}到场接受询问。", n=Q.cn_name(c)) if c.chance(0.5) else "")
    k = Case("health", "卫医罚", "医疗机构使用非卫生技术人员从事医疗卫生技术工作",
             c.P("《医疗机构管理条例》第四十七条"), facts)
    k.items = [("警告",), ("罚款", c.pick([5000, 10000, 30000]))]
    return k


# ---------------------------------------------------------------------------
# Taxation (税务)

def late_filing(c, s, cty, day):
    d0 = before(day, c, 20, 90)
    who = Q.ref(c, s)
    tax = c.pick(["个人所得税（工资薪金所得）", "增值税", "城市维护建设税", "印花税", "经营所得个人所得税"])
    tin = s.fields.get("XDR_SHXYM") if s.cat != "natural" else (
        s.fields["XDR_ZJHM"] if s.fields["XDR_ZJLX"] == "身份证" else "")
    lead = c.f("纳税人识别号：{t}。", t=tin) if tin and tin != "00000000000000000X" and c.chance(0.5) else ""
    facts = [lead, c.f("{w}未按照规定期限办理{y}年{m}月{t}纳税申报，{d}经责令限期改正后仍未申报。",
                        w=who, y=d0.year if d0.month > 1 else d0.year - 1, m=(d0.month - 2) % 12 + 1, t=tax, d=c.date(d0))]
    if s.cat != "natural" and c.chance(0.5):
        facts.append(c.f("经办人{r}{n}{x}于{d}到我局办理补申报。", r=c.pick(["", "财务人员", "办税员"]),
                         n=Q.name(c), x=Q.details(c, cty, ("phone", "id"), 1), d=c.date(day)))
    k = Case("tax", c.pick(["税简罚", "税罚", "税罚字"]), "未按照规定期限办理纳税申报和报送纳税资料",
             c.P("《中华人民共和国税收征收管理法》第六十二条"), facts)
    k.items = [("罚款", c.pick([50, 100, 200, 500, 800, 2000]))]
    return k


def invoice(c, s, cty, day):
    d0 = before(day, c, 30, 200)
    who = Q.ref(c, s)
    buyer = Q.name(c)
    facts = [c.f("经查，{w}于{d}销售货物给个人{b}{x}，收取货款{m}元，未按规定开具发票。", w=who,
                 d=c.date(d0), b=buyer, x=Q.details(c, cty, ("id", "phone", "card"), 1), m=c.n(3000, 90000))]
    if c.chance(0.4):
        facts.append(c.f("货款由{b}通过其本人银行卡{k}转入{w}账户。", b=buyer,
                         k=c.S("bank_card", H.written_card(c, H.bank_card(c))), w=who))
    k = Case("tax", c.pick(["税罚", "税稽罚"]), "应当开具而未开具发票",
             c.P("《中华人民共和国发票管理办法》第三十三条"), facts)
    k.items = [("罚款", c.pick([1000, 2000, 5000, 10000]))]
    return k


# ---------------------------------------------------------------------------
# Housing and construction (住房和城乡建设)

def no_construction_permit(c, s, cty, day):
    d0 = before(day, c)
    price = c.n(300, 9000) * 10000
    proj = H.county_name(cty) + c.pick(["城东安置区", "幸福里", "锦绣苑", "职教园区", "滨河花园"]) + c.pick(
        ["1#-6#住宅楼", "综合楼", "商业综合体", "厂房及附属设施"]) + "项目"
    facts = [c.f("{d}，执法人员检查发现，当事人建设的{p}未取得建筑工程施工许可证即擅自开工建设，至检查时已完成{x}。",
                 d=c.date(d0), p=proj, x=c.pick(["基础施工", "主体二层", "地下室底板浇筑"]))]
    facts.append(c.f("该工程合同价款{m}元。", m=c.P("%d元" % price) if c.chance(0.5) else price))
    if c.chance(0.6):
        facts.append(c.f("当事人委托代理人{n}{x}到场接受询问。", n=Q.name(c), x=Q.details(c, cty, ("id", "phone"))))
    k = Case("housing", c.pick(["住建罚", "住建罚字", "建罚"]), "未取得施工许可证擅自施工",
             c.P("《建设工程质量管理条例》第五十七条"), facts)
    k.items = [("罚款", price // 100)]
    return k


def load_bearing_wall(c, s, cty, day):
    """A flat owner removing a load-bearing wall: the flat is his home."""
    d0 = before(day, c)
    who = Q.ref(c, s)
    below, _ = H.street_below(c, cty)
    flat = c.S("address", below)
    facts = [c.f("{d}，我局接到{r}{n}{x}的投诉，反映{w}在其位于{f}的住宅装修过程中拆除承重墙。",
                 d=c.date(d0), r=c.pick(["楼下住户", "邻居", "业主", "物业服务企业工作人员"]), n=Q.name(c),
                 x=Q.details(c, cty, ("phone", "landline"), 1), w=who, f=flat)]
    facts.append(c.f("经现场勘查，{w}擅自拆除客厅与卧室之间承重墙约{m}平方米。", w=who, m=c.n(2, 9)))
    if c.chance(0.4):
        facts.append(c.f("施工人员{n}证实其受{w}雇请施工。", n=Q.name(c), w=who))
    k = Case("housing", c.pick(["住建罚", "综执罚"]), "装修人擅自变动建筑主体和承重结构",
             c.P("《住宅室内装饰装修管理办法》第三十八条第（一）项"), facts)
    k.items = [("罚款", c.pick([500, 800, 1000]))]
    return k


def estate_agent(c, s, cty, day):
    d0 = before(day, c)
    who = Q.ref(c, s)
    buyer = Q.name(c)
    facts = [c.f("{d}，购房人{b}{x}投诉{w}代理销售房屋时未与其签订书面房地产经纪服务合同，并收取看房费。",
                 d=c.date(d0), b=buyer, x=Q.details(c, cty, ("phone", "id", "home", "card", "email")), w=who)]
    facts.append(c.f("经查，{w}的经纪人员{n}未取得房地产经纪人员职业资格即从事经纪业务。", w=who, n=Q.name(c)))
    k = Case("housing", "住建罚", "房地产经纪机构未按规定签订书面经纪服务合同",
             c.P("《房地产经纪管理办法》第三十三条"), facts)
    k.items = [("罚款", c.pick([10000, 20000, 30000]))]
    return k


def site_dust(c, s, cty, day):
    d0 = before(day, c)
    facts = [c.f("{d}，执法人员对当事人承建的{p}进行检查，发现施工现场裸露土方未覆盖，运输车辆未冲洗即驶出工地。",
                 d=c.date(d0), p=H.county_name(cty) + c.pick(["第二实验小学", "人民医院门诊楼", "城南污水处理厂", "安居小区"]) + "项目")]
    facts.append(c.f("现场安全员{n}{x}在检查笔录上签字。", n=Q.name(c), x=Q.details(c, cty, ("phone", "landline"), 1)))
    if c.chance(0.4):
        facts.append(c.f("当事人法定代表人{r}签收了责令改正通知书。", r=s.rep))
    k = Case("housing", "住建罚", "施工工地未采取扬尘污染防治措施",
             c.P("《中华人民共和国大气污染防治法》第一百一十五条第一款"), facts)
    k.items = [("罚款", c.pick([10000, 20000, 50000]))]
    return k


# (scenario, trade, subject categories it fits)
SCENARIOS = [
    (food_expired, "food", ("legal", "individual")),
    (health_certificates, "food", ("legal", "individual")),
    (false_ad, "retail", ("legal", "individual")),
    (unlicensed_trade, "retail", ("natural",)),
    (price_tags, "retail", ("legal", "individual")),
    (pharmacy_rx, "pharmacy", ("legal", "individual")),
    (illegal_taxi, "transport", ("natural",)),
    (overload, "transport", ("legal", "individual")),
    (unqualified_driver, "transport", ("legal",)),
    (driver_revoked, "transport", ("natural",)),
    (taxi_refusal, "transport", ("natural", "legal")),
    (air_emission, "factory", ("legal",)),
    (hazardous_waste, "factory", ("legal", "individual")),
    (night_noise, "construction", ("legal",)),
    (waste_oil_transfer, "factory", ("natural",)),
    (unlicensed_doctor, "health", ("natural",)),
    (public_place_staff, "health", ("legal", "individual")),
    (clinic_unqualified_staff, "health", ("legal",)),
    (late_filing, "retail", ("legal", "individual", "natural")),
    (invoice, "retail", ("legal", "individual")),
    (no_construction_permit, "construction", ("legal",)),
    (load_bearing_wall, "construction", ("natural",)),
    (estate_agent, "estate", ("legal", "individual")),
    (site_dust, "construction", ("legal",)),
]


# ---------------------------------------------------------------------------
# The record

REMARK = "BZ"


def amount_text(c, yuan):
    r = c.r.random()
    if r < 0.3:
        return "人民币" + c.P(kit.cn_capital_yuan(yuan))
    if r < 0.55:
        return c.P("%d元" % yuan)
    if r < 0.7:
        return "人民币" + c.P("{:,}.00元".format(yuan))
    if r < 0.85:
        return c.P("人民币%s（¥%d.00）" % (kit.cn_capital_yuan(yuan), yuan))
    return c.P(kit.wan(yuan) + "万元")


def penalty_items(c, k, who):
    out = []
    for item in k.items:
        if item[0] == "警告":
            out.append("警告" if c.chance(0.7) else "给予警告")
        elif item[0] == "罚款":
            out.append(c.pick(["罚款", "处以罚款", "并处罚款"]) + amount_text(c, item[1]))
        elif item[0] == "没收违法所得":
            out.append(c.f("没收违法所得{m}元", m=item[1]))
        elif item[0] == "没收非法财物":
            out.append(c.f("没收{d}", d=item[1]))
        elif item[0] == "吊销许可证件":
            out.extend(k.nr_extra)
    style = c.pick(["num", "num", "paren", "comma"])
    if len(out) == 1 or style == "comma":
        return c.punct("，").join(out)
    if style == "num":
        return c.punct("；").join("%d.%s" % (i + 1, x) for i, x in enumerate(out))
    return c.punct("；").join("（%s）%s" % (kit.CN_DIGITS[i + 1], x) for i, x in enumerate(out))


def abbr(c, cty, dept, k):
    if dept == "tax":
        return cty[1] + k.abbr
    if dept == "ecology":
        return H.city_name(cty)[0] + "环" + cty[1][0] + k.abbr[1:] + c.pick(["", "字"])
    return cty[1][0] + k.abbr


def penalty_record(c, cat, scen, trade):
    cty = H.county(c)
    s = Q.subject(c, cat, cty, trade, c.chance(0.55), "id" if scen is driver_revoked else None)
    day = kit.add_days(kit.FIRST_DATE, c.n(0, (kit.LAST_DATE - kit.FIRST_DATE).days))
    k = scen(c, s, cty, day)
    dept = k.dept if not (k.dept == "housing" and c.chance(0.3)) else "enforcement"
    ag = Q.agency(cty, dept)
    wsh = c.P(Q.docno(c, abbr(c, cty, dept, k), day.year, c.n(1, 1800)))
    who = "当事人" if s.cat != "natural" or c.chance(0.6) else s.name

    facts = [x for x in k.facts if x]
    r = c.r.random()
    if any("投诉" in x or "举报" in x for x in facts):
        pass
    elif r < 0.12:
        facts.insert(0, c.f("本案系{n}（{p}）举报。", n=Q.name(c), p=Q.phone_note(c, c.pick(["手机号码", "联系电话"]))))
    elif r < 0.2:
        facts.insert(0, c.f("投诉人{n}{x}于{d}向我局投诉。", n=Q.name(c), x=Q.details(c, cty, ("phone", "home", "id")),
                            d=c.date(kit.add_days(day, -c.n(165, 220)))))
    elif r < 0.26:
        facts.insert(0, c.f("{d}，举报人{n}通过12345政务服务便民热线反映{w}存在违法行为。",
                            d=c.date(kit.add_days(day, -c.n(165, 220))), n=Q.name(c), w=s.name if s.cat != "natural" else "当事人"))
    if c.chance(0.2):
        facts.append(c.f(c.pick(["证人{n}{x}证实了上述事实。", "以上事实有证人{n}{x}的证言为证。", "经询问证人{n}{x}，其陈述与现场检查情况一致。"]),
                         n=Q.name(c), x=Q.details(c, cty, ("id", "phone", "home"), 1)))
    sy = c.join(([s.intro] if s.intro else []) + facts)

    lead = c.pick(["依据{yj}的规定，", "根据{yj}之规定，", "依照{yj}，", "以上行为违反了相关规定，依据{yj}，"])
    nr = c.f(lead, yj=k.yj)
    nr += c.f(c.pick(["本机关决定对{w}作出如下行政处罚：", "决定给予{w}以下行政处罚：", "对{w}作出如下处罚："]), w=who)
    nr += penalty_items(c, k, who) + c.punct("。")
    tail = []
    fine = sum(i[1] for i in k.items if i[0] == "罚款")
    if fine and c.chance(0.4):
        tail.append(c.f("罚款限于收到本决定书之日起十五日内缴至指定银行，{x}。",
                        x=Q.lookalike(c, cty, day) if c.chance(0.5) else "逾期不缴纳的每日按罚款数额的百分之三加处罚款"))
    if c.chance(0.35):
        tail.append(c.f("如不服本处罚决定，可在收到本决定书之日起六十日内向{g}申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
                        g=H.county_name(cty) + "人民政府"))
    if c.chance(0.25):
        tail.append(c.f("{a}联系电话：{p}", a=c.P(ag["name"]), p=c.P(ag["phone"])))
    nr = c.join([nr] + tail, 0.5)

    cflb_sep = c.pick([";", ";", "；", "、"])
    cflb = cflb_sep.join(i[0] for i in k.items)
    rec = {"XDR_MC": s.fields["XDR_MC"], "XDR_LB": s.fields["XDR_LB"]}
    for f in ("XDR_SHXYM", "XDR_GSZC", "FRDB", "FR_ZJLX", "FR_ZJHM", "XDR_ZJLX", "XDR_ZJHM"):
        if f in s.fields:
            rec[f] = s.fields[f]
    rec.update({"WSH": wsh, "WFXW": k.wfxw, "SY": sy, "YJ": k.yj, "CFLB": cflb, "NR": nr})
    if fine:
        rec["NR_FK"] = kit.wan(fine)
    conf = sum(i[1] for i in k.items if i[0] == "没收违法所得")
    conf += sum(c.n(100, 3000) for i in k.items if i[0] == "没收非法财物")
    if conf:
        rec["NR_WFFF"] = kit.wan(conf)
    if k.zkdx:
        rec["NR_ZKDX"] = k.zkdx
    serious = fine >= 100000 or any(i[0] == "吊销许可证件" for i in k.items)
    until = min(kit.add_years(day, 3 if serious else 1), kit.dt.date(2029, 11, 27))
    rec["JDRQ"] = kit.iso(day)
    if c.chance(0.4):
        rec["YXQ"] = kit.iso(until)
    rec["GSJZQ"] = kit.iso(until)
    rec["CFJG"] = ag["name"]
    rec["CFJGDM"] = ag["code"]
    rec["SJLY"] = ag["name"]
    rec["SJLYDM"] = ag["code"]
    if c.chance(0.3):
        c.P(ag["code"])

    bz = []
    r = c.r.random()
    if s.cat == "natural" and r < 0.35:
        bz.append(c.f(c.pick(["决定书已由{n}本人签收。", "送达：{n}本人签收", "{n}到场领取决定书"]), n=s.name))
    elif r < 0.55:
        bz.append(c.f(c.pick(["决定书由{rel}{n}代为签收。", "送达时{rel}{n}到场。", "受送达人委托{n}签收"]),
                      rel=c.pick(["当事人委托的", "其员工", "受托人", "其职工"] if s.cat == "legal" else
                                 ["当事人委托的", "其妻子", "其丈夫", "受托人", "其儿子", "其女儿", "其店员"]),
                      n=Q.name(c)))
    if c.chance(0.3):
        bz.append(Q.lookalike(c, cty, day) + c.punct("。"))
    if c.chance(0.15) and s.cat == "natural":
        bz.append(c.f("当事人系限制民事行为能力人，其监护人{n}{x}到场。", n=Q.name(c), x=Q.details(c, cty, ("phone", "id"))))
    if fine and c.chance(0.2):
        bz.append(c.f("罚款已于{d}缴清。", d=c.date(kit.add_days(day, c.n(1, 14)), label=True)))
    if c.chance(0.12):
        bz.append(c.f("联系人：{n}，{p}", n=Q.name(c), p=Q.phone_note(c)))
    if fine and s.cat != "legal" and c.chance(0.12):
        bz.append(c.f("罚款由{w}通过本人银行卡（{k}）缴纳。", w=who, k=c.S("bank_card", H.written_card(c, H.bank_card(c)))))
    if s.cat == "natural" and not s.intro and c.chance(0.45):
        bz.append(c.f(c.pick(["送达地址：{h}", "{w}确认的送达地址为{h}。", "邮寄送达至{w}住处：{h}"]), w=who,
                      h=H.home_address(c, cty if c.chance(0.7) else H.county(c))))
    if s.cat != "legal" and c.chance(0.1):
        bz.append(c.f("{w}邮寄送达地址确认书载明的电子邮箱为{e}。", w=who, e=c.S("email", H.email(c))))
    if bz:
        rec[REMARK] = c.join(bz, 0.4)
    return "penalty", rec
