class E(Exception):
    def __iter__(self):
        return iter(self.args)
    def __len__(self):
        return len(self.args)
e = E(1, 2, 3)
print(list(e), len(e), [x for x in e], tuple(e), 2 in e)
try:
    iter(ValueError(1))
except TypeError as x:
    print(x)
