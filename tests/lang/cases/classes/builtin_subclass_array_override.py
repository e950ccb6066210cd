# A subclass overriding array.array's special methods reaches the base's
# through the class and through super().
import array

class Offset(array.array):
    def __getitem__(self, i):
        return array.array.__getitem__(self, i) + 100
    def __len__(self):
        return array.array.__len__(self) * 10
    def __repr__(self):
        return 'Offset<%s>' % super().__repr__()
    def __iter__(self):
        for i in range(array.array.__len__(self)):
            yield self[i]

o = Offset('i', [1, 2, 3])
print(o[0], len(o), repr(o), list(o), str(o))
print(array.array.__getitem__(o, 1), array.array.__len__(o), array.array.__contains__(o, 2))
array.array.__setitem__(o, 0, 9)
array.array.__delitem__(o, 2)
print(array.array.__repr__(o), o.tolist())
print(sorted(n for n in ('__getitem__', '__len__', '__iter__', '__setitem__') if n in array.array.__dict__))
