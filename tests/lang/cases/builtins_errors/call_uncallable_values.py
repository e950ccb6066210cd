# Calling a value that is not callable, in every call form (plain,
# keywords, *args, **kwargs), is a TypeError naming its type; a tuple or
# a list (values Go cannot compare) once made the keyword and star forms
# fail inside the interpreter.
for f in [(1, 2), [1], {1: 2}, {1}, b'x', 'x', 1.5, None, bytearray(b'x'), (), range(2)]:
    for call in (lambda: f(), lambda: f(1, k=2), lambda: f(*[1]), lambda: f(**{'a': 1}),
                 lambda: f(1, *[2], **{'b': 3})):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
