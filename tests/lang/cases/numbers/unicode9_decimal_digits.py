# int(), float() and format field numbers read Unicode 9.0's decimal digits (3.6's
# table): Masaram Gondi's (Unicode 10) are not digits there.
for s in ['\U00011d51', '\u0661\u0662', '\uff11\uff12', '\U0001d7ce', '\U000104a1', '\U00011c51', '\U00016a61', '\U0001e951', '\U00011d52']:
    for f in (int, float):
        try: print(f.__name__, ascii(s), f(s))
        except ValueError as e: print(f.__name__, ascii(s), 'ValueError', ascii(str(e)))
    try: print(('{%s}' % s).format(*range(20)))
    except Exception as e: print(type(e).__name__, ascii(str(e)))
