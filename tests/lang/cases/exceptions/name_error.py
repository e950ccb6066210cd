try:
    undefined_name
except NameError as e:
    print(e, e.args)
