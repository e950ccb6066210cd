print({x: x * x for x in range(6) if x % 2})
print({(x, y): x + y for x in range(2) for y in range(2)})
print({1: "a", 1.0: "b", True: "c"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({"k": i for i in range(3)})
a = 1
print({a: a, a + 1: a})
