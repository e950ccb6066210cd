# An error raised while comparing items views propagates.
class Touchy:
    def __eq__(self, other):
        raise RuntimeError('compared')

left = {1: Touchy()}
right = {1: Touchy()}
checks = [
    ('==', lambda: left.items() == right.items()),
    ('!=', lambda: left.items() != right.items()),
    ('<=', lambda: left.items() <= right.items()),
    ('>=', lambda: left.items() >= right.items()),
    ('< smaller', lambda: left.items() < {1: Touchy(), 2: 0}.items()),
    ('== sizes differ', lambda: left.items() == {}.items()),
]
for label, check in checks:
    try:
        print(label, check())
    except RuntimeError as exc:
        print(label, 'RuntimeError', exc)
