# list += takes any iterable and extends the same list.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))

acc = []
view = acc
acc += (1, 2)
acc += 'ab'
acc += {'k': 1}
acc += (x * x for x in range(3))
acc += Countdown(2)
print(view, view is acc)
acc += acc
print(len(view))
try:
    acc += 5
except TypeError as exc:
    print(exc)
