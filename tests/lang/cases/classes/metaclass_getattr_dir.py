# A metaclass's __getattr__ and __dir__ serve its classes; a class's own
# __getattr__ serves only its instances.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return 'meta:' + name
    def __dir__(cls):
        return ['zz', 'aa']
class K(metaclass=Meta):
    x = 1
    def __getattr__(self, name):
        return 'inst:' + name
print(K.x, K.foo, dir(K), getattr(K, 'bar'), hasattr(K, 'q'), hasattr(K, '_q'))
print(K().foo, K().x)
class Sub(K):
    pass
print(Sub.other, Sub().other, dir(Sub))
class Plain:
    def __getattr__(self, name):
        return 'plain:' + name
print(Plain().anything)
try:
    Plain.anything
except AttributeError as e:
    print('AttributeError:', e)
class GA:
    def __getattribute__(self, name):
        return 'ga:' + name
print(GA().x, GA.__name__)
try:
    GA.missing
except AttributeError as e:
    print('AttributeError:', e)
