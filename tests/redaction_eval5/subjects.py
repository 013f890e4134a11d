"""Subjects of decisions (natural persons, individual businesses, legal
persons): their standard fields and how a decision introduces them."""
import ids
import vocab

ETHNIC = {"650102": "维吾尔族", "540102": "藏族", "513401": "彝族", "152502": "蒙古族", "451003": "壮族",
          "640104": "回族", "222401": "朝鲜族"}


class Subject:
    pass


def natural(rec, need_id=False):
    rng = rec.rng
    s = Subject()
    s.cat = "自然人"
    r = rng.random()
    f = {"XDR_LB": "自然人"}
    s.foreign = False
    if need_id:
        r = 1.0
    if r < 0.07:
        name = rng.choice([n for n in vocab.FOREIGN_SUBJECTS if rec._fresh(n)])
        rec.names.add(name)
        s.name = rec.s("person_name", name)
        f["XDR_ZJLX"] = "护照号"
        f["XDR_ZJHM"] = rec.passport_text(foreign=True)
        s.foreign = True
        s.id_in_text = f["XDR_ZJHM"]
    elif r < 0.15:
        s.name = rec.s("person_name", rec.any_name(foreign_ok=False))
        if rng.random() < 0.6:
            f["XDR_ZJLX"] = "港澳居民来往内地通行证"
            f["XDR_ZJHM"] = rec.permit_text("hk_resident")
        else:
            f["XDR_ZJLX"] = "台湾居民来往大陆通行证"
            f["XDR_ZJHM"] = rec.permit_text("tw_resident")
        s.id_in_text = f["XDR_ZJHM"]
    else:
        s.name = rec.s("person_name", rec.any_name(foreign_ok=False))
        s.id = ids.id18(rng, rec.region())
        f["XDR_ZJLX"] = "身份证"
        f["XDR_ZJHM"] = rec.s("id_number", s.id)
        s.id_in_text = rec.id_text(s.id)
    f["XDR_MC"] = s.name
    s.fields = f
    s.ref = s.name
    s.sex = rng.choice(["男", "女"])
    s.ethnic = ethnic_of(rec.secrets[int(s.name[1:-1])][1])
    return s


def ethnic_of(name):
    for group, names in (("维吾尔族", vocab.UYGHUR_FIRST), ("藏族", vocab.TIBETAN), ("彝族", vocab.YI),
                         ("蒙古族", vocab.MONGOLIAN), ("壮族", vocab.ZHUANG), ("回族", vocab.HUI),
                         ("满族", vocab.MANCHU), ("朝鲜族", vocab.KOREAN), ("哈萨克族", vocab.KAZAKH)):
        if name in names or name.split("·")[0] in names:
            return group
    return "汉族"


def individual(rec, shops=None):
    rng = rec.rng
    s = Subject()
    s.cat = "个体工商户"
    s.foreign = False
    op = rec.any_name(foreign_ok=False)
    s.name = rec.s("person_name", op)
    s.id = ids.id18(rng, rec.region())
    f = {"XDR_LB": "个体工商户"}
    if rng.random() < 0.65:
        shop = rec.jur["agency"] + rng.choice(shops or vocab.SHOP_NAMES)
        if rng.random() < 0.4:
            shop = rec.jur["agency"] + rng.choice(["城关", "东关", "河西", "站前"]) + rng.choice(shops or vocab.SHOP_NAMES)
        f["XDR_MC"] = rec.p(shop)
        s.ref = shop
    else:
        f["XDR_MC"] = s.name
        s.ref = s.name
    if rng.random() < 0.7:
        f["XDR_SHXYM"] = rec.p(ids.uscc(rng, "92", rec.jur["code"]))
    else:
        f["XDR_SHXYM"] = "00000000000000000X"
        f["XDR_GSZC"] = rec.p(ids.gszc(rng, rec.jur["code"]))
    if rng.random() < 0.7:
        f["FRDB"] = s.name
    if rng.random() < 0.5:
        f["FR_ZJLX"] = "身份证"
        f["FR_ZJHM"] = rec.s("id_number", s.id)
    else:
        f["XDR_ZJLX"] = "身份证"
        f["XDR_ZJHM"] = rec.s("id_number", s.id)
    s.fields = f
    s.id_in_text = rec.id_text(s.id)
    s.sex = rng.choice(["男", "女"])
    s.ethnic = "汉族"
    return s


def legal(rec, suffixes=None):
    rng = rec.rng
    s = Subject()
    s.cat = "法人及非法人组织"
    s.foreign = False
    suffix = rng.choice(suffixes or [t for t, _ in vocab.TRADES])
    name = rec.jur["agency"] + rng.choice(vocab.TRADE_NAMES) + suffix
    s.company = rec.p(name)
    s.fr = rec.p(rec.public_name())
    s.code = rec.p(ids.uscc(rng, "91" if "合作社" not in suffix else "93", rec.jur["code"]))
    f = {"XDR_LB": "法人及非法人组织", "XDR_MC": s.company, "XDR_SHXYM": s.code, "FRDB": s.fr}
    if rng.random() < 0.75:
        f["FR_ZJLX"] = "身份证"
        f["FR_ZJHM"] = rec.s("id_number", ids.id18(rng, rec.region()))
    s.fields = f
    s.ref = s.company
    s.address = rec.business_address()
    return s


def party_block(rec, s):
    """How the decision introduces its subject (penalties, SY)."""
    rng = rec.rng
    t = rec.t
    if s.cat == "法人及非法人组织":
        cue = rng.choice(["住所", "注册地址", "经营场所", "住所地"])
        v = rng.random()
        if v < 0.4:
            # The switchboard's owner (company or representative) is not said: not labelled.
            phone = t("，联系电话：{p}", p=rec.jur["area"] + "-" + ids.landline_local(rng, rec.jur["area"])) \
                if rng.random() < 0.3 else ""
            return t("当事人：{c}，统一社会信用代码：{u}，{cue}：{a}，法定代表人：{fr}{ph}。",
                     c=s.company, u=s.code, cue=cue, a=s.address, fr=s.fr, ph=phone)
        if v < 0.7:
            return t("被处罚单位名称：{c}\n{cue}：{a}\n法定代表人（负责人）：{fr}\n统一社会信用代码：{u}\n",
                     c=s.company, cue=cue, a=s.address, fr=s.fr, u=s.code)
        return t("{c}（统一社会信用代码{u}，法定代表人{fr}，{cue}{a}）", c=s.company, u=s.code, fr=s.fr,
                 cue=cue, a=s.address)
    home = rec.home()
    birth = ""
    if getattr(s, "id", None):
        birth = "%s年%d月%d日" % (s.id[6:10], int(s.id[10:12]), int(s.id[12:14]))
    if s.cat == "个体工商户":
        prem = rec.business_address(label=rng.random() < 0.6)
        v = rng.random()
        if v < 0.5:
            return t("当事人：{ref}，经营者：{n}，经营场所：{pr}，经营者身份证号码：{i}，{h}。",
                     ref=s.ref, n=s.name, pr=prem, i=s.id_in_text, h=home)
        return t("经营者姓名：{n}；性别：{sex}；公民身份号码：{i}；{h}；字号名称：{ref}；经营场所：{pr}\n",
                 n=s.name, sex=s.sex, i=s.id_in_text, h=home, ref=s.ref, pr=prem)
    v = rng.random()
    idw = "证件号码" if s.foreign else rng.choice(["公民身份号码", "身份证号码", "身份证号"])
    if v < 0.3:
        return t("当事人：{n}，性别：{sex}，民族：{e}，出生日期：{b}，{h}，{idw}：{i}，{c}。",
                 n=s.name, sex=s.sex, e=s.ethnic, b=birth or "不详", h=home, idw=idw, i=s.id_in_text, c=contact(rec))
    if v < 0.55:
        return t("姓名：{n}\n性别：{sex}\n民族：{e}\n{idw}：{i}\n{h}\n{m}\n",
                 n=s.name, sex=s.sex, e=s.ethnic, idw=idw, i=s.id_in_text, h=home, m=contact(rec))
    if v < 0.8:
        return t("{n}（{sex}，{e}，{idw}{i}，{h}）", n=s.name, sex=s.sex, e=s.ethnic, idw=idw,
                 i=s.id_in_text, h=home)
    return t("当事人基本情况 | 姓名 | {n} | 性别 | {sex} | {idw} | {i} | 联系方式 | {m} | 地址 | {h}\n",
             n=s.name, sex=s.sex, idw=idw, i=s.id_in_text, m=contact(rec), h=home)


def contact(rec):
    """A natural person's own phone: mobile, or a home landline."""
    v = rec.rng.random()
    if v < 0.6:
        return "联系电话：" + rec.mobile_text()
    if v < 0.85:
        return rec.rng.choice(["住宅电话：", "家庭电话：", "固定电话："]) + rec.landline_text()
    return "电子邮箱：" + rec.email_text()
