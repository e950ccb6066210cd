# Format specs a str refuses, worded as CPython 3.6 words them.
for spec in ('05', '010,', ' ', '+', '-5', '#', '=5', ',', '_', 'd', 'ff', '5.5.5', '<05', '^08'):
    try:
        print(repr(spec), repr(format('ab', spec)))
    except ValueError as exc:
        print(repr(spec), 'ValueError:', exc)
