print('a', "b", '''c''', """d""", 'it''s', "x" 'y' """z""")
print(r'\n', R'\t', u'ü', U'ä', b'by', B'BY', br'\x', Br'\q', rb'\n', bR'\d', RB'\0')
print(f'{1}', F'{2}', rf'\{3}', fr'{4}\n', Rf'{5}', fR'x', FR'{6}', RF'{7}')
print('\x41\101\u0042\U00000043\N{LATIN SMALL LETTER D}\t|\\|\'|\"|\a\b\f\v\r'.encode())
print(b'\x41\101\n\\', b'\u0041', '\q', len('\
'), 'line\
cont')
s = '''multi
line'''
t = """with "quotes" and 'single'"""
print(s, t, repr('a\0b'), repr("'"), repr('"'), repr('\'"'))
print('é' 'ü', ascii('naïve'), 'x' 'y' == 'xy', 'abc'[1], 'abc'[::-1])
print(f'{"nested"!r:>10}', f"{'q'}", f'''{3 +
4}''', f'{{}}', f'{1:{"0>"}{4}}')
print(u'' == '', type(b''), r'' == '', b'' == b'', (b'a' b'c'))
