# str.format and format_map read fields with the same grammar as
# _string.formatter_parser: brackets in names, conversions, nested specs
# (two levels at most), positional fields refused by format_map.


class Keys:
    attr = "A"

    def __getitem__(self, key):
        return repr(key)


cases = [
    ("{0[0]}", ({0: "zero"},)), ("{0[0]}{0[x]}{0[\u0663]}", (Keys(),)),
    ("{\u0663}", tuple(range(5))), ("{0!\xe9}", (1,)), ("{0!x}", (1,)),
    ("{a[}]}", ()), ("{}{}", (1, 2)), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)),
    ("{0.attr[1]}", (Keys(),)), ("{0[1]x}", (Keys(),)), ("{0:{1}}", (3, 5)),
    ("{0:{1:{2}}}", (3, 5, 1)), ("{!r:}", ("a",)), ("{0.}", (1,)),
    ("{0[}", (1,)), ("{x}", ()), ("{0}", ()), ("{99999999999999999999}", ()),
    ("{0.attr.}", (Keys(),)), ("{0!r:>{1}}", ("ab", 8)),
    ("{{}}{0!a}", ("\xe9",)), ("{0:}}", (1,)), ("{0]}", (1,)), ("{-1}", (1,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except Exception as exc:
        print(repr(fmt), type(exc).__name__, exc)

for fmt, mapping in [("{}", {"a": 2}), ("{}", "a"), ("{a} {}", {"a": 2}),
                     ("{0}", {"0": 1}), ("{a.attr}", {"a": Keys()}),
                     ("{a[k]}", {"a": Keys()}), ("{b}", {})]:
    try:
        print(repr(fmt), repr(fmt.format_map(mapping)))
    except Exception as exc:
        print(repr(fmt), type(exc).__name__, exc)
