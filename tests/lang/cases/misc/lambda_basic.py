add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "no args")(), (lambda *a: a)(1, 2))
print(add.__name__, sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
