print(isinstance({}, dict), type({}) is dict, isinstance(globals(), dict), issubclass(dict, object))
print(dict.__name__, type({}).__name__, isinstance(dict.__doc__, str))
print(isinstance(set(), set), isinstance(frozenset(), frozenset), type({1}) is set)
class D:
    pass
print(type(D().__dict__).__name__, isinstance(vars(D()), dict))
