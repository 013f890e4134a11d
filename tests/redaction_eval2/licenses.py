"""行政许可决定 records of the second evaluation set: construction permits,
road transport licences, public-place hygiene licences, physicians'
registrations, drug retail licences and tree-felling permits.

A scenario returns a Licence: the certificate's name and number, the
content text (NR), the validity and the deciding department.
"""

import kit
import parties as Q
import people as H
import penalties
import vocab as V

PROVINCE_ABBR = {"37": "鲁", "51": "川", "41": "豫", "43": "湘", "36": "赣", "33": "浙", "44": "粤", "53": "滇",
                 "15": "蒙", "45": "桂", "32": "苏", "34": "皖"}


class Licence:
    def __init__(self, dept, abbr, xkws, xkzs, xkbh, nr, years):
        self.dept = dept
        self.abbr = abbr
        self.xkws = xkws
        self.xkzs = xkzs
        self.xkbh = xkbh
        self.nr = nr              # list of parts
        self.years = years        # validity in years; None = long-term
        self.xklb = "普通"
        self.bz = []


def agent_clause(c, cty):
    """申请人委托X办理 and its variants (a third party)."""
    n = Q.name(c)
    t = c.pick(["申请人委托{n}{x}办理。", "委托代理人：{n}{x}", "受托人{n}{x}代为申请。", "由{n}{x}代为领取证件。",
                "经办人：{n}{x}"])
    return c.f(t, n=n, x=Q.details(c, cty, ("id", "phone", "home")))


def contact_clause(c, cty):
    n = Q.name(c)
    if c.chance(0.3):
        return c.f("联系人：{n}，{p}", n=n, p=Q.landline_note(c, cty))
    return c.f("联系人：{n}，{p}", n=n, p=Q.phone_note(c))


def construction(c, s, cty, day):
    no = "%s%s%02d%02d" % (cty[2], day.strftime("%Y%m%d"), c.n(1, 99), c.n(1, 99))
    xkbh = c.P(no)
    area = c.n(800, 90000)
    price = c.n(200, 50000)
    site = H.county_name(cty) + H.business_address(c, cty)
    proj = c.pick(["综合楼", "1#、2#住宅楼", "标准化厂房", "教学楼", "农贸市场改造", "仓储物流中心", "卫生院业务楼"])
    nr = [c.f("工程名称：{p}", p=(s.name if s.cat != "natural" else H.county_name(cty)) + proj + "工程"),
          c.f("建设地址：{a}", a=c.P(site)),
          c.f("建设规模：{m}平方米", m=area),
          c.f("合同价格：{p}万元", p=c.P("%d" % price) if c.chance(0.3) else price),
          c.f("施工单位：{f}", f=c.P(c.pick([H.county_name(cty), H.city_name(cty)]) + c.pick(V.TRADE_NAMES) +
                                   c.pick(["建筑工程有限公司", "建设集团有限公司", "建筑安装工程有限公司"]))),
          c.f("监理单位：{f}", f=c.P(H.city_name(H.county(c)) + c.pick(V.TRADE_NAMES) +
                                   c.pick(["工程监理有限公司", "建设项目管理有限公司", "工程咨询有限公司"])))]
    if c.chance(0.7):
        nr.append(c.f("施工单位项目负责人：{n}", n=Q.cn_name(c)))
    if c.chance(0.6):
        nr.append(c.f("总监理工程师：{n}", n=Q.cn_name(c)))
    if c.chance(0.3):
        nr.append(c.f("建设单位项目负责人：{n}，{p}", n=Q.name(c), p=Q.phone_note(c)))
    nr.append(c.f("合同工期：{d}天", d=c.n(90, 900)))
    lic = Licence("housing" if c.chance(0.6) else "approval", "建施许", "建筑工程施工许可决定书",
                  "建筑工程施工许可证", xkbh, nr, None)
    return lic


def road_transport(c, s, cty, day):
    xkbh = c.P("%s交运管许可%s字%s%06d号" % (PROVINCE_ABBR[cty[2][:2]], H.city_name(cty)[0], cty[2],
                                          c.n(1, 999999)))
    scope = c.pick(["道路普通货物运输", "道路普通货物运输、货物专用运输（集装箱）", "道路旅客运输（县内班车客运）",
                    "道路危险货物运输（第3类）", "机动车维修经营（二类）"])
    nr = [c.f("经营范围：{x}", x=scope)]
    if s.cat == "legal":
        nr.append(c.f("经营场所：{a}", a=c.P(H.business_address(c, cty))))
    else:
        nr.append(c.f("经营者：{o}", o=s.person))
    if c.chance(0.5):
        nr.append(c.f("车辆{n}辆", n=c.n(1, 60)))
    if c.chance(0.6):
        nr.append(agent_clause(c, cty))
    return Licence("transport", "交运许", "道路运输经营许可决定书", "道路运输经营许可证", xkbh, nr, 4)


def driver_qualification(c, s, cty, day):
    """A driver's qualification certificate: its number is the holder's ID number."""
    xkbh = s.fields["XDR_ZJHM"]
    cls = c.pick(["经营性道路货物运输驾驶员", "经营性道路旅客运输驾驶员", "道路危险货物运输驾驶员",
                  "出租汽车驾驶员"])
    nr = [c.f("从业资格类别：{x}", x=cls), c.f("准驾车型：{v}", v=c.pick(["A1", "A2", "B2", "C1", "A2D"]))]
    if c.chance(0.5):
        nr.append(c.f("持证人{n}，证号{i}", n=s.name, i=xkbh))
    if c.chance(0.4):
        nr.append(c.f("申请人{n}{x}", n=s.name, x=c.f("（{h}）", h=s.home) if s.home and c.chance(0.5) else ""))
    return Licence("transport", "交运许", "道路运输从业人员从业资格许可决定书",
                   "中华人民共和国道路运输从业人员从业资格证", xkbh, nr, 6)


def hygiene(c, s, cty, day):
    xkbh = c.P(c.pick(["（%s）卫公证字〔%d〕第%s%06d号" % (cty[1][0], day.year, cty[2], c.n(1, 9999)),
                       "%s卫公字[%d]%04d号" % (cty[1], day.year, c.n(1, 9999))]))
    item = c.pick(["住宿", "沐浴", "美容、美发", "游泳场（馆）", "歌舞厅", "理发"])
    nr = [c.f("许可项目：{x}", x=item)]
    if s.cat == "legal":
        nr.append(c.f("地址：{a}", a=c.P(H.business_address(c, cty))))
        nr.append(c.f("法定代表人：{r}", r=s.rep))
    else:
        nr.append(c.f("负责人：{o}", o=s.person))
    nr.append(c.f("卫生负责人：{n}{x}", n=Q.name(c), x=Q.details(c, cty, ("phone", "landline"), 1)))
    if c.chance(0.4):
        nr.append(c.f("从业人员{k}人，均持有健康合格证明", k=c.n(2, 40)))
    if c.chance(0.4):
        nr.append(agent_clause(c, cty))
    return Licence("health" if c.chance(0.5) else "approval", "卫公许", "公共场所卫生许可决定书",
                   "公共场所卫生许可证", xkbh, nr, 4)


def physician(c, s, cty, day):
    kind = c.pick(["10", "20", "30"])
    code = c.P("1%s%s%06d" % (kind, cty[2], c.n(0, 999999)))
    hosp = H.county_name(cty) + c.pick(["人民医院", "中医医院", "妇幼保健院", c.pick(cty[4]) + "卫生院"])
    nr = [c.f("执业地点：{h}", h=c.P(hosp)),
          c.f("执业类别：{k}", k={"10": "临床", "20": "中医", "30": "口腔"}[kind]),
          c.f("执业范围：{x}", x=c.pick(["内科专业", "外科专业", "全科医学专业", "中医专业", "口腔专业", "妇产科专业"]))]
    if c.chance(0.5) and s.fields["XDR_ZJLX"] == "身份证":
        # The physician qualification number embeds the holder's ID number.
        nr.append(c.f("医师资格证书编码：{y}{k}1{i}", y=day.year - c.n(3, 20), k=kind[0] + "1", i=s.fields["XDR_ZJHM"]))
    if c.chance(0.5):
        nr.append(c.f("申请人{n}{x}", n=s.name, x=c.f("，{p}", p=s.id_text) if s.id_text else ""))
    if c.chance(0.3):
        nr.append(c.f("{n}，电子邮箱：{e}", n=s.name, e=c.S("email", H.email(c))))
    lic = Licence("health", "卫医许", "医师执业注册决定书", "医师执业证书", code, nr, None)
    lic.xklb = c.pick(["普通", "认可", "登记"])
    return lic


def drug_retail(c, s, cty, day):
    prov = PROVINCE_ABBR[cty[2][:2]]
    xkbh = c.P("%s%s%s%s%06d" % (prov, c.pick("ABCD"), c.pick("ABC"), cty[2][4:6], c.n(1, 999999)))
    nr = [c.f("经营方式：{x}", x=c.pick(["零售", "零售（连锁）"])),
          c.f("经营范围：{x}", x=c.pick(["中药饮片、中成药、化学药制剂、抗生素制剂、生化药品、生物制品（除疫苗）",
                                       "中成药、化学药制剂、抗生素制剂", "处方药、非处方药（甲类、乙类）"]))]
    if s.cat == "legal":
        nr.append(c.f("注册地址：{a}", a=c.P(H.business_address(c, cty))))
        nr.append(c.f("法定代表人：{r}", r=s.rep))
        nr.append(c.f("企业负责人：{n}", n=Q.cn_name(c)))
    else:
        nr.append(c.f("企业负责人：{o}", o=s.person))
    qn = Q.cn_name(c)
    nr.append(c.f("质量负责人：{n}（执业药师）", n=qn))
    if c.chance(0.4):
        nr.append(contact_clause(c, cty))
    return Licence("market" if c.chance(0.5) else "approval", "药经许", "药品经营许可决定书", "药品经营许可证",
                   xkbh, nr, 5)


def tree_felling(c, s, cty, day):
    xkbh = c.P("%s%d%06d" % (cty[2], day.year, c.n(1, 999999)))
    town = c.pick([t for t in cty[4] if not t.endswith("街道")] or cty[4])
    village = H.half_pick(c, cty[5])
    spot = c.pick(["后岭", "南山坡", "大沟", "西洼", "河滩地", "老林子", "松树坡"])
    place = town + village + spot
    nr = [c.f("采伐地点：{p}（林班号{a}，小班号{b}）", p=c.P(place), a="%02d" % c.n(1, 40), b=c.n(1, 60))]
    if c.chance(0.6):
        nr.append(c.f("四至：东至{e}承包地，西至{w}林地，南至生产路，北至{n}", e=Q.cn_name(c), w=Q.cn_name(c),
                      n=c.pick(["河沟", "村道", "山脊"])))
    nr += [c.f("采伐树种：{x}", x=c.pick(["杨树", "刺槐", "马尾松", "杉木", "桉树", "柏树"])),
           c.f("采伐方式：{x}", x=c.pick(["皆伐", "择伐", "更新采伐", "抚育采伐"])),
           c.f("采伐面积：{x}公顷", x=c.pick(["0.35", "0.8", "1.2", "2.06", "0.53"])),
           c.f("采伐蓄积：{x}立方米", x=c.n(8, 260)),
           c.f("更新期限：{y}年{m}月前", y=day.year + 1, m=c.n(3, 12))]
    if s.cat == "natural" and c.chance(0.5):
        nr.append(c.f("林权权利人：{n}", n=s.name))
    if c.chance(0.4):
        nr.append(agent_clause(c, cty))
    return Licence("forestry", "林采许", "林木采伐许可决定书", "林木采伐许可证", xkbh, nr, 1)


SCENARIOS = [
    (construction, "construction", ("legal",)),
    (road_transport, "transport", ("legal", "individual")),
    (driver_qualification, "transport", ("natural",)),
    (hygiene, "health", ("legal", "individual")),
    (physician, "health", ("natural",)),
    (drug_retail, "pharmacy", ("legal", "individual")),
    (tree_felling, "forestry", ("natural", "legal")),
]


def licence_record(c, cat, scen, trade):
    cty = H.county(c)
    s = Q.subject(c, cat, cty, trade, c.chance(0.35), "id" if scen is driver_qualification else None)
    day = kit.add_days(kit.FIRST_DATE, c.n(0, (kit.LAST_DATE - kit.FIRST_DATE).days))
    lic = scen(c, s, cty, day)
    ag = Q.agency(cty, lic.dept)
    if scen is construction and c.chance(0.3):
        wsh = lic.xkbh
    else:
        wsh = c.P(Q.docno(c, cty[1][0] + lic.abbr, day.year, c.n(1, 3000)))
    parts = list(lic.nr)
    if s.intro:
        parts.insert(0, s.intro.replace("当事人", "申请人", 1).rstrip("。."))
    if c.chance(0.3):
        parts.append(Q.lookalike(c, cty, day))
    sep = c.pick(["；", "；", "\n", "，", "。"])
    nr = c.punct(sep).join(parts) if sep != "\n" else "\n".join(parts)

    rec = {"XDR_MC": s.fields["XDR_MC"], "XDR_LB": s.fields["XDR_LB"]}
    for f in ("XDR_SHXYM", "XDR_GSZC", "FRDB", "FR_ZJLX", "FR_ZJHM", "XDR_ZJLX", "XDR_ZJHM"):
        if f in s.fields:
            rec[f] = s.fields[f]
    rec.update({"XKWS": lic.xkws, "WSH": wsh, "XKLB": lic.xklb, "XKZS": lic.xkzs, "XKBH": lic.xkbh,
                "NR": nr, "JDRQ": kit.iso(day), "YXQZ": kit.iso(day)})
    rec["YXQZI"] = "2099-12-31" if lic.years is None else kit.iso(kit.add_days(kit.add_years(day, lic.years), -1))
    rec.update({"XKJG": ag["name"], "XKJGDM": ag["code"], "ZT": "1", "LYDW": ag["name"], "LYDWDM": ag["code"]})
    bz = []
    if c.chance(0.3):
        bz.append(c.f("咨询电话：{p}", p=c.P(ag["phone"])))
    if c.chance(0.25):
        bz.append(c.f(c.pick(["证件由{n}本人领取。", "{n}到场领证", "领证人：{n}"]),
                      n=s.name if s.cat == "natural" and c.chance(0.5) else Q.name(c)))
    if c.chance(0.15):
        bz.append(contact_clause(c, cty))
    if s.cat == "natural" and not s.intro and c.chance(0.4):
        bz.append(c.f(c.pick(["申请人住址：{h}", "证件邮寄地址：{h}（申请人住所）", "申请人户籍地：{h}"]),
                      h=H.home_address(c, cty if c.chance(0.7) else H.county(c))))
    if c.chance(0.1):
        bz.append(c.f("申请人联系邮箱：{e}", e=c.S("email", H.email(c))))
    if bz:
        rec[penalties.REMARK] = c.join(bz, 0.4)
    return "license", rec
