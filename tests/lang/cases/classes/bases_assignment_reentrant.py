# A metaclass's mro() that assigns __bases__ again while __bases__ is
# being assigned: the inner assignment stands (bases, MRO and
# __subclasses__), also when mro() then raises.
state = {'ready': False, 'fail': False}


class M(type):
    def mro(cls):
        if state['ready'] and cls.__name__ == 'C':
            if state['fail'] and C.__bases__ == (B2,):
                state['ready'] = False
            else:
                if not state['fail']:
                    state['ready'] = False
                C.__bases__ = (B2,)
                if state['fail']:
                    raise KeyError('inner')
        return type.mro(cls)


def run(fail):
    global A, B1, B2, C
    A = M('A', (), {})
    B1 = M('B1', (A,), {})
    B2 = M('B2', (A,), {})
    C = M('C', (A,), {})
    state['ready'], state['fail'] = True, fail
    try:
        C.__bases__ = (B1,)
    except KeyError as e:
        print('raised', e)
    B1.__bases__ = (C,)
    names = lambda cs: [c.__name__ for c in cs]
    print(names(C.__bases__), names(C.__mro__), C.__mro__ == tuple(type.mro(C)))
    print(names(B2.__subclasses__()), names(B1.__subclasses__()),
          names(C.__subclasses__()), names(A.__subclasses__()))


run(False)
run(True)
