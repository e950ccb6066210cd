def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1_000", "1__000", "_1", "1_", "0x_ff", "0x_f_f", "0_7", " 1_2 ", "-1_0"]:
    t(lambda: int(s))
t(lambda: int("0x_ff", 16))
t(lambda: int("0x_ff", 0))
t(lambda: int("f_f", 16))
t(lambda: int("0b_1", 2))
for s in ["1_0.5", "1_0.5e1_0", "1._5", "1_.5", "1e_5", "1__0.0"]:
    t(lambda: float(s))
