"""Numbers with valid check characters: ID numbers (GB 11643-1999), unified
social credit codes (GB 32100-2015), 15-digit registration numbers (GB
12402, ISO 7064 MOD 11,10), bank cards (Luhn), phones, documents.

Every function takes the caller's random.Random so that the set is
deterministic.
"""
import datetime

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_check(first17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


def birth(rng, lo=1952, hi=2003):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 6, 30).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def id18(rng, region, want_x=None, lo=1952, hi=2003):
    """A valid 18-digit ID number of an adult; want_x forces (or avoids) an X check."""
    while True:
        d = birth(rng, lo, hi)
        first = region + d.strftime("%Y%m%d") + "%03d" % rng.randint(1, 999)
        c = id_check(first)
        if want_x is None or (c == "X") == want_x:
            return first + c


def id15(rng, region):
    d = birth(rng, 1940, 1983)
    return region + d.strftime("%y%m%d") + "%03d" % rng.randint(1, 999)


def id_shaped(rng, region, valid=True):
    """An 18-digit reference number that looks like an ID number."""
    while True:
        s = id18(rng, region, lo=1960, hi=2002)
        if valid:
            return s
        bad = s[:17] + rng.choice([c for c in "0123456789" if c != s[17]])
        if not id_valid(bad):
            return bad


def uscc(rng, prefix, region):
    body = prefix + region + "".join(rng.choice(USCC_ALPHABET[:10] + "MA")
                                     for _ in range(9))
    body = body[:17]
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    return body + USCC_ALPHABET[(31 - s % 31) % 31]


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31] == code[17]


def gszc(rng, region):
    """A 15-digit registration number with its MOD 11,10 check digit."""
    body = region + "".join(str(rng.randint(0, 9)) for _ in range(8))
    p = 10
    for c in body:
        s = (p + int(c)) % 10 or 10
        p = (s * 2) % 11
    return body + str((11 - p) % 10)


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_valid(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180",
                   "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]


def mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def landline_local(rng, area):
    n = 8 if area in ("0311", "0351", "0851", "0991", "0951", "0898") else 7
    return str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


CARD_PREFIXES = ["621700", "622202", "622848", "623052", "621226", "622588", "620522", "621661",
                 "622609", "625965"]


def bank_card(rng):
    return luhn_complete(rng.choice(CARD_PREFIXES), rng.choice([16, 19, 19]), rng)


FULLWIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def fullwidth(s):
    return s.translate(FULLWIDTH)
