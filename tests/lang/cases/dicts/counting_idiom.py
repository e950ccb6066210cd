words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
byfirst = {}
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    byfirst[n % 3] = byfirst.get(n % 3, 0) + n
print(byfirst, max(byfirst, key=byfirst.get), min(byfirst.values()))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
