print(ascii('\N{EM DASH}'), ascii('\N{em dash}'), ascii('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print(ascii('\N{NBSP}\N{BYTE ORDER MARK}\N{LINE FEED}\N{END OF LINE}\N{NULL}'))
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{GRINNING FACE}'))
print(ascii(f'\N{BULLET} {1 + 1}'), ascii('\N{DEGREE SIGN}' 'C'), r'\N{DASH}', b'\N{DASH}')
print('\\N{EM DASH}', len('\N{SPACE}'), '\N{DIGIT ONE}' == '1')
for src in [r"'\N{NO SUCH NAME}'", r"'abc\N{BOGUS}'", r"'\N{cjk unified ideograph-4e00}'",
            r"'\N{HANGUL SYLLABLE gag}'", r"'\N{}'", r"'\N'", r"'\N{EM DASH'", r"f'{0}\N{NOPE}'",
            "x = 1\ny = '\\N{NOPE}'\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
