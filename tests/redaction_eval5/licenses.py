"""License decisions (行政许可决定书) of nine matters. Each scenario fills
XKWS, XKLB, XKZS, XKBH, NR, validity and BZ; staff, agents, neighbours and
contacts appear in NR and BZ."""
import ids
import subjects


def agent_note(rec, subj):
    rng = rec.rng
    v = rng.random()
    if v < 0.3:
        return rec.t("申请人委托{a}（公民身份号码：{i}）办理，许可证由{a}代为领取。", a=rec.person(False), i=rec.id_text())
    if v < 0.5:
        return rec.t("经办人：{a}，联系电话：{m}。", a=rec.person(), m=rec.mobile_text())
    if v < 0.65:
        return rec.t("许可决定书已通过邮寄送达，收件人{a}，{h}。", a=rec.person(), h=rec.home(cue="送达地址："))
    if v < 0.72:
        return rec.t("本机关咨询电话：{t}。", t=rec.landline_text(secret=False))
    if v < 0.8:
        if rng.random() < 0.5:
            return rec.t("由{a}（往来港澳通行证{p}）代为提交申请材料。", a=rec.person(), p=rec.permit_text("to_hk"))
        return rec.t("由{a}（护照号{p}）代为提交申请材料。", a=rec.person(), p=rec.passport_text())
    return rec.t("{trap}。", trap=rec.trap_number())


def qualification(rec, subj):
    """Driver / ride-hailing driver qualification: the certificate number is
    the holder's document number."""
    rng = rec.rng
    name, cls = rng.choice([("道路运输从业资格证", "经营性道路旅客运输驾驶员"), ("道路运输从业资格证", "经营性道路货物运输驾驶员"),
                            ("道路运输从业资格证", "危险货物道路运输驾驶员"), ("网络预约出租汽车驾驶员证", "网络预约出租汽车驾驶员"),
                            ("巡游出租汽车驾驶员证", "巡游出租汽车驾驶员")])
    number = subj.fields["XDR_ZJHM"]
    extra = ""
    if rng.random() < 0.5:
        extra = rec.t("申请人{m}；{h}。", m=subjects.contact(rec), h=rec.home())
    nr = rec.t("经审查，{n}符合{c}从业条件，准予取得{z}，从业资格证号{b}，考试成绩合格。{x}",
               n=subj.name, c=cls, z=name, b=number, x=extra)
    return {"XKWS": name + "核发决定书", "XKLB": "认可", "XKZS": name, "XKBH": number, "NR": nr,
            "years": 6, "BZ": agent_note(rec, subj), "dept": "transport"}


def physician(rec, subj):
    rng = rec.rng
    hospital = rec.p(rec.jur["agency"] + rng.choice(["人民医院", "中医医院", "妇幼保健院", "第二人民医院"]))
    number = rec.p("1" + "%02d" % rng.randint(10, 65) + rec.jur["code"][:4] + "".join(str(rng.randint(0, 9)) for _ in range(8)))
    contact = rec.t("联系邮箱：{e}", e=rec.email_text()) if rng.random() < 0.5 else rec.t("手机：{m}", m=rec.mobile_text())
    nr = rec.t("准予{n}医师执业注册。执业地点：{h}；执业类别：{c}；执业范围：{r}。{ct}", n=subj.name, h=hospital,
               c=rng.choice(["临床", "中医", "口腔"]), r=rng.choice(["内科专业", "外科专业", "全科医学专业", "中医专业"]), ct=contact)
    bz = agent_note(rec, subj)
    return {"XKWS": "医师执业注册准予许可决定书", "XKLB": "普通", "XKZS": "医师执业证书", "XKBH": number, "NR": nr,
            "years": 0, "BZ": bz, "dept": "health"}


def felling(rec, subj):
    rng = rec.rng
    town, villages = rng.choice(rec.jur["towns"])
    site = rec.p(town + rng.choice(villages) + "%s林班%d小班" % (rng.choice(["一", "二", "三", "五"]), rng.randint(1, 30)))
    n1, n2 = rec.person(), rec.person()
    number = rec.p(rec.jur["code"] + "2025" + "%06d" % rng.randint(1, 99999))
    holder = subj.ref
    nr = rec.t("林权权利人：{o}。采伐地点：{s}；四至：东至{a}承包地，西至山脊，南至{b}自留山，北至林区道路。"
               "采伐树种：{tr}；采伐方式：{m}；采伐蓄积{v}立方米，出材量{w}立方米。",
               o=holder, s=site, a=n1, b=n2, tr=rng.choice(["杉木", "马尾松", "杨树", "桉树"]),
               m=rng.choice(["皆伐", "择伐", "抚育间伐"]), v=rng.randint(10, 120), w=rng.randint(5, 80))
    bz = rec.t("相邻权利人{a}已签字确认界址。", a=n1) if rng.random() < 0.5 else agent_note(rec, subj)
    return {"XKWS": "林木采伐许可证核发决定", "XKLB": "普通", "XKZS": "林木采伐许可证", "XKBH": number, "NR": nr,
            "years": 1, "BZ": bz, "dept": "forest"}


def construction(rec, subj):
    rng = rec.rng
    d = rec.jdrq
    number = rec.p(rec.jur["code"] + d.strftime("%Y%m%d") + "%02d01" % rng.randint(1, 99))
    contractor = rec.p(rec.jur["agency"] + rng.choice(["建工集团有限公司", "第三建筑工程有限公司", "城建开发有限公司"]))
    addr = rec.business_address()
    pm, chief = rec.person(False), rec.person()
    pm_id = rec.id_text() if rng.random() < 0.4 else ""
    nr = rec.t("工程名称：{p}；建设地址：{a}；建设单位：{c}；施工单位：{k}；项目经理：{pm}{pid}；总监理工程师：{ch}；"
               "合同价格{v}万元；建设规模{s}平方米。",
               p=rng.choice(["综合楼", "标准化厂房", "安置小区二期", "物流仓储中心"]), a=addr, c=subj.ref, k=contractor, pm=pm,
               pid=("（身份证号" + pm_id + "）") if pm_id else "", ch=chief, v=rng.randint(500, 30000),
               s=rng.randint(2000, 90000))
    return {"XKWS": "建筑工程施工许可决定书", "XKLB": "普通", "XKZS": "建筑工程施工许可证", "XKBH": number, "NR": nr,
            "years": 0, "BZ": agent_note(rec, subj), "dept": "build"}


def food(rec, subj):
    rng = rec.rng
    number = rec.p("JY" + rng.choice("123") + rec.jur["code"] + "%07d" % rng.randint(1, 9999999))
    prem = rec.business_address()
    safety = rec.person()
    who = subj.name if subj.cat != "法人及非法人组织" else subj.fr
    nr = rec.t("经营者名称：{r}；{role}：{w}；经营场所：{p}；主体业态：{b}；经营项目：{i}。食品安全管理员：{s}（{m}）。",
               r=subj.ref, role="经营者" if subj.cat != "法人及非法人组织" else "法定代表人（负责人）", w=who, p=prem,
               b=rng.choice(["小餐饮", "食品销售经营者（便利店）", "餐饮服务经营者（中型餐馆）"]),
               i=rng.choice(["预包装食品（含冷藏冷冻食品）销售", "热食类食品制售", "散装食品销售"]), s=safety, m=rec.mobile_text())
    return {"XKWS": "食品经营许可决定书", "XKLB": "普通", "XKZS": "食品经营许可证", "XKBH": number, "NR": nr,
            "years": 5, "BZ": agent_note(rec, subj), "dept": "market"}


def hygiene_item(subj):
    ref = getattr(subj, "company", "") or ""
    for word, item in (("理发", "理发店"), ("美容", "美容店"), ("洗浴", "沐浴场所"), ("酒店", "宾馆")):
        if word in ref or word in subj.fields.get("XDR_MC", ""):
            return item
    return "公共场所（美容美发）"


def hygiene(rec, subj):
    rng = rec.rng
    number = rec.p("%s卫公证字〔%d〕第%s-%06d号" % (rec.jur["short"], rec.jdrq.year, rec.jur["code"], rng.randint(1, 3000)))
    head = rec.person()
    nr = rec.t("单位名称：{r}；经营地址：{a}；许可项目：{p}；卫生负责人：{h}，联系电话{t}。",
               r=subj.ref, a=rec.business_address(), p=hygiene_item(subj), h=head,
               t=rec.landline_text() if rng.random() < 0.4 else rec.mobile_text())
    return {"XKWS": "公共场所卫生许可决定书", "XKLB": "普通", "XKZS": "公共场所卫生许可证", "XKBH": number, "NR": nr,
            "years": 4, "BZ": agent_note(rec, subj), "dept": "health"}


def drugs(rec, subj):
    rng = rec.rng
    number = rec.p(rec.jur["short"] + "DA" + rec.jur["code"][:3] + "%04d" % rng.randint(1, 9999))
    quality = rec.person()
    nr = rec.t("企业名称：{r}；法定代表人：{f}；质量负责人：{q}（执业药师）；经营方式：药品零售；注册地址：{a}；"
               "经营范围：中药饮片、中成药、化学药制剂、生物制品（除疫苗）。质量负责人电子邮箱{e}。",
               r=subj.ref, f=subj.fr, q=quality, a=subj.address, e=rec.email_text())
    return {"XKWS": "药品经营许可证核发决定书", "XKLB": "普通", "XKZS": "药品经营许可证", "XKBH": number, "NR": nr,
            "years": 5, "BZ": agent_note(rec, subj), "dept": "approval"}


def invoice(rec, subj):
    rng = rec.rng
    clerk = rec.person(False)
    nr = rec.t("准予{r}增值税专用发票（增值税税控系统）最高开票限额{l}。办税人员：{c}，证件号码{i}，手机{m}。",
               r=subj.ref, l=rng.choice(["十万元", "一百万元", "一万元"]), c=clerk, i=rec.id_text(), m=rec.mobile_text())
    return {"XKWS": "准予税务行政许可决定书", "XKLB": "其他", "XKZS": "", "XKBH": "", "NR": nr, "years": 0,
            "BZ": rec.trap_number(), "dept": "tax"}


def road_business(rec, subj):
    rng = rec.rng
    number = rec.p("%s交运管许可字%s%06d号" % (rec.jur["short"], rec.jur["code"], rng.randint(1, 999999)))
    contact = rec.person()
    nr = rec.t("准予{r}从事{s}。经营地址：{a}。企业联系人：{c}，联系电话{m}，{x}。",
               r=subj.ref, s=rng.choice(["道路普通货物运输", "道路货物专用运输（集装箱）"] +
                                        (["县内班车客运"] if subj.cat == "法人及非法人组织" else [])),
               a=rec.business_address(), c=contact, m=rec.mobile_text(),
               x=rec.t("电子邮箱{e}", e=rec.email_text()) if rng.random() < 0.5 else rec.t("固定电话{t}", t=rec.landline_text()))
    return {"XKWS": "道路运输经营许可决定书", "XKLB": "普通", "XKZS": "道路运输经营许可证", "XKBH": number, "NR": nr,
            "years": 4, "BZ": agent_note(rec, subj), "dept": "transport"}


def performance(rec, subj):
    rng = rec.rng
    number = rec.p(rec.jur["code"] + "12" + "%04d" % rng.randint(1, 9999))
    manager = rec.person()
    foreign = rec.person()
    nr = rec.t("准予{r}设立演出经纪机构。演出经纪人员：{m}；外籍顾问{f}（护照号码{p}）。",
               r=subj.ref, m=manager, f=foreign, p=rec.passport_text(foreign=True))
    return {"XKWS": "营业性演出许可决定书", "XKLB": "普通", "XKZS": "营业性演出许可证", "XKBH": number, "NR": nr,
            "years": 2, "BZ": agent_note(rec, subj), "dept": "culture"}


def water(rec, subj):
    rng = rec.rng
    number = rec.p("取水（%s）字〔%d〕第%04d号" % (rec.jur["short"], rec.jdrq.year, rng.randint(1, 999)))
    nr = rec.t("取水地点：{a}；取水方式：{w}；年取水量{q}万立方米；用途：{u}。取水单位联系人{c}，{t}。",
               a=rec.business_address(), w=rng.choice(["地下水（机井）", "河道提水"]), q=rng.randint(1, 80),
               u=rng.choice(["工业生产", "农田灌溉"]), c=rec.person(), t=rec.mobile_text())
    return {"XKWS": "取水许可决定书", "XKLB": "普通", "XKZS": "取水许可证", "XKBH": number, "NR": nr,
            "years": 5, "BZ": agent_note(rec, subj), "dept": "water"}


SCENARIOS = [
    (qualification, ("自然人",)),
    (physician, ("自然人",)),
    (felling, ("自然人", "法人及非法人组织")),
    (construction, ("法人及非法人组织",)),
    (food, ("个体工商户", "法人及非法人组织")),
    (hygiene, ("个体工商户", "法人及非法人组织")),
    (drugs, ("法人及非法人组织",)),
    (invoice, ("个体工商户", "法人及非法人组织")),
    (road_business, ("个体工商户", "法人及非法人组织")),
    (performance, ("法人及非法人组织",)),
    (water, ("法人及非法人组织",)),
]
