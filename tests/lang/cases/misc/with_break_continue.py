class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, *exc):
        print("exit", self.i)
for i in range(3):
    with CM(i) as v:
        if v == 0:
            continue
        if v == 1:
            break
print("loop over")
