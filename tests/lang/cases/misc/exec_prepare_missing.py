# A __prepare__ mapping's __missing__ answers unknown names in the class
# body; names the body binds are read back from the mapping.
class Default(dict):
    def __missing__(self, key):
        if key in ('__name__', '__module__') or key.startswith('__'):
            raise KeyError(key)
        return 'default:' + key


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Default()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


class K(metaclass=Meta):
    first = unknown_one
    second = first + '!'
    third = str(len('abc'))


print(K.first, K.second, K.third)
