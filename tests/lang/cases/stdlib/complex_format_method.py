for spec in ['010f', '=10f', 'c', '', '10', 'f']:
    try:
        print(spec, repr((1.5+0.5j).__format__(spec)))
    except Exception as e:
        print(spec, type(e).__name__, e)
try: print(complex.__format__(1j, 5))
except Exception as e: print(type(e).__name__, e)
class Cx(complex):
    def __format__(self, spec):
        return 'Cx:' + super().__format__(spec)
print(format(Cx(1, 2), '.1f'), '{:>12}'.format(Cx(1, 2)), f'{Cx(3):}')
print(complex.__format__(Cx(1, 2), '.2f'))
try: complex.__format__(1.0, '')
except TypeError as e: print(e)
print(dir(complex).count('__format__'), '__format__' in complex.__dict__)
