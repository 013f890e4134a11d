"""License decisions (行政许可): one function per template.

Each takes (w, ctx, S, day) and returns the template's fields (short codes)
and the validity in years (0: long-term).
"""

import helpers as H
import world as W

N, I, L = "natural", "individual", "legal"


def years(n):
    return n


def lic_no(w, c, prefix, digits=6):
    return prefix + str(w.r.randint(10 ** (digits - 1), 10 ** digits - 1))


def driver_cert(w, ctx, S, day):
    c, r = S["c"], w.r
    no = ctx.s("id_number", S["pid"])
    nr = "准予%s取得道路运输从业资格，从业资格类别：%s。从业资格证号与公民身份号码一致。" % (
        H.who(ctx, S), r.choice(["经营性道路旅客运输驾驶员", "经营性道路货物运输驾驶员", "道路危险货物运输驾驶员"]))
    if r.random() < 0.5:
        nr += "申请材料由%s代为递交，代办人联系电话%s。" % (H.name(ctx, w, c), H.mob(ctx, w))
    else:
        nr += "申请人" + H.home(ctx, w, c, "户籍地址：", S["home"]) + "。"
    return dict(XKWS="道路运输从业人员从业资格许可决定书", XKLB="认可", XKZS="中华人民共和国道路运输从业人员从业资格证",
                XKBH=no, NR=nr), 6


def taxi_driver(w, ctx, S, day):
    c, r = S["c"], w.r
    no = ctx.s("id_number", S["pid"])
    nr = "%s（身份证%s）经考试合格，准予从事巡游出租汽车客运驾驶员工作，服务单位：%s。" % (
        H.who(ctx, S), no, ctx.p(w.company(c, "出租汽车")))
    return dict(XKWS="出租汽车驾驶员从业资格许可决定书", XKLB="认可", XKZS="出租汽车驾驶员从业资格证", XKBH=no, NR=nr), 6


def special_equipment_op(w, ctx, S, day):
    c, r = S["c"], w.r
    no = ctx.s("id_number", S["pid"])
    emp = ctx.p(w.company(c, r.choice(["机械设备", "建筑工程", "物流"])))
    nr = "核准%s特种设备安全管理和作业人员资格，作业项目：%s，用人单位：%s，证书编号即身份证号码。" % (
        H.who(ctx, S), r.choice(["N1叉车司机", "Q2起重机司机", "G1工业锅炉司炉"]), emp)
    return dict(XKWS="特种设备作业人员资格认定", XKLB="认可", XKZS="特种设备安全管理和作业人员证", XKBH=no, NR=nr), 4


def physician(w, ctx, S, day):
    c, r = S["c"], w.r
    hosp = ctx.p((c["city"] or c["county"]) + r.choice(["第一人民医院", "中医医院", "妇幼保健院", "第二人民医院"]))
    cert = ctx.p(str(r.randint(10, 99)) + c["area"][:2] + "0" + str(r.randint(10 ** 11, 10 ** 12 - 1)))
    nr = "准予%s医师执业注册。执业地点：%s；执业类别：%s；执业范围：%s。医师资格证书编码：%s。" % (
        H.who(ctx, S), hosp, r.choice(["临床", "中医"]), r.choice(["内科专业", "外科专业", "全科医学专业"]), cert)
    bz = "本人联系邮箱：%s" % ctx.s("email", w.email()) if r.random() < 0.5 else ""
    return dict(XKWS="医师执业注册许可决定书", XKLB="认可", XKZS="医师执业证书", XKBH=ctx.p(lic_no(w, c, "1" + c["area"][:2], 12)),
                NR=nr, BZ=bz), 0


def nurse(w, ctx, S, day):
    c, r = S["c"], w.r
    hosp = ctx.p((c["city"] or c["county"]) + r.choice(["人民医院", "中医院", "康复医院"]))
    nr = "%s申请护士执业注册，经审查符合条件，准予注册，执业地点%s，有效期五年。申请人手机：%s，%s。" % (
        H.who(ctx, S), hosp, H.mob(ctx, w), H.home(ctx, w, c, "居住地：", S["home"]))
    return dict(XKWS="护士执业注册决定书", XKLB="认可", XKZS="护士执业证书", XKBH=ctx.p(lic_no(w, c, "2025", 8)), NR=nr), 5


def food_business(w, ctx, S, day):
    c, r = S["c"], w.r
    mgr = H.name(ctx, w, c)
    place = c["county"] + (S["site"] if S["cat"] != L else S["addr"])
    no = ctx.p("JY" + str(r.choice([1, 2])) + c["area"] + str(r.randint(10 ** 6, 10 ** 7 - 1)))
    nr = "经营者名称：%s；经营项目：%s；食品安全管理人员：%s；许可证编号：%s。" % (
        H.who(ctx, S), r.choice(["热食类食品制售", "预包装食品销售（含冷藏冷冻食品）", "散装食品销售"]), mgr, no)
    if S["cat"] == L:
        nr += "住所：%s。" % ctx.p(S["addr"])
    return dict(XKWS="食品经营许可决定书", XKLB="普通", XKZS="食品经营许可证", XKBH=no, NR=nr), 5


def hygiene(w, ctx, S, day):
    c, r = S["c"], w.r
    rep = H.name(ctx, w, c)
    nr = "准予%s经营%s。卫生负责人：%s，联系电话：%s。" % (
        H.who(ctx, S), r.choice(["住宿业", "沐浴场所", "美容美发场所", "游泳场所"]) + "（公共场所）", rep,
        # A landline here may be the premises' own: its owner is ambiguous, so it is not labelled.
        w.landline(c) if r.random() < 0.4 else H.mob(ctx, w))
    return dict(XKWS="公共场所卫生许可决定书", XKLB="普通", XKZS="公共场所卫生许可证",
                XKBH=ctx.p("%s卫公字〔%d〕第%04d号" % (c["ab"], day.year, r.randint(1, 3000))), NR=nr), 4


def building_permit(w, ctx, S, day):
    c, r = S["c"], w.r
    pm, chief = H.name(ctx, w, c), H.name(ctx, w, c)
    contractor = ctx.p(w.company(c, "建筑工程"))
    road1, road2 = r.sample(c["roads"], 2)
    site = ctx.p(c["county"] + road1 + "以%s、%s以%s" % (r.choice("东西"), road2, r.choice("南北")))
    no = ctx.p(c["area"] + day.strftime("%Y%m%d") + "%02d01" % r.randint(1, 99))
    nr = "工程名称：%s项目；建设地址：%s；施工单位：%s，项目经理%s；监理单位总监理工程师%s；建筑面积%d平方米。" % (
        r.choice(["职工周转房", "综合物流仓储", "农贸市场改造", "学生公寓"]), site, contractor, pm, chief, r.randint(2000, 60000))
    return dict(XKWS="建筑工程施工许可决定书", XKLB="普通", XKZS="建筑工程施工许可证", XKBH=no, NR=nr), 0


def logging_permit(w, ctx, S, day):
    c, r = S["c"], w.r
    e, s_ = H.name(ctx, w, c), H.name(ctx, w, c)
    spot = ctx.p(c["county"] + r.choice(c["towns"]) + r.choice(c["vill"]) + r.choice(["后山", "南沟", "阳坡"]) + "地块")
    nr = "准予%s在%s采伐%s，采伐方式%s，蓄积%.1f立方米。四至：东至%s承包林地，西至林道，南至%s自留山，北至山脊。" % (
        H.who(ctx, S), spot, r.choice(["杨树", "桉树", "杉木", "华山松"]), r.choice(["皆伐", "择伐"]), r.uniform(5, 200), e, s_)
    return dict(XKWS="林木采伐许可决定书", XKLB="普通", XKZS="林木采伐许可证",
                XKBH=ctx.p(c["area"] + str(day.year) + "%06d" % r.randint(1, 999999)), NR=nr), 1


def water_permit(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s取水，取水地点%s，年取水量%d万立方米，用途：%s。取水工程负责人%s。" % (
        H.who(ctx, S), ctx.p(c["county"] + r.choice(c["towns"]) + r.choice(["水源井", "河道泵站"]) + "%d号" % r.randint(1, 20)),
        r.randint(1, 300), r.choice(["工业用水", "农业灌溉", "生活用水"]), H.name(ctx, w, c))
    return dict(XKWS="取水许可决定书", XKLB="普通", XKZS="取水许可证",
                XKBH=ctx.p("取水（%s水）字〔%d〕第%03d号" % (c["ab"], day.year, r.randint(1, 200))), NR=nr), 5


def discharge(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "%s排污许可证核发。环保负责人%s，联系手机%s；行业类别：%s。" % (
        H.who(ctx, S), H.name(ctx, w, c), H.mob(ctx, w), r.choice(["水泥制造", "屠宰及肉类加工", "乳制品制造", "砖瓦制造"]))
    no = ctx.p(S["uscc"] + "001" + r.choice("PQRUV"))
    return dict(XKWS="排污许可决定书", XKLB="普通", XKZS="排污许可证", XKBH=no, NR=nr), 5


def pharmacy(w, ctx, S, day):
    c, r = S["c"], w.r
    boss, qa = H.name(ctx, w, c), H.name(ctx, w, c)
    nr = "企业名称：%s；法定代表人：%s；企业负责人：%s；质量负责人：%s（执业药师）；经营范围：中成药、化学药制剂、抗生素制剂。" % (
        H.who(ctx, S), H.head(ctx, S), boss, qa)
    return dict(XKWS="药品经营许可决定书", XKLB="普通", XKZS="药品经营许可证",
                XKBH=ctx.p("%s%sAa%04d%03d" % (c["prov"][:1], c["ab"], r.randint(1000, 9999), r.randint(1, 999))), NR=nr), 5


def tobacco(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s（负责人%s）从事卷烟、雪茄烟零售业务。许可证号：%s。" % (
        H.who(ctx, S), H.head(ctx, S), ctx.p(c["area"] + str(r.randint(10 ** 5, 10 ** 6 - 1))))
    if r.random() < 0.5:
        nr += "申请人配偶%s为联系人。" % H.name(ctx, w, c)
    return dict(XKWS="烟草专卖零售许可证核发决定", XKLB="特许", XKZS="烟草专卖零售许可证", XKBH="见许可内容", NR=nr), 5


def pesticide(w, ctx, S, day):
    c, r = S["c"], w.r
    tech = H.name(ctx, w, c)
    nr = "%s申请农药经营许可，经营范围：农药（不含限制使用农药）。专业技术人员%s（身份证号码%s），持%s。" % (
        H.who(ctx, S), tech, H.idno(ctx, w, c), r.choice(["植物保护专业中专学历证书", "农学专业大专学历证书"]))
    return dict(XKWS="农药经营许可决定书", XKLB="普通", XKZS="农药经营许可证",
                XKBH=ctx.p("农药经许（%s）%s%04d" % (c["prov"][:2], c["area"], r.randint(1, 9999))), NR=nr), 5


def travel_license(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s经营国内旅游业务和入境旅游业务，质量保证金%d万元已存入指定银行。法定代表人%s。门市联系人%s，电话%s。" % (
        H.who(ctx, S), 20, H.head(ctx, S), H.name(ctx, w, c), H.mob(ctx, w))
    return dict(XKWS="旅行社业务经营许可决定书", XKLB="普通", XKZS="旅行社业务经营许可证",
                XKBH=ctx.p("L-%s-%05d" % (c["prov"][:2], r.randint(1, 99999))), NR=nr), 0


def gas(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "%s取得燃气经营许可，经营类别：%s，经营区域：%s。主要负责人、安全生产管理人员%s、%s已经考核合格。" % (
        H.who(ctx, S), r.choice(["瓶装液化石油气", "管道天然气", "汽车加气站"]), c["county"], H.name(ctx, w, c), H.name(ctx, w, c))
    return dict(XKWS="燃气经营许可决定书", XKLB="特许", XKZS="燃气经营许可证",
                XKBH=ctx.p("%s%d%05d%s" % (c["prov"][:1], day.year, r.randint(1, 99999), r.choice("GJ"))), NR=nr), 3


def chemicals(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s经营危险化学品（%s），储存地址：%s；安全管理人员%s（手机%s，邮箱%s）。" % (
        H.who(ctx, S), r.choice(["不带储存", "带储存"]), ctx.p(c["county"] + w.site(c)), H.name(ctx, w, c), H.mob(ctx, w),
        ctx.s("email", w.email()))
    return dict(XKWS="危险化学品经营许可决定书", XKLB="普通", XKZS="危险化学品经营许可证",
                XKBH=ctx.p("%s危化经字〔%d〕%06d" % (c["ab"], day.year, r.randint(1, 999999))), NR=nr), 3


def fishing(w, ctx, S, day):
    c, r = S["c"], w.r
    boat = c["ab"] + "渔%05d" % r.randint(1, 99999)
    nr = "准予%s（船东，%s）使用渔船%s从事%s作业，作业场所：%s。船员%s随船作业。" % (
        H.who(ctx, S), H.subject_id(ctx, S), ctx.p(boat), r.choice(["刺网", "钓具", "笼壶"]),
        r.choice(["内陆水域", "水库"]), H.name(ctx, w, c))
    return dict(XKWS="渔业捕捞许可决定书", XKLB="普通", XKZS="渔业捕捞许可证", XKBH=ctx.p("(%s)船捕(%d)HY-%05d" % (c["ab"], day.year, r.randint(1, 99999))), NR=nr), 5


def rural_house(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "%s（户籍地：%s）申请在本村宅基地翻建住房，占地%d平方米，建筑层数%d层。同户家庭成员%s。申请人联系电话%s。" % (
        H.who(ctx, S), ctx.s("address", S["home"]), r.randint(80, 200), r.randint(1, 3), H.name(ctx, w, c), H.mob(ctx, w))
    return dict(XKWS="乡村建设规划许可决定书", XKLB="普通", XKZS="乡村建设规划许可证",
                XKBH=ctx.p("乡字第%s%d%04d号" % (c["area"], day.year, r.randint(1, 9999))), NR=nr), 2


def guide(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s取得导游证，语种：%s，挂靠%s。电子导游证编号：%s；本人往来港澳通行证：%s。" % (
        H.who(ctx, S), r.choice(["普通话", "英语", "俄语", "藏语"]), ctx.p(w.company(c, "国际旅行社")),
        ctx.p("D-%s-%06d" % (c["area"][:4], r.randint(1, 999999))), ctx.s("travel_permit", w.to_hk()))
    return dict(XKWS="导游证核发决定书", XKLB="认可", XKZS="导游证", XKBH="见许可内容", NR=nr), 3


def animal_epidemic(w, ctx, S, day):
    c, r = S["c"], w.r
    vet = H.name(ctx, w, c)
    nr = "经审查，%s%s场所符合动物防疫条件，准予核发动物防疫条件合格证。驻场兽医%s；饲养规模：%d头（只）。" % (
        H.who(ctx, S), r.choice(["生猪养殖", "肉牛养殖", "肉羊养殖", "蛋鸡养殖"]), vet, r.randint(200, 20000))
    if S["cat"] == I:
        nr += "经营者%s，身份证号%s。" % (H.head(ctx, S), ctx.s("id_number", S["pid"]))
    return dict(XKWS="动物防疫条件合格证核发决定", XKLB="核准", XKZS="动物防疫条件合格证",
                XKBH=ctx.p("（%s）动防合字第%06d号" % (c["area"], r.randint(1, 999999))), NR=nr), 0


def hr_service(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s从事职业中介活动。专职工作人员%s、%s持有人力资源服务从业资格；机构负责人%s。" % (
        H.who(ctx, S), H.name(ctx, w, c), H.name(ctx, w, c), H.head(ctx, S))
    return dict(XKWS="人力资源服务许可决定书", XKLB="普通", XKZS="人力资源服务许可证",
                XKBH=ctx.p("%s人社%d%04d" % (c["area"], day.year, r.randint(1, 9999))), NR=nr), 5


def vet_clinic(w, ctx, S, day):
    c, r = S["c"], w.r
    v1, v2 = H.name(ctx, w, c), H.name(ctx, w, c)
    nr = "%s申请动物诊疗许可，诊疗活动范围：%s。执业兽医师%s、%s（电子邮箱%s）已在本机关备案。" % (
        H.who(ctx, S), r.choice(["动物颅腔、胸腔和腹腔手术以外的诊疗", "动物疫病诊断与治疗"]), v1, v2, ctx.s("email", w.email()))
    return dict(XKWS="动物诊疗许可决定书", XKLB="普通", XKZS="动物诊疗许可证",
                XKBH=ctx.p("%s动诊字第%s%03d号" % (c["ab"], day.strftime("%Y"), r.randint(1, 999))), NR=nr), 0


def boarding(w, ctx, S, day):
    c, r = S["c"], w.r
    nr = "准予%s开办%s，床位%d张。特种行业许可事项由%s（住%s）具体负责，其联系电话%s。" % (
        H.who(ctx, S), r.choice(["民宿", "家庭旅馆"]), r.randint(4, 20), H.head(ctx, S) if S["cat"] == I else H.who(ctx, S),
        ctx.s("address", S["home"]) if S["cat"] == N else H.home(ctx, w, c, ""), H.mob(ctx, w))
    return dict(XKWS="旅馆业特种行业许可决定书", XKLB="普通", XKZS="特种行业许可证",
                XKBH=ctx.p("%s特旅字%04d号" % (c["ab"], r.randint(1, 9999))), NR=nr), 0


LICENSES = [
    ("transport", driver_cert, (N,)), ("transport", taxi_driver, (N,)), ("market", special_equipment_op, (N,)),
    ("health", physician, (N,)), ("health", nurse, (N,)), ("market", food_business, (I, L)),
    ("health", hygiene, (I, L)), ("construction", building_permit, (L,)), ("forestry", logging_permit, (N, L)),
    ("water", water_permit, (L,)), ("ecology", discharge, (L,)), ("market", pharmacy, (L,)),
    ("commerce", tobacco, (I,)), ("agriculture", pesticide, (I, L)), ("culture", travel_license, (L,)),
    ("construction", gas, (L,)), ("safety", chemicals, (L,)), ("agriculture", fishing, (N,)),
    ("resources", rural_house, (N,)), ("culture", guide, (N,)), ("agriculture", animal_epidemic, (I, L)),
    ("labour", hr_service, (L,)), ("agriculture", vet_clinic, (I, L)), ("culture", boarding, (N, I)),
]
