d = {}
for k in ["zeta", "alpha", "mid", 10, 3, "beta"]:
    d[k] = len(str(k))
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["alpha"]
d["alpha"] = 0
print(d)
d["zeta"] = 99
print(d)
print({k: v for k, v in zip("dcba", range(4))})
