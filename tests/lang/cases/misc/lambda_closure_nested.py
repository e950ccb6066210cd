make = lambda n: (lambda x: x * n)
double = make(2)
print(double(21), make(3)(3))
