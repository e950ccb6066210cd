errors = []
for thunk in (lambda: [][1], lambda: {}["k"], lambda: "abc"[9]):
    try:
        thunk()
    except LookupError as e:
        errors.append(type(e).__name__)
print(errors)
