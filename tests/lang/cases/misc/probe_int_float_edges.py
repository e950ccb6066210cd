# int edge cases
calls = ["int('  12  ')", "int('1_000')", "int('_1')", "int('0x10', 16)", "int('0x10', 0)", "int('010', 0)", "int('0o17', 0)", "int('0b101', 0)", "int('z', 36)", "int('9', 8)", "int('')", "int(' ')", "int('1.5')", "int(1e20)", "int(-0.9)", "int(b'12')", "int(bytearray(b'7'))", "int('١٢')", "int(True)", "int([])", "int(None)", "int('12', base=3)", "int(x='1')",
 "(255).to_bytes(2, 'big')", "(255).to_bytes(1, 'little', signed=True)", "(-1).to_bytes(2, 'big', signed=True)", "(256).to_bytes(1, 'big')", "int.from_bytes(b'\\xff\\x00', 'little')", "int.from_bytes(b'\\xff', 'big', signed=True)", "int.from_bytes([1, 2], 'big')", "int.from_bytes(b'', 'big')", "(5).to_bytes(1, 'middle')",
 "(10).bit_length()", "(-10).bit_length()", "(0).bit_length()", "(7).conjugate()", "(6).numerator", "(6).denominator", "(5).real", "(5).imag", "2 ** 100", "(-2) ** 0.5", "pow(-2, 0.5)", "2 ** -2", "0 ** -1", "10 // -3", "10 % -3", "-10 // 3", "divmod(-7, 2)", "divmod(7, 0)", "7 % 0", "7 // 0.0", "1 << -1", "1 << 100", "-1 >> 100", "~5", "-(-5)", "+True", "True + True", "abs(-2**70)",
 "round(2.5)", "round(-2.5)", "round(1234, -2)", "round(1250, -2)", "round(15, -1)", "round(25, -1)", "round(7, 0)", "round(2.675, 2)", "round(1e300, -300)", "round(0.5)", "round(1.5, None)",
 "hex(-255)", "oct(8)", "bin(-5)", "format(255, '#010x')", "format(-1, 'b')", "format(1234567, ',')", "format(1234567, '_')", "format(12, 'c')", "format(3.0, 'd')", "'%d' % 3.99", "'%x' % -255", "'%o' % 0o777",
 "1 == 1.0", "2**53 + 1 == float(2**53 + 1)", "10**400 > 1e308", "10**400 < float('inf')", "hash(2**61 - 1)", "hash(-1)", "hash(1.5)", "hash(2**64)", "float(10**400)", "10**400 / 1", "10**400 // 10**399", "(10**20) / (10**10)", "1 / 3", "2 ** 0.5", "4 ** 0.5", "(-8) ** (1/3)",
 "isinstance(True, int)", "True is 1", "int.__name__", "type(2**100)", "(2**63).__class__", "sys.maxsize" if False else "0", "(1).__add__(1.0)", "(1.0).__add__(1)", "(3).__rsub__(10)", "(2).__pow__(3, 5)", "int.__new__(int, '5')",
 "1_0 + 0x_f + 0o_7 + 0b_1", "0.1 + 0.2", "1e-7", "1e16", "123456789.123456789", "float('1e500')", "float('-1e500')", "1.0 / 3 * 3", "3.0 % -2", "-3.0 // 2", "divmod(-3.5, 2)", "5.0.is_integer()", "(0.5).as_integer_ratio()", "float.fromhex('0x1.8p1')", "(1.5).hex()", "float('0x1p3')"]
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
