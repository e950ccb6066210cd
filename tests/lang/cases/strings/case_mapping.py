# str.upper/lower/capitalize with Unicode's full case mappings, as 3.6.
for s in ['straße', 'ﬁﬃ ŉ', 'ᾀΐ', 'İx', 'ΟΔΟΣ ΣA Σ', 'Σ', 'ǆa', 'ßx', 'hello World', 'ÀÉÎ', '']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.swapcase()), repr(s.title()), repr(s.casefold()))
print('ß'.upper() == 'SS', 'ǅ'.lower(), 'ǅ'.upper())
