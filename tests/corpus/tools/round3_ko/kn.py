"""Tiny independent Korean number reader for annotating (not fincli)."""
from decimal import Decimal
import re

BIG = {"경": 10**16, "조": 10**12, "억": 10**8, "만": 10**4}
SMALL = {"천": 1000, "백": 100, "십": 10}


def kv(s: str) -> str:
    """'2백37조' -> '237000000000000'; '72억 2천8백만' -> '7228000000'; '17.4억'."""
    s = s.replace(" ", "").replace(",", "")
    toks = re.findall(r"\d+(?:\.\d+)?|[경조억만천백십]", s)
    assert "".join(toks) == s, (s, toks)
    total = Decimal(0)
    group = Decimal(0)   # value of the current 4-digit group
    num = None           # pending number
    for t in toks:
        if t[0].isdigit():
            assert num is None, s
            num = Decimal(t)
        elif t in SMALL:
            group += (num if num is not None else 1) * SMALL[t]
            num = None
        else:
            group += num if num is not None else 0
            if group == 0:
                group = Decimal(1)
            total += group * BIG[t]
            group = Decimal(0)
            num = None
    group += num if num is not None else 0
    total += group
    assert total == total.to_integral_value(), (s, total)
    return str(int(total))


if __name__ == "__main__":
    tests = {"2백37조": 237 * 10**12, "72억 2천8백만": 7228000000, "17.4억": 1740000000,
             "20억4,000만": 2040000000, "3백9만8천": 3098000, "1조1550억": 1155 * 10**9,
             "86조3천7백3억": 863703 * 10**8, "512억 2700만": 51227000000, "10조5천20억": 105020 * 10**8}
    for k, v in tests.items():
        assert kv(k) == str(v), (k, kv(k), v)
    print("ok")
