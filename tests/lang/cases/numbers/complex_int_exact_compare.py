# complex == int compares the real part with the int exactly.
big = 2 ** 60
print(complex(big) == big + 1, complex(big) != big + 1)
print(big + 1 == complex(big), big + 1 != complex(big))
print(complex(big) == big, complex(big, 1) == big, complex(big, 0.0) != big)
print(complex(1e300) == 10 ** 300, complex(float(10 ** 300)) == int(float(10 ** 300)))
print(complex(float('inf')) == 10 ** 400, complex(float('nan')) != 5)
print(complex(3) == 3, complex(-0.0) == 0, complex(1) == True)
print(1j == 0, 0j == 0, complex(2 ** 53 + 1) == 2 ** 53 + 1)
for c in [complex(1e308, 1e308), complex(1.7e308, 1.7e308), complex(float('inf'), 1),
          complex(float('nan'), float('inf')), complex(3, 4)]:
    try:
        print(abs(c))
    except OverflowError as e:
        print('OverflowError', e)
