# range's and slice's start, stop and step, and complex's real and imag,
# are struct members in 3.6: writing them says "readonly attribute".
for o, names in [(range(3), ['start', 'stop', 'step']), (slice(1, 2), ['start', 'stop', 'step']),
                 (1j, ['real', 'imag']), (1, ['real', 'numerator']), (1.5, ['real'])]:
    for n in names:
        for op in ('set', 'del'):
            try:
                if op == 'set':
                    setattr(o, n, 1)
                else:
                    delattr(o, n)
                print('no error')
            except AttributeError as e:
                print(type(o).__name__, n, op, e)
    print(type(o).__dict__[names[0]], type(type(o).__dict__[names[0]]).__name__)
try:
    type(range(1)).__dict__['stop'].__set__(range(2), 5)
except AttributeError as e:
    print(e)
