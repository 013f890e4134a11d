#!/usr/bin/env python3
"""Writes records.jsonl, the fifth labelled redaction evaluation set.

    python3 generate.py            # (re)write records.jsonl
    python3 generate.py --check    # verify records.jsonl is what this writes
    python3 generate.py --stats    # print the count tables

Python 3 standard library only; fixed seed; deterministic. See README.md.
"""
import datetime
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import builder  # noqa: E402
import ids  # noqa: E402
import licenses  # noqa: E402
import penalties  # noqa: E402
import subjects  # noqa: E402
import vocab  # noqa: E402

SEED = 20261128
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "records.jsonl")
LATEST = datetime.date(2026, 11, 20)
EARLIEST = datetime.date(2024, 3, 1)

CATEGORIES = ["id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit",
              "address", "person_name"]
SUBJECT_COUNTS = {"自然人": 30, "个体工商户": 30, "法人及非法人组织": 60}  # per kind
CFLB_WORDS = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
              "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"}
LIMITS = {"XDR_MC": 200, "XDR_GSZC": 50, "FRDB": 50, "XDR_ZJHM": 64, "FR_ZJHM": 64, "XKWS": 64, "WSH": 64,
          "XKZS": 64, "XKBH": 64, "NR": 4000, "SY": 5000, "YJ": 2000, "WFXW": 2000, "NR_ZKDX": 200, "BZ": 512,
          "XKJG": 200, "CFJG": 200, "LYDW": 200, "SJLY": 200}


class LabelError(Exception):
    pass


def agency(jur, dept):
    name, abbr = vocab.DEPARTMENTS[dept]
    if dept == "tax":
        full = "国家税务总局" + jur["agency"] + "税务局"
    else:
        full = jur["agency"] + name
    code = ids.uscc(random.Random(jur["code"] + dept), "11", jur["code"])
    return full, abbr, code


def pseudonym(rng):
    return rng.choice(vocab.SURNAMES_COMMON) + rng.choice(["某", "某某"])


def penalty_bz(rec, subj):
    rng = rec.rng
    v = rng.random()
    if v < 0.2:
        return rec.t("同案{p}的违法行为另案处理。", p=pseudonym(rng))
    if v < 0.4:
        return rec.t("本决定书由{a}代为签收。", a=rec.person())
    if v < 0.55:
        return rec.trap_number()
    if v < 0.7 and subj.cat != "法人及非法人组织":
        return rec.t("当事人确认的电子送达地址：{e}。", e=rec.email_text())
    if v < 0.75:
        kind = rng.choice(["to_tw", "to_hk"])
        return rec.t("罚没款由{a}（{k}{p}）代为缴纳。", a=rec.person(),
                     k={"to_tw": "大陆居民往来台湾通行证", "to_hk": "往来港澳通行证"}[kind], p=rec.permit_text(kind))
    if v < 0.8:
        return rec.t("当事人申请将多缴款项退还至其账户{k}。", k=rec.card_text())
    if v < 0.88:
        return rec.t("当事人已于{d}缴清罚没款，{t}。", d=rec.date_text(rec.jdrq + datetime.timedelta(days=rng.randint(1, 10))),
                     t=rec.trap_number())
    return ""


def one_year_later(d):
    try:
        return d.replace(year=d.year + 1)
    except ValueError:
        return d.replace(year=d.year + 1, day=28)


def make_subject(rec, cat, scen):
    suffixes, shops = vocab.HINTS.get(scen.__name__, (None, None))
    if cat == "自然人":
        return subjects.natural(rec, need_id=scen is penalties.transport_revoke)
    if cat == "个体工商户":
        return subjects.individual(rec, shops)
    return subjects.legal(rec, suffixes)


def build(rng, kind, cat, turn):
    jur = rng.choice(vocab.JURISDICTIONS)
    rec = builder.Rec(rng, kind, jur)
    days = (LATEST - EARLIEST).days
    rec.jdrq = EARLIEST + datetime.timedelta(days=rng.randint(0, days))
    y = rec.jdrq.year
    n = rng.randint(1, 2999)
    if kind == "penalty":
        fitting = [s for s in penalties.SCENARIOS if cat in s[2]]
        scen, dept, _ = fitting[turn % len(fitting)]
        subj = make_subject(rec, cat, scen)
        f = dict(subj.fields)
        rec.agency, abbr, code = agency(jur, dept)
        body = scen(rec, subj)
        wsh = rng.choice(["{s}{a}罚〔{y}〕{n}号", "{s}{a}罚字〔{y}〕第{n}号", "{s}{a}罚决字[{y}]{n:04d}号",
                          "{s}{a}行罚〔{y}〕{n}号"]).format(s=jur["short"], a=abbr, y=y, n=n)
        f.update(body)
        f.update({"WSH": rec.p(wsh), "JDRQ": rec.jdrq.isoformat(), "GSJZQ": one_year_later(rec.jdrq).isoformat(),
                  "CFJG": rec.agency, "CFJGDM": code, "SJLY": rec.agency, "SJLYDM": code})
        if rng.random() < 0.3:
            rec.p(code)
        bz = penalty_bz(rec, subj)
        if bz:
            f["BZ"] = bz
    else:
        fitting = [s for s in licenses.SCENARIOS if cat in s[1]]
        scen, _ = fitting[turn % len(fitting)]
        subj = make_subject(rec, cat, scen)
        f = dict(subj.fields)
        body = scen(rec, subj)
        rec.agency, abbr, code = agency(jur, body.pop("dept"))
        years = body.pop("years")
        wsh = rng.choice(["{s}{a}许准字〔{y}〕第{n}号", "{s}{a}许〔{y}〕{n}号", "{s}{a}审字[{y}]{n:04d}号"]).format(
            s=jur["short"], a=abbr, y=y, n=n)
        f.update(body)
        end = datetime.date(2099, 12, 31) if years == 0 else rec.jdrq.replace(
            year=rec.jdrq.year + years, day=min(rec.jdrq.day, 28)) - datetime.timedelta(days=1)
        f.update({"WSH": rec.p(wsh), "JDRQ": rec.jdrq.isoformat(), "YXQZ": rec.jdrq.isoformat(),
                  "YXQZI": end.isoformat(), "XKJG": rec.agency, "XKJGDM": code, "ZT": "1", "LYDW": rec.agency,
                  "LYDWDM": code})
        if rng.random() < 0.3:
            rec.p(code)
    f = {k: v for k, v in f.items() if v != ""}
    return rec, f


def wire(kind, fields):
    prefix = "CF_" if kind == "penalty" else "XK_"
    return {(k if k == "BZ" else prefix + k): v for k, v in fields.items()}


def normalise_id(w):
    return w.translate(str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789XX")).replace(" ", "").replace("-", "").upper()


def check(rec, fields):
    """Returns the line object or raises LabelError."""
    real = {k: rec.render(v) for k, v in fields.items()}
    skel = {k: rec.render(v, skeleton=True) for k, v in fields.items()}
    R = "\x00".join(real.values())
    K = "\x00".join(skel.values())
    secrets = [(c, v) for c, v in rec.secrets if v in R]
    publics = [p for p in rec.publics if p in R]
    for c, v in secrets:
        if v in K:
            raise LabelError("secret also outside its place: " + v)
        if c == "id_number":
            n = normalise_id(v)
            if len(n) == 18 and not ids.id_valid(n):
                raise LabelError("bad id " + v)
            if len(n) == 15:
                datetime.date(1900 + int(n[6:8]), int(n[8:10]), int(n[10:12]))
        if c == "bank_card" and not ids.luhn_valid(v.replace(" ", "")):
            raise LabelError("bad card " + v)
    for p in publics:
        if R.count(p) != K.count(p):
            raise LabelError("public overlaps a secret: " + p)
    for c, v in secrets:
        for p in publics:
            if p in v or v in p:
                raise LabelError("secret/public overlap: %s / %s" % (v, p))
    for k, v in real.items():
        if len(v) > LIMITS.get(k, 10 ** 6):
            raise LabelError("too long: " + k)
        if "\x01" in v or "\x03" in v:
            raise LabelError("marker left in " + k)
    validate(rec.kind, real)
    rec_out = wire(rec.kind, real)
    return {"kind": rec.kind, "record": rec_out,
            "secrets": [{"category": c, "value": v} for c, v in secrets], "public": publics}


def validate(kind, f):
    need = ["XDR_MC", "XDR_LB", "WSH", "JDRQ"]
    need += ["XKWS", "XKLB", "NR", "YXQZ", "XKJG", "XKJGDM"] if kind == "license" else \
        ["WFXW", "SY", "YJ", "CFLB", "NR", "CFJG", "CFJGDM"]
    lb = f["XDR_LB"]
    if lb == "法人及非法人组织":
        need += ["XDR_SHXYM", "FRDB"]
    elif lb == "自然人":
        need += ["XDR_ZJLX", "XDR_ZJHM"]
        assert "XDR_SHXYM" not in f
    else:
        need += ["XDR_SHXYM"]
        if f.get("XDR_SHXYM") == "00000000000000000X":
            need.append("XDR_GSZC")
    for k in need:
        assert f.get(k), (kind, k)
    for k in ("XDR_SHXYM", "XKJGDM", "CFJGDM", "LYDWDM", "SJLYDM"):
        if k in f and f[k] != "00000000000000000X":
            assert ids.uscc_valid(f[k]), (k, f[k])
    for t, n in (("XDR_ZJLX", "XDR_ZJHM"), ("FR_ZJLX", "FR_ZJHM")):
        if f.get(t) == "身份证":
            assert ids.id_valid(f[n]), f[n]
    jdrq = datetime.date.fromisoformat(f["JDRQ"])
    assert EARLIEST <= jdrq <= LATEST
    if kind == "penalty":
        words = f["CFLB"].split(";")
        assert all(w in CFLB_WORDS for w in words), words
        if "罚款" in words:
            assert float(f["NR_FK"]) > 0
            yuan = round(float(f["NR_FK"]) * 10000)
            assert ("%d元" % yuan in f["NR"] or "{:,}元".format(yuan) in f["NR"] or "￥%d.00" % yuan in f["NR"]), f["NR"]
        if "没收违法所得" in words:
            assert float(f["NR_WFFF"]) > 0
        if "吊销许可证件" in words:
            assert f.get("NR_ZKDX")
        assert datetime.date.fromisoformat(f["GSJZQ"]) >= jdrq
    else:
        assert f["XKLB"] in ("普通", "特许", "认可", "核准", "登记", "其他")
        assert datetime.date.fromisoformat(f["YXQZI"]) >= datetime.date.fromisoformat(f["YXQZ"])


def generate():
    rng = random.Random(SEED)
    slots = []
    for kind in ("license", "penalty"):
        for cat, n in SUBJECT_COUNTS.items():
            slots += [(kind, cat)] * n
    rng.shuffle(slots)
    turns = {}
    lines = []
    redraws = 0
    for kind, cat in slots:
        turn = turns.get((kind, cat), 0)
        turns[(kind, cat)] = turn + 1
        while True:
            rec, fields = build(rng, kind, cat, turn)
            try:
                lines.append(check(rec, fields))
                break
            except LabelError:
                redraws += 1
    return lines, redraws


def serialise(lines):
    return "".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in lines)


def stats(lines):
    cats = ["法人及非法人组织", "自然人", "个体工商户"]
    table = {c: {} for c in cats}
    for o in lines:
        r = o["record"]
        lb = r.get("CF_XDR_LB") or r.get("XK_XDR_LB")
        row = table[lb]
        row[o["kind"]] = row.get(o["kind"], 0) + 1
        for s in o["secrets"]:
            row[s["category"]] = row.get(s["category"], 0) + 1
            row["all"] = row.get("all", 0) + 1
        row["public"] = row.get("public", 0) + len(o["public"])
    out = ["| | " + " | ".join(cats) + " | total |", "|---|" + "---:|" * (len(cats) + 1)]
    for key in ["penalty", "license"] + CATEGORIES + ["all", "public"]:
        vals = [table[c].get(key, 0) for c in cats]
        out.append("| %s | %s | %d |" % (key, " | ".join(str(v) for v in vals), sum(vals)))
    return "\n".join(out)


def main():
    lines, redraws = generate()
    text = serialise(lines)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print("records.jsonl matches the generator" if same else "records.jsonl DIFFERS from the generator")
        return 0 if same else 1
    if "--stats" in sys.argv:
        print(stats(lines))
        print("\nredraws: %d" % redraws)
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d records (%d redraws)" % (len(lines), redraws))
    return 0


if __name__ == "__main__":
    sys.exit(main())
