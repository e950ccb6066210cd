# The __divmod__ / __rdivmod__ methods of int and float, called as
# methods, return the (quotient, remainder) pair.
print((100).__divmod__(3), int.__divmod__(-7, 2), (100).__rdivmod__(7))
print((7.5).__divmod__(2), float.__divmod__(-7.5, 2.0), float.__rdivmod__(2.0, 7.5))
print((3).__divmod__('x'), (3.0).__rdivmod__('x'), True.__divmod__(2))
