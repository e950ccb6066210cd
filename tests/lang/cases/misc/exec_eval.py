ns = {}
exec("x = 1 + 2", ns)
print(ns["x"], eval("x * 10", ns), eval("[i for i in range(3)]"))
