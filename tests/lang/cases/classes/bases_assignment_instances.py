# Instances made before a __bases__ assignment see the new bases'
# methods and attributes at once, in loops too (attribute caches).
class Old:
    tag = 'old'

    def speak(self):
        return 'old speak'


class New:
    tag = 'new'

    def speak(self):
        return 'new speak'


class Thing(Old):
    pass


things = [Thing() for _ in range(3)]
seen = []
for i in range(6):
    if i == 3:
        Thing.__bases__ = (New,)
    seen.append((things[i % 3].speak(), things[i % 3].tag))
print(seen)
print(isinstance(things[0], New), isinstance(things[0], Old))
