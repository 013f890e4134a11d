#!/usr/bin/env python3
"""Second labelled evaluation set for dpfeed's personal-data masking (issue 8).

Writes dev.jsonl and heldout.jsonl next to this file: decision records
modelled on published 行政处罚决定书 and 行政许可决定书 of county-level
departments, each labelled with the personal values that must not survive
masking ("secrets") and the public values that must survive it unchanged
("public"). Line format: that of tests/redaction_eval (eval_counter.h).

Built independently of the detectors: nothing here is taken from
redaction/, its tests, the first set's generator or the fuzz corpus. Word
lists (vocab.py), cue phrases and document phrasing are written from what
real decision documents on government portals and 信用中国 look like. Labels
follow the rules (DOMAIN.md section 4, issue 8), never the code's behaviour.

Every record is rendered twice from the same random state: once with the
real values and once with every secret replaced by an opaque token (the
"skeleton"). A record is kept only if the skeleton contains no secret (a
secret occurs only where it was planted) and every public value occurs in the
skeleton as often as in the record (no public value overlaps a secret), and
its fields fit the standard's lengths; otherwise it is drawn again.

The held-out half is frozen: once heldout.jsonl exists, this script refuses
to replace it with different content (README.md names the freezing commit).

Usage: python3 generate.py           write dev.jsonl (and heldout.jsonl if absent)
       python3 generate.py --check   verify both files are what this script writes
       python3 generate.py --stats   print label counts of the files as written
Python 3.11 standard library only; deterministic output.
"""

import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import kit  # noqa: E402
import licenses  # noqa: E402
import penalties  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = {"dev": 20260415, "heldout": 91730268}
HALF_INDEX = {"dev": 0, "heldout": 1}
# Records per half: (kind, subject category) -> count. 350 per half.
MIX = {("penalty", "legal"): 80, ("penalty", "individual"): 60, ("penalty", "natural"): 60,
       ("license", "legal"): 60, ("license", "individual"): 40, ("license", "natural"): 50}
# The remark is bare BZ in the national standard; CF_BZ / XK_BZ are the
# aliases dpfeed accepted before it read BZ. Both halves use BZ (the dev half
# used the aliases until main read BZ).
BARE_BZ = {"dev": True, "heldout": True}
MAX_CHARS = {"XDR_MC": 200, "FRDB": 50, "WSH": 64, "XKZS": 64, "XKBH": 64, "NR": 4000, "SY": 5000,
             "BZ": 512, "NR_ZKDX": 200, "WFXW": 2000, "YJ": 2000}


def plan(rng):
    """The (kind, category, scenario, trade) of every record, scenarios in turn."""
    jobs = []
    for (kind, cat), count in MIX.items():
        table = penalties.SCENARIOS if kind == "penalty" else licenses.SCENARIOS
        fits = [(fn, trade) for fn, trade, cats in table if cat in cats]
        rng.shuffle(fits)
        for i in range(count):
            fn, trade = fits[i % len(fits)]
            jobs.append((kind, cat, fn, trade))
    rng.shuffle(jobs)
    return jobs


def wire(kind, rec, bare_bz):
    prefix = "CF_" if kind == "penalty" else "XK_"
    return {(k if k == "BZ" and bare_bz else prefix + k): v for k, v in rec.items()}


def problems(real, rec, skel, sk_rec):
    text = "\x00".join(rec.values())
    sk_text = "\x00".join(sk_rec.values())
    for k, v in rec.items():
        if len(v) > MAX_CHARS.get(k, 10**6):
            return "%s longer than %d" % (k, MAX_CHARS[k])
    for cat, v in real.secrets + real.subs:
        if v not in text:
            return "secret %r not in the record" % v
        if v in sk_text:
            return "secret %r occurs where it was not planted" % v
        if any(ch in v for ch in '"\\\n\r\t'):
            return "secret %r has a character JSON escapes" % v
    for v in real.publics:
        n = text.count(v)
        if n == 0:
            return "public %r not in the record" % v
        if sk_text.count(v) != n:
            return "public %r overlaps a secret" % v
        if any(ch in v for ch in '"\\\n\r\t'):
            return "public %r has a character JSON escapes" % v
    return None


def draw(rng, name, kind, cat, fn, trade):
    half = HALF_INDEX[name]
    build = penalties.penalty_record if kind == "penalty" else licenses.licence_record
    for _ in range(200):
        state = rng.getstate()
        real = kit.Ctx(rng, False, half)
        _, rec = build(real, cat, fn, trade)
        after = rng.getstate()
        rng.setstate(state)
        skel = kit.Ctx(rng, True, half)
        _, sk_rec = build(skel, cat, fn, trade)
        assert rng.getstate() == after, "skeleton drew differently"
        why = problems(real, rec, skel, sk_rec)
        if why and os.environ.get("EVALSET_DEBUG"):
            print("redraw %s/%s/%s: %s" % (kind, cat, fn.__name__, why), file=sys.stderr)
        if why is None:
            secrets, seen = [], set()
            for cat_, v in real.secrets + real.subs:
                if (cat_, v) not in seen:
                    seen.add((cat_, v))
                    secrets.append({"category": cat_, "value": v})
            publics = list(dict.fromkeys(real.publics))
            return {"kind": kind, "record": wire(kind, rec, BARE_BZ[name]), "secrets": secrets, "public": publics}
    raise RuntimeError("no valid %s/%s/%s record in 200 draws" % (kind, cat, fn.__name__))


def build_half(name):
    rng = random.Random(SEEDS[name])
    lines = []
    for kind, cat, fn, trade in plan(rng):
        case = draw(rng, name, kind, cat, fn, trade)
        lines.append(json.dumps(case, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n"


CATEGORIES = ("id_number", "mobile", "landline", "bank_card", "email", "passport", "travel_permit",
              "address", "person_name")
SUBJECTS = ("法人及非法人组织", "自然人", "个体工商户")


def stats(name, text):
    """Markdown tables: records, and secrets per category and subject category."""
    records = collections.Counter()
    secrets = collections.defaultdict(collections.Counter)
    publics = collections.Counter()
    for line in text.splitlines():
        case = json.loads(line)
        rec = case["record"]
        lb = rec.get("CF_XDR_LB") or rec.get("XK_XDR_LB")
        records[(case["kind"], lb)] += 1
        publics[lb] += len(case["public"])
        for s in case["secrets"]:
            secrets[s["category"]][lb] += 1
    print("%s.jsonl\n" % name)
    print("| | " + " | ".join(SUBJECTS) + " | total |")
    print("|---|" + "---:|" * (len(SUBJECTS) + 1))
    for kind in ("penalty", "license"):
        row = [records[(kind, lb)] for lb in SUBJECTS]
        print("| %s records | %s | %d |" % (kind, " | ".join(map(str, row)), sum(row)))
    for cat in CATEGORIES:
        row = [secrets[cat][lb] for lb in SUBJECTS]
        print("| %s | %s | %d |" % (cat, " | ".join(map(str, row)), sum(row)))
    row = [sum(secrets[cat][lb] for cat in CATEGORIES) for lb in SUBJECTS]
    print("| all secrets | %s | %d |" % (" | ".join(map(str, row)), sum(row)))
    row = [publics[lb] for lb in SUBJECTS]
    print("| public values | %s | %d |\n" % (" | ".join(map(str, row)), sum(row)))


def main(argv):
    mode = argv[1] if len(argv) > 1 else ""
    failed = False
    for name in ("dev", "heldout"):
        path = os.path.join(HERE, name + ".jsonl")
        if mode == "--stats":
            with open(path, encoding="utf-8") as f:
                stats(name, f.read())
            continue
        text = build_half(name)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if mode == "--check":
            same = old == text
            print("%s.jsonl: %s" % (name, "as generated" if same else "DIFFERS from the generator"))
            failed |= not same
        elif name == "heldout" and old is not None and old != text:
            print("heldout.jsonl is frozen and differs from what this generator writes; not replaced",
                  file=sys.stderr)
            failed = True
        elif old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("wrote %s" % path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
