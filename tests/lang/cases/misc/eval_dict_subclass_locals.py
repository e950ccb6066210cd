# A dict subclass as eval()/exec() locals: its __getitem__ override is
# consulted for every name read, stores go through __setitem__.
class Tracking(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.events = []

    def __getitem__(self, key):
        self.events.append('get ' + key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self.events.append('set ' + key)
        super().__setitem__(key, value)


t = Tracking(a=1)
exec('b = a + 1\nc = b + a', {}, t)
print(sorted(t.items()), t.events)
t.events.clear()
print(eval('a + b + c', {}, t), t.events)
t.events.clear()
exec('for i in range(2): total = i', {}, t)
print(t['total'], [e for e in t.events if e != 'get range'])
