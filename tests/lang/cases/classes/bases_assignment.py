# Assigning a class's __bases__: the MRO of the class and of the classes
# derived from it follow; 3.6's TypeErrors for bad tuples.
class Walker:
    def move(self):
        return 'walk'


class Swimmer:
    def move(self):
        return 'swim'

    def dive(self):
        return 'dive'


class Animal(Walker):
    pass


class Duck(Animal):
    pass


d = Duck()
print(d.move(), [c.__name__ for c in Duck.__mro__])
Animal.__bases__ = (Swimmer,)
print(d.move(), d.dive(), [c.__name__ for c in Duck.__mro__])
print(Animal.__base__.__name__, Animal.__bases__ == (Swimmer,))
print([c.__name__ for c in Walker.__subclasses__()], [c.__name__ for c in Swimmer.__subclasses__()])
Animal.__bases__ = (Walker, Swimmer)
print(d.move(), d.dive(), [c.__name__ for c in Duck.__mro__])
print(isinstance(d, Swimmer), issubclass(Duck, Walker))


class Listy(list):
    pass


class Other:
    pass


attempts = [
    (Animal, (int,)),
    (Listy, (dict,)),
    (Listy, (Other,)),
    (Walker, (Duck,)),
    (Animal, ()),
    (Animal, [Walker]),
    (Animal, (3,)),
    (Animal, (Walker, Walker)),
    (int, (Other,)),
]
for cls, bases in attempts:
    try:
        cls.__bases__ = bases
        print('accepted', cls.__name__)
    except TypeError as exc:
        print(type(exc).__name__, exc)
try:
    del Animal.__bases__
except TypeError as exc:
    print(exc)
Listy.__bases__ = (list, Other)
print([c.__name__ for c in Listy.__mro__])
print([c.__name__ for c in Duck.__mro__])
