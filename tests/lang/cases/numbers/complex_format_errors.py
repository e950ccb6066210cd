# Format specs complex refuses.
for spec in ('010', '=10', '%', 'd', 'x', '0<10', 'b', 'ff'):
    try:
        print(format(1 + 2j, spec))
    except ValueError as exc:
        print(repr(spec), 'ValueError:', exc)
