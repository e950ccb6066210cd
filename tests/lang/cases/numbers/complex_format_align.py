# Width, fill and alignment apply to the whole complex text.
z = 1.5 - 2j
for spec in ('>20', '<15', '^17', '*^19', '10', '#', '#.0f', '-^12.1f', '+>14.2e'):
    print(repr(spec), repr(format(z, spec)), repr(format(3j, spec)))
print('[{:>12}] [{!r:<10}]'.format(2 + 1j, 1j))
