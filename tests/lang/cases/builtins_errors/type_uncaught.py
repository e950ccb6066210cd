A = type('A', (), {'x': 1})
print(A.x, A.__name__)
B = type('B', [A], {})
