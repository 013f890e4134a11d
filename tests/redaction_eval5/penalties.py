"""Penalty decisions (行政处罚决定书) of eight sectors, written in several
clerks' styles. Each scenario fills WFXW, SY, YJ, CFLB, NR and the amount
fields; third parties appear as cue-less subjects and objects of verbs, in
apposition, in flattened tables and in the service/hearing paragraphs."""
from builder import wan, yuan_capital
import subjects


def fine_text(rec, yuan):
    rng = rec.rng
    v = rng.random()
    if v < 0.4:
        return rec.t("罚款人民币{a}", a=rec.p("%d元" % yuan))
    if v < 0.6:
        return rec.t("罚款{a}", a=rec.p("{:,}元".format(yuan)) if yuan >= 1000 else rec.p("%d元" % yuan))
    if v < 0.8:
        return rec.t("罚款人民币{c}（￥{a}）", c=rec.p(yuan_capital(yuan)), a="%d.00" % yuan)
    return rec.t("处以{a}罚款", a=rec.p("%d元" % yuan))


def established(rec):
    return rec.rng.choice(["经查明", "现查明", "经查", "本机关认定", "经调查核实", "本机关经调查认定"])


def evidence(rec, people):
    """上述事实有…等证据证实 with witnesses or the record of questioning."""
    rng = rec.rng
    if rng.random() < 0.5 and people:
        return rec.t("上述事实有现场检查笔录、{p}的询问笔录、照片、视听资料等证据证实。", p="、".join(people))
    if rng.random() < 0.2:
        return rec.t("上述事实有证人{w}的证言、现场照片等证据证实。", w=rng.choice("王李张刘陈杨黄赵吴周") + rng.choice(["某", "某某"]))
    if rng.random() < 0.3:
        rows = "".join(rec.t("{i} | {n} | {r} | {m}\n", i=i + 1, n=rec.person(), r=rng.choice(["邻居", "顾客", "同事", "村民"]),
                             m=rec.mobile_text()) for i in range(rng.randint(1, 3)))
        return rec.t("\n证人情况：\n序号 | 姓名 | 与当事人关系 | 联系电话\n{rows}上述证人证言与现场检查笔录相互印证。", rows=rows)
    return rec.t("上述事实有{e}等证据为证，事实清楚，证据确凿。",
                 e=rng.choice(["现场检查笔录、询问笔录、抽样检验报告", "调查询问笔录、现场照片、票据复印件",
                               "勘验笔录、检测报告、证人证言"]))


def hearing(rec, subj):
    """听证告知 / 陈述申辩 / 送达回证 paragraph with an agent or a recipient."""
    rng = rec.rng
    v = rng.random()
    if v < 0.25:
        a = rec.person(foreign_ok=False)
        return rec.t("本机关于{d}向当事人送达了《行政处罚听证告知书》，当事人委托{a}（身份证号{i}）到场陈述申辩，"
                     "本机关对其陈述申辩意见进行了复核，不予采纳。", d=rec.date_text(rec.before(rec.jdrq, 8, 20)),
                     a=a, i=rec.id_text())
    if v < 0.45:
        a = rec.person()
        return rec.t("当事人在法定期限内未提出陈述申辩，亦未要求听证。《行政处罚告知书》送达回证由{a}签收，联系电话{m}。",
                     a=a, m=rec.mobile_text())
    if v < 0.6:
        rel = rng.choice(["妻子", "丈夫", "儿子", "女儿", "哥哥", "同事", "朋友"])
        a = rec.person(foreign_ok=False)
        if subj.cat == "法人及非法人组织":
            return rec.t("当事人的委托代理人{a}于{d}到本机关陈述申辩，称已认识到违法行为并积极整改。",
                         a=a, d=rec.date_text(rec.before(rec.jdrq, 3, 15)))
        return rec.t("当事人的{r}、委托代理人{a}（{h}）提交了书面陈述申辩材料。", r=rel, a=a, h=rec.home())
    if v < 0.75:
        if subj.cat == "法人及非法人组织" and rng.random() < 0.6:
            return rec.t("当事人放弃陈述申辩和听证的权利，本决定书由法定代表人{f}本人签收。", f=subj.fr)
        return rec.t("当事人当场表示放弃陈述申辩和听证的权利。本决定书于{d}直接送达。",
                     d=rec.date_text(rec.jdrq))
    return ""


def payment(rec):
    rng = rec.rng
    bank = rng.choice(["中国农业银行", "中国工商银行", "中国建设银行", "当地农村商业银行"])
    v = rng.random()
    if v < 0.4:
        return rec.t("当事人应自收到本决定书之日起十五日内，持{trap}到{b}任一网点缴纳罚没款。",
                     trap=rec.trap_number(), b=bank)
    if v < 0.7:
        return rec.t("罚款缴至{b}指定账户，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。{trap}。",
                     b=bank, trap=rec.trap_number())
    return rec.t("如不服本处罚决定，可在收到本决定书之日起六十日内向{g}人民政府申请行政复议，"
                 "或者六个月内向人民法院提起行政诉讼。", g=rec.jur["agency"])


def office_phone(rec, agency):
    return rec.t("{a}联系电话：{n}", a=agency, n=rec.landline_text(secret=False))


# --- scenarios: each returns (fields, fine yuan) ------------------------------

def market_food(rec, subj):
    rng = rec.rng
    consumer = rec.person()
    food = rng.choice(["过期酸奶", "超过保质期的火腿肠", "过期面包", "超过保质期的饮料", "过期速冻水饺"])
    n = rng.randint(3, 40)
    fine = rng.choice([2000, 3000, 5000, 8000, 10000, 20000, 50000])
    illegal = rng.randint(20, 600)
    home = rec.home()
    v = rng.random()
    if v < 0.5:
        story = rec.t("{d}，消费者{c}（{h}，联系电话{m}）向本机关投诉，称其在当事人处购买的{f}已超过保质期。",
                      d=rec.date_text(rec.before(rec.jdrq, 30, 90)), c=consumer, h=home, m=rec.mobile_text(), f=food)
    else:
        story = rec.t("{c}于{d}向本机关举报，{h}，反映当事人经营场所内销售{f}。",
                      c=consumer, d=rec.date_text(rec.before(rec.jdrq, 30, 90)), h=home, f=food)
    facts = rec.t("{e}，当事人在其经营场所销售{f}共计{n}件，货值金额{g}元，违法所得{i}元。", e=established(rec),
                  f=food, n=n, g=illegal + rng.randint(10, 200), i=illegal)
    refund = ""
    if rng.random() < 0.45:
        refund = rec.t("当事人已向消费者{c}退还货款并赔偿，款项转入其银行卡（卡号{k}）。", c=consumer, k=rec.card_text())
    staff = rec.person()
    st = rec.t("经与当事人店员{s}核实，上述{f}系{d}进货。", s=staff, f=food, d=rec.date_text(rec.before(rec.jdrq, 90, 200)))
    sy = "".join([subjects.party_block(rec, subj), story, facts, st, refund, evidence(rec, [staff]), hearing(rec, subj)])
    law = rec.p("《中华人民共和国食品安全法》第一百二十四条第一款第（三）项")
    nr = rec.t("依据{l}，决定：1.没收违法所得{i}元；2.{f}。{pay}\n{o}", l=law, i=illegal, f=fine_text(rec, fine),
               pay=payment(rec), o=office_phone(rec, rec.agency))
    return {"WFXW": "经营超过保质期的食品", "SY": sy, "YJ": law, "CFLB": "没收违法所得;罚款", "NR": nr,
            "NR_FK": wan(fine), "NR_WFFF": wan(illegal)}


def labor_overtime(rec, subj):
    rng = rec.rng
    k = rng.randint(2, 5)
    workers = []
    names = []
    for _ in range(k):
        w = rec.person()
        if not names and rng.random() < 0.5:
            workers.append(rec.t("{w}（工资卡号{k}）", w=w, k=rec.card_text()))
            names.append(w)
            continue
        names.append(w)
        workers.append(rec.t("{w}（{what}）", w=w, what=rng.choice(
            ["工资%d元" % rng.randint(2600, 7800), "延时工作%d小时" % rng.randint(40, 96)])))
    per = rng.choice([100, 200, 300, 500])
    fine = per * k
    complainant = rec.person()
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{c}于{d}向本局劳动保障监察机构投诉。", c=complainant, d=rec.date_text(rec.before(rec.jdrq, 40, 80))),
        rec.t("{e}，当事人在{m}期间安排劳动者延长工作时间超过法定标准，且未足额支付加班工资，涉及劳动者{k}人：{w}。",
              e=established(rec), m=rec.date_text(rec.before(rec.jdrq, 100, 200)) + "至" + rec.date_text(rec.before(rec.jdrq, 60, 90)),
              k=k, w="、".join(workers)),
        rec.t("询问笔录记载：{w}称每日工作十二小时。", w=names[0]),
        evidence(rec, []), hearing(rec, subj)])
    law = rec.p("《劳动保障监察条例》第二十五条")
    nr = rec.t("依据{l}，按照受侵害劳动者每人{per}元的标准，{f}。同时责令当事人支付拖欠的加班工资。{pay}",
               l=law, per=per, f=fine_text(rec, fine), pay=payment(rec))
    return {"WFXW": "用人单位安排劳动者延长工作时间超过法定标准", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr,
            "NR_FK": wan(fine)}


def transport_unlicensed(rec, subj):
    rng = rec.rng
    plate = rng.choice(["冀A", "晋A", "吉H", "闽C", "鄂E", "贵C", "甘E", "新A", "宁A", "川W", "藏A", "蒙H", "桂L", "琼B"]) + \
        "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    fine = rng.choice([10000, 20000, 30000, 50000])
    passenger = rec.person()
    if subj.cat == "法人及非法人组织":
        drv = rec.person(foreign_ok=False)
        who = rec.t("由其雇佣的{d}（驾驶证号{i}）驾驶", d=drv, i=rec.id_text())
    else:
        who = rec.t("由当事人本人驾驶")
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{d}，执法人员在{pl}检查时发现，当事人车辆{p}{w}，未取得道路运输经营许可，擅自从事道路旅客运输经营，"
              "车上乘客{ps}（手机{m}）证实每人收取车费{x}元。",
              d=rec.date_text(rec.before(rec.jdrq, 20, 60)), pl=rec.p(rng.choice(["G5京昆高速", "S101省道", "客运站出口", "高铁站东广场"])),
              p=plate, w=who, ps=passenger, m=rec.mobile_text(), x=rng.randint(20, 120)),
        rec.t("车主{o}与实际承运人均为当事人本人。", o=subj.name) if subj.cat == "自然人" else "",
        evidence(rec, [passenger]), hearing(rec, subj)])
    law = rec.p("《中华人民共和国道路运输条例》第六十三条")
    nr = rec.t("根据{l}，责令停止经营，{f}。{pay}\n{o}", l=law, f=fine_text(rec, fine), pay=payment(rec),
               o=office_phone(rec, rec.agency))
    return {"WFXW": "未取得道路运输经营许可，擅自从事道路运输经营", "SY": sy, "YJ": law, "CFLB": "罚款",
            "NR": nr, "NR_FK": wan(fine)}


def transport_revoke(rec, subj):
    """Natural person: a driver's qualification revoked; the certificate number is the ID."""
    rng = rec.rng
    cert = subj.fields["XDR_ZJHM"]
    acc = rec.person()
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{e}，当事人持有道路运输从业资格证（证号{c}），{d}驾驶营运客车发生一次死亡{n}人的责任事故，"
              "经交警部门认定负主要责任。遇难者家属{a}于事故后向本机关反映有关情况。",
              e=established(rec), c=cert, d=rec.date_text(rec.before(rec.jdrq, 60, 150)), n=rng.randint(1, 3), a=acc),
        evidence(rec, []), hearing(rec, subj)])
    law = rec.p("《道路运输从业人员管理规定》第四十七条")
    nr = rec.t("根据{l}，决定吊销当事人的道路运输从业资格证。", l=law)
    return {"WFXW": "道路运输从业人员发生重大以上交通责任事故且负主要责任", "SY": sy, "YJ": law,
            "CFLB": "吊销许可证件", "NR": nr, "NR_ZKDX": rec.t("道路运输从业资格证，证号：{c}", c=cert)}


def health_practice(rec, subj):
    rng = rec.rng
    patient = rec.person()
    escort = rec.person()
    fine = rng.choice([30000, 50000, 80000, 100000])
    illegal = rng.randint(200, 3000)
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{d}，就诊人{p}因{s}到当事人处就诊，当事人在未取得《医疗机构执业许可证》的情况下为其{tx}，"
              "收取费用{i}元。陪护人{e}（{h}）对上述事实予以证实。",
              d=rec.date_text(rec.before(rec.jdrq, 30, 120)), p=patient, s=rng.choice(["腰痛", "牙痛", "感冒发热", "膝关节疼痛"]),
              tx=rng.choice(["静脉输液", "针灸", "拔牙", "注射"]), i=illegal, e=escort, h=rec.home()),
        rec.t("诊疗费用由{p}通过银行卡{k}转账支付。", p=patient, k=rec.card_text()) if rng.random() < 0.4 else "",
        rec.t("本机关于{d}依法立案，{trap}。", d=rec.date_text(rec.before(rec.jdrq, 20, 29)), trap=rec.trap_number()),
        evidence(rec, [patient, escort]), hearing(rec, subj)])
    law = rec.p("《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款")
    nr = rec.t("依据{l}，责令停止执业活动，没收违法所得{i}元，{f}。", l=law, i=illegal, f=fine_text(rec, fine))
    return {"WFXW": "未取得医疗机构执业许可证擅自执业", "SY": sy, "YJ": law, "CFLB": "没收违法所得;罚款",
            "NR": nr, "NR_FK": wan(fine), "NR_WFFF": wan(illegal)}


def tax_late(rec, subj):
    rng = rec.rng
    clerk = rec.person()
    cfo = rec.person()
    fine = rng.choice([200, 500, 800, 1000, 1500, 2000])
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{e}，当事人未按照规定期限办理{m}的{tax}纳税申报。经与当事人办税人员{c}（联系电话{p}）核实，"
              "系财务负责人{f}{why}所致。", e=established(rec), m=rng.choice(["2025年第二季度", "2025年8月", "2024年度", "2026年第一季度"]),
              tax=rng.choice(["增值税", "个人所得税（工资薪金所得）", "城市维护建设税", "印花税"]), c=clerk, p=rec.mobile_text(), f=cfo,
              why=rng.choice(["离职交接不清", "疏忽", "外出未及时办理"])),
        rec.t("税务事项通知书电子送达至{em}。", em=rec.email_text()) if rng.random() < 0.5 else "",
        rec.t("{trap}。", trap=rec.trap_number())])
    law = rec.p("《中华人民共和国税收征收管理法》第六十二条")
    nr = rec.t("根据{l}，对当事人{f}。", l=law, f=fine_text(rec, fine))
    return {"WFXW": "未按照规定期限办理纳税申报和报送纳税资料", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr,
            "NR_FK": wan(fine)}


def build_no_permit(rec, subj):
    rng = rec.rng
    actual = rec.person()
    attached = rec.person()
    site = rec.p(rng.choice(rec.jur["biz"]) + "%d号" % rng.randint(1, 500) + rng.choice(["商住楼项目", "厂房项目", "仓储用房项目"]))
    cost = rng.randint(200, 3000) * 10000
    fine = cost * rng.choice([1, 2]) // 100
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{e}，当事人在位于{s}的工程未取得建筑工程施工许可证即擅自开工建设，合同价款{c}元。"
              "该工程实际由{a}借用{k}资质承揽施工，{a}系挂靠人及实际施工人，其合伙人{b}负责现场管理。",
              e=established(rec), s=site, c=cost, a=actual,
              k=rec.p(rec.jur["agency"] + rng.choice(["宏建建筑工程有限公司", "第二建筑安装有限公司", "城乡建设工程有限公司"])),
              b=attached),
        rec.t("现场负责人{w}（手机{m}）在检查笔录上签字确认。", w=rec.person(), m=rec.mobile_text()),
        evidence(rec, []), hearing(rec, subj)])
    law = rec.p("《建筑工程施工许可管理办法》第十二条")
    nr = rec.t("依据{l}及《建设工程质量管理条例》第五十七条，责令停止施工，限期改正，{f}。{pay}",
               l=law, f=fine_text(rec, fine), pay=payment(rec))
    return {"WFXW": "未取得施工许可证擅自施工", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr, "NR_FK": wan(fine)}


def build_wall(rec, subj):
    """Natural person removing a load-bearing wall in his flat: the flat is a home."""
    rng = rec.rng
    fine = rng.choice([50000, 80000, 100000])
    neighbour = rec.person()
    worker = rec.person()
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{n}于{d}向本局举报其楼上住户装修时拆改承重墙。{e}，当事人在装修其{h}房屋过程中，"
              "雇请{w}拆除室内承重墙约{m}平方米。", n=neighbour, d=rec.date_text(rec.before(rec.jdrq, 30, 80)),
              e=established(rec), h=rec.home(cue="位于"), w=worker, m=rng.randint(3, 12)),
        evidence(rec, [neighbour, worker]), hearing(rec, subj)])
    law = rec.p("《住宅室内装饰装修管理办法》第三十八条第（一）项")
    nr = rec.t("依据{l}，责令改正，{f}。", l=law, f=fine_text(rec, fine))
    return {"WFXW": "装修人擅自拆改住宅承重墙", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr, "NR_FK": wan(fine)}


def forest_felling(rec, subj):
    rng = rec.rng
    owner = rec.person()
    neigh = rec.person()
    m3 = rng.randint(3, 30)
    value = m3 * rng.randint(400, 900)
    fine = value * rng.choice([3, 4, 5])
    village = rng.choice(rng.choice(rec.jur["towns"])[1])
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{e}，当事人未申请林木采伐许可证，于{d}在{v}集体林地（林权权利人{o}）内采伐{tr}{k}株，蓄积{m}立方米，"
              "且越界采伐相邻权利人{n}承包山林内林木。", e=established(rec), d=rec.date_text(rec.before(rec.jdrq, 40, 150)),
              v=rec.p(village), o=owner, tr=rng.choice(["马尾松", "杉木", "杨树", "桉树", "云杉"]), k=rng.randint(20, 200),
              m=m3, n=neigh),
        rec.t("经与{o}核实，其未同意当事人采伐。", o=owner),
        evidence(rec, [owner, neigh]), hearing(rec, subj)])
    law = rec.p("《中华人民共和国森林法》第七十六条第二款")
    nr = rec.t("依据{l}，责令当事人在原地补种滥伐株数五倍的树木，并处滥伐林木价值{x}倍的罚款，即{f}。",
               l=law, x=fine // value, f=fine_text(rec, fine))
    return {"WFXW": "滥伐林木", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr, "NR_FK": wan(fine)}


def culture_travel(rec, subj):
    rng = rec.rng
    tourists = [rec.person() for _ in range(rng.randint(1, 3))]
    guide = rec.person()
    fine = rng.choice([10000, 20000, 30000])
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{d}，旅游者{t}向本局投诉。{e}，当事人组织{k}名旅游者赴{dest}旅游，未与旅游者签订书面旅游合同，"
              "并安排未取得导游证的{g}从事导游活动。", d=rec.date_text(rec.before(rec.jdrq, 30, 90)), t="、".join(tourists),
              e=established(rec), k=rng.randint(8, 40), dest=rng.choice(["九寨沟", "纳木错", "喀纳斯", "三亚", "张家界"]), g=guide),
        rec.t("旅游者证件信息：{t}，往来港澳通行证{p}。", t=tourists[0], p=rec.permit_text("to_hk")) if rng.random() < 0.35 else "",
        rec.t("经联系{t}，其护照号码为{p}。", t=tourists[-1], p=rec.passport_text()) if rng.random() < 0.3 else "",
        evidence(rec, tourists[:1]), hearing(rec, subj)])
    law = rec.p("《中华人民共和国旅游法》第九十六条")
    nr = rec.t("依据{l}，责令改正，{f}。", l=law, f=fine_text(rec, fine))
    return {"WFXW": "旅行社未与旅游者签订旅游合同、安排未取得导游证的人员提供导游服务", "SY": sy, "YJ": law,
            "CFLB": "罚款", "NR": nr, "NR_FK": wan(fine)}


def eco_noise(rec, subj):
    rng = rec.rng
    informant = rec.person()
    fine = rng.choice([20000, 50000, 100000])
    v = rng.random()
    if v < 0.5:
        rep = rec.t("本案系{i}（{h}）通过12345热线举报，举报人联系电话{t}。", i=informant, h=rec.home(), t=rec.landline_text())
    else:
        rep = rec.t("{i}多次举报当事人夜间施工噪声扰民，本机关经与{i}核实，其住所距施工场地约{m}米。",
                    i=informant, m=rng.randint(30, 200))
    sy = "".join([
        subjects.party_block(rec, subj), rep,
        rec.t("{e}，当事人于{d}22时至次日凌晨在{s}进行产生环境噪声污染的建筑施工作业，未取得夜间施工证明。",
              e=established(rec), d=rec.date_text(rec.before(rec.jdrq, 20, 60)), s=rec.business_address()),
        evidence(rec, []), hearing(rec, subj)])
    law = rec.p("《中华人民共和国噪声污染防治法》第七十七条")
    nr = rec.t("依据{l}，{f}。{pay}\n{o}", l=law, f=fine_text(rec, fine), pay=payment(rec),
               o=office_phone(rec, rec.agency))
    return {"WFXW": "夜间进行产生噪声的建筑施工作业", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr, "NR_FK": wan(fine)}


def transport_overload(rec, subj):
    rng = rec.rng
    driver = rec.person(foreign_ok=False)
    owner = rec.person()
    tons = rng.randint(8, 40)
    fine = rng.choice([5000, 10000, 20000, 30000])
    plate = rng.choice(["冀A", "晋A", "吉H", "闽C", "鄂E", "贵C", "甘E"]) + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
    sy = "".join([
        subjects.party_block(rec, subj),
        rec.t("{d}，{p}号货车在{st}接受检测，车货总重{w}吨，超过限定标准{x}吨。驾驶人{dr}（驾驶证号{i}），"
              "车主{o}（{h}），实际承运人为当事人。", d=rec.date_text(rec.before(rec.jdrq, 10, 40)), p=plate,
              st=rec.p(rec.jur["agency"] + rng.choice(["公路超限检测站", "治超站"])), w=49 + tons, x=tons, dr=driver,
              i=rec.id_text(), o=owner, h=rec.home()),
        rec.t("经与车主{o}核实，该车辆挂靠于当事人经营。", o=owner) if rng.random() < 0.5 else "",
        evidence(rec, [driver]), hearing(rec, subj)])
    law = rec.p("《公路安全保护条例》第六十六条")
    nr = rec.t("依据{l}及《超限运输车辆行驶公路管理规定》第四十三条，{f}。{pay}", l=law, f=fine_text(rec, fine),
               pay=payment(rec))
    return {"WFXW": "指使、强令车辆驾驶人超限运输货物", "SY": sy, "YJ": law, "CFLB": "罚款", "NR": nr,
            "NR_FK": wan(fine)}


# (scenario, department key, subject categories it fits)
SCENARIOS = [
    (market_food, "market", ("自然人", "个体工商户", "法人及非法人组织")),
    (labor_overtime, "labor", ("个体工商户", "法人及非法人组织")),
    (transport_unlicensed, "transport", ("自然人", "个体工商户", "法人及非法人组织")),
    (transport_revoke, "transport", ("自然人",)),
    (transport_overload, "transport", ("个体工商户", "法人及非法人组织")),
    (health_practice, "health", ("自然人", "个体工商户")),
    (tax_late, "tax", ("个体工商户", "法人及非法人组织")),
    (build_no_permit, "build", ("法人及非法人组织",)),
    (build_wall, "build", ("自然人",)),
    (forest_felling, "forest", ("自然人", "法人及非法人组织")),
    (culture_travel, "culture", ("法人及非法人组织",)),
    (eco_noise, "eco", ("法人及非法人组织", "个体工商户")),
]
