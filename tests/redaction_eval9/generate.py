#!/usr/bin/env python3
"""Writes records.jsonl, the ninth (frozen, unmeasured) redaction evaluation set.

    python3 generate.py           write records.jsonl
    python3 generate.py --check   verify records.jsonl is exactly what this writes
    python3 generate.py --stats   print the counts of the README

Python 3 standard library only; fixed seed; deterministic. Every record is
rendered twice from the same random state, once with the real values and
once with each secret replaced by an opaque token (the skeleton), and kept
only if its labels pass the checks in check_labels() and its fields pass
check_valid(); otherwise it is drawn again.
"""

import datetime
import json
import os
import random
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import base as B  # noqa: E402
import licenses  # noqa: E402
import penalties  # noqa: E402
import world as W  # noqa: E402

SEED = 9_2026_1128
OUT = os.path.join(HERE, "records.jsonl")
N, I, L = "natural", "individual", "legal"
LB = {N: "自然人", I: "个体工商户", L: "法人及非法人组织"}
TODAY = datetime.date(2026, 11, 28)
FIRST, LAST = datetime.date(2025, 1, 6), datetime.date(2026, 11, 20)

# Templates whose license number or licence action is the holder's ID number.
NEEDS_ID_CARD = {"driver_cert", "taxi_driver", "special_equipment_op", "revoke_driver", "land_occupation",
                 "rural_house", "bearing_wall", "illegal_taxi"}

TRADES = {  # template -> (company trade, shop trade)
    "expired_food": ("商贸", "便民超市"), "unlicensed_food": ("餐饮", "小吃店"), "false_ad": ("生物科技", "保健品店"),
    "price_tag": ("百货", "日杂店"), "short_weight": ("农产品", "果蔬摊"), "rx_drugs": ("大药房", "药店"),
    "overload": ("物流", "货运部"), "no_qualification": ("客运", "运输部"), "emission": ("建材", "砖厂"),
    "hazwaste": ("汽车维修", "汽修厂"), "night_noise": ("建筑工程", "工程队"), "health_cert": ("酒店管理", "理发店"),
    "no_permit_build": ("置业", "装饰部"), "street_vending": ("", "烧烤店"), "welder": ("机械制造", "焊接部"),
    "fireworks": ("", "烟花爆竹店"), "travel_agency": ("旅行社", "旅游服务部"), "fake_pesticide": ("农资", "农资店"),
    "illegal_logging": ("林业开发", ""), "wage_arrears": ("劳务", "劳务部"), "water_draw": ("食品", ""),
    "prepaid_card": ("健身服务", "健身房"), "tax_late": ("商贸", "五金店"), "elevator": ("物业服务", ""),
    "performance": ("文化传媒", ""), "food_business": ("餐饮管理", "面馆"), "hygiene": ("宾馆", "洗浴中心"),
    "building_permit": ("房地产开发", ""), "logging_permit": ("林场", ""), "water_permit": ("水务", ""),
    "discharge": ("水泥", ""), "pharmacy": ("医药连锁", ""), "tobacco": ("", "烟酒店"), "pesticide": ("农资", "农资经营部"),
    "travel_license": ("国际旅行社", ""), "gas": ("燃气", ""), "chemicals": ("化工", ""),
    "animal_epidemic": ("牧业", "养殖场"), "hr_service": ("人力资源", ""), "decoration": ("装饰工程", "装修队"),
    "courier": ("快递", ""), "refund_card": ("商贸", "家电商行"), "vet_clinic": ("宠物医院", "动物诊所"),
    "boarding": ("", "民宿"),
}

MAX_CHARS = {"SY": 5000, "NR": 4000, "BZ": 512, "XKZS": 64, "XKBH": 64, "XKWS": 64, "NR_ZKDX": 200,
             "FRDB": 50, "XDR_MC": 200, "WFXW": 2000, "YJ": 2000}
CODE_FIELDS = {"XDR_SHXYM", "XDR_GSZC", "FR_ZJHM", "XDR_ZJHM", "XKJGDM", "LYDWDM", "CFJGDM", "SJLYDM"}


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return datetime.date(y, m, min(d.day, 28))


def make_subject(w, c, cat, tname):
    r = w.r
    S = dict(cat=cat, c=c)
    company_trade, shop_trade = TRADES.get(tname, ("商贸", "商店"))
    if cat == N:
        t = "身份证" if tname in NEEDS_ID_CARD else r.choices(
            ["身份证", "护照号", "港澳居民来往内地通行证", "台湾居民来往大陆通行证"], [80, 7, 7, 6])[0]
        S["id_type"] = t
        if t == "身份证":
            S.update(person=w.name(c, foreign=0), pid=w.id18(c), id_cat="id_number",
                     id_label=r.choice(["身份证号码", "公民身份号码", "身份证号"]))
        elif t == "护照号":
            import base
            S.update(person=r.choice(base.FOREIGN), pid=w.passport_foreign(), id_cat="passport", id_label="护照号码")
        elif t == "港澳居民来往内地通行证":
            S.update(person=w.chinese_name(), pid=w.hk_resident(), id_cat="travel_permit", id_label="港澳居民来往内地通行证号码")
        else:
            S.update(person=w.chinese_name(), pid=w.tw_resident(), id_cat="travel_permit", id_label="台湾居民来往大陆通行证号码")
        S["home"] = w.home(c)
    elif cat == I:
        S.update(name=w.shop(c, shop_trade or "商店"), person=w.name(c, foreign=0), pid=w.id18(c), id_cat="id_number",
                 site=w.site(c))
        if r.random() < 0.7:
            S["uscc"] = w.uscc(c, "92")
        else:
            S["uscc"], S["gszc"] = "00000000000000000X", w.gszc(c)
    else:
        S.update(name=w.company(c, company_trade or "商贸"), person=w.chinese_name(), pid=w.id18(c),
                 id_cat="id_number", uscc=w.uscc(c, "91"))
        S["addr"] = c["city"] + c["county"] + w.site(c)
    return S


def subject_fields(ctx, w, S):
    f = {"XDR_LB": LB[S["cat"]]}
    if S["cat"] == N:
        f["XDR_MC"] = ctx.s("person_name", S["person"])
        f["XDR_ZJLX"] = S["id_type"]
        f["XDR_ZJHM"] = ctx.s(S["id_cat"], S["pid"])
    elif S["cat"] == I:
        f["XDR_MC"] = ctx.p(S["name"])
        f["XDR_SHXYM"] = S["uscc"] if S["uscc"].startswith("0000") else ctx.p(S["uscc"])
        if "gszc" in S:
            f["XDR_GSZC"] = ctx.p(S["gszc"])
        f["FRDB"] = ctx.s("person_name", S["person"])
        x = w.r.random()
        if x < 0.5:
            f["FR_ZJLX"], f["FR_ZJHM"] = "身份证", ctx.s("id_number", S["pid"])
        elif x < 0.75:
            f["XDR_ZJLX"], f["XDR_ZJHM"] = "身份证", ctx.s("id_number", S["pid"])
    else:
        f["XDR_MC"] = ctx.p(S["name"])
        f["XDR_SHXYM"] = ctx.p(S["uscc"])
        f["FRDB"] = ctx.p(S["person"])
        if w.r.random() < 0.85:
            f["FR_ZJLX"], f["FR_ZJHM"] = "身份证", ctx.s("id_number", S["pid"])
    return f


def remark(ctx, w, S, kind, c):
    """A remark naming someone in yet another position, or nothing."""
    import helpers as H
    r = w.r
    x = r.random()
    if x < 0.25:
        return ""
    if kind == "license" and x < 0.6:
        y = r.random()
        if y < 0.3:
            return "申请材料由受托人%s（身份证号码%s）代为提交。" % (H.name(ctx, w, c), H.idno(ctx, w, c))
        if y < 0.55:
            return "许可证已由%s领取，领取人住宅电话%s。" % (H.name(ctx, w, c), ctx.s("landline", w.landline(c)))
        if y < 0.75:
            return "联系人：%s；电子邮箱：%s。" % (H.name(ctx, w, c), ctx.s("email", w.email()))
        if y < 0.9:
            return "本机关咨询电话：%s。" % ctx.p(w.office_phone(c, S["agency_sector"]))
        return "申请人委托%s办理，%s持往来港澳通行证（%s）核验身份。" % (
            H.name(ctx, w, c), "受托人", ctx.s("travel_permit", w.to_hk()))
    if kind == "license":
        return "" if x < 0.85 else "许可决定书已由申请人%s本人签收。" % (
            ctx.p(S["person"]) if S["cat"] == L else H.who(ctx, S) if S["cat"] == N else H.head(ctx, S))
    if x < 0.4:
        if S["cat"] == L:
            return "决定书由法定代表人%s本人签收。" % H.head(ctx, S)
        return "决定书由%s本人签收。" % (H.who(ctx, S) if S["cat"] == N else H.head(ctx, S))
    if x < 0.55:
        y = r.random()
        if y < 0.6:
            return "送达时由%s代为签收，签收人手机%s。" % (H.name(ctx, w, c), H.mob(ctx, w))
        if y < 0.85:
            return "送达时由%s代为签收，签收人住宅电话%s。" % (H.name(ctx, w, c), ctx.s("landline", w.landline(c)))
        return "送达时由%s代为签收，签收人出示往来港澳通行证%s。" % (H.name(ctx, w, c), ctx.s("travel_permit", w.to_hk()))
    if x < 0.65:
        return "本案受理编号：%s。" % ctx.p(w.case_number(c, TODAY - datetime.timedelta(days=r.randint(30, 600))))
    if x < 0.75:
        return "本机关咨询电话：%s。" % ctx.p(w.office_phone(c, S["agency_sector"]))
    if x < 0.85 and S["cat"] == N:
        return "送达地址：" + ctx.s("address", S["home"]) + "。"
    if x < 0.92:
        return "%s到场陈述申辩，放弃听证。" % (
            "法定代表人" + ctx.p(S["person"]) if S["cat"] == L else "委托代理人" + H.name(ctx, w, c) + (
                "（护照号码%s）" % ctx.s("passport", w.passport_cn()) if r.random() < 0.4 else ""))
    return "另查明，%s曾于%d年因同类行为被处理，参见%s。" % (
        w.r.choice(["张某", "王某某", "当事人"]), TODAY.year - r.randint(2, 5), "案件编号" + ctx.p(w.case_number(c, FIRST)))


def render(w, ctx, kind, sector, fn, S, day, county):
    c = county
    S["sector"] = sector
    agency_sector = sector
    if kind == "license" and sector in ("market", "health", "construction", "transport") and w.r.random() < 0.4:
        agency_sector = "approval"
    ag_name, ag_code, short = w.agency(c, agency_sector)
    S["agency_sector"] = agency_sector
    rec = subject_fields(ctx, w, S)
    if kind == "penalty":
        f = fn(w, ctx, S, day)
        f["WSH"] = ctx.p(w.r.choice(["%s罚〔%d〕%d号", "%s罚字〔%d〕第%d号", "%s处罚[%d]%03d号"]) % (
            short, day.year, w.r.randint(1, 400)))
        f["JDRQ"] = day.isoformat()
        f["GSJZQ"] = add_months(day, w.r.choice([6, 12, 12, 36])).isoformat()
        f["CFJG"], f["CFJGDM"], f["SJLY"], f["SJLYDM"] = ag_name, ag_code, ag_name, ag_code
        if not f.get("BZ"):
            f["BZ"] = remark(ctx, w, S, kind, c)
        if w.r.random() < 0.3:
            f["NR"] += "%s执法监督电话：%s。" % (ag_name, ctx.p(w.office_phone(c, agency_sector)))
        if w.r.random() < 0.3 and "。" in f["SY"][:-1]:
            # A paragraph break after the first sentence, as exported from word processors.
            f["SY"] = f["SY"].replace("。", "。\n" if w.r.random() < 0.8 else "。\r\n", 1)
        prefix = "CF_"
    else:
        f, years = fn(w, ctx, S, day)
        f["WSH"] = ctx.p("%s许%s字〔%d〕第%04d号" % (short, w.r.choice(["准", "可", ""]), day.year, w.r.randint(1, 3000)))
        f["JDRQ"] = f["YXQZ"] = day.isoformat()
        f["YXQZI"] = "2099-12-31" if years == 0 else (add_months(day, 12 * years) - datetime.timedelta(days=1)).isoformat()
        f["XKJG"], f["XKJGDM"], f["LYDW"], f["LYDWDM"] = ag_name, ag_code, ag_name, ag_code
        f["ZT"] = "1"
        if not f.get("BZ"):
            f["BZ"] = remark(ctx, w, S, kind, c)
        prefix = "XK_"
    rec.update(f)
    out = {}
    for k, v in rec.items():
        if v:
            out[k if k == "BZ" else prefix + k] = v
    return out


def text_of(record):
    return "\x00".join(record.values())


def check_labels(real, skel, ctx):
    """The label checks by construction; returns a list of problems."""
    problems = []
    t, sk = text_of(real), text_of(skel)
    for cat, v in ctx.secrets:
        if v not in t:
            problems.append("secret not in record: " + v)
        if v in sk:
            problems.append("secret occurs where it was not planted: " + v)
        if "\n" in v or '"' in v or "\\" in v:
            problems.append("unencodable secret")
    for p in ctx.publics:
        if t.count(p) == 0:
            problems.append("public not in record: " + p)
        if t.count(p) != sk.count(p):
            problems.append("public overlaps a secret: " + p)
    for _, s in ctx.secrets:
        for p in ctx.publics:
            if s in p or p in s:
                problems.append("secret and public overlap: %s / %s" % (s, p))
    names = [v for cat, v in ctx.secrets if cat == "person_name"]
    for a in names:
        for b in names:
            if a != b and a in b:
                problems.append("one name inside another: %s / %s" % (a, b))
    return problems


def check_valid(rec, kind):
    """The validator's rules (service/domain/record_validator.cc) as this set needs them."""
    problems = []
    g = lambda k: rec.get(k if k == "BZ" else ("XK_" if kind == "license" else "CF_") + k, "")  # noqa: E731
    for k, v in rec.items():
        short = k if k == "BZ" else k[3:]
        if short in MAX_CHARS and len(v) > MAX_CHARS[short]:
            problems.append("too long: " + k)
        if short in CODE_FIELDS and any(ch.isspace() for ch in v):
            problems.append("space in code: " + k)
    required = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    required += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else [
        "WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = g("XDR_LB")
    if lb == LB[L]:
        required += ["XDR_SHXYM", "FRDB"]
    elif lb == LB[N]:
        required += ["XDR_ZJLX", "XDR_ZJHM"]
        if g("XDR_SHXYM"):
            problems.append("natural person with a credit code")
    else:
        required += ["XDR_SHXYM"] + (["XDR_GSZC"] if g("XDR_SHXYM") == "00000000000000000X" else [])
    for k in required:
        if not g(k):
            problems.append("missing " + k)
    code = g("XDR_SHXYM")
    if code and code != "00000000000000000X" and not B.valid_uscc(code):
        problems.append("bad credit code")
    for k in ("XKJGDM", "LYDWDM") if kind == "license" else ("CFJGDM", "SJLYDM"):
        if not B.valid_uscc(g(k)):
            problems.append("bad agency code " + k)
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if g(t) == "身份证":
            if not B.valid_id18(g(n)):
                problems.append("bad ID " + n)
            elif datetime.date(int(g(n)[6:10]), int(g(n)[10:12]), int(g(n)[12:14])) > add_months(
                    datetime.date.fromisoformat(g("JDRQ")), -12 * 18):
                problems.append("minor")
    if kind == "penalty":
        items = g("CFLB").split(";")
        ok = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件",
              "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}
        if any(i not in ok for i in items):
            problems.append("CFLB")
        if "罚款" in items and not (g("NR_FK") and float(g("NR_FK")) > 0):
            problems.append("NR_FK")
        if ("没收违法所得" in items or "没收非法财物" in items) and not g("NR_WFFF"):
            problems.append("NR_WFFF")
        if ("暂扣许可证件" in items or "吊销许可证件" in items) and not g("NR_ZKDX"):
            problems.append("NR_ZKDX")
        if g("GSJZQ") < g("JDRQ"):
            problems.append("GSJZQ")
    else:
        if g("XKLB") not in ("普通", "特许", "认可", "核准", "登记", "其他"):
            problems.append("XKLB")
        if g("YXQZI") < g("YXQZ"):
            problems.append("YXQZI")
    if g("JDRQ") > TODAY.isoformat():
        problems.append("future JDRQ")
    return problems


def build():
    rng = random.Random(SEED)
    w = W.World(rng)
    counties = rng.sample(B.COUNTIES, 12)
    lines = []
    rejected = Counter()
    for kind, table in (("license", licenses.LICENSES), ("penalty", penalties.PENALTIES)):
        cats = [N] * 25 + [I] * 25 + [L] * 50
        rng.shuffle(cats)
        used = Counter()
        for cat in cats:
            eligible = [t for t in table if cat in t[2]]
            low = min(used[t[1].__name__] for t in eligible)
            sector, fn, _ = rng.choice([t for t in eligible if used[t[1].__name__] == low])
            used[fn.__name__] += 1
            for attempt in range(200):
                county = rng.choice(counties)
                day = w.date_between(FIRST, LAST)
                S = make_subject(w, county, cat, fn.__name__)
                state = rng.getstate()
                ctx = B.Ctx(skeleton=False)
                real = render(w, ctx, kind, sector, fn, dict(S), day, county)
                after = rng.getstate()
                rng.setstate(state)
                sctx = B.Ctx(skeleton=True)
                skel = render(w, sctx, kind, sector, fn, dict(S), day, county)
                assert rng.getstate() == after and sctx.secrets == ctx.secrets
                problems = check_labels(real, skel, ctx) + check_valid(real, kind)
                if not problems:
                    break
                rejected[problems[0].split(":")[0]] += 1
            else:
                raise SystemExit("no valid record for %s %s: %s" % (kind, fn.__name__, problems))
            lines.append(dict(kind=kind, record=real, secrets=[{"category": c_, "value": v} for c_, v in ctx.secrets],
                              public=ctx.publics, _meta=(cat, sector, fn.__name__, county["prov"])))
    rng.shuffle(lines)
    return lines, rejected


def serialise(lines):
    out = []
    for ln in lines:
        d = {k: ln[k] for k in ("kind", "record", "secrets", "public")}
        out.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(out) + "\n"


def stats(lines, rejected):
    by = Counter((ln["kind"], ln["_meta"][0]) for ln in lines)
    print("records by kind and subject:")
    for k in ("license", "penalty"):
        print("  %-8s natural %3d  individual %3d  legal %3d" % (k, by[(k, N)], by[(k, I)], by[(k, L)]))
    cats = Counter()
    per_subject = Counter()
    pubs = Counter()
    for ln in lines:
        for s in ln["secrets"]:
            cats[s["category"]] += 1
            per_subject[ln["_meta"][0]] += 1
        pubs[ln["_meta"][0]] += len(ln["public"])
    print("secrets by category:")
    for c_ in ("id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit", "address",
               "person_name"):
        print("  %-14s %4d" % (c_, cats[c_]))
    print("  %-14s %4d" % ("total", sum(cats.values())))
    print("secrets by subject:", dict(per_subject))
    grid = Counter((s["category"], ln["_meta"][0]) for ln in lines for s in ln["secrets"])
    print("| category | legal | natural | individual | total |")
    for c_ in ("id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit", "address",
               "person_name"):
        print("| %s | %d | %d | %d | %d |" % (c_, grid[(c_, L)], grid[(c_, N)], grid[(c_, I)], cats[c_]))
    print("templates by sector:", dict(Counter(ln["_meta"][1] for ln in lines)))
    print("public values: %d %s" % (sum(pubs.values()), dict(pubs)))
    print("templates used:", len({ln["_meta"][2] for ln in lines}), " sectors:",
          sorted({ln["_meta"][1] for ln in lines}))
    print("provinces:", sorted({ln["_meta"][3] for ln in lines}))
    print("redraws:", dict(rejected))


def main():
    lines, rejected = build()
    text = serialise(lines)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("records.jsonl is " + ("exactly what generate.py writes" if same else "DIFFERENT from what generate.py writes"))
        sys.exit(0 if same else 1)
    if "--stats" in sys.argv:
        stats(lines, rejected)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d records to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
