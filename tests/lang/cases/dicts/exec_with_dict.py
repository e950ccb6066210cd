g = {}
exec("x = 1\ny = x + 1", g)
print(g["x"], g["y"], "__builtins__" in g)
ns = {"a": 5}
print(eval("a * 2", ns))
loc = {}
exec("z = 3", {}, loc)
print(loc)
T = type("T", (object,), {"v": 1, "m": lambda self: 2})
print(T().v, T().m(), T.__name__)
