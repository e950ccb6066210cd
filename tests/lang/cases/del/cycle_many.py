# gc.collect() finds 1,000 garbage self-cycles among 5,000 live linked
# objects, leaves the live ones intact, and finds them once dropped.
import gc
count = 0
class N:
    def __init__(self, i):
        self.i = i
        self.links = []
    def __del__(self):
        global count
        count += 1
nodes = [N(i) for i in range(5000)]
for i, n in enumerate(nodes):
    n.links.append(nodes[(i * 7) % 5000])
    n.d = {"prev": nodes[i - 1]}
garbage = [N(-i) for i in range(1, 1001)]
for g in garbage:
    g.me = g
    g.links.append(garbage[0])
del garbage, g
gc.collect()
ok = all(n.links[0] is nodes[(n.i * 7) % 5000] and n.d["prev"] is nodes[n.i - 1] for n in nodes)
print("finalized", count, "intact", ok)
nodes = None
del n
gc.collect()
print("after dropping all", count)
