# dict.update stops with RuntimeError when the source dict changes size
# under it (a key's __eq__ empties it here).
class Collider:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        source.clear()
        return False

source = {i: i for i in range(1, 50)}
source[Collider()] = 'c'
target = {Collider(): 0, 1: 1}
try:
    target.update(source)
except RuntimeError as exc:
    print('RuntimeError:', exc)
print(len(source))
plain = {'a': 1}
plain.update({'b': 2}, c=3)
print(plain)
