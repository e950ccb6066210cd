class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), len(s), s.pop(), s, s[0], s[-1], s[0:1], list(reversed(s)))
print(isinstance(s, list), type(s).__name__, s == [1, 2], [1, 2] == s, bool(s), bool(Stack()))
s += [9]
print(type(s).__name__, s)
t = s + [10]
print(type(t).__name__, t)
s.extend(range(3)); s.sort(); print(s, sorted(s, reverse=True), 9 in s, s.index(9), s.count(0))
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return "Named(%r, %s)" % (self.name, list.__repr__(self))
n = Named("n", (1, 2))
print(n, n.name, len(n), [x * 2 for x in n])
class L2(list):
    pass
print(L2("abc"), L2(), L2(x for x in range(3)))
try:
    L2(1, 2)
except TypeError as e:
    print("TypeError", e)
