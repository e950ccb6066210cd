# round() reads a huge ndigits saturated.
big = 2 ** 100
print(round(123.456, big), round(123.456, -big), round(-0.5, big), round(7, big))
print(round(55, -1), round(-55, -1), round(65, -1), round(7 * 10 ** 40, -41), round(-5, -30))
try:
    round(1.6e308, -308)
except OverflowError as exc:
    print('OverflowError:', exc)
print(round(1.2e308, -307))
