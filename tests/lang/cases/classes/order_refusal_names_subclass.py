# An ordering comparison no operand supports names the operands' own
# classes, subclasses of built-in types included, not their base types.
class S(str): pass
class I(int): pass
class L(list): pass
class T(tuple): pass
pairs = [(S('a'), 1), (1, S('a')), (I(1), 'x'), ('x', I(1)), (L(), 1),
         (T(), S()), (S(), I()), (S('a'), S('b')), (I(2), 3.0), (frozenset(), 1)]
for a, b in pairs:
    for op in ['<', '<=', '>', '>=']:
        try:
            print(eval('a %s b' % op))
        except TypeError as e:
            print(e)
