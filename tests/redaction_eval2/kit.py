"""Building blocks of the second evaluation set's generator: identifier
check characters, numerals and dates as documents write them, and the
rendering context that records secret and public labels.

Written for this set; nothing is taken from dpfeed's redaction code.
"""

import datetime as dt

FIRST_DATE = dt.date(2024, 1, 2)
LAST_DATE = dt.date(2026, 11, 27)  # decisions no later than this

# ---------------------------------------------------------------------------
# Check characters of the identifiers the standard carries.

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def uscc_with_check(first17):
    s = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_ALPHABET[(31 - s % 31) % 31]


def id_check(first17):
    return ID_CHECK[sum(int(ch) * w for ch, w in zip(first17, ID_WEIGHTS)) % 11]


def luhn_complete(prefix):
    """prefix + the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def regno_complete(first14):
    """工商注册号: ISO 7064 MOD 11,10 check digit (GS15-2006)."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    for c in range(10):
        if (p + c) % 10 == 1:
            return first14 + str(c)
    raise AssertionError


# ---------------------------------------------------------------------------
# Numerals and dates as documents write them.

CN_DIGITS = "〇一二三四五六七八九"
CN_CAPITAL = "零壹贰叁肆伍陆柒捌玖"


def cn_number(n):
    """1..999 the way addresses and article numbers spell them (二十三, 一百零八)."""
    assert 0 < n < 1000
    out = ""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    if h:
        out += CN_DIGITS[h] + "百"
        if t == 0 and u:
            return out + "零" + CN_DIGITS[u]
        if t:
            out += CN_DIGITS[t] + "十"
    elif t:
        out += ("" if t == 1 else CN_DIGITS[t]) + "十"
    if u:
        out += CN_DIGITS[u]
    return out


def cn_digitwise(n):
    """一〇一 for room numbers and years."""
    return "".join(CN_DIGITS[int(ch)] for ch in str(n))


def cn_capital_yuan(n):
    """An integer amount in 大写: 伍仟元整, 壹万贰仟元整, 叁拾伍万元整."""
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (x // 10**i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += CN_CAPITAL[d] + units[i]
        return s

    hi, lo = divmod(n, 10000)
    s = ""
    if hi:
        s = four(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    if lo:
        s += four(lo)
    return s + "元整"


def wan(yuan):
    """Yuan to the standard's 万元 decimal string ("0.5", "0.12", "3.5")."""
    cents = round(yuan * 100)
    whole, frac = divmod(cents, 1000000)
    s = str(whole)
    if frac:
        s += "." + ("%06d" % frac).rstrip("0")
    return s


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def iso(d):
    return d.isoformat()


def date_cn(d, style):
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.year}.{d.month}.{d.day}"
    return f"{cn_digitwise(d.year)}年{cn_number(d.month)}月{cn_number(d.day)}日"


def to_fullwidth_digits(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "0" <= ch <= "9" else ("－" if ch == "-" else ch) for ch in s)


# ---------------------------------------------------------------------------
# The rendering context of one record.

HALF_WIDTH = {"：": ":", "，": ",", "（": "(", "）": ")", "；": ";"}


class Ctx:
    """Draws values for one record and records its labels.

    S() plants a secret and returns it (in skeleton mode an opaque token);
    P() labels a public value and returns it unchanged. f() renders a
    template whose literal punctuation follows the record's style (full-width,
    half-width or mixed); values passed in are inserted untouched.
    """

    def __init__(self, rng, skeleton, half):
        self.r = rng
        self.skeleton = skeleton
        self.half = half  # 0 = dev, 1 = held-out
        self.secrets = []
        self.subs = []
        self.publics = []
        self.tokens = 0
        self.style = rng.choice(["full", "full", "full", "half", "mixed"])

    # labels
    def S(self, category, value):
        assert value and "\n" not in value, value
        self.secrets.append((category, value))
        if self.skeleton:
            self.tokens += 1
            return "\u27e6%d\u27e7" % self.tokens
        return value

    def sub(self, category, value):
        """A second label inside a value already planted with S()."""
        self.subs.append((category, value))

    def P(self, value):
        self.publics.append(value)
        return value

    # randomness
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    # text
    def punct(self, s):
        if self.style == "full":
            return s
        out = []
        for ch in s:
            if ch in HALF_WIDTH and (self.style == "half" or self.r.random() < 0.5):
                out.append(HALF_WIDTH[ch])
            else:
                out.append(ch)
        return "".join(out)

    def f(self, template, **kw):
        return self.punct(template).format(**kw)

    def join(self, parts, breaks=0.35):
        """Sentences of a free-text field, sometimes on separate lines."""
        out = ""
        for i, p in enumerate(p for p in parts if p):
            if i and self.chance(breaks):
                out += "\r\n" if self.chance(0.1) else "\n"
            elif i and out[-1] not in "。.；;，,：:\n":
                out += self.punct("。")
            out += p
        return out

    def date(self, d, label=False, styles=(0, 0, 0, 1, 1, 2, 4)):
        s = date_cn(d, self.pick(list(styles)))
        return self.P(s) if label else s
