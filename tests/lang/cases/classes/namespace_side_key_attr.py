# A non-str key of an instance __dict__ whose hash and == match an
# attribute name answers the attribute, as CPython's dict lookup does.
class K:
    def __hash__(self):
        return hash('x')
    def __eq__(self, other):
        return True
class O:
    y = 'class y'
o = O()
o.__dict__[K()] = 5
print(o.x)
print(getattr(o, 'x', None))
try:
    o.z
except AttributeError as e:
    print('AttributeError:', e)
class Y:
    def __hash__(self):
        return hash('y')
    def __eq__(self, other):
        return other == 'y'
o.__dict__[Y()] = 'instance y'
print(o.y)
class Bad:
    def __hash__(self):
        return hash('w')
    def __eq__(self, other):
        raise ValueError('no compare')
o.__dict__[Bad()] = 1
try:
    o.w
except (ValueError, AttributeError) as e:
    print(type(e).__name__, e)
