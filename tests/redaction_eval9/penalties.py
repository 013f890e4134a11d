"""Penalty decisions (行政处罚): one function per template.

Each takes (w, ctx, S, day) and returns the template's fields (short codes);
generate.py adds the subject block, document number, dates and agency.
"""

import datetime

import base as B
import helpers as H
import world as W

N, I, L = "natural", "individual", "legal"


def before(day, w, lo=10, hi=90):
    return W.cn_date(day - datetime.timedelta(days=w.r.randint(lo, hi)))


def expired_food(w, ctx, S, day):
    c, r = S["c"], w.r
    clerk, buyer = H.name(ctx, w, c), H.name(ctx, w, c)
    buyer_id = ("，护照号%s" % ctx.s("passport", w.passport_foreign())) if r.random() < 0.3 else ""
    sy = (H.intro(ctx, w, S) + "%s，消费者%s（联系电话%s%s）投诉称其在当事人处购买的%s已超过保质期。执法人员现场检查，"
          "在货架上查见同批次过期商品%d袋，店员%s在场确认上述情况。" % (
              before(day, w), buyer, H.mob(ctx, w), buyer_id, r.choice(["风干牛肉", "奶皮子", "酸奶", "速冻水饺", "腊肉"]),
              r.randint(3, 40), clerk))
    f = H.penalty(ctx, w, S, "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                  [("没收违法所得", r.randint(50, 900)), ("罚款", r.choice([5000, 8000, 10000, 20000]))])
    f.update(WFXW="经营超过保质期的食品", SY=sy)
    return f


def unlicensed_food(w, ctx, S, day):
    c, r = S["c"], w.r
    helper = H.name(ctx, w, c)
    gain = r.randint(300, 3000)
    sy = ("经查，%s未取得食品经营许可证，自%s起在%s%s摆摊制售%s，由其亲属%s协助售卖，至案发时违法所得共计%d元。" % (
        H.who(ctx, S) if S["cat"] == N else H.head(ctx, S), before(day, w, 60, 200), c["county"], w.site(c),
        r.choice(["烤冷面", "凉皮", "手抓饭", "米线", "烧烤"]), helper, gain))
    sy += "当事人联系电话：%s。" % H.mob(ctx, w)
    f = H.penalty(ctx, w, S, "《中华人民共和国食品安全法》第一百二十二条第一款",
                  [("没收违法所得", gain), ("罚款", r.choice([50000, 60000]))])
    f.update(WFXW="未取得食品经营许可从事食品经营活动", SY=sy)
    return f


def false_ad(w, ctx, S, day):
    c, r = S["c"], w.r
    staff = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "当事人在其微信公众号发布的广告中宣称产品“%s”，无法提供证明材料。负责运营该公众号的员工%s（身份证号%s）"
          "对发布过程作了陈述，案件编号：%s。" % (
              r.choice(["三天降血糖", "根治颈椎病", "全市销量第一", "零添加纯天然"]), staff, H.idno(ctx, w, c),
              ctx.p(w.case_number(c, day))))
    f = H.penalty(ctx, w, S, "《中华人民共和国广告法》第五十五条第一款",
                  [("罚款", r.choice([30000, 50000, 100000]))], H.appeal(c))
    f.update(WFXW="发布虚假广告", SY=sy)
    return f


def price_tag(w, ctx, S, day):
    c, r = S["c"], w.r
    rep = H.name(ctx, w, c)
    sy = ("%s，有群众通过12315平台举报，%s销售的商品未按规定明码标价。举报人%s留存的联系方式为%s，电子邮箱%s。经核查，%s对此无异议。" % (
        before(day, w), H.who(ctx, S), rep, H.mob(ctx, w), ctx.s("email", w.email()), H.head(ctx, S)))
    f = H.penalty(ctx, w, S, "《明码标价和禁止价格欺诈规定》第二十一条", [("罚款", r.choice([2000, 3000, 5000]))])
    f.update(WFXW="不按规定明码标价", SY=sy)
    return f


def short_weight(w, ctx, S, day):
    c, r = S["c"], w.r
    buyer = H.name(ctx, w, c)
    sy = ("%s在%s集贸市场销售%s时使用未经检定的电子秤，致消费者%s（%s）购买的商品短缺%d克。" % (
        H.who(ctx, S), c["county"], r.choice(["羊肉", "苹果", "土豆", "菌子"]), buyer, H.home(ctx, w, c),
        r.randint(150, 600)))
    sy += "现场扣押电子秤一台，由当事人%s签收。" % H.who(ctx, S) if S["cat"] == N else "现场扣押电子秤一台，由经营者%s签收。" % H.head(ctx, S)
    f = H.penalty(ctx, w, S, "《中华人民共和国计量法实施细则》第四十三条", [("罚款", r.choice([1000, 1500, 2000]))])
    f.update(WFXW="使用未经检定的计量器具", SY=sy)
    return f


def rx_drugs(w, ctx, S, day):
    c, r = S["c"], w.r
    seller, patient = H.name(ctx, w, c), H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "执法人员检查时发现，营业员%s在未查验处方的情况下向%s出售%s两盒。该顾客出示的身份证件号码为%s。"
          "当事人的质量负责人当日不在岗。" % (seller, patient, r.choice(["阿莫西林胶囊", "头孢呋辛酯片", "左氧氟沙星片"]),
                                     H.idno(ctx, w, c)))
    f = H.penalty(ctx, w, S, "《中华人民共和国药品管理法》第一百二十六条", [("警告", None), ("罚款", r.choice([10000, 20000]))])
    f.update(WFXW="未凭处方销售处方药", SY=sy)
    return f


def illegal_taxi(w, ctx, S, day):
    c, r = S["c"], w.r
    p1 = H.name(ctx, w, c)
    fare = r.randint(20, 120)
    sy = ("%s，%s驾驶小型轿车在%s客运站附近招揽乘客，载乘客%s前往%s，约定车费%d元。经询问，乘客%s（手机：%s）证实上述事实。"
          "当事人不能提供道路运输经营许可证件。" % (
              before(day, w), H.who(ctx, S), c["county"], p1, r.choice(c["towns"]), fare, p1,
              H.mob(ctx, w)))
    f = H.penalty(ctx, w, S, "《中华人民共和国道路运输条例》第六十三条", [("没收违法所得", fare), ("罚款", r.choice([10000, 30000]))])
    f.update(WFXW="未取得道路运输经营许可擅自从事道路旅客运输经营", SY=sy,
             BZ="当事人身份证号码：%s。" % H.subject_id(ctx, S) if S["id_cat"] == "id_number" else "")
    return f


def overload(w, ctx, S, day):
    c, r = S["c"], w.r
    drv = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "%s，当事人所属重型货车由驾驶员%s（公民身份号码%s）驾驶，经%s超限检测站检测，车货总质量%d吨，超过限定标准。"
          "检测流水号：%s。" % (before(day, w), drv, H.idno(ctx, w, c), c["county"], r.randint(52, 70),
                           ctx.p(w.case_number(c, day))))
    f = H.penalty(ctx, w, S, "《公路安全保护条例》第六十六条", [("罚款", r.choice([5000, 10000, 20000]))])
    f.update(WFXW="车辆超限运输", SY=sy)
    return f


def no_qualification(w, ctx, S, day):
    c, r = S["c"], w.r
    d1 = H.name(ctx, w, c)
    sy = ("经查，%s聘用未取得道路运输从业资格的%s驾驶营运客车，%s未能出示从业资格证件，其本人手机号%s。" % (
        H.who(ctx, S), d1, d1, H.mob(ctx, w)))
    if r.random() < 0.5:
        sy += "委托代理人%s（身份证号码：%s）到场接受调查。" % (H.name(ctx, w, c), H.idno(ctx, w, c))
    f = H.penalty(ctx, w, S, "《道路运输从业人员管理规定》第四十六条", [("罚款", r.choice([200, 500, 1000, 3000]))])
    f.update(WFXW="使用无从业资格证驾驶员从事道路运输经营", SY=sy)
    return f


def emission(w, ctx, S, day):
    c, r = S["c"], w.r
    boss = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "%s对当事人%s排放口进行监督性监测，%s排放浓度超过排放标准%.1f倍。当时在场的环保负责人%s陪同检查并签字确认。"
          "监测报告编号：%s。" % (before(day, w), r.choice(["1号锅炉", "烘干车间", "焚烧炉"]),
                             r.choice(["颗粒物", "二氧化硫", "氮氧化物"]), r.uniform(0.2, 2.5), boss,
                             ctx.p(w.case_number(c, day))))
    f = H.penalty(ctx, w, S, "《中华人民共和国大气污染防治法》第九十九条第（二）项", [("罚款", r.choice([100000, 150000, 200000]))],
                  "本机关联系电话：%s。" % ctx.p(w.office_phone(c, "ecology")))
    f.update(WFXW="超过大气污染物排放标准排放大气污染物", SY=sy)
    return f


def hazwaste(w, ctx, S, day):
    c, r = S["c"], w.r
    keeper = H.name(ctx, w, c)
    sy = ("%s，执法人员在%s厂区检查发现，废机油约%d桶露天堆放，未设置危险废物识别标志。库管员%s称系%s前后分批产生。"
          "%s在调查询问笔录上签字。" % (before(day, w), H.who(ctx, S), r.randint(3, 30), keeper,
                              before(day, w, 100, 200), H.head(ctx, S) if S["cat"] == L else keeper))
    f = H.penalty(ctx, w, S, "《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项",
                  [("罚款", r.choice([100000, 120000]))])
    f.update(WFXW="未按规定设置危险废物识别标志", SY=sy)
    return f


def night_noise(w, ctx, S, day):
    c, r = S["c"], w.r
    comp = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "附近居民%s（%s，电话%s）多次投诉，当事人承建的项目于夜间22时后进行混凝土浇筑作业，"
          "未取得夜间施工证明。项目现场负责人%s承认上述事实。" % (comp, H.home(ctx, w, c), H.mob(ctx, w), H.name(ctx, w, c)))
    f = H.penalty(ctx, w, S, "《中华人民共和国噪声污染防治法》第七十七条", [("罚款", r.choice([20000, 50000]))])
    f.update(WFXW="未按规定取得证明在噪声敏感建筑物集中区域夜间施工", SY=sy)
    return f


def quack(w, ctx, S, day):
    c, r = S["c"], w.r
    pt = H.name(ctx, w, c)
    fee = r.randint(100, 900)
    sy = (H.intro(ctx, w, S) + "当事人未取得《医疗机构执业许可证》，在其家中为%s（%s，%s）进行针灸、输液等诊疗活动，收取费用%d元。"
          "现场查获药品器械一批。" % (pt, H.home(ctx, w, c, "现住"), "身份证号" + H.idno(ctx, w, c), fee))
    f = H.penalty(ctx, w, S, "《医疗机构管理条例》第四十三条", [("没收违法所得", fee), ("罚款", r.choice([30000, 50000]))],
                  "没收药品器械。")
    f.update(WFXW="未取得医疗机构执业许可证擅自执业", SY=sy)
    return f


def health_cert(w, ctx, S, day):
    c, r = S["c"], w.r
    e1, e2 = H.name(ctx, w, c), H.name(ctx, w, c)
    sy = ("%s检查时，%s安排未取得有效健康合格证明的%s、%s从事直接为顾客服务的工作。%s系该店%s。" % (
        before(day, w), H.who(ctx, S), e1, e2, e2, r.choice(["理发师", "服务员", "搓澡工", "前台"])))
    f = H.penalty(ctx, w, S, "《公共场所卫生管理条例实施细则》第三十八条", [("警告", None), ("罚款", r.choice([500, 1000, 2000]))])
    f.update(WFXW="安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作", SY=sy)
    return f


def no_permit_build(w, ctx, S, day):
    c, r = S["c"], w.r
    pm = H.name(ctx, w, c)
    site = c["county"] + r.choice(c["towns"]) + r.choice(["物流园", "产业园"]) + "%d号地块" % r.randint(1, 30)
    sy = (H.intro(ctx, w, S) + "当事人在%s建设的%s项目未取得施工许可证即开工建设，合同价款%d万元。项目经理%s到场配合调查，联系电话%s。" % (
        ctx.p(site), r.choice(["仓储用房", "综合楼", "厂房"]), r.randint(300, 5000), pm, H.mob(ctx, w)))
    f = H.penalty(ctx, w, S, "《建设工程质量管理条例》第五十七条", [("罚款", r.choice([60000, 90000, 120000]))])
    f.update(WFXW="未取得施工许可证擅自施工", SY=sy)
    return f


def bearing_wall(w, ctx, S, day):
    c, r = S["c"], w.r
    nb = H.name(ctx, w, c)
    sy = ("%s在装修其位于%s的住宅时，擅自拆除承重墙%d平方米。楼下住户%s向本局举报，并提供了现场照片。装修工人%s（手机%s）承认施工系受%s雇请。" % (
        H.who(ctx, S), ctx.s("address", S["home"]), r.randint(2, 9), nb, H.name(ctx, w, c), H.mob(ctx, w), H.who(ctx, S)))
    f = H.penalty(ctx, w, S, "《住宅室内装饰装修管理办法》第三十八条第（一）项", [("罚款", r.choice([5000, 10000]))])
    f.update(WFXW="装修中擅自拆改承重结构", SY=sy)
    return f


def street_vending(w, ctx, S, day):
    c, r = S["c"], w.r
    sy = ("%s在%s人行道上占道经营，经执法人员%d次劝导仍未改正。现场由%s的雇员%s代为签收责令改正通知书。" % (
        H.who(ctx, S), c["county"] + r.choice(c["roads"]), r.randint(2, 4), H.who(ctx, S), H.name(ctx, w, c)))
    f = H.penalty(ctx, w, S, "《城市市容和环境卫生管理条例》第三十六条第（六）项", [("罚款", r.choice([200, 300, 500]))])
    f.update(WFXW="擅自占用城市道路摆摊经营", SY=sy)
    return f


def welder(w, ctx, S, day):
    c, r = S["c"], w.r
    wd = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "%s检查发现，当事人安排%s（身份证：%s）在%s从事电焊作业，%s未取得特种作业操作证。安全员%s在现场。" % (
        before(day, w), wd, H.idno(ctx, w, c), r.choice(["厂房钢结构平台", "储罐区", "维修车间"]), wd, H.name(ctx, w, c)))
    f = H.penalty(ctx, w, S, "《中华人民共和国安全生产法》第九十七条第（七）项", [("罚款", r.choice([20000, 30000, 50000]))])
    f.update(WFXW="特种作业人员未按规定经专门的安全作业培训并取得相应资格上岗作业", SY=sy)
    return f


def fireworks(w, ctx, S, day):
    c, r = S["c"], w.r
    sup = H.name(ctx, w, c)
    sy = ("%s在%s存放烟花爆竹%d箱，未取得烟花爆竹经营（零售）许可证。据%s供述，货物系从%s处购进，%s的联系方式为%s。" % (
        H.who(ctx, S), ("其位于%s的住处" % H.home(ctx, w, c, "", S.get("home"))) if S["cat"] == N else "其经营场所", r.randint(10, 80), H.head(ctx, S) if S["cat"] == I else H.who(ctx, S),
        sup, sup, H.mob(ctx, w)))
    f = H.penalty(ctx, w, S, "《烟花爆竹安全管理条例》第三十六条第一款",
                  [("没收非法财物", r.randint(800, 5000)), ("罚款", r.choice([10000, 20000]))])
    f.update(WFXW="未经许可经营烟花爆竹制品", SY=sy)
    return f


def travel_agency(w, ctx, S, day):
    c, r = S["c"], w.r
    t1, t2 = H.name(ctx, w, c), H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "当事人组织%s旅游团，未与旅游者%s、%s等%d人签订书面旅游合同。游客%s通过电子邮件（%s）向本局投诉，%s的往来港澳通行证号码为%s。" % (
        r.choice(["喀纳斯", "纳木错", "长白山", "可可西里"]), t1, t2, r.randint(8, 30), t1, ctx.s("email", w.email()), t2,
        ctx.s("travel_permit", w.to_hk())))
    f = H.penalty(ctx, w, S, "《中华人民共和国旅游法》第一百条第（一）项", [("罚款", r.choice([5000, 10000, 30000]))])
    f.update(WFXW="未与旅游者签订书面旅游合同", SY=sy)
    return f


def fake_pesticide(w, ctx, S, day):
    c, r = S["c"], w.r
    farmer = H.name(ctx, w, c)
    sy = ("%s%s反映，其从%s购买的“%s”施用后无药效。经抽样检验，该产品有效成分含量不合格。%s另称收款使用的是本人银行卡%s。" % (
        r.choice(["村民", "种植户"]), farmer + "（" + H.home(ctx, w, c) + "）", H.who(ctx, S),
        r.choice(["吡虫啉可湿性粉剂", "草甘膦水剂", "多菌灵悬浮剂"]), H.head(ctx, S) if S["cat"] == I else H.who(ctx, S),
        ctx.s("bank_card", w.bank())))
    f = H.penalty(ctx, w, S, "《农药管理条例》第五十五条第一款第（一）项",
                  [("没收违法所得", r.randint(200, 2000)), ("罚款", r.choice([5000, 10000]))])
    f.update(WFXW="经营劣质农药", SY=sy)
    return f


def illegal_logging(w, ctx, S, day):
    c, r = S["c"], w.r
    worker = H.name(ctx, w, c)
    spot = c["county"] + r.choice(["国有林场", "集体林场"]) + "第%d林班%d小班" % (r.randint(3, 60), r.randint(1, 20))
    sy = ("%s未取得林木采伐许可证，雇用%s等人在%s采伐%s%d株，蓄积%.2f立方米。%s（户籍地：%s）供认受雇伐木。" % (
        H.who(ctx, S), worker, ctx.p(spot), r.choice(["落叶松", "云杉", "杉木", "马尾松"]), r.randint(8, 120),
        r.uniform(2, 40), worker, ctx.s("address", w.home(c))))
    f = H.penalty(ctx, w, S, "《中华人民共和国森林法》第七十六条第二款", [("罚款", r.choice([3000, 8000, 15000])), ("其他", None)],
                  "责令补种滥伐株数五倍的树木。")
    f.update(WFXW="滥伐林木", SY=sy)
    return f


def wage_arrears(w, ctx, S, day):
    c, r = S["c"], w.r
    n1, n2 = H.name(ctx, w, c), H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "当事人拖欠%s、%s等%d名劳动者工资共计%d元，经责令限期支付仍未支付。其中%s的工资卡号为%s，%s的工资卡号为%s。" % (
        n1, n2, r.randint(3, 25), r.randint(20000, 300000), n1, ctx.s("bank_card", w.bank()), n2,
        ctx.s("bank_card", w.bank())))
    f = H.penalty(ctx, w, S, "《劳动保障监察条例》第二十六条", [("罚款", r.choice([20000, 30000]))])
    f.update(WFXW="逾期未支付劳动者工资", SY=sy)
    return f


def water_draw(w, ctx, S, day):
    c, r = S["c"], w.r
    sy = ("%s未取得取水许可，在%s擅自打井取水，累计取水约%d立方米。经办人%s（手机号码：%s）代表%s接受询问。" % (
        H.who(ctx, S), ctx.p(c["county"] + r.choice(c["towns"]) + r.choice(["工业集中区", "园区"]) + "%d号" % r.randint(1, 90)),
        r.randint(500, 9000), H.name(ctx, w, c), H.mob(ctx, w), H.who(ctx, S)))
    f = H.penalty(ctx, w, S, "《中华人民共和国水法》第六十九条第（一）项", [("罚款", r.choice([20000, 50000]))])
    f.update(WFXW="未经批准擅自取水", SY=sy)
    return f


def land_occupation(w, ctx, S, day):
    c, r = S["c"], w.r
    sy = ("%s（%s，%s）未经批准在%s集体耕地上建房，占地%d平方米。邻户%s指认了占地界址。" % (
        H.who(ctx, S), H.subject_id(ctx, S), H.home(ctx, w, c), r.choice(c["vill"]), r.randint(80, 400),
        H.name(ctx, w, c)))
    f = H.penalty(ctx, w, S, "《中华人民共和国土地管理法》第七十八条", [("罚款", r.choice([3000, 6000])), ("其他", None)],
                  "责令退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋。")
    f.update(WFXW="农村村民未经批准非法占用土地建住宅", SY=sy)
    return f


def prepaid_card(w, ctx, S, day):
    c, r = S["c"], w.r
    cons = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "当事人发行单用途商业预付卡未按规定备案。消费者%s持卡余额%d元无法使用，%s提供了持卡人护照（号码%s）复印件。" % (
        cons, r.randint(300, 5000), cons, ctx.s("passport", w.passport_cn())))
    f = H.penalty(ctx, w, S, "《单用途商业预付卡管理办法（试行）》第三十六条", [("罚款", r.choice([10000, 20000, 30000]))])
    f.update(WFXW="未按规定办理单用途商业预付卡备案", SY=sy)
    return f


def tax_late(w, ctx, S, day):
    c, r = S["c"], w.r
    sy = ("%s未按照规定期限办理%s年%d月增值税纳税申报。办税人员%s（居民身份证%s）于%s补办申报。" % (
        H.who(ctx, S), day.year - (1 if day.month == 1 else 0), r.randint(1, max(1, day.month - 1)),
        H.name(ctx, w, c), H.idno(ctx, w, c), before(day, w, 2, 9)))
    f = H.penalty(ctx, w, S, "《中华人民共和国税收征收管理法》第六十二条", [("罚款", r.choice([200, 500, 1000]))],
                  "缴款码：%s。" % ctx.p(w.pay_code()))
    f.update(WFXW="未按照规定期限办理纳税申报", SY=sy)
    return f


def elevator(w, ctx, S, day):
    c, r = S["c"], w.r
    sy = (H.intro(ctx, w, S) + "当事人使用的%d台电梯超过检验有效期未申请定期检验。电梯安全管理员%s未能提供维护保养记录，维保单位联系人%s电话%s。" % (
        r.randint(1, 6), H.name(ctx, w, c), H.name(ctx, w, c), H.mob(ctx, w)))
    f = H.penalty(ctx, w, S, "《中华人民共和国特种设备安全法》第八十四条第（一）项", [("罚款", r.choice([30000, 50000]))])
    f.update(WFXW="使用未经定期检验的特种设备", SY=sy)
    return f


def performance(w, ctx, S, day):
    c, r = S["c"], w.r
    art = ctx.s("person_name", w.r.choice(B.FOREIGN))
    income = r.randint(5000, 40000)
    sy = (H.intro(ctx, w, S) + "当事人未经批准，在%s举办营业性演出，邀请外籍演员%s（护照号码%s）参加演出，售票收入%d元。" % (
        c["county"] + r.choice(c["roads"]) + r.choice(["体育馆", "演艺中心"]), art, ctx.s("passport", w.passport_foreign()),
        income))
    f = H.penalty(ctx, w, S, "《营业性演出管理条例》第四十三条", [("没收违法所得", income), ("罚款", r.choice([50000, 80000]))])
    f.update(WFXW="未经批准举办营业性演出", SY=sy)
    return f


def revoke_driver(w, ctx, S, day):
    c, r = S["c"], w.r
    lic = ctx.s("id_number", S["pid"]) if S["id_cat"] == "id_number" else "%s" % ctx.s(S["id_cat"], S["pid"])
    sy = ("%s（从业资格证号：%s）在%d个记分周期内累计计满%d分，经通知未参加继续教育和考试。%s的紧急联系人%s电话为%s。" % (
        H.who(ctx, S), lic, r.randint(2, 3), r.choice([20, 24]), H.who(ctx, S), H.name(ctx, w, c),
        ctx.s("landline", w.landline(c)) if r.random() < 0.5 else H.mob(ctx, w)))
    f = H.penalty(ctx, w, S, "《道路运输从业人员管理规定》第四十八条", [("吊销许可证件", None)])
    f["NR_ZKDX"] = "道路运输从业资格证，证号%s" % lic
    f.update(WFXW="从业资格证计满分拒不参加学习和考试", SY=sy)
    return f


def decoration(w, ctx, S, day):
    c, r = S["c"], w.r
    owner = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "%s，当事人承接%s位于%s的住房装修工程，未按规定将装修方案报物业服务企业备案即开工，"
          "施工中破坏了楼板防水层。业主%s（电话%s）及物业人员%s反映了上述情况。" % (
              before(day, w), owner, H.home(ctx, w, c, ""), owner, H.mob(ctx, w), H.name(ctx, w, c)))
    f = H.penalty(ctx, w, S, "《住宅室内装饰装修管理办法》第四十二条", [("罚款", r.choice([1000, 3000, 5000]))])
    f.update(WFXW="装饰装修企业违反工程建设强制性标准", SY=sy)
    return f


def courier(w, ctx, S, day):
    c, r = S["c"], w.r
    sender = H.name(ctx, w, c)
    sy = (H.intro(ctx, w, S) + "%s，当事人收寄一件寄往%s的包裹时未查验寄件人身份。经调取收寄记录，寄件人登记为%s，"
          "寄件地址%s，手机%s；收寄该件的快递员为%s。快递运单号：%s。" % (
              before(day, w), r.choice(["乌鲁木齐市", "拉萨市", "南宁市", "哈尔滨市"]), sender, H.home(ctx, w, c, ""),
              H.mob(ctx, w), H.name(ctx, w, c), ctx.p("YT" + str(r.randint(10 ** 12, 10 ** 13 - 1)))))
    f = H.penalty(ctx, w, S, "《中华人民共和国反恐怖主义法》第八十五条第（一）项", [("罚款", r.choice([100000, 150000]))])
    f.update(WFXW="未实行收寄验视和实名收寄制度", SY=sy)
    return f


def refund_card(w, ctx, S, day):
    c, r = S["c"], w.r
    cons = H.name(ctx, w, c)
    sy = ("经查，%s在销售%s时以“原价%d元、现价%d元”标示，而该商品此前从未以原价成交。投诉人%s要求退款至其%s银行账户%s，"
          "%s已于%s退还差价。" % (
              H.who(ctx, S), r.choice(["羽绒服", "电动自行车", "空调", "床垫"]), r.randint(2000, 6000), r.randint(800, 1900), cons,
              r.choice(["工商银行", "农业银行", "邮政储蓄银行"]), ctx.s("bank_card", w.bank()), H.who(ctx, S), before(day, w, 3, 9)))
    f = H.penalty(ctx, w, S, "《中华人民共和国价格法》第四十条", [("罚款", r.choice([5000, 10000, 20000]))])
    f.update(WFXW="利用虚假的或者使人误解的价格手段诱骗消费者交易", SY=sy)
    return f


PENALTIES = [
    ("market", expired_food, (I, L)), ("market", unlicensed_food, (N, I)), ("market", false_ad, (L,)),
    ("market", price_tag, (I, L)), ("market", short_weight, (N, I)), ("market", rx_drugs, (L,)),
    ("transport", illegal_taxi, (N,)), ("transport", overload, (L,)), ("transport", no_qualification, (L, I)),
    ("ecology", emission, (L,)), ("ecology", hazwaste, (L,)), ("ecology", night_noise, (L,)),
    ("health", quack, (N,)), ("health", health_cert, (I, L)), ("construction", no_permit_build, (L,)),
    ("construction", bearing_wall, (N,)), ("urban", street_vending, (N, I)), ("safety", welder, (L,)),
    ("safety", fireworks, (N, I)), ("culture", travel_agency, (L,)), ("agriculture", fake_pesticide, (I, L)),
    ("forestry", illegal_logging, (N, L)), ("labour", wage_arrears, (L,)), ("water", water_draw, (L, N)),
    ("resources", land_occupation, (N,)), ("commerce", prepaid_card, (L,)), ("tax", tax_late, (I, L)),
    ("market", elevator, (L,)), ("culture", performance, (L,)), ("transport", revoke_driver, (N,)),
    ("construction", decoration, (L, I)), ("postal", courier, (L,)), ("market", refund_card, (I, L)),
]
