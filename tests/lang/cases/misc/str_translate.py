def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()))
t(lambda: "abcdd e".translate(tbl))
t(lambda: "hello".translate({ord("l"): "L", ord("o"): None}))
t(lambda: str.maketrans({"a": "1", 98: "2"}))
t(lambda: "abc".translate(str.maketrans({"a": "1", 98: None})))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans("ab"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans(1, "a"))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "".maketrans("a", "b"))
print(int.__name__, str.__name__, dict.__name__, ValueError.__name__)
class A: pass
a = A(); a.items = [1]; a.keys = 2
print(sorted(a.__dict__.items()), sorted(vars(a).keys()), a.__dict__.get("items"))
print(list(map(str.upper, "ab")), type(str.upper("x")).__name__)
