"""Phrases shared by the templates: planting third parties, subjects' intros,
penalty contents."""

import base as B
import world as W


def name(ctx, w, c):
    """A third party's name, planted as a secret."""
    return ctx.s("person_name", w.name(c))


def idno(ctx, w, c):
    """A third party's ID number as written, planted as a secret."""
    if w.r.random() < 0.2:
        return ctx.s("id_number", w.id15(c))
    return ctx.s("id_number", w.id18(c))


def mob(ctx, w):
    return ctx.s("mobile", w.mobile_written())


def home(ctx, w, c, cue="住", below=None):
    """A natural person's home: the county prefix (public when written in full)
    and the part below it (secret)."""
    below = below or w.home(c)
    x = w.r.random()
    if x < 0.45:
        return cue + ctx.p(w.county_prefix(c)) + ctx.s("address", below)
    if x < 0.75:
        return cue + c["county"] + ctx.s("address", below)
    return cue + ctx.s("address", below)


def who(ctx, S):
    """The subject as the text names it."""
    if S["cat"] == "natural":
        return ctx.s("person_name", S["person"])
    return ctx.p(S["name"])


def head(ctx, S):
    """The operator (individual business, secret) or legal representative (public)."""
    if S["cat"] == "legal":
        return ctx.p(S["person"])
    return ctx.s("person_name", S["person"])


def subject_id(ctx, S):
    return ctx.s(S["id_cat"], S["pid"])


def intro(ctx, w, S, punct=None):
    c = S["c"]
    p = punct or w.r.choices(["：", ":", ""], [80, 10, 10])[0]
    if S["cat"] == "natural":
        sex = w.r.choice(["男", "女"])
        t = "当事人%s%s，性别%s%s，%s%s%s，" % (p, who(ctx, S), p, sex, S["id_label"], p, subject_id(ctx, S))
        t += home(ctx, w, c, "住址" + p, S.get("home"))
        x = w.r.random()
        if x < 0.3:
            t += "，联系电话" + p + mob(ctx, w)
        elif x < 0.45:
            t += "，住宅电话" + p + ctx.s("landline", w.landline(c))
        elif x < 0.55:
            t += "，电子邮箱" + p + ctx.s("email", w.email())
        return t + "。"
    if S["cat"] == "individual":
        t = "当事人%s%s（个体工商户），经营者%s%s，" % (p, ctx.p(S["name"]), p, head(ctx, S))
        if S["uscc"] != "00000000000000000X":
            t += "统一社会信用代码%s%s，" % (p, ctx.p(S["uscc"]))
        else:
            t += "注册号%s%s，" % (p, ctx.p(S["gszc"]))
        return t + "经营场所%s%s%s。" % (p, c["county"], S["site"])
    t = "当事人%s%s，统一社会信用代码%s%s，住所%s%s，法定代表人%s%s" % (
        p, ctx.p(S["name"]), p, ctx.p(S["uscc"]), p, ctx.p(S["addr"]), p, head(ctx, S))
    if w.r.random() < 0.3:
        t += "（%s%s）" % (w.r.choice(["身份证号码：", "公民身份号码", "身份证"]), ctx.s("id_number", S["pid"]))
    return t + "。"


def penalty(ctx, w, S, basis, items, extra=""):
    """NR, CFLB, NR_FK, NR_WFFF from a list of (category, amount-in-yuan or None)."""
    r = w.r
    parts, cflb, f = [], [], {}
    nums = "一二三四五六"
    for i, (cat, amt) in enumerate(items):
        cflb.append(cat)
        if cat == "罚款":
            t = W.yuan_text(amt, r)
            parts.append("罚款" + ctx.p(t))
            f["NR_FK"] = W.wan(amt)
        elif cat in ("没收违法所得", "没收非法财物"):
            parts.append(cat + W.yuan_text(amt, r))
            f["NR_WFFF"] = W.wan(amt)
        else:
            parts.append(cat)
    if len(parts) > 1:
        body = "；".join("（%s）%s" % (nums[i], x) for i, x in enumerate(parts))
    else:
        body = parts[0]
    lead = r.choice(["依据%s的规定，决定给予当事人如下行政处罚：", "根据%s，本机关决定对当事人作出如下处罚：",
                     "依照%s之规定，责令当事人改正违法行为，并处："])
    f["NR"] = lead % ctx.p(basis) + body + "。" + extra
    f["CFLB"] = ";".join(cflb)
    f["YJ"] = basis
    return f


def appeal(c):
    gov = (c["city"] or c["county"]) + "人民政府"
    return "如不服本决定，可在收到决定书之日起六十日内向%s申请行政复议，也可在六个月内依法提起行政诉讼。" % gov
