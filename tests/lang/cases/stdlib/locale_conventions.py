import locale
conv = {'currency_symbol': '\u20ac', 'decimal_point': ',', 'frac_digits': 2, 'grouping': [3, 3, 0], 'int_curr_symbol': 'EUR ', 'int_frac_digits': 2, 'mon_decimal_point': ',', 'mon_grouping': [3, 3, 0], 'mon_thousands_sep': ' ', 'n_cs_precedes': 0, 'n_sep_by_space': 1, 'n_sign_posn': 1, 'negative_sign': '-', 'p_cs_precedes': 0, 'p_sep_by_space': 1, 'p_sign_posn': 1, 'positive_sign': '', 'thousands_sep': ' '}
for grp in ([3, 3, 0], [3], [2, 3, 127], [4, 0]):
    locale._override_localeconv = dict(conv, grouping=grp, mon_grouping=grp)
    for fmt, v in [('%d', 1234567890), ('%12d', -1234567), ('%-14.2f', 1234567.891), ('%.3e', 12345.0), ('%+10d', 99999)]:
        print(repr(locale.format(fmt, v, grouping=True)), repr(locale.format(fmt, v)))
    for posn in range(5):
        locale._override_localeconv.update(n_sign_posn=posn, p_sign_posn=posn, positive_sign='+')
        print(repr(locale.currency(-1234567.5, grouping=True)), repr(locale.currency(42, international=True)), repr(locale.currency(7.125, symbol=False)))
    print(repr(locale.format_string('%s: %10.2f and %d%%', ('x', 12345.678, 5000), grouping=True)))
locale._override_localeconv = {}
try: locale.currency(1)
except ValueError as e: print(e)
print(locale.localeconv()['decimal_point'], locale.strcoll('a', 'b'), locale.normalize('tt_RU.KOI8-C'), locale.normalize('ru_RU.koi8-r'))
for bad in ['a\0']:
    try: locale.strxfrm(bad)
    except ValueError as e: print(e)
