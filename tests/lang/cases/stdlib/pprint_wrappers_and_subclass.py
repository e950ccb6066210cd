# pprint lays out UserDict, UserList, UserString and a class's
# mappingproxy as what they wrap; a PrettyPrinter subclass's format()
# makes every repr; values that do not order sort by type, then id.
import collections
import pprint
words = 'the quick brown fox jumped over a lazy dog'.split()
print(pprint.pformat(collections.UserDict(zip(words, range(9)))))
print(pprint.pformat(collections.UserList(zip(words, range(9)))))
print(pprint.pformat(collections.UserString(' '.join(words)), width=20))
print(pprint.pformat(collections.UserDict(), width=1))


class C:
    pass


for k, v in zip(words, range(9)):
    setattr(C, k, v)
print(pprint.pformat(C.__dict__))


class Bare(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and ' ' not in object:
            return object, 0, 0
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)


Bare().pprint({'a b': 'c', 'd': ['e f', 'g']})
print(Bare(width=10).pformat(words[:3]))


class Unorderable:
    def __repr__(self):
        return 'U'


print(pprint.pformat({1: 0, Unorderable: 0, 'x': 1}).replace(__name__, 'M'))
print(pprint.pformat({(1,): 0, (None,): 0, (2,): 0}).count(':'))
