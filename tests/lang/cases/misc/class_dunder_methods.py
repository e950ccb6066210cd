class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __len__(self):
        return self.n
    def __repr__(self):
        return "V(%d)" % self.n
    def __add__(self, other):
        return V(self.n + other.n)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), len(V(3)), V(1) + V(2))
print(sorted([V(3), V(1), V(2)]), bool(V(0)), bool(V(2)))
