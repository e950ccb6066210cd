d = {"k": 1}
d["k"] += 10
class C:
    n = 0
c = C()
c.n += 1
lst = [1, 2]
lst[-1] *= 5
print(d["k"], c.n, C.n, lst)
